"""The first records of an export as the import will map them: the import dialog's preview table.

A point list shows its own columns (its reader's ``preview``); every other format shows
its first mapped records, one row each: the register layer it goes to, its ID, where it
is in the export, and its mapped attributes, or the rejection code and message of a record
that will be rejected. The dialog only shows the table; the mapping rules live here.
"""

from typing import Any, Iterable, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.detect import Format
from mineaction_qgis.core.imsma.profile import Profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection

PREVIEW_ROWS = 20
FALLBACK_ID_FIELDS = ("hazard_id", "object_id")  # a point names its hazard

Table = Tuple[List[str], List[List[Any]]]


def record_columns() -> List[str]:
    """Headers of the mapped-records table (translated)."""
    return [
        QCoreApplication.translate("ImportPreview", "Layer"),
        QCoreApplication.translate("ImportPreview", "Object"),
        QCoreApplication.translate("ImportPreview", "Source"),
        QCoreApplication.translate("ImportPreview", "Attributes"),
    ]


def record_row(record: Any) -> Optional[List[Any]]:
    """The preview row of one record a reader yields (None for what the table does not show)."""
    if isinstance(record, Rejection):
        return [model.REJECTED, record.object_id, record.source_ref, f"{record.reason_code}: {record.message}"]
    if isinstance(record, (ObjectRecord, PointRecord)):
        layer = record.layer if isinstance(record, ObjectRecord) else model.POINTS
        values = record.attributes
        own = model.ID_FIELDS.get(layer)  # an activity by its own ID, not by its hazard's
        names = ((own,) if own else ()) + FALLBACK_ID_FIELDS
        object_id = next((values.get(name) for name in names if values.get(name)), None)
        details = ", ".join(f"{key}={value}" for key, value in values.items() if value not in (None, ""))
        return [layer, object_id, record.source_ref, details]
    return None


def mapped_records(records: Iterable[Any], limit: int = PREVIEW_ROWS) -> Table:
    """(columns, rows) of the first ``limit`` records of a reader's output, as mapped."""
    rows: List[List[Any]] = []
    for record in records:
        row = record_row(record)
        if row is not None:
            rows.append(row)
        if len(rows) >= limit:
            break
    return record_columns(), rows


def preview(path: str, fmt: Format, profile: Profile, options: ReadOptions, limit: int = PREVIEW_ROWS) -> Table:
    """(columns, rows) of the first records of ``path`` read as ``fmt`` with ``profile`` and ``options``:
    the format's own preview when it has one (a point list's raw columns), else the mapped records."""
    if hasattr(fmt.module, "preview"):
        return fmt.module.preview(path, profile, options, limit)
    return mapped_records(fmt.read(path, profile, options, None), limit)
