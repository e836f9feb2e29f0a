"""One maXML import: two passes over the forms, and each form to its records.

``MaxmlReader`` ties the units of this package together: ``stream`` gives the forms,
``superseded`` (first pass) picks the form that wins for every item, and for each form
``layout`` finds its parts, ``values`` reads the item's attributes, ``points`` its
located points and rings, ``objects`` its object records; ``report`` tells what was not
understood. Explosive items, spot tasks, locations, accidents and victims are in
core/imsma/items.py (``MaxmlExtras``).
"""

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.items import POINT_LAYERS, MaxmlExtras
from mineaction_qgis.core.imsma.maxml.elements import MAX_DEPTH, element_dict, lookup, shown_name
from mineaction_qgis.core.imsma.maxml.layout import FormLayout
from mineaction_qgis.core.imsma.maxml.objects import ObjectBuilder
from mineaction_qgis.core.imsma.maxml.points import PointReader
from mineaction_qgis.core.imsma.maxml.report import Tally, report
from mineaction_qgis.core.imsma.maxml.stream import FormStream, refuse_entities
from mineaction_qgis.core.imsma.maxml.superseded import REASON_SUPERSEDED, choose_winners, id_field, item_key
from mineaction_qgis.core.imsma.maxml.values import ItemValues
from mineaction_qgis.core.imsma.profile import Profile
from mineaction_qgis.core.imsma.records import PointRecord, ReadOptions, Record, Rejection

REASON_UNPARSED = "unparsed_element"
REASON_TOO_DEEP = "nesting_too_deep"


class MaxmlReader:
    """State of one maXML import; ``records()`` yields its records."""

    def __init__(self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> None:
        self.path = str(path)
        self.source = Path(self.path).name
        self.profile = profile
        self.options = options
        self.feedback = feedback
        self.cfg: Dict[str, Any] = profile.section("maxml")
        self.items: Dict[str, Dict[str, Any]] = {
            name.casefold(): {"name": name, **spec} for name, spec in self.cfg.get("items", {}).items()
        }
        self.tally = Tally()
        self.extras = MaxmlExtras(self)  # items, spot tasks, locations, accidents, victims (items.py)
        self.layout = FormLayout(self.cfg, self.tally.unknown, self.extras.element_names)
        self.values = ItemValues(profile, self.layout, self.tally.warnings, self.tally.unknown_codes)
        self.points = PointReader(self.source, self.layout, options, self.values.code)
        self.objects = ObjectBuilder(self.source, self.values.code, self.tally.warnings, self.tally.release_none)
        self.forms = FormStream(self.path, self.source, self.layout.form, self.layout.header)
        self.winners: Dict[str, int] = {}

    # --- what items.py reads of the import -----------------------------------------------

    def code(self, code_list: str, value: Any) -> Optional[str]:
        """The canonical code of a value in one of the profile's code lists (cached)."""
        return self.values.code(code_list, value)

    def doi(self, form: ET.Element) -> Optional[QDate]:
        """The form's Date of Information."""
        return self.values.doi(form)

    @property
    def hazard_ids_by_guid(self) -> Dict[str, str]:
        """Hazard local IDs by folded GUID (learnt in the first pass), for forms that link by GUID."""
        return self.values.hazard_ids_by_guid

    @property
    def unknown_codes(self) -> Counter:
        """(code list, value) -> count of values not in the profile's code lists, reported at the end."""
        return self.tally.unknown_codes

    # --- the two passes ------------------------------------------------------------------

    def records(self) -> Iterator[Record]:
        """All records of the file: objects, points and rejections."""
        refuse_entities(self.path, self.source)
        self.winners = choose_winners(self.forms, self.layout, self.items, self.values, self.extras, self.feedback)
        for number, form, fraction in self.forms:
            if self.feedback is not None:
                if self.feedback.isCanceled():
                    return
                if number % 200 == 0:
                    self.feedback.setProgress(100.0 * fraction)
            yield from self._form_records(number, form)
        yield from self.extras.finish()
        decision = self.values.dates.decision
        report(self.feedback, self.tally, (decision.message(self.source), decision.assumed), self.extras.report())

    # --- one form ------------------------------------------------------------------------

    def _form_records(self, number: int, form: ET.Element) -> Iterator[Record]:
        """The records of one form: rejected whole, or its object(s), points and nested items."""
        ref = f"FieldReport[{number}]"
        if number in self.forms.deep_forms:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "Form {ref} has elements nested more than {depth} levels deep (a damaged or hostile file); it was not "
                "read.",
            ).format(ref=ref, depth=MAX_DEPTH)
            yield from self._reject_form(ref, "", REASON_TOO_DEEP, message, form)
            return
        info = self.layout.info_of(form)
        if info is None:
            self.tally.warnings["no_info"] += 1
        else:
            self.layout.check_info(info)
        item, extra = self.layout.item(form)
        self.layout.count_extra(extra)
        if item is None:
            message = QCoreApplication.translate(
                "MaxmlReader", "Form {ref} has no item element (Hazard, HazardReduction...)."
            ).format(ref=ref)
            yield from self._reject_form(ref, "", REASON_UNPARSED, message, form)
            return
        item_name = shown_name(item)
        spec = self.items.get(item_name.casefold())
        if not spec or not spec.get("layer"):
            message = QCoreApplication.translate(
                "MaxmlReader",
                "Form {ref}: item '{item}' has no layer in the canonical register; the form is kept here unchanged.",
            ).format(ref=ref, item=item_name)
            yield from self._reject_form(
                ref, lookup(item, ["LocalId", "@localId", f"{item_name}_localid"]) or "", REASON_UNPARSED, message, form
            )
            return
        object_id = lookup(item, spec.get("fields", {}).get(id_field(spec), [])) or ""
        key = item_key(item, spec)
        if key is None:
            message = QCoreApplication.translate(
                "MaxmlReader", "Form {ref}: the {item} has neither a GUID nor a local ID."
            ).format(ref=ref, item=item_name)
            yield from self._reject_form(ref, "", "missing_id", message, form)
            return
        winner = self.winners.get(key, number)
        if winner != number:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "Form {ref} for {object_id} is ignored: form FieldReport[{winner}] for the same item has a later Date "
                "of Information (IMSMA ignores a form whose DOI is not later).",
            ).format(ref=ref, object_id=object_id or key, winner=winner)
            yield from self._reject_form(ref, object_id, REASON_SUPERSEDED, message, form)
            return
        if spec["layer"] == model.VICTIMS:
            yield from self._victim_records(form, item, spec, ref, object_id)
            return
        yield from self._item_records(form, item, spec, ref, object_id)

    def _item_records(
        self, form: ET.Element, item: ET.Element, spec: Dict[str, Any], ref: str, object_id: str
    ) -> Iterator[Record]:
        """The records of the item of a form that wins: its points, then its object(s) and nested items."""
        layer = spec["layer"]
        attributes = self.values.attributes(form, item, spec)
        if not object_id:
            # Points still name their object, by GUID; the local ID stays empty so that
            # validation reports it (missing_value) instead of a GUID passing for an ID.
            object_id = attributes.get("guid") or ""
        parts: List[List[QgsPointXY]] = []
        part_refs: List[str] = []
        part_types: List[Optional[str]] = []
        release_paths = self.cfg.get("geospatial_fields", {}).get("release_type", [])
        located: List[QgsGeometry] = []
        for g_index, geo in enumerate(self.layout.geospatials(form), start=1):
            geo_ref = f"{ref}/GeospatialInfo[{g_index}]"
            ring, records = self.points.shape(geo, geo_ref, object_id)
            yield from records
            located.extend(record.geometry for record in records if isinstance(record, PointRecord))
            if ring is not None:
                parts.append(ring)
                part_refs.append(geo_ref)
                part_types.append(lookup(geo, release_paths) if release_paths else None)
        if layer in POINT_LAYERS:
            yield self.extras.point_object(layer, attributes, located, ref)
            return
        items, found = self.extras.nested_items(item, spec, attributes, ref, object_id)
        yield from items
        spot_task = self.extras.spot_task(spec, attributes, bool(parts), located, ref, object_id, found, item)
        if spot_task is not None:
            yield spot_task
            return
        if layer != model.ACTIVITIES:
            yield from self.objects.record(layer, attributes, parts, part_refs, ref, object_id, item)
            return
        yield from self.objects.activity(attributes, parts, part_refs, part_types, ref, object_id, item)

    def _victim_records(
        self, form: ET.Element, item: ET.Element, spec: Dict[str, Any], ref: str, object_id: str
    ) -> Iterator[Record]:
        """A victim form is counted (items.py); its points are rejected."""
        yield from self.extras.victim(form, item, spec, ref, object_id)
        for point in self._reject_form(ref, object_id, REASON_UNPARSED, "", form):
            if "/" in point.source_ref:
                point.message = QCoreApplication.translate(
                    "MaxmlReader", "{ref}: points of a Victim form are not loaded."
                ).format(ref=point.source_ref)
                yield point

    def _reject_form(self, ref: str, object_id: str, reason: str, message: str, form: ET.Element) -> Iterator[Record]:
        """A rejected form and, each with the same reason, every Point element in it."""
        yield Rejection(self.source, ref, object_id, reason, message, self.extras.raw(form))
        for g_index, geo in enumerate(self.layout.geospatials(form), start=1):
            for p_index, point in enumerate(self.layout.points_of(geo), start=1):
                point_ref = f"{ref}/GeospatialInfo[{g_index}]/Point[{p_index}]"
                text = QCoreApplication.translate("MaxmlReader", "Point of form {ref} not loaded: {reason}").format(
                    ref=ref, reason=message
                )
                yield Rejection(self.source, point_ref, object_id, reason, text, element_dict(point))
