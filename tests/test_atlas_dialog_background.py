"""The "Print atlas…" dialog prints in the background (issue 14), offscreen with the real widgets.

A many-page book is printed from the dialog: the event loop keeps running during the print (a
timer ticks, the progress bar moves), Cancel stops the worker within a second and leaves the
earlier PDF byte for byte as it was, and the same dialog then prints the book to completion.
"""

import hashlib
import time
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import QDialogButtonBox

from benchmarks.synthetic import build_register

HAZARDS = 80


@pytest.fixture(scope="module")
def big_register(qgis_app, tmp_path_factory):
    return build_register(tmp_path_factory.mktemp("atlas_background"), HAZARDS).gpkg


@pytest.fixture
def project(qgis_app, provider, big_register):
    project = QgsProject.instance()
    project.clear()
    for name in ("hazards", "activities"):
        project.addMapLayer(QgsVectorLayer(f"{big_register}|layername={name}", name, "ogr"))
    yield project
    project.clear()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path: Path) -> int:
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_printing_keeps_the_window_responsive_cancel_stops_within_a_second_and_the_old_pdf_stays(project, tmp_path):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    output = tmp_path / "book.pdf"
    output.write_bytes(b"%PDF-1.4 the earlier book, which a cancelled print must not touch\n")
    before = digest(output)

    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.addLayoutCheck.setChecked(False)
    dialog.outputWidget.setFilePath(str(output))
    dialog.show()
    close = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    ticks = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    progress = []
    dialog.progressBar.valueChanged.connect(progress.append)

    dialog.run()
    assert dialog.running and not ok.isEnabled() and close.text() == "Cancel"
    # Wait, handling events as the desktop does, until pages are being written.
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not (progress and max(progress) >= 30):
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert dialog.running, dialog.messageLabel.text()
    assert progress and max(progress) >= 30, "the progress bar never moved"
    # The event loop was never blocked for long while the book was being made.
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    assert len(ticks) > 20 and max(gaps) < 1.0, f"{len(ticks)} ticks, longest wait {max(gaps):.2f} s"

    clicked = time.monotonic()
    close.click()
    assert "Cancelling" in dialog.messageLabel.text()
    while dialog.running and time.monotonic() - clicked < 5:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    stopped = time.monotonic() - clicked
    timer.stop()
    assert not dialog.running and stopped < 1.2, f"Cancel took {stopped:.2f} s"
    assert "Cancelled" in dialog.messageLabel.text()
    assert dialog.isVisible() and dialog.result() != AtlasDialog.DialogCode.Accepted
    assert digest(output) == before, "the earlier PDF was changed by the cancelled print"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"], "the cancelled print left files behind"
    QCoreApplication.processEvents()
    assert close.text() == "Close" and ok.isEnabled() and ok.text() == "Print"

    # The same dialog prints the whole book afterwards; it then replaces the earlier PDF.
    dialog.addLayoutCheck.setChecked(True)
    ok.click()
    assert dialog.wait(), "the printing did not finish"
    assert dialog.result() == AtlasDialog.DialogCode.Accepted, dialog.messageLabel.text()
    assert dialog.results["PAGES"] >= HAZARDS
    assert digest(output) != before and pdf_pages(output) == dialog.results["PAGES"]
    assert project.layoutManager().layoutByName(dialog.layout_name) is not None


def test_selected_features_print_in_the_worker_with_their_points(project, tmp_path):
    """The worker opens the layers by their source: a selection becomes a filter on the feature IDs."""
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    hazards = next(layer for layer in project.mapLayers().values() if layer.name() == "hazards")
    ids = [feature["hazard_id"] for feature in hazards.getFeatures()][3:5]
    hazards.selectByExpression(f'"hazard_id" IN ({", ".join(repr(i) for i in ids)})')
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.addLayoutCheck.setChecked(False)
    dialog.selectedOnlyCheck.setChecked(True)
    dialog.outputWidget.setFilePath(str(tmp_path / "selected.pdf"))
    dialog.run()
    assert dialog.wait()
    assert dialog.results.get("OUTPUT"), dialog.messageLabel.text()
    import subprocess

    text = subprocess.run(["pdftotext", str(tmp_path / "selected.pdf"), "-"], capture_output=True, text=True).stdout
    assert all(i in text for i in ids)
    others = [feature["hazard_id"] for feature in hazards.getFeatures() if feature["hazard_id"] not in ids]
    assert not any(f"{other}\n" in text for other in others[:20])


def test_the_worker_runs_on_this_qgis_python_not_the_first_one_on_the_path(monkeypatch, tmp_path):
    """Inside QGIS ``sys.executable`` is the first ``python3`` on the PATH (a pyenv shim on this machine)."""
    import subprocess
    import sys

    from mineaction_qgis.ui.background import worker_python

    shim = tmp_path / "python3"
    shim.write_text("#!/bin/sh\nexit 1\n")
    monkeypatch.setattr(sys, "executable", str(shim))
    python = worker_python()
    assert python != str(shim)
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True)
    assert version.stdout.strip() == str(sys.version_info[:2])
    found = subprocess.run([python, "-c", "import qgis.core"], capture_output=True, text=True)
    assert found.returncode == 0, found.stderr


def test_without_a_worker_interpreter_the_dialog_prints_here(project, tmp_path, monkeypatch):
    """The fallback: printed in this process (Qt handles clicks between pages), the layout kept as well."""
    from mineaction_qgis.ui import atlas_dialog
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    monkeypatch.setattr(atlas_dialog, "worker_python", lambda: None)
    hazards = next(layer for layer in project.mapLayers().values() if layer.name() == "hazards")
    hazards.selectByIds(sorted(hazards.allFeatureIds())[:2])
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.selectedOnlyCheck.setChecked(True)
    dialog.outputWidget.setFilePath(str(tmp_path / "here.pdf"))
    dialog.run()
    assert not dialog.running and dialog.results.get("OUTPUT"), dialog.messageLabel.text()
    assert pdf_pages(tmp_path / "here.pdf") == dialog.results["PAGES"] >= 2
    layout = project.layoutManager().layoutByName(dialog.layout_name)
    assert layout is not None and layout.atlas().coverageLayer().featureCount() == dialog.results["PAGES"]
    assert not (tmp_path / "here_layout.qgz").exists() and (tmp_path / "here_layout.gpkg").is_file()


def test_the_worker_runs_this_plugin_whatever_the_desktops_working_folder(qgis_app, tmp_path, monkeypatch):
    """``python -m`` imports from the working folder first; a stray copy of the plugin there must not be used."""
    from mineaction_qgis.paths import PACKAGE_DIR
    from mineaction_qgis.ui.background import AlgorithmProcess

    stray = tmp_path / "mineaction_qgis"
    stray.mkdir()
    (stray / "__init__.py").write_text("")
    (stray / "worker.py").write_text("raise SystemExit('the stray copy ran')\n")
    monkeypatch.chdir(tmp_path)
    job = AlgorithmProcess("mineaction:nosuchalgorithm", {})
    job.start()
    assert job.wait(120000)
    assert "stray" not in job.error, job.error
    assert job.error and job.results is None  # the real worker ran and said the run failed
    assert PACKAGE_DIR.parent != tmp_path


def test_a_memory_coverage_and_its_selection_reach_the_worker(project, tmp_path):
    """A layer that lives only in this session is copied for the worker; its selection is matched by the IDs."""
    from qgis.core import QgsFeatureRequest

    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    hazards = next(layer for layer in project.mapLayers().values() if layer.name() == "hazards")
    ids = sorted(hazards.allFeatureIds())[5:40]
    memory = hazards.materialize(QgsFeatureRequest().setFilterFids(ids))
    memory.setName("hazards scratch")
    project.addMapLayer(memory)
    wanted = sorted(feature["hazard_id"] for feature in memory.getFeatures())[-2:]
    memory.selectByExpression(f'"hazard_id" IN ({", ".join(repr(i) for i in wanted)})')
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.coverageCombo.setLayer(memory)
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("en"))  # page titles read "Hazard <ID>"
    dialog.selectedOnlyCheck.setChecked(True)
    dialog.addLayoutCheck.setChecked(False)
    dialog.outputWidget.setFilePath(str(tmp_path / "memory.pdf"))
    dialog.run()
    assert dialog.wait()
    assert dialog.results.get("OUTPUT"), dialog.messageLabel.text()
    import subprocess

    text = subprocess.run(["pdftotext", str(tmp_path / "memory.pdf"), "-"], capture_output=True, text=True).stdout
    printed = {line.split()[1] for line in text.splitlines() if line.startswith("Hazard ") and len(line.split()) > 1}
    assert printed == set(wanted), printed


def test_a_killed_writer_leaves_no_staging_folder(qgis_app, tmp_path):
    """What a worker killed by Cancel leaves beside the target is removed; the target is never touched."""
    import time as clock

    from mineaction_qgis.core.common.safe_output import AtomicFile, remove_abandoned_staging

    target = tmp_path / "book.pdf"
    target.write_bytes(b"earlier")
    started = clock.time()
    writer = AtomicFile(str(target))
    temp = writer.__enter__()  # a run that is then killed: never leaves its with-block
    temp.write_bytes(b"half a book")
    assert len(list(tmp_path.iterdir())) == 2
    assert remove_abandoned_staging(str(target), started)
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"] and target.read_bytes() == b"earlier"
