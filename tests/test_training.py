"""The trainers' kit: the training project, the answer key, the screenshots and the guide's links.

The answer key (docs/training/en/answer-key.md) must be exactly what the algorithms find
on the sample today; regenerate it with ``.venv/bin/python scripts/answer_key.py``.
"""

import re
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer, QgsVectorLayerSimpleLabeling

from mineaction_qgis.core.common import model
from mineaction_qgis.core.training import (
    EXERCISES,
    PROJECT_FILE,
    TrainingError,
    build_training_project,
    exercise_extent,
    load_errors,
    sample_register,
)
from tests.conftest import ROOT

LANGUAGES = ("en", "ar", "ckb")
CURVED = {"Curved", "PerimeterCurved"}


@pytest.fixture(scope="module")
def facts(qgis_app, qgis_processing, tmp_path_factory):
    from scripts.answer_key import collect
    from tests.conftest import registered_provider

    registered_provider()
    return collect(tmp_path_factory.mktemp("answer_key"))


@pytest.fixture(scope="module")
def built(qgis_app, tmp_path_factory):
    """A training project, built once and moved to another folder (paths must be relative)."""
    first = tmp_path_factory.mktemp("training") / "built"
    result = build_training_project(first)
    moved = first.parent / "moved"
    shutil.move(str(first), str(moved))
    return result, moved


# --- answer key ------------------------------------------------------------------------------


def test_answer_key_is_what_the_algorithms_find(facts):
    from scripts.answer_key import OUTPUT, render

    assert OUTPUT.read_text(encoding="utf-8") == render(facts), (
        "docs/training/en/answer-key.md is out of date: run .venv/bin/python scripts/answer_key.py and tell the "
        "trainers"
    )


def test_every_documented_error_is_found_by_its_algorithm(facts):
    from scripts.answer_key import EYE_KINDS, match

    errors = [error for error in facts["errors"] if error["kind"] not in EYE_KINDS]
    assert len(errors) >= 20
    missing = [error["detail"] for error in errors if not match(error, facts)]
    assert missing == []


def test_every_exercise_kind_is_in_the_sample_and_answered(facts):
    from scripts.answer_key import SECTIONS, render

    kinds = {error["kind"] for error in facts["errors"]}
    for exercise in EXERCISES:
        assert exercise.key in SECTIONS
        assert set(exercise.kinds) <= kinds, exercise
    text = render(facts)
    for exercise in EXERCISES:
        assert f"## Exercise {exercise.number}: " in text
    assert "NOT FOUND" not in text


def test_gap_figures_add_up(facts):
    totals = facts["gaps"]["totals"]
    released = totals["TOTAL_CANCELLED_M2"] + totals["TOTAL_REDUCED_M2"] + totals["TOTAL_CLEARED_M2"]
    assert released == pytest.approx(totals["TOTAL_RELEASED_M2"], rel=1e-9)
    assert totals["TOTAL_RELEASED_M2"] + totals["TOTAL_REMAINING_M2"] == pytest.approx(
        totals["TOTAL_HAZARD_M2"], rel=1e-6
    )


def test_exercises_follow_the_list_of_exercises():
    text = (ROOT / "docs" / "training" / "en" / "exercises.md").read_text(encoding="utf-8")
    from mineaction_qgis.core.training import exercise_titles

    titles = exercise_titles()
    headings = re.findall(r"^## (Exercise \d+: .+)$", text, flags=re.MULTILINE)
    assert headings == [f"Exercise {e.number}: {titles[e.key]}" for e in EXERCISES]


# --- the training project ---------------------------------------------------------------------


def test_training_project_opens_with_every_layer_valid(built):
    result, folder = built
    project = QgsProject()
    assert project.read(str(folder / PROJECT_FILE)), project.error()
    layers = list(project.mapLayers().values())
    assert len(layers) >= 5
    invalid = [layer.name() for layer in layers if not layer.isValid()]
    assert invalid == []
    for layer in layers:
        assert str(folder) in layer.source(), f"{layer.name()} does not read from the project folder: {layer.source()}"
    register = {layer.name(): layer for layer in layers if "register.gpkg" in layer.source()}
    assert set(register) == {
        model.HAZARDS,
        model.ACTIVITIES,
        model.POINTS,
        model.TASKS,
        model.GOVERNORATES,
        model.SPOT_TASKS,
        model.ACCIDENTS,
        model.LOCATIONS,
    }
    assert (
        register[model.HAZARDS].featureCount()
        == QgsVectorLayer(f"{sample_register()}|layername=hazards", "h", "ogr").featureCount()
    )


def test_training_project_groups_styles_and_labels(built):
    _, folder = built
    project = QgsProject()
    project.read(str(folder / PROJECT_FILE))
    root = project.layerTreeRoot()
    groups = {group.name(): [child.name() for child in group.children()] for group in root.children()}
    assert groups == {
        "Register": ["points", "hazards"],
        "Land release": ["activities", "tasks", "spot_tasks"],
        "Reference": ["accidents", "locations", "governorates"],
    }
    hazards = project.mapLayersByName(model.HAZARDS)[0]
    styled = QgsVectorLayer(f"{sample_register()}|layername=hazards", "h", "ogr")
    styled.loadNamedStyle(str(ROOT / "resources" / "styles" / "hazards.qml"))
    assert hazards.renderer().type() == styled.renderer().type()
    assert hazards.labelsEnabled()
    assert isinstance(hazards.labeling(), QgsVectorLayerSimpleLabeling)
    assert hazards.labeling().settings().fieldName == "hazard_id"
    for layer in project.mapLayers().values():
        labeling = layer.labeling() if isinstance(layer, QgsVectorLayer) else None
        if isinstance(labeling, QgsVectorLayerSimpleLabeling):
            placement = labeling.settings().placement
            assert getattr(placement, "name", str(placement)) not in CURVED, layer.name()


def test_training_project_bookmarks_show_the_exercise_errors(built):
    from mineaction_qgis.core.training import ids_of_error

    _, folder = built
    project = QgsProject()
    project.read(str(folder / PROJECT_FILE))
    bookmarks = project.bookmarkManager().bookmarks()
    assert [b.name().split(":")[0] for b in bookmarks] == [f"Exercise {e.number}" for e in EXERCISES]
    hazards = project.mapLayersByName(model.HAZARDS)[0]
    layers = {name: project.mapLayersByName(name)[0] for name in (model.HAZARDS, model.ACTIVITIES, model.TASKS)}
    area = project.mapLayersByName(model.GOVERNORATES)[0].extent()
    errors = load_errors()
    for exercise, bookmark in zip(EXERCISES, bookmarks):
        extent, error = exercise_extent(exercise, errors, layers, area)
        shown = QgsRectangle(bookmark.extent())
        assert bookmark.extent().crs().authid() == model.STORAGE_CRS
        assert shown.toString(6) == extent.toString(6)
        if not exercise.kinds:
            assert error is None and shown.toString(6) == area.toString(6)
            continue
        assert error is not None and error["kind"] in exercise.kinds, exercise
        assert shown.width() < 1 and shown.height() < 1, "an exercise bookmark zooms to one place"
        named = [f for f in hazards.getFeatures() if f["hazard_id"] in ids_of_error(error) and f.hasGeometry()]
        for feature in named:
            assert shown.contains(feature.geometry().boundingBox()), (exercise.key, feature["hazard_id"])


def test_training_project_has_the_hazard_atlas(built):
    _, folder = built
    project = QgsProject()
    project.read(str(folder / PROJECT_FILE))
    layouts = project.layoutManager().printLayouts()
    assert [layout.name() for layout in layouts] == ["Atlas of the hazards"]
    atlas = layouts[0].atlas()
    assert atlas.enabled()
    coverage = atlas.coverageLayer()
    assert coverage is not None and coverage.isValid()
    hazards = project.mapLayersByName(model.HAZARDS)[0].featureCount()
    assert len({sheet["page_key"] for sheet in coverage.getFeatures()}) == hazards  # long tables add sheets
    assert coverage.featureCount() >= hazards
    assert atlas.beginRender()
    assert atlas.count() == coverage.featureCount()
    atlas.endRender()


def test_training_project_refuses_to_overwrite_when_asked(tmp_path, qgis_app):
    build_training_project(tmp_path, with_atlas=False)
    with pytest.raises(TrainingError):
        build_training_project(tmp_path, overwrite=False, with_atlas=False)


def test_training_project_without_sample_says_so(tmp_path, qgis_app):
    with pytest.raises(TrainingError, match="missing"):
        build_training_project(tmp_path, register=tmp_path / "nowhere.gpkg")


def test_menu_entry_builds_and_opens_the_project(qgis_iface, tmp_path):
    from mineaction_qgis.paths import icon_path
    from mineaction_qgis.plugin import MineActionPlugin
    from mineaction_qgis.ui.training import TrainingProjectOpener

    plugin = MineActionPlugin(qgis_iface)
    try:
        entries = {text: (icon, callback) for text, icon, callback, _ in plugin._entries()}
    finally:
        plugin.translator.remove()
    icon, callback = entries["Open training project…"]
    assert Path(icon_path(icon)).is_file()
    assert callback == plugin.show_training
    project = QgsProject()
    opener = TrainingProjectOpener(None, project)
    path = opener.run(str(tmp_path))
    assert path == tmp_path / PROJECT_FILE
    assert project.fileName() == str(path)
    assert len(project.mapLayersByName(model.HAZARDS)) == 1

    class Declining(TrainingProjectOpener):
        def confirm(self, question: str) -> bool:
            self.asked = question
            return False

    written = path.stat().st_mtime_ns
    declining = Declining(None, QgsProject())
    assert declining.run(str(tmp_path)) is None
    assert PROJECT_FILE in declining.asked
    assert path.stat().st_mtime_ns == written


# --- screenshots ------------------------------------------------------------------------------


def test_screenshots_of_every_dialog_in_every_language(qgis_app, qgis_processing, tmp_path):
    """``make screenshots`` as it runs: a headless script (Processing dialogs need QGIS's iface or none)."""
    import json
    import os
    import subprocess
    import sys

    from qgis.PyQt.QtGui import QImage

    from tests.conftest import registered_provider

    report_file = tmp_path / "report.json"
    images = tmp_path / "images"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(images), "--report", str(report_file)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["skipped"] == []
    names = report["dialogs"]
    for expected in ("settings-dialog", "import-dialog", "atlas-dialog", "issue-browser"):
        assert expected in names
    for algorithm in registered_provider().algorithms():
        assert f"alg-{algorithm.name()}" in names
    for name in names:
        for language in LANGUAGES:
            image = QImage(str(images / f"{name}-{language}.png"))
            assert not image.isNull() and image.width() > 200 and image.height() > 100, (name, language)
            rtl = f"{name}-{language}" in report["rtl"]
            assert rtl == (language != "en"), f"{name} in {language}: wrong layout direction"


# --- links in the guide -----------------------------------------------------------------------

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", flags=re.MULTILINE | re.DOTALL)


def _slug(heading: str) -> str:
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    anchors, seen = set(), {}
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, flags=re.MULTILINE):
        slug = _slug(heading)
        count = seen.get(slug, 0)
        anchors.add(slug if count == 0 else f"{slug}-{count}")
        seen[slug] = count + 1
    # Explicit HTML anchors: translated pages keep the English heading ids this way.
    anchors.update(re.findall(r"<a\s+(?:id|name)=\"([^\"]+)\"", text))
    return anchors


def _markdown_files():
    return sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md"]


def test_links_in_the_guide_resolve():
    broken = []
    for path in _markdown_files():
        text = FENCE.sub("", path.read_text(encoding="utf-8"))
        text = re.sub(r"`[^`\n]*`", "", text)
        for target in LINK.findall(text):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, flags=re.IGNORECASE):
                continue  # http:, https:, mailto:
            file_part, _, anchor = target.partition("#")
            linked = (path.parent / file_part).resolve() if file_part else path
            where = f"{path.relative_to(ROOT)} -> {target}"
            if not linked.exists():
                broken.append(f"{where}: no such file")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
                broken.append(f"{where}: no heading #{anchor}")
    assert broken == []
