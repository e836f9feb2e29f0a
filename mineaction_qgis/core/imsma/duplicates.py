"""Records already in a register: the same hazard, activity or task imported twice.

Importing a second export of the same register into one GeoPackage must not silently
double every hazard. A record is *the same* as one already stored by the plugin's one
rule (core/common/record_identity.py): the same GUID (braces and case aside), or, when
one of them has no GUID, the same local ID (``hazard_id``, ``activity_id``, ``task_id``).
Two records with the same local ID but different GUIDs are different IMSMA records: both
are kept (validation reports the repeated ID).

What to do with them is a choice (``REPLACE``, ``KEEP_BOTH``, ``SKIP``), applied after
an append by ``resolve_duplicates`` from a ``Snapshot`` taken before it: the new rows
are those with a feature id above the snapshot's. A replaced or skipped object takes
its turning points with it. ``record_identity.find_present`` compares any two sets of
keys; the register's history pairs records by the same rule (``record_identity.pair_records``).
"""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.record_identity import RecordKey, find_present
from mineaction_qgis.core.common.values import is_null

KEEP_BOTH = "keep_both"
REPLACE = "replace"
SKIP = "skip"
STRATEGIES = (KEEP_BOTH, REPLACE, SKIP)  # the order of the algorithm's enum options

# Object layers and their local-ID field.
ID_FIELDS = {model.HAZARDS: "hazard_id", model.ACTIVITIES: "activity_id", model.TASKS: "task_id"}


def record_key(attributes, id_field: str) -> RecordKey:
    """The key of a feature or an attribute mapping (normalised by ``RecordKey``)."""

    def value(name: str) -> object:
        try:
            return attributes[name]
        except (KeyError, IndexError):
            return None

    return RecordKey(value("guid"), value(id_field))


def _layer(gpkg: str, name: str) -> Optional[QgsVectorLayer]:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    return layer if layer.isValid() else None


def layer_keys(
    gpkg: str, name: str, max_fid: Optional[int] = None, min_fid: Optional[int] = None
) -> Dict[int, RecordKey]:
    """{feature id: key} of the object layer ``name`` of ``gpkg``, optionally within a fid range."""
    layer = _layer(gpkg, name)
    if layer is None:
        return {}
    id_field = ID_FIELDS[name]
    expression = []
    if max_fid is not None:
        expression.append(f"$id <= {int(max_fid)}")
    if min_fid is not None:
        expression.append(f"$id >= {int(min_fid)}")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if expression:
        request.setFilterExpression(" AND ".join(expression))
    return {feature.id(): record_key(feature, id_field) for feature in layer.getFeatures(request)}


@dataclass
class Snapshot:
    """The highest feature id of each layer of a register before an append."""

    gpkg: str
    max_fids: Dict[str, int] = field(default_factory=dict)


def take_snapshot(gpkg: str, names: Sequence[str] = (*ID_FIELDS, model.POINTS)) -> Snapshot:
    """The state of ``gpkg`` before an append (empty when the file or a layer does not exist)."""
    snapshot = Snapshot(gpkg)
    for name in names:
        layer = _layer(gpkg, name)
        if layer is None:
            continue
        fids = [
            feature.id()
            for feature in layer.getFeatures(
                QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
            )
        ]
        snapshot.max_fids[name] = max(fids, default=0)
    return snapshot


@dataclass
class DuplicateCounts:
    """Records found already present, per object layer, and how many rows were removed."""

    found: Dict[str, int] = field(default_factory=dict)
    removed_objects: int = 0
    removed_points: int = 0

    @property
    def total(self) -> int:
        return sum(self.found.values())


def _point_objects(layer: QgsVectorLayer, max_fid: int) -> Tuple[Dict[int, str], Dict[int, str]]:
    """({fid: object_id} of the stored points, {fid: object_id} of the appended ones)."""
    request = (
        QgsFeatureRequest()
        .setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes(["object_id"], layer.fields())
    )
    old: Dict[int, str] = {}
    new: Dict[int, str] = {}
    for feature in layer.getFeatures(request):
        value = feature["object_id"]
        if not is_null(value) and str(value).strip():
            (new if feature.id() > max_fid else old)[feature.id()] = str(value).strip()
    return old, new


def _resolve_points(gpkg: str, strategy: str, max_fid: int) -> int:
    """Points go with their object: the stored points of an object the append brought again are
    replaced (REPLACE) or the appended ones dropped (SKIP). Also for points whose object was rejected."""
    layer = _layer(gpkg, model.POINTS)
    if layer is None or strategy == KEEP_BOTH:
        return 0
    old, new = _point_objects(layer, max_fid)
    if strategy == REPLACE:
        again = set(new.values())
        doomed = [fid for fid, object_id in old.items() if object_id in again]
    else:
        stored = set(old.values())
        doomed = [fid for fid, object_id in new.items() if object_id in stored]
    if doomed and not layer.dataProvider().deleteFeatures(doomed):
        raise OSError(f"cannot delete points from {gpkg}")
    return len(doomed)


def resolve_duplicates(snapshot: Snapshot, strategy: str) -> DuplicateCounts:
    """Find the records of the append after ``snapshot`` that were already there; apply ``strategy``.

    REPLACE deletes the older rows (and their points), SKIP the new ones, KEEP_BOTH only counts.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown duplicate strategy {strategy!r}")
    counts = DuplicateCounts()
    gpkg = snapshot.gpkg
    point_max = snapshot.max_fids.get(model.POINTS, 0)
    for name in ID_FIELDS:
        if name not in snapshot.max_fids:
            continue
        old = layer_keys(gpkg, name, max_fid=snapshot.max_fids[name])
        new = layer_keys(gpkg, name, min_fid=snapshot.max_fids[name] + 1)
        if not old or not new:
            continue
        pairs = find_present(old.values(), new.values())
        if not pairs:
            continue
        counts.found[name] = len(pairs)
        if strategy == KEEP_BOTH:
            continue
        side = 0 if strategy == REPLACE else 1
        matched = {pair[side] for pair in pairs}
        rows = old if strategy == REPLACE else new
        doomed = sorted(fid for fid, key in rows.items() if key in matched)
        layer = _layer(gpkg, name)
        if not layer.dataProvider().deleteFeatures(doomed):
            raise OSError(f"cannot delete {name} from {gpkg}")
        counts.removed_objects += len(doomed)
    if snapshot.max_fids.get(model.POINTS) is not None:
        counts.removed_points = _resolve_points(gpkg, strategy, point_max)
    return counts


def incoming_keys(records: Iterable) -> Dict[str, List[RecordKey]]:
    """{object layer: keys} of the ObjectRecords among ``records`` (e.g. a reader's output)."""
    result: Dict[str, List[RecordKey]] = {}
    for record in records:
        name = getattr(record, "layer", None)
        if name in ID_FIELDS:
            result.setdefault(name, []).append(record_key(record.attributes, ID_FIELDS[name]))
    return result


def count_present(gpkg: str, incoming: Dict[str, List[RecordKey]]) -> int:
    """How many of the ``incoming`` keys (``incoming_keys``) are already records of ``gpkg``."""
    total = 0
    for name, keys in incoming.items():
        if name in ID_FIELDS and keys:
            total += len(find_present(layer_keys(gpkg, name).values(), keys))
    return total
