"""Explosive items found in a hazard and accidents recorded in or near it, for its atlas page.

A hazard's page tells the field team what was found there and who was hurt nearby:

* **items**: the rows of the ``items`` layer whose ``hazard_id`` is the hazard's, and the
  items of the EOD spot tasks (``spot_tasks``) linked to the hazard or lying inside it;
* **accidents**: the ``accidents`` linked to the hazard, and those whose point lies within
  ``NEAR_M`` metres of it (distance on the WGS 84 ellipsoid from the hazard's boundary,
  0 inside); casualties are the counts of the aggregated ``victims`` table by outcome.
  Personal data never reaches a page: ``victim_details`` is never read.

``RecordIndex`` reads the layers once; ``for_hazard`` gives a ``HazardRecords``: the rows
of the records table (printed on sheets of their own after the turning points, which
stay complete and first), two rows for the attribute block (what the map and the table
hold, or that nothing is recorded) and the points drawn on the map (spot tasks with
their items, accidents). Texts are in the page language (translator installed by the
caller); code-list values through ``codelist_display``.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsFeature,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from mineaction_qgis.core.atlas.table import lon_lat_point, text_key
from mineaction_qgis.core.common import codelist_display, dates
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import VICTIM_INJURED, VICTIM_KILLED
from mineaction_qgis.core.common.numbers import format_count, format_decimal
from mineaction_qgis.core.common.values import as_number, as_text

NEAR_M = 1000.0  # an accident this close to a hazard (metres from its boundary) is listed on its page
_NEAR_DEGREES = 0.02  # search box around a hazard for candidates (> NEAR_M everywhere in Iraq)
KIND_ITEM = "item"
KIND_ACCIDENT = "accident"
MISSING = "–"

RECORD_FIELDS = [
    ("page_key", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("kind", QVariant.Type.String),
    ("kind_label", QVariant.Type.String),
    ("record_id", QVariant.Type.String),
    ("record_date", QVariant.Type.String),
    ("what", QVariant.Type.String),
    ("quantity", QVariant.Type.String),
    ("action", QVariant.Type.String),
    ("distance", QVariant.Type.String),
    ("killed", QVariant.Type.String),
    ("injured", QVariant.Type.String),
]
ITEM_POINT_FIELDS = [("page_id", QVariant.Type.String), ("label", QVariant.Type.String)]
ACCIDENT_POINT_FIELDS = [("page_id", QVariant.Type.String), ("label", QVariant.Type.String)]

Features = Callable[[QgsFeatureSource], Iterable[QgsFeature]]


@dataclass
class RecordSources:
    """The register's layers a hazard page draws its items and accidents from (each optional)."""

    items: Optional[QgsFeatureSource] = None
    spot_tasks: Optional[QgsFeatureSource] = None
    accidents: Optional[QgsFeatureSource] = None
    victims: Optional[QgsFeatureSource] = None

    def any(self) -> bool:
        return any(source is not None for source in (self.items, self.spot_tasks, self.accidents))


@dataclass
class RecordRow:
    """One row of a hazard's records table, every value already text in the page language."""

    kind: str
    record_id: str
    record_date: str
    what: str
    quantity: str = MISSING
    action: str = MISSING
    distance: str = MISSING
    killed: str = MISSING
    injured: str = MISSING


@dataclass
class HazardRecords:
    """What one hazard's page shows of its items and accidents."""

    rows: List[RecordRow] = field(default_factory=list)
    items_total: int = 0
    item_records: int = 0
    accidents: int = 0
    killed: int = 0
    injured: int = 0
    item_points: List[Tuple[QgsPointXY, str]] = field(default_factory=list)
    accident_points: List[Tuple[QgsPointXY, str]] = field(default_factory=list)


def _count(value) -> int:
    number = as_number(value)
    return int(number) if number is not None and number >= 0 and number == int(number) else 0


def _iso_date(value) -> str:
    return dates.to_iso(value) or ""


def _getter(feature: QgsFeature, names: List[str]):
    """A reader of ``feature``'s fields by name: ``read`` of the value (text by default), ``default`` when the
    layer has no such field (exports carry different subsets of the canonical fields)."""

    def get(name: str, read=as_text, default=""):
        return read(feature[name]) if name in names else default

    return get


@dataclass
class _Item:
    item_id: str
    activity_id: str
    hazard_id: str
    category: str
    item_type: str
    quantity: int
    action: str
    date: str


@dataclass
class _Accident:
    accident_id: str
    hazard_id: str
    date: str
    accident_type: str
    point: Optional[QgsPointXY]


class RecordIndex:
    """The items, spot tasks, accidents and casualty counts of a register, read once."""

    def __init__(self, sources: RecordSources, features: Features, measurer: Measurer) -> None:
        self.measurer = measurer
        self.items_by_hazard: Dict[str, List[_Item]] = defaultdict(list)
        self.items_by_activity: Dict[str, List[_Item]] = defaultdict(list)
        self.spot_points: Dict[str, QgsPointXY] = {}
        self.spots_by_hazard: Dict[str, List[str]] = defaultdict(list)
        self.spot_index = QgsSpatialIndex()
        self.spot_ids: Dict[int, str] = {}
        self.accidents: List[_Accident] = []
        self.accidents_by_hazard: Dict[str, List[int]] = defaultdict(list)
        self.accident_index = QgsSpatialIndex()
        self.casualties: Dict[str, Counter] = defaultdict(Counter)
        if sources.items is not None:
            self._read_items(sources.items, features)
        if sources.spot_tasks is not None:
            self._read_spot_tasks(sources.spot_tasks, features)
        if sources.accidents is not None:
            self._read_accidents(sources.accidents, features)
        if sources.victims is not None:
            self._read_victims(sources.victims, features)

    # --- reading ------------------------------------------------------------------------

    def _read_items(self, source: QgsFeatureSource, features: Features) -> None:
        names = source.fields().names()
        for feature in features(source):
            get = _getter(feature, names)
            item = _Item(
                item_id=get("item_id"),
                activity_id=get("activity_id"),
                hazard_id=get("hazard_id"),
                category=get("category"),
                item_type=get("item_type"),
                quantity=get("quantity", _count, 0),
                action=get("action"),
                date=get("item_date", _iso_date),
            )
            if item.hazard_id:
                self.items_by_hazard[item.hazard_id].append(item)
            if item.activity_id:
                self.items_by_activity[item.activity_id].append(item)

    def _read_spot_tasks(self, source: QgsFeatureSource, features: Features) -> None:
        names = source.fields().names()
        for feature in features(source):
            get = _getter(feature, names)
            task_id = get("spot_task_id")
            point = lon_lat_point(feature)
            if not task_id:
                continue
            if get("hazard_id"):
                self.spots_by_hazard[get("hazard_id")].append(task_id)
            if point is not None:
                self.spot_points[task_id] = point
                fid = len(self.spot_ids) + 1
                self.spot_ids[fid] = task_id
                self.spot_index.addFeature(fid, QgsRectangle(point, point))

    def _read_accidents(self, source: QgsFeatureSource, features: Features) -> None:
        names = source.fields().names()
        for feature in features(source):
            get = _getter(feature, names)
            accident = _Accident(
                accident_id=get("accident_id"),
                hazard_id=get("hazard_id"),
                date=get("accident_date", _iso_date),
                accident_type=get("accident_type"),
                point=lon_lat_point(feature),
            )
            number = len(self.accidents)
            self.accidents.append(accident)
            if accident.hazard_id:
                self.accidents_by_hazard[accident.hazard_id].append(number)
            if accident.point is not None:
                self.accident_index.addFeature(number, QgsRectangle(accident.point, accident.point))

    def _read_victims(self, source: QgsFeatureSource, features: Features) -> None:
        """Counts by accident and outcome, from the aggregated table: no personal data is read."""
        names = source.fields().names()
        if "accident_id" not in names:
            return
        for feature in features(source):
            get = _getter(feature, names)
            self.casualties[get("accident_id")][get("outcome")] += get("victims", _count, 1)

    # --- one hazard -----------------------------------------------------------------------

    def _distance_m(self, geometry: Optional[QgsGeometry], point: Optional[QgsPointXY]) -> Optional[float]:
        if geometry is None or point is None:
            return None
        target = QgsGeometry.fromPointXY(point)
        if geometry.contains(target):
            return 0.0
        nearest = geometry.nearestPoint(target)
        if nearest.isEmpty():
            return None
        return self.measurer.distance_m(point, nearest.asPoint())

    def _spot_tasks_of(self, hazard_id: str, geometry: Optional[QgsGeometry]) -> List[str]:
        tasks = set(self.spots_by_hazard.get(hazard_id, []))
        if geometry is not None:
            for fid in self.spot_index.intersects(geometry.boundingBox()):
                task = self.spot_ids[fid]
                if geometry.contains(QgsGeometry.fromPointXY(self.spot_points[task])):
                    tasks.add(task)
        return sorted(tasks, key=text_key)

    def _items_of(self, hazard_id: str, spot_tasks: List[str]) -> List[_Item]:
        seen = set()
        result = []
        for item in self.items_by_hazard.get(hazard_id, []) + [
            item for task in spot_tasks for item in self.items_by_activity.get(task, [])
        ]:
            if id(item) not in seen:
                seen.add(id(item))
                result.append(item)
        return sorted(result, key=lambda item: (item.date or "9999", text_key(item.item_id)))

    def _accidents_of(self, hazard_id: str, geometry: Optional[QgsGeometry]) -> List[Tuple[_Accident, Optional[float]]]:
        numbers = set(self.accidents_by_hazard.get(hazard_id, []))
        if geometry is not None:
            box = geometry.boundingBox()
            box.grow(_NEAR_DEGREES)
            numbers.update(self.accident_index.intersects(box))
        found = []
        for number in numbers:
            accident = self.accidents[number]
            distance = self._distance_m(geometry, accident.point)
            linked = accident.hazard_id == hazard_id
            if linked or (distance is not None and distance <= NEAR_M):
                found.append((accident, distance))
        return sorted(found, key=lambda pair: (pair[0].date or "9999", text_key(pair[0].accident_id)))

    def for_hazard(self, hazard_id: str, geometry: Optional[QgsGeometry]) -> HazardRecords:
        """The items and accidents of one hazard (``geometry`` in WGS 84, None when it cannot be used)."""
        result = HazardRecords()
        spot_tasks = self._spot_tasks_of(hazard_id, geometry)
        for item in self._items_of(hazard_id, spot_tasks):
            what = codelist_display.item_category(item.category) or MISSING
            if item.item_type:
                what = f"{what} – {item.item_type}"
            result.rows.append(
                RecordRow(
                    kind=KIND_ITEM,
                    record_id=item.item_id or item.activity_id or MISSING,
                    record_date=item.date or MISSING,
                    what=what,
                    quantity=format_count(item.quantity),
                    action=codelist_display.item_action(item.action) or MISSING,
                )
            )
            result.items_total += item.quantity
            result.item_records += 1
        for task in spot_tasks:
            if task in self.spot_points:
                quantity = sum(item.quantity for item in self.items_by_activity.get(task, []))
                result.item_points.append((self.spot_points[task], f"{task} ({format_count(quantity)})"))
        for accident, distance in self._accidents_of(hazard_id, geometry):
            counts = self.casualties.get(accident.accident_id, Counter())
            result.rows.append(
                RecordRow(
                    kind=KIND_ACCIDENT,
                    record_id=accident.accident_id or MISSING,
                    record_date=accident.date or MISSING,
                    what=accident.accident_type or MISSING,
                    distance=MISSING if distance is None else format_decimal(distance, 0),
                    killed=format_count(counts[VICTIM_KILLED]),
                    injured=format_count(counts[VICTIM_INJURED]),
                )
            )
            result.accidents += 1
            result.killed += counts[VICTIM_KILLED]
            result.injured += counts[VICTIM_INJURED]
            if accident.point is not None:
                result.accident_points.append((accident.point, accident.accident_id))
        return result


def kind_labels() -> Dict[str, str]:
    return {
        KIND_ITEM: QCoreApplication.translate("AtlasRecords", "Explosive item"),
        KIND_ACCIDENT: QCoreApplication.translate("AtlasRecords", "Accident"),
    }


def attribute_rows(records: HazardRecords) -> List[Tuple[str, str]]:
    """One short row of the attribute block: how many items and accidents, or that none is recorded.

    One line only: the block's frame holds its rows on every template and language (the list
    itself, with the casualties, is on the records sheet after the turning points).
    """
    if records.item_records or records.accidents:
        value = QCoreApplication.translate("AtlasRecords", "{items} items, {accidents} accidents").format(
            items=format_count(records.items_total), accidents=format_count(records.accidents)
        )
    else:
        value = QCoreApplication.translate("AtlasRecords", "None recorded")
    return [(QCoreApplication.translate("AtlasRecords", "Items and accidents"), value)]


def record_features(page_key: str, centre: QgsGeometry, records: HazardRecords, fields) -> List[QgsFeature]:
    """The rows of one hazard's records table, placed at its page's centre (the tables find them there)."""
    labels = kind_labels()
    features = []
    for seq, row in enumerate(records.rows, start=1):
        feature = QgsFeature(fields)
        feature.setGeometry(centre)
        values = {
            "page_key": page_key,
            "seq": seq,
            "kind": row.kind,
            "kind_label": labels[row.kind],
            "record_id": row.record_id,
            "record_date": row.record_date,
            "what": row.what,
            "quantity": row.quantity,
            "action": row.action,
            "distance": row.distance,
            "killed": row.killed,
            "injured": row.injured,
        }
        feature.setAttributes([values.get(name) for name in fields.names()])
        features.append(feature)
    return features


def point_features(page_id: str, points: List[Tuple[QgsPointXY, str]], fields) -> List[QgsFeature]:
    features = []
    for point, label in points:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature.setAttributes([{"page_id": page_id, "label": label}.get(name) for name in fields.names()])
        features.append(feature)
    return features
