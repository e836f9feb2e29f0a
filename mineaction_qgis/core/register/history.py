"""What changed between two states of a register: new, changed, unchanged and no-longer-exported records.

Records are matched by a key (``record_key``): the IMSMA GUID when the record has one
(normalised: no braces, lower case), else its local ID (the layer's first field); points,
which have neither, by their object, polygon, number and point ID. A record whose key has
no equal on the other side is then paired by the plugin's one identity rule
(core/common/record_identity.py): a record that gained or lost its GUID between two exports
continues its history under its local ID, unless that local ID is ambiguous or the GUIDs
conflict (``RecordChange.previous_key`` says which stored key it continues).

Each record's content is summarised by ``row_hash`` (its canonical attributes and its
geometry's WKB, without the provenance fields that change with every file), so two
registers of 100,000 points compare by reading two columns; only the records whose hash
differs are read in full, to tell which fields changed and, for a geometry, which area was
gained and which was lost (square metres on the WGS 84 ellipsoid).

The same comparison serves a monthly import into the shared PostGIS register
(``core/register/postgis.py``) and ``mineaction:registerchanges`` between two GeoPackages.

Public API::

    before = GeoPackageSource("march.gpkg"); after = GeoPackageSource("april.gpkg")
    diff = compare(before, after, feedback=fb)       # RegisterDiff
    diff.counts(model.HAZARDS)                       # {"new": 3, "changed": 5, "unchanged": 90, "missing": 2}
    for change in diff.changes: change.kind, change.fields, change.gained_m2, change.lost_m2
"""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Protocol, Sequence, Tuple

from qgis.core import QgsFeedback, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.record_identity import RecordKey, normal_guid, pair_records
from mineaction_qgis.core.common.values import is_null

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
MISSING = "missing"  # no longer in the export: kept in the register and marked, never deleted
RETURNED = "returned"  # in the export again after having been missing
KINDS = (NEW, CHANGED, UNCHANGED, MISSING, RETURNED)

GEOMETRY = "geometry"  # the name a geometry change is listed under in ``fields``
# Fields that say where a record was read from or that derive from its geometry: not content.
NOT_COMPARED = frozenset(("source_file", "source_ref", "calculated_area_m2"))
# What a report needs to say which record changed, whatever changed in it.
ABOUT = ("name", "governorate", "status", "classification", "calculated_area_m2")
# Layers without history: the rejected records belong to one import each.
WITHOUT_HISTORY = frozenset((model.REJECTED,))
# Layers whose first field does not name one record (the default key): their own key fields.
_KEY_FIELDS = {
    model.POINTS: ("object_id", "poly_id", "point_no", "point_id"),
    model.VICTIMS: ("accident_id", "sex", "age_group", "outcome", "activity"),  # counts per accident and group
}


_AFTER_FORMS = 1 << 62  # records that name no form (aggregated rows, other formats) keep their order after them


def history_layers(names: Optional[Iterable[str]] = None) -> List[str]:
    """The canonical layers (all of core/common/model.py's, or those of ``names``) whose records keep history."""
    chosen = model.LAYERS if names is None else [name for name in names if name in model.LAYERS]
    return [name for name in chosen if name not in WITHOUT_HISTORY]


def compared_fields(layer: model.LayerDef) -> Tuple[str, ...]:
    return tuple(name for name in layer.field_names() if name not in NOT_COMPARED)


def plain(value) -> object:
    """A value as JSON would hold it: None, text, number or ISO date."""
    if is_null(value) or value == "":
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QDateTime):
        return value.date().toString("yyyy-MM-dd")
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _key_text(value) -> str:
    value = plain(value) if not isinstance(value, (str, int)) else value
    return "" if value is None else str(value).strip()


def identity(layer: model.LayerDef, attributes: Dict[str, object]) -> RecordKey:
    """The GUID and local ID of a record (the layer's first field), as record_identity compares them."""
    return RecordKey(plain(attributes.get("guid")), plain(attributes.get(layer.fields[0].name)))


def record_key(layer: model.LayerDef, attributes: Dict[str, object]) -> Optional[str]:
    """The matching key of a record: GUID, else local ID (points: object|polygon|number|point ID)."""
    if layer.name in _KEY_FIELDS:
        return "pt:" + "|".join(_key_text(attributes.get(name)) for name in _KEY_FIELDS[layer.name])
    key = identity(layer, attributes)
    if key.guid:
        return "guid:" + key.guid
    return "id:" + key.local_id if key.local_id else None


def comparable(name: str, value: object) -> object:
    """A field's value as compared between two states: a GUID normalised (``{ABC-1}`` is ``abc-1``)."""
    if name == "guid" and value not in (None, ""):
        return normal_guid(value) or value
    return value


def row_hash(values: Sequence[object], wkb: Optional[bytes]) -> str:
    """Digest of the compared values, as a GeoPackage stores them, and of the geometry's WKB."""
    digest = hashlib.md5(repr(tuple(values)).encode("utf-8"))
    if wkb:
        digest.update(wkb)
    return digest.hexdigest()


@dataclass
class Row:
    """One record read in full: its values by field name (``plain``), and the geometry."""

    key: str
    values: Dict[str, object]
    geometry: Optional[QgsGeometry] = None


class RowSource(Protocol):
    """One side of a comparison: a register (GeoPackage or PostGIS schema) or an export."""

    def layers(self) -> List[str]:
        """Canonical layers the source holds."""

    def hashes(self, layer: str) -> Dict[str, Tuple[str, bool]]:
        """``{record_key: (row_hash, in_export)}`` of every record of ``layer``."""

    def rows(self, layer: str, keys: Sequence[str]) -> Dict[str, Row]:
        """The records of ``keys`` in full."""

    def identities(self, layer: str, keys: Sequence[str]) -> Dict[str, RecordKey]:
        """GUID and local ID of the records of ``keys`` (record_identity's RecordKey)."""


def unique_keys(keys: Iterable[Optional[str]], fallback: Iterable[object]) -> List[str]:
    """Keys made unique (a repeated key gets ``#2``, ``#3``...; a missing one the feature id)."""
    seen: Counter = Counter()
    result = []
    for key, fid in zip(keys, fallback):
        key = key or f"fid:{fid}"
        seen[key] += 1
        result.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return result


def gpkg_wkb(blob: Optional[bytes]) -> Optional[bytes]:
    """The WKB inside a GeoPackage geometry blob (header and envelope skipped); None when empty."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:  # empty geometry
        return None
    envelope = {1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 0x07, 0)  # bytes of the envelope, by its indicator
    return bytes(blob[8 + envelope :])


def geometry_from_wkb(wkb: Optional[bytes]) -> Optional[QgsGeometry]:
    if not wkb:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


class GeoPackageSource:
    """A canonical GeoPackage (or an import's staging copy); every record is in the export.

    Read with SQLite directly (a GeoPackage is an SQLite file): a register of 100,000 points
    is hashed in a fraction of a second. ``Row.values`` hold every canonical field the layer
    has; hashes cover the compared ones.
    """

    def __init__(self, gpkg: str) -> None:
        self.gpkg = str(gpkg)
        self._tables: Dict[str, Tuple[List[str], Dict[str, tuple]]] = {}

    def layers(self) -> List[str]:
        from mineaction_qgis.core.imsma.writer import existing_layers

        return [name for name in existing_layers(self.gpkg) if name in model.LAYERS]

    def _read(self, layer: str) -> Tuple[List[str], Dict[str, tuple]]:
        """Field names, and ``{record_key: (values..., wkb)}`` of the layer."""
        if layer in self._tables:
            return self._tables[layer]
        import sqlite3

        definition = model.LAYERS[layer]
        names: List[str] = []
        records: Dict[str, tuple] = {}
        connection = sqlite3.connect(f"file:{self.gpkg}?mode=ro", uri=True)
        try:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer}")')]
            if columns:
                found = connection.execute(
                    "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
                ).fetchone()
                geometry = f', "{found[0]}"' if found else ", NULL"
                names = [name for name in definition.field_names() if name in columns]
                key_at = [
                    names.index(name)
                    for name in ("guid", definition.fields[0].name, *_KEY_FIELDS.get(layer, ()))
                    if name in names
                ]
                rows = connection.execute(
                    f'SELECT fid, {", ".join(chr(34) + n + chr(34) for n in names)}{geometry} FROM "{layer}" ORDER BY '
                    f"fid"
                ).fetchall()
                if "source_ref" in names:  # form order, as a full read writes them (a re-import copies some last)
                    from mineaction_qgis.core.imsma.form_cache import form_number

                    at = 1 + names.index("source_ref")
                    rows.sort(key=lambda row: (form_number(row[at]) or _AFTER_FORMS, row[0]))
                keys = unique_keys(
                    (record_key(definition, {names[i]: row[1 + i] for i in key_at}) for row in rows),
                    (row[0] for row in rows),
                )
                records = {key: row[1:-1] + (gpkg_wkb(row[-1]),) for key, row in zip(keys, rows)}
        finally:
            connection.close()
        self._tables[layer] = (names, records)
        return names, records

    def hashes(self, layer: str) -> Dict[str, Tuple[str, bool]]:
        names, records = self._read(layer)
        compared = [index for index, name in enumerate(names) if name not in NOT_COMPARED]
        guid_at = compared.index(names.index("guid")) if "guid" in names and names.index("guid") in compared else None
        result = {}
        for key, record in records.items():
            values = [record[i] for i in compared]
            if guid_at is not None:
                values[guid_at] = comparable("guid", values[guid_at])
            result[key] = (row_hash(values, record[-1]), True)
        return result

    def identities(self, layer: str, keys: Sequence[str]) -> Dict[str, RecordKey]:
        names, records = self._read(layer)
        definition = model.LAYERS[layer]
        return {key: identity(definition, dict(zip(names, records[key]))) for key in keys if key in records}

    def rows(self, layer: str, keys: Sequence[str]) -> Dict[str, Row]:
        names, records = self._read(layer)
        return {
            key: Row(
                key,
                {name: plain(value) for name, value in zip(names, records[key])},
                geometry_from_wkb(records[key][-1]),
            )
            for key in keys
            if key in records
        }

    def raw(self, layer: str) -> Tuple[List[str], Dict[str, tuple]]:
        """Field names and ``{record_key: (values..., wkb)}`` as stored, for writing them elsewhere fast."""
        return self._read(layer)


@dataclass
class RecordChange:
    """How one record differs between the two sides."""

    layer: str
    key: str
    kind: str
    object_id: Optional[str] = None
    fields: Tuple[str, ...] = ()
    old: Dict[str, object] = field(default_factory=dict)  # values of the changed fields before
    new: Dict[str, object] = field(default_factory=dict)  # ...and after
    gained: Optional[QgsGeometry] = None
    lost: Optional[QgsGeometry] = None
    gained_m2: float = 0.0
    lost_m2: float = 0.0
    about: Dict[str, object] = field(default_factory=dict)  # ABOUT fields of the record as it is now
    previous_key: Optional[str] = None  # the stored key this record continues, when its own key changed


@dataclass
class RegisterDiff:
    """Every change between two register states, with the unchanged records counted (not listed)."""

    changes: List[RecordChange] = field(default_factory=list)
    unchanged: Counter = field(default_factory=Counter)  # per layer

    def counts(self, layer: str) -> Dict[str, int]:
        counter = Counter(change.kind for change in self.changes if change.layer == layer)
        counter[UNCHANGED] = self.unchanged[layer]
        return {kind: counter[kind] for kind in KINDS}

    def of(self, layer: str, kind: Optional[str] = None) -> List[RecordChange]:
        return [change for change in self.changes if change.layer == layer and (kind is None or change.kind == kind)]


def _area_parts(measurer: Measurer, old: Optional[QgsGeometry], new: Optional[QgsGeometry]):
    """(gained geometry, lost geometry, gained m², lost m²) between two polygon geometries."""
    empty_old = old is None or old.isEmpty()
    empty_new = new is None or new.isEmpty()
    gained = QgsGeometry(new) if empty_old and not empty_new else None
    lost = QgsGeometry(old) if empty_new and not empty_old else None
    if not empty_old and not empty_new:
        old_valid = old if old.isGeosValid() else old.makeValid()
        new_valid = new if new.isGeosValid() else new.makeValid()
        gained = new_valid.difference(old_valid)
        lost = old_valid.difference(new_valid)
    gained_m2 = measurer.area_m2(gained) if gained is not None else 0.0
    lost_m2 = measurer.area_m2(lost) if lost is not None else 0.0
    return (gained if gained_m2 > 0 else None, lost if lost_m2 > 0 else None, gained_m2, lost_m2)


def describe(
    layer: str, key: str, kind: str, old: Optional[Row], new: Optional[Row], measurer: Measurer
) -> RecordChange:
    """The RecordChange of one record, with its changed fields and, for polygons, area gained and lost."""
    definition = model.LAYERS[layer]
    id_field = definition.fields[0].name
    current = new or old
    change = RecordChange(layer, key, kind, object_id=current.values.get(id_field) if current else None)
    if current is not None:
        change.about = {name: current.values.get(name) for name in ABOUT if name in current.values}
    if old is not None and new is not None:
        names = [
            name
            for name in compared_fields(definition)
            if comparable(name, old.values.get(name)) != comparable(name, new.values.get(name))
        ]
        change.old = {name: old.values.get(name) for name in names}
        change.new = {name: new.values.get(name) for name in names}
        old_wkb = None if old.geometry is None or old.geometry.isEmpty() else bytes(old.geometry.asWkb())
        new_wkb = None if new.geometry is None or new.geometry.isEmpty() else bytes(new.geometry.asWkb())
        if old_wkb != new_wkb:
            names.append(GEOMETRY)
        change.fields = tuple(names)
    polygonal = definition.wkb_type in (QgsWkbTypes.Type.MultiPolygon, QgsWkbTypes.Type.Polygon)
    if polygonal and kind in (NEW, MISSING):  # the whole polygon was gained or lost: its area is already measured
        whole = (new if kind == NEW else old).geometry
        area = current.values.get("calculated_area_m2")
        area = float(area) if area is not None else measurer.area_m2(whole)
        if kind == NEW:
            change.gained, change.gained_m2 = whole, area
        else:
            change.lost, change.lost_m2 = whole, area
    elif polygonal and (kind == RETURNED or GEOMETRY in change.fields):
        before = old.geometry if old is not None and kind != NEW else None
        after = new.geometry if new is not None and kind != MISSING else None
        change.gained, change.lost, change.gained_m2, change.lost_m2 = _area_parts(measurer, before, after)
    return change


def _pair_unmatched(
    layer: str, before: RowSource, after: RowSource, old: Dict[str, tuple], new: Dict[str, tuple]
) -> Dict[str, str]:
    """{after key: before key} of the records whose keys differ but which are the same record (record_identity)."""
    if layer in _KEY_FIELDS:
        return {}
    new_only = [key for key in new if key not in old]
    old_only = [key for key in old if key not in new]
    if not new_only or not old_only:
        return {}
    return pair_records(before.identities(layer, old_only), after.identities(layer, new_only))


def compare_layer(
    layer: str, before: RowSource, after: RowSource, measurer: Measurer, detail_new_and_missing: bool = True
) -> Tuple[List[RecordChange], int, Dict[str, str]]:
    """Changes of one layer, the number unchanged, and the after side's hashes (for the writer).

    Changes carry the after side's key (the before side's for missing records); a record
    paired under another key (record_identity) also carries the key it continues in
    ``previous_key``. Without ``detail_new_and_missing`` new and missing records are listed
    by key only (the register holds them in full: reading them again would only slow an
    import down).
    """
    old = before.hashes(layer)
    new = after.hashes(layer)
    previous = _pair_unmatched(layer, before, after, old, new)
    continued = set(previous.values())
    kinds: Dict[str, str] = {}
    unchanged = 0
    for key, (digest, _present) in new.items():
        stored = old.get(previous.get(key, key))
        if stored is None:
            kinds[key] = NEW
        elif not stored[1]:
            kinds[key] = RETURNED
        elif stored[0] != digest or key in previous:
            kinds[key] = CHANGED
        else:
            unchanged += 1
    missing = [key for key, (_digest, present) in old.items() if present and key not in new and key not in continued]
    detailed = {CHANGED, RETURNED} | ({NEW, MISSING} if detail_new_and_missing else set())
    old_keys = [previous.get(key, key) for key, kind in kinds.items() if kind in detailed and kind != NEW]
    old_keys += missing if MISSING in detailed else []
    new_keys = [key for key, kind in kinds.items() if kind in detailed]
    old_rows = before.rows(layer, old_keys) if old_keys else {}
    new_rows = after.rows(layer, new_keys) if new_keys else {}
    changes = []
    for key, kind in list(kinds.items()) + [(key, MISSING) for key in missing]:
        stored_key = previous.get(key, key)
        if kind in detailed:
            change = describe(
                layer,
                key,
                kind,
                old_rows.get(stored_key) if kind != NEW else None,
                new_rows.get(key) if kind != MISSING else None,
                measurer,
            )
        else:
            change = RecordChange(layer, key, kind)
        change.previous_key = previous.get(key)
        changes.append(change)
    return changes, unchanged, {key: digest for key, (digest, _present) in new.items()}


def compare(
    before: RowSource, after: RowSource, layers: Optional[Sequence[str]] = None, feedback: Optional[QgsFeedback] = None
) -> RegisterDiff:
    """Every change from ``before`` to ``after`` in the history layers both may hold."""
    names = history_layers(layers if layers is not None else sorted(set(before.layers()) | set(after.layers())))
    measurer = Measurer(model.HAZARD_LAYER.crs())
    diff = RegisterDiff()
    for index, layer in enumerate(names):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / max(len(names), 1))
        changes, unchanged, _hashes = compare_layer(layer, before, after, measurer)
        diff.changes.extend(changes)
        diff.unchanged[layer] = unchanged
    return diff
