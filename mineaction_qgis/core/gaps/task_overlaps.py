"""Task-order overlaps: where two task orders cover the same land, and tasks on no hazard.

Two operators sent to the same ground waste effort and put teams at risk; the same
operator given the same ground twice is a registration error. Every pair of task
polygons whose interiors overlap (by at least a minimum area) gives one finding
with the shared polygon, both tasks' IDs, operators, statuses and dates, and
whether their periods overlap in time. With a hazards layer, tasks that touch no
hazard at all are reported too. Geometry is computed in the tasks' CRS and
measured on the WGS 84 ellipsoid (see core/gaps/analysis.py for why).
"""

from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsGeometry,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from mineaction_qgis.core.common import dates
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.common.repair import polygonal, repaired, validity_error
from mineaction_qgis.core.gaps.analysis import flat_2d

FINDING_OVERLAP = "overlap"
FINDING_NO_HAZARD = "no_hazard"
FINDING_NO_GEOMETRY = "no_geometry"
FINDING_INVALID = "invalid_geometry"


def as_date(value) -> Optional[QDate]:
    """QDate of a date value (core/common/dates.py, the plugin's one date reader); None when empty or unreadable."""
    return dates.to_qdate(value)


@dataclass
class Task:
    """One task order as read."""

    task_id: str
    geometry: QgsGeometry
    organisation: Optional[str] = None
    status: Optional[str] = None
    start: Optional[QDate] = None
    end: Optional[QDate] = None
    fid: int = -1


@dataclass
class TaskFinding:
    """An overlap between two tasks, a task on no hazard, an invalid or a missing task geometry."""

    finding: str
    task: Task
    geometry: QgsGeometry
    area_m2: float
    message: str
    other: Optional[Task] = None
    notes: List[str] = field(default_factory=list)

    @property
    def same_operator(self) -> Optional[bool]:
        if self.other is None:
            return None
        mine, theirs = (self.task.organisation or "").strip().lower(), (self.other.organisation or "").strip().lower()
        return bool(mine) and mine == theirs

    @property
    def periods_overlap(self) -> Optional[bool]:
        """True when the two tasks' periods share a day; None when a task has no date at all."""
        if self.other is None:
            return None
        a, b = self.task, self.other
        if (a.start is None and a.end is None) or (b.start is None and b.end is None):
            return None
        a_start, a_end = a.start or QDate(1, 1, 1), a.end or QDate(9999, 12, 31)
        b_start, b_end = b.start or QDate(1, 1, 1), b.end or QDate(9999, 12, 31)
        return a_start <= b_end and b_start <= a_end


class TaskOverlapFinder:
    """Finds overlapping task pairs (spatial index, bounding boxes, prepared geometries)."""

    def __init__(
        self,
        crs: QgsCoordinateReferenceSystem,
        transform_context: Optional[QgsCoordinateTransformContext] = None,
        min_area_m2: float = 1.0,
    ) -> None:
        self.area = Measurer(crs, transform_context).straight_area_m2
        self.min_area_m2 = min_area_m2

    def find(
        self,
        tasks: Sequence[Task],
        hazards: Optional[Iterable[QgsGeometry]] = None,
        feedback: Optional[QgsFeedback] = None,
    ) -> List[TaskFinding]:
        """Overlap findings (each pair once, in input order), then tasks on no hazard when ``hazards`` is given."""
        findings: List[TaskFinding] = []
        geometries: List[QgsGeometry] = []
        notes: List[List[str]] = []
        index = QgsSpatialIndex()
        for position, task in enumerate(tasks):
            geometry = flat_2d(task.geometry)
            task_notes: List[str] = []
            if geometry.isNull() or geometry.isEmpty():
                geometry = QgsGeometry()
                findings.append(
                    TaskFinding(
                        FINDING_NO_GEOMETRY,
                        task,
                        QgsGeometry(),
                        0.0,
                        QCoreApplication.translate("TaskOverlapFinder", "Task {task_id} has no geometry.").format(
                            task_id=task.task_id
                        ),
                    )
                )
            else:
                reason = validity_error(geometry)
                if reason:
                    geometry = repaired(geometry)
                    message = QCoreApplication.translate(
                        "TaskOverlapFinder",
                        "The geometry of task {task_id} is invalid ({reason}); it was repaired for the computation.",
                    ).format(task_id=task.task_id, reason=reason)
                    task_notes.append(message)
                    findings.append(TaskFinding(FINDING_INVALID, task, geometry, self.area(geometry), message))
                if not geometry.isEmpty():
                    index.addFeature(position, geometry.boundingBox())
            geometries.append(geometry)
            notes.append(task_notes)
        total = max(len(tasks), 1)
        for position, task in enumerate(tasks):
            if feedback is not None:
                if feedback.isCanceled():
                    return findings
                if position % 200 == 0:
                    feedback.setProgress(80.0 * position / total)
            geometry = geometries[position]
            if geometry.isEmpty():
                continue
            others = sorted(other for other in index.intersects(geometry.boundingBox()) if other > position)
            if not others:
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            for other in others:
                other_geometry = geometries[other]
                if not engine.intersects(other_geometry.constGet()):
                    continue
                shared = polygonal(geometry.intersection(other_geometry))
                area = self.area(shared)
                if area < self.min_area_m2:
                    continue
                finding = TaskFinding(
                    FINDING_OVERLAP,
                    task,
                    shared,
                    area,
                    QCoreApplication.translate(
                        "TaskOverlapFinder",
                        "Tasks {task_id} ({organisation}) and {other_id} ({other_organisation}) overlap on {area} m².",
                    ).format(
                        task_id=task.task_id,
                        organisation=task.organisation or "?",
                        other_id=tasks[other].task_id,
                        other_organisation=tasks[other].organisation or "?",
                        area=format_decimal(area),
                    ),
                    other=tasks[other],
                    notes=notes[position] + notes[other],
                )
                findings.append(finding)
        if hazards is not None:
            findings.extend(self._no_hazard(tasks, geometries, notes, hazards))
        if feedback is not None:
            feedback.setProgress(100.0)
        return findings

    def _no_hazard(
        self,
        tasks: Sequence[Task],
        geometries: List[QgsGeometry],
        notes: List[List[str]],
        hazards: Iterable[QgsGeometry],
    ) -> List[TaskFinding]:
        index = QgsSpatialIndex()
        shapes: List[QgsGeometry] = []
        for hazard in hazards:
            hazard = flat_2d(hazard)
            if hazard.isNull() or hazard.isEmpty():
                continue
            if validity_error(hazard):
                hazard = repaired(hazard)
            index.addFeature(len(shapes), hazard.boundingBox())
            shapes.append(hazard)
        findings = []
        for position, task in enumerate(tasks):
            geometry = geometries[position]
            if geometry.isEmpty():
                continue
            candidates = index.intersects(geometry.boundingBox())
            if candidates:
                engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                engine.prepareGeometry()
                if any(engine.intersects(shapes[c].constGet()) for c in candidates):
                    continue
            findings.append(
                TaskFinding(
                    FINDING_NO_HAZARD,
                    task,
                    geometry,
                    self.area(geometry),
                    QCoreApplication.translate(
                        "TaskOverlapFinder", "Task {task_id} ({organisation}) touches no hazard."
                    ).format(task_id=task.task_id, organisation=task.organisation or "?"),
                    notes=notes[position],
                )
            )
        return findings
