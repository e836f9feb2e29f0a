"""The seeded fuzzer (tests/corpus/fuzz.py) over 300 mutated sample exports (point lists, maXML, GeoJSON,
GeoPackage, file geodatabase), in its own process so that a crash is caught too: no crash, no hang, no
traceback, every record accounted for, inputs unchanged and nothing added beside them. ``make fuzz`` runs
2,000 cases."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

CASES = 300


def test_fuzzer_finds_no_crash_hang_traceback_or_lost_record():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "tests.corpus.fuzz", "--cases", str(CASES), "--seed", "1"],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    last = run.stderr.strip().splitlines()[-1:] if run.stderr else []
    assert run.returncode in (0, 1), f"the fuzzer process died ({run.returncode}) at {last}"
    summary = json.loads(run.stdout[run.stdout.index("{") :])
    assert summary["cases"] == CASES and summary["loaded"] + summary["refused"] == CASES
    assert summary["loaded"] > CASES // 5, "the mutations should leave many inputs loadable"
    for kind in (".gpkg", ".gdb"):  # the GeoPackage and geodatabase seeds are mutated and read, not only refused
        assert summary.get(f"loaded {kind}", 0) > 10 and summary.get(f"refused {kind}", 0) > 0, summary
    assert summary["failures"] == []
