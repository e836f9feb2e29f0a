"""Deterministic synthetic registers: benchmark data, test data and the bundled sample.

``build_register(folder, hazards, seed, errors)`` writes a canonical GeoPackage
(layers hazards, activities, points, tasks, governorates, and locations, items,
spot_tasks, accidents and victims (synthetic_beyond.py), exactly as
``mineaction_qgis/core/common/model.py`` defines them, EPSG:4326) for a fictional area of
northern and central Iraq, and returns the list of deliberate faults it contains.
The same hazards, seed and errors flag always give the same data (one seeded
``random.Random``, no global state), so the file is cached in ``folder``.

All names, operators and records are fictional; the governorate polygons are
illustrative, not official boundaries (see benchmarks/synthetic_world.py).
"""

import json
import os
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from benchmarks import synthetic_shapes as shapes
from benchmarks.synthetic_beyond import Beyond, generate_beyond
from benchmarks.synthetic_faults import FaultInjector, FaultPlan, plan_faults
from benchmarks.synthetic_records import OPERATORS, Activity, Hazard, Ring, Task
from benchmarks.synthetic_world import CELL_DEG, GOVERNORATES, LAT_MIN, LON_MIN, OUTLINE, World, metres_per_degree
from benchmarks.synthetic_writer import write_register

GENERATOR_VERSION = 4

HAZARD_TYPES = (("IED", 30), ("ERW", 25), ("Mines", 25), ("Cluster munitions", 8), ("Mixed", 12))
OTHER_CLASSES = ("Indication", "EOD Spot Task", "Stockpile")
TASK_TYPES = ("Non-technical survey", "Technical survey", "Clearance", "EOD")
MULTIPART_SHARE = 0.05
BEARING_SURVEY_SHARE = 0.3
TASK_SHARE = 0.2


@dataclass
class RegisterInfo:
    """Where the register is and which deliberate faults it holds."""

    gpkg: Path
    errors: List[dict]
    counts: Dict[str, int] = field(default_factory=dict)


@dataclass
class Register:
    """The whole generated register, before writing."""

    world: World
    hazards: List[Hazard]
    orphans: List[Activity]
    tasks: List[Task]
    errors: List[dict]
    seed: int
    beyond: Beyond = field(default_factory=Beyond)  # communities, items, spot tasks, accidents, victims


def register_paths(folder: Path, hazards: int, seed: int, errors: bool) -> Tuple[Path, Path]:
    """(GeoPackage, errors JSON) file names for one register."""
    stem = f"register_v{GENERATOR_VERSION}_h{hazards}_s{seed}_{'faults' if errors else 'clean'}"
    return folder / f"{stem}.gpkg", folder / f"{stem}.errors.json"


def build_register(folder: Path, hazards: int, seed: int = 1, errors: bool = True) -> RegisterInfo:
    """Build (or reuse from ``folder``) the register for (hazards, seed, errors). Needs a running QgsApplication."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg, sidecar = register_paths(folder, hazards, seed, errors)
    if gpkg.exists() and sidecar.exists():
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        return RegisterInfo(gpkg, data["errors"], data["counts"])
    register = Generator(hazards, seed, errors).generate()
    tmp = gpkg.with_name(f"{gpkg.stem}.{os.getpid()}.tmp.gpkg")
    counts = write_register(register, tmp)
    os.replace(tmp, gpkg)
    payload = {
        "generator_version": GENERATOR_VERSION,
        "hazards": hazards,
        "seed": seed,
        "faults": errors,
        "counts": counts,
        "errors": register.errors,
    }
    tmp_json = sidecar.with_name(sidecar.name + f".{os.getpid()}.tmp")
    tmp_json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp_json, sidecar)
    return RegisterInfo(gpkg, register.errors, counts)


def _weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


class Generator:
    """Draws one register from a seed. Each call of ``generate`` starts from the seed again."""

    def __init__(self, hazards: int, seed: int, errors: bool) -> None:
        if hazards < 1:
            raise ValueError("a register needs at least one hazard")
        self.count = hazards
        self.seed = seed
        self.with_errors = errors

    # --- ids and dates ---

    def guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def next_activity_id(self) -> str:
        self._activity_no += 1
        return f"ACT-{self._activity_no:06d}"

    def random_date(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    # --- placement ---

    def _clusters(self) -> List[Tuple[int, int, float]]:
        """Cluster centres (cell ix, iy, spread in cells): at least one per governorate."""
        rng = self.rng
        clusters = []
        xs = [x for x, _ in OUTLINE]
        ys = [y for _, y in OUTLINE]
        total = max(len(GOVERNORATES), self.count // 300)
        for k in range(total):
            wanted = k % len(GOVERNORATES)
            for _ in range(100000):
                cell = (
                    int((rng.uniform(min(xs), max(xs)) - LON_MIN) / CELL_DEG),
                    int((rng.uniform(min(ys), max(ys)) - LAT_MIN) / CELL_DEG),
                )
                if self.world.owner(cell) == wanted:
                    break
            clusters.append((cell[0], cell[1], rng.uniform(6, 30)))
        return clusters

    def place(self, extra_east: int = 0) -> Tuple[int, int]:
        """A free usable cell near a cluster (plus ``extra_east`` free cells east of it, same governorate)."""
        rng = self.rng
        for attempt in range(200):
            if attempt < 40:
                cx, cy, spread = self.clusters[rng.randrange(len(self.clusters))]
                cell = (cx + round(rng.gauss(0, spread)), cy + round(rng.gauss(0, spread)))
            else:
                cx, cy, _ = self.clusters[rng.randrange(len(self.clusters))]
                cell = (cx + rng.randint(-400, 400), cy + rng.randint(-300, 300))
            cells = [(cell[0] + k, cell[1]) for k in range(extra_east + 1)]
            if self.world.free(cells):
                self.world.occupied.update(cells)
                return cell
        raise RuntimeError("no free cell left for a hazard; the register is too large for the illustrative area")

    def place_outside(self) -> Tuple[int, int]:
        """A cell across the border, touching no governorate (inside lon 36-48, lat 29-37.5)."""
        rng = self.rng
        while True:
            cell = (
                int((rng.uniform(38.0, 41.0) - LON_MIN) / CELL_DEG),
                int((rng.uniform(34.8, 36.8) - LAT_MIN) / CELL_DEG),
            )
            if cell not in self.world.occupied and self.world.outside_all(cell):
                self.world.occupied.add(cell)
                return cell

    # --- hazards ---

    def new_hazard(self, index: int, cell: Tuple[int, int], parts: int = 1, max_radius_share: float = 0.38) -> Hazard:
        """A clean hazard in ``cell`` with its shape, points and releases."""
        rng = self.rng
        centre = self.world.cell_centre(cell)
        per_lon, per_lat = metres_per_degree(centre[1])
        width = CELL_DEG * per_lon
        height = CELL_DEG * per_lat
        owner = self.world.owner(cell)
        governorate = GOVERNORATES[owner].name if owner >= 0 else GOVERNORATES[0].name
        district = self.world.nearest_district(max(owner, 0), *centre)
        area = min(max(rng.lognormvariate(10.6, 1.0), 3000.0), 400000.0)
        centres, vertices = [], []
        if parts == 1:
            offsets = [(0.0, 0.0)]
            limits = [max_radius_share * width]
        else:
            offsets = [(-0.25 * width, 0.0), (0.25 * width, 0.0)]
            limits = [0.2 * width, 0.2 * width]
        for (dx, dy), limit in zip(offsets, limits):
            part_centre = (centre[0] + dx / per_lon, centre[1] + dy / per_lat)
            radius = (area / len(offsets) / 3.14159) ** 0.5
            star = shapes.star_offsets(rng, rng.randint(8, 40), radius, limit)
            centres.append(part_centre)
            vertices.append(shapes.to_lonlat(part_centre, star, per_lon, per_lat))
        classification = _weighted(rng, (("SHA", 45), ("CHA", 48), ("other", 7)))
        if classification == "other":
            classification = rng.choice(OTHER_CLASSES)
        if classification == "SHA":
            status = _weighted(rng, (("Open", 70), ("Closed", 30)))
        elif classification == "CHA":
            status = _weighted(rng, (("Open", 30), ("Worked On", 45), ("Closed", 25)))
        else:
            status = _weighted(rng, (("Open", 60), ("Closed", 40)))
        hazard_type = _weighted(rng, HAZARD_TYPES)
        number = index + 1
        hazard = Hazard(
            index=index,
            hazard_id=f"HAZ-{number:06d}",
            guid=self.guid(),
            name=f"{district} {hazard_type} {number}",
            classification=classification,
            status=status,
            hazard_type=hazard_type,
            governorate=governorate,
            district=district,
            organisation=rng.choice(OPERATORS),
            doi=date(2016, 1, 1),
            cell=cell,
            centres=centres,
            vertices=vertices,
            rings=[shapes.close(v) for v in vertices],
            bearing_survey=rng.random() < BEARING_SURVEY_SHARE,
            estimated_factor=rng.uniform(0.97, 1.03),
        )
        # Benchmark and reference point south of the hazard, inside the cell, outside the polygon.
        bm = (
            centre[0] + rng.uniform(-0.15, -0.05) * width / per_lon,
            centre[1] - rng.uniform(0.43, 0.47) * height / per_lat,
        )
        rp = (
            centre[0] + rng.uniform(0.05, 0.15) * width / per_lon,
            centre[1] - rng.uniform(0.38, 0.42) * height / per_lat,
        )
        hazard.singles = [("Benchmark", "BM-1", bm), ("Reference point", "RP-1", rp)]
        self.add_releases(hazard)
        return hazard

    def add_releases(self, hazard: Hazard, pattern: Optional[str] = None) -> None:
        """Activities for the hazard: the release pattern follows its status and classification."""
        rng = self.rng
        pattern = pattern or hazard.status
        survey = self.random_date(date(2016, 1, 1), date(2021, 12, 31))
        plans: List[Tuple[str, str, List[Ring]]] = []

        def fans(run_of, scale):
            return [shapes.fan(c, v, run_of(len(v)), scale) for c, v in zip(hazard.centres, hazard.vertices)]

        if pattern == "Closed":
            cut = rng.uniform(0.35, 0.65)
            runs = [
                shapes.complementary_runs(len(v), max(2, min(len(v) - 2, round(len(v) * cut)))) for v in hazard.vertices
            ]
            first = [shapes.fan(c, v, r[0]) for c, v, r in zip(hazard.centres, hazard.vertices, runs)]
            second = [shapes.fan(c, v, r[1]) for c, v, r in zip(hazard.centres, hazard.vertices, runs)]
            if hazard.classification == "SHA":
                plans = [("Non-technical survey", "cancelled", first), ("Technical survey", "reduced", second)]
            else:
                plans = [("Technical survey", "reduced", first), ("Clearance", "cleared", second)]
        elif pattern == "Worked On":
            plans = [
                ("Technical survey", "reduced", fans(lambda n: shapes.split_runs(n, 3)[0], 0.97)),
                ("Clearance", "cleared", fans(lambda n: shapes.split_runs(n, 3)[1], 0.97)),
            ]
            if rng.random() < 0.5:
                plans.append(("Progress Report", "cleared", fans(lambda n: shapes.split_runs(n, 3)[2], 0.6)))
        else:
            plans = [("Non-technical survey", "cancelled", fans(lambda n: shapes.split_runs(n, 3)[0], 0.97))]
            if rng.random() < 0.7:
                plans.append(("Technical survey", "reduced", fans(lambda n: shapes.split_runs(n, 3)[1], 0.97)))
        day = survey
        for activity_type, release_type, rings in plans:
            start = day + timedelta(days=rng.randint(10, 200))
            end = start + timedelta(days=rng.randint(3, 120))
            organisation = hazard.organisation if rng.random() < 0.8 else rng.choice(OPERATORS)
            hazard.activities.append(
                Activity(
                    activity_id=self.next_activity_id(),
                    guid=self.guid(),
                    hazard_id=hazard.hazard_id,
                    activity_type=activity_type,
                    release_type=release_type,
                    organisation=organisation,
                    start=start,
                    end=end,
                    doi=end + timedelta(days=rng.randint(1, 14)),
                    rings=rings,
                    recorded_factor=rng.uniform(0.99, 1.01),
                )
            )
            day = end
        hazard.doi = day + timedelta(days=rng.randint(0, 20))

    # --- tasks ---

    def task_for(self, hazard: Hazard, organisation: Optional[str] = None, shift: float = 0.0) -> Task:
        """A task order: the hazard's bounding box with a margin, kept inside the hazard's cell."""
        rng = self.rng
        xs = [x for ring in hazard.rings for x, _ in ring]
        ys = [y for ring in hazard.rings for _, y in ring]
        cell = self.world.cell_rect(hazard.cell)
        margin_x = 0.1 * (max(xs) - min(xs))
        margin_y = 0.1 * (max(ys) - min(ys))
        inset = 0.02 * CELL_DEG
        width = max(xs) - min(xs) + 2 * margin_x
        x0 = max(min(xs) - margin_x + shift * width, cell.xMinimum() + inset)
        x1 = min(max(xs) + margin_x + shift * width, cell.xMaximum() - inset)
        y0 = max(min(ys) - margin_y, cell.yMinimum() + inset)
        y1 = min(max(ys) + margin_y, cell.yMaximum() - inset)
        self._task_no += 1
        start = hazard.doi + timedelta(days=rng.randint(5, 90))
        return Task(
            task_id=f"TO-{self._task_no:05d}",
            hazard_id=hazard.hazard_id,
            name=f"Task {self._task_no} {hazard.district}",
            task_type=rng.choice(TASK_TYPES),
            organisation=organisation or hazard.organisation,
            status=rng.choice(("Planned", "Active", "Completed", "Cancelled")),
            start=start,
            end=start + timedelta(days=rng.randint(10, 150)),
            ring=[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
        )

    # --- the whole register ---

    def generate(self) -> Register:
        self.rng = random.Random(f"mineaction-synthetic-{self.seed}-{self.count}-{int(self.with_errors)}")
        self._activity_no = 0
        self._task_no = 0
        self.world = World.build()
        self.clusters = self._clusters()
        plan = plan_faults(self.rng, self.count) if self.with_errors else FaultPlan()
        injector = FaultInjector(self, plan)
        hazards: List[Hazard] = []
        for index in range(self.count):
            hazard = injector.make_hazard(index)
            if hazard is not None:
                hazards.append(hazard)
        hazards.extend(injector.make_deferred())
        hazards.sort(key=lambda h: h.index)
        tasks = [self.task_for(h) for h in hazards if h.fault is None and self.rng.random() < TASK_SHARE]
        injector.finish(hazards, tasks)
        beyond = generate_beyond(hazards, self.seed, self.count, self.with_errors, injector.errors)
        return Register(self.world, hazards, injector.orphans, tasks, injector.errors, self.seed, beyond)
