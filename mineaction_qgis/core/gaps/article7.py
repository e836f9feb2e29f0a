"""The land tables of Iraq's Article 7 transparency reports (APMBC and CCM), from the gap analysis.

The Anti-Personnel Mine Ban Convention (Article 7.1 c) asks for the areas that
contain, or are suspected to contain, anti-personnel mines; the Convention on
Cluster Munitions (Article 7.1 h and i) for the areas contaminated by cluster
munition remnants and their clearance. Both are reported by region as SHA and CHA
still to address and as land cancelled, reduced and cleared, all counted once
(core/gaps/analysis.py's split rows). Which hazards count for which convention is decided by
the contamination type the profile's ``contamination`` code list gives them, and which
contamination types each convention counts by the profile's ``article7`` section (defaults:
anti-personnel mines for the APMBC, cluster munitions for the CCM). Both are a national
authority's decision: DMA and IKMAA are to confirm them (docs/glossary-review.md).
"""

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.model import CONTAMINATION_AP_MINES, CONTAMINATION_CLUSTER
from mineaction_qgis.core.gaps.analysis import SplitRow

APMBC = "apmbc"
CCM = "ccm"
# Defaults when a profile has no ``article7`` section; the bundled profiles spell them out.
CONVENTION_CONTAMINATION = {APMBC: (CONTAMINATION_AP_MINES,), CCM: (CONTAMINATION_CLUSTER,)}
CSV_COLUMNS = (
    "governorate",
    "sha_count",
    "sha_remaining_m2",
    "cha_count",
    "cha_remaining_m2",
    "other_count",
    "other_remaining_m2",
    "cancelled_m2",
    "reduced_m2",
    "cleared_m2",
    "released_m2",
)


@dataclass
class Article7Row:
    """One region's line of an Article 7 land table (areas in m², counted once)."""

    governorate: str
    sha_count: int = 0
    sha_remaining_m2: float = 0.0
    cha_count: int = 0
    cha_remaining_m2: float = 0.0
    other_count: int = 0
    other_remaining_m2: float = 0.0
    cancelled_m2: float = 0.0
    reduced_m2: float = 0.0
    cleared_m2: float = 0.0

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2

    def values(self) -> list:
        return [getattr(self, name) for name in CSV_COLUMNS]


def conventions(profile=None) -> Dict[str, Tuple[str, ...]]:
    """Contamination types (canonical values) each convention's table counts: the profile's ``article7`` section.

    ``{"apmbc": ["anti_personnel_mines"], "ccm": ["cluster_munitions"]}`` in the bundled
    profiles; a convention the profile leaves out keeps its default.
    """
    section = (profile.data.get("article7", {}) if profile is not None else {}) or {}
    result = dict(CONVENTION_CONTAMINATION)
    for convention in result:
        values = section.get(convention)
        if isinstance(values, str):
            values = [values]
        if values:
            result[convention] = tuple(str(value).strip() for value in values if str(value).strip())
    return result


def table(
    convention: str,
    splits: Sequence[SplitRow],
    counted: Optional[Mapping[str, Sequence[str]]] = None,
    unknown: Optional[str] = None,
) -> List[Article7Row]:
    """Rows of one convention's table by governorate, sorted (``unknown`` names the rows without one).

    ``counted``: contamination types per convention (``conventions(profile)``; default CONVENTION_CONTAMINATION).
    """
    wanted = tuple((counted or CONVENTION_CONTAMINATION)[convention])
    unknown = unknown or QCoreApplication.translate("Article7", "(no governorate)")
    rows: Dict[str, Article7Row] = {}
    for split in splits:
        if split.contamination not in wanted:
            continue
        name = split.governorate or unknown
        row = rows.setdefault(name, Article7Row(name))
        left = len(split.hazards_with_remaining)
        kind = (split.classification or "").upper()
        if kind == "SHA":
            row.sha_count += left
            row.sha_remaining_m2 += split.remaining_m2
        elif kind == "CHA":
            row.cha_count += left
            row.cha_remaining_m2 += split.remaining_m2
        else:
            row.other_count += left
            row.other_remaining_m2 += split.remaining_m2
        row.cancelled_m2 += split.cancelled_m2
        row.reduced_m2 += split.reduced_m2
        row.cleared_m2 += split.cleared_m2
    return [rows[name] for name in sorted(rows, key=lambda n: (n == unknown, n))]


def total(rows: Sequence[Article7Row]) -> Article7Row:
    """The sum of a table's rows."""
    result = Article7Row(QCoreApplication.translate("Article7", "Total"))
    for row in rows:
        for name in CSV_COLUMNS[1:-1]:
            setattr(result, name, getattr(result, name) + getattr(row, name))
    return result


def write_csv(path: str, rows: Sequence[Article7Row]) -> None:
    """The table as UTF-8 CSV (with BOM, so Excel shows Arabic names), machine-readable column names."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in list(rows) + ([total(rows)] if rows else []):
            writer.writerow([round(value, 1) if isinstance(value, float) else value for value in row.values()])
