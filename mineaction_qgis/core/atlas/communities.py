"""Community pages of the atlas (COMMUNITY_PAGES): one per community, listing its hazards.

A community (IMSMA Location, the register's ``locations`` layer) is named by the hazards
of the book through their ``location_id``. Its page shows a map of its hazards and its
point, the community's gazetteer levels with the number and the areas of its hazards in
the attribute block, and the table of its hazards (ID, name, classification, status,
calculated area, recorded remaining area), continued on sheets of its own when long.
Community pages follow the hazard pages, in community order (governorate, district,
name). Texts are in the page language (translator installed by the caller).
"""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsFeature, QgsFeatureSource, QgsGeometry, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from mineaction_qgis.core.atlas.table import lon_lat_point, text_key
from mineaction_qgis.core.common import codelist_display
from mineaction_qgis.core.common.numbers import format_area_m2, format_count
from mineaction_qgis.core.common.values import as_number, as_text

MISSING = "–"
COMMUNITY_ROW_FIELDS = [
    ("page_key", QVariant.Type.String),
    ("seq", QVariant.Type.Int),
    ("hazard_id", QVariant.Type.String),
    ("name", QVariant.Type.String),
    ("classification", QVariant.Type.String),
    ("status", QVariant.Type.String),
    ("area", QVariant.Type.String),
    ("remaining", QVariant.Type.String),
]
COMMUNITY_POINT_FIELDS = [("page_id", QVariant.Type.String), ("label", QVariant.Type.String)]


@dataclass
class CommunityHazard:
    """What a community page lists of one hazard of the book."""

    hazard_id: str
    name: str
    classification: str
    status: str
    area_m2: float
    remaining_m2: Optional[float]
    geometry: Optional[QgsGeometry]


@dataclass
class CommunityPage:
    """One community's page: where it is, its gazetteer levels and its hazards in table order."""

    location_id: str
    name: str
    levels: Dict[str, str]
    point: Optional[QgsPointXY]
    rows: List[CommunityHazard] = field(default_factory=list)

    def extent(self) -> QgsRectangle:
        """Its hazards and its point, in WGS 84 (null when none can be drawn)."""
        extent = QgsRectangle()
        extent.setMinimal()
        for row in self.rows:
            if row.geometry is not None:
                extent.combineExtentWith(row.geometry.boundingBox())
        if self.point is not None:
            extent.combineExtentWith(self.point.x(), self.point.y())
        return extent

    def title(self) -> Tuple[str, str]:
        """(title in the page language, English title)."""
        name = self.name or self.location_id
        local = QCoreApplication.translate("AtlasCommunities", "Community {name}").format(name=name)
        english = f"Community {name}"
        if self.name and self.location_id:
            local, english = f"{local} ({self.location_id})", f"{english} ({self.location_id})"
        return local, english

    def attributes(self) -> List[Tuple[str, str]]:
        """The attribute block: gazetteer levels, the number of hazards and their areas."""
        area = sum(row.area_m2 for row in self.rows)
        remaining = [row.remaining_m2 for row in self.rows if row.remaining_m2 is not None]
        return [
            (QCoreApplication.translate("AtlasCommunities", "Governorate"), self.levels.get("governorate") or MISSING),
            (QCoreApplication.translate("AtlasCommunities", "District"), self.levels.get("district") or MISSING),
            (
                QCoreApplication.translate("AtlasCommunities", "Sub-district"),
                self.levels.get("sub_district") or MISSING,
            ),
            (QCoreApplication.translate("AtlasCommunities", "Village"), self.levels.get("community") or MISSING),
            (QCoreApplication.translate("AtlasCommunities", "Hazards in this book"), format_count(len(self.rows))),
            (
                QCoreApplication.translate("AtlasCommunities", "Calculated area of its hazards"),
                format_area_m2(area) if area else MISSING,
            ),
            (
                QCoreApplication.translate("AtlasCommunities", "Remaining area of its hazards (recorded)"),
                format_area_m2(sum(remaining)) if remaining else MISSING,
            ),
        ]


def read_locations(source: Optional[QgsFeatureSource], features) -> Dict[str, Tuple[QgsFeature, Optional[QgsPointXY]]]:
    """The communities by location ID (``features`` reads a source into WGS 84)."""
    if source is None or "location_id" not in source.fields().names():
        return {}
    found = {}
    for feature in features(source):
        location_id = as_text(feature["location_id"])
        if location_id:
            found[location_id] = (feature, lon_lat_point(feature))
    return found


def community_pages(
    hazards: Iterable[Tuple[str, CommunityHazard]], locations: Dict[str, Tuple[QgsFeature, Optional[QgsPointXY]]]
) -> List[CommunityPage]:
    """One page per community named by ``hazards`` ((location ID, hazard) pairs), in community order.

    A location ID the locations layer does not hold still gets its page (named by its ID),
    so that no hazard of the book is missing from the community pages.
    """
    pages: Dict[str, CommunityPage] = {}
    for location_id, hazard in hazards:
        if not location_id:
            continue
        page = pages.get(location_id)
        if page is None:
            feature, point = locations.get(location_id, (None, None))
            names = feature.fields().names() if feature is not None else []
            levels = {
                name: as_text(feature[name])
                for name in ("governorate", "district", "sub_district", "community")
                if name in names
            }
            name = as_text(feature["name"]) if "name" in names else ""
            page = pages[location_id] = CommunityPage(location_id, name, levels, point)
        page.rows.append(hazard)
    for page in pages.values():
        page.rows.sort(key=lambda row: text_key(row.hazard_id))
    return sorted(
        pages.values(),
        key=lambda page: (
            text_key(page.levels.get("governorate", "")),
            text_key(page.levels.get("district", "")),
            text_key(page.name or page.location_id),
        ),
    )


def row_features(page_key: str, centre: QgsGeometry, page: CommunityPage, fields) -> List[QgsFeature]:
    """The rows of a community's hazards table, placed at its page's centre (the tables find them there)."""
    features = []
    for seq, row in enumerate(page.rows, start=1):
        feature = QgsFeature(fields)
        feature.setGeometry(centre)
        remaining = as_number(row.remaining_m2)
        values = {
            "page_key": page_key,
            "seq": seq,
            "hazard_id": row.hazard_id,
            "name": row.name or MISSING,
            "classification": codelist_display.classification(row.classification) or MISSING,
            "status": codelist_display.status(row.status) or MISSING,
            "area": format_area_m2(row.area_m2) if row.area_m2 else MISSING,
            "remaining": format_area_m2(remaining) if remaining is not None else MISSING,
        }
        feature.setAttributes([values.get(name) for name in fields.names()])
        features.append(feature)
    return features


def point_features(pages: Sequence[Tuple[str, CommunityPage]], fields) -> List[QgsFeature]:
    features = []
    for page_id, page in pages:
        if page.point is None:
            continue
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(page.point))
        feature.setAttributes(
            [{"page_id": page_id, "label": page.name or page.location_id}.get(n) for n in fields.names()]
        )
        features.append(feature)
    return features
