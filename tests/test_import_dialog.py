"""The "Load IMSMA export…" dialog, offscreen: detection, preview, background run, cancel, summary."""

import time

from qgis.core import QgsApplication, QgsProject

from benchmarks.writers.pointlist import write_pointlist
from mineaction_qgis.ui.import_dialog import ImportDialog
from tests.import_pointlist_data import make_register


def wait_until_done(dialog: ImportDialog, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while dialog.running and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert not dialog.running, "the import did not finish"


def test_dialog_detects_previews_runs_and_summarises(qgis_app, provider, qgis_new_project, tmp_path):
    register = make_register(tmp_path, hazards=6)
    info = write_pointlist(register, tmp_path / "list.csv", notation="ddm", faults=True)
    unknown = tmp_path / "notes.csv"
    unknown.write_text("a,b\n1,2\n", encoding="utf-8")
    dialog = ImportDialog(files=[info["path"], str(unknown)])
    assert dialog.filesList.count() == 2
    assert "IMSMA point list" in dialog.filesList.item(0).text()
    assert "IMSMA point list" in dialog.formatLabel.text() and "imsma_ng" in dialog.formatLabel.text()
    assert dialog.previewTable.rowCount() == 20
    headers = [dialog.previewTable.horizontalHeaderItem(i).text() for i in range(dialog.previewTable.columnCount())]
    assert headers[:3] == ["ProjName", "PolyID", "PointNo"]
    assert not dialog.runButton.isEnabled()  # an unrecognised file blocks the run
    dialog.filesList.setCurrentRow(1)
    assert "not a recognised IMSMA export" in dialog.formatLabel.text()
    dialog.remove_selected()
    assert dialog.runButton.isEnabled()
    output = tmp_path / "out.gpkg"
    dialog.outputWidget.setFilePath(str(output))
    dialog.start()
    assert dialog.running and dialog.cancelButton.isEnabled()
    wait_until_done(dialog)
    assert dialog.totals["HAZARD_COUNT"] == info["objects"]
    assert dialog.totals["POINT_COUNT"] == info["points"]
    assert dialog.totals["REJECTED_COUNT"] == len(info["faults"])
    assert dialog.progressBar.value() == 100
    assert str(len(info["faults"])) in dialog.summaryLabel.text()
    reasons = {dialog.rejectedTable.item(r, 0).text(): int(dialog.rejectedTable.item(r, 1).text()) for r in range(dialog.rejectedTable.rowCount())}
    assert sum(reasons.values()) == len(info["faults"]) and "too_few_vertices" in reasons
    assert dialog.openRejectedButton.isEnabled()
    names = {layer.name() for layer in dialog.added_layers}
    assert {"hazards", "points", "rejected"} <= names
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().endswith("out.gpkg") and len(group.children()) == len(dialog.added_layers)
    assert dialog.rejected_layer is not None and dialog.rejected_layer.featureCount() == len(info["faults"])


def test_cancel_stops_a_running_import(qgis_app, provider, qgis_new_project, tmp_path):
    register = make_register(tmp_path, hazards=30)
    info = write_pointlist(register, tmp_path / "big.csv", notation="dms")
    dialog = ImportDialog(files=[info["path"], info["path"].replace("big", "big")])
    dialog.outputWidget.setFilePath(str(tmp_path / "cancel.gpkg"))
    dialog.start()
    dialog.cancel()
    wait_until_done(dialog)
    assert dialog.canceled
    assert dialog.totals["POINT_COUNT"] < 2 * info["rows"]  # the second file never ran
    assert "Cancelled" in dialog.summaryLabel.text()
    assert dialog.runButton.isEnabled() and not dialog.cancelButton.isEnabled()
