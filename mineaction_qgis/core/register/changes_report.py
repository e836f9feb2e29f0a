"""The HTML report of what changed in a register between two imports or two registers.

What an authority reads each month: key figures, status changes, the hazards closed, new
hazards by governorate and the area added and released. Figures are square metres on the
WGS 84 ellipsoid. Area *added* is the land of new hazards and of polygons that grew; area
*released* is the land of polygons that shrank plus that of hazards closed in this change
(their polygon stays in the register). Hazards no longer in the export are counted apart:
leaving an export is not a release.
"""

from collections import Counter, defaultdict
from typing import Callable, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.atlas.layout import PageTranslator
from mineaction_qgis.core.common import codelist_display, model
from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.common.numbers import format_count, format_km2
from mineaction_qgis.core.register import history
from mineaction_qgis.core.register.history import RecordChange, RegisterDiff

CLOSED_STATUSES = (model.STATUS_CLOSED, model.STATUS_HANDED_OVER)
MAX_ROWS = 5000


class ReportTranslator(PageTranslator):
    """The report's own texts in the report language, whatever the interface language."""

    CONTEXTS = ("RegisterChangesReport", "RegisterChangesAlgorithm", "HtmlReport", "CodeList")


def closed_hazards(diff: RegisterDiff) -> List[RecordChange]:
    """Hazards whose status became Closed or Handed Over."""
    return [
        change
        for change in diff.of(model.HAZARDS, history.CHANGED) + diff.of(model.HAZARDS, history.RETURNED)
        if "status" in change.fields
        and change.new.get("status") in CLOSED_STATUSES
        and change.old.get("status") not in CLOSED_STATUSES
    ]


def area_balance(diff: RegisterDiff) -> Tuple[float, float]:
    """(area added, area released) of the hazards, m²; see the module's docstring."""
    added = sum(change.gained_m2 for change in diff.of(model.HAZARDS) if change.kind != history.MISSING)
    released = sum(change.lost_m2 for change in diff.of(model.HAZARDS) if change.kind != history.MISSING)
    for change in closed_hazards(diff):
        released += float(change.about.get("calculated_area_m2") or 0.0) - change.lost_m2
    return added, max(released, 0.0)


def _governorate(change: RecordChange) -> str:
    return str(
        change.about.get("governorate") or QCoreApplication.translate("RegisterChangesReport", "(no governorate)")
    )


def write_report(diff: RegisterDiff, description: Callable[[], str], path: str, language: Optional[str] = None) -> None:
    """Write the report of ``diff`` in ``language`` to ``path``; ``description()`` says (translated) what was
    compared."""
    with ReportTranslator(language or "en"):
        _build(diff, description(), language).save(path)  # rendered inside: the page's own texts too


def _build(diff: RegisterDiff, description: str, language: Optional[str]) -> HtmlReport:
    report = HtmlReport(QCoreApplication.translate("RegisterChangesReport", "Register changes"), language)
    report.add_paragraph(description)
    counts = diff.counts(model.HAZARDS)
    closed = closed_hazards(diff)
    added, released = area_balance(diff)
    report.add_summary(
        [
            (QCoreApplication.translate("RegisterChangesReport", "New hazards"), format_count(counts[history.NEW])),
            (
                QCoreApplication.translate("RegisterChangesReport", "Changed hazards"),
                format_count(counts[history.CHANGED] + counts[history.RETURNED]),
            ),
            (QCoreApplication.translate("RegisterChangesReport", "Hazards closed"), format_count(len(closed))),
            (
                QCoreApplication.translate("RegisterChangesReport", "No longer in the export"),
                format_count(counts[history.MISSING]),
            ),
            (
                QCoreApplication.translate("RegisterChangesReport", "Unchanged hazards"),
                format_count(counts[history.UNCHANGED]),
            ),
            (
                QCoreApplication.translate("RegisterChangesReport", "Area added (km²)"),
                format_km2(added, decimals=3, unit=False),
            ),
            (
                QCoreApplication.translate("RegisterChangesReport", "Area released (km²)"),
                format_km2(released, decimals=3, unit=False),
            ),
        ]
    )
    report.add_paragraph(
        QCoreApplication.translate(
            "RegisterChangesReport",
            "Area added: new hazards and polygons that grew. Area released: polygons that shrank and hazards closed. "
            "Hazards no longer in the export are kept in the register and not counted as released.",
        )
    )

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "Records by layer"))
    layers = [
        layer for layer in model.LAYERS if layer not in history.WITHOUT_HISTORY and sum(diff.counts(layer).values())
    ]
    report.add_table(
        [
            QCoreApplication.translate("RegisterChangesReport", "Layer"),
            QCoreApplication.translate("RegisterChangesReport", "New"),
            QCoreApplication.translate("RegisterChangesReport", "Changed"),
            QCoreApplication.translate("RegisterChangesReport", "Back in the export"),
            QCoreApplication.translate("RegisterChangesReport", "No longer in the export"),
            QCoreApplication.translate("RegisterChangesReport", "Unchanged"),
        ],
        [
            [layer]
            + [
                diff.counts(layer)[kind]
                for kind in (history.NEW, history.CHANGED, history.RETURNED, history.MISSING, history.UNCHANGED)
            ]
            for layer in layers
        ],
    )

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "Status changes"))
    transitions = Counter(
        (str(change.old.get("status") or ""), str(change.new.get("status") or ""))
        for change in diff.of(model.HAZARDS)
        if "status" in change.fields
    )
    if transitions:
        report.add_table(
            [
                QCoreApplication.translate("RegisterChangesReport", "From"),
                QCoreApplication.translate("RegisterChangesReport", "To"),
                QCoreApplication.translate("RegisterChangesReport", "Hazards"),
            ],
            [
                [codelist_display.status(old), codelist_display.status(new), count]
                for (old, new), count in sorted(transitions.items())
            ],
        )
    else:
        report.add_paragraph(QCoreApplication.translate("RegisterChangesReport", "No hazard changed status."))

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "Hazards closed"))
    if closed:
        report.add_table(
            [
                QCoreApplication.translate("RegisterChangesReport", "Hazard"),
                QCoreApplication.translate("RegisterChangesReport", "Name"),
                QCoreApplication.translate("RegisterChangesReport", "Governorate"),
                QCoreApplication.translate("RegisterChangesReport", "Previous status"),
                QCoreApplication.translate("RegisterChangesReport", "Area (m²)"),
            ],
            [
                [
                    c.object_id or "",
                    c.about.get("name") or "",
                    _governorate(c),
                    codelist_display.status(c.old.get("status")),
                    float(c.about.get("calculated_area_m2") or 0.0),
                ]
                for c in closed[:MAX_ROWS]
            ],
        )
    else:
        report.add_paragraph(QCoreApplication.translate("RegisterChangesReport", "No hazard was closed."))

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "New hazards by governorate"))
    new_by_governorate: Dict[str, List[float]] = defaultdict(lambda: [0, 0.0])
    for change in diff.of(model.HAZARDS, history.NEW):
        entry = new_by_governorate[_governorate(change)]
        entry[0] += 1
        entry[1] += change.gained_m2
    if new_by_governorate:
        names = sorted(new_by_governorate)
        report.add_bar_chart(
            QCoreApplication.translate("RegisterChangesReport", "New hazards by governorate"),
            names,
            {
                QCoreApplication.translate("RegisterChangesReport", "Area (km²)"): [
                    new_by_governorate[n][1] / 1e6 for n in names
                ]
            },
            "km²",
        )
        report.add_table(
            [
                QCoreApplication.translate("RegisterChangesReport", "Governorate"),
                QCoreApplication.translate("RegisterChangesReport", "New hazards"),
                QCoreApplication.translate("RegisterChangesReport", "Area (m²)"),
            ],
            [[n, new_by_governorate[n][0], new_by_governorate[n][1]] for n in names],
        )
    else:
        report.add_paragraph(QCoreApplication.translate("RegisterChangesReport", "No new hazard."))

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "Area added and released by governorate"))
    balance: Dict[str, List[float]] = defaultdict(lambda: [0.0, 0.0])
    for change in diff.of(model.HAZARDS):
        if change.kind != history.MISSING:
            balance[_governorate(change)][0] += change.gained_m2
            balance[_governorate(change)][1] += change.lost_m2
    for change in closed:
        balance[_governorate(change)][1] += float(change.about.get("calculated_area_m2") or 0.0) - change.lost_m2
    rows = [[name, values[0], values[1]] for name, values in sorted(balance.items()) if values[0] or values[1]]
    if rows:
        report.add_table(
            [
                QCoreApplication.translate("RegisterChangesReport", "Governorate"),
                QCoreApplication.translate("RegisterChangesReport", "Area added (m²)"),
                QCoreApplication.translate("RegisterChangesReport", "Area released (m²)"),
            ],
            rows,
        )
    else:
        report.add_paragraph(QCoreApplication.translate("RegisterChangesReport", "No area was added or released."))

    report.add_heading(QCoreApplication.translate("RegisterChangesReport", "Attribute changes"))
    changed = [c for c in diff.changes if c.kind in (history.CHANGED, history.RETURNED) and c.layer != model.POINTS]
    if changed:
        report.add_table(
            [
                QCoreApplication.translate("RegisterChangesReport", "Layer"),
                QCoreApplication.translate("RegisterChangesReport", "Record"),
                QCoreApplication.translate("RegisterChangesReport", "Field"),
                QCoreApplication.translate("RegisterChangesReport", "Before"),
                QCoreApplication.translate("RegisterChangesReport", "After"),
            ],
            [
                [
                    c.layer,
                    c.object_id or c.key,
                    name,
                    "" if c.old.get(name) is None else str(c.old.get(name)),
                    "" if c.new.get(name) is None else str(c.new.get(name)),
                ]
                for c in changed
                for name in c.fields
                if name != history.GEOMETRY
            ][:MAX_ROWS],
        )
    else:
        report.add_paragraph(QCoreApplication.translate("RegisterChangesReport", "No attribute changed."))
    return report
