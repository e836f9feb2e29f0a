"""The bad-input corpus (tests/corpus/generator.py): every case loads, rejects or refuses exactly as
expected, with a clear message and never a traceback, within a time limit, and its input unchanged."""

import hashlib
import re
import signal
from pathlib import Path

import pytest

from mineaction_qgis.core.imsma.loader import LoadError, load_files
from mineaction_qgis.core.imsma.records import ReadOptions
from tests.corpus.generator import Case, cases

CASES = cases()
TIME_LIMIT_S = 30


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


class HangError(Exception):
    pass


def _alarm(signum, frame):
    raise HangError()


def test_the_corpus_has_at_least_200_cases():
    assert len(CASES) >= 200


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_corpus_case(case: Case, qgis_app, tmp_path, monkeypatch):
    monkeypatch.setenv("OGR_SQLITE_SYNCHRONOUS", "OFF")  # throw-away GeoPackages need no fsync
    source = case.write(tmp_path)
    before = fingerprint(source)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    try:
        result = load_files([str(source)], str(tmp_path / "out.gpkg"), options=ReadOptions(source_crs=case.source_crs))
        error = None
    except LoadError as raised:
        result, error = None, str(raised)
    except HangError:
        pytest.fail(f"{case.name}: no answer within {TIME_LIMIT_S} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert fingerprint(source) == before, "the input was modified"
    if case.error:
        assert error is not None, f"expected an error matching {case.error!r}, got {result.counts if result else None}"
        assert re.search(case.error, error), error
        assert "Traceback" not in error
        return
    assert error is None, error
    counts = result.counts
    assert (counts.hazards, counts.points, dict(counts.reasons)) == (case.hazards, case.points, case.rejected)
