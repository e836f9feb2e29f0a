"""GIS-export layers beyond polygons: task orders, locations, accidents, spot tasks and item rows.

The GIS-export reader (``gis_export.py``) groups polygon rows into hazards and
activities; the layers its profile maps to one of ``ROW_TARGETS`` are read here, one
record per row: fields from the profile's ``gis.fields.<target>``, codes from
``gis.codes.<target>``, geometry reprojected to EPSG:4326 and fitted to the
canonical layer (a point layer takes a single point, the tasks layer polygons).
Item rows are checked like maXML item rows (``unknown_category``, ``bad_quantity``,
``no_activity``).

Rows of a layer the profile marks sensitive (``gis.sensitive_layers``, default
``*victim*``) are rejected with only their identifier fields in ``raw`` unless the
import includes personal data: a GIS export of victims holds names.
"""

import fnmatch
from typing import TYPE_CHECKING, Any, Dict, Optional

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma.items import is_whole_count
from mineaction_qgis.core.imsma.records import ObjectRecord, Record, Rejection

if TYPE_CHECKING:  # pragma: no cover
    from mineaction_qgis.core.imsma.gis_export import GisExportReader

ROW_TARGETS = (model.TASKS, model.LOCATIONS, model.ACCIDENTS, model.SPOT_TASKS, model.ITEMS)
DEFAULT_SENSITIVE_LAYERS = ("*victim*",)
_ID_SUFFIXES = ("id", "guid", "localid", "uid")


def is_sensitive(reader: "GisExportReader", layer_name: str) -> bool:
    patterns = reader.cfg.get("sensitive_layers", DEFAULT_SENSITIVE_LAYERS)
    return not reader.options.include_personal_data and any(
        fnmatch.fnmatchcase(layer_name.casefold(), p.casefold()) for p in patterns
    )


def safe_raw(reader: "GisExportReader", layer_name: str, feature: QgsFeature) -> Dict[str, Any]:
    """``raw`` of a row; only identifier fields for a sensitive layer (see the module docstring)."""
    raw = reader._raw(feature)
    if not is_sensitive(reader, layer_name):
        return raw
    return {key: value for key, value in raw.items() if key.casefold().replace("_", "").endswith(_ID_SUFFIXES)}


def row_record(
    reader: "GisExportReader",
    feature: QgsFeature,
    mapping: Dict[str, int],
    target: str,
    transform: Optional[QgsCoordinateTransform],
    ref: str,
) -> Record:
    """One record of a ``ROW_TARGETS`` layer from one row, or its rejection."""
    values = reader._mapped(feature, mapping, target)
    id_field = model.ID_FIELDS[target]
    object_id = str(values.get(id_field) or values.get("activity_id") or "")
    layer_def = model.LAYERS[target]
    if target == model.ITEMS:
        rejection = _item_problem(reader, values, ref, feature)
        if rejection is not None:
            return rejection
        values["quantity"] = int(as_number(values.get("quantity")))
    elif not object_id:
        message = QCoreApplication.translate("GisExportReader", "{ref}: the row has no identifier ({field}).").format(
            ref=ref, field=id_field
        )
        return Rejection(reader.source, ref, "", "missing_id", message, reader._raw(feature))
    geometry = reader._geometry(feature, transform)
    if geometry is not None and layer_def.wkb_type != QgsWkbTypes.Type.NoGeometry:
        wanted = QgsWkbTypes.geometryType(layer_def.wkb_type)
        if geometry.type() != wanted:
            message = QCoreApplication.translate(
                "GisExportReader", "{ref}: the geometry of {object_id} is not of the kind layer '{layer}' holds."
            ).format(ref=ref, object_id=object_id, layer=target)
            return Rejection(reader.source, ref, object_id, "invalid_geometry", message, reader._raw(feature))
        if QgsWkbTypes.isMultiType(layer_def.wkb_type):
            geometry.convertToMultiType()
        elif geometry.isMultipart():
            if len(geometry.asGeometryCollection()) != 1:
                message = QCoreApplication.translate(
                    "GisExportReader", "{ref}: {object_id} has several points where one is expected."
                ).format(ref=ref, object_id=object_id)
                return Rejection(reader.source, ref, object_id, "invalid_geometry", message, reader._raw(feature))
            geometry.convertToSingleType()
    elif layer_def.wkb_type == QgsWkbTypes.Type.NoGeometry:
        geometry = None
    attributes = {name: values.get(name) for name in layer_def.field_names() if name in values}
    return ObjectRecord(target, attributes, geometry, reader.source, ref)


def _item_problem(
    reader: "GisExportReader", values: Dict[str, Any], ref: str, feature: QgsFeature
) -> Optional[Rejection]:
    activity = str(values.get("activity_id") or "")
    if not activity:
        return Rejection(
            reader.source,
            ref,
            "",
            "no_activity",
            QCoreApplication.translate("GisExportReader", "{ref}: explosive item row without an activity.").format(
                ref=ref
            ),
            reader._raw(feature),
        )
    if values.get("category") not in model.ITEM_CATEGORIES:
        message = QCoreApplication.translate(
            "GisExportReader", "{ref}: item category '{value}' is not in the profile's item_category code list."
        ).format(ref=ref, value=values.get("category") or "")
        return Rejection(reader.source, ref, activity, "unknown_category", message, reader._raw(feature))
    quantity = as_number(values.get("quantity"))
    if not is_whole_count(quantity):
        message = QCoreApplication.translate(
            "GisExportReader", "{ref}: quantity '{value}' is not a whole number of 0 or more."
        ).format(ref=ref, value=values.get("quantity") or "")
        return Rejection(reader.source, ref, activity, "bad_quantity", message, reader._raw(feature))
    return None
