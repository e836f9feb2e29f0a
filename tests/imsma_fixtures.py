"""Small, known-answer inputs for the maXML and GIS-export readers.

``build_register`` writes a tiny canonical register (hazards, activities, points)
with osgeo.ogr; the benchmark writers turn it into each export format, and the tests
compare what the readers load with it. Handwritten maXML snippets cover the cases a
writer would never produce (namespaces, country-specific names, faults).
"""

import math
from pathlib import Path
from typing import List, Tuple

from osgeo import ogr, osr

HAZARD_COUNT = 9
MULTIPART_HAZARD = "Land-2"
VERTICES = 6


def hexagon(cx: float, cy: float, radius: float, vertices: int = VERTICES) -> List[Tuple[float, float]]:
    """Vertices of a regular polygon in degrees (unclosed)."""
    return [
        (cx + radius * math.cos(2 * math.pi * k / vertices), cy + radius * math.sin(2 * math.pi * k / vertices))
        for k in range(vertices)
    ]


def _polygon(ring: List[Tuple[float, float]]) -> ogr.Geometry:
    linear = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ring + ring[:1]:
        linear.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(linear)
    return polygon


def _multi(rings: List[List[Tuple[float, float]]]) -> ogr.Geometry:
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for ring in rings:
        multi.AddGeometry(_polygon(ring))
    return multi


def hazard_rings(number: int) -> List[List[Tuple[float, float]]]:
    """Polygon parts of hazard ``Land-{number}``."""
    cx, cy = 44.0 + 0.05 * number, 36.0
    rings = [hexagon(cx, cy, 0.005)]
    if f"Land-{number}" == MULTIPART_HAZARD:
        rings.append(hexagon(cx + 0.02, cy, 0.004))
    return rings


def build_register(folder: Path) -> Path:
    """``register.gpkg`` with 9 hazards (Land-2 in two parts), 2 activities and a benchmark."""
    path = Path(folder) / "register.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    hazards = dataset.CreateLayer("hazards", srs, ogr.wkbMultiPolygon)
    for name, kind in (
        ("hazard_id", ogr.OFTString),
        ("guid", ogr.OFTString),
        ("name", ogr.OFTString),
        ("classification", ogr.OFTString),
        ("status", ogr.OFTString),
        ("hazard_type", ogr.OFTString),
        ("governorate", ogr.OFTString),
        ("district", ogr.OFTString),
        ("organisation", ogr.OFTString),
        ("estimated_area_m2", ogr.OFTReal),
        ("remaining_area_m2", ogr.OFTReal),
        ("calculated_area_m2", ogr.OFTReal),
        ("doi", ogr.OFTDate),
    ):
        hazards.CreateField(ogr.FieldDefn(name, kind))
    statuses = ("Open", "Worked On", "Closed")
    for number in range(1, HAZARD_COUNT + 1):
        feature = ogr.Feature(hazards.GetLayerDefn())
        feature.SetField("hazard_id", f"Land-{number}")
        feature.SetField("guid", f"00000000-0000-0000-0000-{number:012d}")
        feature.SetField("name", f"Hazard {number}")
        feature.SetField("classification", "CHA" if number % 2 else "SHA")
        feature.SetField("status", statuses[number % 3])
        feature.SetField("hazard_type", "ERW")
        feature.SetField("governorate", "Ninewa")
        feature.SetField("district", "Sinjar")
        feature.SetField("organisation", "Operator A")
        feature.SetField("estimated_area_m2", 1000.0 * number)
        feature.SetField("remaining_area_m2", 500.0 * number)
        feature.SetField("doi", f"2021-03-{number:02d}")
        feature.SetGeometry(_multi(hazard_rings(number)))
        hazards.CreateFeature(feature)
    activities = dataset.CreateLayer("activities", srs, ogr.wkbMultiPolygon)
    for name, kind in (
        ("activity_id", ogr.OFTString),
        ("guid", ogr.OFTString),
        ("hazard_id", ogr.OFTString),
        ("activity_type", ogr.OFTString),
        ("release_type", ogr.OFTString),
        ("organisation", ogr.OFTString),
        ("start_date", ogr.OFTDate),
        ("end_date", ogr.OFTDate),
        ("cancelled_area_m2", ogr.OFTReal),
        ("reduced_area_m2", ogr.OFTReal),
        ("cleared_area_m2", ogr.OFTReal),
        ("calculated_area_m2", ogr.OFTReal),
        ("doi", ogr.OFTDate),
    ):
        activities.CreateField(ogr.FieldDefn(name, kind))
    for number, (hazard, kind, release) in enumerate(
        (("Land-1", "Clearance", "cleared"), ("Land-3", "Technical survey", "reduced")), start=1
    ):
        feature = ogr.Feature(activities.GetLayerDefn())
        feature.SetField("activity_id", f"ACT-{number}")
        feature.SetField("guid", f"10000000-0000-0000-0000-{number:012d}")
        feature.SetField("hazard_id", hazard)
        feature.SetField("activity_type", kind)
        feature.SetField("release_type", release)
        feature.SetField("organisation", "Operator B")
        feature.SetField("start_date", "2021-04-01")
        feature.SetField("end_date", "2021-05-01")
        feature.SetField(f"{release}_area_m2", 2000.0)
        feature.SetField("doi", "2021-05-02")
        cx = 44.0 + 0.05 * int(hazard.split("-")[1])
        feature.SetGeometry(_multi([hexagon(cx, 36.0, 0.002)]))
        activities.CreateFeature(feature)
    points = dataset.CreateLayer("points", srs, ogr.wkbPoint)
    for name, kind in (
        ("object_id", ogr.OFTString),
        ("poly_id", ogr.OFTString),
        ("point_no", ogr.OFTInteger),
        ("point_id", ogr.OFTString),
        ("point_type", ogr.OFTString),
    ):
        points.CreateField(ogr.FieldDefn(name, kind))
    feature = ogr.Feature(points.GetLayerDefn())
    feature.SetField("object_id", "Land-1")
    feature.SetField("point_id", "BM-1")
    feature.SetField("point_no", 1)
    feature.SetField("point_type", "Benchmark")
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(44.04, 36.01)
    feature.SetGeometry(point)
    points.CreateFeature(feature)
    dataset = None
    return path


def maxml_form(
    item: str, body: str, geos: str = "", doi: str = "2021-01-01", info_extra: str = "", prefix: str = ""
) -> str:
    """One FieldReport, optionally with a namespace prefix on every element."""
    p = prefix
    return (
        f'<{p}FieldReport><{p}FieldReportInfo reportGUID="r" reportID="DEF-1" fieldReportGUID="f">'
        f"<{p}ReportingOrg>Operator "
        f"A</{p}ReportingOrg><{p}ReportingDate>{doi}</{p}ReportingDate>{info_extra}</{p}FieldReportInfo>"
        f"<{p}{item}>{body}{geos}</{p}{item}></{p}FieldReport>"
    )


def maxml_points(
    coords: List[Tuple[float, float]],
    prefix: str = "",
    poly: str = "P1",
    shape: str = "Polygon",
    types: str = "Turning Point",
    description: str = "",
) -> str:
    """A GeospatialInfo with one point per coordinate, numbered from 1."""
    p = prefix
    points = "".join(
        f"<{p}Point><{p}pointno>{n}</{p}pointno><{p}pointlocal_id>TP{n}</{p}pointlocal_id><{p}pointtypeenum>"
        f"{types}</{p}pointtypeenum>"
        f"<{p}latitude>{y}</{p}latitude><{p}longitude>{x}</{p}longitude></{p}Point>"
        for n, (x, y) in enumerate(coords, start=1)
    )
    described = f"<{p}shapedescription>{description}</{p}shapedescription>" if description else ""
    return (
        f"<{p}GeospatialInfo><{p}geospatialinfo_localid>{poly}</{p}geospatialinfo_localid><{p}shapeenum>"
        f"{shape}</{p}shapeenum>"
        f"{described}{points}</{p}GeospatialInfo>"
    )


def maxml_document(forms: List[str], namespace: str = "") -> str:
    """A MineActionFieldReport around ``forms`` (``namespace`` like ``xmlns:ma="..."`` or ``xmlns="..."``)."""
    if namespace.startswith("xmlns:"):
        prefix = namespace.split(":", 1)[1].split("=", 1)[0] + ":"
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><{prefix}MineActionFieldReport '
            f"{namespace}>{''.join(forms)}</{prefix}MineActionFieldReport>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><MineActionFieldReport '
        f"{namespace}>{''.join(forms)}</MineActionFieldReport>"
    )
