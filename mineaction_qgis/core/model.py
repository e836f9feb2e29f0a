"""The canonical schema: layer names, field names and code lists, in one place.

Every loader writes this schema, every rule, gap computation and atlas reads it.
Geometry is stored in EPSG:4326, as IMSMA stores it; areas are square metres on
the WGS 84 ellipsoid. Field names here are the defaults of algorithm parameters,
so the algorithms still work on any layer whose fields are named otherwise.
"""

from dataclasses import dataclass
from typing import Dict, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

STORAGE_CRS = "EPSG:4326"
ELLIPSOID = "EPSG:7030"  # WGS 84

# Layer names inside the canonical GeoPackage.
HAZARDS = "hazards"
ACTIVITIES = "activities"
POINTS = "points"
TASKS = "tasks"
GOVERNORATES = "governorates"
REJECTED = "rejected"


@dataclass(frozen=True)
class FieldDef:
    """One attribute of a canonical layer."""

    name: str
    type: QVariant.Type
    doc: str

    def to_field(self) -> QgsField:
        length = 0 if self.type != QVariant.Type.String else 255
        return QgsField(self.name, self.type, len=length)


@dataclass(frozen=True)
class LayerDef:
    """A canonical layer: its name, geometry type and fields."""

    name: str
    wkb_type: QgsWkbTypes.Type
    fields: Tuple[FieldDef, ...]
    doc: str

    def qgs_fields(self) -> QgsFields:
        fields = QgsFields()
        for field in self.fields:
            fields.append(field.to_field())
        return fields

    def field_names(self) -> Tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    @staticmethod
    def crs() -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(STORAGE_CRS)


def fields_from(pairs) -> QgsFields:
    """QgsFields from (name, QVariant type) pairs; text fields without a length limit.

    For the plugin's own output tables (issues, gaps, logs), which are not canonical
    layers but are built the same way everywhere.
    """
    fields = QgsFields()
    for name, kind in pairs:
        fields.append(QgsField(name, kind))
    return fields


_S = QVariant.Type.String
_D = QVariant.Type.Double
_I = QVariant.Type.Int
_L = QVariant.Type.LongLong
_DATE = QVariant.Type.Date
_B = QVariant.Type.Bool

SOURCE_FIELDS = (
    FieldDef("source_file", _S, "File the record was read from."),
    FieldDef("source_ref", _S, "Where in that file: row number, XPath or feature id."),
)

HAZARD_LAYER = LayerDef(
    HAZARDS,
    QgsWkbTypes.Type.MultiPolygon,
    (
        FieldDef("hazard_id", _S, "IMSMA local ID, e.g. 'Land-35'."),
        FieldDef("guid", _S, "IMSMA GUID."),
        FieldDef("name", _S, "Hazard name."),
        FieldDef("classification", _S, "One of CLASSIFICATIONS."),
        FieldDef("status", _S, "One of STATUSES."),
        FieldDef("hazard_type", _S, "Contamination type: mines, ERW, IED, cluster munitions..."),
        FieldDef("governorate", _S, "Recorded governorate (gazetteer level 1)."),
        FieldDef("district", _S, "Recorded district (gazetteer level 2)."),
        FieldDef("organisation", _S, "Organisation that reported or works the hazard."),
        FieldDef("estimated_area_m2", _D, "Estimated Area as recorded in IMSMA."),
        FieldDef("remaining_area_m2", _D, "Remaining Area as recorded in IMSMA."),
        FieldDef("calculated_area_m2", _D, "Area of the geometry on the WGS 84 ellipsoid."),
        FieldDef("doi", _DATE, "Date of Information of the form."),
    )
    + SOURCE_FIELDS,
    "Hazard areas (IMSMA Land): SHA, CHA and the other land classifications.",
)

ACTIVITY_LAYER = LayerDef(
    ACTIVITIES,
    QgsWkbTypes.Type.MultiPolygon,
    (
        FieldDef("activity_id", _S, "IMSMA local ID of the activity."),
        FieldDef("guid", _S, "IMSMA GUID."),
        FieldDef("hazard_id", _S, "Local ID of the hazard the activity worked on."),
        FieldDef("activity_type", _S, "One of ACTIVITY_TYPES."),
        FieldDef("release_type", _S, "One of RELEASE_TYPES."),
        FieldDef("organisation", _S, "Operator that did the work."),
        FieldDef("start_date", _DATE, "Start of the work."),
        FieldDef("end_date", _DATE, "End of the work."),
        FieldDef("cancelled_area_m2", _D, "Cancelled area as recorded."),
        FieldDef("reduced_area_m2", _D, "Reduced area as recorded."),
        FieldDef("cleared_area_m2", _D, "Cleared area as recorded."),
        FieldDef("calculated_area_m2", _D, "Area of the geometry on the WGS 84 ellipsoid."),
        FieldDef("doi", _DATE, "Date of Information of the form."),
    )
    + SOURCE_FIELDS,
    "Activities (IMSMA Activity / Hazard Reduction) with the land they cancelled, reduced or cleared.",
)

POINT_LAYER = LayerDef(
    POINTS,
    QgsWkbTypes.Type.Point,
    (
        FieldDef("object_id", _S, "hazard_id or activity_id of the object the point belongs to."),
        FieldDef("poly_id", _S, "Polygon (part) identifier from the export."),
        FieldDef("point_no", _I, "Order of the point in its polygon, from 1."),
        FieldDef("point_id", _S, "Point identifier, e.g. 'TP-3' or 'BM-1'."),
        FieldDef("point_type", _S, "One of POINT_TYPES."),
        FieldDef("bearing", _D, "Bearing from the previous point, degrees, when surveyed so."),
        FieldDef("distance_m", _D, "Distance from the previous point, metres, when surveyed so."),
        FieldDef("from_point_id", _S, "Point the bearing and distance are measured from."),
        FieldDef("input_crs", _S, "CRS or notation the coordinate was given in."),
        FieldDef("input_text", _S, "The coordinate exactly as typed."),
        FieldDef("description", _S, "Point description."),
    )
    + SOURCE_FIELDS,
    "Every turning point, benchmark, reference point and evidence point.",
)

TASK_LAYER = LayerDef(
    TASKS,
    QgsWkbTypes.Type.MultiPolygon,
    (
        FieldDef("task_id", _S, "Task order ID."),
        FieldDef("hazard_id", _S, "Hazard the task is on, when known."),
        FieldDef("name", _S, "Task name."),
        FieldDef("task_type", _S, "Survey, clearance, EOD..."),
        FieldDef("organisation", _S, "Operator the task is given to."),
        FieldDef("status", _S, "Task status: Planned, Active, Completed, Cancelled."),
        FieldDef("start_date", _DATE, "Planned or actual start."),
        FieldDef("end_date", _DATE, "Planned or actual end."),
    )
    + SOURCE_FIELDS,
    "Task orders given to operators.",
)

GOVERNORATE_LAYER = LayerDef(
    GOVERNORATES,
    QgsWkbTypes.Type.MultiPolygon,
    (
        FieldDef("name", _S, "Governorate name in English."),
        FieldDef("name_ar", _S, "Governorate name in Arabic."),
        FieldDef("name_ckb", _S, "Governorate name in Sorani."),
        FieldDef("official", _B, "False for the illustrative sample boundaries."),
    ),
    "Administrative boundaries used to check and summarise locations.",
)

REJECTED_LAYER = LayerDef(
    REJECTED,
    QgsWkbTypes.Type.NoGeometry,
    (
        FieldDef("source_file", _S, "File the record was read from."),
        FieldDef("source_ref", _S, "Row number, XPath or feature id of the record."),
        FieldDef("object_id", _S, "Object (hazard, activity, polygon) the record belongs to."),
        FieldDef("reason_code", _S, "One of REJECTION_REASONS."),
        FieldDef("message", _S, "What is wrong, naming the row and the field."),
        FieldDef("raw", _S, "The record as JSON, so nothing is lost."),
    ),
    "Input records that could not be loaded, each with the reason.",
)

LAYERS: Dict[str, LayerDef] = {
    layer.name: layer
    for layer in (HAZARD_LAYER, ACTIVITY_LAYER, POINT_LAYER, TASK_LAYER, GOVERNORATE_LAYER, REJECTED_LAYER)
}

# --- Code lists: canonical values. Profiles map each export's terms onto these. ---

CLASSIFICATIONS = ("SHA", "CHA", "Indication", "Stockpile", "EOD Spot Task")

STATUS_OPEN = "Open"
STATUS_WORKED_ON = "Worked On"
STATUS_CLOSED = "Closed"
STATUS_HANDED_OVER = "Handed Over"
STATUSES = (STATUS_OPEN, STATUS_WORKED_ON, STATUS_CLOSED, STATUS_HANDED_OVER)

RELEASE_CANCELLED = "cancelled"
RELEASE_REDUCED = "reduced"
RELEASE_CLEARED = "cleared"
RELEASE_NONE = "none"
RELEASE_TYPES = (RELEASE_CANCELLED, RELEASE_REDUCED, RELEASE_CLEARED, RELEASE_NONE)
# Where releases overlap, each square metre counts once, for the strongest type.
RELEASE_PRECEDENCE = (RELEASE_CLEARED, RELEASE_REDUCED, RELEASE_CANCELLED)

ACTIVITY_TYPES = (
    "BAC",
    "Cancellation report",
    "Clearance",
    "Completion report",
    "EOD Spot task",
    "Handover certificate",
    "Non-technical survey",
    "Post clearance",
    "Progress Report",
    "Road assessment",
    "Road clearance",
    "Road verification",
    "Stockpile destruction",
    "Technical survey",
)

# Point types: single points outside an area, polygon vertices, and evidence.
SINGLE_POINT_TYPES = ("Reference point", "Landmark", "Benchmark")
VERTEX_POINT_TYPES = ("Start Point", "Datum Point", "Turning point", "Intermediate point", "End Point")
EVIDENCE_POINT_TYPES = ("Usage point", "Evidence point")
POINT_TYPES = SINGLE_POINT_TYPES + VERTEX_POINT_TYPES + EVIDENCE_POINT_TYPES

TASK_STATUSES = ("Planned", "Active", "Completed", "Cancelled")

# Stable reason codes of the rejected layer (users filter on them).
REJECTION_REASONS = (
    "bad_coordinate",
    "unknown_point_type",
    "too_few_vertices",
    "bearing_without_origin",
    "duplicate_point_no",
    "missing_id",
    "invalid_geometry",
    "unparsed_element",
    "bad_value",
    "superseded_form",  # an older form of an item whose later form (by DOI) was loaded
    "nesting_too_deep",  # a maXML form with elements nested deeper than the reader's cap
)
