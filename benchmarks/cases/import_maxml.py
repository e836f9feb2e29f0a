"""Benchmark: IMSMA NG maXML into the canonical GeoPackage — speed and peak memory.

- ``import_maxml``: about ``size`` points (100,000 ≈ 10,000 polygons) from one maXML
  file through the whole loader (detect, two streamed passes, write, measure), with the
  synthetic register's explosive items, spot tasks, communities, accidents and victims.
  Target ≤ 15 s.
- ``import_maxml_memory``: a maXML of about ``size`` MB (500) written by repeating the
  register with new IDs; the reader streams, so peak memory must stay ≤ 1 GB.

``prepare`` uses the shared synthetic register (benchmarks.synthetic.build_register)
when it works, else a simple generator of 8-12 vertex polygons here, and writes it
with benchmarks.writers.maxml. No peer: nothing else reads maXML.
"""

import json
import math
import random
from pathlib import Path

from benchmarks.common import Case, Prepared

POINTS_PER_POLYGON = 10


def _fallback_register(folder: Path, hazards: int) -> Path:
    """Hazards of 8-12 vertices on a grid in northern Iraq, one activity per third hazard."""
    from osgeo import ogr, osr

    path = folder / f"import_maxml_fallback_{hazards}.gpkg"
    if path.exists():
        return path
    rng = random.Random(1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layers = {
        "hazards": ("hazard_id", "classification", "status"),
        "activities": ("activity_id", "hazard_id", "activity_type", "release_type"),
    }
    created = {}
    for name, fields in layers.items():
        layer = dataset.CreateLayer(name, srs, ogr.wkbMultiPolygon)
        for field_name in fields:
            layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))
        created[name] = layer
    dataset.CreateLayer("points", srs, ogr.wkbPoint).CreateField(ogr.FieldDefn("point_type", ogr.OFTString))
    side = int(math.ceil(math.sqrt(hazards)))

    def polygon(cx: float, cy: float, scale: float) -> ogr.Geometry:
        count = rng.randint(8, 12)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for vertex in range(count):
            angle = 2 * math.pi * vertex / count
            radius = scale * (0.6 + 0.4 * rng.random())
            ring.AddPoint_2D(cx + radius * math.sin(angle), cy + radius * math.cos(angle))
        ring.CloseRings()
        shape = ogr.Geometry(ogr.wkbPolygon)
        shape.AddGeometry(ring)
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        multi.AddGeometry(shape)
        return multi

    dataset.StartTransaction()
    for index in range(hazards):
        cx, cy = 42.5 + 0.02 * (index % side), 34.5 + 0.02 * (index // side)
        feature = ogr.Feature(created["hazards"].GetLayerDefn())
        feature.SetField("hazard_id", f"Land-{index + 1}")
        feature.SetField("classification", "CHA" if index % 2 else "SHA")
        feature.SetField("status", ("Open", "Worked On", "Closed")[index % 3])
        feature.SetGeometry(polygon(cx, cy, 0.002))
        created["hazards"].CreateFeature(feature)
        if index % 3 == 0:
            feature = ogr.Feature(created["activities"].GetLayerDefn())
            feature.SetField("activity_id", f"ACT-{index + 1}")
            feature.SetField("hazard_id", f"Land-{index + 1}")
            feature.SetField("activity_type", "Clearance")
            feature.SetField("release_type", "cleared")
            feature.SetGeometry(polygon(cx, cy, 0.001))
            created["activities"].CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return path


def _register(workdir: Path, hazards: int) -> Path:
    try:
        from benchmarks.synthetic import build_register

        return Path(build_register(workdir, hazards=hazards, seed=1, errors=False).gpkg)
    except Exception:  # the shared generator is optional here; fall back to our own
        return _fallback_register(workdir, hazards)


def _register_for_points(workdir: Path, points: int) -> Path:
    """A register whose maXML has about ``points`` points (measured on a small sample first)."""
    from benchmarks.writers.maxml import write_maxml

    sample = workdir / "import_maxml_probe"
    sample.mkdir(parents=True, exist_ok=True)
    probe = write_maxml(_register(sample, 100), sample / "probe.xml")
    per_hazard = max(probe["points"] / 100.0, 1.0)
    return _register(workdir, max(int(round(points / per_hazard)), 1))


def prepare_speed(size: int, workdir: Path) -> Prepared:
    from scripts.qgis_env import start_qgis

    start_qgis()
    from benchmarks.writers.maxml import write_maxml

    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / f"import_maxml_{size}.xml"
    return _cached(out, lambda: write_maxml(_register_for_points(workdir, size), out))


def prepare_memory(size: int, workdir: Path) -> Prepared:
    from scripts.qgis_env import start_qgis

    start_qgis()
    from benchmarks.writers.maxml import write_maxml

    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / f"import_maxml_memory_{size}mb.xml"

    def write() -> dict:
        register = _register_for_points(workdir, 100_000)
        once = write_maxml(register, out)
        repeat = max(int(math.ceil(size * 1_000_000 / once["bytes"])), 1)
        return write_maxml(register, out, repeat=repeat)

    return _cached(out, write)


def _cached(out: Path, write) -> Prepared:
    """The prepared dict of ``out``, written by ``write()`` unless an earlier run left it (with its sidecar)."""
    sidecar = out.with_suffix(".json")
    if out.exists() and sidecar.exists():
        return json.loads(sidecar.read_text(encoding="utf-8"))
    info = write()
    records = info["forms"] + info["points"] + info.get("item_rows", 0)  # item rows (Ordnance) are input records too
    prepared = {"path": str(out), "records": records, "points": info["points"], "bytes": info["bytes"]}
    sidecar.write_text(json.dumps(prepared), encoding="utf-8")
    return prepared


def ours(prepared: Prepared, scratch: Path) -> None:
    """The loader the algorithm runs (detect, read, write), without Processing's parameter layer."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from mineaction_qgis.core.imsma.loader import load_files

    result = load_files([prepared["path"]], str(scratch / "register.gpkg"))
    written = result.counts.input_records()  # every layer, aggregated victims counted once per form
    if written != prepared["records"]:
        raise RuntimeError(f"count invariant broken: {written} != {prepared['records']}")


CASES = [
    Case(
        name="import_maxml",
        peer_name="none (no other maXML reader)",
        sizes=[100_000],
        prepare=prepare_speed,
        ours=ours,
        peer=None,
        target="100,000 points <= 15 s",
        quick_sizes=[10_000],
    ),
    Case(
        name="import_maxml_memory",
        peer_name="none (no other maXML reader)",
        sizes=[500],
        prepare=prepare_memory,
        ours=ours,
        peer=None,
        target="500 MB maXML: peak memory <= 1 GB",
        quick_sizes=[50],
    ),
]
