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
ITEMS = "items"
SPOT_TASKS = "spot_tasks"
LOCATIONS = "locations"
ACCIDENTS = "accidents"
VICTIMS = "victims"
VICTIM_DETAILS = "victim_details"
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
        FieldDef("sub_district", _S, "Recorded sub-district (gazetteer level 3)."),
        FieldDef("location_id", _S, "Local ID of the IMSMA Location (community) the hazard is in."),
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
        FieldDef("release_detail", _S, "IMSMA's own release wording, e.g. 'Reduced Area with technical asset'."),
        FieldDef(
            "release_basis", _S, "Where release_type comes from, or why it is none (core/imsma/release_parts.py)."
        ),
    )
    + SOURCE_FIELDS,
    "Release parts of activities (IMSMA Activity / Hazard Reduction): one feature per activity and release type.",
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
        FieldDef("hazard_id", _S, "Hazard the task is on, when known; several are separated by commas."),
        FieldDef("name", _S, "Task name."),
        FieldDef("task_type", _S, "Survey, clearance, EOD..."),
        FieldDef("organisation", _S, "Operator the task is given to."),
        FieldDef("team", _S, "Team of the operator, when given."),
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

ITEM_LAYER = LayerDef(
    ITEMS,
    QgsWkbTypes.Type.NoGeometry,
    (
        FieldDef("item_id", _S, "Local ID of the item row, or '<activity>/<element>[n]' when the export has none."),
        FieldDef("activity_id", _S, "Activity (or spot task) that found the items."),
        FieldDef("hazard_id", _S, "Hazard the activity worked on, when known."),
        FieldDef("category", _S, "One of ITEM_CATEGORIES (the profile's item_category code list)."),
        FieldDef("item_type", _S, "Type or model, e.g. 'PMN-2', '120 mm mortar'."),
        FieldDef("quantity", _I, "Number of items, a whole number of 0 or more."),
        FieldDef("action", _S, "One of ITEM_ACTIONS (the profile's item_action code list)."),
        FieldDef("item_date", _DATE, "Date found or destroyed; the activity's end date when the row has none."),
        FieldDef("organisation", _S, "Operator of the activity."),
        FieldDef("governorate", _S, "Governorate of the activity's hazard or spot task, when known."),
    )
    + SOURCE_FIELDS,
    "Explosive items found and destroyed (IMSMA Ordnance and Device rows), one row per item row of a form.",
)

SPOT_TASK_LAYER = LayerDef(
    SPOT_TASKS,
    QgsWkbTypes.Type.Point,
    (
        FieldDef("spot_task_id", _S, "Local ID of the activity or land record."),
        FieldDef("guid", _S, "IMSMA GUID."),
        FieldDef("hazard_id", _S, "Hazard the task is linked to, when known."),
        FieldDef("task_type", _S, "Activity type or land classification, e.g. 'EOD Spot task'."),
        FieldDef("organisation", _S, "Operator that did the work."),
        FieldDef("start_date", _DATE, "Start of the work."),
        FieldDef("end_date", _DATE, "End of the work."),
        FieldDef("governorate", _S, "Recorded governorate, or that of the linked hazard."),
        FieldDef("items_found", _I, "Sum of the quantities of its items that were loaded."),
        FieldDef("doi", _DATE, "Date of Information of the form."),
    )
    + SOURCE_FIELDS,
    "EOD spot tasks and other activities recorded as points only (never a hazard without geometry).",
)

LOCATION_LAYER = LayerDef(
    LOCATIONS,
    QgsWkbTypes.Type.Point,
    (
        FieldDef("location_id", _S, "IMSMA local ID of the Location."),
        FieldDef("guid", _S, "IMSMA GUID."),
        FieldDef("name", _S, "Name of the community or place."),
        FieldDef("governorate", _S, "Gazetteer level 1."),
        FieldDef("district", _S, "Gazetteer level 2."),
        FieldDef("sub_district", _S, "Gazetteer level 3."),
        FieldDef("community", _S, "Gazetteer level 4: community or village."),
        FieldDef("doi", _DATE, "Date of Information of the form."),
    )
    + SOURCE_FIELDS,
    "Communities and places (IMSMA Location) with their gazetteer levels.",
)

ACCIDENT_LAYER = LayerDef(
    ACCIDENTS,
    QgsWkbTypes.Type.Point,
    (
        FieldDef("accident_id", _S, "IMSMA local ID of the accident."),
        FieldDef("guid", _S, "IMSMA GUID."),
        FieldDef("hazard_id", _S, "Hazard the accident happened in or near, when known."),
        FieldDef("location_id", _S, "Location (community) of the accident, when known."),
        FieldDef("accident_date", _DATE, "Date of the accident."),
        FieldDef("accident_type", _S, "Type, e.g. 'Mine', 'ERW', 'Demining'."),
        FieldDef("governorate", _S, "Recorded governorate (gazetteer level 1)."),
        FieldDef("district", _S, "Recorded district (gazetteer level 2)."),
        FieldDef("organisation", _S, "Organisation that reported the accident."),
        FieldDef("doi", _DATE, "Date of Information of the form."),
    )
    + SOURCE_FIELDS,
    "Mine and ERW accidents as points.",
)

VICTIM_LAYER = LayerDef(
    VICTIMS,
    QgsWkbTypes.Type.NoGeometry,
    (
        FieldDef("accident_id", _S, "Accident the victims were counted in."),
        FieldDef("governorate", _S, "Governorate of the accident."),
        FieldDef("year", _I, "Year of the accident."),
        FieldDef("sex", _S, "One of SEXES."),
        FieldDef("age_group", _S, "One of AGE_GROUPS."),
        FieldDef("outcome", _S, "One of VICTIM_OUTCOMES."),
        FieldDef("activity", _S, "Activity at the time of the accident."),
        FieldDef("victims", _I, "Number of victims with these values."),
    )
    + SOURCE_FIELDS,
    "Victims counted by accident, sex, age group, outcome and activity: no names, no personal data.",
)

VICTIM_DETAIL_LAYER = LayerDef(
    VICTIM_DETAILS,
    QgsWkbTypes.Type.NoGeometry,
    (
        FieldDef("victim_id", _S, "IMSMA local ID of the victim."),
        FieldDef("accident_id", _S, "Accident of the victim."),
        FieldDef("name", _S, "PERSONAL DATA: full name."),
        FieldDef("date_of_birth", _S, "PERSONAL DATA: date of birth as recorded."),
        FieldDef("id_number", _S, "PERSONAL DATA: identity document number."),
        FieldDef("phone", _S, "PERSONAL DATA: phone number."),
        FieldDef("notes", _S, "PERSONAL DATA: free-text notes about the person."),
        FieldDef("sex", _S, "One of SEXES."),
        FieldDef("age_group", _S, "One of AGE_GROUPS."),
        FieldDef("outcome", _S, "One of VICTIM_OUTCOMES."),
        FieldDef("activity", _S, "Activity at the time of the accident."),
    )
    + SOURCE_FIELDS,
    "One row per victim WITH personal data; written only when the import's INCLUDE_PERSONAL_DATA option is on.",
)

LAYERS: Dict[str, LayerDef] = {
    layer.name: layer
    for layer in (
        HAZARD_LAYER,
        ACTIVITY_LAYER,
        POINT_LAYER,
        TASK_LAYER,
        GOVERNORATE_LAYER,
        REJECTED_LAYER,
        ITEM_LAYER,
        SPOT_TASK_LAYER,
        LOCATION_LAYER,
        ACCIDENT_LAYER,
        VICTIM_LAYER,
        VICTIM_DETAIL_LAYER,
    )
}

# The field that identifies a record of each object layer (readers and links use it).
ID_FIELDS: Dict[str, str] = {
    HAZARDS: "hazard_id",
    ACTIVITIES: "activity_id",
    TASKS: "task_id",
    ITEMS: "item_id",
    SPOT_TASKS: "spot_task_id",
    LOCATIONS: "location_id",
    ACCIDENTS: "accident_id",
    VICTIM_DETAILS: "victim_id",
}
# Layers that may hold personal data: never written unless the user asks for it.
PERSONAL_LAYERS = (VICTIM_DETAILS,)

# --- Code lists: canonical values. Profiles map each export's terms onto these. ---

CLASSIFICATIONS = ("SHA", "CHA", "Indication", "Stockpile", "EOD Spot Task")

STATUS_OPEN = "Open"
STATUS_WORKED_ON = "Worked On"
STATUS_CLOSED = "Closed"
STATUS_HANDED_OVER = "Handed Over"
STATUSES = (STATUS_OPEN, STATUS_WORKED_ON, STATUS_CLOSED, STATUS_HANDED_OVER)
# Canonical statuses meaning "no more work planned"; the profile's status code list maps
# IMSMA's terms onto them (Completed, Expired -> Closed; Handover -> Handed Over).
CLOSED_STATUSES = (STATUS_CLOSED, STATUS_HANDED_OVER)

RELEASE_CANCELLED = "cancelled"
RELEASE_REDUCED = "reduced"
RELEASE_CLEARED = "cleared"
RELEASE_NONE = "none"
RELEASE_TYPES = (RELEASE_CANCELLED, RELEASE_REDUCED, RELEASE_CLEARED, RELEASE_NONE)
# Type order: between undated or same-day releases, and under the old "by type" precedence rule.
RELEASE_PRECEDENCE = (RELEASE_CLEARED, RELEASE_REDUCED, RELEASE_CANCELLED)

# Contamination types of the national reports (APMBC and CCM Article 7); the profile's
# "contamination" code list maps a hazard's hazard_type onto them.
CONTAMINATION_AP_MINES = "anti_personnel_mines"
CONTAMINATION_AV_MINES = "anti_vehicle_mines"
CONTAMINATION_CLUSTER = "cluster_munitions"
CONTAMINATION_IED = "ied"
CONTAMINATION_OTHER_ERW = "other_erw"
CONTAMINATION_TYPES = (
    CONTAMINATION_AP_MINES,
    CONTAMINATION_AV_MINES,
    CONTAMINATION_CLUSTER,
    CONTAMINATION_IED,
    CONTAMINATION_OTHER_ERW,
)

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

# Explosive items: categories and what was done with them (profiles map export terms onto these).
ITEM_CATEGORIES = (
    "Anti-personnel mine",
    "Anti-vehicle mine",
    "Submunition",
    "UXO",
    "AXO",
    "IED",
    "Small arms ammunition",
)
ITEM_FOUND = "found"
ITEM_DESTROYED_IN_SITU = "destroyed in situ"
ITEM_REMOVED = "removed"
ITEM_ACTIONS = (ITEM_FOUND, ITEM_DESTROYED_IN_SITU, ITEM_REMOVED)
# Actions that count as destroyed in the progress report (removed items are destroyed elsewhere later).
ITEM_DESTROYED_ACTIONS = (ITEM_DESTROYED_IN_SITU,)

SEXES = ("female", "male", "unknown")
AGE_GROUPS = ("child", "adult", "unknown")  # child: under 18 at the date of the accident
ADULT_AGE = 18
VICTIM_KILLED = "killed"
VICTIM_INJURED = "injured"
VICTIM_OUTCOMES = (VICTIM_KILLED, VICTIM_INJURED, "unknown")

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
    "no_activity",  # an explosive item row that belongs to no activity
    "unknown_category",  # an explosive item whose category is not in the profile's code list
    "bad_quantity",  # an explosive item whose quantity is missing, negative or not a whole number
    "missing_accident",  # a victim whose accident is not in the export
    "no_geometry",  # an EOD spot task without any located point
    "nesting_too_deep",  # a maXML form with elements nested deeper than the reader's cap
)
