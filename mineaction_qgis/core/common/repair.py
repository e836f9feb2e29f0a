"""The plugin's one geometry repair strategy and its one polygon extractor.

Used by the gap analysis, the validation rules and the hazard fixer alike, so a
hazard repaired in one place is the same polygon everywhere.
"""

import math

from qgis.core import Qgis, QgsGeometry, QgsRectangle, QgsWkbTypes


def polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """Only the polygon parts of ``geometry`` (an intersection may add lines or points); empty when none."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geometry
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry and not part.isEmpty()
    ]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]


def validity_error(geometry: QgsGeometry) -> str:
    """GEOS's reason when ``geometry`` is invalid, "" when it is valid."""
    if geometry.isGeosValid():
        return ""
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    return "; ".join(error.what() for error in errors) or "invalid"


def repaired(geometry: QgsGeometry) -> QgsGeometry:
    """Valid polygonal geometry covering what the parts of ``geometry`` cover (empty when nothing is left).

    Each part is made valid on its own and the parts are then unioned, so a
    self-intersecting ring keeps both lobes and overlapping parts of a multipart
    hazard count once (makeValid of the whole would drop their overlap).
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    parts = geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]
    fixed = [polygonal(part.makeValid()) for part in parts]
    fixed = [part for part in fixed if not part.isEmpty()]
    if not fixed:
        return QgsGeometry()
    if len(fixed) == 1:
        return fixed[0]
    return polygonal(QgsGeometry.unaryUnion(fixed))


def coordinates_problem(box: QgsRectangle, geographic: bool) -> str:
    """Why a bounding box cannot be measured ("" when it can): infinite, NaN, or degrees out of range.

    Catches UTM metres stored in a layer declared as degrees, and the huge or
    infinite coordinates of broken exports, before GEOS and PROJ see them.
    """
    x_min, y_min, x_max, y_max = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    if not math.isfinite(x_min + y_min + x_max + y_max):  # inf or NaN in any of them (sums of finite ones stay finite)
        if not (math.isfinite(x_min) and math.isfinite(y_min) and math.isfinite(x_max) and math.isfinite(y_max)):
            return "coordinates are not finite numbers"
    if geographic and not (-180.0 <= x_min and x_max <= 180.0 and -90.0 <= y_min and y_max <= 90.0):
        return "coordinates outside -180..180 / -90..90 in a CRS in degrees (metres stored as degrees?)"
    if max(-x_min, x_max, -y_min, y_max) > 1e9:
        return "coordinates larger than 1e9"
    return ""
