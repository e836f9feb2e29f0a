"""The atlas's turning-point table: the rows a survey team walks, computed once per hazard.

Each row is a point with its coordinates written the ways a team uses them:
latitude/longitude in degrees-minutes-seconds and in decimal degrees, easting and
northing in the hazard's own UTM zone (one zone per hazard, never per point, so that a
hazard across a zone boundary keeps one grid), optionally MGRS, and the true bearing,
the magnetic bearing and the distance (metres, on the WGS 84 ellipsoid) from the
previous row. The rows run reference point -> landmark -> benchmark -> every polygon's
vertices in polygon and point-number order, start point first: the path a team follows
from the road to the start point and round the area. Numbers are always written with
Latin digits, whatever the page language.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
)

from mineaction_qgis.core.common.coords import (
    NOTATION_DMS,
    BearingProjector,
    CoordinateError,
    Mgrs,
    Transforms,
    format_angle,
    utm_crs,
    utm_zone_of,
)
from mineaction_qgis.core.common.magnetic import Declination, declination, magnetic_bearing
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import SINGLE_POINT_TYPES, STORAGE_CRS, VERTEX_POINT_TYPES

# Order of the single points before the vertices: the approach path, ending at the benchmark
# from which the start point is measured.
APPROACH_ORDER = ("Reference point", "Landmark", "Benchmark")
TABLE_POINT_TYPES = SINGLE_POINT_TYPES + VERTEX_POINT_TYPES
VERTEX_FALLBACK_TYPE = "Turning point"
START_POINT = "Start Point"
# Short IDs as a team says them, by point type.
TYPE_PREFIXES = {
    "Reference point": "RP",
    "Landmark": "LM",
    "Benchmark": "BM",
    "Start Point": "SP",
    "Datum Point": "DP",
    "Turning point": "TP",
    "Intermediate point": "IP",
    "End Point": "EP",
    "Evidence point": "EV",
    "Usage point": "UP",
}


def is_lon_lat(lon: float, lat: float) -> bool:
    """True for a finite longitude/latitude pair within the Earth's range."""
    return math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180.0 and abs(lat) <= 90.0


def lon_lat_point(feature: QgsFeature) -> Optional[QgsPointXY]:
    """The point of a (WGS 84) point feature, None when it has none or it is not a longitude and latitude."""
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        return None
    geometry = feature.geometry()
    point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
    return point if is_lon_lat(point.x(), point.y()) else None


@dataclass
class SurveyPoint:
    """A point of one object, in WGS 84 degrees."""

    point_id: str
    point_type: str
    lon: float
    lat: float
    poly_id: str = ""
    point_no: int = 0


@dataclass
class TableRow:
    """One row of the turning-point table, every value already formatted."""

    seq: int
    point_id: str
    short_id: str
    point_type: str
    lat_dms: str
    lon_dms: str
    lat_dd: str
    lon_dd: str
    easting: str
    northing: str
    mgrs: str
    bearing: str
    magnetic: str
    distance: str
    lon: float
    lat: float


@dataclass
class HazardGrid:
    """What the page says about its coordinates: one UTM zone, the declination and the convergence."""

    zone: str = ""
    authid: str = ""
    declination: Optional[Declination] = None
    convergence: Optional[float] = None


@dataclass
class HazardTable:
    """A hazard's table rows, its grid, and the points that could not be printed (with why)."""

    rows: List[TableRow] = field(default_factory=list)
    grid: HazardGrid = field(default_factory=HazardGrid)
    unprintable: List[str] = field(default_factory=list)


def text_key(text: str) -> Tuple:
    """Sort key that puts 'P2' before 'P10' and empty values last."""
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", text) if p)
    return (text == "", parts)


def table_order(points: Iterable[SurveyPoint]) -> List[SurveyPoint]:
    """Approach points first (reference point, landmark, benchmark), then each polygon's vertices.

    Polygons in natural order of their ID, and within a polygon the start point first, then
    the point numbers. Points of other types (evidence, usage points) are not part of the
    walk and are left out.
    """
    points = list(points)
    approach = [p for p in points if p.point_type in APPROACH_ORDER]
    vertices = [p for p in points if p.point_type in VERTEX_POINT_TYPES]
    approach.sort(key=lambda p: (APPROACH_ORDER.index(p.point_type), p.point_no, text_key(p.point_id)))
    vertices.sort(key=lambda p: (text_key(p.poly_id), p.point_type != START_POINT, p.point_no, text_key(p.point_id)))
    return approach + vertices


def short_id(point: SurveyPoint, object_id: str, several_polygons: bool) -> str:
    """The ID a team says (``TP6``, ``BM``, ``P2-TP3``): the record's ID without the hazard's prefix.

    A point without an ID is named by its type and number. The polygon stays in the name
    only when the hazard has several polygons (their turning points share numbers).
    """
    text = point.point_id.strip()
    if object_id and text.startswith(object_id):
        text = text[len(object_id) :].lstrip("-_ /.:")
    if not text:
        prefix = TYPE_PREFIXES.get(point.point_type, "P")
        text = f"{prefix}{point.point_no}" if point.point_no and point.point_type in VERTEX_POINT_TYPES else prefix
        if several_polygons and point.poly_id:
            text = f"P{point.poly_id}-{text}"
    elif not several_polygons:
        text = re.sub(r"^P(?:OLY)?\d+[-_]", "", text, flags=re.IGNORECASE) or text
    return text


class TableBuilder:
    """Computes table rows; caches the UTM transforms it needs."""

    def __init__(
        self,
        context: Optional[QgsCoordinateTransformContext] = None,
        print_date: Optional[date] = None,
        with_mgrs: bool = False,
    ) -> None:
        self._context = context or QgsCoordinateTransformContext()
        self._wgs84 = QgsCoordinateReferenceSystem(STORAGE_CRS)
        self._measurer = Measurer(self._wgs84, self._context)
        self._transforms: Dict[str, QgsCoordinateTransform] = {}
        self._shared = Transforms(self._context)
        self._mgrs = Mgrs(self._shared) if with_mgrs else None
        self.print_date = print_date or date.today()

    def _to_grid(self, authid: str, lon: float, lat: float) -> Tuple[float, float]:
        transform = self._transforms.get(authid)
        if transform is None:
            transform = QgsCoordinateTransform(self._wgs84, QgsCoordinateReferenceSystem(authid), self._context)
            self._transforms[authid] = transform
        projected = transform.transform(QgsPointXY(lon, lat))
        return projected.x(), projected.y()

    def bearing_deg(self, a: QgsPointXY, b: QgsPointXY) -> float:
        """Ellipsoidal bearing from ``a`` to ``b`` in degrees 0-360 from true north."""
        radians = self._measurer.distance_area.bearing(a, b)
        return math.degrees(radians) % 360.0

    def grid(self, centre: Optional[QgsPointXY]) -> HazardGrid:
        """The UTM zone (Norway/Svalbard rule included), declination and convergence at a hazard's centre."""
        if centre is None or not is_lon_lat(centre.x(), centre.y()):
            return HazardGrid()
        zone, north = utm_zone_of(centre.x(), centre.y())
        authid = utm_crs(zone, north)
        try:
            convergence = BearingProjector(grid_crs=authid, transforms=self._shared).convergence(centre)
        except (QgsCsException, CoordinateError, ValueError):
            convergence = None
        return HazardGrid(
            zone=f"{zone}{'N' if north else 'S'}",
            authid=authid,
            declination=declination(centre.y(), centre.x(), self.print_date),
            convergence=convergence,
        )

    def table(self, object_id: str, points: Sequence[SurveyPoint], centre: Optional[QgsPointXY]) -> HazardTable:
        """Table rows of ``points`` (already in table order) in the grid of the hazard at ``centre``."""
        printable = [p for p in points if is_lon_lat(p.lon, p.lat)]
        unprintable = [p.point_id or f"#{p.point_no}" for p in points if not is_lon_lat(p.lon, p.lat)]
        if centre is None or not is_lon_lat(centre.x(), centre.y()):
            centre = QgsPointXY(printable[0].lon, printable[0].lat) if printable else None
        grid = self.grid(centre)
        several = len({p.poly_id for p in printable if p.point_type in VERTEX_POINT_TYPES}) > 1
        rows: List[TableRow] = []
        previous: Optional[QgsPointXY] = None
        for point in printable:
            here = QgsPointXY(point.lon, point.lat)
            try:
                easting, northing = self._to_grid(grid.authid, point.lon, point.lat) if grid.authid else (0.0, 0.0)
                mgrs = self._mgrs.from_point(here) if self._mgrs is not None else ""
            except (QgsCsException, CoordinateError, ValueError, IndexError):
                unprintable.append(point.point_id or f"#{point.point_no}")
                continue
            bearing = magnetic = distance = ""
            if previous is not None:
                true_bearing = self.bearing_deg(previous, here)
                bearing = f"{true_bearing:.1f}"
                if grid.declination is not None:
                    magnetic = f"{magnetic_bearing(true_bearing, grid.declination.degrees):.1f}"
                distance = f"{self._measurer.distance_m(previous, here):.1f}"
            rows.append(
                TableRow(
                    seq=len(rows) + 1,
                    point_id=point.point_id,
                    short_id=short_id(point, object_id, several),
                    point_type=point.point_type,
                    lat_dms=format_angle(point.lat, NOTATION_DMS, "lat"),
                    lon_dms=format_angle(point.lon, NOTATION_DMS, "lon"),
                    lat_dd=f"{point.lat:.6f}",
                    lon_dd=f"{point.lon:.6f}",
                    easting=f"{easting:.0f}" if grid.authid else "",
                    northing=f"{northing:.0f}" if grid.authid else "",
                    mgrs=mgrs,
                    bearing=bearing,
                    magnetic=magnetic,
                    distance=distance,
                    lon=point.lon,
                    lat=point.lat,
                )
            )
            previous = here
        return HazardTable(rows=rows, grid=grid, unprintable=unprintable)


def vertices_of(geometry: QgsGeometry) -> List[SurveyPoint]:
    """Fallback when no points layer is given: the exterior ring vertices of each part, unclosed.

    Point IDs are ``P<part>-<n>`` for multipart geometries and ``P<n>`` otherwise.
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    parts = geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]
    result: List[SurveyPoint] = []
    for part_no, part in enumerate(parts, start=1):
        polygon = part.asPolygon()
        if not polygon or not polygon[0]:
            continue
        ring = polygon[0][:-1] if len(polygon[0]) > 1 and polygon[0][0] == polygon[0][-1] else polygon[0]
        for number, vertex in enumerate(ring, start=1):
            point_id = f"P{part_no}-{number}" if len(parts) > 1 else f"P{number}"
            result.append(
                SurveyPoint(
                    point_id, VERTEX_FALLBACK_TYPE, vertex.x(), vertex.y(), poly_id=str(part_no), point_no=number
                )
            )
    return result
