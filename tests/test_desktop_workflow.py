"""The desktop loop (issue 14): records imported twice, register layers grouped and ordered, robust first view."""

from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mineaction_qgis.core.common import model, register_layers
from tests.conftest import ROOT

SAMPLE_XML = str(ROOT / "resources" / "sample" / "imsma_ng.xml")


def count(gpkg: str, name: str) -> int:
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr").featureCount()


def import_twice(run_alg, tmp_path: Path, strategy: int):
    gpkg = str(tmp_path / "register.gpkg")
    first = run_alg("mineaction:importimsma", {"INPUT": SAMPLE_XML, "OUTPUT": gpkg})
    before = {name: count(gpkg, name) for name in (model.HAZARDS, model.ACTIVITIES, model.POINTS)}
    second = run_alg(
        "mineaction:importimsma", {"INPUT": SAMPLE_XML, "OUTPUT": gpkg, "APPEND": True, "ON_DUPLICATE": strategy}
    )
    after = {name: count(gpkg, name) for name in before}
    return gpkg, first, second, before, after


def test_records_already_present_are_kept_twice_only_when_asked(run_alg, tmp_path):
    _, first, second, before, after = import_twice(run_alg, tmp_path, 0)
    assert second["DUPLICATE_COUNT"] == first["HAZARD_COUNT"] + first["ACTIVITY_COUNT"] > 0
    assert after[model.HAZARDS] == 2 * before[model.HAZARDS]


@pytest.mark.parametrize("strategy", [1, 2])
def test_records_already_present_are_replaced_or_skipped(run_alg, tmp_path, strategy):
    gpkg, first, second, before, after = import_twice(run_alg, tmp_path, strategy)
    assert second["DUPLICATE_COUNT"] == first["HAZARD_COUNT"] + first["ACTIVITY_COUNT"]
    assert after == before, "a second import of the same export must leave the register as it was"
    fids = [f.id() for f in QgsVectorLayer(f"{gpkg}|layername=hazards", "h", "ogr").getFeatures()]
    if strategy == 1:  # replaced: the rows are the new ones
        assert min(fids) > before[model.HAZARDS]
    else:
        assert max(fids) <= before[model.HAZARDS]


def _memory_hazards(points):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "hazards", "memory")
    features = []
    for index, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"H-{index}"])
        feature.setGeometry(
            QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(0.01, 4).boundingBox())
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_robust_extent_leaves_out_the_far_outlier(qgis_app):
    layer = _memory_hazards([(44 + i * 0.1, 33 + i * 0.05) for i in range(12)] + [(-70, 10)])
    found = register_layers.robust_extent(layer)
    assert found.outliers == ["H-12"]
    assert found.extent.xMinimum() > 43 and found.extent.xMaximum() < 46
    whole = register_layers.robust_extent(_memory_hazards([(44, 33), (-70, 10)]))
    assert whole.outliers == [] and whole.extent.xMinimum() < -69


def test_register_layers_are_grouped_in_map_reading_order(qgis_app, qgis_new_project, run_alg, tmp_path):
    gpkg = str(tmp_path / "register.gpkg")
    run_alg("mineaction:importimsma", {"INPUT": SAMPLE_XML, "OUTPUT": gpkg})
    project = QgsProject.instance()
    layers = register_layers.add_register_layers(project, gpkg, "register")
    names = [layer.name() for layer in layers]
    assert names.index(model.ACTIVITIES) < names.index(model.HAZARDS)
    assert names.index(model.POINTS) < names.index(model.ACTIVITIES)
    group = register_layers.register_group(project, gpkg)
    assert [node.layer().name() for node in group.findLayers()] == names
    # The legend order is the drawing order: layers listed first are drawn last (on top).
    order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
    assert order.index(model.ACTIVITIES) < order.index(model.HAZARDS)
    again = register_layers.add_register_layers(project, gpkg, "register")
    assert len(project.mapLayers()) == len(again) and register_layers.register_group(project, gpkg) is group


def test_toolbox_import_loads_the_register_grouped_and_styled(qgis_app, qgis_new_project, provider, tmp_path):
    """Run as the toolbox does (results handled by Processing's GUI code): the layers appear in one group."""
    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    gpkg = str(tmp_path / "toolbox.gpkg")
    context = QgsProcessingContext()
    project = QgsProject.instance()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mineaction:importimsma")
    parameters = {"INPUT": SAMPLE_XML, "OUTPUT": gpkg}
    processing.run(algorithm, parameters, context=context, feedback=feedback)
    assert handleAlgorithmResults(algorithm, context, feedback, False, parameters)
    QgsApplication.processEvents()
    group = register_layers.register_group(project, gpkg)
    assert group is not None
    names = [node.layer().name() for node in group.findLayers()]
    assert model.HAZARDS in names and model.ACTIVITIES in names and model.POINTS in names
    assert names.index(model.ACTIVITIES) < names.index(model.HAZARDS)
    assert len(project.layerTreeRoot().findLayers()) == len(names), "a layer outside the register's group"
    hazards = next(node.layer() for node in group.findLayers() if node.layer().name() == model.HAZARDS)
    assert hazards.renderer().type() != "singleSymbol" or hazards.renderer().symbol().color().name() != "#000000"


def _register_copy(tmp_path: Path) -> str:
    import shutil

    target = tmp_path / "register.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "register.gpkg", target)
    return str(target)


def test_findings_persist_in_the_register_across_saving_and_reopening(
    run_alg, provider, qgis_iface, qgis_new_project, tmp_path
):
    from qgis.PyQt.QtCore import QItemSelectionModel

    from mineaction_qgis.core.validation.issue_layers import add_issue_layers, project_views
    from mineaction_qgis.ui.issue_browser import (
        close_issue_browser,
        reopen_issue_browser,
        show_issue_browser,
        validation_defaults,
    )

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    hazards = QgsVectorLayer(f"{gpkg}|layername=hazards", "hazards", "ogr")
    project.addMapLayer(hazards)
    defaults = validation_defaults(hazards)
    assert defaults["OUTPUT"].startswith("ogr:dbname=") and gpkg in defaults["OUTPUT"]
    assert "PREVIOUS" not in defaults
    results = run_alg("mineaction:validatehazards", defaults)
    output = results["OUTPUT"]
    assert output.startswith(gpkg) and "validation_issues" in output
    views = add_issue_layers(output, "Validation issues")
    dock = show_issue_browser(qgis_iface, output)
    table = dock.ui.table
    assert table.rowCount() == results["ISSUE_COUNT"] > 0
    table.selectionModel().select(
        table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    marked = table.item(0, 0).data(256)
    assert dock.set_reviewed(True) == 1

    project_file = tmp_path / "officer.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert project.read(str(project_file))
    shown = project_views(output)
    assert shown and all(layer.isValid() for layer in shown) and len(shown) == len(views)
    reopened = reopen_issue_browser(qgis_iface)
    assert reopened is not None and reopened.ui.table.rowCount() == results["ISSUE_COUNT"]
    assert next(row for row in reopened.rows if row["fid"] == marked)["reviewed"]

    # The next run starts from the kept table: the review mark survives it, and no second group appears.
    hazards = next(layer for layer in project.mapLayers().values() if layer.name() == "hazards")
    defaults = validation_defaults(hazards)
    assert defaults["PREVIOUS"] == output
    again = run_alg("mineaction:validatehazards", defaults)
    assert again["OUTPUT"] == output
    assert len(add_issue_layers(output, "Validation issues")) == len(views)
    reviewed = [f for f in QgsVectorLayer(output, "check", "ogr").getFeatures() if f["reviewed"]]
    assert len(reviewed) == 1
    close_issue_browser(qgis_iface)  # the dock's layer must not outlive GDAL at exit
    project.clear()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_import_dialog_is_not_modal_and_gaps_default_to_the_activities(
    qgis_app, qgis_iface, qgis_new_project, tmp_path
):
    from mineaction_qgis.plugin import MineActionPlugin
    from mineaction_qgis.ui.defaults import clearance_gap_defaults

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    layers = register_layers.add_register_layers(project, gpkg, "register")
    qgis_iface.setActiveLayer(next(layer for layer in layers if layer.name() == model.HAZARDS))
    defaults = clearance_gap_defaults(qgis_iface)
    assert defaults["HAZARDS"].name() == model.HAZARDS
    assert defaults["RELEASES"].name() == model.ACTIVITIES

    plugin = MineActionPlugin(qgis_iface)  # no initGui: the session's provider stays the registered one
    try:
        plugin.show_import()
        dialog = plugin.import_dialog
        assert dialog.isVisible() and not dialog.isModal()
        plugin.show_import()
        assert plugin.import_dialog is dialog, "one import dialog, raised again"
    finally:
        plugin.unload()
    assert plugin.import_dialog is None


def _wait(dialog, timeout: float = 120.0) -> None:
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout
    while dialog.running and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert not dialog.running


def test_import_dialog_asks_about_records_already_present(qgis_app, provider, qgis_new_project, tmp_path):
    from mineaction_qgis.ui.import_dialog import ImportDialog
    from tests.test_import_dialog import answer_duplicates

    gpkg = tmp_path / "register.gpkg"
    first = ImportDialog(files=[SAMPLE_XML])
    first.outputWidget.setFilePath(str(gpkg))
    first.start()
    _wait(first)
    hazards = count(str(gpkg), model.HAZARDS)
    reasons = first.rejectedTable
    assert reasons.rowCount() == len(first.reasons) > 0
    assert reasons.item(0, 0).text() != reasons.item(0, 2).text(), "a title, not the code"
    assert reasons.minimumHeight() >= sum(reasons.rowHeight(r) for r in range(min(reasons.rowCount(), 10)))

    second = ImportDialog(files=[SAMPLE_XML])
    second.outputWidget.setFilePath(str(gpkg))
    second.appendCheck.setChecked(True)
    asked = []
    answer_duplicates(second, "Skip the new records", asked)
    second.start()
    _wait(second)
    assert asked and "already in register.gpkg" in asked[0]
    assert count(str(gpkg), model.HAZARDS) == hazards
    assert "the new ones were skipped" in second.summaryLabel.text()


def test_new_layers_are_placed_over_the_hazards(qgis_app, qgis_new_project, tmp_path):
    from mineaction_qgis.ui.defaults import place_above

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    layers = register_layers.add_register_layers(project, gpkg, "register")
    hazards = next(layer for layer in layers if layer.name() == model.HAZARDS)
    remaining = QgsVectorLayer("Polygon?crs=EPSG:4326", "Remaining land", "memory")
    project.addMapLayer(remaining)  # QGIS puts a new layer wherever the current node is
    assert place_above(project, [remaining.id()], hazards) == 1
    order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
    assert order.index("Remaining land") < order.index(model.HAZARDS)
    assert remaining.id() in project.mapLayers(), "moving the node keeps the layer"


def test_latin_runs_are_isolated_in_right_to_left_text():
    from mineaction_qgis import i18n

    text = i18n.isolate_latin("پەڕەی A4ی ئاسۆیی", "ckb")
    assert text == "پەڕەی \u2066A4\u2069ی ئاسۆیی"
    assert i18n.isolate_latin("A4 landscape", "en") == "A4 landscape"


def test_register_legend_speaks_the_plugins_language(qgis_app, qgis_new_project, tmp_path):
    from mineaction_qgis.i18n import Translator

    gpkg = _register_copy(tmp_path)
    translator = Translator()
    assert translator.install("ar")
    try:
        layers = register_layers.add_register_layers(QgsProject.instance(), gpkg, "register")
    finally:
        translator.remove()
    points = next(layer for layer in layers if layer.name() == model.POINTS)
    labels = [rule.label() for rule in points.renderer().rootRule().descendants()]
    assert "Turning point" not in labels and any("نقطة" in label for label in labels)


def test_a_hazard_with_one_far_vertex_is_an_outlier_too(qgis_app):
    layer = _memory_hazards([(44 + i * 0.1, 33 + i * 0.05) for i in range(12)])
    spike = QgsFeature(layer.fields())
    spike.setAttributes(["SPIKE"])
    spike.setGeometry(
        QgsGeometry.fromPolygonXY(
            [[QgsPointXY(44.5, 33.2), QgsPointXY(44.51, 33.2), QgsPointXY(44.5, 40.0), QgsPointXY(44.5, 33.2)]]
        )
    )
    layer.dataProvider().addFeatures([spike])
    found = register_layers.robust_extent(layer)
    assert found.outliers == ["SPIKE"] and found.extent.yMaximum() < 34
    sample = QgsVectorLayer(str(ROOT / "resources" / "sample" / "register.gpkg") + "|layername=hazards", "h", "ogr")
    assert "HAZ-000007" in register_layers.robust_extent(sample).outliers


def test_first_view_after_import_is_the_hazards_without_the_outlier(qgis_app, qgis_iface, qgis_new_project, tmp_path):
    """In the desktop, QGIS zooms to the full extent of an empty project's first layers once the event loop
    runs, and shows its welcome page instead of the canvas until then: the robust view must win anyway."""
    from qgis.core import QgsRectangle
    from qgis.PyQt.QtCore import QCoreApplication

    from mineaction_qgis.ui.map_view import zoom_to_register

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    layers = register_layers.add_register_layers(project, gpkg, "register")
    hazards = next(layer for layer in layers if layer.name() == model.HAZARDS)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(hazards.crs())
    window = qgis_iface.mainWindow()
    assert not zoom_to_register(qgis_iface, layers), "no visible window: nobody looks at the map, no render job"
    window.show()
    canvas.hide()  # the welcome page of an empty project stands where the canvas will be
    try:
        assert zoom_to_register(qgis_iface, layers)
        canvas.setExtent(hazards.extent())  # what QGIS does for the first layers of an empty project
        canvas.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        found = register_layers.robust_extent(hazards)
        assert found.outliers == ["HAZ-000007"]
        outlier = next(f for f in hazards.getFeatures() if f["hazard_id"] == "HAZ-000007").geometry().boundingBox()
        view = QgsRectangle(canvas.extent())
        assert view.contains(found.extent.center()) and not view.intersects(outlier)
        assert view.width() < hazards.extent().width()
    finally:
        canvas.setLayers([])
        window.hide()


def test_findings_written_with_an_ogr_uri_load_without_an_error(qgis_app, provider, qgis_new_project, tmp_path):
    """The menu's validation writes OUTPUT as ogr:dbname='register.gpkg' table="validation_issues": asking
    QGIS 3.22 for the output's text (parameterAsOutputLayer) files that text to load, which then failed."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    errors = []
    feedback = QgsProcessingFeedback()
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    context = QgsProcessingContext()
    context.setProject(project)
    output = QgsProcessingOutputLayerDefinition(f"ogr:dbname='{gpkg}' table=\"validation_issues\" (geom)", project)
    processing.run(
        "mineaction:validatehazards",
        {"INPUT": f"{gpkg}|layername=hazards", "OUTPUT": output},
        feedback=feedback,
        context=context,
    )
    shown = [layer for layer in project.mapLayers().values() if "validation_issues" in layer.source()]
    assert shown and all(layer.isValid() for layer in shown)
    assert not [e for e in errors if "not correctly generated" in e], errors
    assert not context.layersToLoadOnCompletion()


def test_gaps_temporary_outputs_load_without_an_error(qgis_app, provider, qgis_new_project, tmp_path):
    """The Processing dialog's temporary outputs: only the layers really written are filed to load."""
    import processing
    from qgis.core import QgsProcessing, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition

    gpkg = _register_copy(tmp_path)
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    outputs = {
        name: QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)
        for name in ("OUTPUT", "OUTSIDE", "RE_RELEASES", "SUMMARY", "SPLITS")
    }
    results = processing.run(
        "mineaction:clearancegaps",
        {"HAZARDS": f"{gpkg}|layername=hazards", "RELEASES": f"{gpkg}|layername=activities", **outputs},
        feedback=QgsProcessingFeedback(),
        context=context,
    )
    written = {results[name].id() if hasattr(results[name], "id") else str(results[name]) for name in outputs}
    loads = context.layersToLoadOnCompletion()
    assert loads and set(loads) <= written, sorted(loads)
    assert not [key for key in loads if key.startswith("memory:")]
