"""The benchmark runner (benchmarks/run.py) on a throw-away cases folder.

Runs the real runner in a subprocess, with children started the real way; the
cases are chosen so the answers are known: the peer sleeps and holds 150 MB, so
it is slower and bigger than ours, and a failing case is reported, not hidden.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

CASE_MODULE = textwrap.dedent(
    """
    import os
    import time
    from pathlib import Path

    from benchmarks.common import Case


    def prepare(size, workdir):
        path = Path(workdir) / f"tiny_{size}.txt"
        path.write_text("x" * size)
        return {"path": str(path), "size": size, "prepare_pid": os.getpid()}


    def ours(prepared, scratch):
        text = Path(prepared["path"]).read_text()
        (Path(scratch) / "out.txt").write_text(text.upper())
        pid_file = Path(prepared["path"]).parent / f"ours_{prepared['size']}.pid"
        pid_file.write_text(f"{os.getpid()} {prepared['prepare_pid']}")


    def peer(prepared, scratch):
        block = bytearray(150 * 1024 * 1024)
        block[::4096] = b"y" * len(block[::4096])
        time.sleep(0.4)


    def broken(prepared, scratch):
        raise ValueError("deliberately broken")


    CASES = [
        Case("tiny", "sleepy peer", [300], prepare, ours, peer, target="ratio <= 1.0", quick_sizes=[100]),
        Case("alone", "", [50], prepare, ours, None, target="ours only"),
        Case("broken", "sleepy peer", [60], prepare, broken, peer, target="ratio <= 1.0"),
    ]
    """
)


def _run(tmp_path: Path, **env) -> subprocess.CompletedProcess:
    cases = tmp_path / "cases"
    cases.mkdir(exist_ok=True)
    (cases / "tiny_cases.py").write_text(CASE_MODULE)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "run.py"),
        "--cases-dir",
        str(cases),
        "--output",
        str(tmp_path / "out"),
    ]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=600, cwd=str(ROOT))


def test_quick_run_of_one_case_measures_both_sides(tmp_path):
    done = _run(tmp_path, QUICK="1", CASE="tiny")
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    rows = results["rows"]
    assert results["quick"] is True
    assert [(r["case"], r["size"]) for r in rows] == [("tiny", 100)]
    row = rows[0]
    assert row["errors"] == []
    assert row["peer_s"] >= 0.4 > row["ours_s"]
    assert row["ratio"] == row["ours_s"] / row["peer_s"] and row["target_met"] is True
    assert row["peer_peak_mb"] - row["ours_peak_mb"] > 100
    # prepare, ours and peer each ran in their own process; the data is cached in output/data.
    ours_pid, prepare_pid = (tmp_path / "out" / "data" / "ours_100.pid").read_text().split()
    assert ours_pid != prepare_pid and int(ours_pid) != os.getpid()
    assert (tmp_path / "out" / "data" / "tiny_100.txt").read_text() == "x" * 100
    table = (tmp_path / "out" / "results.md").read_text()
    assert "| case | size | ours s | peer s | ratio | our peak MB | peer peak MB | target |" in table
    assert "sleepy peer" in table
    assert "ratio <= 1.0 (ratio met)" in done.stdout


def test_full_run_reports_failures_and_cases_without_peer(tmp_path):
    done = _run(tmp_path)
    assert done.returncode == 1
    rows = {(r["case"], r["size"]): r for r in json.loads((tmp_path / "out" / "results.json").read_text())["rows"]}
    assert set(rows) == {("tiny", 300), ("alone", 50), ("broken", 60)}
    assert rows[("alone", 50)]["peer_s"] is None and rows[("alone", 50)]["ours_s"] is not None
    assert rows[("alone", 50)]["errors"] == []
    broken = rows[("broken", 60)]
    assert broken["ours_s"] is None and "deliberately broken" in broken["errors"][0]
    assert broken["peer_s"] is not None
    assert "FAILED" in (tmp_path / "out" / "results.md").read_text()


def test_unknown_case_is_an_error(tmp_path):
    done = _run(tmp_path, CASE="nope")
    assert done.returncode == 2 and "Unknown case" in done.stderr
