"""Skipping the unchanged forms of a maXML export: a monthly re-import reads only what changed.

A register keeps, for every hazard and activity form it was given, the rows that form
produced in the canonical GeoPackage (core/register/postgis.py, table ``form_cache``),
under a **form checksum**: a digest of the form's content (every element's name,
attributes and text) and of everything else its records depend on (the profile, the read
options, the file's day/month order, the hazards' local IDs and governorates by GUID, the
language of the messages, this module's ``VERSION``). The next import computes the
checksum of each form while streaming the file; a form whose checksum the register
knows is not built into records again: its stored rows are written to the GeoPackage as
they are (``RegisterWriter.add_rows``), with the new file name and form number.

Every record stays accounted for: a known form gives exactly the rows it gave before,
rejected points included. Only forms whose records depend on nothing but the form and that
context are cached: winning hazard and activity forms. Superseded forms, forms without an
ID, victims, accidents, locations and forms nested too deep are always read. Warnings about
unknown elements and places outside the country were given by the import that first read a
form and are not repeated for it.

Public API::

    cache = FormCache({checksum: entry, ...})                  # entries from the register
    reader = CachingMaxmlReader(path, profile, options, feedback, cache)
    for record in reader.records(): ...                        # ReusedForm markers among the records
    reader.forms_read                                           # FormsRead: checksums, reused, produced
    entries = rows_by_form(gpkg, reader.forms_read)                 # what the register stores next
"""

import base64
import hashlib
import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.maxml import MaxmlReader, local_name
from mineaction_qgis.core.imsma.maxml.superseded import item_key
from mineaction_qgis.core.imsma.profile import Profile
from mineaction_qgis.core.imsma.records import PointRecord, ReadOptions, Record, Rejection

VERSION = "1"  # change it whenever what a form produces changes: every stored form is then read again
CACHED_LAYERS = frozenset((model.HAZARDS, model.ACTIVITIES))
_REF = re.compile(r"FieldReport\[(\d+)\]")
_REFERRING = ("source_ref", "message")  # the columns whose text may name a form

# {layer: (column names, rows)} of one form: the GeoPackage row values, geometry blobs as bytes.
Entry = Dict[str, Tuple[List[str], List[list]]]


@dataclass
class FormsRead:
    """What a caching read saw: {form number: checksum} of the cacheable forms, the numbers of the forms
    it did not read again, and {form number: {layer: records}} of those it read (to check what is stored)."""

    checksums: Dict[int, str] = field(default_factory=dict)
    reused: set = field(default_factory=set)
    produced: Dict[int, Counter] = field(default_factory=dict)

    def read(self) -> Dict[int, str]:
        """{form number: checksum} of the cacheable forms that were read (not reused)."""
        return {number: checksum for number, checksum in self.checksums.items() if number not in self.reused}


@dataclass(frozen=True)
class ReusedForm:
    """Stands for the records of form ``number``: its stored rows are written instead of reading it."""

    number: int
    checksum: str


class FormCache:
    """The stored rows of known forms, by form checksum."""

    def __init__(self, entries: Optional[Dict[str, Entry]] = None) -> None:
        self.entries: Dict[str, Entry] = dict(entries or {})

    def __contains__(self, checksum: str) -> bool:
        return checksum in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def rows(self, checksum: str, number: int, source_file: str) -> Iterator[Tuple[str, List[str], List[list]]]:
        """(layer, columns, rows) of a stored form, as form ``number`` of ``source_file`` (the entry is changed)."""
        ref = f"FieldReport[{number}]"
        for layer, (columns, rows) in self.entries[checksum].items():
            files = [index for index, name in enumerate(columns) if name == "source_file"]
            texts = [index for index, name in enumerate(columns) if name in _REFERRING]
            at = columns.index("source_ref")
            if rows and form_number(rows[0][at]) == number:  # the form kept its place: its refs are true
                texts = []
            for row in rows:  # in place: an entry is written once per import
                for index in files:
                    row[index] = source_file
                for index in texts:
                    if isinstance(row[index], str):
                        row[index] = _REF.sub(ref, row[index])
            yield layer, columns, rows


def form_digest(form, links: Optional[Dict[str, str]] = None) -> bytes:
    """Digest of a form's content: every element's name, attributes and text, in document order.

    ``links`` are the file's look-ups by GUID or ID (a hazard's local ID and governorate, by folded
    key): where a text of the form is a key, the value it finds is part of the digest too.
    """
    parts = []
    add = parts.append
    links = links or {}
    for element in form.iter():
        add(element.tag)
        text = element.text
        if text:
            add(text)
            found = links.get(text.strip().casefold())
            if found is not None:
                add(found)
        else:
            add("")
        if element.attrib:
            add(repr(sorted(element.attrib.items())))
            for value in element.attrib.values():
                found = links.get(value.strip().casefold())
                if found is not None:
                    add(found)
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).digest()


def merged_links(*lookups: Dict[str, str]) -> Dict[str, str]:
    """One look-up of the keys of ``lookups``: what each finds, in a text that no element text can be."""
    merged: Dict[str, List[str]] = {}
    for index, lookup in enumerate(lookups):
        for key, value in lookup.items():
            merged.setdefault(key, []).append(f"{index}={value}")
    return {key: "\x01" + "\x01".join(values) for key, values in merged.items()}


class CachingMaxmlReader(MaxmlReader):
    """The maXML reader, yielding a ``ReusedForm`` instead of the records of a form the cache knows."""

    def __init__(
        self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback], cache: FormCache
    ) -> None:
        super().__init__(path, profile, options, feedback)
        self.cache = cache
        self.forms_read = FormsRead()
        self._context: Optional[bytes] = None
        self._links: Optional[Dict[str, str]] = None

    def context(self) -> bytes:
        """Digest of what every form's records depend on beyond the form (known after the first pass).

        The hazards' local IDs and governorates by GUID are not here: a form depends only on those it
        names (``form_digest``), so that a hazard added elsewhere in the export does not change it.
        """
        if self._context is None:
            language = QCoreApplication.translate(
                "MaxmlReader", "Form {ref}: the {item} has neither a GUID nor a local ID."
            )
            text = json.dumps(
                [
                    VERSION,
                    self.profile.data,
                    repr(self.options),
                    self.values.date_order,
                    language,
                ],
                sort_keys=True,
                default=str,
            )
            self._context = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        return self._context

    def checksum(self, number: int, form) -> Optional[str]:
        """The form's checksum when its records may be cached (a winning hazard or activity form), else None."""
        if number in self.forms.deep_forms:
            return None
        item, _extra = self.layout.item(form)
        if item is None:
            return None
        spec = self.items.get(local_name(item.tag))
        if not spec or spec.get("layer") not in CACHED_LAYERS:
            return None
        key = item_key(item, spec)
        if key is None or self.winners.get(key, number) != number:
            return None
        if self._links is None:
            self._links = merged_links(self.hazard_ids_by_guid, self.extras.hazard_governorates)
        return hashlib.sha256(self.context() + form_digest(form, self._links)).hexdigest()

    def _form_records(self, number: int, form) -> Iterator[Record]:
        checksum = self.checksum(number, form)
        if checksum is None:
            yield from super()._form_records(number, form)
            return
        if checksum in self.cache:
            self.forms_read.checksums[number] = checksum
            self.forms_read.reused.add(number)
            yield ReusedForm(number, checksum)
            return
        produced: Counter = Counter()
        own = True
        for record in super()._form_records(number, form):
            produced[_layer_of(record)] += 1
            own = own and form_number(record.source_ref) == number
            yield record
        if own:  # every record names its form: the rows of the GeoPackage can be found again by it
            self.forms_read.checksums[number] = checksum
            self.forms_read.produced[number] = produced


def _layer_of(record: Record) -> str:
    if isinstance(record, Rejection):
        return model.REJECTED
    if isinstance(record, PointRecord):
        return model.POINTS
    return record.layer


def form_number(source_ref: Any) -> Optional[int]:
    """The form number a record's ``source_ref`` starts with (``FieldReport[12]/...``), else None."""
    match = _REF.match(source_ref) if isinstance(source_ref, str) else None
    return int(match.group(1)) if match else None


def _rows_of(connection, layer: str, columns: List[str], checksums: Dict[int, str]) -> Iterator[tuple]:
    """The rows of ``layer`` whose form is one of ``checksums``: found by their ``source_ref`` first, then
    read in full (a re-import reads a few forms: their rows only)."""
    refs = list(connection.execute(f'SELECT fid, source_ref FROM "{layer}"'))
    wanted = [fid for fid, ref in refs if form_number(ref) in checksums]
    listed = ", ".join(f'"{name}"' for name in columns)
    if len(wanted) * 4 > len(refs):
        at = columns.index("source_ref")
        for row in connection.execute(f'SELECT {listed} FROM "{layer}" ORDER BY fid'):
            if form_number(row[at]) in checksums:
                yield row
        return
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        yield from connection.execute(f'SELECT {listed} FROM "{layer}" WHERE fid IN ({marks}) ORDER BY fid', chunk)


def rows_by_form(gpkg: str, forms: FormsRead) -> Dict[str, Entry]:
    """{checksum: entry}: the GeoPackage rows of each form ``forms`` read (not those it reused).

    A form is left out when the rows found are not exactly the records it produced, or when one
    names another form (a message about a different ``FieldReport[n]``): renumbering could not
    keep such a row true.
    """
    checksums = forms.read()
    entries: Dict[str, Entry] = {}
    spoiled = set()
    connection = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
        for layer in tables:
            if layer not in model.LAYERS:
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer}")') if row[1] != "fid"]
            if "source_ref" not in columns:
                continue
            at = columns.index("source_ref")
            texts = [index for index, name in enumerate(columns) if name in _REFERRING]
            for row in _rows_of(connection, layer, columns, checksums):
                number = form_number(row[at])
                checksum = checksums[number]
                for index in texts:
                    value = row[index]
                    if isinstance(value, str) and any(int(found) != number for found in _REF.findall(value)):
                        spoiled.add(checksum)
                entries.setdefault(checksum, {}).setdefault(layer, (columns, []))[1].append(list(row))
    finally:
        connection.close()
    for number, checksum in checksums.items():
        entry = entries.get(checksum, {})
        found = Counter({layer: len(rows) for layer, (_columns, rows) in entry.items()})
        if found != forms.produced.get(number) or checksum in spoiled:
            entries.pop(checksum, None)
    return entries


def _blob(value: Any) -> Dict[str, str]:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot store {type(value).__name__}")


def _unblob(value: Dict[str, Any]) -> Any:
    return base64.b64decode(value["b64"]) if len(value) == 1 and "b64" in value else value


def encode_entry(entry: Entry) -> str:
    """JSON text of an entry (blobs as ``{"b64": base64}``), to store in the register."""
    return json.dumps({layer: [columns, rows] for layer, (columns, rows) in entry.items()}, default=_blob)


def decode_entry(text: str) -> Entry:
    """The entry ``encode_entry`` wrote."""
    return {layer: (columns, rows) for layer, (columns, rows) in json.loads(text, object_hook=_unblob).items()}
