"""Task orders on land that needs no more work: land already released, or a closed hazard.

A team sent to land that a completed activity already cancelled, reduced or cleared,
or to a hazard closed in the register, works for nothing — or the register is wrong.
Either way a data manager wants to know before the team goes. A release counts as
"already released" for a task when it ended (or, undated, is recorded) no later than
the task's start; a task without a start date is compared with every release.
Geometry is computed in the tasks' CRS and measured on the WGS 84 ellipsoid, like the
overlaps of ``task_overlaps.py``, whose ``Task`` and ``TaskFinding`` it reuses.
"""

from dataclasses import dataclass
from typing import Callable, Iterable, List, Optional, Sequence

from qgis.core import QgsFeedback, QgsGeometry, QgsSpatialIndex
from qgis.PyQt.QtCore import QCoreApplication, QDate

from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.common.repair import polygonal, repaired, validity_error
from mineaction_qgis.core.gaps.analysis import flat_2d
from mineaction_qgis.core.gaps.task_overlaps import Task, TaskFinding

FINDING_RELEASED = "on_released_land"
FINDING_CLOSED_HAZARD = "on_closed_hazard"
# Hazard statuses meaning no more work (canonical values and IMSMA base terms, compared folded).
CLOSED_HAZARD_STATUSES = frozenset({"closed", "expired", "handed over", "completed"})
RELEASED_TYPES = frozenset({"cancelled", "reduced", "cleared"})


@dataclass
class ReleaseShape:
    """Released land of one activity."""

    activity_id: str
    release_type: str
    geometry: QgsGeometry
    date: Optional[QDate] = None  # end date, else start date


@dataclass
class HazardShape:
    """A hazard polygon with its status."""

    hazard_id: str
    status: Optional[str]
    geometry: QgsGeometry


def is_closed(status: Optional[str]) -> bool:
    return bool(status) and " ".join(str(status).split()).casefold() in CLOSED_HAZARD_STATUSES


def _indexed(geometries: Sequence[QgsGeometry]) -> QgsSpatialIndex:
    index = QgsSpatialIndex()
    for position, geometry in enumerate(geometries):
        if not geometry.isEmpty():
            index.addFeature(position, geometry.boundingBox())
    return index


def _clean(geometry: QgsGeometry) -> QgsGeometry:
    geometry = flat_2d(geometry)
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    return repaired(geometry) if validity_error(geometry) else geometry


class TaskLandFinder:
    """Finds tasks on released land and on closed hazards."""

    def __init__(self, area: Callable[[QgsGeometry], float], min_area_m2: float = 1.0) -> None:
        self.area = area
        self.min_area_m2 = min_area_m2

    def find(
        self,
        tasks: Sequence[Task],
        releases: Iterable[ReleaseShape] = (),
        hazards: Iterable[HazardShape] = (),
        feedback: Optional[QgsFeedback] = None,
    ) -> List[TaskFinding]:
        release_list = [r for r in releases if str(r.release_type or "").casefold() in RELEASED_TYPES]
        release_geometries = [_clean(r.geometry) for r in release_list]
        closed = [h for h in hazards if is_closed(h.status)]
        closed_geometries = [_clean(h.geometry) for h in closed]
        release_index, closed_index = _indexed(release_geometries), _indexed(closed_geometries)
        findings: List[TaskFinding] = []
        for position, task in enumerate(tasks):
            if feedback is not None and feedback.isCanceled():
                break
            geometry = _clean(task.geometry)
            if geometry.isEmpty():
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            earlier = [
                c
                for c in sorted(release_index.intersects(geometry.boundingBox()))
                if engine.intersects(release_geometries[c].constGet())
                and (task.start is None or release_list[c].date is None or release_list[c].date <= task.start)
            ]
            if earlier:
                shared = polygonal(
                    geometry.intersection(QgsGeometry.unaryUnion([release_geometries[c] for c in earlier]))
                )
                area = self.area(shared)
                if area >= self.min_area_m2:
                    by = ", ".join(f"{release_list[c].activity_id} ({release_list[c].release_type})" for c in earlier)
                    message = QCoreApplication.translate(
                        "TaskLandFinder",
                        "Task {task_id} ({organisation}) covers {area} m² of land already released by {activities}.",
                    ).format(
                        task_id=task.task_id,
                        organisation=task.organisation or "?",
                        area=format_decimal(area),
                        activities=by,
                    )
                    findings.append(TaskFinding(FINDING_RELEASED, task, shared, area, message))
            for c in sorted(closed_index.intersects(geometry.boundingBox())):
                if not engine.intersects(closed_geometries[c].constGet()):
                    continue
                shared = polygonal(geometry.intersection(closed_geometries[c]))
                area = self.area(shared)
                if area < self.min_area_m2:
                    continue
                hazard = closed[c]
                message = QCoreApplication.translate(
                    "TaskLandFinder",
                    "Task {task_id} ({organisation}) is on hazard {hazard_id}, whose status is {status}: {area} m² of "
                    "the task.",
                ).format(
                    task_id=task.task_id,
                    organisation=task.organisation or "?",
                    hazard_id=hazard.hazard_id,
                    status=hazard.status,
                    area=format_decimal(area),
                )
                findings.append(TaskFinding(FINDING_CLOSED_HAZARD, task, shared, area, message))
            if feedback is not None and position % 200 == 0:
                feedback.setProgress(80.0 + 20.0 * position / max(len(tasks), 1))
        return findings
