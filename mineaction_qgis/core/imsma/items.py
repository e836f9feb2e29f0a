"""maXML beyond polygons: explosive items, spot tasks, locations, accidents and victims.

``MaxmlExtras`` is the part of the maXML reader (the ``maxml`` package) that knows these item
kinds; the reader calls it at a few points and stays about hazards and activities.

- ``Ordnance`` / ``Device`` rows inside an activity form become ``items`` records (one
  per row: category through the profile's ``item_category`` code list, quantity,
  action, date). A row in a form that is not an activity, with a category the code
  list does not know, or with a quantity that is missing, negative or not a whole
  number is rejected with the reason (``no_activity``, ``unknown_category``,
  ``bad_quantity``). Where the form also records how many items were found (the spec's
  ``items_recorded``) and every row loaded, a different total is reported as a warning.
- An activity (or an EOD spot task land record) with located points but no polygon is
  a ``spot_tasks`` point, never a hazard or activity without geometry; an EOD spot task
  without any located point is rejected (``no_geometry``).
- ``Location`` and ``Accident`` forms are points of ``locations`` and ``accidents``.
- ``Victim`` forms are counted into ``victims`` rows (accident, sex, age group,
  outcome, activity) written at the end of the file; a victim whose accident is not in
  the file is rejected (``missing_accident``).

Personal data (names, dates of birth, ID and phone numbers, notes about persons) is
read only to compute an age group. It reaches an output only when the import's
``include_personal_data`` option is on: then ``victim_details`` rows hold it. Without
it, the ``raw`` JSON of a rejected form of a sensitive item (``"sensitive": true`` in
the profile) keeps only the mapped non-personal fields, and the profile's
``personal_elements`` are removed from every rejected record.
"""

import math
import xml.etree.ElementTree as ET
from collections import Counter
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication, QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma.records import ObjectRecord, Record, Rejection

if TYPE_CHECKING:  # pragma: no cover
    from mineaction_qgis.core.imsma.maxml import MaxmlReader

POINT_LAYERS = (model.LOCATIONS, model.ACCIDENTS)
# Privacy by default, also for profiles written before these keys existed.
DEFAULT_PERSONAL_ELEMENTS = (
    "fullname",
    "firstname",
    "lastname",
    "familyname",
    "fathername",
    "mothername",
    "dateofbirth",
    "dob",
    "idnumber",
    "nationalid",
    "passportnumber",
    "phone",
    "phonenumber",
    "mobile",
    "address",
)
# Largest item quantity read as a count; beyond it a value is a typing error, not a number of items.
MAX_QUANTITY = 1_000_000_000


def is_whole_count(value: Optional[float]) -> bool:
    """True for a finite whole number from 0 to MAX_QUANTITY (an item quantity)."""
    return value is not None and math.isfinite(value) and 0 <= value <= MAX_QUANTITY and value == int(value)


DEFAULT_SENSITIVE_ITEMS = ("victim", "victimassistance", "accident")  # accident narratives name people


def _date_text(value: Any) -> Any:
    return value.toString("yyyy-MM-dd") if isinstance(value, QDate) else value


class MaxmlExtras:
    """Explosive items, spot tasks, locations, accidents and victims of one maXML import."""

    def __init__(self, reader: "MaxmlReader") -> None:
        from mineaction_qgis.core.imsma import maxml

        self._maxml = maxml
        self.reader = reader
        cfg = reader.cfg
        self.item_elements: Dict[str, Dict[str, Any]] = {
            name.casefold(): {"name": name, **spec} for name, spec in cfg.get("item_elements", {}).items()
        }
        self.element_names = set(self.item_elements)
        spot = cfg.get("spot_tasks", {})
        self.spot_layers = set(spot.get("layers", [model.ACTIVITIES]))
        self.spot_types = {str(value).casefold() for value in spot.get("types", ["EOD Spot task", "EOD Spot Task"])}
        self.personal_elements = {name.casefold() for name in cfg.get("personal_elements", DEFAULT_PERSONAL_ELEMENTS)}
        self.include_personal = bool(reader.options.include_personal_data)
        self.hazard_governorates: Dict[str, str] = {}
        self.accidents: Dict[str, Tuple[str, Optional[str], Optional[QDate]]] = {}
        self._accident_dois: Dict[str, Any] = {}
        self.victims: Counter = Counter()
        self.victim_refs: Dict[Tuple, List[str]] = {}
        self.warnings: Counter = Counter()
        self.mismatches: List[Tuple[str, int, int]] = []  # (activity, items recorded on the form, items in its rows)

    # --- first pass --------------------------------------------------------------------

    def observe(self, form: ET.Element, item: ET.Element, spec: Dict[str, Any]) -> None:
        """Remember what later forms link to: hazard governorates, accidents with place and date."""
        lookup = self._maxml.lookup
        fields = spec.get("fields", {})
        layer = spec.get("layer")
        if layer == model.HAZARDS:
            governorate = lookup(item, fields.get("governorate", []))
            for key in (lookup(item, fields.get("hazard_id", [])), lookup(item, fields.get("guid", []))):
                if key and governorate:
                    self.hazard_governorates[key.casefold()] = governorate
        elif layer == model.ACCIDENTS:
            accident_id = lookup(item, fields.get("accident_id", [])) or lookup(item, fields.get("guid", [])) or ""
            governorate = lookup(item, fields.get("governorate", []))
            doi = self.reader.doi(form)
            date = self._maxml.parse_date(lookup(item, fields.get("accident_date", []))) or doi
            for key in (lookup(item, fields.get("accident_id", [])), lookup(item, fields.get("guid", []))):
                if not key:
                    continue
                previous = self._accident_dois.get(key.casefold(), False)
                # The form that wins is the first with the latest DOI, as in the reader's first pass.
                if previous is False or (doi is not None and (previous is None or doi > previous)):
                    self.accidents[key.casefold()] = (accident_id, governorate, date)
                    self._accident_dois[key.casefold()] = doi

    # --- personal data -----------------------------------------------------------------

    def raw(self, element: ET.Element) -> Dict[str, Any]:
        """``element_dict`` of a form or item without personal data (unless the user asked for it)."""
        data = self._maxml.element_dict(element)
        if self.include_personal:
            return data
        for child in element:
            spec = self.reader.items.get(self._maxml.local_name(child.tag))
            if spec and self._sensitive(spec):
                name = child.tag.rsplit("}", 1)[-1]
                data[name] = self._allowed(child, spec)
        own = self.reader.items.get(self._maxml.local_name(element.tag))
        if own and self._sensitive(own):
            return self._allowed(element, own)
        return self._scrub(data)

    @staticmethod
    def _sensitive(spec: Dict[str, Any]) -> bool:
        return bool(spec.get("sensitive", spec["name"].casefold() in DEFAULT_SENSITIVE_ITEMS))

    def _allowed(self, item: ET.Element, spec: Dict[str, Any]) -> Dict[str, Any]:
        """The mapped non-personal fields of a sensitive item, as read."""
        allowed = {}
        for name, paths in spec.get("fields", {}).items():
            value = self._maxml.lookup(item, paths)
            if value is not None:
                allowed[name] = value
        return allowed

    def _scrub(self, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                key: self._scrub(value)
                for key, value in data.items()
                if key.lstrip("@").casefold() not in self.personal_elements
            }
        if isinstance(data, list):
            return [self._scrub(value) for value in data]
        return data

    # --- explosive items ---------------------------------------------------------------

    def _item_rows(self, item: ET.Element) -> List[ET.Element]:
        geo = self.reader.layout.geo
        rows: List[ET.Element] = []

        def walk(element: ET.Element) -> None:
            for child in element:
                name = self._maxml.local_name(child.tag)
                if name in self.item_elements:
                    rows.append(child)
                elif name != geo:
                    walk(child)

        walk(item)
        return rows

    def nested_items(
        self, item: ET.Element, spec: Dict[str, Any], attributes: Dict[str, Any], ref: str, object_id: str
    ) -> Tuple[List[Record], int]:
        """Records of the Ordnance/Device rows of one loaded form, and the quantity loaded."""
        rows = self._item_rows(item)
        if not rows:
            return [], 0
        layer = spec.get("layer")
        is_activity = layer == model.ACTIVITIES or (layer == model.HAZARDS and self.is_spot_task(spec, attributes))
        activity_id = object_id if is_activity else ""
        hazard_id = attributes.get("hazard_id") or ""
        governorate = self._governorate(item, spec, attributes, hazard_id)
        default_date = attributes.get("end_date") or attributes.get("start_date") or attributes.get("doi")
        records: List[Record] = []
        total = 0
        counters: Counter = Counter()
        for row in rows:
            row_spec = self.item_elements[self._maxml.local_name(row.tag)]
            counters[row_spec["name"]] += 1
            row_ref = f"{ref}/{row_spec['name']}[{counters[row_spec['name']]}]"
            record = self._item(
                row,
                row_spec,
                row_ref,
                activity_id,
                hazard_id,
                governorate,
                default_date,
                attributes.get("organisation"),
                object_id,
            )
            if isinstance(record, ObjectRecord):
                total += record.attributes["quantity"]
            records.append(record)
        recorded = as_number(self._maxml.lookup(item, spec.get("items_recorded", [])))
        if (
            recorded is not None
            and is_activity
            and len(records) == sum(isinstance(r, ObjectRecord) for r in records)
            and recorded != total
        ):
            self.mismatches.append((object_id or ref, int(recorded), total))
        return records, total

    def _item(
        self,
        row: ET.Element,
        spec: Dict[str, Any],
        ref: str,
        activity_id: str,
        hazard_id: str,
        governorate: Optional[str],
        default_date: Any,
        organisation: Optional[str],
        object_id: str,
    ) -> Record:
        lookup = self._maxml.lookup
        fields = spec.get("fields", {})
        values = {name: lookup(row, paths) for name, paths in fields.items()}
        if not activity_id:
            message = QCoreApplication.translate(
                "MaxmlExtras",
                "{ref}: explosive item row in a form that is not an activity (object '{object_id}'); items count only "
                "when an activity found them.",
            ).format(ref=ref, object_id=object_id)
            return Rejection(self.reader.source, ref, object_id, "no_activity", message, self.raw(row))
        category = self.reader.code("item_category", values.get("category"))
        if category is None:
            message = QCoreApplication.translate(
                "MaxmlExtras", "{ref}: item category '{value}' is not in the profile's item_category code list."
            ).format(ref=ref, value=values.get("category") or "")
            return Rejection(self.reader.source, ref, activity_id, "unknown_category", message, self.raw(row))
        quantity_text = values.get("quantity")
        quantity = as_number(quantity_text)
        if not is_whole_count(quantity):
            message = QCoreApplication.translate(
                "MaxmlExtras", "{ref}: quantity '{value}' is not a whole number of 0 or more."
            ).format(ref=ref, value=quantity_text or "")
            return Rejection(self.reader.source, ref, activity_id, "bad_quantity", message, self.raw(row))
        action_text = values.get("action")
        action = self.reader.code("item_action", action_text) if action_text else model.ITEM_FOUND
        if action is None:
            self.reader.unknown_codes[("item_action", str(action_text))] += 1
            action = action_text
        item_date = self._maxml.parse_date(values.get("item_date")) or default_date
        attributes = {
            "item_id": values.get("item_id") or f"{activity_id}/{ref.rsplit('/', 1)[-1]}",
            "activity_id": activity_id,
            "hazard_id": hazard_id or None,
            "category": category,
            "item_type": values.get("item_type"),
            "quantity": int(quantity),
            "action": action,
            "item_date": item_date,
            "organisation": organisation,
            "governorate": governorate,
        }
        return ObjectRecord(model.ITEMS, attributes, None, self.reader.source, ref)

    def _governorate(
        self, item: ET.Element, spec: Dict[str, Any], attributes: Dict[str, Any], hazard_id: Optional[str]
    ) -> Optional[str]:
        """The record's own governorate (also where its layer has no such field), else its hazard's."""
        own = attributes.get("governorate") or self._maxml.lookup(item, spec.get("fields", {}).get("governorate", []))
        return own or (self.hazard_governorates.get(hazard_id.casefold()) if hazard_id else None)

    # --- spot tasks --------------------------------------------------------------------

    def is_spot_task(self, spec: Dict[str, Any], attributes: Dict[str, Any]) -> bool:
        """True for the type of an EOD spot task (activity type or land classification)."""
        kind = attributes.get("activity_type") or attributes.get("classification") or ""
        return str(kind).casefold() in self.spot_types

    def spot_task(
        self,
        spec: Dict[str, Any],
        attributes: Dict[str, Any],
        has_polygon: bool,
        points: Sequence[QgsGeometry],
        ref: str,
        object_id: str,
        items_found: int,
        item: ET.Element,
    ) -> Optional[Record]:
        """The spot-task record of a point-only object; None when the object is not one."""
        layer = spec.get("layer")
        if has_polygon:
            return None
        spot_type = self.is_spot_task(spec, attributes)
        if not (spot_type or (points and layer in self.spot_layers)):
            return None
        if not points:
            message = QCoreApplication.translate(
                "MaxmlExtras", "Form {ref}: the EOD spot task {object_id} has no located point."
            ).format(ref=ref, object_id=object_id)
            raw = {"attributes": {k: _date_text(v) for k, v in attributes.items()}, "item": self.raw(item)}
            return Rejection(self.reader.source, ref, object_id, "no_geometry", message, raw)
        hazard_id = attributes.get("hazard_id") if layer != model.HAZARDS else None
        governorate = self._governorate(item, spec, attributes, hazard_id)
        values = {
            "spot_task_id": object_id or None,
            "guid": attributes.get("guid"),
            "hazard_id": hazard_id,
            "task_type": attributes.get("activity_type") or attributes.get("classification"),
            "organisation": attributes.get("organisation"),
            "start_date": attributes.get("start_date"),
            "end_date": attributes.get("end_date"),
            "governorate": governorate,
            "items_found": items_found,
            "doi": attributes.get("doi"),
        }
        return ObjectRecord(model.SPOT_TASKS, values, QgsGeometry(points[0]), self.reader.source, ref)

    # --- locations and accidents -------------------------------------------------------

    def point_object(self, layer: str, attributes: Dict[str, Any], points: Sequence[QgsGeometry], ref: str) -> Record:
        """A location or accident: its first located point (none when it has no point)."""
        if layer == model.ACCIDENTS:
            hazard_guid = attributes.pop("hazard_guid", None)
            if not attributes.get("hazard_id") and hazard_guid:
                attributes["hazard_id"] = self.reader.hazard_ids_by_guid.get(hazard_guid.casefold(), hazard_guid)
        if not points:
            self.warnings[layer] += 1
        geometry = QgsGeometry(points[0]) if points else None
        names = model.LAYERS[layer].field_names()
        return ObjectRecord(
            layer, {k: v for k, v in attributes.items() if k in names}, geometry, self.reader.source, ref
        )

    # --- victims -----------------------------------------------------------------------

    def victim(
        self, form: ET.Element, item: ET.Element, spec: Dict[str, Any], ref: str, object_id: str
    ) -> Iterator[Record]:
        """Count one Victim form (or reject it); with personal data on, also its details row."""
        lookup = self._maxml.lookup
        fields = spec.get("fields", {})
        values = {name: lookup(item, paths) for name, paths in fields.items()}
        keys = [values.get("accident_id"), values.get("accident_guid")]
        accident = next(
            (self.accidents[key.casefold()] for key in keys if key and key.casefold() in self.accidents), None
        )
        if accident is None:
            message = QCoreApplication.translate(
                "MaxmlExtras",
                "Form {ref}: victim {object_id} names accident '{accident}', which is not in this export.",
            ).format(ref=ref, object_id=object_id or "?", accident=next((key for key in keys if key), ""))
            yield Rejection(self.reader.source, ref, object_id, "missing_accident", message, self.raw(form))
            return
        accident_id, governorate, date = accident
        personal = spec.get("personal", {})
        details = {name: lookup(item, paths) for name, paths in personal.items()}
        sex = self.reader.code("sex", values.get("sex")) or "unknown"
        outcome = self.reader.code("victim_outcome", values.get("outcome")) or "unknown"
        age_group = self._age_group(values, details.get("date_of_birth"), date)
        activity = values.get("activity")
        if activity:
            activity = self.reader.code("victim_activity", activity) or activity
        key = (accident_id, governorate, date.year() if date else None, sex, age_group, outcome, activity or None)
        self.victims[key] += 1
        self.victim_refs.setdefault(key, []).append(ref)
        if self.include_personal:
            row = dict(
                details,
                victim_id=object_id or None,
                accident_id=accident_id,
                sex=sex,
                age_group=age_group,
                outcome=outcome,
                activity=activity,
            )
            yield ObjectRecord(model.VICTIM_DETAILS, row, None, self.reader.source, ref)

    def _age_group(self, values: Dict[str, Any], birth: Optional[str], date: Optional[QDate]) -> str:
        group = self.reader.code("age_group", values.get("age_group")) if values.get("age_group") else None
        if group:
            return group
        age = as_number(values.get("age"))
        if age is None and birth and date is not None:
            born = self._maxml.parse_date(birth)
            if born is not None:
                age = date.year() - born.year() - (1 if (date.month(), date.day()) < (born.month(), born.day()) else 0)
        if age is None or age < 0:
            return "unknown"
        return "adult" if age >= model.ADULT_AGE else "child"

    def finish(self) -> Iterator[Record]:
        """The victims rows: one per accident, sex, age group, outcome and activity."""
        for key, count in sorted(self.victims.items(), key=lambda pair: tuple(str(v) for v in pair[0])):
            accident_id, governorate, year, sex, age_group, outcome, activity = key
            refs = self.victim_refs[key]
            attributes = {
                "accident_id": accident_id,
                "governorate": governorate,
                "year": year,
                "sex": sex,
                "age_group": age_group,
                "outcome": outcome,
                "activity": activity,
                "victims": count,
            }
            ref = refs[0] if len(refs) == 1 else f"{refs[0]} (+{len(refs) - 1})"
            yield ObjectRecord(
                model.VICTIMS, attributes, None, self.reader.source, ref, inputs=0 if self.include_personal else count
            )

    def report(self) -> List[str]:
        """Warnings for the user (translated)."""
        texts = []
        for layer, count in sorted(self.warnings.items()):
            texts.append(
                QCoreApplication.translate(
                    "MaxmlExtras",
                    "maXML: {count} record(s) of layer '{layer}' have no located point and were loaded without "
                    "geometry.",
                ).format(count=count, layer=layer)
            )
        for activity, recorded, total in self.mismatches:
            texts.append(
                QCoreApplication.translate(
                    "MaxmlExtras",
                    "maXML: activity {activity} records {recorded} items found, but its item rows add up to {total}.",
                ).format(activity=activity, recorded=recorded, total=total)
            )
        return texts
