"""Progress report beyond square metres: explosive items, spot tasks, accidents and casualties.

What an authority reports first besides land: items found and destroyed by category,
governorate, operator and year; EOD spot tasks; accidents and their casualties by
governorate and year. ``read_totals`` counts them from the canonical layers
(``items``, ``spot_tasks``, ``accidents``, ``victims``; any layer with those field
names works), ``add_sections`` puts charts and tables into a progress report
(``report.HtmlReport``) and ``summary_rows`` gives the same figures as table rows
for the ``RECORDS_SUMMARY`` output. Victims are read from the aggregated ``victims``
table only: no personal data is ever needed here.

An item row counts as found whatever its action (every item recorded was found);
it counts as destroyed when its action is one of ``model.ITEM_DESTROYED_ACTIONS``.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsFeatureSource
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.common.numbers import format_count
from mineaction_qgis.core.common.values import is_null

TOPIC_ITEMS = "items"
TOPIC_SPOT_TASKS = "spot_tasks"
TOPIC_ACCIDENTS = "accidents"


def _text(value: Any) -> Optional[str]:
    if is_null(value):
        return None
    text = str(value).strip()
    return text or None


def _year(value: Any) -> Optional[int]:
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.year() if value.isValid() else None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text[:4]) if text[:4].isdigit() else None


def _number(value: Any) -> int:
    if is_null(value):
        return 0
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@dataclass
class RecordTotals:
    """Counts by key; keys hold None where the record does not say."""

    found: Counter = field(default_factory=Counter)  # (governorate, organisation, category, year) -> items
    destroyed: Counter = field(default_factory=Counter)
    spot_tasks: Counter = field(default_factory=Counter)  # (governorate, year) -> tasks
    accidents: Counter = field(default_factory=Counter)  # (governorate, year) -> accidents
    casualties: Counter = field(default_factory=Counter)  # (governorate, year, outcome) -> victims

    def is_empty(self) -> bool:
        return not (self.found or self.spot_tasks or self.accidents or self.casualties)


def _features(source: Optional[QgsFeatureSource]) -> Iterable:
    if source is None:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return source.getFeatures(request)


def _getter(source: QgsFeatureSource, name: str):
    index = source.fields().lookupField(name)
    return (lambda feature: feature.attribute(index)) if index >= 0 else (lambda feature: None)


def read_totals(
    items: Optional[QgsFeatureSource] = None,
    spot_tasks: Optional[QgsFeatureSource] = None,
    accidents: Optional[QgsFeatureSource] = None,
    victims: Optional[QgsFeatureSource] = None,
) -> RecordTotals:
    """Counts of the four layers (each optional)."""
    totals = RecordTotals()
    if items is not None:
        get = {
            name: _getter(items, name)
            for name in ("governorate", "organisation", "category", "item_date", "quantity", "action")
        }
        for feature in _features(items):
            key = (
                _text(get["governorate"](feature)),
                _text(get["organisation"](feature)),
                _text(get["category"](feature)),
                _year(get["item_date"](feature)),
            )
            quantity = _number(get["quantity"](feature))
            totals.found[key] += quantity
            if _text(get["action"](feature)) in model.ITEM_DESTROYED_ACTIONS:
                totals.destroyed[key] += quantity
    if spot_tasks is not None:
        get = {name: _getter(spot_tasks, name) for name in ("governorate", "end_date", "start_date", "doi")}
        for feature in _features(spot_tasks):
            year = _year(get["end_date"](feature)) or _year(get["start_date"](feature)) or _year(get["doi"](feature))
            totals.spot_tasks[(_text(get["governorate"](feature)), year)] += 1
    if accidents is not None:
        get = {name: _getter(accidents, name) for name in ("governorate", "accident_date")}
        for feature in _features(accidents):
            totals.accidents[(_text(get["governorate"](feature)), _year(get["accident_date"](feature)))] += 1
    if victims is not None:
        get = {name: _getter(victims, name) for name in ("governorate", "year", "outcome", "victims")}
        for feature in _features(victims):
            key = (
                _text(get["governorate"](feature)),
                _year(get["year"](feature)),
                _text(get["outcome"](feature)) or "unknown",
            )
            totals.casualties[key] += _number(get["victims"](feature))
    return totals


def _by(counter: Counter, position: int) -> Counter:
    result: Counter = Counter()
    for key, value in counter.items():
        result[key[position]] += value
    return result


def _ordered(keys: Iterable[Any]) -> List[Any]:
    return sorted(set(keys), key=lambda k: (k is None, str(k) if k is not None else ""))


def _label(value: Any, empty: str) -> str:
    return empty if value is None else str(value)


def outcome_label(outcome: str) -> str:
    return {
        model.VICTIM_KILLED: QCoreApplication.translate("ProgressRecords", "Killed"),
        model.VICTIM_INJURED: QCoreApplication.translate("ProgressRecords", "Injured"),
    }.get(outcome, QCoreApplication.translate("ProgressRecords", "Outcome unknown"))


def add_sections(report: HtmlReport, totals: RecordTotals) -> None:
    """Headline figures, charts and tables of items, spot tasks, accidents and casualties."""
    if totals.is_empty():
        return
    found_total, destroyed_total = sum(totals.found.values()), sum(totals.destroyed.values())
    killed = sum(v for k, v in totals.casualties.items() if k[2] == model.VICTIM_KILLED)
    injured = sum(v for k, v in totals.casualties.items() if k[2] == model.VICTIM_INJURED)
    report.add_heading(QCoreApplication.translate("ProgressRecords", "Explosive items, spot tasks and accidents"))
    report.add_summary(
        [
            (QCoreApplication.translate("ProgressRecords", "Items found"), format_count(found_total)),
            (QCoreApplication.translate("ProgressRecords", "Items destroyed"), format_count(destroyed_total)),
            (
                QCoreApplication.translate("ProgressRecords", "Spot tasks"),
                format_count(sum(totals.spot_tasks.values())),
            ),
            (QCoreApplication.translate("ProgressRecords", "Accidents"), format_count(sum(totals.accidents.values()))),
            (QCoreApplication.translate("ProgressRecords", "Killed"), format_count(killed)),
            (QCoreApplication.translate("ProgressRecords", "Injured"), format_count(injured)),
        ]
    )
    unknown = {
        0: QCoreApplication.translate("ProgressRecords", "(no governorate)"),
        1: QCoreApplication.translate("ProgressRecords", "(no organisation)"),
        2: QCoreApplication.translate("ProgressRecords", "(no category)"),
        3: QCoreApplication.translate("ProgressRecords", "(no date)"),
    }
    headers = {
        0: QCoreApplication.translate("ProgressRecords", "Governorate"),
        1: QCoreApplication.translate("ProgressRecords", "Operator"),
        2: QCoreApplication.translate("ProgressRecords", "Category"),
        3: QCoreApplication.translate("ProgressRecords", "Year"),
    }
    titles = {
        2: QCoreApplication.translate("ProgressRecords", "Items found and destroyed by category"),
        0: QCoreApplication.translate("ProgressRecords", "Items found and destroyed by governorate"),
        1: QCoreApplication.translate("ProgressRecords", "Items found and destroyed by operator"),
        3: QCoreApplication.translate("ProgressRecords", "Items found and destroyed by year"),
    }
    unit = ""  # counts: the title says what is counted, and a bare number fits beside a long bar in RTL
    if totals.found:
        for position in (2, 0, 1, 3):
            found, destroyed = _by(totals.found, position), _by(totals.destroyed, position)
            keys = _ordered(found)
            labels = [_label(k, unknown[position]) for k in keys]
            report.add_bar_chart(
                titles[position],
                labels,
                {
                    QCoreApplication.translate("ProgressRecords", "Destroyed"): [destroyed[k] for k in keys],
                    QCoreApplication.translate("ProgressRecords", "Found, not destroyed"): [
                        found[k] - destroyed[k] for k in keys
                    ],
                },
                unit,
            )
            report.add_table(
                [
                    headers[position],
                    QCoreApplication.translate("ProgressRecords", "Found"),
                    QCoreApplication.translate("ProgressRecords", "Destroyed"),
                ],
                [[label, found[k], destroyed[k]] for label, k in zip(labels, keys)],
            )
    if totals.spot_tasks:
        report.add_heading(QCoreApplication.translate("ProgressRecords", "Spot tasks by governorate and year"), 3)
        rows = [
            [_label(g, unknown[0]), _label(y, unknown[3]), n]
            for (g, y), n in sorted(totals.spot_tasks.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1])))
        ]
        by_governorate = _by(totals.spot_tasks, 0)
        keys = _ordered(by_governorate)
        report.add_bar_chart(
            QCoreApplication.translate("ProgressRecords", "Spot tasks by governorate"),
            [_label(k, unknown[0]) for k in keys],
            {QCoreApplication.translate("ProgressRecords", "Spot tasks"): [by_governorate[k] for k in keys]},
            "",
        )
        report.add_table(
            [
                QCoreApplication.translate("ProgressRecords", "Governorate"),
                QCoreApplication.translate("ProgressRecords", "Year"),
                QCoreApplication.translate("ProgressRecords", "Spot tasks"),
            ],
            rows,
        )
    if totals.accidents or totals.casualties:
        report.add_heading(
            QCoreApplication.translate("ProgressRecords", "Accidents and casualties by governorate and year"), 3
        )
        places = _ordered([k[:2] for k in totals.accidents] + [k[:2] for k in totals.casualties])
        governorates = _ordered(k[0] for k in places)
        series = {}
        for outcome in model.VICTIM_OUTCOMES:
            values = [
                sum(v for k, v in totals.casualties.items() if k[0] == g and k[2] == outcome) for g in governorates
            ]
            if any(values):
                series[outcome_label(outcome)] = values
        if series:
            report.add_bar_chart(
                QCoreApplication.translate("ProgressRecords", "Casualties by governorate"),
                [_label(g, unknown[0]) for g in governorates],
                series,
                "",
            )
        rows = []
        for governorate, year in sorted(places, key=lambda k: (str(k[0]), str(k[1]))):
            counts = [totals.casualties[(governorate, year, outcome)] for outcome in model.VICTIM_OUTCOMES]
            rows.append(
                [
                    _label(governorate, unknown[0]),
                    _label(year, unknown[3]),
                    totals.accidents[(governorate, year)],
                    *counts,
                ]
            )
        report.add_table(
            [
                QCoreApplication.translate("ProgressRecords", "Governorate"),
                QCoreApplication.translate("ProgressRecords", "Year"),
                QCoreApplication.translate("ProgressRecords", "Accidents"),
                *[outcome_label(o) for o in model.VICTIM_OUTCOMES],
            ],
            rows,
        )


SUMMARY_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("topic", "items, spot_tasks or accidents"),
    ("governorate", "Governorate"),
    ("organisation", "Operator (items)"),
    ("category", "Item category (items)"),
    ("year", "Year"),
    ("found", "Items found"),
    ("destroyed", "Items destroyed"),
    ("spot_tasks", "Spot tasks"),
    ("accidents", "Accidents"),
    ("killed", "Victims killed"),
    ("injured", "Victims injured"),
    ("outcome_unknown", "Victims of unknown outcome"),
)


def summary_rows(totals: RecordTotals) -> List[Dict[str, Any]]:
    """The figures as rows (fields of SUMMARY_FIELDS)."""
    rows: List[Dict[str, Any]] = []
    for key in sorted(totals.found, key=lambda k: tuple(str(v) for v in k)):
        governorate, organisation, category, year = key
        rows.append(
            {
                "topic": TOPIC_ITEMS,
                "governorate": governorate,
                "organisation": organisation,
                "category": category,
                "year": year,
                "found": totals.found[key],
                "destroyed": totals.destroyed[key],
            }
        )
    for (governorate, year), count in sorted(totals.spot_tasks.items(), key=lambda kv: tuple(str(v) for v in kv[0])):
        rows.append({"topic": TOPIC_SPOT_TASKS, "governorate": governorate, "year": year, "spot_tasks": count})
    places = _ordered([k[:2] for k in totals.accidents] + [k[:2] for k in totals.casualties])
    for governorate, year in sorted(places, key=lambda k: (str(k[0]), str(k[1]))):
        rows.append(
            {
                "topic": TOPIC_ACCIDENTS,
                "governorate": governorate,
                "year": year,
                "accidents": totals.accidents[(governorate, year)],
                "killed": totals.casualties[(governorate, year, model.VICTIM_KILLED)],
                "injured": totals.casualties[(governorate, year, model.VICTIM_INJURED)],
                "outcome_unknown": totals.casualties[(governorate, year, "unknown")],
            }
        )
    return rows
