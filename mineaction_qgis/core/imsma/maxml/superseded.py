"""Several forms for the same item: which one IMSMA applies (the reader's first pass).

IMSMA applies forms in order and ignores a form whose Date of Information is not later
than the last applied one. So for every item (by GUID, else by local ID) the first form
with the latest DOI wins; the reader loads it and rejects the others (and their points)
with reason ``superseded_form``. The same pass decides the file's day/month order from
its unambiguous dates and learns the hazards' local IDs by GUID, which activity forms link to.
"""

import xml.etree.ElementTree as ET
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.maxml.elements import local_name, lookup
from mineaction_qgis.core.imsma.maxml.layout import FormLayout
from mineaction_qgis.core.imsma.maxml.stream import FormStream
from mineaction_qgis.core.imsma.maxml.values import ItemValues, parse_date

REASON_SUPERSEDED = "superseded_form"  # a later form for the same item replaces this one


def id_field(spec: Dict[str, Any]) -> str:
    """The canonical field that identifies an item of this profile spec (``id_field`` overrides)."""
    return spec.get("id_field") or model.ID_FIELDS.get(spec.get("layer") or "", "activity_id")


def item_key(item: ET.Element, spec: Dict[str, Any]) -> Optional[str]:
    """The identity of an item across forms: its GUID, else its local ID; None when it has neither."""
    fields = spec.get("fields", {})
    guid = lookup(item, fields.get("guid", []))
    local = lookup(item, fields.get(id_field(spec), []))
    if guid:
        return f"{spec['name']}:guid:{guid.casefold()}"
    if local:
        return f"{spec['name']}:id:{local.casefold()}"
    return None


def choose_winners(
    forms: FormStream,
    layout: FormLayout,
    specs: Dict[str, Dict[str, Any]],
    values: ItemValues,
    extras: Any,
    feedback: Optional[QgsFeedback],
) -> Dict[str, int]:
    """The number of the winning form of every item key (see the module docstring).

    Also sets ``values.date_order`` and ``values.hazard_ids_by_guid``, and lets ``extras``
    (items.py) observe every form. Returns what it found so far when cancelled.
    """
    entries: List[Tuple[str, Optional[str], int]] = []
    date_texts: List[Optional[str]] = []
    for number, form, _ in forms:
        if number in forms.deep_forms:
            continue
        item, _extra = layout.item(form)
        if item is None:
            continue
        spec = specs.get(local_name(item.tag))
        if not spec or not spec.get("layer"):
            continue
        extras.observe(form, item, spec)
        key = item_key(item, spec)
        if key is None:
            continue
        fields = spec.get("fields", {})
        if spec["layer"] == model.HAZARDS:
            guid = lookup(item, fields.get("guid", []))
            local = lookup(item, fields.get("hazard_id", []))
            if guid and local:
                values.hazard_ids_by_guid[guid.casefold()] = local
        doi_text = values.doi_text(form)
        entries.append((key, doi_text, number))
        date_texts.append(doi_text)
        date_texts.extend(lookup(item, fields[name]) for name in ("start_date", "end_date") if name in fields)
        if feedback is not None and feedback.isCanceled():
            return {}
    # One day/month order for the whole file, decided from its unambiguous dates (core/common/dates.py).
    values.date_order = values.dates.learn(date_texts).order
    best: Dict[str, Tuple[Optional[QDate], int]] = {}
    for key, doi_text, number in entries:
        doi = parse_date(doi_text, values.date_order)
        previous = best.get(key)
        if previous is None or (doi is not None and (previous[0] is None or doi > previous[0])):
            best[key] = (doi, number)
    return {key: number for key, (_, number) in best.items()}
