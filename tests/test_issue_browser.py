"""The issue browser dock under offscreen, with pytest-qgis's iface and its real map canvas."""

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QItemSelectionModel, Qt

from mineaction_qgis.core.validation.issue_layers import add_issue_layers, project_views
from mineaction_qgis.ui.issue_browser import IssueBrowser, close_issue_browser, show_issue_browser
from tests.validation_data import X0, Y0, box, hazard, run_validation


def _issues(tmp_path, run_alg):
    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("B", box(50, 0, 100, 100), governorate="Diyala"),
        hazard("C", box(3000, 0, 10, 10), status="??"),
        hazard("D", box(5000, 0, 10, 10), classification=None),
    ]
    results, found = run_validation(run_alg, tmp_path, rows, AREA_FIELD="")
    assert len(found) == 3
    return results["OUTPUT"]


def _select(dock, rule):
    table = dock.ui.table
    for row in range(table.rowCount()):
        if table.item(row, 1).toolTip() == rule:  # the rule's code; the cell shows its translated title
            table.selectionModel().select(
                table.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(rule)


def test_dock_lists_filters_zooms_and_marks_reviewed(tmp_path, run_alg, qgis_iface, qgis_new_project):
    output = _issues(tmp_path, run_alg)
    views = add_issue_layers(output, "Validation issues")
    assert {v.geometryType() for v in views} and all(v.renderer() is not None for v in views)
    assert project_views(output) == views or set(project_views(output)) == set(views)

    dock = show_issue_browser(qgis_iface, output)
    assert isinstance(dock, IssueBrowser)
    assert show_issue_browser(qgis_iface, output) is dock, "one dock per window"
    assert dock.ui.table.rowCount() == 3
    assert dock.layoutDirection() in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft)

    overlap_index = dock.ui.ruleCombo.findData("overlap")
    assert dock.ui.ruleCombo.itemText(overlap_index) == "Hazards overlap"
    assert dock.ui.ruleCombo.itemData(overlap_index, Qt.ItemDataRole.ToolTipRole).startswith("overlap\n")
    dock.ui.ruleCombo.setCurrentIndex(overlap_index)
    assert dock.ui.table.rowCount() == 1
    dock.ui.ruleCombo.setCurrentIndex(0)
    dock.ui.severityCombo.setCurrentIndex(dock.ui.severityCombo.findData("warning"))
    assert [dock.ui.table.item(r, 1).toolTip() for r in range(dock.ui.table.rowCount())] == ["unknown_code"]
    assert dock.ui.table.item(0, 1).text() != "unknown_code"  # a title a reader understands
    dock.ui.severityCombo.setCurrentIndex(0)
    dock.ui.governorateCombo.setCurrentIndex(dock.ui.governorateCombo.findData("Baghdad"))
    assert dock.ui.table.rowCount() == 3  # the pair's governorate is the first hazard's
    dock.ui.governorateCombo.setCurrentIndex(0)

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    _select(dock, "overlap")
    assert dock.zoom_to_selected()
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(X0 + 50, Y0, X0 + 100, Y0 + 100))
    assert extent.width() < 1000

    assert dock.set_reviewed(True) == 1
    stored = {f["rule"]: f["reviewed"] for f in QgsVectorLayer(output, "check", "ogr").getFeatures()}
    assert stored == {"overlap": 1, "unknown_code": 0, "missing_value": 0}
    dock.ui.openOnlyCheck.setChecked(True)
    assert dock.ui.table.rowCount() == 2
    dock.ui.openOnlyCheck.setChecked(False)
    _select(dock, "overlap")
    assert dock.set_reviewed(False) == 1
    assert {f["reviewed"] for f in QgsVectorLayer(output, "check", "ogr").getFeatures()} == {0}
    dock.ui.newOnlyCheck.setChecked(True)
    assert dock.ui.table.rowCount() == 3, "no PREVIOUS: every finding is new"
    close_issue_browser(qgis_iface)
    assert qgis_iface.mainWindow().findChild(IssueBrowser) is None
    QgsProject.instance().removeAllMapLayers()


def test_finished_run_adds_one_styled_view_per_geometry_type(tmp_path, run_alg, qgis_new_project):
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition

    from tests.validation_data import write_hazards

    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("B", box(50, 0, 100, 100)),
        hazard(
            "C",
            f"POLYGON(({X0 + 500} {Y0}, {X0 + 600} {Y0 + 100}, {X0 + 600} {Y0}, {X0 + 500} {Y0 + 100}, {X0 + 500} "
            f"{Y0}))",
        ),
    ]
    uri = write_hazards(tmp_path / "register.gpkg", rows)
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "issues.gpkg"), project)
    output.destinationName = "Findings"
    results = run_alg("mineaction:validatehazards", {"INPUT": uri, "AREA_FIELD": "", "OUTPUT": output}, context=context)
    assert not context.willLoadLayerOnCompletion(results["OUTPUT"]), "the undrawable mixed table is not loaded as such"
    views = project_views(results["OUTPUT"])
    assert sorted(v.geometryType() for v in views) == [0, 2]  # points and polygons
    group = project.layerTreeRoot().findGroup("Findings")
    assert group is not None and len(group.findLayers()) == 2
    assert all(v.renderer().type() == "RuleRenderer" for v in views)
    project.removeAllMapLayers()


def test_values_read_left_to_right_and_short_columns_are_never_cut(tmp_path, run_alg, qgis_iface, qgis_new_project):
    from qgis.PyQt.QtWidgets import QApplication, QHeaderView

    from mineaction_qgis.ui.helpers import LEFT_TO_RIGHT_MARK
    from mineaction_qgis.ui.issue_browser import COLUMNS, MESSAGE_WIDTH

    output = _issues(tmp_path, run_alg)
    dock = show_issue_browser(qgis_iface, output)
    dock.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in Arabic and Sorani
    dock.resize(500, 400)
    QApplication.processEvents()
    table, value_column = dock.ui.table, COLUMNS.index("value")
    values = [table.item(r, value_column).text() for r in range(table.rowCount())]
    numbers = [v for v in values if v]
    assert numbers, values
    assert all(v.startswith(LEFT_TO_RIGHT_MARK) for v in numbers)
    assert all(isinstance(float(v[1:].replace(",", "")), float) for v in numbers), "a plain number after the mark"
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(len(COLUMNS) - 1)] == [
        QHeaderView.ResizeMode.ResizeToContents
    ] * (len(COLUMNS) - 1)
    for column in range(len(COLUMNS) - 1):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), COLUMNS[column]
    message_column = COLUMNS.index("message")
    assert header.stretchLastSection() and table.columnWidth(message_column) >= MESSAGE_WIDTH, (
        "the message is never squeezed"
    )
    assert all(
        table.item(r, message_column).toolTip() == table.item(r, message_column).text() for r in range(table.rowCount())
    )
    close_issue_browser(qgis_iface)
    QgsProject.instance().removeAllMapLayers()
