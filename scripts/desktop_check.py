"""`make desktop-check`: the real QGIS desktop, a fresh profile, the plugin installed from the zip.

    .venv/bin/python scripts/desktop_check.py [OUTPUT_FOLDER] [--display :77]

Starts Xvfb on the display (unless one already answers there), unpacks
dist/mineaction_qgis.zip (``make package``) into a new profile's plugin folder,
enables it, and starts ``qgis --code scripts/desktop_walk.py``: the walk clicks the
plugin's menu entries and dialogs through import → validate → gaps → atlas twice and
writes screenshots and ``walk.json`` to OUTPUT_FOLDER (default desktop-check/). Exits 1
when a step failed or QGIS did not finish within the time limit. Slow (a minute or
two) and needs a display server, so it is not part of `make test`.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIP = ROOT / "dist" / "mineaction_qgis.zip"
TIMEOUT = 1800  # the whole sample book is printed; the machine may be shared


def display_answers(display: str) -> bool:
    return (
        subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode == 0
        if shutil.which("xdpyinfo")
        else Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists()
    )


def start_xvfb(display: str):
    if display_answers(display):
        return None
    process = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        if display_answers(display):
            return process
        time.sleep(0.1)
    process.terminate()
    sys.exit(f"Xvfb did not start on {display}")


def install(profiles: Path) -> None:
    """The zip into a fresh default profile, enabled, with QGIS's first-run questions answered."""
    profile = profiles / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    settings = profile / "QGIS" / "QGIS3.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        "[PythonPlugins]\nmineaction_qgis=true\n\n"
        "[qgis]\nshowTips322=false\ncheckVersion=false\nallowVersionCheck=false\n"
        "[app]\nprojections\\defaultProjectCrs=EPSG:4326\n",
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(ROOT / "desktop-check"))
    parser.add_argument("--display", default=os.environ.get("MINEACTION_DISPLAY", ":77"))
    arguments = parser.parse_args()
    if not ZIP.is_file():
        sys.exit(f"{ZIP} is missing: run 'make package' first")
    output = Path(arguments.output).resolve()
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    xvfb = start_xvfb(arguments.display)
    profiles = Path(tempfile.mkdtemp(prefix="mineaction_desktop_"))
    qgis = None
    try:
        install(profiles)
        environment = dict(
            os.environ,
            DISPLAY=arguments.display,
            QT_QPA_PLATFORM="xcb",
            MINEACTION_DESKTOP_OUT=str(output),
            MINEACTION_SAMPLE_XML=str(ROOT / "resources" / "sample" / "imsma_ng.xml"),
            HOME=str(profiles),
        )
        with open(output / "qgis.log", "w", encoding="utf-8") as log:
            qgis = subprocess.Popen(
                [
                    "qgis",
                    "--profiles-path",
                    str(profiles),
                    "--nologo",
                    "--noversioncheck",
                    "--code",
                    str(ROOT / "scripts" / "desktop_walk.py"),
                ],
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                qgis.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                print(f"QGIS did not finish within {TIMEOUT} s")
    finally:
        if qgis is not None and qgis.poll() is None:
            os.killpg(qgis.pid, signal.SIGTERM)  # the wrapper and the qgis.bin it started
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(profiles, ignore_errors=True)
    report_file = output / "walk.json"
    if not report_file.is_file():
        print(f"No walk.json: the walk did not start (see {output / 'qgis.log'})")
        return 1
    report = json.loads(report_file.read_text(encoding="utf-8"))
    for item in report["steps"]:
        print(f"{'ok ' if item['ok'] else 'FAIL'} {item['step']}: {item['detail']}")
    for error in report["errors"]:
        print(f"ERROR {error}")
    print(f"Screenshots in {output}")
    failed = report["errors"] or not report.get("done") or not all(item["ok"] for item in report["steps"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
