"""Areas and lengths in metres on the WGS 84 ellipsoid, whatever the layer's CRS: the one measurer.

Every area the plugin reports goes through here, so a hazard digitised in UTM and
one stored in degrees give the same square metres.

What "area" means. The area of a polygon is its area on the WGS 84 ellipsoid.
Two ways to get it, both here:

* ``area_m2`` (QgsDistanceArea): edges are geodesics. Right for a polygon whose
  edges were surveyed on the ground; used for single figures (a hazard's
  calculated area, a fix, an atlas table).
* ``straight_area_m2``: edges straight in the layer's CRS, as GEOS computes the
  pieces of an overlay. For EPSG:4326 that is longitude/latitude, and the
  ellipsoidal area of such a polygon is the integral of ``M(φ)·N(φ)·cos φ dφ dλ``
  over the polygon drawn in the lon/lat plane; expanding the integrand around the
  latitude of the centroid, the first-order term vanishes, so

      area ≈ planar area (deg²) × (π/180)² × M(φc)·N(φc)·cos φc

  with a relative error of about (height in radians)²/24: 1e-8 for a polygon 5 km
  tall. It is additive and about ten times faster than QgsDistanceArea. Every
  other CRS uses QgsDistanceArea: there edges are straight in projected metres,
  which geodesics follow closely.

``area_scale`` gives the square metres per square CRS unit of one polygon. The gap
analysis measures each hazard once on the ellipsoid and shares that area among
its pieces (credited and remaining) in proportion to their planar areas in the
layer's CRS: the pieces then add up exactly to the hazard, and a hazard in UTM
needs one ellipsoidal measurement instead of one per piece (planar UTM areas
alone would be off by the UTM scale, up to 0.1 % in Iraq).
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from mineaction_qgis.core.common.model import ELLIPSOID

WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)
DEG = math.pi / 180.0
LONLAT_WGS84 = ("EPSG:4326", "OGC:CRS84")


def lonlat_area_factor(latitude_deg: float) -> float:
    """Square metres per square degree of longitude × latitude at ``latitude_deg`` on WGS 84."""
    phi = latitude_deg * DEG
    sin_phi = math.sin(phi)
    w = 1.0 - WGS84_E2 * sin_phi * sin_phi
    return DEG * DEG * WGS84_A * WGS84_A * (1.0 - WGS84_E2) * math.cos(phi) / (w * w)


class Measurer:
    """Ellipsoidal measurement for geometries in one source CRS."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext = None) -> None:
        self._da = QgsDistanceArea()
        self._da.setSourceCrs(crs, context or QgsProject.instance().transformContext())
        self._da.setEllipsoid(ELLIPSOID)
        self.lonlat = crs.authid() in LONLAT_WGS84

    def area_m2(self, geometry: QgsGeometry) -> float:
        """Area in square metres (geodesic edges); 0 for empty, point or line geometries."""
        if geometry is None or geometry.isEmpty():
            return 0.0
        area = self._da.measureArea(geometry)
        area = self._da.convertAreaMeasurement(area, QgsUnitTypes.AreaUnit.AreaSquareMeters)
        return area if math.isfinite(area) else 0.0

    def straight_area_m2(self, geometry: QgsGeometry) -> float:
        """Area in square metres of a polygon whose edges are straight in the source CRS."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return 0.0
        if not self.lonlat:
            return self.area_m2(geometry)
        planar = geometry.area()
        if not planar > 0.0 or not math.isfinite(planar):
            return 0.0
        latitude = geometry.centroid().asPoint().y()
        if not -90.0 <= latitude <= 90.0:
            return 0.0
        return planar * lonlat_area_factor(latitude)

    def area_scale(self, geometry: QgsGeometry) -> float:
        """Square metres per square CRS unit for ``geometry`` (0 when it has no area).

        EPSG:4326: the closed form above. Other CRSs: the ellipsoidal area of a small
        square centred on the polygon's centroid, over its planar area. The scale varies
        smoothly, and its first-order variation cancels about the centroid, so for a
        hazard a few kilometres across this is the polygon's ellipsoidal area to about
        1e-9, at the cost of measuring five vertices instead of the whole ring.
        """
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return 0.0
        planar = geometry.area()
        if not planar > 0.0 or not math.isfinite(planar):
            return 0.0
        if self.lonlat:
            return self.straight_area_m2(geometry) / planar
        box = geometry.boundingBox()
        centre = geometry.centroid().asPoint()
        half = max(box.width(), box.height()) / 20.0 or 0.5
        square = QgsGeometry.fromRect(
            QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
        )
        return self.area_m2(square) / (4.0 * half * half)

    def length_m(self, geometry: QgsGeometry) -> float:
        """Length in metres (perimeter for polygons)."""
        if geometry is None or geometry.isEmpty():
            return 0.0
        length = self._da.measureLength(geometry)
        return self._da.convertLengthMeasurement(length, QgsUnitTypes.DistanceUnit.DistanceMeters)

    def distance_m(self, a: QgsPointXY, b: QgsPointXY) -> float:
        """Distance between two points in metres along the ellipsoid."""
        length = self._da.measureLine(a, b)
        return self._da.convertLengthMeasurement(length, QgsUnitTypes.DistanceUnit.DistanceMeters)

    @property
    def distance_area(self) -> QgsDistanceArea:
        """The configured QgsDistanceArea, e.g. for ``computeSpheroidProject``."""
        return self._da
