"""The fictional world of the synthetic register: illustrative governorates and a cell grid.

The governorate polygons are ILLUSTRATIVE, not official boundaries: a Voronoi
partition of a few district towns of northern and central Iraq, clipped to a rough
outline of the area, stored as WKT (BOUNDARIES). They are good enough to check "is the hazard inside the
governorate it names", and nothing more.

Hazards are placed one per grid cell (0.012 degrees square, about 1 x 1.3 km), and
each hazard keeps well inside its cell, so a clean register has no overlaps by
construction. A cell is usable when it lies entirely inside one governorate.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsGeometry, QgsRectangle

CELL_DEG = 0.012
# Grid origin and size: lon 36-48, lat 29-37.5 (Iraq's UTM zones 37N-39N).
LON_MIN, LON_MAX = 36.0, 48.0
LAT_MIN, LAT_MAX = 29.0, 37.5
COLUMNS = int(round((LON_MAX - LON_MIN) / CELL_DEG))
ROWS = int(round((LAT_MAX - LAT_MIN) / CELL_DEG))

# A rough outline of northern and central Iraq (lon, lat), clockwise. Illustrative only.
OUTLINE = (
    (42.36, 37.11),
    (42.80, 37.33),
    (43.60, 37.25),
    (44.25, 37.20),
    (44.78, 37.15),
    (45.00, 36.75),
    (45.35, 36.30),
    (45.75, 35.85),
    (46.25, 35.20),
    (45.90, 34.60),
    (45.60, 34.15),
    (45.75, 33.75),
    (46.30, 33.10),
    (45.50, 32.60),
    (44.00, 32.40),
    (41.50, 32.00),
    (39.25, 32.10),
    (38.80, 33.37),
    (41.00, 34.40),
    (41.20, 35.00),
    (41.30, 36.00),
    (41.40, 36.50),
    (41.85, 36.80),
)


@dataclass(frozen=True)
class Governorate:
    """One illustrative governorate with its names and the district towns that shape it."""

    name: str
    name_ar: str
    name_ckb: str
    districts: Tuple[Tuple[str, float, float], ...]  # (district, lon, lat) of the district town


GOVERNORATES: Tuple[Governorate, ...] = (
    Governorate("Dohuk", "دهوك", "دهۆک", (("Zakho", 42.68, 37.14), ("Dohuk", 42.99, 36.87), ("Amadiya", 43.49, 37.09))),
    Governorate(
        "Ninewa",
        "نينوى",
        "نەینەوا",
        (
            ("Mosul", 43.13, 36.34),
            ("Sinjar", 41.87, 36.32),
            ("Tel Afar", 42.45, 36.37),
            ("Hatra", 42.73, 35.58),
            ("Al-Ba'aj", 41.73, 35.90),
        ),
    ),
    Governorate(
        "Erbil", "أربيل", "هەولێر", (("Erbil", 44.01, 36.19), ("Soran", 44.54, 36.65), ("Makhmur", 43.58, 35.77))
    ),
    Governorate(
        "Sulaymaniyah",
        "السليمانية",
        "سلێمانی",
        (
            ("Sulaymaniyah", 45.43, 35.56),
            ("Ranya", 44.88, 36.25),
            ("Darbandikhan", 45.69, 35.11),
            ("Penjwin", 45.95, 35.62),
        ),
    ),
    Governorate(
        "Kirkuk", "كركوك", "کەرکووک", (("Kirkuk", 44.39, 35.47), ("Hawija", 43.77, 35.32), ("Daquq", 44.45, 35.13))
    ),
    Governorate(
        "Salah al-Din",
        "صلاح الدين",
        "سەلاحەدین",
        (("Tikrit", 43.68, 34.61), ("Baiji", 43.49, 34.93), ("Samarra", 43.88, 34.20), ("Tuz Khurmatu", 44.63, 34.88)),
    ),
    Governorate(
        "Diyala", "ديالى", "دیالە", (("Baquba", 44.65, 33.75), ("Khanaqin", 45.38, 34.35), ("Muqdadiya", 44.93, 33.98))
    ),
    Governorate("Baghdad", "بغداد", "بەغدا", (("Baghdad", 44.37, 33.31), ("Mahmudiya", 44.37, 33.06))),
    Governorate(
        "Anbar",
        "الأنبار",
        "ئەنبار",
        (
            ("Ramadi", 43.30, 33.42),
            ("Fallujah", 43.78, 33.35),
            ("Haditha", 42.45, 34.13),
            ("Al-Qa'im", 41.05, 34.37),
            ("Rutba", 40.28, 33.04),
            ("Hit", 42.83, 33.64),
        ),
    ),
)


# Voronoi cells of the district towns above, merged per governorate, clipped to OUTLINE,
# rounded to 0.0001 degree. Stored, not computed, so the data never depends on the GEOS version.
BOUNDARIES: Dict[str, str] = {
    "Dohuk": "MultiPolygon (((42.113 36.89, 42.0692 36.9333, 42.36 37.11, 42.8 37.33, 43.6 37.25, 44.1563 37.2072, "
    "43.9725 36.7685, 43.6212 36.5656, 43.3691 36.6866, 42.798 36.5358, 42.6065 36.7426, 42.113 36.89)))",
    "Ninewa": "MultiPolygon (((43.6212 36.5656, 43.5621 36.2185, 43.1128 35.8638, 43.2201 35.3837, 42.7427 34.8255, "
    "41.9842 34.972, 41.8655 34.9237, 41.221 35.2101, 41.3 36, 41.4 36.5, 41.85 36.8, 42.0692 36.9333, "
    "42.113 36.89, 42.6065 36.7426, 42.798 36.5358, 43.3691 36.6866, 43.6212 36.5656)))",
    "Erbil": "MultiPolygon (((43.6212 36.5656, 43.9725 36.7685, 44.1563 37.2072, 44.25 37.2, 44.78 37.15, 45 36.75, "
    "45.0251 36.7178, 44.4447 36.2245, 44.4623 35.9685, 44.0294 35.74, 44.0095 35.6862, 43.2783 35.3775, "
    "43.2201 35.3837, 43.1128 35.8638, 43.5621 36.2185, 43.6212 36.5656)))",
    "Sulaymaniyah": "MultiPolygon (((44.9573 35.3055, 44.921 35.3884, 44.8942 35.6971, 44.4623 35.9685, 44.4447 "
    "36.2245, 45.0251 36.7178, 45.35 36.3, 45.75 35.85, 46.25 35.2, 45.9 34.6, 45.8901 34.5852, "
    "45.1867 34.8721, 45.139 35.0918, 44.9573 35.3055)))",
    "Kirkuk": "MultiPolygon (((43.8803 34.9453, 43.2783 35.3775, 44.0095 35.6862, 44.0294 35.74, 44.4623 35.9685, "
    "44.8942 35.6971, 44.921 35.3884, 44.9573 35.3055, 44.1591 34.7307, 44.0267 34.9268, 43.8803 34.9453)))",
    "Salah al-Din": "MultiPolygon (((44.1419 33.7643, 44.103 33.7429, 43.6008 33.802, 43.2978 34.0273, 43.2375 "
    "34.1404, 43.1116 34.2507, 43.0361 34.4441, 42.7427 34.8255, 43.2201 35.3837, 43.2783 35.3775, "
    "43.8803 34.9453, 44.0267 34.9268, 44.1591 34.7307, 44.9573 35.3055, 45.139 35.0918, 45.1867 "
    "34.8721, 44.9033 34.4711, 44.4534 34.3211, 44.4457 34.2842, 44.1419 33.7643)))",
    "Diyala": "MultiPolygon (((45.4968 33.0046, 45.0521 33.185, 44.1419 33.7643, 44.4457 34.2842, 44.4534 34.3211, "
    "44.9033 34.4711, 45.1867 34.8721, 45.8901 34.5852, 45.6 34.15, 45.75 33.75, 46.3 33.1, 45.8263 32.804, "
    "45.4968 33.0046)))",
    "Baghdad": "MultiPolygon (((44.0652 33.185, 44.103 33.7429, 44.1419 33.7643, 45.0521 33.185, 45.4968 33.0046, "
    "45.8263 32.804, 45.5 32.6, 44 32.4, 43.6519 32.3443, 44.0652 33.185)))",
    "Anbar": "MultiPolygon (((44.103 33.7429, 44.0652 33.185, 43.6519 32.3443, 41.5 32, 39.25 32.1, 38.8 33.37, 41 "
    "34.4, 41.2 35, 41.221 35.2101, 41.8655 34.9237, 41.9842 34.972, 42.7427 34.8255, 43.0361 34.4441, "
    "43.1116 34.2507, 43.2375 34.1404, 43.2978 34.0273, 43.6008 33.802, 44.103 33.7429)))",
}


def metres_per_degree(lat: float) -> Tuple[float, float]:
    """(metres per degree of longitude, of latitude) at a latitude, on WGS 84 (series approximation)."""
    phi = math.radians(lat)
    per_lon = 111412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi)
    per_lat = 111132.954 - 559.822 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)
    return per_lon, per_lat


@dataclass
class World:
    """Governorate geometries (built once per register) and the cell bookkeeping."""

    polygons: List[QgsGeometry] = field(default_factory=list)  # parallel to GOVERNORATES
    _engines: list = field(default_factory=list)
    _cell_owner: Dict[Tuple[int, int], int] = field(default_factory=dict)  # -1: not usable
    occupied: set = field(default_factory=set)

    @classmethod
    def build(cls) -> "World":
        world = cls()
        world.polygons = governorate_polygons()
        for polygon in world.polygons:
            engine = QgsGeometry.createGeometryEngine(polygon.constGet())
            engine.prepareGeometry()
            world._engines.append(engine)
        return world

    def cell_rect(self, cell: Tuple[int, int]) -> QgsRectangle:
        ix, iy = cell
        x0 = LON_MIN + ix * CELL_DEG
        y0 = LAT_MIN + iy * CELL_DEG
        return QgsRectangle(x0, y0, x0 + CELL_DEG, y0 + CELL_DEG)

    def cell_centre(self, cell: Tuple[int, int]) -> Tuple[float, float]:
        ix, iy = cell
        return LON_MIN + (ix + 0.5) * CELL_DEG, LAT_MIN + (iy + 0.5) * CELL_DEG

    def owner(self, cell: Tuple[int, int]) -> int:
        """Index of the governorate that wholly contains the cell, or -1."""
        cached = self._cell_owner.get(cell)
        if cached is not None:
            return cached
        owner = -1
        ix, iy = cell
        if 0 <= ix < COLUMNS and 0 <= iy < ROWS:
            rect = QgsGeometry.fromRect(self.cell_rect(cell))
            for index, engine in enumerate(self._engines):
                if engine.contains(rect.constGet()):
                    owner = index
                    break
        self._cell_owner[cell] = owner
        return owner

    def outside_all(self, cell: Tuple[int, int]) -> bool:
        """True when the cell touches no governorate at all (for hazards recorded across the border)."""
        rect = QgsGeometry.fromRect(self.cell_rect(cell)).buffer(CELL_DEG, 2)
        return all(not engine.intersects(rect.constGet()) for engine in self._engines)

    def free(self, cells: Sequence[Tuple[int, int]], governorate: Optional[int] = None) -> bool:
        """All cells unoccupied and inside the same governorate (the given one, if any)."""
        owners = set()
        for cell in cells:
            if cell in self.occupied:
                return False
            owner = self.owner(cell)
            if owner < 0:
                return False
            owners.add(owner)
        return len(owners) == 1 and (governorate is None or governorate in owners)

    def nearest_district(self, governorate: int, lon: float, lat: float) -> str:
        """The district whose town is nearest, among the governorate's districts."""
        districts = GOVERNORATES[governorate].districts
        return min(districts, key=lambda d: (d[1] - lon) ** 2 + (d[2] - lat) ** 2)[0]


def governorate_polygons() -> List[QgsGeometry]:
    """The governorate polygons, parallel to GOVERNORATES (static, so every GEOS version gives the same register)."""
    polygons = []
    for governorate in GOVERNORATES:
        polygon = QgsGeometry.fromWkt(BOUNDARIES[governorate.name])
        polygon.convertToMultiType()
        polygons.append(polygon)
    return polygons
