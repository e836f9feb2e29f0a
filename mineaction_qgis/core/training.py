"""The training project: a ready QGIS project built from the bundled sample register.

Trainers open it in a workshop (menu "Open training project…") or build it headless
(``make training``). ``build_training_project`` writes into one folder:

* ``register.gpkg``: a copy of the sample register (layers hazards, activities, points,
  tasks, governorates), so trainees can edit it without touching the plugin's copy;
* ``exports/``: the sample IMSMA exports the import exercise loads;
* ``atlas.gpkg``: the prepared pages of the hazard atlas (see ``core/atlas_data``);
* ``training.qgz``: the project: layers grouped, styled and labelled, one spatial
  bookmark per exercise, and the hazard atlas layout.

The exercises are listed here once (``EXERCISES``); the trainers' guide
(docs/training/en/exercises.md) and the answer key (scripts/answer_key.py) follow this
list. A bookmark shows the place of the first documented deliberate error of the
exercise's kinds (``resources/sample/register_errors.json``) that lies inside the
governorates, or the whole register when the exercise has no single place.
The project is built on its own ``QgsProject``, never the one open in QGIS.
"""

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsBookmark,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.styles import apply_style, label_placement
from mineaction_qgis.i18n import ENGLISH, is_right_to_left
from mineaction_qgis.paths import resource

PROJECT_FILE = "training.qgz"
REGISTER_FILE = "register.gpkg"
ATLAS_FILE = "atlas.gpkg"
EXPORTS_DIR = "exports"
# Sample exports the import exercise loads (copied when present).
EXPORT_FILES = ("pointlist_dd.csv", "pointlist_dd.xlsx", "imsma_ng.xml")
# Metric map CRS for the workshop: WGS 84 / UTM 38N covers most of Iraq.
MAP_CRS = "EPSG:32638"
LABEL_MIN_SCALE = 150000  # hazard IDs are shown from 1:150,000 inwards
BOOKMARK_MARGIN = 0.35  # fraction of the exercise area added on each side
MIN_BOOKMARK_SIZE = 0.004  # degrees (about 400 m): never zoom closer than this
MAX_BOOKMARK_SIZE = 0.2  # degrees (about 20 km): an error spread wider has no single place
ID_PATTERN = re.compile(r"\b(?:HAZ|ACT|TO)-\d+\b")


class TrainingError(RuntimeError):
    """The training project cannot be built, with a message the user can act on."""


@dataclass(frozen=True)
class Exercise:
    """One exercise: its number, stable key and the deliberate-error kinds it is about."""

    number: int
    key: str
    kinds: Tuple[str, ...] = ()


EXERCISES: Tuple[Exercise, ...] = (
    Exercise(1, "explore"),
    Exercise(2, "import"),
    Exercise(
        3,
        "geometry",
        (
            "invalid_geometry",
            "too_few_vertices",
            "duplicate_vertex",
            "vertex_spacing",
            "multipart_self_overlap",
            "empty_geometry",
        ),
    ),
    Exercise(4, "overlaps", ("overlap", "duplicate_geometry")),
    Exercise(5, "attributes", ("duplicate_id", "missing_value", "unknown_code", "area_mismatch")),
    Exercise(6, "location", ("wrong_governorate", "outside_boundary", "wrong_district")),
    Exercise(7, "dates", ("date_order",)),
    Exercise(8, "eye", ("datum_shift", "evidence_polygon")),
    Exercise(9, "gaps", ("closed_with_remaining", "remaining_mismatch", "release_outside_hazard", "orphan_release")),
    Exercise(10, "tasks", ("task_overlap", "task_no_hazard")),
    Exercise(11, "atlas"),
)


def exercise_titles() -> Dict[str, str]:
    """Exercise titles in the current language (literal calls so that pylupdate5 extracts them)."""
    return {
        "explore": QCoreApplication.translate("TrainingProject", "Find your way in the register"),
        "import": QCoreApplication.translate("TrainingProject", "Load an IMSMA export"),
        "geometry": QCoreApplication.translate("TrainingProject", "Hazard boundaries that are wrong"),
        "overlaps": QCoreApplication.translate("TrainingProject", "Hazards on the same ground"),
        "attributes": QCoreApplication.translate("TrainingProject", "Records that are incomplete"),
        "location": QCoreApplication.translate("TrainingProject", "Hazards in the wrong place"),
        "dates": QCoreApplication.translate("TrainingProject", "Dates out of order"),
        "eye": QCoreApplication.translate("TrainingProject", "What no rule finds"),
        "gaps": QCoreApplication.translate("TrainingProject", "Land still to release"),
        "tasks": QCoreApplication.translate("TrainingProject", "Task orders on the same ground"),
        "atlas": QCoreApplication.translate("TrainingProject", "Print a map atlas"),
    }


def group_names() -> Dict[str, str]:
    """Layer groups of the project, in the current language."""
    return {
        "register": QCoreApplication.translate("TrainingProject", "Register"),
        "release": QCoreApplication.translate("TrainingProject", "Land release"),
        "reference": QCoreApplication.translate("TrainingProject", "Reference"),
    }


# (canonical layer, group key), top to bottom as drawn.
LAYOUT_OF_LAYERS: Tuple[Tuple[str, str], ...] = (
    (model.POINTS, "register"),
    (model.HAZARDS, "register"),
    (model.ACTIVITIES, "release"),
    (model.TASKS, "release"),
    (model.SPOT_TASKS, "release"),
    (model.ACCIDENTS, "reference"),
    (model.LOCATIONS, "reference"),
    (model.GOVERNORATES, "reference"),
)


@dataclass
class TrainingProject:
    """What ``build_training_project`` wrote."""

    project_path: Path
    register: Path
    layers: Dict[str, str] = field(default_factory=dict)
    bookmarks: List[str] = field(default_factory=list)
    layout_name: str = ""
    warnings: List[str] = field(default_factory=list)


def sample_register() -> Path:
    """The bundled sample register (canonical GeoPackage)."""
    return resource("sample", REGISTER_FILE)


def sample_errors_path() -> Path:
    """The machine-readable list of the sample's deliberate errors."""
    return resource("sample", "register_errors.json")


def load_errors(path: Optional[Path] = None) -> List[dict]:
    """The documented deliberate errors (kind, hazard_id, detail, value...); empty when the file is missing."""
    path = path or sample_errors_path()
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data if isinstance(data, list) else list(data.get("errors", []))


def ids_of_error(error: dict) -> List[str]:
    """Hazard, activity and task IDs an error names (in its hazard_id and detail)."""
    found: List[str] = []
    for key in ("hazard_id", "activity_id", "task_id", "detail"):
        for match in ID_PATTERN.findall(str(error.get(key) or "")):
            if match not in found:
                found.append(match)
    return found


def _id_extent(layers: Dict[str, QgsVectorLayer], ids: Sequence[str]) -> QgsRectangle:
    """Bounding box (EPSG:4326) of the hazards, activities and tasks with these IDs."""
    extent = QgsRectangle()
    extent.setMinimal()
    lookups = (
        (model.HAZARDS, "hazard_id", "HAZ-"),
        (model.ACTIVITIES, "activity_id", "ACT-"),
        (model.TASKS, "task_id", "TO-"),
    )
    for layer_name, id_field, prefix in lookups:
        layer = layers.get(layer_name)
        wanted = [value for value in ids if value.startswith(prefix)]
        if layer is None or not wanted or id_field not in layer.fields().names():
            continue
        quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in wanted)
        request = QgsFeatureRequest().setFilterExpression(f'"{id_field}" IN ({quoted})')
        request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        for feature in layer.getFeatures(request):
            if feature.hasGeometry() and not feature.geometry().isEmpty():
                extent.combineExtentWith(feature.geometry().boundingBox())
    return extent


def _padded(extent: QgsRectangle) -> QgsRectangle:
    width = max(extent.width(), MIN_BOOKMARK_SIZE)
    height = max(extent.height(), MIN_BOOKMARK_SIZE)
    center = extent.center()
    half_w = width * (0.5 + BOOKMARK_MARGIN)
    half_h = height * (0.5 + BOOKMARK_MARGIN)
    return QgsRectangle(center.x() - half_w, center.y() - half_h, center.x() + half_w, center.y() + half_h)


def exercise_extent(
    exercise: Exercise, errors: Iterable[dict], layers: Dict[str, QgsVectorLayer], area: QgsRectangle
) -> Tuple[QgsRectangle, Optional[dict]]:
    """Where the exercise's bookmark points (EPSG:4326) and the error it shows (None: the whole ``area``)."""
    errors = list(errors)
    for kind in exercise.kinds:
        for error in errors:
            if error.get("kind") != kind:
                continue
            extent = _id_extent(layers, ids_of_error(error))
            if extent.isNull() or not area.contains(extent):
                continue
            if max(extent.width(), extent.height()) > MAX_BOOKMARK_SIZE:
                continue
            return _padded(extent), error
    return area, None


def _copy_register(folder: Path, source: Path) -> Path:
    target = folder / REGISTER_FILE
    for suffix in ("", "-wal", "-shm"):
        stale = Path(str(target) + suffix)
        if stale.exists():
            stale.unlink()
    shutil.copyfile(source, target)
    return target


def _copy_exports(folder: Path, warnings: List[str]) -> None:
    exports = folder / EXPORTS_DIR
    exports.mkdir(exist_ok=True)
    for name in EXPORT_FILES:
        source = resource("sample", name)
        if source.is_file():
            shutil.copyfile(source, exports / name)
        else:
            message = QCoreApplication.translate(
                "TrainingProject", "Sample export {file} is missing: the import exercise cannot use it."
            )
            warnings.append(message.format(file=name))


def _never_curved(layer: QgsVectorLayer) -> None:
    """Arabic and Sorani must never be drawn along a curve: replace curved placements by horizontal ones."""
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    placement = label_placement()
    settings = labeling.settings()
    if settings.placement in (placement.Curved, placement.PerimeterCurved):
        settings.placement = placement.Horizontal
        labeling.setSettings(settings)


def _label_hazards(layer: QgsVectorLayer) -> None:
    """Hazard IDs, horizontal over the hazard, from 1:150,000 inwards, with a white halo."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "hazard_id"
    settings.isExpression = False
    settings.placement = label_placement().OverPoint
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_MIN_SCALE
    settings.maximumScale = 1
    text_format = QgsTextFormat()
    text_format.setFont(QFont("Noto Sans"))
    text_format.setSize(8)
    text_format.setColor(QColor(40, 40, 40))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _label_governorates(layer: QgsVectorLayer, language: str) -> None:
    """Governorate names in the project language where the layer has them."""
    labeling = layer.labeling()
    column = f"name_{language}"
    if language == ENGLISH or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    if column not in layer.fields().names():
        return
    settings = labeling.settings()
    settings.fieldName = f'coalesce("{column}", "name")'
    settings.isExpression = True
    if is_right_to_left(language):
        text_format = settings.format()
        text_format.setFont(QFont("Noto Sans Arabic"))
        settings.setFormat(text_format)
    labeling.setSettings(settings)


def _add_layers(project: QgsProject, register: Path, language: str) -> Dict[str, QgsVectorLayer]:
    """Add the register's layers to the project, grouped, styled and labelled."""
    root = project.layerTreeRoot()
    groups = {}
    names = group_names()
    layers: Dict[str, QgsVectorLayer] = {}
    for layer_name, group_key in LAYOUT_OF_LAYERS:
        layer = QgsVectorLayer(f"{register}|layername={layer_name}", layer_name, "ogr")
        if not layer.isValid():
            message = QCoreApplication.translate(
                "TrainingProject", "The sample register has no valid layer {layer}: rebuild the sample."
            )
            raise TrainingError(message.format(layer=layer_name))
        apply_style(layer, layer_name)
        if layer_name == model.HAZARDS:
            _label_hazards(layer)
        elif layer_name == model.GOVERNORATES:
            _label_governorates(layer, language)
        _never_curved(layer)
        project.addMapLayer(layer, False)
        if group_key not in groups:
            groups[group_key] = root.addGroup(names[group_key])
        groups[group_key].addLayer(layer)
        layers[layer_name] = layer
    return layers


def _add_bookmarks(project: QgsProject, layers: Dict[str, QgsVectorLayer], errors: List[dict]) -> List[str]:
    area = layers[model.GOVERNORATES].extent()
    if area.isEmpty():
        area = layers[model.HAZARDS].extent()
    titles = exercise_titles()
    crs = QgsCoordinateReferenceSystem(model.STORAGE_CRS)
    group = QCoreApplication.translate("TrainingProject", "Exercises")
    names: List[str] = []
    for exercise in EXERCISES:
        extent, _ = exercise_extent(exercise, errors, layers, area)
        bookmark = QgsBookmark()
        bookmark.setId(f"exercise-{exercise.number:02d}")
        bookmark.setName(
            QCoreApplication.translate("TrainingProject", "Exercise {number}: {title}").format(
                number=exercise.number, title=titles[exercise.key]
            )
        )
        bookmark.setGroup(group)
        bookmark.setExtent(QgsReferencedRectangle(extent, crs))
        project.bookmarkManager().addBookmark(bookmark)
        names.append(bookmark.name())
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(area, crs))
    return names


def _persist(layers: Sequence[Tuple[str, QgsVectorLayer]], path: Path, project: QgsProject) -> None:
    """Write the atlas's memory layers into ``path`` and point the layers at it (same layer IDs)."""
    if path.exists():
        path.unlink()
    for index, (table, layer) in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        if index:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), project.transformContext(), options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            message = QCoreApplication.translate(
                "TrainingProject", "Could not write the atlas pages to {file}: {error}"
            )
            raise TrainingError(message.format(file=str(path), error=result[1]))
        layer.setDataSource(f"{path}|layername={table}", layer.name(), "ogr")
        if not layer.isValid():
            raise TrainingError(
                QCoreApplication.translate(
                    "TrainingProject", "Could not read back the atlas pages from {file}."
                ).format(file=str(path))
            )


def _add_atlas(project: QgsProject, folder: Path, layers: Dict[str, QgsVectorLayer], language: str) -> str:
    """The hazard atlas layout (one page per hazard), its pages stored in atlas.gpkg; returns its name."""
    from mineaction_qgis.core.atlas.data import prepare_atlas_data
    from mineaction_qgis.core.atlas.layout import PageTranslator, build_layout

    with PageTranslator(language):
        data = prepare_atlas_data(
            layers[model.HAZARDS],
            language,
            points=layers[model.POINTS],
            releases=layers[model.ACTIVITIES],
            governorates=layers[model.GOVERNORATES],
            context=project.transformContext(),
        )
        book = build_layout(project, data, data_source=f"{REGISTER_FILE} ({model.HAZARDS})")
    # Every memory layer the builder added (pages, shapes, points, copies...), whatever it adds next.
    memory = [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory"
    ]
    stored = [
        (f"atlas_{index:02d}_{re.sub(r'[^A-Za-z0-9]+', '_', layer.name()).strip('_').lower() or 'layer'}", layer)
        for index, layer in enumerate(sorted(memory, key=lambda item: item.id()), start=1)
    ]
    _persist(stored, folder / ATLAS_FILE, project)
    name = QCoreApplication.translate("TrainingProject", "Atlas of the hazards")
    book.layout.setName(name)
    project.layoutManager().addLayout(book.layout)
    return name


def build_training_project(
    folder: Path,
    language: str = ENGLISH,
    overwrite: bool = True,
    register: Optional[Path] = None,
    errors_path: Optional[Path] = None,
    with_atlas: bool = True,
) -> TrainingProject:
    """Build the training project in ``folder`` (created when missing) and return what was written.

    ``language`` chooses the governorate labels and the atlas pages (en, ar, ckb); group
    and bookmark names follow the translator installed by the caller. Raises
    TrainingError when the sample is missing, the folder already holds a training
    project and ``overwrite`` is False, or a file cannot be written.
    """
    folder = Path(folder)
    source = Path(register) if register else sample_register()
    if not source.is_file():
        raise TrainingError(
            QCoreApplication.translate(
                "TrainingProject", "The sample register {file} is missing: reinstall the plugin."
            ).format(file=str(source))
        )
    project_path = folder / PROJECT_FILE
    if project_path.exists() and not overwrite:
        raise TrainingError(
            QCoreApplication.translate("TrainingProject", "{file} already exists: choose another folder.").format(
                file=str(project_path)
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _copy_register(folder, source)
    except OSError as error:
        raise TrainingError(
            QCoreApplication.translate("TrainingProject", "Could not write to {folder}: {error}").format(
                folder=str(folder), error=str(error)
            )
        ) from error
    result = TrainingProject(project_path=project_path, register=target)
    _copy_exports(folder, result.warnings)

    project = QgsProject()
    project.setTitle(QCoreApplication.translate("TrainingProject", "Mine action training project (fictional data)"))
    project.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
    project.setEllipsoid(model.ELLIPSOID)
    project.setFileName(str(project_path))
    layers = _add_layers(project, target, language)
    result.layers = {name: layer.id() for name, layer in layers.items()}
    result.bookmarks = _add_bookmarks(project, layers, load_errors(errors_path))
    if with_atlas:
        try:
            result.layout_name = _add_atlas(project, folder, layers, language)
        except (ValueError, ImportError) as error:
            result.warnings.append(
                QCoreApplication.translate("TrainingProject", "The atlas layout could not be set up: {error}").format(
                    error=str(error)
                )
            )
    if not project.write(str(project_path)):
        raise TrainingError(
            QCoreApplication.translate("TrainingProject", "Could not write the project {file}: {error}").format(
                file=str(project_path), error=project.error()
            )
        )
    return result
