"""The "Print atlas…" dialog used again and again in one project (issue 14), offscreen with real widgets."""

import re
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.core.atlas.layout import is_helper_layer
from tests.atlas_data import layer_uri, write_register
from tests.test_atlas import pdf_text


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    return write_register(tmp_path_factory.mktemp("atlas_reuse"))


@pytest.fixture
def project(qgis_app, provider, register):
    project = QgsProject.instance()
    project.clear()
    for name in ("hazards", "activities"):
        project.addMapLayer(QgsVectorLayer(layer_uri(register["register"], name), name, "ogr"))
    yield project
    project.clear()


def run_dialog(project, output: Path, selected=None):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(project=project, open_pdf=False)
    coverage = dialog.coverageCombo.currentLayer()
    assert coverage is not None and not is_helper_layer(coverage)
    assert coverage.source() == layer_uri_of(project, "hazards")
    hint = dialog.outputWidget.filePath()
    assert "_layout" not in hint and hint.endswith("_atlas.pdf")
    offered = [dialog.coverageCombo.itemText(i) for i in range(dialog.coverageCombo.count())]
    assert len(offered) == len([n for n in project.layerTreeRoot().findLayers() if n.layer().geometryType() == 2]), (
        offered
    )
    if selected:
        coverage.selectByExpression(f'"hazard_id" IN ({", ".join(repr(s) for s in selected)})')
        dialog.selectedOnlyCheck.setChecked(True)
    dialog.outputWidget.setFilePath(str(output))
    dialog.run()
    assert dialog.wait(), "the printing did not finish"
    assert dialog.results.get("OUTPUT"), dialog.messageLabel.text()
    return dialog


def layer_uri_of(project, name):
    return next(node.layer().source() for node in project.layerTreeRoot().findLayers() if node.layer().name() == name)


def test_dialog_works_any_number_of_times_and_selection_changes_only_the_pages(project, tmp_path):
    first = run_dialog(project, tmp_path / "one.pdf")
    helpers = [layer for layer in project.mapLayers().values() if is_helper_layer(layer)]
    assert helpers, "the kept layout's layers are flagged"
    assert all(project.layerTreeRoot().findLayer(layer.id()) is None for layer in helpers)
    full = pdf_text(first.results["OUTPUT"])
    second = run_dialog(project, tmp_path / "two.pdf", selected=["ATL-1"])
    assert second.results["PAGES"] == 1
    page = pdf_text(second.results["OUTPUT"])
    # ATL-1's page lists its surveyed points from the points layer by their short IDs, as in the full book
    # (without the points layer the vertices would read P1…Pn and there would be no benchmark or reference point).
    for word in ("TP1", "BM", "RP"):
        assert re.search(rf"\b{word}\b", full) and re.search(rf"\b{word}\b", page), word
    third = run_dialog(project, tmp_path / "three.pdf")
    assert third.results["PAGES"] == first.results["PAGES"]
    assert len(project.layoutManager().printLayouts()) == 3

    # Saved and reopened, the helpers are still kept out of the pickers.
    path = tmp_path / "officer.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    fourth = run_dialog(project, tmp_path / "four.pdf")
    assert fourth.results["PAGES"] == first.results["PAGES"]


def test_dialog_remembers_the_choices(project, tmp_path):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.titleEdit.setText("Basra field book")
    dialog.templateCombo.setCurrentIndex(dialog.templateCombo.findData("a4_portrait"))
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("ckb"))
    dialog.outputWidget.setFilePath(str(tmp_path / "remembered.pdf"))
    dialog.run()
    assert dialog.wait()
    again = AtlasDialog(project=project, open_pdf=False)
    assert again.titleEdit.text() == "Basra field book"
    assert again.templateCombo.currentData() == "a4_portrait"
    assert again.languageCombo.currentData() == "ckb"
    assert Path(again.outputWidget.filePath()).parent == tmp_path
    assert plugin_settings.value(plugin_settings.ATLAS_TITLE) == "Basra field book"
    for key in (plugin_settings.ATLAS_TITLE, plugin_settings.ATLAS_TEMPLATE, plugin_settings.ATLAS_LANGUAGE):
        plugin_settings.set_value(key, "")
