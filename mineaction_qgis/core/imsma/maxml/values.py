"""An item's canonical attributes: mapped fields, numbers, dates, code-list values, DOI, hazard link.

Dates are read in one day/month order for the whole file, decided in the first pass from
its unambiguous dates (core/common/dates.py, the plugin's one date reader). A value that
cannot be read is left empty and counted in ``warnings``; a code-list value the profile
does not know is kept as it is and counted in ``unknown_codes``: the reader reports both.
"""

import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any, Dict, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate, QVariant

from mineaction_qgis.core.common import dates, model
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma.maxml.elements import lookup
from mineaction_qgis.core.imsma.maxml.layout import FormLayout
from mineaction_qgis.core.imsma.profile import Profile


def parse_date(value: Any, order: str = dates.DAY_FIRST) -> Optional[QDate]:
    """A QDate of a date value (core/common/dates.py, the plugin's one date reader); None when not a date."""
    return dates.to_qdate(value, order)


class ItemValues:
    """Reads the attributes of items; holds what the whole file shares (date order, codes, hazard IDs)."""

    def __init__(self, profile: Profile, layout: FormLayout, warnings: Counter, unknown_codes: Counter) -> None:
        self.profile = profile
        self.layout = layout
        self.info_fields: Dict[str, Sequence[str]] = layout.cfg.get("info_fields", {})
        self.warnings = warnings
        self.unknown_codes = unknown_codes
        self.dates = dates.DateReader()
        self.date_order = dates.DAY_FIRST  # decided by the first pass (superseded.py)
        self.hazard_ids_by_guid: Dict[str, str] = {}  # filled by the first pass
        self._codes: Dict[Tuple[str, Any], Optional[str]] = {}

    def code(self, code_list: str, value: Any) -> Optional[str]:
        """``Profile.code`` with a cache (it is called for every point)."""
        key = (code_list, value)
        if key not in self._codes:
            self._codes[key] = self.profile.code(code_list, value)
        return self._codes[key]

    def doi_text(self, form: ET.Element) -> Optional[str]:
        """The form's Date of Information as written."""
        info = self.layout.info_of(form)
        if info is None:
            return None
        return lookup(info, self.info_fields.get("doi", ["ReportingDate"]))

    def doi(self, form: ET.Element) -> Optional[QDate]:
        """The form's Date of Information, read in the file's day/month order (once it is decided)."""
        return parse_date(self.doi_text(form), self.date_order)

    def attributes(self, form: ET.Element, item: ET.Element, spec: Dict[str, Any]) -> Dict[str, Any]:
        """Canonical attributes of the item: mapped fields, codes, numbers, dates, DOI and link."""
        fields: Dict[str, Sequence[str]] = spec.get("fields", {})
        layer_def = model.LAYERS[spec["layer"]]
        types = {definition.name: definition.type for definition in layer_def.fields}
        self.layout.check_item(item, spec)
        values: Dict[str, Any] = {}
        for name, paths in fields.items():
            text = lookup(item, paths)
            if name not in types:
                values[name] = text
                continue
            values[name] = self.typed(name, text, types[name])
        raw_release = values.get("release_type")
        self._coded(values, spec)
        info = self.layout.info_of(form)
        if info is not None:
            if not values.get("organisation"):
                values["organisation"] = lookup(info, self.info_fields.get("organisation", []))
            doi_text = lookup(info, self.info_fields.get("doi", []))
            values["doi"] = parse_date(doi_text, self.date_order)
            if doi_text and values["doi"] is None:
                self.warnings["bad_doi"] += 1
        if spec["layer"] in (model.ACTIVITIES, model.ACCIDENTS):
            hazard_guid = values.pop("hazard_guid", None)
            if not values.get("hazard_id") and hazard_guid:
                values["hazard_id"] = self.hazard_ids_by_guid.get(hazard_guid.casefold(), hazard_guid)
        if spec["layer"] == model.ACTIVITIES:
            values["release_type"] = raw_release  # the type is decided per polygon (objects.py)
        return {name: values.get(name) for name in layer_def.field_names() if name in values}

    def _coded(self, values: Dict[str, Any], spec: Dict[str, Any]) -> None:
        """Code-list fields to their canonical codes; unknown values are kept and counted."""
        for name, code_list in spec.get("codes", {}).items():
            if name == "release_type":
                continue  # decided per polygon (core/imsma/release_parts.py)
            raw = values.get(name)
            if raw in (None, ""):
                continue
            code = self.code(code_list, raw)
            if code is None:
                self.unknown_codes[(code_list, str(raw))] += 1
            else:
                values[name] = code

    def typed(self, name: str, text: Optional[str], kind: Any) -> Any:
        """A field's text as its canonical type (number, date, text); None, counted, when it cannot be read."""
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
