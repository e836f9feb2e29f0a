"""Known-answer fixtures for the clearance gap and task overlap tests, built in code.

Shapes are drawn in local metres (rectangles and triangles with round areas) and
placed in Iraq, either in WGS 84 / UTM 38N (EPSG:32638) or converted vertex by
vertex to EPSG:4326. Expected areas are the ellipsoidal areas of the expected
pieces built the same way, so both CRSs are checked against exact answers.
"""

from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from mineaction_qgis.core.common.measure import Measurer

UTM = "EPSG:32638"
WGS84 = "EPSG:4326"
ORIGIN = (440000.0, 3690000.0)  # near Baghdad, in UTM 38N

Ring = Sequence[Tuple[float, float]]


def rect(x1: float, y1: float, x2: float, y2: float) -> List[Tuple[float, float]]:
    return [(x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)]


def geometry(parts: Sequence[Ring], crs: str) -> QgsGeometry:
    """Polygon (one ring) or multipolygon (several) from local metres, in ``crs``."""
    transform = None
    if crs != UTM:
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
        )

    def point(x: float, y: float) -> QgsPointXY:
        p = QgsPointXY(ORIGIN[0] + x, ORIGIN[1] + y)
        return transform.transform(p) if transform else p

    polygons = [[[point(x, y) for x, y in ring]] for ring in parts]
    if len(polygons) == 1:
        return QgsGeometry.fromPolygonXY(polygons[0])
    return QgsGeometry.fromMultiPolygonXY(polygons)


def area(parts_list: Sequence[Sequence[Ring]], crs: str) -> float:
    """Ellipsoidal area of several disjoint shapes, each a list of rings, in ``crs``."""
    measurer = Measurer(QgsCoordinateReferenceSystem(crs))
    return sum(measurer.area_m2(geometry(parts, crs)) for parts in parts_list)


BOWTIE = [(800, 0), (900, 100), (900, 0), (800, 100), (800, 0)]

# hazard_id, parts, status, governorate, reported remaining
HAZARDS = [
    ("HAZ-1", [rect(0, 0, 100, 100)], "Open", "Baghdad", 4000.0),
    ("HAZ-2", [rect(200, 0, 300, 100)], "Closed", "Ninewa", 0.0),
    ("HAZ-3", [rect(400, 0, 500, 100)], "Open", "Baghdad", 0.0),
    ("HAZ-4", [rect(600, 0, 650, 50), rect(700, 0, 750, 50)], "Worked On", None, None),
    ("HAZ-5", [BOWTIE], "Open", None, 2500.0),
]

# activity_id, link, release type, organisation, end date, parts
RELEASES = [
    ("A1", "HAZ-1", "cancelled", "OpA", QDate(2020, 5, 1), [rect(0, 0, 60, 100)]),
    ("A2", "HAZ-1", "cleared", "OpB", QDate(2021, 3, 1), [rect(40, 0, 80, 50)]),
    ("A3", "HAZ-1", "reduced", "OpA", QDate(2022, 1, 10), [rect(50, 50, 100, 100)]),
    ("A4", "HAZ-1", "Cleared", "OpC", QDate(2019, 6, 1), [rect(70, 0, 90, 20)]),
    ("F1", "HAZ-1", "none", "OpA", QDate(2018, 1, 1), [rect(0, 0, 100, 100)]),
    ("F2", "HAZ-1", "demolished", "OpA", QDate(2018, 1, 1), [rect(0, 0, 10, 10)]),
    ("B1", "HAZ-2", "cleared", "OpB", QDate(2021, 7, 1), [rect(200, 0, 300, 80)]),
    ("B2", "HAZ-2", "reduced", "OpA", QDate(2022, 2, 1), [rect(280, 80, 320, 100)]),
    ("C1", None, "cleared", "OpD", QDate(2023, 1, 1), [rect(390, -10, 510, 110)]),
    ("D1", "HAZ-4", "cleared", "OpC", QDate(2020, 9, 1), [rect(600, 0, 650, 50), rect(700, 0, 725, 50)]),
    ("G1", "HAZ-5", "cleared", "OpB", QDate(2021, 4, 1), [rect(800, 0, 900, 50)]),
    ("E1", "", "cancelled", "OpA", QDate(2020, 1, 1), [rect(1000, 1000, 1100, 1100)]),
    ("E2", "HAZ-99", "cleared", "OpB", QDate(2020, 1, 1), [rect(2000, 0, 2010, 10)]),
]


def _tri(a, b, c) -> List[Tuple[float, float]]:
    return [a, b, c, a]


# Expected accounts per hazard: shapes (lists of rings) per category, the earliest release keeping
# the land (A4 2019 cleared, A1 2020 cancelled, A2 2021 cleared, A3 2022 reduced in HAZ-1).
EXPECTED = {
    "HAZ-1": {
        "hazard": [[rect(0, 0, 100, 100)]],
        "cleared": [[rect(70, 0, 90, 20)], [rect(60, 20, 80, 50)], [rect(60, 0, 70, 20)]],
        "reduced": [[rect(60, 50, 100, 100)]],
        "cancelled": [[rect(0, 0, 60, 100)]],
        "remaining": [[rect(80, 20, 100, 50)], [rect(90, 0, 100, 20)]],
    },
    "HAZ-2": {
        "hazard": [[rect(200, 0, 300, 100)]],
        "cleared": [[rect(200, 0, 300, 80)]],
        "reduced": [[rect(280, 80, 300, 100)]],
        "cancelled": [],
        "remaining": [[rect(200, 80, 280, 100)]],
    },
    "HAZ-3": {
        "hazard": [[rect(400, 0, 500, 100)]],
        "cleared": [[rect(400, 0, 500, 100)]],
        "reduced": [],
        "cancelled": [],
        "remaining": [],
    },
    "HAZ-4": {
        "hazard": [[rect(600, 0, 650, 50)], [rect(700, 0, 750, 50)]],
        "cleared": [[rect(600, 0, 650, 50)], [rect(700, 0, 725, 50)]],
        "reduced": [],
        "cancelled": [],
        "remaining": [[rect(725, 0, 750, 50)]],
    },
    "HAZ-5": {
        "hazard": [[_tri((800, 0), (850, 50), (800, 100))], [_tri((900, 0), (850, 50), (900, 100))]],
        "cleared": [[_tri((800, 0), (850, 50), (800, 50))], [_tri((900, 0), (850, 50), (900, 50))]],
        "reduced": [],
        "cancelled": [],
        "remaining": [[_tri((800, 50), (850, 50), (800, 100))], [_tri((900, 50), (850, 50), (900, 100))]],
    },
}
# HAZ-1 under PRECEDENCE "type" (the rule of 0.1): cleared > reduced > cancelled.
EXPECTED_BY_TYPE_HAZ1 = {
    "hazard": [[rect(0, 0, 100, 100)]],
    "cleared": [[rect(70, 0, 90, 20)], [rect(40, 20, 80, 50)], [rect(40, 0, 70, 20)]],
    "reduced": [[rect(50, 50, 100, 100)]],
    "cancelled": [[rect(0, 0, 40, 100)], [rect(40, 50, 50, 100)]],
    "remaining": [[rect(80, 20, 100, 50)], [rect(90, 0, 100, 20)]],
}
# Re-releases under the default rule: (later, credited) -> shapes.
EXPECTED_RE_RELEASES = {
    ("A2", "A1"): [[rect(40, 0, 60, 50)]],
    ("A2", "A4"): [[rect(70, 0, 80, 20)]],
    ("A3", "A1"): [[rect(50, 50, 60, 100)]],
}
# Planar areas in m² of the expected shapes (the ellipsoidal ones differ by the UTM scale).
PLANAR = {
    "HAZ-1": dict(hazard=10000, cleared=1200, reduced=2000, cancelled=6000, remaining=800),
    "HAZ-2": dict(hazard=10000, cleared=8000, reduced=400, cancelled=0, remaining=1600),
    "HAZ-3": dict(hazard=10000, cleared=10000, reduced=0, cancelled=0, remaining=0),
    "HAZ-4": dict(hazard=5000, cleared=3750, reduced=0, cancelled=0, remaining=1250),
    "HAZ-5": dict(hazard=5000, cleared=2500, reduced=0, cancelled=0, remaining=2500),
}
# Pieces of releases outside their hazard: activity -> (finding, shapes).
EXPECTED_OUTSIDE = {
    "B2": ("outside_linked_hazard", [[rect(300, 80, 320, 100)]]),
    "C1": (
        "outside_all_hazards",
        [[rect(390, -10, 510, 0)], [rect(390, 100, 510, 110)], [rect(390, 0, 400, 100)], [rect(500, 0, 510, 100)]],
    ),
    "E1": ("no_hazard", [[rect(1000, 1000, 1100, 1100)]]),
    "E2": ("unknown_hazard", [[rect(2000, 0, 2010, 10)]]),
    "F1": ("release_type_none", [[rect(0, 0, 100, 100)]]),
    "F2": ("unknown_release_type", [[rect(0, 0, 10, 10)]]),
    "G1": ("outside_linked_hazard", [[_tri((800, 0), (900, 0), (850, 50))]]),
}
# Credited area per activity (earliest first): activity -> shapes.
EXPECTED_CREDIT = {
    "A4": [[rect(70, 0, 90, 20)]],
    "A1": [[rect(0, 0, 60, 100)]],
    "A2": [[rect(60, 20, 80, 50)], [rect(60, 0, 70, 20)]],
    "A3": [[rect(60, 50, 100, 100)]],
}


def _multipolygon_layer(name: str, crs: str, fields, rows) -> QgsVectorLayer:
    """Memory layer ``name`` with ``fields`` ((name, type) pairs) and a feature per (parts, attributes) row."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(field, kind) for field, kind in fields])
    layer.updateFields()
    features = []
    for parts, attributes in rows:
        feature = QgsFeature(layer.fields())
        shape = geometry(parts, crs)
        shape.convertToMultiType()
        feature.setGeometry(shape)
        feature.setAttributes(attributes)
        features.append(feature)
    provider.addFeatures(features)
    return layer


def hazard_layer(crs: str, hazards=HAZARDS) -> QgsVectorLayer:
    """Memory layer with the canonical hazard fields the gap analysis reads."""
    fields = (
        ("hazard_id", QVariant.Type.String),
        ("status", QVariant.Type.String),
        ("governorate", QVariant.Type.String),
        ("remaining_area_m2", QVariant.Type.Double),
    )
    rows = (
        (parts, [hazard_id, status, governorate, reported])
        for hazard_id, parts, status, governorate, reported in hazards
    )
    return _multipolygon_layer("hazards", crs, fields, rows)


def release_layer(crs: str, releases=RELEASES) -> QgsVectorLayer:
    """Memory layer with the canonical activity fields the gap analysis reads."""
    fields = (
        ("activity_id", QVariant.Type.String),
        ("hazard_id", QVariant.Type.String),
        ("release_type", QVariant.Type.String),
        ("organisation", QVariant.Type.String),
        ("start_date", QVariant.Type.Date),
        ("end_date", QVariant.Type.Date),
    )
    rows = (
        (parts, [activity_id, link, kind, organisation, end.addDays(-30), end])
        for activity_id, link, kind, organisation, end, parts in releases
    )
    return _multipolygon_layer("activities", crs, fields, rows)


def expected_accounts(crs: str) -> Dict[str, Dict[str, float]]:
    """Ellipsoidal m² per hazard and category of EXPECTED, in ``crs``."""
    return {hazard: {key: area(shapes, crs) for key, shapes in parts.items()} for hazard, parts in EXPECTED.items()}


# --- task orders -------------------------------------------------------------------------

# task_id, organisation, status, start, end, parts
TASKS = [
    ("T1", "OpA", "Active", QDate(2023, 1, 1), QDate(2023, 6, 30), [rect(0, 0, 100, 100)]),
    ("T2", "OpB", "Active", QDate(2023, 3, 1), QDate(2023, 9, 30), [rect(60, 0, 160, 50)]),
    ("T3", "OpA", "Planned", QDate(2024, 1, 1), QDate(2024, 3, 1), [rect(90, 90, 120, 120)]),
    ("T4", "OpC", "Active", QDate(2023, 1, 1), None, [rect(5000, 5000, 5100, 5100)]),
    ("T5", "OpC", "Completed", None, None, [rect(160, 0, 200, 50)]),
]
# Expected overlaps: (task, other task) -> (same operator, periods overlap, shape).
EXPECTED_OVERLAPS = {
    ("T1", "T2"): (False, True, [[rect(60, 0, 100, 50)]]),
    ("T1", "T3"): (True, False, [[rect(90, 90, 100, 100)]]),
}
TASK_HAZARDS = [("HAZ-T", [rect(-10, -10, 210, 60)], "Open", "Baghdad", None)]
EXPECTED_NO_HAZARD = {"T3", "T4"}  # T1 and T2 and T5 overlap HAZ-T; T3 (y 90..120) and T4 do not


def task_layer(crs: str, tasks=TASKS) -> QgsVectorLayer:
    fields = (
        ("task_id", QVariant.Type.String),
        ("organisation", QVariant.Type.String),
        ("status", QVariant.Type.String),
        ("start_date", QVariant.Type.Date),
        ("end_date", QVariant.Type.Date),
    )
    rows = (
        (parts, [task_id, organisation, status, start, end])
        for task_id, organisation, status, start, end, parts in tasks
    )
    return _multipolygon_layer("tasks", crs, fields, rows)


def features_by(layer: QgsVectorLayer, key: str) -> Dict[str, List[QgsFeature]]:
    """Output features grouped by the value of ``key``."""
    grouped: Dict[str, List[QgsFeature]] = {}
    for feature in layer.getFeatures():
        grouped.setdefault(feature[key], []).append(feature)
    return grouped


def first(values: Optional[list]):
    return values[0] if values else None
