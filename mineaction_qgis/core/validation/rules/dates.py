"""Rules on dates: pairs of date fields that must be in order."""

import datetime
from typing import Any, Iterable, Optional

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import dates
from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.rules.base import WARNING, Finding, HazardRecord, RecordRule


def as_date(value: Any) -> Optional[datetime.date]:
    """The date of a value (core/common/dates.py, the plugin's one date reader: ISO, dd/MM/yyyy, d-MMM-yyyy, Excel
    serial, QDate); else None."""
    return dates.parse(value)


class DateOrder(RecordRule):
    code = "date_order"
    severity = WARNING
    needs = ("date_pairs",)

    def title(self) -> str:
        return QCoreApplication.translate("DateOrder", "Dates out of order")

    def help(self) -> str:
        return QCoreApplication.translate(
            "DateOrder",
            "For every pair 'earlier<later' in DATE_FIELDS, the earlier date is after the later one, or a "
            "filled date cannot be read. The value is the number of days the dates are out of order.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        findings = []
        for earlier, later in ctx.settings.date_pairs:
            first_raw, second_raw = record.value(earlier), record.value(later)
            first, second = as_date(first_raw), as_date(second_raw)
            for name, raw, parsed in ((earlier, first_raw, first), (later, second_raw, second)):
                if parsed is None and as_text(raw):
                    message = QCoreApplication.translate(
                        "DateOrder", "Hazard {hazard}: {field} '{value}' is not a date."
                    ).format(hazard=record.label, field=name, value=as_text(raw))
                    findings.append(self.record_finding(record, ctx, message, field_name=name))
            if first is None or second is None or first <= second:
                continue
            days = (first - second).days
            message = QCoreApplication.translate(
                "DateOrder", "Hazard {hazard}: {earlier} ({first}) is after {later} ({second})."
            ).format(
                hazard=record.label, earlier=earlier, first=first.isoformat(), later=later, second=second.isoformat()
            )
            findings.append(
                self.record_finding(record, ctx, message, value=float(days), field_name=f"{earlier}<{later}")
            )
        return findings
