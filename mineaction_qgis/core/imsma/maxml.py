"""maXML (IMSMA NG XML) reader: Data Entry Forms to canonical hazards, activities and points.

The file is read with ``xml.etree.ElementTree.iterparse`` one ``FieldReport`` (form)
at a time and every processed element is cleared, so memory stays flat whatever the
file size. Element names come from the profile's ``maxml`` section, compared without
namespace and without case, because real exports differ between countries.

Input records are the forms and the ``Point`` elements inside them; each becomes
exactly one output record or one ``Rejection`` (the form's ``source_ref`` is
``FieldReport[n]``, a point's ``FieldReport[n]/GeospatialInfo[g]/Point[p]``).

Several forms for the same item: IMSMA applies forms in order and ignores a form
whose Date of Information is not later than the last applied one. The reader does
the same in two passes: the first pass finds, for every item, the first form with
the latest DOI; the second pass loads that form and rejects the others (and their
points) with reason ``superseded_form``.
"""

import re
import xml.etree.ElementTree as ET
import xml.parsers.expat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeedback, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QDate, QVariant

from mineaction_qgis.core.common import dates, model
from mineaction_qgis.core.common.coords import BearingProjector, CoordinateError, CoordinateParser
from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma import release_parts
from mineaction_qgis.core.imsma.items import POINT_LAYERS, MaxmlExtras
from mineaction_qgis.core.imsma.profile import Profile
from mineaction_qgis.core.imsma.records import (
    ObjectRecord,
    PointRecord,
    ReadOptions,
    Record,
    Rejection,
    degenerate_ring,
)

# Reason used when a later form for the same item replaces this one (see module docstring).
REASON_SUPERSEDED = "superseded_form"
REASON_UNPARSED = "unparsed_element"
REASON_TOO_DEEP = "nesting_too_deep"
MAX_DEPTH = 64  # element nesting a form may have; a deeper form is rejected
_DEEP_PATH = "/".join(["*"] * MAX_DEPTH)  # matches an element MAX_DEPTH levels below a form
_FAIRLY_DEEP_PATH = "/".join(["*"] * 8)  # a cheap first test: real forms are 4 or 5 levels deep
CLOSE_TOLERANCE_DEG = 0.000001  # a last vertex this close to the first one is the closing point

_VERTEX_TYPES = set(model.VERTEX_POINT_TYPES)


_LOCAL_NAMES: Dict[str, str] = {}


def local_name(tag: Any) -> str:
    """Element name without namespace, folded for case-insensitive matching (cached: few distinct tags)."""
    try:
        return _LOCAL_NAMES[tag]
    except (KeyError, TypeError):
        if not isinstance(tag, str):
            return ""
        name = _LOCAL_NAMES[tag] = tag.rsplit("}", 1)[-1].casefold()
        return name


def parse_date(value: Any, order: str = dates.DAY_FIRST) -> Optional[QDate]:
    """A QDate of a date value (core/common/dates.py, the plugin's one date reader); None when not a date."""
    return dates.to_qdate(value, order)


def element_dict(element: ET.Element, depth: int = 0) -> Dict[str, Any]:
    """An element as plain data (attributes, text, children) for the ``raw`` of a rejection.

    Below MAX_DEPTH levels the content is left out (``"…"``): a hostile file must not exhaust the stack.
    """
    data: Dict[str, Any] = {f"@{local_name(key)}": value for key, value in element.attrib.items()}
    if depth >= MAX_DEPTH:
        return {"…": "…"}
    for child in element:
        name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else "?"
        value: Any = element_dict(child, depth + 1) if len(child) or child.attrib else (child.text or "").strip()
        if name in data:
            if not isinstance(data[name], list):
                data[name] = [data[name]]
            data[name].append(value)
        else:
            data[name] = value
    text = (element.text or "").strip()
    if text and len(element):
        data["#text"] = text
    return data


def child_index(element: ET.Element) -> Dict[str, ET.Element]:
    """First child of ``element`` by folded local name (one pass, for repeated lookups)."""
    index: Dict[str, ET.Element] = {}
    for child in element:
        index.setdefault(local_name(child.tag), child)
    return index


def lookup(element: ET.Element, paths: Sequence[str], index: Optional[Dict[str, ET.Element]] = None) -> Optional[str]:
    """First non-empty value of ``paths`` (``name``, ``@attribute``, ``Child/name``) under ``element``."""
    for path in paths:
        if "/" not in path and not path.startswith("@"):
            child = (index if index is not None else child_index(element)).get(path.casefold())
            if child is not None and child.text and child.text.strip():
                return child.text.strip()
            continue
        current: Optional[ET.Element] = element
        parts = path.split("/")
        for part in parts[:-1]:
            current = _child(current, part)
            if current is None:
                break
        if current is None:
            continue
        last = parts[-1]
        if last.startswith("@"):
            wanted = last[1:].casefold()
            for key, value in current.attrib.items():
                if local_name(key) == wanted and str(value).strip():
                    return str(value).strip()
            continue
        child = _child(current, last)
        if child is not None and (child.text or "").strip():
            return child.text.strip()
    return None


def _child(element: Optional[ET.Element], name: str) -> Optional[ET.Element]:
    if element is None:
        return None
    wanted = name.casefold()
    for child in element:
        if local_name(child.tag) == wanted:
            return child
    return None


def _first_segments(paths: Dict[str, Sequence[str]]) -> set:
    """Element names a mapping reads (first path segment, attributes excluded), folded."""
    names = set()
    for candidates in paths.values():
        for path in candidates:
            head = path.split("/")[0]
            if not head.startswith("@"):
                names.add(head.casefold())
    return names


def sniff(path: str) -> bool:
    """True when the file looks like maXML (a MineActionFieldReport or FieldReport near the start)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except (OSError, TypeError):
        return False
    text = head_text(head)
    if Path(path).suffix.lower() == ".xml" and "<!ENTITY" in text:
        return True  # read, so that the entity declaration is refused with its own message
    return "<" in text and bool(re.search(r"<(\w+:)?(MineActionFieldReport|FieldReport)[\s>]", text))


def head_text(head: bytes) -> str:
    """The first bytes of an XML file as text: UTF-16 (with a byte-order mark or not) or UTF-8."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def read(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback] = None) -> Iterator[Record]:
    """Stream the records of one maXML file (see the module docstring for the rules)."""
    return MaxmlReader(path, profile, options, feedback).records()


@dataclass
class _Point:
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


class MaxmlReader:
    """State of one maXML import; ``records()`` yields its records."""

    def __init__(self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> None:
        self.path = str(path)
        self.source = Path(self.path).name
        self.profile = profile
        self.options = options
        self.feedback = feedback
        self.cfg = profile.section("maxml")
        self.items: Dict[str, Dict[str, Any]] = {
            name.casefold(): {"name": name, **spec} for name, spec in self.cfg.get("items", {}).items()
        }
        self.unknown: Counter = Counter()
        self.unknown_codes: Counter = Counter()
        self.release_none: Counter = Counter()
        self.dates = dates.DateReader()
        self.date_order = dates.DAY_FIRST
        self.warnings: Counter = Counter()
        self.measurer = Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))
        self._form_name = self.cfg.get("form", "FieldReport").casefold()
        self._info_name = self.cfg.get("info", "FieldReportInfo").casefold()
        self._geo_name = self.cfg.get("geospatial", "GeospatialInfo").casefold()
        self._point_name = self.cfg.get("point", "Point").casefold()
        self._header_name = self.cfg.get("header", "DocumentHeader").casefold()
        self._attachments = {name.casefold() for name in self.cfg.get("attachment", ["Attachment"])}
        self._point_known = _first_segments(self.cfg.get("point_fields", {})) | {
            n.casefold() for n in self.cfg.get("point_ignore", [])
        }
        self._geo_known = (
            _first_segments(self.cfg.get("geospatial_fields", {}))
            | {n.casefold() for n in self.cfg.get("geospatial_ignore", [])}
            | {self._point_name}
        )
        self._info_known = _first_segments(self.cfg.get("info_fields", {})) | {
            n.casefold() for n in self.cfg.get("info_ignore", [])
        }
        self.winners: Dict[str, int] = {}
        self.deep_forms: set = set()  # numbers of forms with elements nested deeper than MAX_DEPTH
        self.hazard_ids_by_guid: Dict[str, str] = {}
        self._codes: Dict[Tuple[str, Any], Optional[str]] = {}
        self._known_items: Dict[str, set] = {}
        self.projector = BearingProjector(options.bearing_reference, options.magnetic_declination)
        self._parsers: Dict[str, CoordinateParser] = {}
        # Point fields split into plain element names (folded, looked up in a dict) and the rest.
        self._point_plan = [
            (
                name,
                [path.casefold() for path in paths if "/" not in path and not path.startswith("@")],
                [path for path in paths if "/" in path or path.startswith("@")],
            )
            for name, paths in self.cfg.get("point_fields", {}).items()
        ]
        self.extras = MaxmlExtras(self)  # items, spot tasks, locations, accidents, victims (items.py)

    def _code(self, code_list: str, value: Any) -> Optional[str]:
        """``Profile.code`` with a cache (it is called for every point)."""
        key = (code_list, value)
        if key not in self._codes:
            self._codes[key] = self.profile.code(code_list, value)
        return self._codes[key]

    def _parser(self, crs_text: Optional[str]) -> CoordinateParser:
        """A coordinate parser for the point's CRS when it is an EPSG code, else the import's source CRS."""
        match = re.search(r"EPSG:\d+", crs_text or "", re.IGNORECASE)
        crs = match.group(0).upper() if match else self.options.source_crs
        if crs not in self._parsers:
            self._parsers[crs] = CoordinateParser(crs)
        return self._parsers[crs]

    # --- streaming ---------------------------------------------------------------------

    def _forms(self) -> Iterator[Tuple[int, ET.Element, float]]:
        """(1-based form number, FieldReport element, fraction of the file read) with memory released."""
        size = max(Path(self.path).stat().st_size, 1)
        number = 0
        with open(self.path, "rb") as handle:
            for _event, element in _iterparse(handle, self.source):
                name = local_name(element.tag)
                if name == self._form_name:
                    number += 1
                    if element.find(_FAIRLY_DEEP_PATH) is not None and element.find(_DEEP_PATH) is not None:
                        self.deep_forms.add(number)
                    yield number, element, handle.tell() / size
                    element.clear()  # only the empty element stays under the root
                elif name == self._header_name:
                    element.clear()

    def _item(self, form: ET.Element) -> Tuple[Optional[ET.Element], List[ET.Element]]:
        """The item element of a form and the names of other unexpected children."""
        item = None
        extra = []
        for child in form:
            name = local_name(child.tag)
            if name in (self._info_name, self._geo_name) or name in self._attachments:
                continue
            if item is None:
                item = child
            else:
                extra.append(child)
        return item, extra

    def _key(self, item: ET.Element, spec: Dict[str, Any]) -> Optional[str]:
        fields = spec.get("fields", {})
        id_field = _id_field(spec)
        guid = lookup(item, fields.get("guid", []))
        local = lookup(item, fields.get(id_field, []))
        if guid:
            return f"{spec['name']}:guid:{guid.casefold()}"
        if local:
            return f"{spec['name']}:id:{local.casefold()}"
        return None

    def _doi(self, form: ET.Element) -> Optional[QDate]:
        """The form's Date of Information, read in the file's day/month order (once it is decided)."""
        return parse_date(self._doi_text(form), self.date_order)

    def _doi_text(self, form: ET.Element) -> Optional[str]:
        info = _child(form, self._info_name)
        if info is None:
            return None
        return lookup(info, self.cfg.get("info_fields", {}).get("doi", ["ReportingDate"]))

    def _first_pass(self) -> None:
        """Find the form that wins for every item and the hazard local IDs by GUID."""
        best: Dict[str, Tuple[Optional[QDate], int]] = {}
        entries: List[Tuple[str, Optional[str], int]] = []
        date_texts: List[Optional[str]] = []
        for number, form, _ in self._forms():
            if number in self.deep_forms:
                continue
            item, _extra = self._item(form)
            if item is None:
                continue
            spec = self.items.get(local_name(item.tag))
            if not spec or not spec.get("layer"):
                continue
            self.extras.observe(form, item, spec)
            key = self._key(item, spec)
            if key is None:
                continue
            if spec["layer"] == model.HAZARDS:
                guid = lookup(item, spec.get("fields", {}).get("guid", []))
                local = lookup(item, spec.get("fields", {}).get("hazard_id", []))
                if guid and local:
                    self.hazard_ids_by_guid[guid.casefold()] = local
            doi_text = self._doi_text(form)
            entries.append((key, doi_text, number))
            date_texts.append(doi_text)
            fields = spec.get("fields", {})
            date_texts.extend(lookup(item, fields[name]) for name in ("start_date", "end_date") if name in fields)
            if self.feedback is not None and self.feedback.isCanceled():
                return
        # One day/month order for the whole file, decided from its unambiguous dates (core/common/dates.py).
        self.date_order = self.dates.learn(date_texts).order
        for key, doi_text, number in entries:
            doi = parse_date(doi_text, self.date_order)
            previous = best.get(key)
            if previous is None or (doi is not None and (previous[0] is None or doi > previous[0])):
                best[key] = (doi, number)
        self.winners = {key: number for key, (_, number) in best.items()}

    def records(self) -> Iterator[Record]:
        """All records of the file: objects, points and rejections."""
        refuse_entities(self.path, self.source)
        self._first_pass()
        for number, form, fraction in self._forms():
            if self.feedback is not None:
                if self.feedback.isCanceled():
                    return
                if number % 200 == 0:
                    self.feedback.setProgress(100.0 * fraction)
            yield from self._form_records(number, form)
        yield from self.extras.finish()
        self._report()

    # --- one form ------------------------------------------------------------------------

    def _reject_form(self, ref: str, object_id: str, reason: str, message: str, form: ET.Element) -> Iterator[Record]:
        """A rejected form and, each with the same reason, every Point element in it."""
        yield Rejection(self.source, ref, object_id, reason, message, self.extras.raw(form))
        for g_index, geo in enumerate(self._geospatials(form), start=1):
            for p_index, point in enumerate(self._points_of(geo), start=1):
                point_ref = f"{ref}/GeospatialInfo[{g_index}]/Point[{p_index}]"
                text = QCoreApplication.translate("MaxmlReader", "Point of form {ref} not loaded: {reason}").format(
                    ref=ref, reason=message
                )
                yield Rejection(self.source, point_ref, object_id, reason, text, element_dict(point))

    def _geospatials(self, form: ET.Element) -> List[ET.Element]:
        return [element for element in form.iter() if local_name(element.tag) == self._geo_name]

    def _points_of(self, geo: ET.Element) -> List[ET.Element]:
        """Point elements of a GeospatialInfo, directly in it or in a wrapper such as ``Points``."""
        return [element for element in geo.iter() if element is not geo and local_name(element.tag) == self._point_name]

    def _form_records(self, number: int, form: ET.Element) -> Iterator[Record]:
        ref = f"FieldReport[{number}]"
        if number in self.deep_forms:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "Form {ref} has elements nested more than {depth} levels deep (a damaged or hostile file); it was not "
                "read.",
            ).format(ref=ref, depth=MAX_DEPTH)
            yield from self._reject_form(ref, "", REASON_TOO_DEEP, message, form)
            return
        self._check_info(form)
        item, extra = self._item(form)
        for element in extra:
            self.unknown[(self.cfg.get("form", "FieldReport"), element.tag.rsplit("}", 1)[-1])] += 1
        if item is None:
            message = QCoreApplication.translate(
                "MaxmlReader", "Form {ref} has no item element (Hazard, HazardReduction...)."
            ).format(ref=ref)
            yield from self._reject_form(ref, "", REASON_UNPARSED, message, form)
            return
        item_name = item.tag.rsplit("}", 1)[-1]
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
        layer = spec["layer"]
        id_field = _id_field(spec)
        object_id = lookup(item, spec.get("fields", {}).get(id_field, [])) or ""
        key = self._key(item, spec)
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
        if layer == model.VICTIMS:
            yield from self.extras.victim(form, item, spec, ref, object_id)
            for point in self._reject_form(ref, object_id, REASON_UNPARSED, "", form):
                if "/" in point.source_ref:
                    point.message = QCoreApplication.translate(
                        "MaxmlReader", "{ref}: points of a Victim form are not loaded."
                    ).format(ref=point.source_ref)
                    yield point
            return
        attributes = self._attributes(form, item, spec, ref)
        if not object_id:
            # Points still name their object, by GUID; the local ID stays empty so that
            # validation reports it (missing_value) instead of a GUID passing for an ID.
            object_id = attributes.get("guid") or ""
        parts: List[List[QgsPointXY]] = []
        part_refs: List[str] = []
        part_types: List[Optional[str]] = []
        release_paths = self.cfg.get("geospatial_fields", {}).get("release_type", [])
        located: List[QgsGeometry] = []
        for g_index, geo in enumerate(self._geospatials(form), start=1):
            geo_ref = f"{ref}/GeospatialInfo[{g_index}]"
            ring, records = self._geospatial(geo, geo_ref, object_id)
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
            yield from self._object(layer, attributes, parts, part_refs, ref, object_id, item)
            return
        for decision, indexes in self._release_parts(attributes, part_types):
            part_attributes = dict(
                attributes,
                release_type=decision.release_type,
                release_detail=decision.detail,
                release_basis=decision.basis,
            )
            if decision.basis in release_parts.NONE_REASONS:
                self.release_none[(decision.basis, decision.detail)] += 1
            yield from self._object(
                layer,
                part_attributes,
                [parts[i] for i in indexes],
                [part_refs[i] for i in indexes],
                ref,
                object_id,
                item,
            )

    def _release_parts(
        self, attributes: Dict[str, Any], part_types: List[Optional[str]]
    ) -> List[Tuple[Any, List[int]]]:
        """One (decision, polygon indexes) per release type of the activity's polygons, in first-seen order.

        An activity without polygons still gives one part (without geometry), so that it is reported.
        """
        activity_value = attributes.get("release_type")
        areas = release_parts.recorded_areas(attributes)
        groups: Dict[Tuple[str, Optional[str]], Tuple[Any, List[int]]] = {}
        for index, polygon_value in enumerate(part_types or [None]):
            decision = release_parts.decide(self._code, polygon_value, activity_value, areas)
            key = (decision.release_type, decision.detail)
            groups.setdefault(key, (decision, []))[1].append(index)
        if not part_types:
            return [(decision, []) for decision, _ in groups.values()]
        return list(groups.values())

    def _check_info(self, form: ET.Element) -> None:
        info = _child(form, self._info_name)
        if info is None:
            self.warnings["no_info"] += 1
            return
        for child in info:
            if local_name(child.tag) not in self._info_known:
                self.unknown[(self.cfg.get("info", "FieldReportInfo"), child.tag.rsplit("}", 1)[-1])] += 1

    def _attributes(self, form: ET.Element, item: ET.Element, spec: Dict[str, Any], ref: str) -> Dict[str, Any]:
        """Canonical attributes of the item: mapped fields, codes, numbers, dates, DOI and link."""
        fields: Dict[str, Sequence[str]] = spec.get("fields", {})
        layer_def = model.LAYERS[spec["layer"]]
        types = {definition.name: definition.type for definition in layer_def.fields}
        known = self._known_items.get(spec["name"])
        if known is None:
            known = self._known_items[spec["name"]] = (
                _first_segments(fields)
                | {name.casefold() for name in spec.get("ignore", [])}
                | {self._geo_name}
                | self.extras.element_names
            )
        for child in item:
            if local_name(child.tag) not in known:
                self.unknown[(spec["name"], child.tag.rsplit("}", 1)[-1])] += 1
        values: Dict[str, Any] = {}
        for name, paths in fields.items():
            text = lookup(item, paths)
            if name not in types:
                values[name] = text
                continue
            values[name] = self._typed(name, text, types[name], ref)
        raw_release = values.get("release_type")
        for name, code_list in spec.get("codes", {}).items():
            if name == "release_type":
                continue  # decided per polygon (core/imsma/release_parts.py)
            raw = values.get(name)
            if raw in (None, ""):
                continue
            code = self._code(code_list, raw)
            if code is None:
                self.unknown_codes[(code_list, str(raw))] += 1
            else:
                values[name] = code
        info = _child(form, self._info_name)
        info_fields = self.cfg.get("info_fields", {})
        if info is not None:
            if not values.get("organisation"):
                values["organisation"] = lookup(info, info_fields.get("organisation", []))
            doi_text = lookup(info, info_fields.get("doi", []))
            values["doi"] = parse_date(doi_text, self.date_order)
            if doi_text and values["doi"] is None:
                self.warnings["bad_doi"] += 1
        if spec["layer"] in (model.ACTIVITIES, model.ACCIDENTS):
            hazard_guid = values.pop("hazard_guid", None)
            if not values.get("hazard_id") and hazard_guid:
                values["hazard_id"] = self.hazard_ids_by_guid.get(hazard_guid.casefold(), hazard_guid)
        if spec["layer"] == model.ACTIVITIES:
            values["release_type"] = raw_release  # the type is decided per polygon (_release_parts)
        attributes = {name: values.get(name) for name in layer_def.field_names() if name in values}
        return attributes

    def _typed(self, name: str, text: Optional[str], kind: Any, ref: str) -> Any:
        if text is None:
            return None
        if kind == QVariant.Type.Double:
            number = as_number(text)
            if number is None:
                self.warnings[("bad_number", name)] += 1
            return number
        if kind == QVariant.Type.Date:
            date = parse_date(text, self.date_order)
            if date is None:
                self.warnings[("bad_date", name)] += 1
            return date
        return text

    # --- geometry ------------------------------------------------------------------------

    def _geospatial(
        self, geo: ET.Element, geo_ref: str, object_id: str
    ) -> Tuple[Optional[List[QgsPointXY]], List[Record]]:
        """Points of one GeospatialInfo (records) and its polygon ring when it is a polygon."""
        geo_fields = self.cfg.get("geospatial_fields", {})
        for child in geo:
            if local_name(child.tag) not in self._geo_known and not self._points_of(child):
                self.unknown[(self.cfg.get("geospatial", "GeospatialInfo"), child.tag.rsplit("}", 1)[-1])] += 1
        poly_id = lookup(geo, geo_fields.get("poly_id", [])) or f"{object_id}/{geo_ref.rsplit('[', 1)[-1].rstrip(']')}"
        shape = lookup(geo, geo_fields.get("shape", []))
        polygon_shapes = {name.casefold() for name in self.cfg.get("polygon_shapes", ["Polygon"])}
        records: List[Record] = []
        points: List[_Point] = []
        for p_index, element in enumerate(self._points_of(geo), start=1):
            parsed = self._parse_point(element, f"{geo_ref}/Point[{p_index}]", object_id)
            if isinstance(parsed, Rejection):
                records.append(parsed)
            else:
                points.append(parsed)
        points.sort(key=lambda p: (p.point_no is None, p.point_no or 0))
        is_polygon = shape.casefold() in polygon_shapes if shape else any(p.point_type in _VERTEX_TYPES for p in points)
        seen_numbers: Dict[int, str] = {}
        by_reference: Dict[str, _Point] = {}
        previous: Optional[_Point] = None
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
            rejection = self._locate(point, previous, by_reference, object_id)
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
        if not is_polygon:
            return None, records
        if len(vertices) > 1 and _same(vertices[0], vertices[-1]):
            vertices.pop()
        distinct = []
        for vertex in vertices:
            if not distinct or not _same(distinct[-1], vertex):
                distinct.append(vertex)
        return distinct + [distinct[0]] if distinct else [], records

    def _parse_point(self, element: ET.Element, ref: str, object_id: str) -> Any:
        index: Dict[str, ET.Element] = {}
        for child in element:
            name = local_name(child.tag)
            if name not in self._point_known:
                self.unknown[(self.cfg.get("point", "Point"), child.tag.rsplit("}", 1)[-1])] += 1
            index.setdefault(name, child)
        get: Dict[str, Optional[str]] = {}
        for name, simple, other in self._point_plan:
            value = None
            for key in simple:
                child = index.get(key)
                if child is not None and child.text and child.text.strip():
                    value = child.text.strip()
                    break
            if value is None and other:
                value = lookup(element, other, index)
            get[name] = value
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
            point_type = self._code("point_type", type_text)
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
        return _Point(
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

    def _locate(
        self, point: _Point, previous: Optional[_Point], by_reference: Dict[str, _Point], object_id: str
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
                return Rejection(
                    self.source, point.ref, object_id, "bad_coordinate", message, element_dict(point.element)
                )
            point.xy = parsed.point
            point.attributes["input_crs"] = parsed.input_crs
            return None
        if point.bearing is None or point.distance is None:
            message = QCoreApplication.translate(
                "MaxmlReader", "{ref}: the point has no latitude/longitude and no bearing and distance."
            ).format(ref=point.ref)
            return Rejection(self.source, point.ref, object_id, "bad_coordinate", message, element_dict(point.element))
        origin = by_reference.get(point.from_point.casefold()) if point.from_point else previous
        if origin is None or origin.xy is None:
            message = QCoreApplication.translate(
                "MaxmlReader",
                "{ref}: bearing and distance given but the from-point '{origin}' is not a located point of this shape.",
            ).format(ref=point.ref, origin=point.from_point or "")
            return Rejection(
                self.source, point.ref, object_id, "bearing_without_origin", message, element_dict(point.element)
            )
        try:
            projected = self.projector.project(origin.xy, point.distance, point.bearing)
        except CoordinateError as error:
            message = "{ref}: {error}".format(ref=point.ref, error=error.message)
            return Rejection(self.source, point.ref, object_id, "bad_coordinate", message, element_dict(point.element))
        point.xy = QgsPointXY(projected.x(), projected.y())
        if not point.attributes.get("from_point_id"):
            point.attributes["from_point_id"] = origin.point_id
        return None

    def _object(
        self,
        layer: str,
        attributes: Dict[str, Any],
        parts: List[List[QgsPointXY]],
        part_refs: List[str],
        ref: str,
        object_id: str,
        item: ET.Element,
    ) -> Iterator[Record]:
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

    # --- report --------------------------------------------------------------------------

    def _report(self) -> None:
        """Tell the user what the reader did not understand (nothing is ignored silently)."""
        for (parent, name), count in sorted(self.unknown.items()):
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "MaxmlReader",
                    "maXML: {count} '{name}' element(s) in {parent} are not in the profile and were not loaded (add "
                    "them to the profile's maxml section to map them).",
                ).format(count=count, name=name, parent=parent),
            )
        for line in release_parts.none_messages(self.release_none):
            push_message(self.feedback, line)
        decision = self.dates.decision.message(self.source)
        if decision:
            push_message(self.feedback, decision, warning=self.dates.decision.assumed)
        for (code_list, value), count in sorted(self.unknown_codes.items()):
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "MaxmlReader",
                    "maXML: value '{value}' ({count} time(s)) is not in the code list '{code_list}'; it was kept as "
                    "it is.",
                ).format(value=value, count=count, code_list=code_list),
            )
        for key, count in sorted(self.warnings.items(), key=str):
            if isinstance(key, tuple) and key[0] == "dropped_part":
                text = QCoreApplication.translate(
                    "MaxmlReader",
                    "maXML: polygon part {ref} has fewer than 3 distinct vertices, or they all lie on one line, and "
                    "was left out of its object (its points are loaded).",
                ).format(ref=key[1])
            elif isinstance(key, tuple):
                text = QCoreApplication.translate(
                    "MaxmlReader", "maXML: {count} value(s) of field '{field}' could not be read and were left empty."
                ).format(count=count, field=key[1])
            elif key == "no_polygon":
                text = QCoreApplication.translate(
                    "MaxmlReader", "maXML: {count} object(s) have no polygon and were loaded without geometry."
                ).format(count=count)
            elif key == "bad_doi":
                text = QCoreApplication.translate(
                    "MaxmlReader",
                    "maXML: {count} form(s) have a Date of Information that is not a date; it was left empty.",
                ).format(count=count)
            else:
                text = QCoreApplication.translate(
                    "MaxmlReader", "maXML: {count} form(s) have no FieldReportInfo (no Date of Information)."
                ).format(count=count)
            push_message(self.feedback, text)
        for text in self.extras.report():
            push_message(self.feedback, text)


def _id_field(spec: Dict[str, Any]) -> str:
    """The canonical field that identifies an item of this profile spec (``id_field`` overrides)."""
    return spec.get("id_field") or model.ID_FIELDS.get(spec.get("layer") or "", "activity_id")


def _iterparse(handle: Any, source: str) -> Iterator[Tuple[str, ET.Element]]:
    """``iterparse`` start/end events; a malformed file raises ValueError naming the line."""
    try:
        yield from ET.iterparse(handle, events=("end",))
    except ET.ParseError as error:
        line, column = error.position
        if error.code in (
            xml.parsers.expat.errors.codes[xml.parsers.expat.errors.XML_ERROR_NO_ELEMENTS],
            xml.parsers.expat.errors.codes[xml.parsers.expat.errors.XML_ERROR_UNCLOSED_TOKEN],
        ):
            raise ValueError(
                QCoreApplication.translate(
                    "MaxmlReader",
                    "{file} ends before the XML document is complete (line {line}, column {column}): the file is cut "
                    "off (truncated). Copy or export it again.",
                ).format(file=source, line=line, column=column)
            ) from error
        raise ValueError(
            QCoreApplication.translate(
                "MaxmlReader", "{file} is not well-formed XML at line {line}, column {column}."
            ).format(file=source, line=line, column=column)
        ) from error


class _PrologDoneError(Exception):
    """The root element started: the document type declaration, if any, is behind us."""


def refuse_entities(path: str, source: str) -> None:
    """ValueError when the document declares XML entities; they are never resolved nor expanded.

    An entity can read other files of the computer (XXE) or expand into gigabytes (the
    "billion laughs"); no IMSMA export declares one. Only the prolog is read.
    """
    parser = xml.parsers.expat.ParserCreate()

    def declared(name, *_args) -> None:
        raise ValueError(
            QCoreApplication.translate(
                "MaxmlReader",
                "{file} declares the XML entity '{name}'. Entity declarations are refused and never resolved: they "
                "can read other files or expand without end, and no IMSMA export has them.",
            ).format(file=source, name=name)
        )

    def started(*_args) -> None:
        raise _PrologDoneError()

    parser.EntityDeclHandler = declared
    parser.StartElementHandler = started
    try:
        with open(path, "rb") as handle:
            while True:
                chunk = handle.read(65536)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    return
    except (_PrologDoneError, xml.parsers.expat.ExpatError):
        return  # a malformed file is reported by the parse itself, with its line


def _same(a: QgsPointXY, b: QgsPointXY) -> bool:
    return abs(a.x() - b.x()) <= CLOSE_TOLERANCE_DEG and abs(a.y() - b.y()) <= CLOSE_TOLERANCE_DEG
