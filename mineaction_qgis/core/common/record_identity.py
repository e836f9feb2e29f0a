"""When two IMSMA records are the same record: one rule for the whole plugin (docs/domain.md, "Record identity").

An IMSMA record carries a GUID and a local ID ("Land-35"); either may be missing from an
export. The rule:

- GUIDs are compared normalised: without surrounding braces and white space, lower-cased
  (IMSMA NG writes ``{3F2504E0-...}``, other exports ``3f2504e0-...``: the same record).
- When both records have a GUID, the GUIDs decide: equal is the same record, different is
  not, whatever their local IDs (two records may share a local ID by mistake).
- When one of them (or both) has no GUID, the local ID decides (compared without surrounding
  white space, case kept: programmes set their own patterns).

Two uses, one rule:

- ``find_present`` (a GeoPackage append, core/imsma/duplicates.py): is an incoming record
  already stored? Any stored record that is the same record counts.
- ``pair_records`` (a register's history, core/register/history.py): which stored record
  does each incoming one continue? One to one, GUIDs first; a local ID pairs a record only
  when exactly one unpaired record on each side has it and their GUIDs do not conflict.
  An ambiguous local ID pairs nothing: both records are kept (one new, one no longer in the
  export) rather than one history being merged into another's.
"""

from dataclasses import dataclass
from typing import Dict, Hashable, Iterable, List, Mapping, Optional, Tuple, TypeVar

from mineaction_qgis.core.common.values import is_null

Stored = TypeVar("Stored", bound=Hashable)
Incoming = TypeVar("Incoming", bound=Hashable)


def normal_guid(value: object) -> str:
    """A GUID as compared: no braces or surrounding white space, lower case; '' for none."""
    if value is None or is_null(value):
        return ""
    return str(value).strip().strip("{}").strip().lower()


def normal_local_id(value: object) -> str:
    """A local ID as compared: without surrounding white space (case kept); '' for none."""
    if value is None or is_null(value):
        return ""
    return str(value).strip()


@dataclass(frozen=True)
class RecordKey:
    """What identifies an IMSMA record: its GUID and its local ID, normalised (either may be '')."""

    guid: str
    local_id: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "guid", normal_guid(self.guid))
        object.__setattr__(self, "local_id", normal_local_id(self.local_id))

    def same_record(self, other: "RecordKey") -> bool:
        """True when both are the same record: equal GUIDs if both have one, else equal local IDs."""
        if self.guid and other.guid:
            return self.guid == other.guid
        return bool(self.local_id) and self.local_id == other.local_id


def find_present(existing: Iterable[RecordKey], incoming: Iterable[RecordKey]) -> List[Tuple[RecordKey, RecordKey]]:
    """(existing, incoming) pairs for every incoming key that is already stored (each incoming key at most once)."""
    by_guid: Dict[str, RecordKey] = {}
    by_id: Dict[str, List[RecordKey]] = {}
    for key in existing:
        if key.guid:
            by_guid.setdefault(key.guid, key)
        if key.local_id:
            by_id.setdefault(key.local_id, []).append(key)
    pairs = []
    for key in incoming:
        match: Optional[RecordKey] = by_guid.get(key.guid) if key.guid else None
        if match is None:
            match = next((old for old in by_id.get(key.local_id, []) if old.same_record(key)), None)
        if match is not None:
            pairs.append((match, key))
    return pairs


def pair_records(
    existing: Mapping[Stored, RecordKey], incoming: Mapping[Incoming, RecordKey]
) -> Dict[Incoming, Stored]:
    """{incoming id: existing id}: which stored record each incoming record continues, one to one.

    First by GUID; then, among the records left, by a local ID that exactly one record on each
    side has, when their GUIDs do not conflict (one of them has none).
    """
    pairs: Dict[Incoming, Stored] = {}
    by_guid: Dict[str, Stored] = {}
    for name, key in existing.items():
        if key.guid:
            by_guid.setdefault(key.guid, name)
    taken = set()
    for name, key in incoming.items():
        match = by_guid.get(key.guid) if key.guid else None
        if match is not None and match not in taken:
            pairs[name] = match
            taken.add(match)
    left_existing: Dict[str, List[Stored]] = {}
    for name, key in existing.items():
        if name not in taken and key.local_id:
            left_existing.setdefault(key.local_id, []).append(name)
    left_incoming: Dict[str, List[Incoming]] = {}
    for name, key in incoming.items():
        if name not in pairs and key.local_id:
            left_incoming.setdefault(key.local_id, []).append(name)
    for local_id, names in left_incoming.items():
        candidates = left_existing.get(local_id, [])
        if len(names) == 1 and len(candidates) == 1 and existing[candidates[0]].same_record(incoming[names[0]]):
            pairs[names[0]] = candidates[0]
    return pairs
