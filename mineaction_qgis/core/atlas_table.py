"""The atlas's turning-point table: the rows a survey team walks, computed once per hazard.

Each row is a point with its coordinates written the ways a team uses them:
latitude/longitude in degrees-minutes-seconds and in decimal degrees, UTM zone,
easting and northing, and the bearing (degrees from true north) and distance (metres,
on the WGS 84 ellipsoid) from the previous row. The rows run reference point ->
landmark -> benchmark -> the polygon's vertices in their recorded order, which is
the path a team follows from the road to the start point and round the area.
Numbers are always written with Latin digits, whatever the page language.
"""

import math
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
)

from mineaction_qgis.core.measure import Measurer
from mineaction_qgis.core.model import SINGLE_POINT_TYPES, STORAGE_CRS, VERTEX_POINT_TYPES

# Order of the single points before the vertices: the approach path.
APPROACH_ORDER = ("Reference point", "Landmark", "Benchmark")
TABLE_POINT_TYPES = SINGLE_POINT_TYPES + VERTEX_POINT_TYPES
VERTEX_FALLBACK_TYPE = "Turning point"


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
    point_type: str
    lat_dms: str
    lon_dms: str
    lat_dd: str
    lon_dd: str
    utm_zone: str
    easting: str
    northing: str
    bearing: str
    distance: str
    lon: float
    lat: float


def format_dms(value: float, axis: str) -> str:
    """``33°18'45.12"N``: degrees, minutes, seconds with two decimals and the hemisphere letter."""
    hemisphere = ("N" if value >= 0 else "S") if axis == "lat" else ("E" if value >= 0 else "W")
    total = round(abs(value) * 3600.0, 2)
    degrees = int(total // 3600)
    minutes = int((total - degrees * 3600) // 60)
    seconds = total - degrees * 3600 - minutes * 60
    return f"{degrees}°{minutes:02d}'{seconds:05.2f}\"{hemisphere}"


def utm_zone_of(lon: float, lat: float) -> Tuple[int, bool]:
    """UTM zone number and hemisphere (True = north) of a WGS 84 position."""
    zone = int(math.floor((lon + 180.0) / 6.0)) + 1
    return min(max(zone, 1), 60), lat >= 0


def utm_authid(zone: int, north: bool) -> str:
    """EPSG code of WGS 84 / UTM ``zone`` N or S."""
    return f"EPSG:{(32600 if north else 32700) + zone}"


class TableBuilder:
    """Computes table rows; caches the UTM transforms it needs."""

    def __init__(self, context: Optional[QgsCoordinateTransformContext] = None) -> None:
        self._context = context or QgsCoordinateTransformContext()
        self._wgs84 = QgsCoordinateReferenceSystem(STORAGE_CRS)
        self._measurer = Measurer(self._wgs84, self._context)
        self._transforms: Dict[str, QgsCoordinateTransform] = {}

    def _to_utm(self, lon: float, lat: float) -> Tuple[str, float, float]:
        zone, north = utm_zone_of(lon, lat)
        authid = utm_authid(zone, north)
        transform = self._transforms.get(authid)
        if transform is None:
            transform = QgsCoordinateTransform(self._wgs84, QgsCoordinateReferenceSystem(authid), self._context)
            self._transforms[authid] = transform
        projected = transform.transform(QgsPointXY(lon, lat))
        return f"{zone}{'N' if north else 'S'}", projected.x(), projected.y()

    def bearing_deg(self, a: QgsPointXY, b: QgsPointXY) -> float:
        """Ellipsoidal bearing from ``a`` to ``b`` in degrees 0-360 from true north."""
        radians = self._measurer.distance_area.bearing(a, b)
        return math.degrees(radians) % 360.0

    def rows(self, points: Sequence[SurveyPoint]) -> List[TableRow]:
        """Table rows of ``points`` (already in table order)."""
        rows: List[TableRow] = []
        previous: Optional[QgsPointXY] = None
        for seq, point in enumerate(points, start=1):
            here = QgsPointXY(point.lon, point.lat)
            zone, easting, northing = self._to_utm(point.lon, point.lat)
            bearing = distance = ""
            if previous is not None:
                bearing = f"{self.bearing_deg(previous, here):.1f}"
                distance = f"{self._measurer.distance_m(previous, here):.1f}"
            rows.append(
                TableRow(
                    seq=seq,
                    point_id=point.point_id,
                    point_type=point.point_type,
                    lat_dms=format_dms(point.lat, "lat"),
                    lon_dms=format_dms(point.lon, "lon"),
                    lat_dd=f"{point.lat:.6f}",
                    lon_dd=f"{point.lon:.6f}",
                    utm_zone=zone,
                    easting=f"{easting:.0f}",
                    northing=f"{northing:.0f}",
                    bearing=bearing,
                    distance=distance,
                    lon=point.lon,
                    lat=point.lat,
                )
            )
            previous = here
        return rows


def table_order(points: Iterable[SurveyPoint]) -> List[SurveyPoint]:
    """Approach points first (reference point, landmark, benchmark), then vertices by polygon and number.

    Points of other types (evidence, usage points) are not part of the walk and are left out.
    """
    points = list(points)
    approach = [p for p in points if p.point_type in APPROACH_ORDER]
    vertices = [p for p in points if p.point_type in VERTEX_POINT_TYPES]
    approach.sort(key=lambda p: (APPROACH_ORDER.index(p.point_type), p.point_no, p.point_id))
    vertices.sort(key=lambda p: (p.poly_id, p.point_no))
    return approach + vertices


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
                SurveyPoint(point_id, VERTEX_FALLBACK_TYPE, vertex.x(), vertex.y(), poly_id=str(part_no), point_no=number)
            )
    return result
