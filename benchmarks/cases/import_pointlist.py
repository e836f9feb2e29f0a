"""Benchmark: an IMSMA point list of ~100,000 points (~10,000 polygons) into the canonical GeoPackage.

Size = number of points (rows) of the point list.

``prepare`` builds a synthetic register (benchmarks.synthetic.build_register when it is
available, else a simple generator of 8-12 vertex polygons here) and writes it as a
point list with mixed notations and 30 % of the polygons surveyed by bearing and
distance. ``ours`` runs the whole loader: detect, read, parse, project, write, measure.
No peer: nothing else reads this format.
"""

import math
import random
from pathlib import Path

from benchmarks.common import Case, Prepared


def _fallback_register(folder: Path, polygons: int) -> Path:
    """Star-shaped polygons of 8-12 vertices (~10 points each) on a grid in northern Iraq."""
    from qgis.core import QgsGeometry, QgsPointXY

    from mineaction_qgis.core.common import model
    from mineaction_qgis.core.imsma.records import ObjectRecord
    from mineaction_qgis.core.imsma.writer import RegisterWriter

    rng = random.Random(1)
    path = folder / f"fallback_register_{polygons}.gpkg"
    if path.exists():
        return path
    with RegisterWriter(str(path)) as writer:
        side = int(math.ceil(math.sqrt(polygons)))
        for index in range(polygons):
            cx, cy = 42.5 + 0.02 * (index % side), 34.5 + 0.02 * (index // side)
            count = rng.randint(8, 12)
            ring = []
            for vertex in range(count):
                angle = 2 * math.pi * vertex / count
                radius = 0.002 * (0.6 + 0.4 * rng.random())
                ring.append(QgsPointXY(cx + radius * math.sin(angle), cy + radius * math.cos(angle)))
            ring.append(QgsPointXY(ring[0]))
            geometry = QgsGeometry.fromMultiPolygonXY([[ring]])
            writer.add(ObjectRecord(model.HAZARDS, {"hazard_id": f"Land-{index + 1}"}, geometry, "bench", str(index)))
    return path


def prepare(size: int, workdir: Path) -> Prepared:
    """``size`` is the number of points wanted; the register's hazard count is chosen to match."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from benchmarks.writers.pointlist import write_pointlist

    workdir.mkdir(parents=True, exist_ok=True)
    try:
        from benchmarks.synthetic import build_register

        pilot = build_register(workdir, hazards=300, seed=1, errors=False).gpkg
        per_hazard = write_pointlist(Path(pilot), workdir / "pilot.csv", seed=1)["rows"] / 300.0
        register = build_register(workdir, hazards=max(1, round(size / per_hazard)), seed=1, errors=False).gpkg
    except Exception:  # the shared generator is optional here; fall back to our own
        register = _fallback_register(workdir, max(1, size // 10))
    out = workdir / f"pointlist_{size}.csv"
    info = write_pointlist(Path(register), out, notation="mixed", bearing_share=0.3, seed=1)
    return {"path": str(out), "rows": info["rows"], "polygons": info["polygons"], "source_crs": info["source_crs"]}


def ours(prepared: Prepared, scratch: Path) -> None:
    """The loader the algorithm runs (detect, read, write), without Processing's parameter layer."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from mineaction_qgis.core.imsma.loader import load_files
    from mineaction_qgis.core.imsma.records import ReadOptions

    result = load_files(
        [prepared["path"]], str(scratch / "register.gpkg"), options=ReadOptions(source_crs=prepared["source_crs"])
    )
    loaded = result.counts.points + result.counts.rejected
    if loaded != prepared["rows"]:
        raise RuntimeError(f"count invariant broken: {loaded} != {prepared['rows']}")


CASES = [
    Case(
        name="import_pointlist",
        peer_name="none",
        sizes=[100_000],  # points (about 10,000 polygons)
        prepare=prepare,
        ours=ours,
        peer=None,
        target="<= 15 s",
        quick_sizes=[10_000],
    )
]
