"""Two monthly IMSMA exports (maXML) of one small register, and what changed between them.

March is ``imsma_fixtures.build_register`` (9 hazards, 2 activities, a benchmark). April:
Land-3 is Closed with no remaining area, Land-4's polygon grew to the east, Land-9 is no
longer exported, Land-10 is new (in Kirkuk). The readers load both; the register history
must find exactly these changes.
"""

from pathlib import Path

from osgeo import ogr

from benchmarks.writers.maxml import write_maxml
from tests.imsma_fixtures import _multi, build_register, hexagon

CLOSED = "Land-3"
GROWN = "Land-4"
DROPPED = "Land-9"
ADDED = "Land-10"


def april_register(march_gpkg: Path, folder: Path) -> Path:
    """A copy of the March register with the April changes."""
    path = Path(folder) / "april.gpkg"
    ogr.GetDriverByName("GPKG").CopyDataSource(ogr.Open(str(march_gpkg)), str(path))
    dataset = ogr.Open(str(path), 1)
    hazards = dataset.GetLayerByName("hazards")
    for feature in list(hazards):
        hazard = feature.GetField("hazard_id")
        if hazard == CLOSED:
            feature.SetField("status", "Closed")
            feature.SetField("remaining_area_m2", 0.0)
            hazards.SetFeature(feature)
        elif hazard == GROWN:
            cx = 44.0 + 0.05 * 4
            ring = hexagon(cx, 36.0, 0.005)
            ring = [(x + 0.002, y) if x > cx else (x, y) for x, y in ring]
            feature.SetGeometry(_multi([ring]))
            hazards.SetFeature(feature)
        elif hazard == DROPPED:
            hazards.DeleteFeature(feature.GetFID())
    feature = ogr.Feature(hazards.GetLayerDefn())
    for name, value in (
        ("hazard_id", ADDED),
        ("guid", "00000000-0000-0000-0000-000000000010"),
        ("name", "Hazard 10"),
        ("classification", "SHA"),
        ("status", "Open"),
        ("hazard_type", "ERW"),
        ("governorate", "Kirkuk"),
        ("district", "Dibis"),
        ("organisation", "Operator A"),
        ("estimated_area_m2", 10000.0),
        ("remaining_area_m2", 10000.0),
        ("doi", "2021-04-10"),
    ):
        feature.SetField(name, value)
    feature.SetGeometry(_multi([hexagon(44.6, 36.0, 0.005)]))
    hazards.CreateFeature(feature)
    dataset = None
    return path


def monthly_exports(folder: Path):
    """(march.xml, april.xml) written from the two registers."""
    folder = Path(folder)
    (folder / "march").mkdir(exist_ok=True)
    march_gpkg = build_register(folder / "march")
    april_gpkg = april_register(march_gpkg, folder)
    march = folder / "march.xml"
    april = folder / "april.xml"
    write_maxml(march_gpkg, march, avoid=[])
    write_maxml(april_gpkg, april, avoid=[])
    return march, april
