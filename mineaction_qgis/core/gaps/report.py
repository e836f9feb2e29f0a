"""The land release progress report: key figures, charts, then the tables behind them.

Built from the accounts of core/gaps/analysis.py with core/common/html_report.py's HtmlReport, so it is
one self-contained HTML file, translated, right-to-left for Arabic and Sorani.
Areas are shown in km² (two decimals), as national mine action reports write them.
"""

from collections import defaultdict
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import codelist_display
from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.common.model import (
    CONTAMINATION_AP_MINES,
    CONTAMINATION_AV_MINES,
    CONTAMINATION_CLUSTER,
    CONTAMINATION_IED,
    CONTAMINATION_OTHER_ERW,
    RELEASE_CANCELLED,
    RELEASE_CLEARED,
    RELEASE_REDUCED,
)
from mineaction_qgis.core.common.numbers import format_count, format_km2
from mineaction_qgis.core.gaps import article7
from mineaction_qgis.core.gaps.analysis import (
    RECORD_FINDINGS,
    GapResult,
    OutsidePart,
    ReRelease,
    SplitRow,
    SummaryRow,
    Totals,
)

# Chart series order: matches HtmlReport's palette (cancelled, reduced, cleared).
TYPES = (RELEASE_CANCELLED, RELEASE_REDUCED, RELEASE_CLEARED)
MAX_OUTSIDE_ROWS = 200


def km2(value_m2: float) -> float:
    return round(value_m2 / 1e6, 2)


class GapReport:
    """Turns gap-analysis totals, summary rows and outside parts into an HtmlReport."""

    def __init__(
        self,
        totals: Totals,
        rows: Sequence[SummaryRow],
        outside: Sequence[OutsidePart],
        re_releases: Sequence[ReRelease] = (),
        splits: Sequence[SplitRow] = (),
        conventions: Optional[Mapping[str, Sequence[str]]] = None,
    ) -> None:
        self.totals = totals
        self.conventions = dict(conventions or article7.CONVENTION_CONTAMINATION)
        self.rows = list(rows)
        self.splits = list(splits)
        self.re_releases = list(re_releases)
        self.outside = [part for part in outside if part.finding not in RECORD_FINDINGS]

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("GapReport", text)

    def type_label(self, release_type: str) -> str:
        return codelist_display.release_type(release_type)

    def contamination_label(self, contamination: Optional[str]) -> str:
        return {
            CONTAMINATION_AP_MINES: self.tr("Anti-personnel mines"),
            CONTAMINATION_AV_MINES: self.tr("Anti-vehicle mines"),
            CONTAMINATION_CLUSTER: self.tr("Cluster munitions"),
            CONTAMINATION_IED: self.tr("IED"),
            CONTAMINATION_OTHER_ERW: self.tr("Other ERW"),
        }.get(contamination or "", self.tr("(not mapped)"))

    def _released_by(self, key: str, unknown: str) -> Tuple[List[str], Dict[str, List[float]]]:
        """Categories (sorted) and km² per release type for one attribute of the summary rows."""
        sums: Dict[str, Dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for row in self.rows:
            if row.release_type is None:
                continue
            value = getattr(row, key)
            sums[unknown if value is None else str(value)][row.release_type] += row.released_m2
        categories = sorted(sums, key=lambda c: (c == unknown, c))
        series = {self.type_label(t): [km2(sums[c][t]) for c in categories] for t in TYPES}
        return categories, series

    def _remaining_by_governorate(self, unknown: str) -> Dict[str, Tuple[float, int]]:
        result: Dict[str, Tuple[float, int]] = {}
        for row in self.rows:
            if row.release_type is not None:
                continue
            name = row.governorate or unknown
            area, count = result.get(name, (0.0, 0))
            result[name] = (area + row.remaining_m2, count + len(row.hazards))
        return result

    def build(self, language: Optional[str] = None) -> HtmlReport:
        t = self.totals
        report = HtmlReport(self.tr("Land release progress"), language)
        report.add_summary(
            [
                (self.tr("Released (km²)"), format_km2(t.released_m2, unit=False)),
                (self.tr("Cancelled (km²)"), format_km2(t.cancelled_m2, unit=False)),
                (self.tr("Reduced (km²)"), format_km2(t.reduced_m2, unit=False)),
                (self.tr("Cleared (km²)"), format_km2(t.cleared_m2, unit=False)),
                (self.tr("Remaining (km²)"), format_km2(t.remaining_m2, unit=False)),
                (
                    self.tr("Hazards with land left"),
                    f"{format_count(t.hazards_with_remaining)} / {format_count(t.hazards)}",
                ),
                (self.tr("Closed hazards with land left"), format_count(t.closed_with_remaining)),
                (self.tr("Remaining area differs from IMSMA"), format_count(t.mismatches)),
                (self.tr("Release parts outside their hazard"), format_count(t.outside_parts)),
                (self.tr("Land released twice (km²)"), format_km2(t.re_released_m2, unit=False)),
            ]
        )
        report.add_paragraph(
            self.tr(
                "{released} km² released: {cancelled} km² cancelled, {reduced} km² reduced and {cleared} km² cleared; "
                "{remaining} km² remain in {hazards} hazards."
            ).format(
                released=format_km2(t.released_m2, unit=False),
                cancelled=format_km2(t.cancelled_m2, unit=False),
                reduced=format_km2(t.reduced_m2, unit=False),
                cleared=format_km2(t.cleared_m2, unit=False),
                remaining=format_km2(t.remaining_m2, unit=False),
                hazards=format_count(t.hazards_with_remaining),
            )
        )
        double = t.double_counted_m2
        report.add_paragraph(
            self.tr(
                "Every total counts each square metre once. {overlapping} hazards overlap other hazards: summing the "
                "hazard rows would have counted {hazard} km² of hazard area, {released} km² of released and "
                "{remaining} km² of remaining land twice."
            ).format(
                overlapping=format_count(t.overlapping_hazards),
                hazard=format_km2(double["hazard"], unit=False),
                released=format_km2(double["cancelled"] + double["reduced"] + double["cleared"], unit=False),
                remaining=format_km2(double["remaining"], unit=False),
            )
        )
        no_governorate = self.tr("(no governorate)")
        no_organisation = self.tr("(no organisation)")
        no_year = self.tr("(no date)")
        unit = self.tr("km²")
        by_governorate = self._released_by("governorate", no_governorate)
        by_organisation = self._released_by("organisation", no_organisation)
        by_year = self._released_by("year", no_year)
        remaining = self._remaining_by_governorate(no_governorate)
        remaining_names = sorted(remaining, key=lambda c: (c == no_governorate, c))

        report.add_heading(self.tr("Charts"))
        report.add_bar_chart(
            self.tr("Released land by type and governorate"), by_governorate[0], by_governorate[1], unit, decimals=2
        )
        report.add_bar_chart(
            self.tr("Released land by type and operator"), by_organisation[0], by_organisation[1], unit, decimals=2
        )
        report.add_bar_chart(
            self.tr("Remaining contaminated land by governorate"),
            remaining_names,
            {self.tr("Remaining"): [km2(remaining[name][0]) for name in remaining_names]},
            unit,
            decimals=2,
        )
        report.add_bar_chart(self.tr("Land released per year"), by_year[0], by_year[1], unit, decimals=2)

        type_headers = [self.type_label(t) + " (km²)" for t in TYPES]
        report.add_heading(self.tr("By governorate"))
        governorates = sorted(set(by_governorate[0]) | set(remaining_names), key=lambda c: (c == no_governorate, c))
        rows = []
        for name in governorates:
            values = [
                by_governorate[1][self.type_label(t)][by_governorate[0].index(name)]
                if name in by_governorate[0]
                else 0.0
                for t in TYPES
            ]
            area, hazards = remaining.get(name, (0.0, 0))
            rows.append([name, *values, round(sum(values), 2), km2(area), hazards])
        report.add_table(
            [
                self.tr("Governorate"),
                *type_headers,
                self.tr("Released (km²)"),
                self.tr("Remaining (km²)"),
                self.tr("Hazards with land left"),
            ],
            rows,
            decimals=2,
        )
        for title, header, (categories, series) in (
            (self.tr("By operator"), self.tr("Operator"), by_organisation),
            (self.tr("By year"), self.tr("Year"), by_year),
        ):
            report.add_heading(title)
            table = []
            for index, name in enumerate(categories):
                values = [series[self.type_label(t)][index] for t in TYPES]
                table.append([name, *values, round(sum(values), 2)])
            report.add_table([header, *type_headers, self.tr("Released (km²)")], table, decimals=2)

        report.add_heading(self.tr("Detail: governorate, operator, type and year"))
        report.add_table(
            [
                self.tr("Governorate"),
                self.tr("Operator"),
                self.tr("Release type"),
                self.tr("Year"),
                self.tr("Released (m²)"),
                self.tr("Activities"),
            ],
            [
                [
                    row.governorate or no_governorate,
                    row.organisation or no_organisation,
                    self.type_label(row.release_type),
                    str(row.year) if row.year else no_year,
                    round(row.released_m2),
                    len(row.activities),
                ]
                for row in self.rows
                if row.release_type is not None
            ],
        )
        self._splits(report, no_governorate)
        self._article7(report, no_governorate)
        self._re_releases(report)
        if self.outside:
            report.add_heading(self.tr("Release parts outside their hazard"))
            parts = sorted(self.outside, key=lambda p: -p.area_m2)
            report.add_table(
                [
                    self.tr("Activity"),
                    self.tr("Hazard"),
                    self.tr("Release type"),
                    self.tr("Operator"),
                    self.tr("Area (m²)"),
                    self.tr("Finding"),
                ],
                [
                    [
                        p.release.activity_id,
                        ", ".join(p.hazard_ids),
                        self.type_label(p.release.release_type or ""),
                        p.release.organisation or "",
                        round(p.area_m2),
                        p.message,
                    ]
                    for p in parts[:MAX_OUTSIDE_ROWS]
                ],
            )
            if len(parts) > MAX_OUTSIDE_ROWS:
                report.add_paragraph(
                    self.tr(
                        "{shown} of {count} parts are listed, largest first; the OUTSIDE layer has them all."
                    ).format(shown=format_count(MAX_OUTSIDE_ROWS), count=format_count(len(parts)))
                )
        return report

    def _splits(self, report: HtmlReport, no_governorate: str) -> None:
        report.add_heading(self.tr("By classification and contamination"))
        report.add_table(
            [
                self.tr("Governorate"),
                self.tr("Classification"),
                self.tr("Contamination"),
                self.tr("Remaining (km²)"),
                *[self.type_label(t) + " (km²)" for t in TYPES],
                self.tr("Hazards with land left"),
            ],
            [
                [
                    row.governorate or no_governorate,
                    row.classification or "",
                    self.contamination_label(row.contamination),
                    km2(row.remaining_m2),
                    km2(row.cancelled_m2),
                    km2(row.reduced_m2),
                    km2(row.cleared_m2),
                    len(row.hazards_with_remaining),
                ]
                for row in self.splits
            ],
            decimals=2,
        )

    def _article7(self, report: HtmlReport, no_governorate: str) -> None:
        for convention, title in (
            (article7.APMBC, self.tr("Article 7 (APMBC): areas containing anti-personnel mines")),
            (article7.CCM, self.tr("Article 7 (CCM): areas contaminated by cluster munition remnants")),
        ):
            report.add_heading(title)
            report.add_paragraph(
                self.tr(
                    "Counts the hazards whose contamination is: {types} (the profile's article7 list, to be "
                    "confirmed by the national authority)."
                ).format(types=", ".join(self.contamination_label(kind) for kind in self.conventions[convention]))
            )
            rows = article7.table(convention, self.splits, self.conventions, no_governorate)
            if not rows:
                report.add_paragraph(self.tr("No hazard of this contamination type."))
                continue
            report.add_table(
                [
                    self.tr("Governorate"),
                    self.tr("SHA"),
                    self.tr("SHA (km²)"),
                    self.tr("CHA"),
                    self.tr("CHA (km²)"),
                    *[self.type_label(t) + " (km²)" for t in TYPES],
                    self.tr("Released (km²)"),
                ],
                [
                    [
                        row.governorate,
                        row.sha_count,
                        km2(row.sha_remaining_m2),
                        row.cha_count,
                        km2(row.cha_remaining_m2),
                        km2(row.cancelled_m2),
                        km2(row.reduced_m2),
                        km2(row.cleared_m2),
                        km2(row.released_m2),
                    ]
                    for row in rows + [article7.total(rows)]
                ],
                decimals=2,
            )

    def _re_releases(self, report: HtmlReport) -> None:
        if not self.re_releases:
            return
        report.add_heading(self.tr("Land released twice (re-releases)"))
        report.add_paragraph(
            self.tr(
                "A later release over land an earlier release holds is not credited again; a QA officer should look at "
                "each."
            )
        )
        report.add_table(
            [
                self.tr("Activity"),
                self.tr("Date"),
                self.tr("Operator"),
                self.tr("Credited to"),
                self.tr("Date"),
                self.tr("Operator"),
                self.tr("Hazard"),
                self.tr("Area (m²)"),
            ],
            [
                [
                    item.release.activity_id,
                    item.release.date or "",
                    item.release.organisation or "",
                    item.holder.activity_id,
                    item.holder.date or "",
                    item.holder.organisation or "",
                    ", ".join(item.hazard_ids),
                    round(item.area_m2),
                ]
                for item in self.re_releases[:MAX_OUTSIDE_ROWS]
            ],
        )


def build_report(
    totals: Totals,
    rows: Sequence[SummaryRow],
    outside: Sequence[OutsidePart],
    language: Optional[str] = None,
    re_releases: Sequence[ReRelease] = (),
    splits: Sequence[SplitRow] = (),
    conventions: Optional[Mapping[str, Sequence[str]]] = None,
) -> HtmlReport:
    """The progress report from gap-analysis accounts."""
    return GapReport(totals, rows, outside, re_releases, splits, conventions).build(language)


def report_of(
    outcome: GapResult, language: Optional[str] = None, conventions: Optional[Mapping[str, Sequence[str]]] = None
) -> HtmlReport:
    """The progress report of one finished gap analysis (``conventions``: article7.conventions(profile))."""
    return build_report(
        outcome.totals,
        outcome.summary_rows,
        outcome.outside_parts,
        language,
        outcome.re_releases,
        outcome.split_rows,
        conventions,
    )
