"""Deliberate faults of the synthetic register, and the final area bookkeeping.

Every fault kind is the stable rule code that should find it (issue 4 validation,
issue 5 land release), plus ``datum_shift`` and ``evidence_polygon`` (for trainers)
and the task-order faults ``task_overlap`` and ``task_no_hazard``. One kind per
hazard; each fault is recorded as ``{"kind", "hazard_id", "detail", "value", ...}``
where ``value`` is the number a checker should report (overlap m², spacing m, %).
``also`` lists rule codes that may legitimately fire on the same record as a
consequence (a two-vertex ring is also an invalid polygon).
"""

import copy
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)

from benchmarks import synthetic_shapes as shapes
from benchmarks.synthetic_records import OPERATORS, Activity, Task
from benchmarks.synthetic_world import CELL_DEG, GOVERNORATES, metres_per_degree
from benchmarks.synthetic_writer import multipolygon
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer

HAZARD_FAULTS = (
    "invalid_geometry",
    "empty_geometry",
    "too_few_vertices",
    "duplicate_vertex",
    "vertex_spacing",
    "multipart_self_overlap",
    "overlap",
    "duplicate_geometry",
    "duplicate_id",
    "missing_value",
    "unknown_code",
    "area_mismatch",
    "date_order",
    "outside_boundary",
    "wrong_governorate",
    "closed_with_remaining",
    "remaining_mismatch",
    "release_outside_hazard",
    "orphan_release",
    "datum_shift",
    "evidence_polygon",
)
TASK_FAULTS = ("task_overlap", "task_no_hazard")
# Drawn after the hazards by synthetic_beyond.py (a hazard naming a community of another district).
BEYOND_FAULTS = ("wrong_district",)
ALL_FAULTS = HAZARD_FAULTS + TASK_FAULTS + BEYOND_FAULTS
PAIR_FAULTS = ("overlap", "duplicate_geometry", "duplicate_id")
NO_RELEASE_FAULTS = (
    "invalid_geometry",
    "empty_geometry",
    "too_few_vertices",
    "multipart_self_overlap",
    "evidence_polygon",
    "duplicate_id",
)
FAULT_SHARE = 0.04
# Kinds with several variants (see the _fault_* methods): small registers get each variant once.
VARIANTS = {"missing_value": 3, "unknown_code": 2, "duplicate_vertex": 2, "outside_boundary": 2, "area_mismatch": 2}
SPIKE_M = 5600.0
# Karbala 1979 (EPSG:4743) with the 3-parameter shift of EPSG transformation "Karbala 1979 to WGS 84 (1)",
# spelled out so that every PROJ version picks the same operation (about 290 m in northern Iraq).
KARBALA_1979 = "+proj=longlat +ellps=clrk80 +towgs84=70.995,-335.916,262.898,0,0,0,0 +no_defs"

Fault = Tuple[str, int, Optional[int], str]  # (kind, occurrence, partner index, role "first"/"second")


@dataclass
class FaultPlan:
    """Which hazard index gets which fault, and how many orphan releases to add."""

    by_index: Dict[int, Fault] = field(default_factory=dict)
    orphans: int = 0


def plan_faults(rng: random.Random, hazards: int) -> FaultPlan:
    """Every kind (each variant once), then cycle through the kinds until about FAULT_SHARE of the hazards are faulty.

    At most a third of the hazards are used, so very small registers hold only the
    first kinds of the list; from about 100 hazards on every kind and variant is there.
    """
    first_pass = [kind for kind in HAZARD_FAULTS for _ in range(VARIANTS.get(kind, 1))]
    minimum = sum(_slots(kind) for kind in first_pass)
    budget = min(max(minimum, round(FAULT_SHARE * hazards)), hazards // 3)
    items: List[Tuple[str, int]] = []
    occurrences: Dict[str, int] = {}
    slots = 0

    def add(kind: str) -> bool:
        nonlocal slots
        if slots + _slots(kind) > budget or (kind == "orphan_release" and slots >= budget):
            return False
        occurrence = occurrences.get(kind, 0)
        occurrences[kind] = occurrence + 1
        items.append((kind, occurrence))
        slots += _slots(kind)
        return True

    for kind in first_pass:
        add(kind)
    k = misses = 0
    while slots < budget and misses < len(HAZARD_FAULTS):
        kind = HAZARD_FAULTS[k % len(HAZARD_FAULTS)]
        k += 1
        misses = 0 if add(kind) else misses + 1
    plan = FaultPlan()
    indices = rng.sample(range(hazards), slots)
    for kind, occurrence in items:
        if kind == "orphan_release":
            plan.orphans += 1
        elif kind in PAIR_FAULTS:
            first, second = indices.pop(), indices.pop()
            plan.by_index[first] = (kind, occurrence, second, "first")
            plan.by_index[second] = (kind, occurrence, first, "second")
        else:
            plan.by_index[indices.pop()] = (kind, occurrence, None, "first")
    return plan


def _slots(kind: str) -> int:
    """Hazards a fault kind uses: two for a pair, none for an orphan release."""
    return 2 if kind in PAIR_FAULTS else 0 if kind == "orphan_release" else 1


def translate(hazard, dx: float, dy: float) -> None:
    """Move a hazard and everything that hangs off it by (dx, dy) degrees."""
    transform(hazard, lambda x, y: (x + dx, y + dy))


def transform(hazard, fn) -> None:
    """Apply ``fn(x, y) -> (x, y)`` to every coordinate of the hazard, its points and its releases."""
    hazard.vertices = [[fn(x, y) for x, y in part] for part in hazard.vertices]
    hazard.rings = [[fn(x, y) for x, y in ring] for ring in hazard.rings]
    hazard.centres = [fn(x, y) for x, y in hazard.centres]
    hazard.singles = [(t, i, fn(*c)) for t, i, c in hazard.singles]
    for activity in hazard.activities:
        activity.rings = [[fn(x, y) for x, y in ring] for ring in activity.rings]


def mean_radius_m(hazard) -> float:
    """Mean distance of the first part's vertices from its centre, metres."""
    cx, cy = hazard.centres[0]
    per_lon, per_lat = metres_per_degree(cy)
    vertices = hazard.vertices[0]
    return sum(math.hypot((x - cx) * per_lon, (y - cy) * per_lat) for x, y in vertices) / len(vertices)


class FaultInjector:
    """Makes the hazards of a plan (clean or faulty) and records every fault."""

    def __init__(self, generator, plan: FaultPlan) -> None:
        self.gen = generator
        self.rng = generator.rng
        self.plan = plan
        self.errors: List[dict] = []
        self.orphans = []
        self.deferred: List[Tuple[int, Fault]] = []
        self.made: Dict[int, object] = {}
        self.cells: Dict[int, Tuple[int, int]] = {}
        self.measurer = Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))

    def record(self, kind: str, hazard_id: Optional[str], detail: str, value: Optional[float] = None, **extra) -> None:
        entry = {"kind": kind, "hazard_id": hazard_id or "", "detail": detail, "value": value}
        entry.update(extra)
        self.errors.append(entry)

    def area(self, rings) -> float:
        return self.measurer.area_m2(multipolygon(rings))

    # --- hazards ---

    def make_hazard(self, index: int):
        """The hazard at ``index``; None when it is the second of a pair (made later by make_deferred)."""
        gen = self.gen
        fault = self.plan.by_index.get(index)
        if fault is None:
            parts = 2 if self.rng.random() < 0.05 else 1
            return gen.new_hazard(index, gen.place(), parts)
        kind, occurrence, partner, role = fault
        if role == "second":
            self.deferred.append((index, fault))
            return None
        if kind == "overlap":
            cell = gen.place(extra_east=1)
            self.cells[partner] = (cell[0] + 1, cell[1])
        elif kind == "vertex_spacing":
            cell = gen.place(extra_east=7)
        elif kind == "outside_boundary" and occurrence % 2 == 0:
            cell = gen.place_outside()
        else:
            cell = gen.place()
        share = {"datum_shift": 0.19, "multipart_self_overlap": 0.26}.get(kind, 0.38)
        hazard = gen.new_hazard(index, cell, 1, max_radius_share=share)
        hazard.fault = kind
        if kind in NO_RELEASE_FAULTS:
            hazard.activities = []
            hazard.status = model.STATUS_OPEN
            hazard.intended_m2 = self.area(hazard.rings)
        getattr(self, f"_fault_{kind}")(hazard, occurrence)
        self.made[index] = hazard
        return hazard

    def make_deferred(self) -> list:
        """The second hazards of the pairs, once their partners exist."""
        made = []
        for index, (kind, _occurrence, partner, _) in self.deferred:
            first = self.made[partner]
            if kind == "overlap":
                hazard = self.gen.new_hazard(index, self.cells[index], 1)
                self._overlap_pair(first, hazard)
            elif kind == "duplicate_geometry":
                hazard = copy.deepcopy(first)
                hazard.index = index
                hazard.hazard_id = f"HAZ-{index + 1:06d}"
                hazard.guid = self.gen.guid()
                hazard.status = model.STATUS_OPEN
                hazard.activities = []
                hazard.intended_m2 = None
                self.record(
                    kind,
                    ",".join(sorted((first.hazard_id, hazard.hazard_id))),
                    f"{hazard.hazard_id} has exactly the same polygon as {first.hazard_id}: the hazard was entered "
                    f"twice.",
                    also=["overlap"],
                )
            else:  # duplicate_id
                hazard = self.gen.new_hazard(index, self.gen.place(), 1)
                hazard.hazard_id = first.hazard_id
                hazard.activities = []
                hazard.status = model.STATUS_OPEN
                self.record(
                    kind,
                    first.hazard_id,
                    f"Two different hazards (records {first.index + 1} and {index + 1}, guids {first.guid} and "
                    f"{hazard.guid}) carry the same ID {first.hazard_id}.",
                    value=2,
                )
            hazard.fault = kind
            made.append(hazard)
        return made

    def _overlap_pair(self, first, second) -> None:
        per_lon, _ = metres_per_degree(second.centres[0][1])
        width = CELL_DEG * per_lon
        wanted = 0.55 * (mean_radius_m(first) + mean_radius_m(second))
        translate(second, -(width - wanted) / per_lon, 0.0)
        overlap = multipolygon(first.rings).intersection(multipolygon(second.rings))
        area = self.measurer.area_m2(overlap)
        pair = ",".join(sorted((first.hazard_id, second.hazard_id)))
        self.record(
            "overlap",
            pair,
            f"{first.hazard_id} and {second.hazard_id} overlap by {area:,.0f} m².",
            value=round(area, 2),
        )

    def _fault_overlap(self, hazard, occurrence) -> None:
        """The first of the pair is a plain hazard; the second is moved onto it in make_deferred."""

    def _fault_duplicate_geometry(self, hazard, occurrence) -> None:
        """The first of the pair is a plain hazard; make_deferred copies it."""

    def _fault_duplicate_id(self, hazard, occurrence) -> None:
        """The first of the pair is a plain hazard; make_deferred reuses its ID."""

    def _fault_invalid_geometry(self, hazard, occurrence) -> None:
        vertices = hazard.vertices[0]
        for i in range(len(vertices) - 1):
            swapped = list(vertices)
            swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
            geometry = multipolygon([shapes.close(swapped)])
            if not geometry.isGeosValid():
                break
        hazard.vertices = [swapped]
        hazard.rings = [shapes.close(swapped)]
        where = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        location = (
            [round(where[0].where().x(), 7), round(where[0].where().y(), 7)] if where and where[0].hasWhere() else None
        )
        self.record(
            "invalid_geometry",
            hazard.hazard_id,
            f"Turning points TP-{i + 1} and TP-{i + 2} of {hazard.hazard_id} are swapped: the boundary crosses itself "
            f"(bowtie).",
            location=location,
            also=["area_mismatch", "remaining_mismatch"],
        )

    def _fault_empty_geometry(self, hazard, occurrence) -> None:
        hazard.vertices = []
        hazard.rings = []
        self.record(
            "empty_geometry",
            hazard.hazard_id,
            f"{hazard.hazard_id} has attributes but no polygon.",
            also=["area_mismatch", "remaining_mismatch"],
        )

    def _fault_too_few_vertices(self, hazard, occurrence) -> None:
        vertices = hazard.vertices[0]
        kept = [vertices[0], vertices[len(vertices) // 2]]
        hazard.vertices = [kept]
        hazard.rings = [shapes.close(kept)]
        self.record(
            "too_few_vertices",
            hazard.hazard_id,
            f"{hazard.hazard_id} has only 2 turning points.",
            value=2,
            also=["invalid_geometry", "area_mismatch", "remaining_mismatch"],
        )

    def _fault_duplicate_vertex(self, hazard, occurrence) -> None:
        vertices = hazard.vertices[0]
        if occurrence % 2 == 0:
            i = len(vertices) // 2
            changed = vertices[: i + 1] + [vertices[i]] + vertices[i + 1 :]
            detail = (
                f"Turning point TP-{i + 2} of {hazard.hazard_id} repeats TP-{i + 1} (consecutive duplicate vertex)."
            )
        else:
            x, y = vertices[0]
            changed = vertices + [(x + 3e-7, y - 2e-7)]
            detail = (
                f"The End Point TP-{len(changed)} of {hazard.hazard_id} repeats the Start Point TP-1 within "
                f"0.000001 degrees (closing point entered twice)."
            )
        hazard.vertices = [changed]
        hazard.rings = [shapes.close(changed)]
        self.record("duplicate_vertex", hazard.hazard_id, detail)

    def _fault_vertex_spacing(self, hazard, occurrence) -> None:
        vertices = hazard.vertices[0]
        cx, cy = hazard.centres[0]
        per_lon, _ = metres_per_degree(cy)
        spike = (cx + SPIKE_M / per_lon, cy)
        changed = vertices + [spike]
        hazard.vertices = [changed]
        hazard.rings = [shapes.close(changed)]
        before = self.measurer.distance_m(QgsPointXY(*vertices[-1]), QgsPointXY(*spike))
        after = self.measurer.distance_m(QgsPointXY(*spike), QgsPointXY(*vertices[0]))
        self.record(
            "vertex_spacing",
            hazard.hazard_id,
            f"Turning point TP-{len(changed)} of {hazard.hazard_id} is a spike {before:,.0f} m from TP-{len(vertices)} "
            f"and {after:,.0f} m from TP-1 (typing error in a coordinate).",
            value=round(max(before, after), 1),
        )

    def _fault_multipart_self_overlap(self, hazard, occurrence) -> None:
        cx, cy = hazard.centres[0]
        per_lon, _ = metres_per_degree(cy)
        dx = 0.4 * mean_radius_m(hazard) / per_lon
        second = [(x + dx, y) for x, y in hazard.vertices[0]]
        hazard.vertices.append(second)
        hazard.rings.append(shapes.close(second))
        hazard.centres.append((cx + dx, cy))
        first_g, second_g = multipolygon([hazard.rings[0]]), multipolygon([hazard.rings[1]])
        overlap = self.measurer.area_m2(first_g.intersection(second_g))
        union = self.measurer.area_m2(first_g.combine(second_g))
        hazard.intended_m2 = union
        self.record(
            "multipart_self_overlap",
            hazard.hazard_id,
            f"The two parts of {hazard.hazard_id} overlap by {overlap:,.0f} m² ({100 * overlap / union:.1f} % of "
            f"their union).",
            value=round(overlap, 2),
            percent=round(100 * overlap / union, 2),
            also=["invalid_geometry", "area_mismatch"],
        )

    def _fault_missing_value(self, hazard, occurrence) -> None:
        variant = occurrence % 3
        if variant == 0:
            hazard.status = None
            self.record("missing_value", hazard.hazard_id, f"{hazard.hazard_id} has no status.", field="status")
        elif variant == 1:
            hazard.classification = ""
            self.record(
                "missing_value",
                hazard.hazard_id,
                f"{hazard.hazard_id} has an empty classification.",
                field="classification",
            )
        else:
            self.record(
                "missing_value",
                "",
                f"Hazard '{hazard.name}' (guid {hazard.guid}, record {hazard.index + 1}) has no hazard_id.",
                field="hazard_id",
                guid=hazard.guid,
                name=hazard.name,
            )
            hazard.hazard_id = None
            for activity in hazard.activities:
                activity.hazard_id = None

    def _fault_unknown_code(self, hazard, occurrence) -> None:
        if occurrence % 2 == 0:
            hazard.status = "Completed"
            self.record(
                "unknown_code",
                hazard.hazard_id,
                f"{hazard.hazard_id} has status 'Completed', which is not a land status.",
                field="status",
                code="Completed",
            )
        else:
            hazard.classification = "Minefield"
            self.record(
                "unknown_code",
                hazard.hazard_id,
                f"{hazard.hazard_id} has classification 'Minefield', which is not a classification.",
                field="classification",
                code="Minefield",
            )

    def _fault_area_mismatch(self, hazard, occurrence) -> None:
        hazard.estimated_factor = 1.35 if occurrence % 2 == 0 else 0.6

    def _fault_date_order(self, hazard, occurrence) -> None:
        activity = hazard.activities[0]
        activity.start, activity.end = activity.end, activity.start
        self.record(
            "date_order",
            hazard.hazard_id,
            f"Activity {activity.activity_id} on {hazard.hazard_id} ends ({activity.end}) before it starts "
            f"({activity.start}).",
            activity_id=activity.activity_id,
            value=(activity.start - activity.end).days,
        )

    def _fault_outside_boundary(self, hazard, occurrence) -> None:
        if occurrence % 2 == 0:
            claimed = GOVERNORATES[1] if hazard.centres[0][1] > 35.5 else GOVERNORATES[8]
            hazard.governorate = claimed.name
            hazard.district = claimed.districts[0][0]
            detail = (
                f"{hazard.hazard_id} lies across the border, outside every governorate (recorded in {claimed.name})."
            )
        else:
            transform(hazard, lambda x, y: (y, x))
            detail = (
                f"{hazard.hazard_id} has latitude and longitude swapped: it lies far outside Iraq (recorded in "
                f"{hazard.governorate})."
            )
        self.record("outside_boundary", hazard.hazard_id, detail)

    def _fault_wrong_governorate(self, hazard, occurrence) -> None:
        actual = hazard.governorate
        names = [g for g in GOVERNORATES if g.name != actual]
        claimed = names[occurrence % len(names)]
        hazard.governorate = claimed.name
        hazard.district = claimed.districts[0][0]
        self.record(
            "wrong_governorate",
            hazard.hazard_id,
            f"{hazard.hazard_id} is recorded in {claimed.name} but lies in {actual}.",
            recorded=claimed.name,
            actual=actual,
        )

    def _fault_closed_with_remaining(self, hazard, occurrence) -> None:
        hazard.classification = "CHA"
        hazard.activities = []
        self.gen.add_releases(hazard, pattern=model.STATUS_WORKED_ON)
        hazard.status = model.STATUS_CLOSED

    def _fault_remaining_mismatch(self, hazard, occurrence) -> None:
        hazard.classification = "CHA"
        hazard.status = model.STATUS_WORKED_ON
        hazard.activities = []
        self.gen.add_releases(hazard, pattern=model.STATUS_WORKED_ON)

    def _fault_release_outside_hazard(self, hazard, occurrence) -> None:
        hazard.activities = []
        self.gen.add_releases(hazard, pattern=model.STATUS_WORKED_ON)
        hazard.classification, hazard.status = "CHA", model.STATUS_WORKED_ON
        activity = hazard.activities[0]
        scale = 1.25 / 0.97
        activity.rings = [
            [(r[0][0] + scale * (x - r[0][0]), r[0][1] + scale * (y - r[0][1])) for x, y in r] for r in activity.rings
        ]

    def _fault_orphan_release(self, hazard, occurrence) -> None:
        """Not a hazard fault: orphan releases are added in finish()."""

    def _fault_datum_shift(self, hazard, occurrence) -> None:
        cx, cy = hazard.centres[0]
        transform_ = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsCoordinateReferenceSystem.fromProj(KARBALA_1979),
            QgsProject.instance(),
        )
        karbala = transform_.transform(QgsPointXY(cx, cy))
        shift = self.measurer.distance_m(QgsPointXY(cx, cy), karbala)
        translate(hazard, karbala.x() - cx, karbala.y() - cy)
        self.record(
            "datum_shift",
            hazard.hazard_id,
            f"{hazard.hazard_id} was surveyed on a Karbala 1979 map and stored as WGS 84: it sits {shift:,.0f} m from "
            f"the true place.",
            value=round(shift, 1),
        )

    def _fault_evidence_polygon(self, hazard, occurrence) -> None:
        cx, cy = hazard.centres[0]
        per_lon, per_lat = metres_per_degree(cy)
        square = [
            (cx - 1 / per_lon, cy - 1 / per_lat),
            (cx + 1 / per_lon, cy - 1 / per_lat),
            (cx + 1 / per_lon, cy + 1 / per_lat),
            (cx - 1 / per_lon, cy + 1 / per_lat),
        ]
        hazard.vertices = [square]
        hazard.rings = [shapes.close(square)]
        hazard.vertex_point_type = "Evidence point"
        hazard.classification = "EOD Spot Task"
        hazard.hazard_type = "ERW"
        hazard.intended_m2 = None
        self.record(
            "evidence_polygon",
            hazard.hazard_id,
            f"{hazard.hazard_id} is a single evidence point (UXO) drawn as a 4 m² polygon of 4 'Evidence point' "
            f"vertices.",
            value=4,
        )

    # --- orphans, tasks, areas ---

    def finish(self, hazards: list, tasks: list) -> None:
        """Orphan releases and task faults, then every area, then the area faults."""
        for occurrence in range(self.plan.orphans):
            self._orphan(occurrence)
        if self.plan.by_index:
            self._task_faults(hazards, tasks)
        measure_all(hazards, self.orphans, self.measurer)
        for hazard in hazards:
            self._area_fault(hazard)
        order = {kind: n for n, kind in enumerate(ALL_FAULTS)}
        self.errors.sort(
            key=lambda e: (order[e["kind"]], e["hazard_id"], e.get("activity_id", ""), e.get("task_id", ""))
        )

    def _orphan(self, occurrence: int) -> None:
        gen, rng = self.gen, self.rng
        cell = gen.place()
        centre = gen.world.cell_centre(cell)
        per_lon, per_lat = metres_per_degree(centre[1])
        star = shapes.star_offsets(rng, rng.randint(8, 20), rng.uniform(60, 150), 0.3 * CELL_DEG * per_lon)
        ring = shapes.close(shapes.to_lonlat(centre, star, per_lon, per_lat))
        start = gen.random_date(date(2018, 1, 1), date(2023, 1, 1))
        activity = Activity(
            gen.next_activity_id(),
            gen.guid(),
            None,
            "Clearance",
            model.RELEASE_CLEARED,
            rng.choice(OPERATORS),
            start,
            start + timedelta(days=rng.randint(5, 60)),
            start + timedelta(days=rng.randint(61, 90)),
            [ring],
        )
        activity.area_m2 = self.area([ring])
        self.orphans.append(activity)
        self.record(
            "orphan_release",
            "",
            f"Activity {activity.activity_id} has no hazard_id and touches no hazard "
            f"({activity.area_m2:,.0f} m² cleared).",
            value=round(activity.area_m2, 2),
            activity_id=activity.activity_id,
        )

    def _task_faults(self, hazards: list, tasks: list) -> None:
        gen, rng = self.gen, self.rng
        by_id = {h.hazard_id: h for h in hazards if h.fault is None}
        if not tasks:
            tasks.append(gen.task_for(next(iter(by_id.values()))))
        chosen = rng.sample(range(len(tasks)), min(len(tasks), max(2, round(0.03 * len(tasks)))))
        for occurrence, position in enumerate(sorted(chosen)):
            first = tasks[position]
            hazard = by_id[first.hazard_id]
            if occurrence % 2 == 0:
                organisation = [o for o in OPERATORS if o != first.organisation][occurrence % 2]
            else:
                organisation = first.organisation
            second = gen.task_for(hazard, organisation=organisation, shift=0.4)
            tasks.append(second)
            area = self.measurer.area_m2(multipolygon([first.ring]).intersection(multipolygon([second.ring])))
            self.record(
                "task_overlap",
                hazard.hazard_id,
                f"Task orders {first.task_id} ({first.organisation}) and {second.task_id} ({second.organisation}) "
                f"overlap by {area:,.0f} m².",
                value=round(area, 2),
                task_id=f"{first.task_id},{second.task_id}",
            )
        for _ in range(max(1, round(0.01 * len(tasks)))):
            cell = gen.place()
            rect = gen.world.cell_rect(cell)
            inset = 0.3 * CELL_DEG
            x0, y0, x1, y1 = (
                rect.xMinimum() + inset,
                rect.yMinimum() + inset,
                rect.xMaximum() - inset,
                rect.yMaximum() - inset,
            )
            gen._task_no += 1
            start = gen.random_date(date(2020, 1, 1), date(2024, 1, 1))
            task = Task(
                f"TO-{gen._task_no:05d}",
                None,
                f"Task {gen._task_no}",
                "Clearance",
                rng.choice(OPERATORS),
                "Planned",
                start,
                start + timedelta(days=30),
                [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
            )
            tasks.append(task)
            self.record(
                "task_no_hazard",
                "",
                f"Task order {task.task_id} ({task.organisation}) touches no hazard.",
                task_id=task.task_id,
            )

    def _area_fault(self, hazard) -> None:
        kind = hazard.fault
        if kind == "area_mismatch":
            pct = 100 * (hazard.estimated_m2 - hazard.area_m2) / hazard.area_m2
            self.record(
                kind,
                hazard.hazard_id,
                f"{hazard.hazard_id}: estimated area {hazard.estimated_m2:,.0f} m², polygon "
                f"{hazard.area_m2:,.0f} m² ({pct:+.0f} %).",
                value=round(pct, 1),
            )
        elif kind == "closed_with_remaining":
            self.record(
                kind,
                hazard.hazard_id,
                f"{hazard.hazard_id} is Closed but {hazard.remaining_m2:,.0f} m² have not been released.",
                value=round(hazard.remaining_m2, 2),
            )
        elif kind == "remaining_mismatch":
            wrong = round(hazard.remaining_m2 + 0.3 * hazard.area_m2)
            hazard.remaining_recorded_m2 = float(wrong)
            self.record(
                kind,
                hazard.hazard_id,
                f"{hazard.hazard_id} records {wrong:,.0f} m² remaining; its polygons leave "
                f"{hazard.remaining_m2:,.0f} m².",
                value=round(wrong - hazard.remaining_m2, 2),
            )
        elif kind == "release_outside_hazard":
            activity = hazard.activities[0]
            outside = multipolygon(activity.rings).difference(multipolygon(hazard.rings))
            area = self.measurer.area_m2(outside)
            self.record(
                kind,
                hazard.hazard_id,
                f"Activity {activity.activity_id} extends {area:,.0f} m² outside {hazard.hazard_id}.",
                value=round(area, 2),
                activity_id=activity.activity_id,
            )


def measure_all(hazards: list, orphans: list, measurer: Measurer) -> None:
    """Computed areas of hazards and activities, computed remaining area, and the recorded values.

    Clean hazards: the releases are disjoint fans inside the hazard, so remaining =
    area minus the sum of the releases (Closed: 0). Faulty hazards: a real geometric
    difference, on repaired geometry.
    """
    for hazard in hazards:
        hazard_geometry = multipolygon(hazard.rings)
        hazard.area_m2 = measurer.area_m2(hazard_geometry)
        for activity in hazard.activities:
            activity.area_m2 = measurer.area_m2(multipolygon(activity.rings))
        if hazard.fault is None:
            released = sum(a.area_m2 for a in hazard.activities)
            hazard.remaining_m2 = 0.0 if hazard.status == model.STATUS_CLOSED else max(hazard.area_m2 - released, 0.0)
        elif hazard.activities:
            union = QgsGeometry.unaryUnion([multipolygon(a.rings) for a in hazard.activities])
            rest = hazard_geometry.makeValid().difference(union)
            hazard.remaining_m2 = measurer.area_m2(rest)
        else:
            hazard.remaining_m2 = hazard.intended_m2 if hazard.intended_m2 is not None else hazard.area_m2
        basis = hazard.intended_m2 if hazard.intended_m2 is not None else hazard.area_m2
        hazard.estimated_m2 = float(round(basis * hazard.estimated_factor))
        hazard.remaining_recorded_m2 = round(hazard.remaining_m2, 2)
