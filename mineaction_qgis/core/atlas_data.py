"""The atlas's data: memory layers prepared once, so each page is plain attribute look-ups.

``prepare_atlas_data`` reads the coverage (hazards or tasks), the points, releases,
gaps and governorates and writes private memory layers:

* ``pages``: the atlas coverage, one feature per page in page order, with the title
  lines, the note for a feature without or with invalid geometry and the overview
  extent; its geometry is the rectangle around the feature and its table's points, so
  that the main map also shows the benchmark and the reference point;
* ``shapes``: the hazards (or tasks) as drawn, with the symbology fields;
* ``attributes``: the attribute block of each page as (label, value) rows;
* ``table_points``: the turning-point table of each page (see ``atlas_table``), also
  drawn on the map;
* ``evidence``: evidence and usage points of the pages (drawn, not in the table);
* copies of releases, gaps and governorates.

``save_atlas_layers`` writes those layers to a GeoPackage, for a layout that must
outlive the session (memory layers are not saved with a project).

The layout's tables then fetch the rows within the page's extent (spatial index) and
keep those of its ``page_id``: no expression on the page does any geometry work, which
keeps a 200-page atlas fast. Labels are translated here with
the translator of the page language installed by the caller.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
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

from mineaction_qgis.core import dates, governorates
from mineaction_qgis.core.atlas_table import SurveyPoint, TableBuilder, table_order, utm_authid, utm_zone_of, vertices_of
from mineaction_qgis.core.measure import Measurer
from mineaction_qgis.core import codelist_display
from mineaction_qgis.core.model import EVIDENCE_POINT_TYPES, SINGLE_POINT_TYPES, STORAGE_CRS, VERTEX_POINT_TYPES
from mineaction_qgis.core.numbers import format_area_m2
from mineaction_qgis.core.values import is_null

KIND_HAZARD = "hazard"
KIND_TASK = "task"
MISSING = "–"


class AtlasError(ValueError):
    """Bad input for the atlas, with a message the user can act on."""


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

    def layers(self) -> List[QgsVectorLayer]:
        return [layer for layer in (self.governorates, self.pages, self.shapes, self.releases, self.gaps, self.points,
                                    self.evidence, self.locations) if layer]


# --- translated code-list values: one place, core/codelist_display.py ---------------------


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
    text = _text(value)
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", text) if p)
    return (text == "", parts)


def safe_file_name(text: str) -> str:
    """A file name from an ID: letters, digits, '-', '_' and '.' kept, the rest '_'."""
    cleaned = re.sub(r"[^\w.\-]+", "_", text, flags=re.UNICODE).strip("._")
    return cleaned or "page"


def _memory_layer(geometry: str, name: str, fields: List[Tuple[str, QVariant.Type]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={STORAGE_CRS}", name, "memory")
    qfields = QgsFields()
    for field_name, field_type in fields:
        qfields.append(QgsField(field_name, field_type))
    layer.dataProvider().addAttributes(qfields)
    layer.updateFields()
    return layer


PAGE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("page_no", QVariant.Type.Int),
    ("file_name", QVariant.Type.String),
    ("title", QVariant.Type.String),
    ("title_en", QVariant.Type.String),
    ("classification", QVariant.Type.String),
    ("status", QVariant.Type.String),
    ("note", QVariant.Type.String),
    ("has_geometry", QVariant.Type.Int),
    ("points_count", QVariant.Type.Int),
    ("ov_xmin", QVariant.Type.Double),
    ("ov_ymin", QVariant.Type.Double),
    ("ov_xmax", QVariant.Type.Double),
    ("ov_ymax", QVariant.Type.Double),
]
EVIDENCE_FIELDS = [("page_id", QVariant.Type.String), ("point_id", QVariant.Type.String),
                   ("point_type", QVariant.Type.String)]
SHAPE_FIELDS = [("page_id", QVariant.Type.String), ("classification", QVariant.Type.String),
                ("status", QVariant.Type.String)]
ATTRIBUTE_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("label", QVariant.Type.String),
    ("value", QVariant.Type.String),
]
POINT_FIELDS = [
    ("page_id", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("point_id", QVariant.Type.String),
    ("point_type", QVariant.Type.String),
    ("type_label", QVariant.Type.String),
    ("lat_dms", QVariant.Type.String),
    ("lon_dms", QVariant.Type.String),
    ("lat_dd", QVariant.Type.String),
    ("lon_dd", QVariant.Type.String),
    ("utm_zone", QVariant.Type.String),
    ("easting", QVariant.Type.String),
    ("northing", QVariant.Type.String),
    ("bearing", QVariant.Type.String),
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
        ).format(
            fields=", ".join(names)
        )
    )


class _Reader:
    """Reads sources into WGS 84 features, without validity checks (bad geometry gets a page)."""

    def __init__(self, context: QgsCoordinateTransformContext) -> None:
        self.context = context
        self.wgs84 = QgsCoordinateReferenceSystem(STORAGE_CRS)

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
                geometry.transform(transform)
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
            "AtlasData", "This hazard has no geometry: there is nothing to map. Check its record and its turning points."
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
        (QCoreApplication.translate("AtlasData", "Classification"),
         classification_labels().get(classification, classification) or MISSING),
        (QCoreApplication.translate("AtlasData", "Status"), coded("status")),
        (QCoreApplication.translate("AtlasData", "Contamination"),
         codelist_display.contamination(get("hazard_type")) or MISSING),
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
        if object_id not in wanted or not feature.hasGeometry():
            continue
        point_type = _text(feature["point_type"]) if "point_type" in names else "Turning point"
        if point_type not in kept:
            continue
        geometry = feature.geometry()
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        number = feature["point_no"] if "point_no" in names else 0
        result.setdefault(object_id, []).append(
            SurveyPoint(
                point_id=_text(feature["point_id"]) if "point_id" in names else "",
                point_type=point_type,
                lon=point.x(),
                lat=point.y(),
                poly_id=_text(feature["poly_id"]) if "poly_id" in names else "",
                point_no=int(number) if number not in (None, NULL, "") else 0,
            )
        )
    return result


def _map_crs(features: List[QgsFeature]) -> QgsCoordinateReferenceSystem:
    """WGS 84 / UTM zone of the centre of the coverage: a metric map for every page."""
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in features:
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            extent.combineExtentWith(feature.geometry().boundingBox())
    centre = QgsPointXY(44.0, 33.0) if extent.isNull() else extent.center()  # Iraq when nothing is drawable
    zone, north = utm_zone_of(centre.x(), centre.y())
    return QgsCoordinateReferenceSystem(utm_authid(zone, north))


def page_feature_value(feature: QgsFeature, name: str) -> str:
    """A coverage attribute as text, empty when the layer has no such field."""
    return _text(feature[name]) if name in feature.fields().names() else ""


def _page_extent(geometry: Optional[QgsGeometry], rows, fallback: QgsRectangle) -> QgsGeometry:
    """What the main map must show: the feature and the points of its table (benchmark, reference point).

    Every page gets one, even a page whose feature has no or an invalid geometry (its
    points, else ``fallback``): the tables fetch a page's rows through the spatial index
    within this extent (``filterToAtlasFeature``), then by ``page_id``.
    """
    extent = QgsRectangle()
    extent.setMinimal()
    if geometry is not None:
        extent.combineExtentWith(geometry.boundingBox())
    for row in rows:
        extent.combineExtentWith(row.lon, row.lat)
    if extent.isNull():
        extent = QgsRectangle(fallback) if not fallback.isNull() else QgsRectangle(-1, -1, 1, 1)
    if extent.width() <= 0 or extent.height() <= 0:
        extent.grow(0.0005)  # a lone point: about 50 m around it, never a degenerate polygon
    return QgsGeometry.fromRect(extent)


def _overview_extent(
    governorate: Optional[QgsFeature],
    geometry: Optional[QgsGeometry],
    fallback: QgsRectangle,
    to_map: QgsCoordinateTransform,
) -> QgsRectangle:
    if governorate is not None and governorate.hasGeometry():
        extent = to_map.transformBoundingBox(governorate.geometry().boundingBox())
    elif geometry is not None and not geometry.isNull() and not geometry.isEmpty():
        extent = to_map.transformBoundingBox(geometry.boundingBox())
        size = max(extent.width(), extent.height(), 2000.0) * 10
        extent = QgsRectangle(extent.center().x() - size / 2, extent.center().y() - size / 2,
                              extent.center().x() + size / 2, extent.center().y() + size / 2)
    else:
        extent = to_map.transformBoundingBox(fallback) if not fallback.isNull() else QgsRectangle(0, 0, 1, 1)
    extent.scale(1.08)
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
) -> AtlasData:
    """Read the inputs and build the atlas's memory layers (translator of ``language`` installed by the caller)."""
    context = context or QgsCoordinateTransformContext()
    reader = _Reader(context)
    kind, id_field = coverage_kind(coverage.fields())
    features = list(reader.features(coverage, _filtered_request(coverage, filter_expression)))
    if not features:
        if filter_expression and filter_expression.strip():
            message = QCoreApplication.translate("AtlasData", "No feature of the coverage matches the filter {expression}.")
            raise AtlasError(message.format(expression=filter_expression))
        raise AtlasError(
            QCoreApplication.translate("AtlasData", "The coverage layer has no features: there is nothing to print.")
        )
    features = _sorted(features, coverage.fields(), sort_expression, id_field)

    governorate_layer = reader.copy(governorates, QCoreApplication.translate("AtlasData", "Governorates"))
    governorate_lookup = _Governorates(governorate_layer, language)
    map_crs = _map_crs(features)
    to_map = QgsCoordinateTransform(reader.wgs84, map_crs, context)
    measurer = Measurer(reader.wgs84, context)
    table = TableBuilder(context)
    page_ids = [_text(feature[id_field]) for feature in features]
    surveyed = _points_by_object(reader, points, set(page_ids))
    types = value_labels()
    coverage_extent = QgsRectangle()
    coverage_extent.setMinimal()
    for feature in features:
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            coverage_extent.combineExtentWith(feature.geometry().boundingBox())

    pages = _memory_layer("Polygon", "pages", PAGE_FIELDS)
    shapes_name = QCoreApplication.translate("AtlasData", "Hazards")
    if kind == KIND_TASK:
        shapes_name = QCoreApplication.translate("AtlasData", "Tasks")
    shapes = _memory_layer("MultiPolygon", shapes_name, SHAPE_FIELDS)
    shape_features: List[QgsFeature] = []
    attributes = _memory_layer("Point", "attributes", ATTRIBUTE_FIELDS)  # at the page's centre: see _page_extent
    table_points = _memory_layer("Point", QCoreApplication.translate("AtlasData", "Points"), POINT_FIELDS)
    page_features, attribute_features, point_features = [], [], []
    used_names: Dict[str, int] = {}
    bad_pages: List[str] = []
    names = coverage.fields().names()
    for number, feature in enumerate(features, start=1):
        if number % 200 == 0 and feedback is not None:
            feedback.setProgressText(QCoreApplication.translate("AtlasData", "Prepared {count} pages").format(count=number))
        page_id = page_ids[number - 1]
        if not page_id:
            page_id = QCoreApplication.translate("AtlasData", "(no ID, feature {fid})").format(fid=feature.id())
        note, drawable = _geometry_note(kind, feature)
        if note:
            bad_pages.append(page_id)
        geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
        recorded_governorate = _text(feature["governorate"]) if "governorate" in names else ""
        governorate = governorate_lookup.find(recorded_governorate, geometry)
        name = _text(feature["name"]) if "name" in names else ""
        local_title, english_title = _titles(kind, page_id, name, language, title)
        base_name = safe_file_name(page_id)
        used_names[base_name] = used_names.get(base_name, 0) + 1
        file_name = base_name if used_names[base_name] == 1 else f"{base_name}_{used_names[base_name]}"
        rows = table.rows(table_order(surveyed.get(page_ids[number - 1], [])))
        if not any(row.point_type in VERTEX_POINT_TYPES for row in rows) and geometry is not None:
            approach = [p for p in surveyed.get(page_ids[number - 1], []) if p.point_type in SINGLE_POINT_TYPES]
            rows = table.rows(table_order(approach + vertices_of(geometry)))
        overview = _overview_extent(governorate, geometry, coverage_extent, to_map)

        page = QgsFeature(pages.fields())
        if geometry is not None and drawable:
            shape = QgsFeature(shapes.fields())
            shape.setGeometry(geometry)
            shape.setAttributes(
                [page_id, page_feature_value(feature, "classification"), page_feature_value(feature, "status")]
            )
            shape_features.append(shape)
        page.setGeometry(_page_extent(geometry if geometry is not None and drawable else None, rows, coverage_extent))
        page.setAttributes([
            page_id, number, file_name, local_title, english_title,
            page_feature_value(feature, "classification"), page_feature_value(feature, "status"),
            note, 1 if (geometry is not None and drawable) else 0, len(rows),
            overview.xMinimum(), overview.yMinimum(), overview.xMaximum(), overview.yMaximum(),
        ])
        page_features.append(page)
        area = measurer.area_m2(geometry) if geometry is not None else 0.0
        governorate_name = governorate_lookup.display_name(governorate, recorded_governorate)
        for seq, (label, value) in enumerate(_attribute_rows(kind, feature, governorate_name, area), start=1):
            row = QgsFeature(attributes.fields())
            row.setGeometry(QgsGeometry.fromPointXY(page.geometry().boundingBox().center()))
            row.setAttributes([page_id, seq, label, value])
            attribute_features.append(row)
        for row in rows:
            point = QgsFeature(table_points.fields())
            point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.lon, row.lat)))
            point.setAttributes([
                page_id, row.seq, row.point_id, row.point_type, types.get(row.point_type, row.point_type),
                row.lat_dms, row.lon_dms, row.lat_dd, row.lon_dd, row.utm_zone, row.easting, row.northing,
                row.bearing, row.distance,
            ])
            point_features.append(point)
    pages.dataProvider().addFeatures(page_features)
    shapes.dataProvider().addFeatures(shape_features)
    attributes.dataProvider().addFeatures(attribute_features)
    table_points.dataProvider().addFeatures(point_features)
    evidence = _memory_layer("Point", QCoreApplication.translate("AtlasData", "Evidence"), EVIDENCE_FIELDS)
    evidence_features = []
    for object_id, object_points in surveyed.items():
        for item in object_points:
            if item.point_type in EVIDENCE_POINT_TYPES:
                point = QgsFeature(evidence.fields())
                point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(item.lon, item.lat)))
                point.setAttributes([object_id, item.point_id, item.point_type])
                evidence_features.append(point)
    evidence.dataProvider().addFeatures(evidence_features)
    location_name = QCoreApplication.translate("AtlasData", "Location")
    locations = _memory_layer("Point", location_name, [("page_id", QVariant.Type.String)])
    location_features = []
    for shape in shape_features:
        location = QgsFeature(locations.fields())
        location.setGeometry(shape.geometry().pointOnSurface())
        location.setAttributes([shape["page_id"]])
        location_features.append(location)
    locations.dataProvider().addFeatures(location_features)
    for layer in (pages, shapes, attributes, table_points, evidence, locations):
        layer.updateExtents()
        layer.dataProvider().createSpatialIndex()
    return AtlasData(
        kind=kind,
        language=language,
        pages=pages,
        shapes=shapes,
        attributes=attributes,
        points=table_points,
        map_crs=map_crs,
        releases=reader.copy(releases, QCoreApplication.translate("AtlasData", "Released land")),
        gaps=reader.copy(gaps, QCoreApplication.translate("AtlasData", "Remaining contamination")),
        governorates=governorate_layer,
        locations=locations,
        evidence=evidence if evidence_features else None,
        page_ids=[f["page_id"] for f in page_features],
        bad_pages=bad_pages,
    )


# --- keeping the layers ---------------------------------------------------------------------

STORED_LAYERS = ("pages", "shapes", "attributes", "points", "releases", "gaps", "governorates", "locations", "evidence")


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
        result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            message = QCoreApplication.translate("AtlasData", "The atlas layers could not be written to {path}: {error}")
            raise AtlasError(message.format(path=str(path), error=result[1]))
        copy = QgsVectorLayer(f"{path}|layername={key}", layer.name(), "ogr")
        if not copy.isValid():
            message = QCoreApplication.translate("AtlasData", "The atlas layers could not be read back from {path}.")
            raise AtlasError(message.format(path=str(path)))
        stored[key] = copy
    return replace(data, **stored)
