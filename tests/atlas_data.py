"""A small canonical register built in code for the atlas tests.

Hazards (layer per core/common/model.py):
  ATL-1  CHA Open, 5 turning points, benchmark + reference point, cleared/reduced/cancelled releases
  ATL-2  SHA Worked On, 4 turning points, benchmark
  ATL-3  CHA Closed, no points in the points layer (the table falls back to its vertices)
  ATL-4  SHA Open, no geometry
  ATL-5  CHA Open, invalid geometry (a bow-tie)
  ATL-10 SHA Handed Over in another governorate (sorts after ATL-5 naturally)
Governorates: Basra and Maysan boxes with Arabic and Sorani names; tasks: two.
"""

from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.common.model import (
    ACTIVITY_LAYER,
    GOVERNORATE_LAYER,
    HAZARD_LAYER,
    POINT_LAYER,
    TASK_LAYER,
    LayerDef,
)

BASRA_AR = "البصرة"
BASRA_CKB = "بەسرە"
MAYSAN_AR = "ميسان"


def square(lon: float, lat: float, size: float = 0.002) -> List[Tuple[float, float]]:
    return [
        (lon, lat),
        (lon + size, lat),
        (lon + size, lat + size * 0.8),
        (lon + size * 0.4, lat + size * 1.1),
        (lon, lat + size),
    ]


HAZARD_RINGS: Dict[str, Sequence[Tuple[float, float]]] = {
    "ATL-1": square(47.70, 30.50),
    "ATL-2": [(47.72, 30.51), (47.7235, 30.51), (47.7235, 30.5125), (47.72, 30.5125)],
    "ATL-3": [(47.74, 30.52), (47.743, 30.52), (47.743, 30.523), (47.74, 30.523)],
    "ATL-5": [(47.76, 30.50), (47.762, 30.502), (47.762, 30.50), (47.76, 30.502)],
    "ATL-10": [(47.20, 31.80), (47.203, 31.80), (47.203, 31.802), (47.20, 31.802)],
}
BENCHMARKS = {"ATL-1": (47.6995, 30.4994), "ATL-2": (47.7196, 30.5096)}
REFERENCE_POINTS = {"ATL-1": (47.6985, 30.4985)}
HAZARDS = [
    # id, name, classification, status, governorate, estimated, remaining
    ("ATL-1", "Rumaila north field", "CHA", "Open", "Basra", 52000.0, 30000.0),
    ("ATL-2", "Date palm grove", "SHA", "Worked On", "Basra", 90000.0, 60000.0),
    ("ATL-3", "Old checkpoint", "CHA", "Closed", "Basra", 12000.0, 0.0),
    ("ATL-4", "Canal bank", "SHA", "Open", "Basra", 8000.0, 8000.0),
    ("ATL-5", "Pumping station", "CHA", "Open", "Basra", 4000.0, 4000.0),
    ("ATL-10", "Amara road", "SHA", "Handed Over", "Maysan", 7000.0, 0.0),
]


def _polygon(ring: Sequence[Tuple[float, float]]) -> QgsGeometry:
    return QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in list(ring) + [ring[0]]]]])


def _write(layer_def: LayerDef, rows: List[Tuple[QgsGeometry, dict]], gpkg: Path) -> None:
    geometry = {1: "Point", 6: "MultiPolygon", 100: "None"}.get(int(layer_def.wkb_type), "MultiPolygon")
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", layer_def.name, "memory")
    layer.dataProvider().addAttributes(layer_def.qgs_fields().toList())
    layer.updateFields()
    features = []
    for geom, values in rows:
        feature = QgsFeature(layer.fields())
        if geom is not None:
            feature.setGeometry(geom)
        for name, value in values.items():
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_def.name
    if gpkg.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def hazard_rows() -> List[Tuple[QgsGeometry, dict]]:
    rows = []
    for hazard_id, name, classification, status, governorate, estimated, remaining in HAZARDS:
        ring = HAZARD_RINGS.get(hazard_id)
        rows.append(
            (
                _polygon(ring) if ring else None,
                {
                    "hazard_id": hazard_id,
                    "guid": f"guid-{hazard_id}",
                    "name": name,
                    "classification": classification,
                    "status": status,
                    "hazard_type": "Mines",
                    "governorate": governorate,
                    "organisation": "DMA Test Team",
                    "estimated_area_m2": estimated,
                    "remaining_area_m2": remaining,
                    "doi": QDate(2024, 3, 15),
                },
            )
        )
    return rows


def point_rows() -> List[Tuple[QgsGeometry, dict]]:
    rows = []
    for hazard_id in ("ATL-1", "ATL-2", "ATL-10"):
        ring = HAZARD_RINGS[hazard_id]
        for number, (x, y) in enumerate(ring, start=1):
            point_type = "Start Point" if number == 1 else "Turning point"
            rows.append(
                (
                    QgsGeometry.fromPointXY(QgsPointXY(x, y)),
                    {
                        "object_id": hazard_id,
                        "poly_id": "1",
                        "point_no": number,
                        "point_id": f"{hazard_id}-TP{number}",
                        "point_type": point_type,
                    },
                )
            )
    for table, point_type, prefix in ((BENCHMARKS, "Benchmark", "BM"), (REFERENCE_POINTS, "Reference point", "RP")):
        for hazard_id, (x, y) in table.items():
            rows.append(
                (
                    QgsGeometry.fromPointXY(QgsPointXY(x, y)),
                    {
                        "object_id": hazard_id,
                        "point_no": 0,
                        "point_id": f"{hazard_id}-{prefix}",
                        "point_type": point_type,
                    },
                )
            )
    # an evidence point: on the map, not in the table
    rows.append(
        (
            QgsGeometry.fromPointXY(QgsPointXY(47.701, 30.501)),
            {"object_id": "ATL-1", "point_no": 0, "point_id": "ATL-1-EV1", "point_type": "Evidence point"},
        )
    )
    return rows


def activity_rows() -> List[Tuple[QgsGeometry, dict]]:
    def box(x0, y0, x1, y1):
        return _polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])

    return [
        (
            box(47.700, 30.500, 47.7008, 30.5016),
            {
                "activity_id": "ACT-1",
                "hazard_id": "ATL-1",
                "release_type": "cleared",
                "activity_type": "Clearance",
                "organisation": "DMA Test Team",
            },
        ),
        (
            box(47.7008, 30.500, 47.7014, 30.5016),
            {
                "activity_id": "ACT-2",
                "hazard_id": "ATL-1",
                "release_type": "reduced",
                "activity_type": "Technical survey",
                "organisation": "DMA Test Team",
            },
        ),
        (
            box(47.7014, 30.500, 47.702, 30.5008),
            {
                "activity_id": "ACT-3",
                "hazard_id": "ATL-1",
                "release_type": "cancelled",
                "activity_type": "Non-technical survey",
                "organisation": "DMA Test Team",
            },
        ),
    ]


def gap_rows() -> List[Tuple[QgsGeometry, dict]]:
    return [(_polygon([(47.7014, 30.5008), (47.702, 30.5008), (47.702, 30.5016), (47.7014, 30.5016)]), {})]


def write_register(folder: Path) -> Dict[str, Path]:
    """The register GeoPackage and a gaps GeoPackage in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "register.gpkg"
    gaps = folder / "gaps.gpkg"
    for path in (gpkg, gaps):
        if path.exists():
            path.unlink()
    _write(HAZARD_LAYER, hazard_rows(), gpkg)
    _write(POINT_LAYER, point_rows(), gpkg)
    _write(ACTIVITY_LAYER, activity_rows(), gpkg)
    _write(
        GOVERNORATE_LAYER,
        [
            (
                _polygon([(46.5, 29.5), (48.6, 29.5), (48.6, 31.2), (46.5, 31.2)]),
                {"name": "Basra", "name_ar": BASRA_AR, "name_ckb": BASRA_CKB, "official": False},
            ),
            (
                _polygon([(46.5, 31.2), (48.0, 31.2), (48.0, 32.6), (46.5, 32.6)]),
                {"name": "Maysan", "name_ar": MAYSAN_AR, "name_ckb": "مەیسان", "official": False},
            ),
        ],
        gpkg,
    )
    _write(
        TASK_LAYER,
        [
            (
                _polygon(HAZARD_RINGS["ATL-1"]),
                {
                    "task_id": "T-1",
                    "hazard_id": "ATL-1",
                    "name": "Clear ATL-1",
                    "task_type": "Clearance",
                    "organisation": "DMA Test Team",
                    "status": "Active",
                },
            ),
            (
                _polygon(HAZARD_RINGS["ATL-2"]),
                {
                    "task_id": "T-2",
                    "hazard_id": "ATL-2",
                    "name": "Survey ATL-2",
                    "task_type": "Technical survey",
                    "organisation": "DMA Test Team",
                    "status": "Planned",
                },
            ),
        ],
        gpkg,
    )
    _write(LayerDef("gaps", HAZARD_LAYER.wkb_type, (), "remaining contamination"), gap_rows(), gaps)
    return {"register": gpkg, "gaps": gaps}


def layer_uri(gpkg: Path, name: str) -> str:
    return f"{gpkg}|layername={name}"


# --- a register of long and multipart tables (survey order, continuation sheets) -------------

# id, centre (lon, lat), vertices per polygon, approach points (type, suffix)
SURVEY_HAZARDS = [
    ("LONG-3", (47.80, 30.60), [3], [("Benchmark", "BM"), ("Reference point", "RP")]),
    ("LONG-19", (47.82, 30.60), [19], [("Benchmark", "BM"), ("Reference point", "RP"), ("Landmark", "LM1")]),
    ("LONG-60", (48.30, 30.60), [60], [("Benchmark", "BM")]),  # UTM zone 39N, the others 38N
    ("LONG-250", (47.86, 30.62), [250], [("Benchmark", "BM"), ("Reference point", "RP")]),
    ("MULTI-1", (47.90, 30.60), [7, 5], [("Benchmark", "BM")]),
]
APPROACH_WALK = ("Reference point", "Landmark", "Benchmark")


def _ring(centre: Tuple[float, float], count: int, radius: float) -> List[Tuple[float, float]]:
    import math

    return [
        (
            round(centre[0] + radius * math.cos(2 * math.pi * k / count), 6),
            round(centre[1] + radius * math.sin(2 * math.pi * k / count) * 0.8, 6),
        )
        for k in range(count)
    ]


def survey_points(hazard_id: str) -> List[dict]:
    """Every table point of a SURVEY_HAZARDS hazard in the expected survey order."""
    _, centre, polygons, approach = next(h for h in SURVEY_HAZARDS if h[0] == hazard_id)
    expected = []
    for index, (point_type, suffix) in enumerate(sorted(approach, key=lambda a: APPROACH_WALK.index(a[0]))):
        expected.append(
            {
                "point_id": f"{hazard_id}-{suffix}",
                "short_id": suffix,
                "point_type": point_type,
                "poly_id": None,
                "point_no": 0,
                "lon": round(centre[0] - 0.004 - 0.001 * index, 6),
                "lat": round(centre[1] - 0.003, 6),
            }
        )
    several = len(polygons) > 1
    for poly, count in enumerate(polygons, start=1):
        radius = 0.0012 * max(1.0, count / 12) if not several else 0.0008
        poly_centre = (centre[0] + (poly - 1) * 0.003, centre[1])
        for number, (lon, lat) in enumerate(_ring(poly_centre, count, radius), start=1):
            short = f"TP{number}" if not several else f"P{poly}-TP{number}"
            expected.append(
                {
                    "point_id": f"{hazard_id}-P{poly}-TP{number}",
                    "short_id": short,
                    "point_type": "Start Point" if number == 1 else "Turning point",
                    "poly_id": str(poly),
                    "point_no": number,
                    "lon": lon,
                    "lat": lat,
                }
            )
    return expected


def write_survey_register(folder: Path) -> Path:
    """Hazards of 3, 19, 60 and 250 points and a multipart one; points stored in shuffled order."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "survey.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    hazards, points = [], []
    for hazard_id, _, polygons, _ in SURVEY_HAZARDS:
        expected = survey_points(hazard_id)
        parts = []
        for poly in range(1, len(polygons) + 1):
            ring = [(p["lon"], p["lat"]) for p in expected if p["poly_id"] == str(poly)]
            parts.append([[QgsPointXY(x, y) for x, y in ring + [ring[0]]]])
        hazards.append(
            (
                QgsGeometry.fromMultiPolygonXY(parts),
                {
                    "hazard_id": hazard_id,
                    "name": f"{hazard_id} field",
                    "classification": "CHA",
                    "status": "Open",
                    "governorate": "Basra",
                    "organisation": "DMA Test Team",
                    "doi": QDate(2024, 5, 20),
                },
            )
        )
        for point in expected:
            values = {key: point[key] for key in ("point_id", "point_type", "point_no")}
            values.update({"object_id": hazard_id, "poly_id": point["poly_id"]})
            points.append((QgsGeometry.fromPointXY(QgsPointXY(point["lon"], point["lat"])), values))
    random.Random(11).shuffle(points)
    _write(HAZARD_LAYER, hazards, gpkg)
    _write(POINT_LAYER, points, gpkg)
    return gpkg


# --- the reference pages (tests/data/atlas, docs/images), written by `make atlas-references` ----

REFERENCE_LANGUAGES = ("en", "ar", "ckb")


def reference_parameters(register: Dict[str, Path], language: str, output: Path, dpi: int = 100) -> dict:
    """``mineaction:atlas`` parameters of the reference page: ATL-1 with releases and gaps."""
    return {
        "COVERAGE": layer_uri(register["register"], "hazards"),
        "RELEASES": layer_uri(register["register"], "activities"),
        "GAPS": f"{register['gaps']}|layername=gaps",
        "LANGUAGE": REFERENCE_LANGUAGES.index(language),
        "FILTER": "\"hazard_id\" = 'ATL-1'",
        "DPI": dpi,
        "OUTPUT": str(output),
    }


def continuation_parameters(survey: Path, output: Path, dpi: int = 100) -> dict:
    """The guide's picture of a long table: LONG-60's sheets in English."""
    return {
        "COVERAGE": layer_uri(survey, "hazards"),
        "FILTER": "\"hazard_id\" = 'LONG-60'",
        "DPI": dpi,
        "OUTPUT": str(output),
    }
