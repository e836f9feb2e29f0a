"""`make bench`: our algorithms and their peers side by side, one fresh process per measurement.

For every case in benchmarks/cases/*.py (``CASES``, see benchmarks/common.py) and
every size: ``prepare`` runs once in a child process (data cached in
bench-output/data, shared by all cases), then ``ours`` and ``peer`` each run in
their own fresh child that starts QGIS before the clock starts. The wall time of
the call is measured in the child; the peak memory (max RSS) of the child comes
from ``os.wait4``. Results: a table on stdout, bench-output/results.json and
bench-output/results.md.

Environment: ``QUICK=1`` uses each case's ``quick_sizes``; ``CASE=name`` runs one
case (comma-separated names for several); ``BENCH_TIMEOUT`` (seconds, default
3600) limits each child.
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES_DIR = ROOT / "benchmarks" / "cases"
OUTPUT_DIR = ROOT / "bench-output"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
COLUMNS = ("case", "size", "ours s", "peer s", "ratio", "our peak MB", "peer peak MB", "target")


def child_python() -> str:
    """The project's venv interpreter (system site packages: QGIS), else this one."""
    return str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable


def load_cases(cases_dir: Path, problems: Optional[List[str]] = None) -> Dict[str, tuple]:
    """{case name: (module file, Case)} for every ``CASES`` entry of every module in ``cases_dir``.

    A module that cannot be imported is reported in ``problems`` and skipped.
    """
    found: Dict[str, tuple] = {}
    for path in sorted(cases_dir.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            module = _import(path)
        except Exception as error:  # a broken case module must not stop the other cases
            if problems is None:
                raise
            problems.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        for case in getattr(module, "CASES", []):
            if case.name in found:
                raise SystemExit(
                    f"benchmark case name '{case.name}' is defined twice ({found[case.name][0]} and {path})"
                )
            found[case.name] = (path, case)
    return found


def _import(path: Path):
    spec = importlib.util.spec_from_file_location(f"bench_case_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- child side ---


def child_main(spec_file: Path) -> int:
    """Run one step (prepare, ours or peer) of one case and size; write the result JSON; never return normally."""
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    result: dict = {}
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from scripts.qgis_env import start_qgis

        start_qgis()
        module = _import(Path(spec["module_file"]))
        case = next(c for c in module.CASES if c.name == spec["case"])
        if spec["step"] == "prepare":
            started = time.perf_counter()
            prepared = case.prepare(spec["size"], Path(spec["workdir"]))
            result = {"seconds": time.perf_counter() - started, "prepared": json.loads(json.dumps(prepared))}
        else:
            function = case.ours if spec["step"] == "ours" else case.peer
            prepared = json.loads(Path(spec["prepared_file"]).read_text(encoding="utf-8"))
            scratch = Path(spec["scratch"])
            started = time.perf_counter()
            function(prepared, scratch)
            result = {"seconds": time.perf_counter() - started}
        result["ok"] = True
    except BaseException as error:  # report every failure to the parent, including SystemExit
        result = {"ok": False, "error": f"{type(error).__name__}: {error}", "traceback": traceback.format_exc()}
        sys.stderr.write(result["traceback"])
    Path(spec["result_file"]).write_text(json.dumps(result), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if result["ok"] else 1)  # skip QGIS teardown: it can crash at exit and is not what we measure


# --- parent side ---


def run_child(spec: dict, work: Path, log: Path, timeout: float) -> dict:
    """Start a child for ``spec``; return its result plus ``peak_mb`` (max RSS) and ``exit``."""
    work.mkdir(parents=True, exist_ok=True)
    spec_file = work / f"{spec['step']}.spec.json"
    result_file = work / f"{spec['step']}.result.json"
    if result_file.exists():
        result_file.unlink()
    spec = dict(spec, result_file=str(result_file))
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [child_python(), str(Path(__file__).resolve()), "--child", str(spec_file)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=str(ROOT),
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        try:
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() > deadline:
                    os.killpg(process.pid, signal.SIGKILL)
                    pid, status, usage = os.wait4(process.pid, 0)
                    process.returncode = -9
                    return {"ok": False, "error": f"timed out after {timeout:.0f} s", "peak_mb": usage.ru_maxrss / 1024}
                time.sleep(0.02)
        except KeyboardInterrupt:  # the child runs in its own session: Ctrl-C does not reach it
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            raise
    process.returncode = os.waitstatus_to_exitcode(status)
    if result_file.exists():
        result = json.loads(result_file.read_text(encoding="utf-8"))
    else:
        result = {"ok": False, "error": f"child exited with {process.returncode} without a result; see {log}"}
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux: kilobytes
    result["exit"] = process.returncode
    return result


def target_met(target: str, ratio: Optional[float]) -> Optional[bool]:
    """Evaluate targets of the form 'ratio <= X' or 'ratio < X'; None for anything else."""
    match = re.search(r"ratio\s*(<=|<)\s*([0-9.]+)", target or "")
    if not match or ratio is None:
        return None
    limit = float(match.group(2))
    return ratio <= limit if match.group(1) == "<=" else ratio < limit


def bench_case(name: str, module_file: Path, case, size: int, output: Path, timeout: float) -> dict:
    """prepare, ours and peer for one case and size; one result row."""
    base = {"case": name, "size": size, "module_file": str(module_file)}
    work = output / "runs" / name / str(size)
    logs = output / "logs" / name / str(size)
    row = {
        "case": name,
        "peer_name": case.peer_name,
        "size": size,
        "target": case.target,
        "ours_s": None,
        "peer_s": None,
        "ratio": None,
        "ours_peak_mb": None,
        "peer_peak_mb": None,
        "prepare_s": None,
        "errors": [],
    }
    data = output / "data"
    data.mkdir(parents=True, exist_ok=True)
    prepared = run_child(dict(base, step="prepare", workdir=str(data)), work, logs / "prepare.log", timeout)
    if not prepared.get("ok"):
        row["errors"].append(f"prepare: {prepared.get('error')}")
        return row
    row["prepare_s"] = prepared["seconds"]
    prepared_file = work / "prepared.json"
    prepared_file.write_text(json.dumps(prepared["prepared"]), encoding="utf-8")
    sides = [("ours", case.ours)] + ([("peer", case.peer)] if case.peer is not None else [])
    for side, _ in sides:
        scratch = output / "scratch" / name / str(size) / side
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        spec = dict(base, step=side, prepared_file=str(prepared_file), scratch=str(scratch))
        result = run_child(spec, work, logs / f"{side}.log", timeout)
        row[f"{side}_peak_mb"] = result.get("peak_mb")
        if result.get("ok"):
            row[f"{side}_s"] = result["seconds"]
        else:
            row["errors"].append(f"{side}: {result.get('error')}")
        shutil.rmtree(scratch, ignore_errors=True)
    if row["ours_s"] is not None and row["peer_s"]:
        row["ratio"] = row["ours_s"] / row["peer_s"]
    row["target_met"] = target_met(case.target, row["ratio"])
    return row


def _fmt(value, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table_lines(rows: List[dict], markdown: bool) -> List[str]:
    cells = []
    for row in rows:
        target = row["target"] or ""
        if row.get("target_met") is not None:
            target += " (ratio met)" if row["target_met"] else " (ratio NOT met)"
        if row["errors"]:
            target += " FAILED"
        cells.append(
            [
                row["case"],
                str(row["size"]),
                _fmt(row["ours_s"], 3),
                _fmt(row["peer_s"], 3),
                _fmt(row["ratio"]),
                _fmt(row["ours_peak_mb"], 0),
                _fmt(row["peer_peak_mb"], 0),
                target,
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
        return lines + ["| " + " | ".join(c) + " |" for c in cells]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(COLUMNS, widths))]
    lines.append("  ".join("-" * w for w in widths))
    return lines + ["  ".join(v.ljust(w) for v, w in zip(c, widths)) for c in cells]


def write_outputs(rows: List[dict], output: Path, quick: bool) -> None:
    output.mkdir(parents=True, exist_ok=True)
    meta = {"quick": quick, "python": child_python(), "rows": rows}
    (output / "results.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    peers = sorted({(r["case"], r["peer_name"]) for r in rows})
    lines = [
        "# Benchmark results",
        "",
        f"Mode: {'quick' if quick else 'full'} sizes. Times in seconds (wall time of the call, "
        "QGIS already started); peak MB = max RSS of the child process.",
        "",
    ]
    lines += table_lines(rows, markdown=True)
    lines += ["", "Peers:", ""] + [f"- {case}: {peer or 'none'}" for case, peer in peers]
    failures = [f"- {r['case']} {r['size']}: {e}" for r in rows for e in r["errors"]]
    if failures:
        lines += ["", "Failures:", ""] + failures
    (output / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def stop_server() -> None:
    """Stop the PostGIS server the register cases started (benchmarks/postgis.py), if any."""
    from benchmarks.postgis import stop_server as stop

    stop()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--cases-dir", type=Path, default=CASES_DIR, help="folder of case modules (default benchmarks/cases)"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="output folder (default bench-output)")
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child)
    quick = os.environ.get("QUICK", "") not in ("", "0")
    wanted = [n.strip() for n in os.environ.get("CASE", "").split(",") if n.strip()]
    timeout = float(os.environ.get("BENCH_TIMEOUT", "3600"))
    problems: List[str] = []
    cases = load_cases(args.cases_dir.resolve(), problems)
    for problem in problems:
        print(f"Cannot load benchmark module {problem}", file=sys.stderr)
    unknown = [n for n in wanted if n not in cases]
    if unknown:
        print(f"Unknown case(s) {', '.join(unknown)}; known: {', '.join(sorted(cases)) or 'none'}", file=sys.stderr)
        return 2
    if not cases:
        print(f"No benchmark cases in {args.cases_dir}.")
        return 1 if problems else 0
    output = args.output.resolve()
    rows = []
    for name, (module_file, case) in cases.items():
        if wanted and name not in wanted:
            continue
        sizes = (case.quick_sizes or sorted(case.sizes)[:1]) if quick else case.sizes
        for size in sizes:
            print(f"== {name} at {size} ...", flush=True)
            row = bench_case(name, module_file, case, size, output, timeout)
            rows.append(row)
            for error in row["errors"]:
                print(f"   FAILED {error}", flush=True)
    write_outputs(rows, output, quick)
    stop_server()
    print()
    print("\n".join(table_lines(rows, markdown=False)))
    print(
        "\nPeers: "
        + "; ".join(f"{r['case']}: {r['peer_name'] or 'none'}" for r in {r["case"]: r for r in rows}.values())
    )
    print(f"Results in {output / 'results.md'} and {output / 'results.json'}; logs in {output / 'logs'}")
    return 1 if problems or any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
