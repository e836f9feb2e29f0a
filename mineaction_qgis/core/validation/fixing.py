"""Safe geometry repairs of hazard polygons, each change logged.

Only what cannot change what a hazard *means* is fixed: repeated vertices
(consecutive duplicates and a repeated closing point) are removed, invalid
polygons are repaired with GEOS's make-valid (every part is kept, the area change is
reported), and parts of a multipart hazard with no area to speak of are dropped. A
hazard is never merged, deleted or moved; a hazard whose only part is a sliver is
kept as it is, and so is one that cannot be repaired (both are logged).
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from qgis.core import QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import repair
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.validation.rules.base import polygonal_part

# Stable change codes of the log layer.
VERTICES_REMOVED = "duplicate_vertices_removed"
REPAIRED = "repaired"
NOT_REPAIRED = "not_repaired"
SLIVER_DROPPED = "sliver_dropped"
SLIVER_KEPT = "sliver_kept"
CHANGE_CODES = (VERTICES_REMOVED, REPAIRED, NOT_REPAIRED, SLIVER_DROPPED, SLIVER_KEPT)


@dataclass
class Change:
    """One logged change (or refusal to change) of one hazard."""

    code: str
    detail: str
    area_before_m2: Optional[float] = None
    area_after_m2: Optional[float] = None


class HazardFixer:
    """Applies the safe repairs to one geometry at a time; see the module docstring."""

    def __init__(self, measurer: Measurer, vertex_tolerance: float, min_part_area_m2: float) -> None:
        self.measurer = measurer
        self.tolerance = vertex_tolerance
        self.min_part_area_m2 = min_part_area_m2

    def fix(self, geometry: QgsGeometry) -> Tuple[QgsGeometry, List[Change]]:
        """The repaired geometry (multipolygon) and the changes made; the input is not modified."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return QgsGeometry(geometry) if geometry is not None else QgsGeometry(), []
        changes: List[Change] = []
        result = QgsGeometry(geometry)
        before = result.constGet().nCoordinates()
        if result.removeDuplicateNodes(self.tolerance):
            removed = before - result.constGet().nCoordinates()
            changes.append(
                Change(
                    VERTICES_REMOVED,
                    QCoreApplication.translate("HazardFixer", "Removed {count} repeated vertices.").format(
                        count=removed
                    ),
                )
            )
        if not result.isGeosValid():
            result = self._repair(result, changes)
        result = self._drop_slivers(result, changes)
        if not result.isMultipart():
            result.convertToMultiType()
        return result, changes

    def _repair(self, geometry: QgsGeometry, changes: List[Change]) -> QgsGeometry:
        area_before = self.measurer.area_m2(geometry)
        parts_before = geometry.constGet().partCount()
        repaired = polygonal_part(repair.repaired(geometry))  # core/common/repair.py: the plugin's one repair strategy
        if repaired is None or not repaired.isGeosValid():
            error = geometry.lastError() or QCoreApplication.translate("HazardFixer", "no polygon left")
            changes.append(
                Change(
                    NOT_REPAIRED,
                    QCoreApplication.translate(
                        "HazardFixer", "Could not repair the polygon ({error}); kept as it was."
                    ).format(error=error),
                    area_before,
                    area_before,
                )
            )
            return geometry
        area_after = self.measurer.area_m2(repaired)
        changes.append(
            Change(
                REPAIRED,
                QCoreApplication.translate(
                    "HazardFixer", "Repaired the invalid polygon: {before} parts became {after}."
                ).format(before=parts_before, after=repaired.constGet().partCount()),
                area_before,
                area_after,
            )
        )
        return repaired

    def _drop_slivers(self, geometry: QgsGeometry, changes: List[Change]) -> QgsGeometry:
        if geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            return geometry
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        areas = [self.measurer.area_m2(part) for part in parts]
        keep = [i for i, area in enumerate(areas) if area > self.min_part_area_m2]
        if len(keep) == len(parts):
            return geometry
        if not keep:
            changes.append(
                Change(
                    SLIVER_KEPT,
                    QCoreApplication.translate(
                        "HazardFixer", "Every part is a sliver ({area} m² in all); kept, as a hazard is never deleted."
                    ).format(area=f"{sum(areas):.3f}"),
                    sum(areas),
                    sum(areas),
                )
            )
            return geometry
        for i, area in enumerate(areas):
            if i not in keep:
                changes.append(
                    Change(
                        SLIVER_DROPPED,
                        QCoreApplication.translate("HazardFixer", "Dropped part {part}, a sliver of {area} m².").format(
                            part=i + 1, area=f"{area:.4f}"
                        ),
                        sum(areas),
                        sum(areas) - area,
                    )
                )
        return QgsGeometry.collectGeometry([parts[i] for i in keep])
