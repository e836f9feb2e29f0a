"""The scripted walk of `make desktop-check`, run INSIDE the QGIS desktop (``qgis --code``).

It clicks the plugin's own menu entries (QActions of the "Mine Action" menu, found by
their object name) and the buttons of the dialogs they open, as an officer would:
import the sample export → validate the hazards → clearance gaps → print the atlas
twice, saving a screenshot after each step into ``$MINEACTION_DESKTOP_OUT`` and the
outcome of every step into ``walk.json`` there. Modal dialogs are driven from timers
(the menu action blocks while they are open). QGIS quits at the end.
"""

import hashlib
import json
import os
import sys
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDialogButtonBox
from qgis.utils import iface, plugins

OUT = Path(os.environ["MINEACTION_DESKTOP_OUT"])
SAMPLE_XML = os.environ["MINEACTION_SAMPLE_XML"]
STEP_TIMEOUT = 300.0
ATLAS_TIMEOUT = 1200.0  # the whole sample book, on a machine shared with others
report = {"steps": [], "errors": []}


def save_report() -> None:
    (OUT / "walk.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


def shot(name: str, widget=None) -> None:
    """Screenshot of the whole screen (the desktop as seen) and, when given, of one widget."""
    QApplication.processEvents()
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(OUT / f"{len(report['steps']):02d}-{name}.png"))
    if widget is not None:
        widget.grab().save(str(OUT / f"{len(report['steps']):02d}-{name}-dialog.png"))


def wait(condition, timeout: float = STEP_TIMEOUT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return False


def action(text_start: str):
    """The Mine Action menu's action whose text starts with ``text_start`` (English interface)."""
    menu = iface.mainWindow().findChild(object, "mMineActionMenu")
    for candidate in menu.actions():
        if candidate.text().startswith(text_start):
            return candidate
    raise LookupError(f"no menu entry {text_start!r}")


def pdf_text(path: str, page: int) -> str:
    import subprocess

    command = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True).stdout


def step(name: str, ok: bool, detail: str = "") -> None:
    report["steps"].append({"step": name, "ok": bool(ok), "detail": detail})
    save_report()


def open_dialog():
    """The dialog shown now (modal or not), other than the main window's docks."""
    shown = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QDialog) and widget.isVisible()]
    return QApplication.activeModalWidget() or (shown[-1] if shown else None)


def drive_modal(trigger, handler, name: str) -> None:
    """Trigger a menu action that opens a modal dialog; ``handler(dialog)`` drives it from a timer."""

    def later():
        dialog = open_dialog()
        if dialog is None:
            QTimer.singleShot(200, later)
            return
        try:
            handler(dialog)
        except Exception:
            report["errors"].append(f"{name}: {traceback.format_exc()}")
            save_report()
            dialog.reject()

    QTimer.singleShot(500, later)
    trigger()


def run_processing_dialog(dialog, name: str) -> None:
    """Click Run in a Processing algorithm dialog, wait for the result, screenshot, close."""
    shot(f"{name}-parameters", dialog)
    run_button = dialog.runButton()
    run_button.click()
    finished = wait(lambda: bool(dialog.results()) or not dialog.isVisible())
    wait(lambda: run_button.isEnabled(), 30)
    shot(f"{name}-log", dialog)
    step(name, finished and bool(dialog.results()), str(sorted((dialog.results() or {}).keys())))
    dialog.close()


def walk() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = iface.mainWindow()
    window.move(0, 0)
    window.resize(QApplication.primaryScreen().size())  # Xvfb has no window manager to maximise it
    QApplication.processEvents()
    step("plugin loaded", "mineaction_qgis" in plugins, ", ".join(sorted(plugins)))
    shot("start")
    from mineaction_qgis.ui.background import worker_python

    step("worker python", worker_python() is not None, f"sys.executable={sys.executable} worker={worker_python()}")

    # 1. Import (a non-modal dialog).
    action("Load IMSMA export").trigger()
    dialog = plugins["mineaction_qgis"].import_dialog
    dialog.add_files([SAMPLE_XML])
    dialog.outputWidget.setFilePath(str(OUT / "register.gpkg"))
    dialog.start()
    done = wait(lambda: not dialog.running)
    shot("import", dialog)
    groups = [node.name() for node in QgsProject.instance().layerTreeRoot().children()]
    step(
        "import", done and dialog.totals["HAZARD_COUNT"] > 0 and bool(groups), f"{dict(dialog.totals)} groups={groups}"
    )
    dialog.close()
    hazards = next(layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "hazards")
    iface.setActiveLayer(hazards)

    # 2. Validate, through the menu: QGIS's Processing dialog, then the issue browser.
    canvas = iface.mapCanvas()
    wait(lambda: not canvas.isDrawing(), 60)
    QApplication.processEvents()
    # The sample's HAZ-000007 has a vertex near 40.5° N: the first view must leave it out.
    step("first view", canvas.extent().yMaximum() < 38.5, f"extent={canvas.extent().toString(2)}")
    canvas.refreshAllLayers()
    wait(lambda: not canvas.isDrawing(), 60)
    shot("map")
    drive_modal(action("Validate hazards").trigger, lambda d: run_processing_dialog(d, "validate"), "validate")
    wait(lambda: open_dialog() is None, 30)
    browser = iface.mainWindow().findChild(object, "mMineActionIssueBrowser")
    shot("issue-browser")
    step(
        "issue browser",
        browser is not None and browser.isVisible() and browser.ui.table.rowCount() > 0,
        f"rows={browser.ui.table.rowCount() if browser else None}",
    )

    # 3. Clearance gaps, through the menu.
    drive_modal(action("Clearance gaps").trigger, lambda d: run_processing_dialog(d, "gaps"), "gaps")
    wait(lambda: open_dialog() is None, 30)
    shot("gaps")

    # 4. The atlas, twice in the same project: printed in a worker process, the window stays responsive.
    def print_book(atlas):
        """The whole book: the event loop must keep turning while it prints (a timer measures it)."""
        atlas.addLayoutCheck.setChecked(True)
        atlas.outputWidget.setFilePath(str(OUT / "atlas-1.pdf"))
        atlas.open_pdf = False
        shot("atlas-1-dialog", atlas)
        coverage = atlas.coverageCombo.currentLayer()
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        marks = {}
        atlas.progressBar.valueChanged.connect(
            lambda v: marks.setdefault("written", time.monotonic()) if v >= 100 else None
        )
        started = time.monotonic()
        atlas.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        wait(lambda: atlas.progressBar.value() >= 50 or not atlas.running, ATLAS_TIMEOUT)
        marks["shot"] = time.monotonic()
        shot("atlas-1-printing", atlas)
        marks["shot_end"] = time.monotonic()
        wait(lambda: not atlas.running, ATLAS_TIMEOUT)
        ended = time.monotonic()
        timer.stop()
        written = marks.get("written", ended)
        # The event loop while the worker printed (the screenshot taken meanwhile left out), then the
        # one pause that reads the kept layout into the project.
        gaps = [
            later - earlier
            for earlier, later in zip(ticks, ticks[1:])
            if later <= written and not (earlier < marks["shot_end"] and later > marks["shot"])
        ]
        longest = max(gaps, default=99.0)
        ok = bool(atlas.results.get("OUTPUT")) and Path(atlas.results["OUTPUT"]).is_file()
        # The worker process has all the plugin has: the bundled magnetic model too.
        first_page = pdf_text(atlas.results["OUTPUT"], 1) if ok else ""
        step("atlas-1 magnetic declination", "WMM" in first_page, first_page[:400])
        step(
            "atlas-1",
            ok and longest < 0.5,
            f"coverage={coverage.source() if coverage else None} pages={atlas.results.get('PAGES')} "
            f"seconds={written - started:.0f} longest event-loop wait while printing={longest:.2f} s, "
            f"layout read in {ended - written:.1f} s, message={atlas.messageLabel.text()}",
        )
        if atlas.isVisible():
            atlas.reject()

    def cancel_then_print_selection(atlas):
        """Cancel a print over the earlier PDF (untouched, stopped within a second), then print the selection."""
        earlier = OUT / "atlas-1.pdf"
        before = hashlib.sha256(earlier.read_bytes()).hexdigest() if earlier.is_file() else ""
        atlas.addLayoutCheck.setChecked(True)
        atlas.open_pdf = False
        atlas.outputWidget.setFilePath(str(earlier))
        ok_button = atlas.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        close_button = atlas.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        ok_button.click()
        wait(lambda: atlas.progressBar.value() >= 10 or not atlas.running, ATLAS_TIMEOUT)
        clicked = time.monotonic()
        close_button.click()
        wait(lambda: not atlas.running, 10)
        stopped = time.monotonic() - clicked
        shot("atlas-cancelled", atlas)
        after = hashlib.sha256(earlier.read_bytes()).hexdigest() if earlier.is_file() else ""
        step(
            "atlas cancel",
            stopped < 1.0 and before == after and bool(before) and atlas.isVisible(),
            f"stopped in {stopped:.2f} s, earlier PDF unchanged={before == after}, message={atlas.messageLabel.text()}",
        )
        atlas.selectedOnlyCheck.setChecked(hazards.selectedFeatureCount() > 0)
        atlas.outputWidget.setFilePath(str(OUT / "atlas-2.pdf"))
        shot("atlas-2-dialog", atlas)
        ok_button.click()
        wait(lambda: not atlas.running, ATLAS_TIMEOUT)
        ok = bool(atlas.results.get("OUTPUT")) and Path(atlas.results["OUTPUT"]).is_file()
        step("atlas-2", ok, f"pages={atlas.results.get('PAGES')} message={atlas.messageLabel.text()}")
        if atlas.isVisible():
            atlas.reject()

    drive_modal(action("Print atlas").trigger, print_book, "atlas-1")
    wait(lambda: open_dialog() is None, 30)
    hazards.selectByExpression("$id <= 3")
    drive_modal(action("Print atlas").trigger, cancel_then_print_selection, "atlas-2")
    wait(lambda: open_dialog() is None, 30)
    shot("end")
    layouts = [layout.name() for layout in QgsProject.instance().layoutManager().printLayouts()]
    step("layouts kept", len(layouts) == 2, ", ".join(layouts))


def main() -> None:
    try:
        walk()
    except Exception:
        report["errors"].append(traceback.format_exc())
    report["done"] = True
    save_report()
    QgsApplication.exit(0)


QTimer.singleShot(3000, main)
