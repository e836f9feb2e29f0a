"""Where things are in a maXML form, by the element names of the profile's ``maxml`` section.

A form (``FieldReport``) holds one item element (``Hazard``, ``HazardReduction``...),
a ``FieldReportInfo`` (Date of Information, organisation), any number of
``GeospatialInfo`` with their ``Point`` elements, and attachments. Every child the
profile does not name is counted in ``unknown`` so that the reader can report it:
nothing is ignored silently.
"""

import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any, Dict, List, Optional, Tuple

from mineaction_qgis.core.imsma.maxml.elements import child, first_segments, local_name, shown_name


class FormLayout:
    """Element names of one profile, the parts of a form, and the count of elements it does not know."""

    def __init__(self, cfg: Dict[str, Any], unknown: Counter, item_extras: set) -> None:
        self.cfg = cfg
        self.unknown = unknown  # (parent as the profile names it, element name) -> count
        self.item_extras = item_extras  # names of elements nested in items that items.py reads
        self.form = cfg.get("form", "FieldReport").casefold()
        self.info = cfg.get("info", "FieldReportInfo").casefold()
        self.geo = cfg.get("geospatial", "GeospatialInfo").casefold()
        self.point = cfg.get("point", "Point").casefold()
        self.header = cfg.get("header", "DocumentHeader").casefold()
        self.attachments = {name.casefold() for name in cfg.get("attachment", ["Attachment"])}
        self.point_known = first_segments(cfg.get("point_fields", {})) | {
            n.casefold() for n in cfg.get("point_ignore", [])
        }
        self.geo_known = (
            first_segments(cfg.get("geospatial_fields", {}))
            | {n.casefold() for n in cfg.get("geospatial_ignore", [])}
            | {self.point}
        )
        self.info_known = first_segments(cfg.get("info_fields", {})) | {
            n.casefold() for n in cfg.get("info_ignore", [])
        }
        self._item_known: Dict[str, set] = {}

    # --- the parts of a form -------------------------------------------------------------

    def item(self, form: ET.Element) -> Tuple[Optional[ET.Element], List[ET.Element]]:
        """The item element of a form and the other unexpected children."""
        item = None
        extra = []
        for element in form:
            name = local_name(element.tag)
            if name in (self.info, self.geo) or name in self.attachments:
                continue
            if item is None:
                item = element
            else:
                extra.append(element)
        return item, extra

    def info_of(self, form: ET.Element) -> Optional[ET.Element]:
        """The form's FieldReportInfo, or None."""
        return child(form, self.info)

    def geospatials(self, form: ET.Element) -> List[ET.Element]:
        """Every GeospatialInfo of the form, at any depth."""
        return [element for element in form.iter() if local_name(element.tag) == self.geo]

    def points_of(self, geo: ET.Element) -> List[ET.Element]:
        """Point elements of a GeospatialInfo, directly in it or in a wrapper such as ``Points``."""
        return [element for element in geo.iter() if element is not geo and local_name(element.tag) == self.point]

    # --- elements the profile does not name ----------------------------------------------

    def count_extra(self, elements: List[ET.Element]) -> None:
        """Count the form's children beside its item element."""
        for element in elements:
            self.unknown[(self.cfg.get("form", "FieldReport"), shown_name(element))] += 1

    def check_info(self, info: ET.Element) -> None:
        """Count the children of a FieldReportInfo the profile does not name."""
        for element in info:
            if local_name(element.tag) not in self.info_known:
                self.unknown[(self.cfg.get("info", "FieldReportInfo"), shown_name(element))] += 1

    def check_geospatial(self, geo: ET.Element) -> None:
        """Count the children of a GeospatialInfo the profile does not name (point wrappers are known)."""
        for element in geo:
            if local_name(element.tag) not in self.geo_known and not self.points_of(element):
                self.unknown[(self.cfg.get("geospatial", "GeospatialInfo"), shown_name(element))] += 1

    def check_item(self, item: ET.Element, spec: Dict[str, Any]) -> None:
        """Count the children of an item element its profile spec does not name."""
        known = self._item_known.get(spec["name"])
        if known is None:
            known = self._item_known[spec["name"]] = (
                first_segments(spec.get("fields", {}))
                | {name.casefold() for name in spec.get("ignore", [])}
                | {self.geo}
                | self.item_extras
            )
        for element in item:
            if local_name(element.tag) not in known:
                self.unknown[(spec["name"], shown_name(element))] += 1
