"""Point elements of a GeospatialInfo to located point records and, for a polygon, its ring.

A point is located by its WGS 84 latitude/longitude, else by the coordinate the user
typed (x/y or MGRS, in the point's CRS or the import's source CRS), else by bearing and
distance from its from-point (or the previous point of the shape). Points are taken in
point-number order; a point that cannot be read or located is rejected with the reason,
the others still make the ring. A polygon's vertices are its turning points (and the
other vertex types), with repeated and closing vertices removed.
"""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.coords import BearingProjector, CoordinateError, CoordinateParser
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma.maxml.elements import element_dict, local_name, lookup, shown_name
from mineaction_qgis.core.imsma.maxml.layout import FormLayout
from mineaction_qgis.core.imsma.records import PointRecord, ReadOptions, Record, Rejection

CLOSE_TOLERANCE_DEG = 0.000001  # a last vertex this close to the first one is the closing point

_VERTEX_TYPES = set(model.VERTEX_POINT_TYPES)


@dataclass
class ParsedPoint:
    """One parsed Point element."""

    ref: str
    element: ET.Element
    point_no: Optional[int]
    point_id: Optional[str]
    guid: Optional[str]
    point_type: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    bearing: Optional[float]
    distance: Optional[float]
    from_point: Optional[str]
    attributes: Dict[str, Any] = field(default_factory=dict)
    typed: Tuple[Optional[str], Optional[str], Optional[str], Optional[str]] = (
        None,
        None,
        None,
        None,
    )  # x, y, MGRS, CRS
    xy: Optional[QgsPointXY] = None


class PointReader:
    """Reads the points of the GeospatialInfo elements of one import."""

    def __init__(
        self,
        source: str,
        layout: FormLayout,
        options: ReadOptions,
        code: Callable[[str, Any], Optional[str]],
    ) -> None:
        self.source = source
        self.layout = layout
        self.cfg = layout.cfg
        self.options = options
        self.code = code
        self.unknown: Counter = layout.unknown
        self.projector = BearingProjector(options.bearing_reference, options.magnetic_declination)
        self._parsers: Dict[str, CoordinateParser] = {}
        self._polygon_shapes = {name.casefold() for name in self.cfg.get("polygon_shapes", ["Polygon"])}
        # Point fields split into plain element names (folded, looked up in a dict) and the rest.
        self._plan = [
            (
                name,
                [path.casefold() for path in paths if "/" not in path and not path.startswith("@")],
                [path for path in paths if "/" in path or path.startswith("@")],
            )
            for name, paths in self.cfg.get("point_fields", {}).items()
        ]

    def shape(self, geo: ET.Element, geo_ref: str, object_id: str) -> Tuple[Optional[List[QgsPointXY]], List[Record]]:
        """Points of one GeospatialInfo (records) and its polygon ring when it is a polygon."""
        geo_fields = self.cfg.get("geospatial_fields", {})
        self.layout.check_geospatial(geo)
        poly_id = lookup(geo, geo_fields.get("poly_id", [])) or f"{object_id}/{geo_ref.rsplit('[', 1)[-1].rstrip(']')}"
        shape = lookup(geo, geo_fields.get("shape", []))
        records: List[Record] = []
        points: List[ParsedPoint] = []
        for p_index, element in enumerate(self.layout.points_of(geo), start=1):
            parsed = self.parse(element, f"{geo_ref}/Point[{p_index}]", object_id)
            if isinstance(parsed, Rejection):
                records.append(parsed)
            else:
                points.append(parsed)
        points.sort(key=lambda p: (p.point_no is None, p.point_no or 0))
        if shape:
            is_polygon = shape.casefold() in self._polygon_shapes
        else:
            is_polygon = any(p.point_type in _VERTEX_TYPES for p in points)
        vertices = self._locate_all(points, is_polygon, object_id, poly_id, records)
        if not is_polygon:
            return None, records
        return ring(vertices), records

    def _locate_all(
        self, points: List[ParsedPoint], is_polygon: bool, object_id: str, poly_id: str, records: List[Record]
    ) -> List[QgsPointXY]:
        """Locate the points in order, appending their records (or rejections); the polygon's vertices."""
        seen_numbers: Dict[int, str] = {}
        by_reference: Dict[str, ParsedPoint] = {}
        previous: Optional[ParsedPoint] = None
        vertices: List[QgsPointXY] = []
        for point in points:
            if point.point_no is not None and point.point_no in seen_numbers:
                message = QCoreApplication.translate(
                    "MaxmlReader", "{ref}: point number {number} is used twice in this shape (first at {first})."
                ).format(ref=point.ref, number=point.point_no, first=seen_numbers[point.point_no])
                records.append(
                    Rejection(
                        self.source, point.ref, object_id, "duplicate_point_no", message, element_dict(point.element)
                    )
                )
                continue
            rejection = self.locate(point, previous, by_reference, object_id)
            if rejection is not None:
                records.append(rejection)
                continue
            if point.point_no is not None:
                seen_numbers[point.point_no] = point.ref
            for reference in (point.point_id, point.guid):
                if reference:
                    by_reference[reference.casefold()] = point
            if is_polygon and point.point_type is None:
                point.point_type = "Turning point"
            point.attributes.update(object_id=object_id, poly_id=poly_id, point_type=point.point_type)
            records.append(PointRecord(point.attributes, QgsGeometry.fromPointXY(point.xy), self.source, point.ref))
            if is_polygon and point.point_type in _VERTEX_TYPES:
                vertices.append(point.xy)
                previous = point
            elif not is_polygon:
                previous = point
        return vertices

    def _fields(self, element: ET.Element) -> Dict[str, Optional[str]]:
        """The mapped point fields as text; children the profile does not name are counted."""
        index: Dict[str, ET.Element] = {}
        for child in element:
            name = local_name(child.tag)
            if name not in self.layout.point_known:
                self.unknown[(self.cfg.get("point", "Point"), shown_name(child))] += 1
            index.setdefault(name, child)
        get: Dict[str, Optional[str]] = {}
        for name, simple, other in self._plan:
            value = None
            for key in simple:
                child = index.get(key)
                if child is not None and child.text and child.text.strip():
                    value = child.text.strip()
                    break
            if value is None and other:
                value = lookup(element, other, index)
            get[name] = value
        return get

    def parse(self, element: ET.Element, ref: str, object_id: str) -> Union[ParsedPoint, Rejection]:
        """One Point element read (not yet located), or its rejection."""
        get = self._fields(element)
        number_text = get.get("point_no")
        point_no = None
        if number_text is not None:
            number = as_number(number_text)
            if number is None or number != int(number):
                message = QCoreApplication.translate(
                    "MaxmlReader", "{ref}: point number '{value}' is not a whole number."
                ).format(ref=ref, value=number_text)
                return Rejection(self.source, ref, object_id, "bad_value", message, element_dict(element))
            point_no = int(number)
        type_text = get.get("point_type")
        point_type = None
        if type_text:
            point_type = self.code("point_type", type_text)
            if point_type is None:
                message = QCoreApplication.translate(
                    "MaxmlReader", "{ref}: point type '{value}' is not in the profile's point_type code list."
                ).format(ref=ref, value=type_text)
                return Rejection(self.source, ref, object_id, "unknown_point_type", message, element_dict(element))
        lat_text, lon_text = get.get("latitude"), get.get("longitude")
        lat, lon = as_number(lat_text), as_number(lon_text)
        if (lat_text or lon_text) and (lat is None or lon is None or not -90 <= lat <= 90 or not -180 <= lon <= 180):
            message = QCoreApplication.translate(
                "MaxmlReader", "{ref}: latitude '{lat}' / longitude '{lon}' is not a WGS 84 coordinate."
            ).format(ref=ref, lat=lat_text or "", lon=lon_text or "")
            return Rejection(self.source, ref, object_id, "bad_coordinate", message, element_dict(element))
        bearing, distance = as_number(get.get("bearing")), as_number(get.get("distance_m"))
        input_text = get.get("user_mgrs") or " ".join(v for v in (get.get("user_x"), get.get("user_y")) if v) or None
        input_crs = (
            " ".join(
                v for v in (get.get("coord_ref_sys"), get.get("user_input_format") or get.get("coord_format")) if v
            )
            or None
        )
        attributes = {
            "point_no": point_no,
            "point_id": get.get("point_id"),
            "bearing": bearing,
            "distance_m": distance,
            "from_point_id": get.get("from_point"),
            "input_crs": input_crs,
            "input_text": input_text,
            "description": get.get("description"),
        }
        typed = (get.get("user_x"), get.get("user_y"), get.get("user_mgrs"), get.get("coord_ref_sys"))
        return ParsedPoint(
            ref,
            element,
            point_no,
            get.get("point_id"),
            get.get("guid"),
            point_type,
            lat,
            lon,
            bearing,
            distance,
            get.get("from_point"),
            attributes,
            typed,
        )

    def _parser(self, crs_text: Optional[str]) -> CoordinateParser:
        """A coordinate parser for the point's CRS when it is an EPSG code, else the import's source CRS."""
        match = re.search(r"EPSG:\d+", crs_text or "", re.IGNORECASE)
        crs = match.group(0).upper() if match else self.options.source_crs
        if crs not in self._parsers:
            self._parsers[crs] = CoordinateParser(crs)
        return self._parsers[crs]

    def locate(
        self,
        point: ParsedPoint,
        previous: Optional[ParsedPoint],
        by_reference: Dict[str, ParsedPoint],
        object_id: str,
    ) -> Optional[Rejection]:
        """Set ``point.xy`` from its coordinates, or by bearing and distance from its origin."""
        if point.lat is not None and point.lon is not None:
            point.xy = QgsPointXY(point.lon, point.lat)
            return None
        user_x, user_y, user_mgrs, user_crs = point.typed
        if user_mgrs or (user_x and user_y):
            try:
                parsed = self._parser(user_crs).parse(user_mgrs or user_x, None if user_mgrs else user_y)
            except CoordinateError as error:
                message = QCoreApplication.translate(
                    "MaxmlReader", "{ref}: no latitude/longitude, and the entered coordinate cannot be read: {error}"
                ).format(ref=point.ref, error=error.message)
                return self._rejected(point, object_id, "bad_coordinate", message)
            point.xy = parsed.point
            point.attributes["input_crs"] = parsed.input_crs
            return None
        if point.bearing is None or point.distance is None:
            message = QCoreApplication.translate(
                "MaxmlReader", "{ref}: the point has no latitude/longitude and no bearing and distance."
            ).format(ref=point.ref)
            return self._rejected(point, object_id, "bad_coordinate", message)
        origin = by_reference.get(point.from_point.casefold()) if point.from_point else previous
        if origin is None or origin.xy is None:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "{ref}: bearing and distance given but the from-point '{origin}' is not a located point of this shape.",
            ).format(ref=point.ref, origin=point.from_point or "")
            return self._rejected(point, object_id, "bearing_without_origin", message)
        try:
            projected = self.projector.project(origin.xy, point.distance, point.bearing)
        except CoordinateError as error:
            message = "{ref}: {error}".format(ref=point.ref, error=error.message)
            return self._rejected(point, object_id, "bad_coordinate", message)
        point.xy = QgsPointXY(projected.x(), projected.y())
        if not point.attributes.get("from_point_id"):
            point.attributes["from_point_id"] = origin.point_id
        return None

    def _rejected(self, point: ParsedPoint, object_id: str, reason: str, message: str) -> Rejection:
        return Rejection(self.source, point.ref, object_id, reason, message, element_dict(point.element))


def ring(vertices: List[QgsPointXY]) -> List[QgsPointXY]:
    """A closed ring of the vertices in order: a closing vertex and repeated vertices dropped, then closed."""
    if len(vertices) > 1 and _same(vertices[0], vertices[-1]):
        vertices.pop()
    distinct: List[QgsPointXY] = []
    for vertex in vertices:
        if not distinct or not _same(distinct[-1], vertex):
            distinct.append(vertex)
    return distinct + [distinct[0]] if distinct else []


def _same(a: QgsPointXY, b: QgsPointXY) -> bool:
    return abs(a.x() - b.x()) <= CLOSE_TOLERANCE_DEG and abs(a.y() - b.y()) <= CLOSE_TOLERANCE_DEG
