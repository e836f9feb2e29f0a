"""Rules on one hazard's own geometry: validity, emptiness, vertices and the parts of a multipart hazard."""

import math
from typing import Iterable, List

from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.validation.rules.base import (
    ERROR,
    INFO,
    WARNING,
    Finding,
    HazardRecord,
    RecordRule,
    polygonal_part,
)


def rings(geometry: QgsGeometry) -> Iterable[tuple]:
    """(part number from 1, ring number from 0 = exterior, QgsCurve) of every polygon ring."""
    for number, part in enumerate(geometry.constParts(), start=1):
        if QgsWkbTypes.geometryType(part.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            continue
        exterior = part.exteriorRing()
        if exterior is not None:
            yield number, 0, exterior
        for index in range(part.numInteriorRings()):
            yield number, index + 1, part.interiorRing(index)


def ring_points(ring) -> List[QgsPointXY]:
    return [QgsPointXY(ring.xAt(i), ring.yAt(i)) for i in range(ring.numPoints())]


class InvalidGeometry(RecordRule):
    code = "invalid_geometry"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("InvalidGeometry", "Invalid geometry")

    def help(self) -> str:
        return QCoreApplication.translate(
            "InvalidGeometry",
            "The polygon is not valid for GEOS (self-intersection, ring crossing, bad hole...). The finding "
            "names GEOS's reason and sits at the place GEOS reports; areas and overlaps of this hazard are "
            "computed on a repaired copy. mineaction:fixhazards repairs it.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if not record.has_geometry or record.valid:
            return []
        errors = record.geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        fallback = record.cache.get("geos_error") or QCoreApplication.translate("InvalidGeometry", "unknown reason")
        findings = []
        for error in errors or [None]:
            reason = error.what() if error is not None else fallback
            where = QgsGeometry.fromPointXY(error.where()) if error is not None and error.hasWhere() else None
            message = QCoreApplication.translate(
                "InvalidGeometry", "Hazard {hazard} has an invalid geometry: {reason}."
            )
            findings.append(self.record_finding(record, ctx, message.format(hazard=record.label, reason=reason), where))
        return findings


class EmptyGeometry(RecordRule):
    code = "empty_geometry"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("EmptyGeometry", "Empty geometry")

    def help(self) -> str:
        return QCoreApplication.translate(
            "EmptyGeometry",
            "The record has no polygon at all (NULL or empty geometry), so it cannot be mapped, measured or "
            "checked for overlaps.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if record.has_geometry:
            return []
        message = QCoreApplication.translate("EmptyGeometry", "Hazard {hazard} has no geometry.")
        return [self.record_finding(record, ctx, message.format(hazard=record.label), QgsGeometry())]


class TooFewVertices(RecordRule):
    code = "too_few_vertices"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("TooFewVertices", "Too few vertices")

    def help(self) -> str:
        return QCoreApplication.translate(
            "TooFewVertices",
            "A ring of the polygon has fewer than 3 distinct vertices, so it encloses no area. The value is "
            "the number of distinct vertices; the finding sits on the ring's points.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if not record.has_geometry:
            return []
        shape = record.geometry.constGet()
        if shape.partCount() == 1 and shape.ringCount(0) == 1 and record.geometry.area() > 0:
            return []  # the common case: one ring enclosing some area has 3 distinct vertices
        findings = []
        for part, _, ring in rings(record.geometry):
            distinct_points: List[QgsPointXY] = []
            for index in range(ring.numPoints()):
                point = QgsPointXY(ring.xAt(index), ring.yAt(index))
                if not any(point.compare(other, ctx.vertex_tolerance) for other in distinct_points):
                    distinct_points.append(point)
                    if len(distinct_points) >= 3:
                        break
            distinct = len(distinct_points)
            if distinct >= 3:
                continue
            message = QCoreApplication.translate(
                "TooFewVertices", "Hazard {hazard}, part {part}: a ring has only {count} distinct vertices."
            ).format(hazard=record.label, part=part, count=distinct)
            where = QgsGeometry.fromMultiPointXY(distinct_points) if distinct_points else None
            findings.append(self.record_finding(record, ctx, message, where, value=float(distinct)))
        return findings


class DuplicateVertex(RecordRule):
    code = "duplicate_vertex"
    severity = INFO

    def title(self) -> str:
        return QCoreApplication.translate("DuplicateVertex", "Duplicate vertex")

    def help(self) -> str:
        return QCoreApplication.translate(
            "DuplicateVertex",
            "Consecutive vertices at the same place (within 0.000001 degrees or 0.1 m), including a closing "
            "point repeated. Harmless for the area but a sign of careless digitising or a bad export; "
            "mineaction:fixhazards removes them. The value is the number of repeated vertices.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if not record.has_geometry:
            return []
        probe = QgsGeometry(record.geometry)
        if not probe.removeDuplicateNodes(ctx.vertex_tolerance):
            return []
        repeated: List[QgsPointXY] = []
        for _, _, ring in rings(record.geometry):
            points = ring_points(ring)
            for index in range(1, len(points)):
                if points[index].compare(points[index - 1], ctx.vertex_tolerance):
                    repeated.append(points[index])
        if not repeated:
            return []
        message = QCoreApplication.translate(
            "DuplicateVertex", "Hazard {hazard} repeats {count} vertices at the same place."
        ).format(hazard=record.label, count=len(repeated))
        return [
            self.record_finding(
                record, ctx, message, QgsGeometry.fromMultiPointXY(repeated), value=float(len(repeated))
            )
        ]


class VertexSpacing(RecordRule):
    code = "vertex_spacing"
    severity = WARNING
    needs = ("max_vertex_spacing_m",)

    def title(self) -> str:
        return QCoreApplication.translate("VertexSpacing", "Vertices too far apart")

    def help(self) -> str:
        return QCoreApplication.translate(
            "VertexSpacing",
            "Two consecutive vertices are farther apart than MAX_VERTEX_SPACING (5000 m by default) on the "
            "ellipsoid, which usually means a mistyped coordinate. The finding is the segment; the value is "
            "its length in metres.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if not record.has_geometry:
            return []
        box = record.geometry.boundingBox()
        limit = ctx.planar_spacing_limit
        if box.width() + box.height() < limit:  # no segment of this polygon can be that long
            return []
        findings = []
        maximum = ctx.settings.max_vertex_spacing_m
        for _, _, ring in rings(record.geometry):
            points = ring_points(ring)
            for index in range(1, len(points)):
                a, b = points[index - 1], points[index]
                if abs(a.x() - b.x()) + abs(a.y() - b.y()) < limit:
                    continue
                length = ctx.measurer.distance_m(a, b)
                segment = QgsGeometry.fromPolylineXY([a, b])
                if not math.isfinite(length) or length <= 0:  # a coordinate outside what the CRS can project
                    message = QCoreApplication.translate(
                        "VertexSpacing",
                        "Hazard {hazard}: the distance between vertices {first} and {second} cannot be measured; "
                        "a coordinate is out of range.",
                    ).format(hazard=record.label, first=index, second=index + 1)
                    findings.append(self.record_finding(record, ctx, message, segment))
                    continue
                if length <= maximum:
                    continue
                message = QCoreApplication.translate(
                    "VertexSpacing", "Hazard {hazard}: vertices {first} and {second} are {length} m apart."
                ).format(hazard=record.label, first=index, second=index + 1, length=f"{length:.0f}")
                findings.append(self.record_finding(record, ctx, message, segment, value=length))
        return findings


class MultipartSelfOverlap(RecordRule):
    code = "multipart_self_overlap"
    severity = ERROR
    needs = ("multipart_overlap_pct",)

    def title(self) -> str:
        return QCoreApplication.translate("MultipartSelfOverlap", "Parts of one hazard overlap")

    def help(self) -> str:
        return QCoreApplication.translate(
            "MultipartSelfOverlap",
            "Two parts of a multipart hazard overlap by more than MULTIPART_OVERLAP_PCT (0.9 %) of their "
            "union, so the same ground is counted twice (often the same polygon entered twice). The finding "
            "is the overlap; the value is the overlap in percent of the union.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if not record.has_geometry or not record.geometry.isMultipart():
            return []
        parts = [QgsGeometry(part.clone()) for part in record.geometry.constParts()]
        if len(parts) < 2:
            return []
        findings = []
        for i in range(len(parts)):
            engine = QgsGeometry.createGeometryEngine(parts[i].constGet())
            engine.prepareGeometry()
            for j in range(i + 1, len(parts)):
                if not parts[i].boundingBoxIntersects(parts[j]) or not engine.intersects(parts[j].constGet()):
                    continue
                overlap = polygonal_part(parts[i].intersection(parts[j]))
                if overlap is None:
                    continue
                union_m2 = ctx.measurer.area_m2(parts[i].combine(parts[j]))
                overlap_m2 = ctx.measurer.area_m2(overlap)
                if union_m2 <= 0:
                    continue
                percent = 100.0 * overlap_m2 / union_m2
                if percent <= ctx.settings.multipart_overlap_pct:
                    continue
                message = QCoreApplication.translate(
                    "MultipartSelfOverlap",
                    "Hazard {hazard}: parts {first} and {second} overlap by {percent} % of their union.",
                ).format(hazard=record.label, first=i + 1, second=j + 1, percent=f"{percent:.1f}")
                findings.append(self.record_finding(record, ctx, message, overlap, value=percent))
        return findings
