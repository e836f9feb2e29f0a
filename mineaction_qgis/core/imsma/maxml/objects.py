"""Object records of a loaded form: the item with its polygons, an activity split by release type.

An object's polygon parts are its GeospatialInfo rings; a ring with fewer than 3 distinct
vertices (or all on one line) is left out with a warning, and an object whose every ring
is so is rejected (``too_few_vertices``). An activity gives one record per release type
of its polygons (core/imsma/release_parts.py, one rule for every reader).
"""

import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.imsma import release_parts
from mineaction_qgis.core.imsma.maxml.elements import element_dict
from mineaction_qgis.core.imsma.records import ObjectRecord, Record, Rejection, degenerate_ring


class ObjectBuilder:
    """Makes the object records (hazards, activities...) of the forms of one import."""

    def __init__(
        self, source: str, code: Callable[[str, Any], Optional[str]], warnings: Counter, release_none: Counter
    ) -> None:
        self.source = source
        self.code = code
        self.warnings = warnings
        self.release_none = release_none  # (basis, detail) of activities whose release type is none
        self.measurer = Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))

    def activity(
        self,
        attributes: Dict[str, Any],
        parts: List[List[QgsPointXY]],
        part_refs: List[str],
        part_types: List[Optional[str]],
        ref: str,
        object_id: str,
        item: ET.Element,
    ) -> Iterator[Record]:
        """One activity record per release type of its polygons."""
        for decision, indexes in self._release_groups(attributes, part_types):
            part_attributes = dict(
                attributes,
                release_type=decision.release_type,
                release_detail=decision.detail,
                release_basis=decision.basis,
            )
            if decision.basis in release_parts.NONE_REASONS:
                self.release_none[(decision.basis, decision.detail)] += 1
            yield from self.record(
                model.ACTIVITIES,
                part_attributes,
                [parts[i] for i in indexes],
                [part_refs[i] for i in indexes],
                ref,
                object_id,
                item,
            )

    def _release_groups(
        self, attributes: Dict[str, Any], part_types: List[Optional[str]]
    ) -> List[Tuple[Any, List[int]]]:
        """One (decision, polygon indexes) per release type of the activity's polygons, in first-seen order.

        An activity without polygons still gives one part (without geometry), so that it is reported.
        """
        activity_value = attributes.get("release_type")
        areas = release_parts.recorded_areas(attributes)
        groups: Dict[Tuple[str, Optional[str]], Tuple[Any, List[int]]] = {}
        for index, polygon_value in enumerate(part_types or [None]):
            decision = release_parts.decide(self.code, polygon_value, activity_value, areas)
            key = (decision.release_type, decision.detail)
            groups.setdefault(key, (decision, []))[1].append(index)
        if not part_types:
            return [(decision, []) for decision, _ in groups.values()]
        return list(groups.values())

    def record(
        self,
        layer: str,
        attributes: Dict[str, Any],
        parts: List[List[QgsPointXY]],
        part_refs: List[str],
        ref: str,
        object_id: str,
        item: ET.Element,
    ) -> Iterator[Record]:
        """The object with its valid rings as a multipolygon, or its rejection when no ring is valid."""
        good = [ring for ring in parts if not degenerate_ring(ring)]
        bad = [part_ref for ring, part_ref in zip(parts, part_refs) if degenerate_ring(ring)]
        if parts and not good:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "Form {ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one "
                "line ({parts}).",
            ).format(ref=ref, object_id=object_id, parts=", ".join(bad))
            raw = {
                "attributes": {
                    k: (v.toString("yyyy-MM-dd") if isinstance(v, QDate) else v) for k, v in attributes.items()
                },
                "item": element_dict(item),
            }
            yield Rejection(self.source, ref, object_id, "too_few_vertices", message, raw)
            return
        for part_ref in bad:
            self.warnings[("dropped_part", part_ref)] += 1
        geometry = QgsGeometry.fromMultiPolygonXY([[ring] for ring in good]) if good else None
        if geometry is None:
            self.warnings["no_polygon"] += 1
        attributes["calculated_area_m2"] = self.measurer.area_m2(geometry) if geometry is not None else None
        yield ObjectRecord(layer, attributes, geometry, self.source, ref)
