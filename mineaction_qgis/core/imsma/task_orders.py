"""Reader of an operations task-order export (CSV, Excel or GeoJSON) into the ``tasks`` layer.

Operations departments keep their task orders outside IMSMA, in a sheet or a
GeoJSON: task ID, operator, team, hazard IDs, dates, status and the task polygon.
Column names come from the profile's ``task_orders`` section (``fields``: canonical
name -> accepted column names, compared without case, spaces or underscores); in a
CSV or Excel sheet the polygon is a WKT column, in a GeoJSON the feature geometry.

Every row is one input record: a ``tasks`` record, or a rejection with the reason
(``missing_id`` without a task ID, ``invalid_geometry`` when the polygon cannot be
read). A row without a polygon is loaded without geometry (``taskoverlaps`` reports
it as ``no_geometry``). Several hazard IDs are kept as one comma-separated text.
"""

from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.common.safe_output import input_copy
from mineaction_qgis.core.imsma.maxml import parse_date
from mineaction_qgis.core.imsma.profile import Profile, load_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, ReadOptions, Record, Rejection
from mineaction_qgis.core.imsma.tables import TABLE_SUFFIXES, TableError, normalise_header, read_rows

GEOJSON_SUFFIXES = (".geojson", ".json")
GEOMETRY = "geometry_wkt"


def _section(profile: Profile) -> Dict[str, Any]:
    return profile.section("task_orders")


def column_map(profile: Profile, header: Sequence[str]) -> Dict[str, int]:
    """Canonical field -> column index, from the profile's ``task_orders.fields``."""
    positions = {normalise_header(name): index for index, name in enumerate(header) if str(name).strip()}
    found: Dict[str, int] = {}
    for canonical, candidates in _section(profile).get("fields", {}).items():
        for candidate in [canonical, *candidates]:
            index = positions.get(normalise_header(candidate))
            if index is not None and index not in found.values():
                found[canonical] = index
                break
    return found


def _header(path: str) -> List[str]:
    suffix = Path(path).suffix.lower()
    if suffix in GEOJSON_SUFFIXES:
        from mineaction_qgis.core.imsma.gis_export import field_names

        return field_names(path)  # read-only through OGR: a QGIS layer may write a GeoJSON back
    rows = list(read_rows(path, limit=1))
    return rows[0] if rows else []


def sniff(path: str) -> bool:
    """True for a table or GeoJSON whose columns hold a task ID and at least one other task field."""
    base = Path(str(path).split("|")[0])
    if base.suffix.lower() not in TABLE_SUFFIXES + GEOJSON_SUFFIXES or not base.is_file():
        return False
    try:
        found = column_map(load_profile(), _header(str(base)))
    except TableError:
        return False
    return "task_id" in found and len(found) >= 3


class TaskOrderReader:
    """State of one task-order import; ``records()`` yields its records."""

    def __init__(self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> None:
        self.path = str(path)
        self.source = Path(self.path).name
        self.profile = profile
        self.options = options
        self.feedback = feedback
        self.unknown_codes: Dict[str, int] = {}

    def _rows(self) -> Iterator[Tuple[str, Dict[str, Any], Optional[QgsGeometry], Dict[str, Any]]]:
        """(ref, canonical texts, geometry or None, raw row) of every row."""
        if Path(self.path).suffix.lower() in GEOJSON_SUFFIXES:
            layer = QgsVectorLayer(self.path, "tasks", "ogr")
            if not layer.isValid():
                raise ValueError(
                    QCoreApplication.translate("TaskOrderReader", "'{file}' cannot be opened as GeoJSON.").format(
                        file=self.source
                    )
                )
            mapping = column_map(self.profile, layer.fields().names())
            transform = None
            target = QgsCoordinateReferenceSystem(model.STORAGE_CRS)
            if layer.crs().isValid() and layer.crs() != target:
                transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance().transformContext())
            for feature in layer.getFeatures():
                values = {name: feature.attribute(index) for name, index in mapping.items()}
                raw = {
                    name: str(value)
                    for name, value in zip(layer.fields().names(), feature.attributes())
                    if value is not None
                }
                geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
                if geometry is not None and transform is not None:
                    geometry.transform(transform)
                if geometry is not None:
                    raw["geometry_wkt"] = geometry.asWkt(8)
                yield f"feature {feature.id()}", values, geometry, raw
            return
        rows = read_rows(self.path, self.options.encoding)
        header = next(rows, [])
        mapping = column_map(self.profile, header)
        for number, cells in enumerate(rows, start=2):
            if not any(str(cell).strip() for cell in cells):
                continue
            values = {name: (cells[index] if index < len(cells) else "") for name, index in mapping.items()}
            raw = {str(name): cell for name, cell in zip(header, cells) if str(cell).strip()}
            yield f"row {number}", values, None, raw

    def records(self) -> Iterator[Record]:
        wkb = model.TASK_LAYER.wkb_type
        for ref, values, geometry, raw in self._rows():
            if self.feedback is not None and self.feedback.isCanceled():
                return
            texts = {
                name: (str(value).strip() if value is not None and str(value).strip() not in ("", "NULL") else None)
                for name, value in values.items()
            }
            task_id = texts.get("task_id")
            if not task_id:
                message = QCoreApplication.translate("TaskOrderReader", "{file} {ref}: no task ID.").format(
                    file=self.source, ref=ref
                )
                yield Rejection(self.source, ref, "", "missing_id", message, raw)
                continue
            if geometry is None and texts.get(GEOMETRY):
                geometry = QgsGeometry.fromWkt(texts[GEOMETRY])
                if geometry.isNull():
                    message = QCoreApplication.translate(
                        "TaskOrderReader", "{file} {ref}: the polygon of task {task_id} is not readable WKT."
                    ).format(file=self.source, ref=ref, task_id=task_id)
                    yield Rejection(self.source, ref, task_id, "invalid_geometry", message, raw)
                    continue
            if (
                geometry is not None
                and not geometry.isEmpty()
                and geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                message = QCoreApplication.translate(
                    "TaskOrderReader", "{file} {ref}: the geometry of task {task_id} is not a polygon."
                ).format(file=self.source, ref=ref, task_id=task_id)
                yield Rejection(self.source, ref, task_id, "invalid_geometry", message, raw)
                continue
            attributes: Dict[str, Any] = {
                name: texts.get(name) for name in model.TASK_LAYER.field_names() if name in texts
            }
            for name in ("start_date", "end_date"):
                if texts.get(name):
                    attributes[name] = parse_date(texts[name])
            if texts.get("hazard_id"):
                parts = [part.strip() for part in texts["hazard_id"].replace(";", ",").split(",") if part.strip()]
                attributes["hazard_id"] = ", ".join(parts)
            if texts.get("status"):
                code = self.profile.code("task_status", texts["status"])
                if code is None:
                    self.unknown_codes[texts["status"]] = self.unknown_codes.get(texts["status"], 0) + 1
                attributes["status"] = code or texts["status"]
            if geometry is not None and QgsWkbTypes.isMultiType(wkb) and not geometry.isMultipart():
                geometry.convertToMultiType()
            yield ObjectRecord(model.TASKS, attributes, geometry, self.source, ref)
        for value, count in sorted(self.unknown_codes.items()):
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "TaskOrderReader",
                    "Task status '{value}' ({count} time(s)) is not in the code list 'task_status'; it was kept as it "
                    "is.",
                ).format(value=value, count=count),
            )


def read(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback] = None) -> Iterator[Record]:
    """Stream the task orders of one file (a GeoJSON from a copy: an input must never be modified)."""
    if Path(str(path)).suffix.lower() in GEOJSON_SUFFIXES:
        return _read_copy(str(path), profile, options, feedback)
    return TaskOrderReader(path, profile, options, feedback).records()


def _read_copy(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> Iterator[Record]:
    with input_copy(path) as copy:
        yield from TaskOrderReader(copy, profile, options, feedback).records()
