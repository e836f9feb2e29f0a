"""The atlas's data: memory layers prepared once, so each page is plain attribute look-ups.

``prepare_atlas_data`` reads the coverage (hazards or tasks), the points, releases,
gaps and governorates into one ``PageRecord`` per feature (titles, attribute block,
turning-point table, grid facts, notes), then one builder per layer writes private
memory layers:

* ``pages``: the atlas coverage, one feature per printed sheet in book order. A hazard
  whose table does not fit its first sheet continues on sheets of its own (table only),
  so no point is ever left off; each sheet knows its hazard's ``sheet_no`` and
  ``sheet_count``. Its geometry is the rectangle around the feature and its table's
  points, so that the main map also shows the benchmark and the reference point;
* ``shapes``: the hazards (or tasks) as drawn, with the symbology fields;
* ``attributes``: the attribute block of each page as (label, value) rows;
* ``points``: the turning-point table of each sheet (see ``atlas_table``), also drawn
  on the map and labelled with the short IDs;
* ``evidence``: evidence and usage points of the pages (drawn, not in the table);
* ``locations``: a dot per hazard for the overview map;
* copies of releases, gaps and governorates;
* with the register's items and accidents (``items_accidents.py``): ``record_rows``, the
  records table of each hazard, printed on sheets of its own after its turning points
  (``sheet_kind`` ``records``), and ``item_points`` / ``accident_points`` drawn on its map;
* with ``community_pages`` (``communities.py``): a page record per community after the
  hazards (``sheet_kind`` ``community``), ``community_rows`` (its hazards table) and
  ``community_points``.

How many rows a sheet holds is the layout's business (``atlas.table_capacity``):
``paginate`` lays the rows out on sheets again when the layout holds another number.
``save_atlas_layers`` writes the layers to a GeoPackage, for a layout that must outlive
the session (memory layers are not saved with a project).

The layout's tables fetch the rows within the page's extent (spatial index) and keep
those of its sheet: no expression on the page does any geometry work, which keeps a
2,000-page atlas fast. A feature or point whose coordinates cannot be degrees (huge,
infinite, UTM metres stored as degrees) or cannot be transformed gets a page note and
the book goes on. Labels are translated here with the translator of the page language
installed by the caller.
"""

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from mineaction_qgis.core.atlas import communities, items_accidents
from mineaction_qgis.core.atlas.communities import CommunityPage
from mineaction_qgis.core.atlas.items_accidents import HazardRecords, RecordIndex, RecordSources
from mineaction_qgis.core.atlas.table import (
    HazardGrid,
    HazardTable,
    SurveyPoint,
    TableBuilder,
    is_lon_lat,
    table_order,
    text_key,
    vertices_of,
)
from mineaction_qgis.core.common import codelist_display, dates, governorates
from mineaction_qgis.core.common.coords import utm_crs, utm_zone_of
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import EVIDENCE_POINT_TYPES, SINGLE_POINT_TYPES, STORAGE_CRS, VERTEX_POINT_TYPES
from mineaction_qgis.core.common.numbers import format_area_m2
from mineaction_qgis.core.common.values import as_number, is_null

KIND_HAZARD = "hazard"
KIND_TASK = "task"
PAGE_HAZARD = "hazard"  # a hazard's (or task's) sheets
PAGE_COMMUNITY = "community"  # the sheets of a community listing its hazards (COMMUNITY_PAGES)
SHEET_POINTS = "points"  # sheet kinds: turning points (a hazard's first sheet included)...
SHEET_RECORDS = "records"  # ...its explosive items and accidents, after the turning points...
SHEET_COMMUNITY = "community"  # ...or a community's hazards
MISSING = "–"
# Rows per sheet when no layout has said otherwise: the bundled A4 landscape template's.
DEFAULT_CAPACITY = (8, 36)


class AtlasError(ValueError):
    """Bad input for the atlas, with a message the user can act on."""


@dataclass
class PageRecord:
    """Everything one hazard's (or task's) sheets print, computed once."""

    page_id: str
    file_name: str
    title: str
    title_en: str
    classification: str
    status: str
    note: str
    table_note: str
    geometry: Optional[QgsGeometry]
    drawable: bool
    table: HazardTable
    attributes: List[Tuple[str, str]]
    extent: QgsGeometry
    overview: QgsRectangle
    doi: str
    grid_text: str
    page_kind: str = PAGE_HAZARD
    area_m2: float = 0.0
    name: str = ""
    location_id: str = ""
    remaining_m2: Optional[float] = None
    items_accidents: Optional[HazardRecords] = None  # items and accidents of a hazard's page
    community: Optional[CommunityPage] = None  # the hazards of a community's page

    def extra_table(self) -> Tuple[str, int]:
        """(sheet kind, rows) of the table printed after the turning points, ("", 0) for none."""
        if self.community is not None:
            return SHEET_COMMUNITY, len(self.community.rows)
        if self.items_accidents is not None and self.items_accidents.rows:
            return SHEET_RECORDS, len(self.items_accidents.rows)
        return "", 0


@dataclass
class AtlasData:
    """The prepared layers and facts the layout is built from."""

    kind: str
    language: str
    pages: QgsVectorLayer
    shapes: QgsVectorLayer
    attributes: QgsVectorLayer
    points: QgsVectorLayer
    map_crs: QgsCoordinateReferenceSystem
    releases: Optional[QgsVectorLayer] = None
    gaps: Optional[QgsVectorLayer] = None
    governorates: Optional[QgsVectorLayer] = None
    locations: Optional[QgsVectorLayer] = None
    evidence: Optional[QgsVectorLayer] = None
    page_ids: List[str] = field(default_factory=list)
    bad_pages: List[str] = field(default_factory=list)
    records: List[PageRecord] = field(default_factory=list)
    capacity: Tuple[int, int] = DEFAULT_CAPACITY
    with_mgrs: bool = False
    record_rows: Optional[QgsVectorLayer] = None  # the records tables (items and accidents) of hazard pages
    item_points: Optional[QgsVectorLayer] = None  # spot tasks with their items, drawn on hazard pages
    accident_points: Optional[QgsVectorLayer] = None
    community_rows: Optional[QgsVectorLayer] = None  # the hazards tables of community pages
    community_points: Optional[QgsVectorLayer] = None

    def layers(self) -> List[QgsVectorLayer]:
        return [
            layer
            for layer in (
                self.governorates,
                self.pages,
                self.shapes,
                self.releases,
                self.gaps,
                self.points,
                self.evidence,
                self.locations,
                self.item_points,
                self.accident_points,
                self.community_points,
                self.record_rows,
                self.community_rows,
            )
            if layer
        ]

    @property
    def sheet_count(self) -> int:
        return self.pages.featureCount()

    def feature_records(self) -> List[PageRecord]:
        """The records of the coverage's features (hazards or tasks), without the community pages."""
        return [record for record in self.records if record.page_kind == PAGE_HAZARD]


# --- translated code-list values: one place, core/common/codelist_display.py ---------------------


def value_labels() -> Dict[str, str]:
    """Status and point-type values shown on the page, in the page language."""
    return {**codelist_display.status_labels(), **codelist_display.point_type_labels()}


def classification_labels() -> Dict[str, str]:
    """Long names of the land classifications in the page language."""
    return codelist_display.classification_labels()


# --- small formatting helpers ----------------------------------------------------------------


def _text(value) -> str:
    if is_null(value):
        return ""
    if isinstance(value, (QDate, QDateTime, date)):
        return dates.to_iso(value) or ""
    return str(value).strip()


def _area(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return MISSING
    return format_area_m2(number)


def natural_key(value) -> Tuple:
    """Sort key that puts 'Land-2' before 'Land-10' and NULLs last."""
    return text_key(_text(value))


def safe_file_name(text: str) -> str:
    """A file name from an ID: letters, digits, '-', '_' and '.' kept, the rest '_'."""
    cleaned = re.sub(r"[^\w.\-]+", "_", text, flags=re.UNICODE).strip("._")
    return cleaned or "page"


def memory_layer(geometry: str, name: str, fields: List[Tuple[str, QVariant.Type]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={STORAGE_CRS}", name, "memory")
    qfields = QgsFields()
    for field_name, field_type in fields:
        qfields.append(QgsField(field_name, field_type))
    layer.dataProvider().addAttributes(qfields)
    layer.updateFields()
    return layer


PAGE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("page_key", QVariant.Type.String),  # unique even when two records share an ID (the file name)
    ("page_no", QVariant.Type.Int),
    ("sheet_key", QVariant.Type.String),
    ("sheet_no", QVariant.Type.Int),
    ("sheet_count", QVariant.Type.Int),
    ("file_name", QVariant.Type.String),
    ("title", QVariant.Type.String),
    ("title_en", QVariant.Type.String),
    ("classification", QVariant.Type.String),
    ("status", QVariant.Type.String),
    ("note", QVariant.Type.String),
    ("has_geometry", QVariant.Type.Int),
    ("points_count", QVariant.Type.Int),
    ("first_row", QVariant.Type.Int),
    ("last_row", QVariant.Type.Int),
    ("doi", QVariant.Type.String),
    ("grid_text", QVariant.Type.String),
    ("table_note", QVariant.Type.String),
    ("map_crs", QVariant.Type.String),
    ("ov_xmin", QVariant.Type.Double),
    ("ov_ymin", QVariant.Type.Double),
    ("ov_xmax", QVariant.Type.Double),
    ("ov_ymax", QVariant.Type.Double),
    ("sheet_kind", QVariant.Type.String),
    ("table_rows", QVariant.Type.Int),  # rows of the sheet's items/accidents or community table
]
EVIDENCE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("point_id", QVariant.Type.String),
    ("short_id", QVariant.Type.String),
    ("point_type", QVariant.Type.String),
]
SHAPE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("classification", QVariant.Type.String),
    ("status", QVariant.Type.String),
]
ATTRIBUTE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("page_key", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("label", QVariant.Type.String),
    ("value", QVariant.Type.String),
]
POINT_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("sheet_key", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("point_id", QVariant.Type.String),
    ("short_id", QVariant.Type.String),
    ("point_type", QVariant.Type.String),
    ("type_label", QVariant.Type.String),
    ("lat_dms", QVariant.Type.String),
    ("lon_dms", QVariant.Type.String),
    ("lat_dd", QVariant.Type.String),
    ("lon_dd", QVariant.Type.String),
    ("easting", QVariant.Type.String),
    ("northing", QVariant.Type.String),
    ("mgrs", QVariant.Type.String),
    ("bearing", QVariant.Type.String),
    ("magnetic", QVariant.Type.String),
    ("distance", QVariant.Type.String),
]


def coverage_kind(fields: QgsFields) -> Tuple[str, str]:
    """(kind, ID field) of a coverage: hazards have ``hazard_id``, tasks ``task_id``."""
    names = fields.names()
    if "task_id" in names and "classification" not in names:
        return KIND_TASK, "task_id"
    if "hazard_id" in names:
        return KIND_HAZARD, "hazard_id"
    if "task_id" in names:
        return KIND_TASK, "task_id"
    raise AtlasError(
        QCoreApplication.translate(
            "AtlasData", "The coverage layer has neither a hazard_id nor a task_id field. Its fields are: {fields}."
        ).format(fields=", ".join(names))
    )


class _Reader:
    """Reads sources into WGS 84 features, without validity checks (bad geometry gets a page)."""

    def __init__(self, context: QgsCoordinateTransformContext) -> None:
        self.context = context
        self.wgs84 = QgsCoordinateReferenceSystem(STORAGE_CRS)
        self.failed: Dict[int, str] = {}  # feature id -> why its geometry could not be transformed

    def transform(self, source: QgsFeatureSource) -> Optional[QgsCoordinateTransform]:
        if source.sourceCrs().isValid() and source.sourceCrs() != self.wgs84:
            return QgsCoordinateTransform(source.sourceCrs(), self.wgs84, self.context)
        return None

    def features(self, source: QgsFeatureSource, request: Optional[QgsFeatureRequest] = None):
        request = request or QgsFeatureRequest()
        request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        transform = self.transform(source)
        if isinstance(source, QgsProcessingFeatureSource):
            iterator = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        else:
            iterator = source.getFeatures(request)
        for feature in iterator:
            if transform is not None and feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                try:
                    geometry.transform(transform)
                except QgsCsException as error:
                    self.failed[feature.id()] = QCoreApplication.translate(
                        "AtlasData",
                        "The coordinates could not be transformed to WGS 84 ({error}). Nothing is drawn: "
                        "check the record and its CRS.",
                    ).format(error=str(error))
                    geometry = QgsGeometry()
                feature.setGeometry(geometry)
            yield feature

    def copy(self, source: Optional[QgsFeatureSource], name: str) -> Optional[QgsVectorLayer]:
        """A WGS 84 memory copy of ``source`` (for drawing), or None."""
        if source is None:
            return None
        geometry = QgsWkbTypes.displayString(source.wkbType()) or "MultiPolygon"
        layer = QgsVectorLayer(f"{geometry}?crs={STORAGE_CRS}", name, "memory")
        layer.dataProvider().addAttributes(source.fields().toList())
        layer.updateFields()
        layer.dataProvider().addFeatures(list(self.features(source)))
        layer.updateExtents()
        layer.dataProvider().createSpatialIndex()  # every page draws only what is in its extent
        return layer


def _filtered_request(source: QgsFeatureSource, expression: str) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    if expression and expression.strip():
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            message = QCoreApplication.translate("AtlasData", "The filter expression is not valid: {error}")
            raise AtlasError(message.format(error=parsed.parserErrorString()))
        request.setFilterExpression(expression)
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.globalScope())
        request.setExpressionContext(context)
    return request


def _sorted(features: List[QgsFeature], fields: QgsFields, sort_expression: str, id_field: str) -> List[QgsFeature]:
    if not sort_expression or sort_expression.strip() in (id_field, f'"{id_field}"'):
        return sorted(features, key=lambda f: natural_key(f[id_field]))
    expression = QgsExpression(sort_expression)
    if expression.hasParserError():
        message = QCoreApplication.translate("AtlasData", "The sort expression is not valid: {error}")
        raise AtlasError(message.format(error=expression.parserErrorString()))
    context = QgsExpressionContext()
    context.setFields(fields)
    expression.prepare(context)

    def key(feature: QgsFeature):
        context.setFeature(feature)
        value = expression.evaluate(context)
        if isinstance(value, (int, float)) and value != NULL:
            return (0, float(value), ())
        return (1, 0.0, natural_key(value))

    return sorted(features, key=key)


class _Governorates:
    """Finds a page's governorate by its recorded name, else by location."""

    def __init__(self, layer: Optional[QgsVectorLayer], language: str) -> None:
        self.layer = layer
        self.language = language
        self.by_name: Dict[str, QgsFeature] = {}
        self.index = QgsSpatialIndex()
        self.features: Dict[int, QgsFeature] = {}
        if layer is None:
            return
        names = layer.fields().names()
        for feature in layer.getFeatures():
            self.features[feature.id()] = feature
            if feature.hasGeometry():
                self.index.addFeature(feature)
            for name_field in ("name", "name_ar", "name_ckb"):
                if name_field in names and _text(feature[name_field]):
                    self.by_name[governorates.names().match_key(_text(feature[name_field]))] = feature

    def find(self, recorded: str, geometry: Optional[QgsGeometry]) -> Optional[QgsFeature]:
        wanted = governorates.names().match_key(recorded)
        if wanted and wanted in self.by_name:
            return self.by_name[wanted]
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        centre = geometry.boundingBox().center()
        for fid in self.index.intersects(QgsRectangle(centre, centre)):
            candidate = self.features[fid]
            if candidate.geometry().contains(QgsGeometry.fromPointXY(centre)):
                return candidate
        return None

    def display_name(self, feature: Optional[QgsFeature], recorded: str) -> str:
        if feature is None:
            return recorded or MISSING
        names = feature.fields().names()
        own = f"name_{self.language}"
        if own in names and _text(feature[own]):
            return _text(feature[own])
        return _text(feature["name"]) if "name" in names else (recorded or MISSING)


def _geometry_note(kind: str, feature: QgsFeature) -> Tuple[str, bool]:
    """(note for the page, whether the map can be drawn)."""
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        if kind == KIND_TASK:
            return QCoreApplication.translate(
                "AtlasData", "This task has no geometry: there is nothing to map. Check its record."
            ), False
        return QCoreApplication.translate(
            "AtlasData",
            "This hazard has no geometry: there is nothing to map. Check its record and its turning points.",
        ), False
    errors = feature.geometry().validateGeometry(Qgis.GeometryValidationEngine.Geos)
    if errors:
        reason = errors[0].what()
        message = QCoreApplication.translate(
            "AtlasData", "The geometry is invalid ({reason}). It is drawn as recorded: check the turning points."
        )
        return message.format(reason=reason), True
    return "", True


def _attribute_rows(kind: str, feature: QgsFeature, governorate: str, calculated_m2: float) -> List[Tuple[str, str]]:
    names = feature.fields().names()
    values = value_labels()

    def get(name: str) -> str:
        return _text(feature[name]) if name in names else ""

    def coded(name: str) -> str:
        raw = get(name)
        return values.get(raw, raw) or MISSING

    calculated = _area(calculated_m2) if calculated_m2 else MISSING
    if kind == KIND_TASK:
        return [
            (QCoreApplication.translate("AtlasData", "Task type"), get("task_type") or MISSING),
            (QCoreApplication.translate("AtlasData", "Status"), coded("status")),
            (QCoreApplication.translate("AtlasData", "Hazard"), get("hazard_id") or MISSING),
            (QCoreApplication.translate("AtlasData", "Governorate"), governorate),
            (QCoreApplication.translate("AtlasData", "Calculated area"), calculated),
            (QCoreApplication.translate("AtlasData", "Operator"), get("organisation") or MISSING),
            (QCoreApplication.translate("AtlasData", "Start date"), get("start_date") or MISSING),
            (QCoreApplication.translate("AtlasData", "End date"), get("end_date") or MISSING),
        ]
    classification = get("classification")
    return [
        (
            QCoreApplication.translate("AtlasData", "Classification"),
            classification_labels().get(classification, classification) or MISSING,
        ),
        (QCoreApplication.translate("AtlasData", "Status"), coded("status")),
        (
            QCoreApplication.translate("AtlasData", "Contamination"),
            codelist_display.contamination(get("hazard_type")) or MISSING,
        ),
        (QCoreApplication.translate("AtlasData", "Governorate"), governorate),
        (QCoreApplication.translate("AtlasData", "District"), get("district") or MISSING),
        (QCoreApplication.translate("AtlasData", "Estimated area"), _area(get("estimated_area_m2"))),
        (QCoreApplication.translate("AtlasData", "Calculated area"), calculated),
        (QCoreApplication.translate("AtlasData", "Remaining area"), _area(get("remaining_area_m2"))),
        (QCoreApplication.translate("AtlasData", "Operator"), get("organisation") or MISSING),
        (QCoreApplication.translate("AtlasData", "Date of information"), get("doi") or MISSING),
    ]


def _titles(kind: str, page_id: str, name: str, language: str, title: str) -> Tuple[str, str]:
    """(title in the page language, English line beneath)."""
    if kind == KIND_TASK:
        local = QCoreApplication.translate("AtlasData", "Task {id}").format(id=page_id)
        english = f"Task {page_id}"
    else:
        local = QCoreApplication.translate("AtlasData", "Hazard {id}").format(id=page_id)
        english = f"Hazard {page_id}"
    if name:
        local, english = f"{local} – {name}", f"{english} – {name}"
    if title:
        local, english = f"{title}: {local}", f"{title}: {english}"
    return local, ("" if language == "en" else english)


def _point_of(feature: QgsFeature) -> Tuple[float, float]:
    """(lon, lat) of a point feature; NaN when it has none (an untransformable point is reported, not lost)."""
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan
    point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
    return point.x(), point.y()


def _points_by_object(reader: _Reader, source: Optional[QgsFeatureSource], wanted: set) -> Dict[str, List[SurveyPoint]]:
    result: Dict[str, List[SurveyPoint]] = {}
    if source is None:
        return result
    names = source.fields().names()
    key_field = "object_id" if "object_id" in names else ("hazard_id" if "hazard_id" in names else "")
    if not key_field:
        return result
    kept = set(SINGLE_POINT_TYPES + VERTEX_POINT_TYPES + EVIDENCE_POINT_TYPES)
    for feature in reader.features(source):
        object_id = _text(feature[key_field])
        if object_id not in wanted:
            continue
        point_type = _text(feature["point_type"]) if "point_type" in names else "Turning point"
        if point_type not in kept:
            continue
        lon, lat = _point_of(feature)
        number = feature["point_no"] if "point_no" in names else 0
        try:
            number = int(number) if not is_null(number) and number != "" else 0
        except (TypeError, ValueError, OverflowError):
            number = 0
        result.setdefault(object_id, []).append(
            SurveyPoint(
                point_id=_text(feature["point_id"]) if "point_id" in names else "",
                point_type=point_type,
                lon=lon,
                lat=lat,
                poly_id=_text(feature["poly_id"]) if "poly_id" in names else "",
                point_no=number,
            )
        )
    return result


def page_feature_value(feature: QgsFeature, name: str) -> str:
    """A coverage attribute as text, empty when the layer has no such field."""
    return _text(feature[name]) if name in feature.fields().names() else ""


def _overview_extent(
    governorate: Optional[QgsFeature],
    geometry: Optional[QgsGeometry],
    fallback: QgsRectangle,
    to_map: QgsCoordinateTransform,
) -> QgsRectangle:
    try:
        return _transformed_overview(governorate, geometry, fallback, to_map)
    except QgsCsException:
        return QgsRectangle(0, 0, 1, 1)


def _transformed_overview(governorate, geometry, fallback, to_map) -> QgsRectangle:
    if governorate is not None and governorate.hasGeometry():
        extent = to_map.transformBoundingBox(governorate.geometry().boundingBox())
    elif geometry is not None and not geometry.isNull() and not geometry.isEmpty():
        extent = to_map.transformBoundingBox(geometry.boundingBox())
        size = max(extent.width(), extent.height(), 2000.0) * 10
        extent = QgsRectangle(
            extent.center().x() - size / 2,
            extent.center().y() - size / 2,
            extent.center().x() + size / 2,
            extent.center().y() + size / 2,
        )
    else:
        extent = to_map.transformBoundingBox(fallback) if not fallback.isNull() else QgsRectangle(0, 0, 1, 1)
    extent.scale(1.08)
    return extent


def _geometry_problem(geometry: Optional[QgsGeometry]) -> str:
    """Why a geometry cannot be drawn in degrees ('' when it can): huge, infinite or projected coordinates."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return ""
    box = geometry.boundingBox()
    corners = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    if (
        all(math.isfinite(value) for value in corners)
        and is_lon_lat(box.xMinimum(), box.yMinimum())
        and is_lon_lat(box.xMaximum(), box.yMaximum())
    ):
        return ""
    return QCoreApplication.translate(
        "AtlasData",
        "The coordinates are not longitudes and latitudes ({xmin:.6g}, {ymin:.6g} to {xmax:.6g}, "
        "{ymax:.6g}): projected metres stored as degrees, or a wrong value. Nothing is drawn: check the record.",
    ).format(xmin=corners[0], ymin=corners[1], xmax=corners[2], ymax=corners[3])


def _page_extent(geometry: Optional[QgsGeometry], table: HazardTable, fallback: QgsRectangle) -> QgsGeometry:
    """What the main map must show: the feature and the points of its table (benchmark, reference point).

    Every page gets one, even a page whose feature has no or an invalid geometry (its
    points, else ``fallback``): the tables fetch a sheet's rows through the spatial index
    within this extent (``filterToAtlasFeature``), then by ``sheet_key``.
    """
    extent = QgsRectangle()
    extent.setMinimal()
    if geometry is not None:
        extent.combineExtentWith(geometry.boundingBox())
    for row in table.rows:
        extent.combineExtentWith(row.lon, row.lat)
    if extent.isNull():
        extent = QgsRectangle(fallback) if not fallback.isNull() else QgsRectangle(-1, -1, 1, 1)
    if extent.width() <= 0 or extent.height() <= 0:
        extent.grow(0.0005)  # a lone point: about 50 m around it, never a degenerate polygon
    return QgsGeometry.fromRect(extent)


def grid_text(grid: HazardGrid) -> str:
    """The line under the table heading: datum, the hazard's UTM zone, declination with its date, convergence."""
    parts = [QCoreApplication.translate("AtlasData", "Datum WGS 84")]
    if grid.zone:
        parts.append(QCoreApplication.translate("AtlasData", "UTM zone {zone}").format(zone=grid.zone))
    if grid.declination is not None:
        degrees = grid.declination.degrees
        side = (
            QCoreApplication.translate("AtlasData", "{degrees}° east")
            if degrees >= 0
            else QCoreApplication.translate("AtlasData", "{degrees}° west")
        ).format(degrees=f"{abs(degrees):.1f}")
        parts.append(
            QCoreApplication.translate("AtlasData", "magnetic declination {value} on {date} ({model})").format(
                value=side, date=grid.declination.on.isoformat(), model=grid.declination.model
            )
        )
    else:
        parts.append(QCoreApplication.translate("AtlasData", "magnetic declination unknown (no World Magnetic Model)"))
    if grid.convergence is not None:
        parts.append(
            QCoreApplication.translate("AtlasData", "grid convergence {value}°").format(
                value=f"{grid.convergence:+.2f}"
            )
        )
    parts.append(QCoreApplication.translate("AtlasData", "bearings from the previous point, true and magnetic"))
    return " · ".join(parts)


@dataclass
class _Inputs:
    """What every page record is built from."""

    kind: str
    id_field: str
    language: str
    title: str
    failed: Dict[int, str]
    governorates: "_Governorates"
    surveyed: Dict[str, List[SurveyPoint]]
    table: TableBuilder
    measurer: Measurer
    coverage_extent: QgsRectangle
    to_overview: QgsCoordinateTransform
    record_index: Optional[RecordIndex] = None  # items and accidents of hazard pages, when given


def _page_record(inputs: _Inputs, feature: QgsFeature, page_id: str, file_name: str) -> PageRecord:
    """One hazard's page: a geometry that cannot be drawn becomes its note, unprintable points its table note."""
    names = feature.fields().names()
    note, drawable = _geometry_note(inputs.kind, feature)
    geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
    if feature.id() in inputs.failed:
        note, drawable, geometry = inputs.failed[feature.id()], False, None
    problem = _geometry_problem(geometry)
    if problem:
        note, drawable, geometry = problem, False, None
    recorded_governorate = _text(feature["governorate"]) if "governorate" in names else ""
    governorate = inputs.governorates.find(recorded_governorate, geometry)
    local_title, english_title = _titles(
        inputs.kind, page_id, page_feature_value(feature, "name"), inputs.language, inputs.title
    )
    own_points = inputs.surveyed.get(_text(feature[inputs.id_field]), [])
    ordered = table_order(own_points)
    if not any(p.point_type in VERTEX_POINT_TYPES for p in ordered) and geometry is not None:
        ordered = table_order([p for p in own_points if p.point_type in SINGLE_POINT_TYPES] + vertices_of(geometry))
    centre = geometry.boundingBox().center() if geometry is not None and drawable else None
    table = inputs.table.table(page_id, ordered, centre)
    table_note = ""
    if table.unprintable:  # said above the table, where the reader looks for the points (the map stays clear)
        table_note = QCoreApplication.translate(
            "AtlasData", "Points not printed, their coordinates are not longitudes and latitudes: {points}."
        ).format(points=", ".join(table.unprintable))
    try:
        area = inputs.measurer.area_m2(geometry) if geometry is not None and drawable else 0.0
    except (QgsCsException, OverflowError, ValueError):
        area = 0.0
    governorate_name = inputs.governorates.display_name(governorate, recorded_governorate)
    attributes = _attribute_rows(inputs.kind, feature, governorate_name, area)
    found = None
    if inputs.record_index is not None and inputs.kind == KIND_HAZARD:
        found = inputs.record_index.for_hazard(page_id, geometry if drawable else None)
        attributes += items_accidents.attribute_rows(found)
    return PageRecord(
        page_id=page_id,
        file_name=file_name,
        title=local_title,
        title_en=english_title,
        classification=page_feature_value(feature, "classification"),
        status=page_feature_value(feature, "status"),
        note=note,
        table_note=table_note,
        geometry=geometry,
        drawable=geometry is not None and drawable,
        table=table,
        attributes=attributes,
        extent=_page_extent(geometry if geometry is not None and drawable else None, table, inputs.coverage_extent),
        overview=_overview_extent(
            governorate, geometry if drawable else None, inputs.coverage_extent, inputs.to_overview
        ),
        doi=page_feature_value(feature, "doi"),
        grid_text=grid_text(table.grid),
        area_m2=area,
        name=page_feature_value(feature, "name"),
        location_id=page_feature_value(feature, "location_id"),
        remaining_m2=as_number(feature["remaining_area_m2"]) if "remaining_area_m2" in names else None,
        items_accidents=found,
    )


def _community_record(
    inputs: _Inputs, page: CommunityPage, hazards: Sequence[PageRecord], file_name: str
) -> PageRecord:
    """A community's page: its hazards' extent, its gazetteer levels, its hazards table (``page.rows``)."""
    local, english = page.title()
    if inputs.title:
        local, english = f"{inputs.title}: {local}", f"{inputs.title}: {english}"
    extent = page.extent()
    centre = extent.center() if not extent.isNull() else None
    table = HazardTable(grid=inputs.table.grid(centre))
    governorate = inputs.governorates.find(page.levels.get("governorate", ""), None)
    if governorate is not None:  # its name in the page language, as on the hazard pages
        page.levels["governorate"] = inputs.governorates.display_name(governorate, page.levels["governorate"])
    region = QgsGeometry.fromRect(extent) if not extent.isNull() else None
    return PageRecord(
        page_id=page.location_id,
        file_name=file_name,
        title=local,
        title_en="" if inputs.language == "en" else english,
        classification="",
        status="",
        note="",
        table_note="",
        geometry=None,
        drawable=region is not None,
        table=table,
        attributes=page.attributes(),
        extent=_page_extent(region, table, inputs.coverage_extent),
        overview=_overview_extent(governorate, region, inputs.coverage_extent, inputs.to_overview),
        doi=max((record.doi for record in hazards if record.doi), default=""),
        grid_text=grid_text(table.grid),
        page_kind=PAGE_COMMUNITY,
        community=page,
    )


def _community_records(
    inputs: _Inputs, records: Sequence[PageRecord], locations: Dict, used: List[str]
) -> List[PageRecord]:
    """One page record per community the hazard records name (their ``location_id``)."""
    by_id = {record.page_id: record for record in records}
    pages = communities.community_pages(
        (
            (
                record.location_id,
                communities.CommunityHazard(
                    hazard_id=record.page_id,
                    name=record.name,
                    classification=record.classification,
                    status=record.status,
                    area_m2=record.area_m2,
                    remaining_m2=record.remaining_m2,
                    geometry=record.geometry if record.drawable else None,
                ),
            )
            for record in records
        ),
        locations,
    )
    names = _file_names(used + [f"community_{page.location_id}" for page in pages])[len(used) :]
    return [
        _community_record(inputs, page, [by_id[row.hazard_id] for row in page.rows if row.hazard_id in by_id], name)
        for page, name in zip(pages, names)
    ]


def _file_names(page_ids: List[str]) -> List[str]:
    used: Dict[str, int] = {}
    names = []
    for page_id in page_ids:
        base = safe_file_name(page_id)
        used[base] = used.get(base, 0) + 1
        names.append(base if used[base] == 1 else f"{base}_{used[base]}")
    return names


def sheet_ranges(rows: int, capacity: Tuple[int, int]) -> List[Tuple[int, int]]:
    """(first, last) row numbers (1-based, inclusive) of each sheet of a table of ``rows`` rows.

    The first sheet holds ``capacity[0]`` rows beside the map, every following sheet
    ``capacity[1]``; a table of no rows still has its one sheet.
    """
    first, rest = max(1, capacity[0]), max(1, capacity[1])
    ranges = [(1, min(rows, first))]
    start = first + 1
    while start <= rows:
        ranges.append((start, min(rows, start + rest - 1)))
        start += rest
    return ranges


# --- one builder per layer -------------------------------------------------------------------


def _set_values(feature: QgsFeature, values: Dict[str, object]) -> None:
    """Attributes by name: a layer read back from a GeoPackage has an ``fid`` field first."""
    feature.setAttributes([values.get(name) for name in feature.fields().names()])


def record_sheets(record: PageRecord, capacity: Tuple[int, int]) -> List[Tuple[str, int, int, int]]:
    """(sheet kind, first row, last row, rows of its table) of each sheet of one page record, in order.

    A hazard's turning points come first, complete (on as many sheets as they need); its
    items and accidents follow on sheets of their own. A community's hazards table starts
    on its first sheet, where a hazard's turning points would be.
    """
    kind, rows = record.extra_table()
    if kind == SHEET_COMMUNITY:
        return [(kind, first, last, rows) for first, last in sheet_ranges(rows, capacity)]
    points = len(record.table.rows)
    sheets = [(SHEET_POINTS, first, last, points) for first, last in sheet_ranges(points, capacity)]
    if rows:
        per_sheet = (capacity[1], capacity[1])  # the records table stands where a continued table does
        sheets += [(kind, first, last, rows) for first, last in sheet_ranges(rows, per_sheet)]
    return sheets


def _page_features(
    records: Sequence[PageRecord], fields: QgsFields, capacity: Tuple[int, int], crs_of
) -> List[QgsFeature]:
    features = []
    for record in records:
        sheets = record_sheets(record, capacity)
        for sheet_no, (kind, first, last, table_rows) in enumerate(sheets, start=1):
            page = QgsFeature(fields)
            page.setGeometry(record.extent)
            ov = record.overview
            _set_values(
                page,
                dict(
                    zip(
                        [name for name, _ in PAGE_FIELDS],
                        [
                            record.page_id,
                            record.file_name,
                            len(features) + 1,
                            f"{record.file_name}#{sheet_no}",
                            sheet_no,
                            len(sheets),
                            record.file_name,
                            record.title,
                            record.title_en,
                            record.classification,
                            record.status,
                            record.note,
                            1 if record.drawable else 0,
                            len(record.table.rows),
                            first,
                            last,
                            record.doi or MISSING,
                            record.grid_text,
                            record.table_note,
                            crs_of(record),
                            ov.xMinimum(),
                            ov.yMinimum(),
                            ov.xMaximum(),
                            ov.yMaximum(),
                            kind,
                            table_rows if kind != SHEET_POINTS else 0,
                        ],
                    )
                ),
            )
            features.append(page)
    return features


def _point_features(records: Sequence[PageRecord], fields: QgsFields, capacity: Tuple[int, int]) -> List[QgsFeature]:
    types = value_labels()
    features = []
    for record in records:
        ranges = sheet_ranges(len(record.table.rows), capacity)
        for sheet_no, (first, last) in enumerate(ranges, start=1):
            for row in record.table.rows[first - 1 : last]:
                point = QgsFeature(fields)
                point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.lon, row.lat)))
                _set_values(
                    point,
                    dict(
                        zip(
                            [name for name, _ in POINT_FIELDS],
                            [
                                record.page_id,
                                f"{record.file_name}#{sheet_no}",
                                row.seq,
                                row.point_id,
                                row.short_id,
                                row.point_type,
                                types.get(row.point_type, row.point_type),
                                row.lat_dms,
                                row.lon_dms,
                                row.lat_dd,
                                row.lon_dd,
                                row.easting,
                                row.northing,
                                row.mgrs,
                                row.bearing,
                                row.magnetic,
                                row.distance,
                            ],
                        )
                    ),
                )
                features.append(point)
    return features


def _attribute_features(records: Sequence[PageRecord], fields: QgsFields) -> List[QgsFeature]:
    features = []
    for record in records:
        centre = QgsGeometry.fromPointXY(record.extent.boundingBox().center())  # within the page: see _page_extent
        for seq, (label, value) in enumerate(record.attributes, start=1):
            row = QgsFeature(fields)
            row.setGeometry(centre)
            _set_values(
                row,
                {"page_id": record.page_id, "page_key": record.file_name, "seq": seq, "label": label, "value": value},
            )
            features.append(row)
    return features


def _shape_features(records: Sequence[PageRecord], fields: QgsFields) -> List[QgsFeature]:
    features = []
    for record in records:
        if record.drawable and record.page_kind == PAGE_HAZARD:
            shape = QgsFeature(fields)
            shape.setGeometry(record.geometry)
            shape.setAttributes([record.page_id, record.classification, record.status])
            features.append(shape)
    return features


def _location_features(shapes: Sequence[QgsFeature], fields: QgsFields) -> List[QgsFeature]:
    features = []
    for shape in shapes:
        location = QgsFeature(fields)
        location.setGeometry(shape.geometry().pointOnSurface())
        location.setAttributes([shape["page_id"]])
        features.append(location)
    return features


def _evidence_features(surveyed: Dict[str, List[SurveyPoint]], fields: QgsFields) -> List[QgsFeature]:
    features = []
    for object_id, object_points in surveyed.items():
        for item in object_points:
            if item.point_type in EVIDENCE_POINT_TYPES and is_lon_lat(item.lon, item.lat):
                point = QgsFeature(fields)
                point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(item.lon, item.lat)))
                label = item.point_id[len(object_id) :].lstrip("-_ ") if item.point_id.startswith(object_id) else ""
                point.setAttributes([object_id, item.point_id, label or item.point_id, item.point_type])
                features.append(point)
    return features


def _filled(layer: QgsVectorLayer, features: List[QgsFeature]) -> QgsVectorLayer:
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.dataProvider().createSpatialIndex()  # every page draws and lists only what is in its extent
    return layer


def _crs_chooser(map_crs: QgsCoordinateReferenceSystem):
    def crs_of(record: PageRecord) -> str:
        return record.table.grid.authid or map_crs.authid()

    return crs_of


def paginate(data: AtlasData, capacity: Tuple[int, int]) -> AtlasData:
    """Lay the tables out again on sheets of ``capacity`` (first sheet, following sheets) rows.

    Works on memory and GeoPackage layers alike (the dialog keeps its layers in a file).
    Returns ``data`` with the new capacity; nothing changes when it is the same.
    """
    if tuple(capacity) == tuple(data.capacity):
        return data
    message = QCoreApplication.translate("AtlasData", "The atlas layer {name} could not be rewritten.")
    for layer in (data.pages, data.points):
        provider = layer.dataProvider()
        old = [feature.id() for feature in provider.getFeatures(QgsFeatureRequest().setNoAttributes())]
        if not provider.deleteFeatures(old):
            raise AtlasError(message.format(name=layer.name()))
    crs_of = _crs_chooser(data.map_crs)
    for layer, features in (
        (data.pages, _page_features(data.records, data.pages.fields(), capacity, crs_of)),
        (data.points, _point_features(data.records, data.points.fields(), capacity)),
    ):
        if not layer.dataProvider().addFeatures(features)[0]:
            raise AtlasError(message.format(name=layer.name()))
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.reload()
    return replace(data, capacity=tuple(capacity))


def _read_inputs(
    coverage: QgsFeatureSource, filter_expression: str, sort_expression: str, reader: "_Reader"
) -> Tuple[str, str, List[QgsFeature]]:
    kind, id_field = coverage_kind(coverage.fields())
    features = list(reader.features(coverage, _filtered_request(coverage, filter_expression)))
    if not features:
        if filter_expression and filter_expression.strip():
            message = QCoreApplication.translate(
                "AtlasData", "No feature of the coverage matches the filter {expression}."
            )
            raise AtlasError(message.format(expression=filter_expression))
        raise AtlasError(
            QCoreApplication.translate("AtlasData", "The coverage layer has no features: there is nothing to print.")
        )
    return kind, id_field, _sorted(features, coverage.fields(), sort_expression, id_field)


def _drawable_extent(features: List[QgsFeature]) -> QgsRectangle:
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in features:
        if feature.hasGeometry() and not feature.geometry().isEmpty() and not _geometry_problem(feature.geometry()):
            extent.combineExtentWith(feature.geometry().boundingBox())
    return extent


def prepare_atlas_data(
    coverage: QgsFeatureSource,
    language: str = "en",
    points: Optional[QgsFeatureSource] = None,
    releases: Optional[QgsFeatureSource] = None,
    gaps: Optional[QgsFeatureSource] = None,
    governorates: Optional[QgsFeatureSource] = None,
    filter_expression: str = "",
    sort_expression: str = "",
    title: str = "",
    context: Optional[QgsCoordinateTransformContext] = None,
    feedback: Optional[QgsFeedback] = None,
    capacity: Tuple[int, int] = DEFAULT_CAPACITY,
    with_mgrs: bool = False,
    print_date: Optional[date] = None,
    record_sources: Optional[RecordSources] = None,
    communities_source: Optional[QgsFeatureSource] = None,
    community_pages: bool = False,
) -> AtlasData:
    """Read the inputs and build the atlas's memory layers (translator of ``language`` installed by the caller).

    ``capacity`` is (rows on a hazard's first sheet, rows on each following sheet);
    ``build_layout`` lays the rows out again when its template holds another number.
    ``record_sources`` (items, spot tasks, accidents, victims) add a hazard's items and
    accidents to its page; ``community_pages`` adds a page per community of the book's
    hazards (named from ``communities_source``, the register's locations).
    """
    context = context or QgsCoordinateTransformContext()
    reader = _Reader(context)
    kind, id_field, features = _read_inputs(coverage, filter_expression, sort_expression, reader)
    governorate_layer = reader.copy(governorates, QCoreApplication.translate("AtlasData", "Governorates"))
    page_ids = [_text(feature[id_field]) for feature in features]
    coverage_extent = _drawable_extent(features)
    centre = QgsPointXY(44.0, 33.0) if coverage_extent.isNull() else coverage_extent.center()
    overview_crs = QgsCoordinateReferenceSystem(utm_crs(*utm_zone_of(centre.x(), centre.y())))
    inputs = _Inputs(
        kind=kind,
        id_field=id_field,
        language=language,
        title=title,
        failed=dict(reader.failed),
        governorates=_Governorates(governorate_layer, language),
        surveyed=_points_by_object(reader, points, set(page_ids)),
        table=TableBuilder(context, print_date=print_date, with_mgrs=with_mgrs),
        measurer=Measurer(reader.wgs84, context),
        coverage_extent=coverage_extent,
        to_overview=QgsCoordinateTransform(reader.wgs84, overview_crs, context),
    )
    if kind == KIND_HAZARD and record_sources is not None and record_sources.any():
        inputs.record_index = RecordIndex(record_sources, reader.features, inputs.measurer)
    records = []
    file_names = _file_names(page_ids)
    for number, feature in enumerate(features, start=1):
        if number % 200 == 0 and feedback is not None:
            feedback.setProgressText(
                QCoreApplication.translate("AtlasData", "Prepared {count} pages").format(count=number)
            )
        page_id = page_ids[number - 1] or QCoreApplication.translate("AtlasData", "(no ID, feature {fid})").format(
            fid=feature.id()
        )
        records.append(_page_record(inputs, feature, page_id, file_names[number - 1]))
    if community_pages and kind == KIND_HAZARD:
        locations_by_id = communities.read_locations(communities_source, reader.features)
        records += _community_records(inputs, records, locations_by_id, file_names)

    map_crs = overview_crs  # pages without a grid of their own (no drawable geometry) use it too
    shapes_name = (
        QCoreApplication.translate("AtlasData", "Tasks")
        if kind == KIND_TASK
        else QCoreApplication.translate("AtlasData", "Hazards")
    )
    pages = memory_layer("Polygon", "pages", PAGE_FIELDS)
    shapes = memory_layer("MultiPolygon", shapes_name, SHAPE_FIELDS)
    table_points = memory_layer("Point", QCoreApplication.translate("AtlasData", "Points"), POINT_FIELDS)
    attributes = memory_layer("Point", "attributes", ATTRIBUTE_FIELDS)
    evidence = memory_layer("Point", QCoreApplication.translate("AtlasData", "Evidence"), EVIDENCE_FIELDS)
    locations = memory_layer(
        "Point", QCoreApplication.translate("AtlasData", "Location"), [("page_id", QVariant.Type.String)]
    )
    shape_features = _shape_features(records, shapes.fields())
    evidence_features = _evidence_features(inputs.surveyed, evidence.fields())
    extra_layers = _record_layers(records, inputs.record_index is not None, community_pages and kind == KIND_HAZARD)
    return AtlasData(
        kind=kind,
        language=language,
        pages=_filled(pages, _page_features(records, pages.fields(), capacity, _crs_chooser(map_crs))),
        shapes=_filled(shapes, shape_features),
        attributes=_filled(attributes, _attribute_features(records, attributes.fields())),
        points=_filled(table_points, _point_features(records, table_points.fields(), capacity)),
        map_crs=map_crs,
        releases=reader.copy(releases, QCoreApplication.translate("AtlasData", "Released land")),
        gaps=reader.copy(gaps, QCoreApplication.translate("AtlasData", "Remaining contamination")),
        governorates=governorate_layer,
        locations=_filled(locations, _location_features(shape_features, locations.fields())),
        evidence=_filled(evidence, evidence_features) if evidence_features else None,
        page_ids=[record.page_id for record in records],
        bad_pages=[record.page_id for record in records if record.note],
        records=records,
        capacity=tuple(capacity),
        with_mgrs=with_mgrs,
        **extra_layers,
    )


def _record_layers(
    records: Sequence[PageRecord], with_records: bool, with_communities: bool
) -> Dict[str, QgsVectorLayer]:
    """The layers of the items and accidents of hazard pages and of the community pages, as asked for."""
    layers: Dict[str, QgsVectorLayer] = {}
    if with_records:
        rows = memory_layer("Point", "record_rows", items_accidents.RECORD_FIELDS)
        items = memory_layer(
            "Point", QCoreApplication.translate("AtlasData", "Explosive items found"), items_accidents.ITEM_POINT_FIELDS
        )
        accidents = memory_layer(
            "Point", QCoreApplication.translate("AtlasData", "Accidents"), items_accidents.ACCIDENT_POINT_FIELDS
        )
        row_features, item_features, accident_features = [], [], []
        for record in records:
            found = record.items_accidents
            if found is None:
                continue
            centre = QgsGeometry.fromPointXY(record.extent.boundingBox().center())
            row_features += items_accidents.record_features(record.file_name, centre, found, rows.fields())
            item_features += items_accidents.point_features(record.page_id, found.item_points, items.fields())
            accident_features += items_accidents.point_features(
                record.page_id, found.accident_points, accidents.fields()
            )
        layers.update(
            record_rows=_filled(rows, row_features),
            item_points=_filled(items, item_features),
            accident_points=_filled(accidents, accident_features),
        )
    if with_communities:
        rows = memory_layer("Point", "community_rows", communities.COMMUNITY_ROW_FIELDS)
        points = memory_layer(
            "Point", QCoreApplication.translate("AtlasData", "Communities"), communities.COMMUNITY_POINT_FIELDS
        )
        pages = [record for record in records if record.community is not None]
        row_features = []
        for record in pages:
            centre = QgsGeometry.fromPointXY(record.extent.boundingBox().center())
            row_features += communities.row_features(record.file_name, centre, record.community, rows.fields())
        layers.update(
            community_rows=_filled(rows, row_features),
            community_points=_filled(
                points, communities.point_features([(r.page_id, r.community) for r in pages], points.fields())
            ),
        )
    return layers


# --- keeping the layers ---------------------------------------------------------------------

STORED_LAYERS = (
    "pages",
    "shapes",
    "attributes",
    "points",
    "releases",
    "gaps",
    "governorates",
    "locations",
    "evidence",
    "record_rows",
    "item_points",
    "accident_points",
    "community_rows",
    "community_points",
)


def save_atlas_layers(data: AtlasData, path: Path, context: QgsCoordinateTransformContext) -> AtlasData:
    """Write the atlas's memory layers into the new GeoPackage ``path``; the same data, read from it.

    A layout added to a project draws from these layers, so it survives saving and
    reopening the project. Layer names in the file are fixed (``pages``, ``points``...);
    the layers keep their translated display names for the legend.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    stored = {}
    for key in STORED_LAYERS:
        layer: Optional[QgsVectorLayer] = getattr(data, key)
        if layer is None:
            continue
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = key
        options.fileEncoding = "UTF-8"
        if path.exists():
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            message = QCoreApplication.translate(
                "AtlasData", "The atlas layers could not be written to {path}: {error}"
            )
            raise AtlasError(message.format(path=str(path), error=result[1]))
        copy = QgsVectorLayer(f"{path}|layername={key}", layer.name(), "ogr")
        if not copy.isValid():
            message = QCoreApplication.translate("AtlasData", "The atlas layers could not be read back from {path}.")
            raise AtlasError(message.format(path=str(path)))
        stored[key] = copy
    return replace(data, **stored)
