"""Land release by community: the hazards of each community (IMSMA Location) and their accounts.

A hazard names its community by ``location_id`` (the hazards layer's location field);
the register's ``locations`` layer gives the community's name, governorate and district.
``CommunityTotals`` adds each hazard's result of the gap analysis to its community;
``rows`` gives one row per community (hazards, hazards still open, hazard area, released
and remaining land) for the report section (``add_section``) and the
``COMMUNITY_SUMMARY`` output. The areas of a community are the sums of its hazards'
accounts: where two hazards of one community overlap, their common land is in both, as
in IMSMA's own per-hazard figures (the national totals count it once).
"""

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsFeatureSource
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.common.numbers import format_count, format_km2
from mineaction_qgis.core.common.values import as_text

TOP = 30  # communities shown in the report's table, by remaining land (the output layer has them all)

SUMMARY_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("location_id", "Community (IMSMA Location local ID); empty for hazards that name none"),
    ("name", "Community name, from the locations layer"),
    ("governorate", "Governorate of the community"),
    ("district", "District of the community"),
    ("hazards", "Hazards of the community"),
    ("hazards_open", "Of them, hazards not closed"),
    ("hazard_m2", "Area of its hazards (m²)"),
    ("released_m2", "Land released in them (m²)"),
    ("remaining_m2", "Land left to release in them (m²)"),
)


@dataclass
class CommunityRow:
    location_id: str
    name: str = ""
    governorate: str = ""
    district: str = ""
    hazards: int = 0
    hazards_open: int = 0
    hazard_m2: float = 0.0
    released_m2: float = 0.0
    remaining_m2: float = 0.0

    def values(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name, _ in SUMMARY_FIELDS}


def read_locations(source: Optional[QgsFeatureSource]) -> Dict[str, Dict[str, str]]:
    """Name, governorate and district of each community of the locations layer, by location ID."""
    if source is None:
        return {}
    names = source.fields().names()
    if "location_id" not in names:
        return {}
    wanted = [name for name in ("location_id", "name", "governorate", "district", "community") if name in names]
    request = (
        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(wanted, source.fields())
    )
    found = {}
    for feature in source.getFeatures(request):
        location_id = as_text(feature["location_id"])
        if location_id:
            found[location_id] = {name: as_text(feature[name]) for name in wanted}
    return found


class CommunityTotals:
    """The accounts of the hazards, added up by community."""

    def __init__(self, locations: Optional[Dict[str, Dict[str, str]]] = None) -> None:
        self.locations = locations or {}
        self.by_id: Dict[str, CommunityRow] = {}

    def add(self, location_id: Optional[str], closed: bool, hazard_m2: float, released_m2: float, remaining_m2) -> None:
        key = as_text(location_id)
        row = self.by_id.get(key)
        if row is None:
            known = self.locations.get(key, {})
            row = self.by_id[key] = CommunityRow(
                key,
                name=known.get("name") or known.get("community", ""),
                governorate=known.get("governorate", ""),
                district=known.get("district", ""),
            )
        row.hazards += 1
        row.hazards_open += 0 if closed else 1
        row.hazard_m2 += hazard_m2 or 0.0
        row.released_m2 += released_m2 or 0.0
        row.remaining_m2 += remaining_m2 or 0.0

    def is_empty(self) -> bool:
        """True when no hazard names a community (the hazards layer has no location field, or it is empty)."""
        return not any(key for key in self.by_id)

    def rows(self) -> List[CommunityRow]:
        """Every community, most land left first; hazards that name none last."""
        return sorted(self.by_id.values(), key=lambda row: (row.location_id == "", -row.remaining_m2, row.location_id))


def add_section(report: HtmlReport, totals: CommunityTotals) -> None:
    """A table of the communities with the most land left to release (the report's "by community" section)."""
    if totals.is_empty():
        return
    rows = totals.rows()
    named = [row for row in rows if row.location_id]
    report.add_heading(QCoreApplication.translate("CommunitySummary", "Land release by community"), 3)
    report.add_paragraph(
        QCoreApplication.translate(
            "CommunitySummary",
            "{communities} communities have hazards; the {shown} with the most land left to release are listed (the "
            "community summary output lists them all). A community's areas are the sums of its hazards' accounts.",
        ).format(communities=format_count(len(named)), shown=format_count(min(TOP, len(named))))
    )
    unnamed = QCoreApplication.translate("CommunitySummary", "(no community)")
    table = [
        [
            f"{row.name} ({row.location_id})" if row.name else (row.location_id or unnamed),
            row.governorate,
            row.district,
            row.hazards,
            row.hazards_open,
            format_km2(row.hazard_m2, 3, unit=False),
            format_km2(row.released_m2, 3, unit=False),
            format_km2(row.remaining_m2, 3, unit=False),
        ]
        for row in named[:TOP] + [row for row in rows if not row.location_id]
    ]
    report.add_table(
        [
            QCoreApplication.translate("CommunitySummary", "Community"),
            QCoreApplication.translate("CommunitySummary", "Governorate"),
            QCoreApplication.translate("CommunitySummary", "District"),
            QCoreApplication.translate("CommunitySummary", "Hazards"),
            QCoreApplication.translate("CommunitySummary", "Not closed"),
            QCoreApplication.translate("CommunitySummary", "Hazard area (km²)"),
            QCoreApplication.translate("CommunitySummary", "Released (km²)"),
            QCoreApplication.translate("CommunitySummary", "Remaining (km²)"),
        ],
        table,
    )
