"""Rules between different hazards: overlapping and duplicated polygons."""

from typing import Iterable

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.validation.rules.base import ERROR, Finding, Pair, PairRule


class Overlap(PairRule):
    code = "overlap"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("Overlap", "Hazards overlap")

    def help(self) -> str:
        return QCoreApplication.translate(
            "Overlap",
            "Two different hazards cover the same ground over more than MIN_OVERLAP_AREA (1 m²), so that "
            "ground is counted twice in the contaminated area. The finding is the overlap polygon itself; "
            "the value is its area in m² on the ellipsoid. Pairs that are the same polygon twice are "
            "reported as duplicate_geometry instead.",
        )

    def check_pair(self, pair: Pair, ctx) -> Iterable[Finding]:
        if pair.overlap_m2 < ctx.settings.min_overlap_m2:
            return []
        if pair.is_duplicate() and ctx.runs("duplicate_geometry"):
            return []
        message = QCoreApplication.translate("Overlap", "Hazards {first} and {second} overlap by {area} m².").format(
            first=pair.first.label, second=pair.second.label, area=format_decimal(pair.overlap_m2)
        )
        return [self.pair_finding(pair, ctx, message, pair.overlap, value=pair.overlap_m2)]


class DuplicateGeometry(PairRule):
    code = "duplicate_geometry"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("DuplicateGeometry", "Same polygon twice")

    def help(self) -> str:
        return QCoreApplication.translate(
            "DuplicateGeometry",
            "Two records have the same polygon (their common part is at least 99.9 % of each), usually one "
            "hazard entered twice. The value is the area in m².",
        )

    def check_pair(self, pair: Pair, ctx) -> Iterable[Finding]:
        if not pair.is_duplicate():
            return []
        message = QCoreApplication.translate(
            "DuplicateGeometry", "Hazards {first} and {second} have the same polygon ({area} m²)."
        ).format(first=pair.first.label, second=pair.second.label, area=format_decimal(pair.overlap_m2))
        return [self.pair_finding(pair, ctx, message, pair.overlap, value=pair.overlap_m2)]
