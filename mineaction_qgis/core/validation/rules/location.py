"""Rules on where a hazard lies: inside the country's boundaries and in its recorded governorate.

``Boundaries`` holds the BOUNDARIES layer in the hazards' CRS with a spatial index and
prepared geometries, and locates each hazard once (cached on the record) for both rules.
"""

from typing import Iterable, List, Optional, Set

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from mineaction_qgis.core.common import governorates
from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.rules.base import ERROR, WARNING, Finding, HazardRecord, RecordRule, polygonal_part


def normalise(name: str) -> str:
    """Comparison key of a governorate name: spelling variants, Arabic letter forms, aliases
    (core/common/governorates.py)."""
    return governorates.names().match_key(name)


class Boundaries:
    """Boundary polygons (e.g. governorates) ready for fast point-in-polygon style tests."""

    def __init__(
        self,
        source: QgsFeatureSource,
        name_field: str,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
    ) -> None:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
        text_fields = [i for i, f in enumerate(source.fields()) if f.type() == QVariant.Type.String]
        name_index = source.fields().lookupField(name_field) if name_field else -1
        self.names: List[str] = []
        self.aliases: List[Set[str]] = []
        self.geometries: List[QgsGeometry] = []
        self.index = QgsSpatialIndex()
        request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        for feature in source.getFeatures(request):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            if not transform.isShortCircuited():
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = polygonal_part(geometry.makeValid()) or geometry
            attributes = feature.attributes()
            name = as_text(attributes[name_index]) if name_index >= 0 else str(feature.id())
            aliases = {normalise(as_text(attributes[i])) for i in text_fields if as_text(attributes[i])}
            aliases.add(normalise(name))
            position = len(self.geometries)
            self.names.append(name)
            self.aliases.append(aliases)
            self.geometries.append(geometry)
            self.index.addFeature(position, geometry.boundingBox())
        self.engines = []
        for geometry in self.geometries:
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self.engines.append(engine)
        self.union = QgsGeometry.unaryUnion(self.geometries) if self.geometries else QgsGeometry()
        self.union_engine = QgsGeometry.createGeometryEngine(self.union.constGet()) if self.geometries else None
        if self.union_engine is not None:
            self.union_engine.prepareGeometry()

    def locate(self, record: HazardRecord) -> Optional[int]:
        """Index of the boundary holding the hazard (the one with most of it), None when outside all."""
        if "located" in record.cache:
            return record.cache["located"]
        geometry = record.work_geometry
        found: Optional[int] = None
        contained = False
        if geometry is not None:
            candidates = self.index.intersects(geometry.boundingBox())
            for position in candidates:
                if self.engines[position].contains(geometry.constGet()):
                    found, contained = position, True
                    break
            if found is None:
                best = 0.0
                for position in candidates:
                    if not self.engines[position].intersects(geometry.constGet()):
                        continue
                    share = geometry.intersection(self.geometries[position]).area()
                    if share > best:
                        found, best = position, share
        record.cache["located"] = found
        record.cache["contained"] = contained
        return found

    def outside_part(self, record: HazardRecord) -> Optional[QgsGeometry]:
        """The part of the hazard outside every boundary, None when it is all inside."""
        self.locate(record)
        geometry = record.work_geometry
        if geometry is None or record.cache.get("contained") or self.union_engine is None:
            return None
        if self.union_engine.contains(geometry.constGet()):
            return None
        return polygonal_part(geometry.difference(self.union))

    def matches(self, position: int, name: str) -> bool:
        return normalise(name) in self.aliases[position]

    def positions_named(self, name: str) -> List[int]:
        return [i for i in range(len(self.names)) if self.matches(i, name)]


class OutsideBoundary(RecordRule):
    code = "outside_boundary"
    severity = ERROR
    needs = ("boundaries",)

    def title(self) -> str:
        return QCoreApplication.translate("OutsideBoundary", "Outside the boundaries")

    def help(self) -> str:
        return QCoreApplication.translate(
            "OutsideBoundary",
            "Part of the hazard lies outside every polygon of BOUNDARIES (e.g. the country's governorates) "
            "by more than MIN_OVERLAP_AREA: a wrong datum, swapped coordinates or a typing error. The "
            "finding is the part outside; the value is its area in m².",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        if record.work_geometry is None:
            return []
        outside = ctx.boundaries.outside_part(record)
        if outside is None:
            return []
        area = ctx.measurer.area_m2(outside)
        if area < ctx.settings.min_overlap_m2:
            return []
        total = ctx.area_m2(record)
        percent = 100.0 * area / total if total > 0 else 100.0
        message = QCoreApplication.translate(
            "OutsideBoundary", "Hazard {hazard}: {area} m² ({percent} %) lie outside the boundaries."
        ).format(hazard=record.label, area=format_decimal(area), percent=f"{percent:.1f}")
        return [self.record_finding(record, ctx, message, outside, value=area)]


class WrongGovernorate(RecordRule):
    code = "wrong_governorate"
    severity = WARNING
    needs = ("boundaries", "governorate_field")

    def title(self) -> str:
        return QCoreApplication.translate("WrongGovernorate", "Not in its recorded governorate")

    def help(self) -> str:
        return QCoreApplication.translate(
            "WrongGovernorate",
            "The governorate recorded in GOVERNORATE_FIELD is not the boundary polygon that holds (most of) "
            "the hazard. A recorded name matches a boundary when it equals any of its text attributes "
            "(English, Arabic or Sorani name, code), as people write it: case, Arabic letter forms and the "
            "governorate alias list are taken into account. The value is the percentage of the "
            "hazard inside the recorded governorate. Hazards entirely outside all boundaries and hazards "
            "without a recorded governorate are not checked here.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        recorded = record.text(ctx.settings.governorate_field)
        if not recorded or record.work_geometry is None:
            return []
        boundaries = ctx.boundaries
        located = boundaries.locate(record)
        if located is None or boundaries.matches(located, recorded):
            return []
        total = ctx.area_m2(record)
        inside = 0.0
        for position in boundaries.positions_named(recorded):
            part = polygonal_part(record.work_geometry.intersection(boundaries.geometries[position]))
            inside += ctx.measurer.area_m2(part) if part is not None else 0.0
        percent = 100.0 * inside / total if total > 0 else 0.0
        message = QCoreApplication.translate(
            "WrongGovernorate", "Hazard {hazard} is recorded in {recorded} but lies in {located}."
        ).format(hazard=record.label, recorded=recorded, located=boundaries.names[located])
        return [self.record_finding(record, ctx, message, value=percent, field_name=ctx.settings.governorate_field)]
