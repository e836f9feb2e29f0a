"""The atlas's tables beyond the turning points: a hazard's items and accidents, a community's hazards.

Built on the layout of ``layout.build_layout`` once its own items are in place, each
table with its heading, shown only on the sheets of its kind (``pages.sheet_kind``):

* ``records_table`` (``records_heading``): on a hazard's records sheets, which follow its
  turning-point sheets (the turning points stay complete and first), where a continued
  points table stands: the explosive items found in the hazard (category in the page
  language, quantity, action, date) and the accidents in or near it (date, distance from
  the hazard, casualty counts: never personal data);
* ``community_table`` (``community_heading``): on a community's first sheet, where a
  hazard's turning points stand, and ``community_table_more`` on its following sheets:
  the community's hazards (ID, name, classification, status, calculated and remaining area).

The map draws the spot tasks that found items, the accidents and the community's point.
"""

from typing import List, Sequence, Tuple

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF
from qgis.PyQt.QtGui import QColor, QFont

from mineaction_qgis.core.atlas import layout as base
from mineaction_qgis.core.atlas.items_accidents import NEAR_M
from mineaction_qgis.core.common.numbers import format_count
from mineaction_qgis.core.common.styles import label_placement

SHEET_KIND = "coalesce(attribute(@atlas_feature, 'sheet_kind'), 'points')"
RECORDS_SHEET = f"{SHEET_KIND} = 'records'"
COMMUNITY_FIRST = f"{SHEET_KIND} = 'community' AND attribute(@atlas_feature, 'sheet_no') = 1"
COMMUNITY_LATER = f"{SHEET_KIND} = 'community' AND attribute(@atlas_feature, 'sheet_no') > 1"
ROWS_OF_SHEET = (
    "\"page_key\" = attribute(@atlas_feature, 'page_key') "
    "AND \"seq\" >= attribute(@atlas_feature, 'first_row') AND \"seq\" <= attribute(@atlas_feature, 'last_row')"
)
RANGE_FIELDS = {
    "first": '"first_row"',
    "last": '"last_row"',
    "count": '"table_rows"',
    "sheet": '"sheet_no"',
    "sheets": '"sheet_count"',
}


def record_columns() -> List[Tuple[str, str, float]]:
    """(attribute, heading, relative width) of a hazard's items and accidents table, in reading order."""
    return [
        ("seq", QCoreApplication.translate("AtlasRecords", "No."), 0.4),
        ("kind_label", QCoreApplication.translate("AtlasRecords", "Record"), 1.1),
        ("record_id", QCoreApplication.translate("AtlasRecords", "ID"), 1.0),
        ("record_date", QCoreApplication.translate("AtlasRecords", "Date"), 0.9),
        ("what", QCoreApplication.translate("AtlasRecords", "Category or accident type"), 2.4),
        ("quantity", QCoreApplication.translate("AtlasRecords", "Quantity"), 0.7),
        ("action", QCoreApplication.translate("AtlasRecords", "Action"), 1.1),
        ("distance", QCoreApplication.translate("AtlasRecords", "Distance from the hazard (m)"), 1.2),
        ("killed", QCoreApplication.translate("AtlasRecords", "Killed"), 0.6),
        ("injured", QCoreApplication.translate("AtlasRecords", "Injured"), 0.6),
    ]


def community_columns() -> List[Tuple[str, str, float]]:
    """(attribute, heading, relative width) of a community's hazards table, in reading order."""
    return [
        ("seq", QCoreApplication.translate("AtlasCommunities", "No."), 0.4),
        ("hazard_id", QCoreApplication.translate("AtlasCommunities", "Hazard"), 1.0),
        ("name", QCoreApplication.translate("AtlasCommunities", "Name"), 1.8),
        ("classification", QCoreApplication.translate("AtlasCommunities", "Classification"), 2.2),
        ("status", QCoreApplication.translate("AtlasCommunities", "Status"), 0.9),
        ("area", QCoreApplication.translate("AtlasCommunities", "Calculated area"), 1.0),
        ("remaining", QCoreApplication.translate("AtlasCommunities", "Remaining area (recorded)"), 1.1),
    ]


def _headings() -> dict:
    """Heading texts of each table (expressions for the sheet's rows)."""
    records = QCoreApplication.translate(
        "AtlasRecords",
        "Explosive items found in this hazard and accidents within {distance} m of it – rows {first}–{last} of "
        "{count}, sheet {sheet} of {sheets} of this hazard",
    )
    records_note = QCoreApplication.translate(
        "AtlasRecords", "Casualties are counts of the victims table; no personal data is printed."
    )
    community = QCoreApplication.translate("AtlasCommunities", "Hazards of this community: {count}")
    more = QCoreApplication.translate("AtlasCommunities", "rows {first}–{last}, continued on the next sheet")
    continued = QCoreApplication.translate(
        "AtlasCommunities",
        "Hazards of this community – continued: rows {first}–{last} of {count}, sheet {sheet} of {sheets}",
    )
    fields = dict(RANGE_FIELDS, distance=f"'{format_count(NEAR_M)}'")
    return {
        "records": f"[% {base._as_expression(records, fields)} %]\n{records_note}",
        "community": (
            f"[% {base._as_expression(community, fields)} %]"
            f"[% if(\"sheet_count\" > 1, ' – ' || {base._as_expression(more, fields)}, '') %]"
        ),
        "community_more": f"[% {base._as_expression(continued, fields)} %]",
    }


def _label(page, item_id: str, text: str, rect: QRectF, shown_when: str) -> None:
    label = QgsLayoutItemLabel(page.layout)
    label.setId(item_id)
    template = base._item(page.layout, "points_heading")
    if isinstance(template, QgsLayoutItemLabel):
        base._copy_label_format(template, label)
    label.setText(text)
    page.layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(rect.left(), rect.top(), base.MM))
    label.attemptResize(QgsLayoutSize(rect.width(), rect.height(), base.MM))
    base._exclude_when(label, f"NOT ({shown_when})")


def _table(
    page, frame_id: str, rect: QRectF, layer: QgsVectorLayer, columns: Sequence[Tuple[str, str, float]], shown_when: str
) -> None:
    template = base._table(page.layout, "points_table")
    table = QgsLayoutItemAttributeTable(page.layout)
    page.layout.addMultiFrame(table)
    if template is not None:
        table.setHeaderTextFormat(template.headerTextFormat())
        table.setContentTextFormat(template.contentTextFormat())
        table.setCellMargin(template.cellMargin())
        table.setGridStrokeWidth(template.gridStrokeWidth())
        table.setShowGrid(template.showGrid())
    frame = QgsLayoutFrame(page.layout, table)
    frame.setId(frame_id)
    frame.attemptMove(QgsLayoutPoint(rect.left(), rect.top(), base.MM))
    frame.attemptResize(QgsLayoutSize(rect.width(), rect.height(), base.MM))
    table.addFrame(frame)
    # Filters before the layer: a table refreshes on setVectorLayer, and unfiltered it would lay out every row.
    table.setFilterToAtlasFeature(True)  # rows near the page, through the spatial index...
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"({shown_when}) AND {ROWS_OF_SHEET}")  # ...then the sheet's own
    table.setVectorLayer(layer)
    base._columns(table, rect.width(), columns)
    base._sort_by_seq(table)
    table.setMaximumNumberOfFeatures(100000)
    # One line per row, as the sheet's row count was measured: a long free text (an item's model, a hazard's
    # name) is cut at its cell's edge rather than pushing the last rows out of the frame.
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
    base._exclude_when(frame, f"NOT ({shown_when})")
    page.fonts.add(table.contentTextFormat().font().family())


def _split(area: QRectF, heading_height: float) -> Tuple[QRectF, QRectF]:
    heading = QRectF(area.left(), area.top(), area.width(), heading_height)
    table = QRectF(area.left(), area.top() + heading_height, area.width(), area.height() - heading_height)
    return heading, table


def add_tables(page) -> None:
    """The records and community tables with their headings (after ``layout._texts``, before mirroring)."""
    data = page.data
    layout = page.layout
    if base._table(layout, "points_table") is None:
        return
    texts = _headings()
    heading_height = 2 * base._line_mm(data.language)
    more_heading, more_table = _split(base._continuation_area(layout), heading_height)
    if data.record_rows is not None:
        _label(page, "records_heading", texts["records"], more_heading, RECORDS_SHEET)
        _table(page, "records_table", more_table, data.record_rows, record_columns(), RECORDS_SHEET)
    if data.community_rows is not None:
        heading = base._item(layout, "points_heading")
        frame = base._item(layout, "points_table")
        first_heading = base._rect(heading) if heading is not None else _split(base._rect(frame), heading_height)[0]
        _label(page, "community_heading", texts["community"], first_heading, COMMUNITY_FIRST)
        _table(page, "community_table", base._rect(frame), data.community_rows, community_columns(), COMMUNITY_FIRST)
        _label(page, "community_heading_more", texts["community_more"], more_heading, COMMUNITY_LATER)
        _table(page, "community_table_more", more_table, data.community_rows, community_columns(), COMMUNITY_LATER)


def map_layers(data) -> List[QgsVectorLayer]:
    """The extra layers the main map draws (and the legend shows), top first."""
    return [layer for layer in (data.accident_points, data.item_points, data.community_points) if layer is not None]


def _labelled(layer: QgsVectorLayer, color: str) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.placement = label_placement().AroundPoint
    settings.dist = 0.8
    text_format = QgsTextFormat()
    text_format.setFont(QFont("Noto Sans"))
    text_format.setSize(6.5)
    text_format.setColor(QColor(color))
    buffer = text_format.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_layers(data) -> None:
    """Markers and labels of the accidents, spot tasks with items and community points."""
    for layer, marker, color in (
        (data.accident_points, {"name": "star", "color": "220,0,0,255", "size": "5"}, "#b40000"),
        (data.item_points, {"name": "diamond", "color": "255,140,0,255", "size": "3.4"}, "#8a4b00"),
        (data.community_points, {"name": "square", "color": "40,40,160,255", "size": "3.2"}, "#202080"),
    ):
        if layer is None:
            continue
        symbol = QgsMarkerSymbol.createSimple(dict(marker, outline_color="255,255,255,255", outline_width="0.3"))
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        _labelled(layer, color)
