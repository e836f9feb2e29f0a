"""Areas and lengths in metres on the WGS 84 ellipsoid, whatever the layer's CRS.

Every area the plugin reports goes through here, so a hazard digitised in UTM and
one stored in degrees give the same square metres.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsUnitTypes,
)

from mineaction_qgis.core.model import ELLIPSOID


class Measurer:
    """Ellipsoidal measurement for geometries in one source CRS."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext = None) -> None:
        self._da = QgsDistanceArea()
        self._da.setSourceCrs(crs, context or QgsProject.instance().transformContext())
        self._da.setEllipsoid(ELLIPSOID)

    def area_m2(self, geometry: QgsGeometry) -> float:
        """Area in square metres; 0 for empty, point or line geometries."""
        if geometry is None or geometry.isEmpty():
            return 0.0
        area = self._da.measureArea(geometry)
        return self._da.convertAreaMeasurement(area, QgsUnitTypes.AreaUnit.AreaSquareMeters)

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
