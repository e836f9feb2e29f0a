"""Rules on recorded areas: the reported area against the polygon measured on the ellipsoid."""

from typing import Iterable

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.validation.rules.base import WARNING, Finding, HazardRecord, RecordRule


class AreaMismatch(RecordRule):
    code = "area_mismatch"
    severity = WARNING
    needs = ("area_field",)

    def title(self) -> str:
        return QCoreApplication.translate("AreaMismatch", "Reported area differs from the polygon")

    def help(self) -> str:
        return QCoreApplication.translate(
            "AreaMismatch",
            "The area in AREA_FIELD differs from the polygon's area on the WGS 84 ellipsoid by more than "
            "AREA_TOLERANCE percent (10 % by default) of the polygon's area, or is not a number. Often "
            "hectares or km² typed as m², or a polygon that was redrawn. The value is the difference in "
            "percent (reported minus computed, relative to computed). Empty areas are not checked.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        name = ctx.settings.area_field
        raw = record.text(name)
        if not raw or record.work_geometry is None:
            return []
        try:
            reported = float(raw.replace(",", ""))
        except ValueError:
            message = QCoreApplication.translate(
                "AreaMismatch", "Hazard {hazard}: {field} '{value}' is not a number."
            ).format(hazard=record.label, field=name, value=raw)
            return [self.record_finding(record, ctx, message, field_name=name)]
        computed = ctx.area_m2(record)
        if computed <= 0:
            return []
        percent = 100.0 * (reported - computed) / computed
        if abs(percent) <= ctx.settings.area_tolerance_pct:
            return []
        message = QCoreApplication.translate(
            "AreaMismatch",
            "Hazard {hazard}: reported area {reported} m² differs from the polygon's {computed} m² by {percent} %.",
        ).format(
            hazard=record.label,
            reported=format_decimal(reported),
            computed=format_decimal(computed),
            percent=f"{percent:+.1f}",
        )
        return [self.record_finding(record, ctx, message, value=percent, field_name=name)]
