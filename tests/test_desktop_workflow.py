"""The desktop loop (issue 14): records imported twice, register layers grouped and ordered, robust first view."""

from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mineaction_qgis.core import model, register_layers
from mineaction_qgis.core.imsma import duplicates
from tests.conftest import ROOT

SAMPLE_XML = str(ROOT / "resources" / "sample" / "imsma_ng.xml")


def count(gpkg: str, name: str) -> int:
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr").featureCount()


def import_twice(run_alg, tmp_path: Path, strategy: int):
    gpkg = str(tmp_path / "register.gpkg")
    first = run_alg("mineaction:importimsma", {"INPUT": SAMPLE_XML, "OUTPUT": gpkg})
    before = {name: count(gpkg, name) for name in (model.HAZARDS, model.ACTIVITIES, model.POINTS)}
    second = run_alg("mineaction:importimsma", {"INPUT": SAMPLE_XML, "OUTPUT": gpkg, "APPEND": True,
                                                "ON_DUPLICATE": strategy})
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


def test_same_record_rule():
    key = duplicates.RecordKey
    assert key("AB-1", "Land-1").same_record(key("ab-1", "Land-2"))  # GUID wins
    assert not key("AB-1", "Land-1").same_record(key("AB-2", "Land-1"))  # two records with one ID
    assert key("", "Land-1").same_record(key("AB-2", "Land-1"))
    assert not key("", "").same_record(key("", ""))
    pairs = duplicates.find_duplicates([key("G1", "A"), key("", "B")], [key("g1", "X"), key("G9", "B"), key("", "C")])
    assert pairs == [(key("G1", "A"), key("g1", "X")), (key("", "B"), key("G9", "B"))]


def _memory_hazards(points):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "hazards", "memory")
    features = []
    for index, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"H-{index}"])
        feature.setGeometry(QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(0.01, 4).boundingBox()))
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
