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


def answer_duplicates(dialog: ImportDialog, button_text: str, asked: list = None) -> None:
    """Click ``button_text`` in the dialog's "records already in the GeoPackage" question once it shows."""
    from qgis.PyQt.QtCore import QTimer

    def answer():
        box = dialog.duplicate_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        if asked is not None:
            asked.append(box.text())
        next(button for button in box.buttons() if button.text() == button_text).click()

    QTimer.singleShot(0, answer)


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
    reasons = {
        dialog.rejectedTable.item(r, 2).text(): int(dialog.rejectedTable.item(r, 1).text())
        for r in range(dialog.rejectedTable.rowCount())
    }
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


def import_groups():
    from mineaction_qgis.ui.import_dialog import GROUP_PROPERTY

    return [node for node in QgsProject.instance().layerTreeRoot().children() if node.customProperty(GROUP_PROPERTY)]


def test_folders_are_added_and_the_profile_fits_each_export(
    qgis_app, provider, qgis_new_project, tmp_path, monkeypatch
):
    from benchmarks.writers import gis
    from mineaction_qgis.ui import import_dialog
    from tests.imsma_fixtures import HAZARD_COUNT, build_register

    register = build_register(tmp_path)
    gdb = gis.write_ng_fgdb(register, tmp_path)
    shapefiles = gis.write_shapefiles(register, tmp_path / "shp")
    core = gis.write_core_geojson(register, tmp_path / "core.geojson")
    chosen = iter([str(gdb), str(shapefiles)])
    monkeypatch.setattr(
        import_dialog.QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: next(chosen))
    )
    dialog = ImportDialog()
    assert dialog.addFolderButton.isEnabled()
    dialog.addFolderButton.click()
    dialog.addFolderButton.click()
    dialog.add_files([str(core)])
    assert [dialog.filesList.item(i).data(256) for i in range(3)] == [str(gdb), str(shapefiles), str(core)]
    assert all("IMSMA GIS export" in dialog.filesList.item(i).text() for i in range(3))
    assert dialog.profileCombo.currentData() == ""  # automatic
    dialog.filesList.setCurrentRow(0)
    assert "(imsma_ng)" in dialog.formatLabel.text() and "chosen for this export" in dialog.formatLabel.text()
    dialog.filesList.setCurrentRow(2)
    assert "(imsma_core)" in dialog.formatLabel.text()
    assert dialog.previewTable.rowCount() > 0
    assert all(
        "unparsed_element" not in (dialog.previewTable.item(r, 3).text()) for r in range(dialog.previewTable.rowCount())
    )
    dialog.filesList.setCurrentRow(1)
    dialog.remove_selected()  # the shapefiles hold the same hazards again
    dialog.outputWidget.setFilePath(str(tmp_path / "both.gpkg"))
    dialog.start()
    wait_until_done(dialog)
    assert not dialog.run_error
    assert dialog.totals["HAZARD_COUNT"] == 2 * HAZARD_COUNT and dialog.totals["REJECTED_COUNT"] == 0


def test_importing_again_into_the_same_geopackage_reuses_its_group(qgis_app, provider, qgis_new_project, tmp_path):
    register = make_register(tmp_path, hazards=4)
    info = write_pointlist(register, tmp_path / "list.csv", notation="dd")
    output = tmp_path / "again.gpkg"
    project = QgsProject.instance()
    first = ImportDialog(files=[info["path"]])
    first.outputWidget.setFilePath(str(output))
    first.start()
    wait_until_done(first)
    assert len(import_groups()) == 1
    layers_after_first = len(project.mapLayers())
    second = ImportDialog(files=[info["path"]])
    second.outputWidget.setFilePath(str(output))
    second.start()
    wait_until_done(second)
    groups = import_groups()
    assert len(groups) == 1
    assert len(project.mapLayers()) == layers_after_first == len(second.added_layers)
    assert [node.layerId() for node in groups[0].findLayers()] == [layer.id() for layer in second.added_layers]
    hazards = next(layer for layer in second.added_layers if layer.name() == "hazards")
    assert hazards.isValid() and hazards.featureCount() == info["objects"]
    second.appendCheck.setChecked(True)
    answer_duplicates(second, "Keep both")
    second.start()
    wait_until_done(second)
    assert len(import_groups()) == 1 and len(project.mapLayers()) == layers_after_first
    hazards = next(layer for layer in second.added_layers if layer.name() == "hazards")
    assert hazards.featureCount() == 2 * info["objects"]


def test_an_older_dialog_opens_the_current_rejected_layer(qgis_app, provider, qgis_new_project, tmp_path):
    register = make_register(tmp_path, hazards=4)
    info = write_pointlist(register, tmp_path / "list.csv", notation="dd", faults=True)
    output = tmp_path / "twice.gpkg"
    dialogs = []
    for _ in range(2):
        dialog = ImportDialog(files=[info["path"]])
        dialog.outputWidget.setFilePath(str(output))
        dialog.start()
        wait_until_done(dialog)
        dialogs.append(dialog)
    dialogs[0].open_rejected()  # its layer was replaced by the second import: no crash, the current one is used
    assert dialogs[0].rejected_layer.id() in QgsProject.instance().mapLayers()
    assert len(import_groups()) == 1


def test_the_proposed_target_is_never_beside_the_sample_register(
    qgis_app, provider, qgis_new_project, tmp_path, monkeypatch
):
    from pathlib import Path

    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QSettings

    from mineaction_qgis import paths
    from mineaction_qgis.ui.import_dialog import FOLDER_SETTING

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    settings = QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    sample = paths.resource("sample", "pointlist_dd.csv")
    dialog = ImportDialog(files=[str(sample)], settings=settings)
    assert Path(dialog.outputWidget.filePath()) == home / "Documents" / "register.gpkg"
    table = dialog.previewTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    x = table.item(0, headers.index("Xcoord")).text()
    assert x.startswith("\u200e") and 44 < float(x[1:]) < 45, "numbers read left to right in RTL"
    cells = [
        table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c)
    ]
    assert all(cell.startswith("\u200e") == any(ch.isdigit() for ch in cell) for cell in cells), (
        "only cells with digits get the mark"
    )

    settings.setValue(FOLDER_SETTING, str(paths.resource("sample")))  # a stale setting pointing at the sample
    assert dialog.proposed_output().parent == home / "Documents"

    last = tmp_path / "imports"
    last.mkdir()
    (last / "register.gpkg").write_bytes(b"")  # an earlier import is never proposed for overwriting
    settings.setValue(FOLDER_SETTING, str(last))
    assert dialog.proposed_output() == last / "register_2.gpkg"

    (tmp_path / "chosen").mkdir()
    dialog.outputWidget.setFilePath(str(tmp_path / "chosen" / "mine.gpkg"))
    dialog.start()
    wait_until_done(dialog)
    assert dialog.totals["HAZARD_COUNT"] > 0
    assert Path(settings.value(FOLDER_SETTING)) == (tmp_path / "chosen").resolve()
    again = ImportDialog(files=[str(sample)], settings=settings)
    assert Path(again.outputWidget.filePath()) == (tmp_path / "chosen").resolve() / "register.gpkg"
    QgsProject.instance().removeAllMapLayers()


def test_items_and_victims_are_summarised_and_personal_data_needs_the_tick(
    qgis_app, provider, qgis_new_project, tmp_path
):
    from tests.items_data import PERSONAL_STRINGS, write_items_export

    export = tmp_path / "items.xml"
    write_items_export(export)
    for personal in (False, True):
        dialog = ImportDialog(files=[str(export)])
        assert not dialog.personalCheck.isChecked()  # off unless the user ticks it
        dialog.personalCheck.setChecked(personal)
        output = tmp_path / f"register_{personal}.gpkg"
        dialog.outputWidget.setFilePath(str(output))
        dialog.start()
        wait_until_done(dialog)
        assert (dialog.totals["ITEM_COUNT"], dialog.totals["ACCIDENT_COUNT"], dialog.totals["VICTIM_ROW_COUNT"]) == (
            3,
            2,
            3,
        )
        assert "3 explosive item rows" in dialog.summaryLabel.text()
        found = [value for value in PERSONAL_STRINGS if value.encode("utf-8") in output.read_bytes()]
        assert bool(found) == personal, found


def test_the_dialog_imports_into_the_shared_postgis_register_and_remembers_it(
    qgis_app, provider, qgis_new_project, postgis, tmp_path, monkeypatch
):
    """A real import from the dialog into the throwaway PostGIS cluster (tests/postgis_server.py), twice."""
    from qgis.core import QgsProviderRegistry, QgsSettings
    from qgis.PyQt.QtCore import QSettings

    from mineaction_qgis import settings as plugin_settings
    from tests.postgis_server import OFFICER_PASSWORD
    from tests.register_data import monthly_exports

    march, april = monthly_exports(tmp_path)
    monkeypatch.setenv("PGSERVICEFILE", str(postgis.write_service_file(tmp_path / "pg_service.conf", "dialog_test")))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection("service='dialog_test'", {}), "Register (dialog)")
    settings = QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    dialog = ImportDialog(files=[str(march)], settings=settings)
    combo = dialog.registerCombo
    assert "Register (dialog)" in [combo.itemText(i) for i in range(combo.count())]
    assert not dialog.registerGroup.isChecked() and dialog.register() == ""  # off unless the officer ticks it
    dialog.appendCheck.setChecked(True)
    dialog.registerGroup.setChecked(True)
    assert not dialog.appendCheck.isChecked() and not dialog.appendCheck.isEnabled()
    combo.setCurrentIndex(combo.findText("Register (dialog)"))
    dialog.schemaEdit.setText("from_dialog")
    dialog.outputWidget.setFilePath(str(tmp_path / "march.gpkg"))
    dialog.start()
    wait_until_done(dialog, 300)
    assert dialog.run_error == ""
    assert postgis.psql("SELECT import_id, file_name, new_count FROM from_dialog.imports") == "1|march.xml|84"
    assert postgis.psql("SELECT count(*) FROM from_dialog.hazards") == "9"
    assert "Import 1 written to register Register (dialog), schema 'from_dialog'." in dialog.summaryLabel.text()
    assert "hazards: 9 new, 0 changed" in dialog.summaryLabel.text()

    # The next month: the dialog proposes the same register and schema; the history says what changed.
    again = ImportDialog(files=[str(april)], settings=settings)
    assert again.registerGroup.isChecked() and again.register() == "Register (dialog)"
    assert again.schema() == "from_dialog"
    again.outputWidget.setFilePath(str(tmp_path / "april.gpkg"))
    again.start()
    wait_until_done(again, 300)
    assert "hazards: 1 new, 2 changed, 6 unchanged, 1 no longer in the export" in again.summaryLabel.text()
    assert postgis.psql("SELECT missing_count FROM from_dialog.imports WHERE import_id = 2") == "7"

    # Several exports at once are refused (the register records one export per import); nothing is written.
    both = ImportDialog(files=[str(march), str(april)], settings=settings)
    both.outputWidget.setFilePath(str(tmp_path / "both.gpkg"))
    both.start()
    assert not both.running and "one export at a time" in both.summaryLabel.text()
    assert postgis.psql("SELECT count(*) FROM from_dialog.imports") == "2"

    # A URI typed with its password works for the run but is never remembered.
    typed = ImportDialog(files=[str(april)], settings=settings)
    typed.registerCombo.setCurrentText(postgis.uri())
    typed.outputWidget.setFilePath(str(tmp_path / "typed.gpkg"))
    typed.start()
    wait_until_done(typed, 300)
    assert postgis.psql("SELECT new_count, changed_count FROM from_dialog.imports WHERE import_id = 3") == "0|0"
    assert plugin_settings.value(plugin_settings.IMPORT_REGISTER, "", settings) == "Register (dialog)"
    settings.sync()
    assert OFFICER_PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert OFFICER_PASSWORD not in typed.summaryLabel.text()

    # A role that may only read: the dialog says why nothing was written.
    reader = ImportDialog(files=[str(april)], settings=settings)
    reader.registerCombo.setCurrentText(postgis.uri("viewer"))
    reader.outputWidget.setFilePath(str(tmp_path / "viewer.gpkg"))
    reader.start()
    wait_until_done(reader, 300)
    assert "may read register 'from_dialog' but not write to it" in reader.summaryLabel.text()
    assert postgis.psql("SELECT count(*) FROM from_dialog.imports") == "3"
    metadata.deleteConnection("Register (dialog)")
    QgsProject.instance().removeAllMapLayers()
