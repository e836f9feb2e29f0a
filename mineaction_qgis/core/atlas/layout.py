"""Map atlas: a print layout from a ``.qpt`` template, one or more sheets per hazard or task.

The templates in ``resources/templates`` are ordinary QGIS layout templates. The
builder finds their items by ID and fills them, one function per item (see
docs/en/atlas.md, "Templates"):

``title``, ``title_en`` (labels), ``main_map`` (atlas-driven, with a coordinate grid,
in the hazard's UTM zone), ``north_arrow``, ``scalebar``, ``note`` (label shown only on
a page with a note: no, invalid or unusable geometry, unprintable points),
``overview_map``, ``legend``, ``attributes`` and ``points_table`` (frames of attribute
tables), ``points_heading``, ``disclaimer``, ``footer``. A missing item is simply not
filled, so a user may delete what they do not want. The builder adds the heading and
table frame of the continuation sheets (``points_heading_more``, ``points_table_more``)
between the titles and the warning: a hazard whose table does not fit its first sheet
continues there, table only, so that no point is ever left off. ``extra_sheets.py`` adds
the tables after the turning points: a hazard's explosive items and accidents, and the
hazards of a community page.

For Arabic and Sorani one right-to-left pass (``_right_to_left``) mirrors the page
(every item's position flipped left-right, tables' column order reversed, text
right-aligned) and sets the fonts to Noto Naskh Arabic (titles) and Noto Sans Arabic
(text).

The caller installs the translator of the page language (``i18n.Translator``) while
building, so that the static texts come out in that language.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSource,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, Qt, QTranslator
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from mineaction_qgis.core.atlas import extra_sheets
from mineaction_qgis.core.atlas.data import (
    DEFAULT_CAPACITY,
    KIND_TASK,
    POINT_FIELDS,
    AtlasData,
    AtlasError,
    memory_layer,
    paginate,
    prepare_atlas_data,
    save_atlas_layers,
    value_labels,
)
from mineaction_qgis.core.atlas.items_accidents import RecordSources
from mineaction_qgis.core.common.styles import (
    apply_style,
    label_placement,
    never_overlapping,
    style_labels,
    translate_legend,
)
from mineaction_qgis.core.imsma.profile import DEFAULT_PROFILE, load_profile
from mineaction_qgis.i18n import ENGLISH, is_right_to_left, qm_path
from mineaction_qgis.paths import resource

TEMPLATES = ("a4_landscape", "a4_portrait", "a3_landscape")
DEFAULT_TEMPLATE = TEMPLATES[0]
LATIN_FONT = "Noto Sans"
ARABIC_TITLE_FONT = "Noto Naskh Arabic"
ARABIC_TEXT_FONT = "Noto Sans Arabic"
PAGE_FILTER = "\"page_key\" = attribute(@atlas_feature, 'page_key')"
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def template_path(template: str = "") -> Path:
    """A bundled template by name (``a4_landscape``...) or a user's ``.qpt`` path."""
    if not template:
        template = DEFAULT_TEMPLATE
    if template in TEMPLATES:
        return resource("templates", f"{template}.qpt")
    return Path(template)


def fonts_for(language: str) -> Tuple[str, str]:
    """(title font, text font) the page uses in ``language``."""
    if is_right_to_left(language):
        return ARABIC_TITLE_FONT, ARABIC_TEXT_FONT
    return LATIN_FONT, LATIN_FONT


def missing_fonts(families: Iterable[str]) -> List[str]:
    """The font families that are not installed (Qt would draw boxes or substitute silently)."""
    installed = {name.casefold() for name in QFontDatabase().families()}
    return sorted({name for name in families if name and name.casefold() not in installed})


class PageTranslator(QTranslator):
    """Translates the atlas's own texts into the page language, whatever the interface language.

    Installed last, it answers first: with the plugin's ``.qm`` of the page language
    for the atlas contexts, falling back to the English source text (never to the
    interface language), and it stays silent for every other context.
    """

    CONTEXTS = ("AtlasBuilder", "AtlasData", "AtlasRecords", "AtlasCommunities", "CodeList")

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self._inner = QTranslator()
        self.loaded = language == ENGLISH or self._inner.load(qm_path(language))

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context not in self.CONTEXTS:
            return None  # a null QString: Qt asks the next translator
        if self.language != ENGLISH:
            # PyQt5 passes const char* as str; hand the inner translator UTF-8 bytes back.
            def raw(text):
                return text.encode("utf-8") if isinstance(text, str) else text

            translated = self._inner.translate(raw(context), raw(source_text), raw(disambiguation), n)
            if translated:
                return translated
        return source_text

    def isEmpty(self) -> bool:
        return False

    def __enter__(self) -> "PageTranslator":
        QCoreApplication.installTranslator(self)
        return self

    def __exit__(self, *exc) -> None:
        QCoreApplication.removeTranslator(self)


@dataclass
class AtlasBook:
    """A built atlas: the layout and what must stay alive with it."""

    layout: QgsPrintLayout
    data: AtlasData
    project: QgsProject
    fonts: Set[str] = field(default_factory=set)

    @property
    def page_count(self) -> int:
        """Printed sheets (a hazard with a long table has several)."""
        return self.data.pages.featureCount()


# --- style labels in the page language ---------------------------------------------------


def _style(layer: QgsVectorLayer, name: str, labels: dict) -> None:
    apply_style(layer, name)
    translate_legend(layer, labels)


def _style_layers(data: AtlasData) -> None:
    labels = style_labels()
    _style(data.shapes, "tasks" if data.kind == KIND_TASK else "hazards", labels)
    _style(data.points, "points", labels)
    if data.evidence is not None:
        _style(data.evidence, "points", labels)  # for the labels; one legend row is enough for the symbol
        cross = QgsMarkerSymbol.createSimple(
            {"name": "cross2", "color": "192,0,0,255", "outline_color": "192,0,0,255", "size": "3"}
        )
        data.evidence.setRenderer(QgsSingleSymbolRenderer(cross))
    if data.releases is not None:
        _style(data.releases, "activities", labels)
    if data.gaps is not None:
        _style(data.gaps, "gaps", labels)
    if data.locations is not None:
        # On the overview a hazard is a few pixels: a marker shows where it is.
        marker = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "255,0,0,255", "outline_color": "255,255,255,255", "size": "2.4"}
        )
        data.locations.setRenderer(QgsSingleSymbolRenderer(marker))
    extra_sheets.style_layers(data)
    if data.governorates is not None:
        _style(data.governorates, "governorates", labels)
        if data.language != "en" and f"name_{data.language}" in data.governorates.fields().names():
            labeling = data.governorates.labeling()
            if labeling is not None:
                settings = labeling.settings()
                settings.fieldName = f'coalesce("name_{data.language}", "name")'
                settings.isExpression = True
                labeling.setSettings(settings)


# --- fonts, compatible with QGIS 3.22 (setFont) and 3.24+ (text formats) -------------------


def _set_label_font(label: QgsLayoutItemLabel, family: str) -> None:
    if hasattr(label, "textFormat") and hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        font = text_format.font()
        font.setFamily(family)
        text_format.setFont(font)
        label.setTextFormat(text_format)
    else:
        font = QFont(label.font())
        font.setFamily(family)
        label.setFont(font)


def _label_family(label: QgsLayoutItemLabel) -> str:
    if hasattr(label, "textFormat"):
        return label.textFormat().font().family()
    return label.font().family()


def _set_table_font(table: QgsLayoutTable, family: str) -> None:
    for getter, setter in (("headerTextFormat", "setHeaderTextFormat"), ("contentTextFormat", "setContentTextFormat")):
        text_format = getattr(table, getter)()
        font = text_format.font()
        font.setFamily(family)
        text_format.setFont(font)
        getattr(table, setter)(text_format)


# The legend's text styles a page's language restyles (font family, right alignment for RTL).
LEGEND_TEXT_STYLES = (
    QgsLegendStyle.Style.Title,
    QgsLegendStyle.Style.Group,
    QgsLegendStyle.Style.Subgroup,
    QgsLegendStyle.Style.SymbolLabel,
)


def _set_legend_font(legend: QgsLayoutItemLegend, family: str, scale: float = 1.0) -> None:
    """Set the legend's font family; ``scale`` shrinks it (Arabic fonts have taller lines)."""
    for style_name in LEGEND_TEXT_STYLES:
        style = legend.style(style_name)
        if hasattr(style, "textFormat"):
            text_format = style.textFormat()
            font = text_format.font()
            font.setFamily(family)
            text_format.setFont(font)
            text_format.setSize(text_format.size() * scale)
            style.setTextFormat(text_format)
        else:
            font = QFont(style.font())
            font.setFamily(family)
            font.setPointSizeF(font.pointSizeF() * scale)
            style.setFont(font)
        legend.setStyle(style_name, style)


# --- building: one function per page item --------------------------------------------------


SHEET_FILTER = "\"sheet_key\" = attribute(@atlas_feature, 'sheet_key')"
FIRST_SHEET = "attribute(@atlas_feature, 'sheet_no') = 1"
LATER_SHEET = "attribute(@atlas_feature, 'sheet_no') > 1"
# Records and community sheets (extra_sheets.py) print their own tables, not the turning points.
NOT_POINTS_SHEET = "coalesce(attribute(@atlas_feature, 'sheet_kind'), 'points') <> 'points'"
CONTINUATION_FRAME = "points_table_more"
CONTINUATION_HEADING = "points_heading_more"
MAP_ITEMS = ("main_map", "north_arrow", "scalebar", "legend", "overview_map", "attributes", "note")


@dataclass
class _Page:
    """What every item builder needs: the layout, the data and the book's choices."""

    layout: QgsPrintLayout
    data: AtlasData
    contact: str
    data_source: str
    fonts: Set[str] = field(default_factory=set)


def _item(layout: QgsPrintLayout, item_id: str):
    return layout.itemById(item_id)


def _table(layout: QgsPrintLayout, frame_id: str) -> Optional[QgsLayoutItemAttributeTable]:
    frame = layout.itemById(frame_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
        return frame.multiFrame()
    return None


def _exclude_when(item: Optional[QgsLayoutObject], expression: str) -> None:
    if item is not None:
        item.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.ExcludeFromExports, QgsProperty.fromExpression(expression)
        )


def _rect(item: QgsLayoutItem) -> QRectF:
    """An item's rectangle on its page, in mm."""
    position = item.positionWithUnits()
    size = item.sizeWithUnits()
    return QRectF(position.x(), position.y(), size.width(), size.height())


def _columns(table: QgsLayoutTable, total: float, spec: Sequence[Tuple[str, str, float]]) -> None:
    """Columns ``(attribute, heading, weight)`` sharing the width ``total`` (mm), in reading order."""
    usable = total - len(spec) * 2 * table.cellMargin() - (len(spec) + 1) * table.gridStrokeWidth()
    weights = sum(weight for _, _, weight in spec)
    columns = []
    for attribute, heading, weight in spec:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(f'"{attribute}"')
        column.setWidth(max(1.0, usable * weight / weights))
        columns.append(column)
    table.setColumns(columns)


def point_columns(with_mgrs: bool = False) -> List[Tuple[str, str, float]]:
    """(attribute, heading, relative width) of the turning-point table, in reading order."""
    columns = [
        ("seq", QCoreApplication.translate("AtlasBuilder", "No."), 0.4),
        ("short_id", QCoreApplication.translate("AtlasBuilder", "Point"), 0.75),
        ("type_label", QCoreApplication.translate("AtlasBuilder", "Type"), 1.2),
        ("lat_dms", QCoreApplication.translate("AtlasBuilder", "Latitude (DMS)"), 1.35),
        ("lon_dms", QCoreApplication.translate("AtlasBuilder", "Longitude (DMS)"), 1.35),
        ("lat_dd", QCoreApplication.translate("AtlasBuilder", "Latitude (°)"), 1.0),
        ("lon_dd", QCoreApplication.translate("AtlasBuilder", "Longitude (°)"), 1.0),
        ("easting", QCoreApplication.translate("AtlasBuilder", "Easting (m)"), 0.85),
        ("northing", QCoreApplication.translate("AtlasBuilder", "Northing (m)"), 0.9),
        ("bearing", QCoreApplication.translate("AtlasBuilder", "True bearing (°)"), 0.8),
        ("magnetic", QCoreApplication.translate("AtlasBuilder", "Magnetic bearing (°)"), 0.95),
        ("distance", QCoreApplication.translate("AtlasBuilder", "Distance (m)"), 0.8),
    ]
    if with_mgrs:
        columns.insert(9, ("mgrs", QCoreApplication.translate("AtlasBuilder", "MGRS"), 1.5))
    return columns


def _frame_widths(layout: QgsPrintLayout) -> dict:
    """Widths (mm) of the table frames as the template has them: frames follow their content once filled."""
    return {
        frame_id: layout.itemById(frame_id).sizeWithUnits().width()
        for frame_id in ("attributes", "points_table", CONTINUATION_FRAME)
        if layout.itemById(frame_id) is not None
    }


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load_template(layout: QgsPrintLayout, template: str = "") -> None:
    path = template_path(template)
    document = QDomDocument()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        message = QCoreApplication.translate("AtlasBuilder", "Cannot read the layout template {path}: {error}")
        raise ValueError(message.format(path=str(path), error=str(error))) from error
    document.setContent(text)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok or layout.itemById("main_map") is None:
        raise ValueError(
            QCoreApplication.translate(
                "AtlasBuilder", "The layout template {path} has no map item with the ID main_map."
            ).format(path=str(path))
        )


def _main_map(page: _Page) -> None:
    main_map: QgsLayoutItemMap = _item(page.layout, "main_map")
    data = page.data
    main_map.setCrs(data.map_crs)
    # Each hazard is drawn in its own UTM zone, so that the grid is the one its table's eastings use.
    main_map.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.MapCrs, QgsProperty.fromField("map_crs")
    )
    # Governorate boundaries are for the overview: at a hazard's scale they only cost drawing time.
    drawn = extra_sheets.map_layers(data) + [data.points, data.evidence, data.gaps, data.releases, data.shapes]
    main_map.setLayers([layer for layer in drawn if layer])
    main_map.setKeepLayerSet(True)
    main_map.setAtlasDriven(True)


def _scalebar(page: _Page) -> None:
    scalebar = _item(page.layout, "scalebar")
    if isinstance(scalebar, QgsLayoutItemScaleBar):
        scalebar.setLinkedMap(_item(page.layout, "main_map"))
        scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        scalebar.setUnitLabel(QCoreApplication.translate("AtlasBuilder", "m"))
        page.fonts.add(scalebar.textFormat().font().family())


def _north_arrow(page: _Page) -> None:
    north = _item(page.layout, "north_arrow")
    if isinstance(north, QgsLayoutItemPicture):
        north.setLinkedMap(_item(page.layout, "main_map"))
        north.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)  # UTM grid north differs by the convergence


def _overview_map(page: _Page) -> None:
    overview = _item(page.layout, "overview_map")
    if not isinstance(overview, QgsLayoutItemMap):
        return
    data = page.data
    overview.setCrs(data.map_crs)
    # At a governorate's scale a hazard is a few pixels: its dot (locations) shows it.
    overview.setLayers([layer for layer in (data.locations, data.governorates) if layer])
    overview.setKeepLayerSet(True)
    overview.setAtlasDriven(False)
    properties = overview.dataDefinedProperties()
    for prop, field_name in (
        (QgsLayoutObject.DataDefinedProperty.MapXMin, "ov_xmin"),
        (QgsLayoutObject.DataDefinedProperty.MapYMin, "ov_ymin"),
        (QgsLayoutObject.DataDefinedProperty.MapXMax, "ov_xmax"),
        (QgsLayoutObject.DataDefinedProperty.MapYMax, "ov_ymax"),
    ):
        properties.setProperty(prop, QgsProperty.fromField(field_name))
    for index in range(overview.overviews().size()):
        overview.overviews().overview(index).setLinkedMap(_item(page.layout, "main_map"))


def _legend(page: _Page) -> None:
    legend = _item(page.layout, "legend")
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    data = page.data
    legend.setTitle(QCoreApplication.translate("AtlasBuilder", "Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in [data.shapes, data.releases, data.gaps, data.points, data.evidence] + extra_sheets.map_layers(data):
        if layer is not None:
            root.addLayer(layer)
    legend.setLinkedMap(_item(page.layout, "main_map"))
    legend.setLegendFilterByMapEnabled(True)


def _attributes(page: _Page, width: float) -> None:
    attributes = _table(page.layout, "attributes")
    if attributes is None:
        return
    # Filters before the layer: a table refreshes on setVectorLayer, and unfiltered it would lay out every row.
    attributes.setFilterToAtlasFeature(True)  # rows near the page, through the spatial index...
    attributes.setFilterFeatures(True)
    attributes.setFeatureFilter(f"{FIRST_SHEET} AND {PAGE_FILTER}")  # ...then the page's own, on its first sheet
    attributes.setVectorLayer(page.data.attributes)
    attributes.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
    _columns(attributes, width, [("label", "", 1.0), ("value", "", 1.25)])
    _sort_by_seq(attributes)  # rows that share one point come out of the spatial index in any order
    attributes.setMaximumNumberOfFeatures(50)


def _fill_points_table(table: QgsLayoutItemAttributeTable, page: _Page, width: float, sheets: str) -> None:
    """The table's rows: the sheet's own, and none at all on the sheets where its frame is not printed."""
    # Filters before the layer: a table refreshes on setVectorLayer, and unfiltered it would lay out every row.
    table.setFilterToAtlasFeature(True)  # rows near the page, through the spatial index...
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"{sheets} AND {SHEET_FILTER}")  # ...then the sheet's own, in table order
    table.setVectorLayer(page.data.points)
    _columns(table, width, point_columns(page.data.with_mgrs))
    table.setMaximumNumberOfFeatures(100000)
    table.setEmptyTableMessage(QCoreApplication.translate("AtlasBuilder", "No points recorded."))


def _sort_by_seq(table: QgsLayoutItemAttributeTable) -> None:
    """Rows in table order (``seq``), whatever order the spatial index hands them over in."""
    column = QgsLayoutTableColumn()
    column.setAttribute('"seq"')
    column.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([column])


def _points_table(page: _Page, width: float) -> None:
    table = _table(page.layout, "points_table")
    if table is None:
        return
    _fill_points_table(table, page, width, FIRST_SHEET)
    _sort_by_seq(table)
    _exclude_when(page.layout.itemById("points_table"), f"{LATER_SHEET} OR {NOT_POINTS_SHEET}")
    page.fonts.add(table.contentTextFormat().font().family())


def _line_mm(language: str) -> float:
    """Height of a line of the table heading: Arabic-script fonts stand taller than Latin ones."""
    return 7.5 if is_right_to_left(language) else 5.0


def _continuation_area(layout: QgsPrintLayout) -> QRectF:
    """Where a continuation sheet's table goes: below the titles, above the disclaimer and footer."""
    page_size = layout.pageCollection().page(0).pageSize()
    top = _rect(_item(layout, "main_map")).top()
    bottom = page_size.height() - 10.0
    for item_id in ("disclaimer", "footer"):
        item = _item(layout, item_id)
        if item is not None:
            bottom = min(bottom, _rect(item).top() - 1.5)
    title = _item(layout, "title")
    left, width = (_rect(title).left(), _rect(title).width()) if title is not None else (8.0, page_size.width() - 16)
    return QRectF(left, top, width, bottom - top)


def _continuation_table(page: _Page) -> None:
    """A table frame for the sheets that continue a hazard's table, and its heading: created, not templated."""
    template_table = _table(page.layout, "points_table")
    if template_table is None:
        return
    layout = page.layout
    area = _continuation_area(layout)
    heading = QgsLayoutItemLabel(layout)
    heading.setId(CONTINUATION_HEADING)
    template_heading = _item(layout, "points_heading")
    if isinstance(template_heading, QgsLayoutItemLabel):
        _copy_label_format(template_heading, heading)
    layout.addLayoutItem(heading)
    heading.attemptMove(QgsLayoutPoint(area.left(), area.top(), MM))
    heading.attemptResize(QgsLayoutSize(area.width(), 2 * _line_mm(page.data.language), MM))
    heading_height = _heading_lines(page, heading, continued=True) * _line_mm(page.data.language)
    heading.attemptResize(QgsLayoutSize(area.width(), heading_height, MM))
    _exclude_when(heading, f"{FIRST_SHEET} OR {NOT_POINTS_SHEET}")
    table = QgsLayoutItemAttributeTable(layout)
    layout.addMultiFrame(table)
    table.setHeaderTextFormat(template_table.headerTextFormat())
    table.setContentTextFormat(template_table.contentTextFormat())
    table.setCellMargin(template_table.cellMargin())
    table.setGridStrokeWidth(template_table.gridStrokeWidth())
    table.setShowGrid(template_table.showGrid())
    table.setWrapBehavior(template_table.wrapBehavior())  # long headings wrap as on the first sheet, never clipped
    table.setHeaderMode(template_table.headerMode())
    table.setHeaderHAlignment(template_table.headerHAlignment())
    frame = QgsLayoutFrame(layout, table)
    frame.setId(CONTINUATION_FRAME)
    frame.attemptMove(QgsLayoutPoint(area.left(), area.top() + heading_height, MM))
    frame.attemptResize(QgsLayoutSize(area.width(), area.height() - heading_height, MM))
    table.addFrame(frame)
    _fill_points_table(table, page, area.width(), LATER_SHEET)
    _sort_by_seq(table)
    _exclude_when(frame, f"{FIRST_SHEET} OR {NOT_POINTS_SHEET}")


def _copy_label_format(source: QgsLayoutItemLabel, target: QgsLayoutItemLabel) -> None:
    if hasattr(source, "textFormat") and hasattr(target, "setTextFormat"):
        target.setTextFormat(source.textFormat())
    else:
        target.setFont(source.font())
        target.setFontColor(source.fontColor())


def _as_expression(text: str, fields: dict) -> str:
    """A translated text with ``{name}`` placeholders as an expression joining it with the fields ``fields[name]``."""
    parts = re.split(r"\{(\w+)\}", text)
    joined = [
        f"to_string({fields[part]})" if index % 2 else _quote(part)
        for index, part in enumerate(parts)
        if index % 2 or part
    ]
    return " || ".join(joined) or "''"


def _heading_strings() -> Tuple[str, str, str]:
    """The table heading, and the templates of its first sheet's and continuation sheets' range texts: what is
    printed (``_heading_texts``) and what its height is measured with (``_heading_lines``)."""
    return (
        QCoreApplication.translate("AtlasBuilder", "Turning points, benchmark and reference point"),
        QCoreApplication.translate("AtlasBuilder", "points {first}–{last} of {count}, continued on the next sheet"),
        QCoreApplication.translate(
            "AtlasBuilder", "continued: points {first}–{last} of {count}, sheet {sheet} of {sheets} of this hazard"
        ),
    )


def _heading_texts() -> Tuple[str, str]:
    """(first sheet, continuation sheet) heading of the table, with the grid line beneath."""
    heading, more, continued = _heading_strings()
    fields = {
        "first": '"first_row"',
        "last": '"last_row"',
        "count": '"points_count"',
        "sheet": '"sheet_no"',
        "sheets": '"sheet_count"',
    }
    table_note = "[% if(coalesce(\"table_note\", '') <> '', ' – ' || \"table_note\", '') %]"
    first = (
        f"{heading}[% if(\"last_row\" < \"points_count\", ' – ' || {_as_expression(more, fields)}, '') %]{table_note}"
        '\n[% "grid_text" %]'
    )
    second = f'{heading} – [% {_as_expression(continued, fields)} %]\n[% "grid_text" %]'
    return first, second


def disclaimer_text(contact: str) -> str:
    """The warning every sheet carries, with whom to contact and the date the boundaries were recorded on."""
    contact = contact or QCoreApplication.translate(
        "AtlasBuilder", "the national mine action authority (DMA, or IKMAA in the Kurdistan Region)"
    )
    return QCoreApplication.translate(
        "AtlasBuilder",
        "DANGER: do not enter hazardous areas. Boundaries and points are as recorded on {doi} in the national mine "
        "action database; land outside them is not guaranteed free of explosive ordnance. Before entering, contact "
        "{contact}.",
    ).format(doi='[% "doi" %]', contact=contact.replace("[%", "[ %"))


def _texts(page: _Page) -> None:
    first_heading, continued_heading = _heading_texts()
    today = date.today().isoformat()
    footer = QCoreApplication.translate(
        "AtlasBuilder", "Printed {date} · Page {page} of {pages} · Data source: {source}"
    ).format(
        date=today,
        page="[% @atlas_featurenumber %]",
        pages="[% @atlas_totalfeatures %]",
        source=page.data_source or QCoreApplication.translate("AtlasBuilder", "national mine action database"),
    )
    texts = {
        "title": '[% "title" %]',
        "title_en": '[% "title_en" %]',
        "note": '[% "note" %]',
        "points_heading": first_heading,
        CONTINUATION_HEADING: continued_heading,
        "disclaimer": disclaimer_text(page.contact),
        "footer": footer,
    }
    for item_id, text in texts.items():
        label = _item(page.layout, item_id)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(text)
            page.fonts.add(_label_family(label))
    heading = _item(page.layout, "points_heading")
    frame = _item(page.layout, "points_table")
    if isinstance(heading, QgsLayoutItemLabel) and frame is not None:
        # Room for the grid line, and for each line the heading wraps onto on a narrow page (A4 portrait).
        extra = _heading_lines(page, heading) - 1
        _move_border(heading, frame, extra * _line_mm(page.data.language))
    note = _item(page.layout, "note")
    if isinstance(note, QgsLayoutItemLabel):
        note.setBackgroundEnabled(True)
        _exclude_when(note, '"note" IS NULL OR "note" = \'\' OR ' + LATER_SHEET)


def _label_font(label: QgsLayoutItemLabel) -> QFont:
    """The label's font at its printed size (QGIS 3.22: ``font()``; 3.24+: the text format's)."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        if text_format.sizeUnit() == QgsUnitTypes.RenderUnit.RenderPoints:
            font.setPointSizeF(text_format.size())
        return font
    return QFont(label.font())


def _heading_lines(page: _Page, label: QgsLayoutItemLabel, continued: bool = False) -> int:
    """Lines a table heading takes with its longest texts: the heading with its sheet numbers, then the grid line."""
    width = _rect(label).width() - 2 * label.marginX()
    font = _label_font(label)
    heading, first_sheet, later_sheet = _heading_strings()
    if continued:
        more = later_sheet.format(first=888, last=888, count=888, sheet=88, sheets=88)
    else:
        more = first_sheet.format(first=1, last=888, count=888)
    grids = [record.grid_text for record in page.data.records] or [""]
    lines = 0
    for text in (f"{heading} – {more}", max(grids, key=lambda grid: QgsLayoutUtils.textWidthMM(font, grid))):
        # words wrap whole: a line a little shorter than the label may still wrap
        lines += max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, text) * 1.08 / max(width, 1.0)))
    return lines


def _move_border(above: QgsLayoutItem, below: QgsLayoutItem, extra: float) -> None:
    """Grow ``above`` downwards by ``extra`` mm into ``below``, which keeps its bottom edge."""
    rect = _rect(above)
    above.attemptResize(QgsLayoutSize(rect.width(), rect.height() + extra, MM))
    rect = _rect(below)
    below.attemptMove(QgsLayoutPoint(rect.left(), rect.top() + extra, MM))
    below.attemptResize(QgsLayoutSize(rect.width(), rect.height() - extra, MM))


def _first_sheet_only(page: _Page) -> None:
    """The map and what explains it are on a hazard's first sheet; its continuation sheets hold the table."""
    no_geometry = '"has_geometry" = 0'
    for item_id in MAP_ITEMS:
        item = _item(page.layout, item_id)
        if item is None or item_id == "note":
            continue
        if item_id in ("main_map", "north_arrow", "scalebar", "legend"):
            _exclude_when(item, f"{no_geometry} OR {LATER_SHEET}")
        else:
            _exclude_when(item, LATER_SHEET)
    heading = _item(page.layout, "points_heading")
    _exclude_when(heading, f"{LATER_SHEET} OR {NOT_POINTS_SHEET}")


def _right_to_left(page: _Page) -> None:
    """The one right-to-left pass: mirror the page, reverse the tables, right-align and set Arabic-script fonts."""
    layout = page.layout
    title_font, text_font = fonts_for(page.data.language)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            item.setHAlign(Qt.AlignmentFlag.AlignRight)
            family = {"title": title_font, "title_en": LATIN_FONT}.get(item.id(), text_font)
            _set_label_font(item, family)
        elif isinstance(item, QgsLayoutItemLegend):
            item.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
            item.setTitleAlignment(Qt.AlignmentFlag.AlignRight)
            for style_name in LEGEND_TEXT_STYLES:
                style = item.style(style_name)
                style.setAlignment(Qt.AlignmentFlag.AlignRight)
                item.setStyle(style_name, style)
            _set_legend_font(item, text_font, scale=0.85)
    for table in layout.multiFrames():
        if isinstance(table, QgsLayoutItemAttributeTable):
            columns = list(reversed(table.columns()))
            for column in columns:
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            table.setColumns(columns)
            _set_table_font(table, text_font)
    _mirror(layout)
    for layer in [page.data.points, page.data.evidence, page.data.governorates] + extra_sheets.map_layers(page.data):
        if layer is None or layer.labeling() is None:
            continue
        settings = layer.labeling().settings()
        text_format = settings.format()
        text_format.setFont(QFont(text_font))
        settings.setFormat(text_format)
        layer.labeling().setSettings(settings)


def _mirror(layout: QgsPrintLayout) -> None:
    """Flip every item left-right on its page, for right-to-left reading.

    Items are anchored at their upper-right corner afterwards, so an item that grows
    with its content (a scale bar) grows leftwards, as the reading does.
    """
    page_width = layout.pageCollection().page(0).pageSize().width()
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or isinstance(item, QgsLayoutItemPage):
            continue
        item.setReferencePoint(QgsLayoutItem.ReferencePoint.UpperLeft)
        left = layout.convertToLayoutUnits(item.positionWithUnits()).x()
        top = layout.convertToLayoutUnits(item.positionWithUnits()).y()
        item.setReferencePoint(QgsLayoutItem.ReferencePoint.UpperRight)
        item.attemptMove(QgsLayoutPoint(page_width - left, top, MM), useReferencePoint=True)


def _calibration_layer(rows: int) -> QgsVectorLayer:
    """``rows`` rows as tall as the tallest the table can hold (longest type name of the language)."""
    layer = memory_layer("Point", "calibration", POINT_FIELDS)
    longest = max(value_labels().values(), key=len)
    features = []
    for number in range(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["00°00'00.00\"N 0000"[:12]] * len(POINT_FIELDS))
        feature["seq"] = number + 1
        feature["type_label"] = longest
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _rows_that_fit(layout: QgsPrintLayout, frame_id: str) -> int:
    """Rows of the table in ``frame_id`` that fit its frame, measured by QGIS's own table layout.

    A probe table with the same fonts, margins, columns and frame size is filled with
    calibration rows as tall as any real row (the longest type name of the language), and
    the largest count that still fits one frame is searched. The probe is removed again;
    the real table never lays out more than its sheet's rows.
    """
    frame = layout.itemById(frame_id)
    source = _table(layout, frame_id)
    if source is None or frame is None:
        return DEFAULT_CAPACITY[0]
    probe = QgsLayoutItemAttributeTable(layout)
    layout.addMultiFrame(probe)
    probe.setHeaderTextFormat(source.headerTextFormat())
    probe.setContentTextFormat(source.contentTextFormat())
    probe.setCellMargin(source.cellMargin())
    probe.setGridStrokeWidth(source.gridStrokeWidth())
    probe.setShowGrid(source.showGrid())
    probe.setHeaderMode(source.headerMode())
    probe.setWrapBehavior(source.wrapBehavior())
    probe_frame = QgsLayoutFrame(layout, probe)
    probe_frame.attemptResize(frame.sizeWithUnits())
    probe.addFrame(probe_frame)
    calibration = _calibration_layer(400)  # referenced here: the table does not keep it alive
    probe.setVectorLayer(calibration)
    probe.setColumns([QgsLayoutTableColumn(column) for column in source.columns()])
    height = frame.sizeWithUnits().height()

    def fits(rows: int) -> bool:
        probe.setMaximumNumberOfFeatures(rows)
        probe.refresh()
        return probe.totalHeight() <= height + 0.01

    low, high = 0, 400  # fits(low) holds (an empty table)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    layout.removeMultiFrame(probe)
    layout.removeLayoutItem(probe_frame)
    return max(1, low)


def table_capacity(layout: QgsPrintLayout) -> Tuple[int, int]:
    """(rows on a hazard's first sheet, rows on each continuation sheet) of a built layout."""
    first = _rows_that_fit(layout, "points_table")
    rest = _rows_that_fit(layout, CONTINUATION_FRAME) if layout.itemById(CONTINUATION_FRAME) else first
    return first, max(first, rest)


OWN_POINTS = "\"page_id\" = attribute(@atlas_feature, 'page_id')"


def _own_points_only(data: AtlasData) -> None:
    """The main map draws and labels the page's own points, not a neighbour's.

    A neighbour's ``TP3`` beside this hazard's would be read as this hazard's (its table
    does not list it), and a page drawn at a national scale (a hazard whose points lie far
    apart) would otherwise draw and label every point of the country. The filter is
    part of the rules, so QGIS fetches only these points through the spatial index.
    """
    for layer in (data.points, data.evidence):
        if layer is None:
            continue
        renderer = layer.renderer()
        if not isinstance(renderer, QgsRuleBasedRenderer):
            renderer = QgsRuleBasedRenderer.convertFromRenderer(renderer)
            layer.setRenderer(renderer)
        for rule in renderer.rootRule().children():
            expression = rule.filterExpression()
            rule.setFilterExpression(f"({expression}) AND {OWN_POINTS}" if expression else OWN_POINTS)


LABEL_PRIORITY = (
    "CASE WHEN \"point_type\" NOT IN ('Turning point', 'Intermediate point', 'End Point') THEN 10 "
    "WHEN to_int(regexp_substr(\"short_id\", 'TP(\\\\d+)$')) % 5 = 0 THEN 8 ELSE 5 END"
)


def _points_labels(data: AtlasData) -> None:
    """Map labels: the short ID a team says, placed around the point clear of other labels and points."""
    for layer in (data.points, data.evidence):
        if layer is None or layer.labeling() is None:
            continue
        settings = layer.labeling().settings()
        settings.fieldName = "short_id"
        settings.isExpression = False
        settings.placement = label_placement().AroundPoint  # the most candidate positions
        settings.dist = 0.5
        settings.priority = 5
        # Where a ring is too dense for every label, the approach points, the start point and every fifth
        # turning point are placed first: the labels left are regular, so a team can count between them.
        settings.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(LABEL_PRIORITY)
        )
        never_overlapping(settings)  # a label that finds no room is left off
        text_format = settings.format()
        text_format.setSize(6.0)  # dense rings: 6 pt places about a fifth more labels than 7 pt
        settings.setFormat(text_format)
        layer.labeling().setSettings(settings)


def build_layout(
    project: QgsProject,
    data: AtlasData,
    template: str = "",
    data_source: str = "",
    name: str = "",
    contact: str = "",
) -> AtlasBook:
    """Build the atlas layout on ``project`` (the layers are added to it, not to its legend tree).

    The tables' sheets are laid out again (``paginate``) when the template holds another
    number of rows than ``data`` was prepared for, so that no point is ever left off.
    """
    for layer in data.layers() + [data.attributes]:
        project.addMapLayer(layer, False)
    _style_layers(data)
    _own_points_only(data)
    _points_labels(data)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    load_template(layout, template)
    layout.setName(name or QCoreApplication.translate("AtlasBuilder", "Atlas"))
    page = _Page(layout=layout, data=data, contact=contact, data_source=data_source)
    widths = _frame_widths(layout)
    _main_map(page)
    _scalebar(page)
    _north_arrow(page)
    _overview_map(page)
    _legend(page)
    _attributes(page, widths.get("attributes", 0.0))
    _points_table(page, widths.get("points_table", 0.0))
    _continuation_table(page)
    _texts(page)
    extra_sheets.add_tables(page)
    _first_sheet_only(page)
    if is_right_to_left(data.language):
        _right_to_left(page)
    page.data = data = paginate(data, table_capacity(layout))
    _fonts_in_use(page)
    atlas = layout.atlas()
    atlas.setCoverageLayer(data.pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(True)
    atlas.setPageNameExpression('"sheet_key"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page_no"')
    atlas.setSortAscending(True)
    atlas.setFilenameExpression('"file_name"')
    return AtlasBook(layout=layout, data=data, project=project, fonts={f for f in page.fonts if f})


@dataclass
class BookInputs:
    """What a map book is made of: the algorithm's parameters, as the dialog collects them too."""

    coverage: QgsFeatureSource
    language: str = ENGLISH
    points: Optional[QgsFeatureSource] = None
    releases: Optional[QgsFeatureSource] = None
    gaps: Optional[QgsFeatureSource] = None
    governorates: Optional[QgsFeatureSource] = None
    filter_expression: str = ""
    sort_expression: str = ""
    title: str = ""
    template: str = ""
    data_source: str = ""
    contact: str = ""  # overrides the profile's atlas contact
    profile: str = ""  # mapping profile (bundled name or JSON path) naming the contact; the default profile if ""
    with_mgrs: bool = False
    keep_layers: Optional[Path] = None  # a new GeoPackage for a layout that outlives the session
    records: Optional[RecordSources] = None  # items, spot tasks, accidents, victims of the hazard pages
    communities: Optional[QgsFeatureSource] = None  # the register's locations, named on community pages
    community_pages: bool = False


def make_book(
    project: QgsProject,
    inputs: BookInputs,
    context: Optional[QgsCoordinateTransformContext] = None,
    feedback: Optional[QgsFeedback] = None,
) -> AtlasBook:
    """The one pipeline of ``mineaction:atlas`` and the atlas dialog: page data, kept layers, layout.

    Installs the translator of the page language while it works. Raises ``AtlasError`` (or
    ``ValueError`` for a template) with a message the user can act on.
    """
    context = context or QgsCoordinateTransformContext()
    contact = book_contact(inputs.contact, inputs.profile, inputs.language)  # a bad profile fails before the work
    with PageTranslator(inputs.language):
        data = prepare_atlas_data(
            inputs.coverage,
            inputs.language,
            points=inputs.points,
            releases=inputs.releases,
            gaps=inputs.gaps,
            governorates=inputs.governorates,
            filter_expression=inputs.filter_expression,
            sort_expression=inputs.sort_expression,
            title=inputs.title,
            context=context,
            feedback=feedback,
            with_mgrs=inputs.with_mgrs,
            record_sources=inputs.records,
            communities_source=inputs.communities,
            community_pages=inputs.community_pages,
        )
        if inputs.keep_layers is not None:
            data = save_atlas_layers(data, inputs.keep_layers, context)
            mark_helper_layers(data.layers() + [data.attributes])
        return build_layout(project, data, inputs.template, data_source=inputs.data_source, contact=contact)


def book_contact(contact: str, profile: str, language: str) -> str:
    """Whom the warning names: ``contact`` when given, else the mapping profile's (``atlas.contact``), else ""
    (the disclaimer then names the national authority). Raises ``AtlasError`` for a profile that cannot be read."""
    if contact.strip():
        return contact.strip()
    try:
        return load_profile(profile or None).contact(language)
    except (OSError, ValueError) as error:
        message = QCoreApplication.translate("AtlasBuilder", "Cannot read the mapping profile '{profile}': {error}")
        raise AtlasError(message.format(profile=profile or DEFAULT_PROFILE, error=str(error))) from error


HELPER_PROPERTY = "mineaction/atlas_helper"


def mark_helper_layers(layers) -> None:
    """Flag the layers of a kept layout: no picker offers them, QGIS keeps them out of its layer tree."""
    for layer in layers:
        if layer is None:
            continue
        layer.setCustomProperty(HELPER_PROPERTY, True)
        layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)


def is_helper_layer(layer: QgsMapLayer) -> bool:
    """True for a layer of an atlas layout kept in a project (saved projects keep the flag)."""
    value = layer.customProperty(HELPER_PROPERTY, False)
    return str(value).lower() in ("true", "1")


def _fonts_in_use(page: _Page) -> None:
    for item in page.layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            page.fonts.add(_label_family(item))
        elif isinstance(item, QgsLayoutItemLegend):
            style = item.style(QgsLegendStyle.Style.SymbolLabel)
            font = style.textFormat().font() if hasattr(style, "textFormat") else style.font()
            page.fonts.add(font.family())
    for table in page.layout.multiFrames():
        if isinstance(table, QgsLayoutTable):
            page.fonts.add(table.contentTextFormat().font().family())


def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.simplifyGeometries = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # Qgis.TextRenderFormat exists from 3.22
    return settings


def export_pdf(book: AtlasBook, path: Path, dpi: int = 300, feedback=None) -> int:
    """Every page into one PDF; returns the number of pages. Raises RuntimeError on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atlas = book.layout.atlas()
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), _pdf_settings(dpi), feedback)
    if result != QgsLayoutExporter.ExportResult.Success:
        if feedback is not None and feedback.isCanceled():
            return 0
        message = QCoreApplication.translate("AtlasBuilder", "The PDF could not be written to {path}.")
        raise RuntimeError(error or message.format(path=str(path)))
    return atlas.count()


def export_pdfs(book: AtlasBook, folder: Path, dpi: int = 300, feedback=None) -> List[Path]:
    """One PDF per hazard (all its sheets) into ``folder``, each named by the feature's ID; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    atlas = book.layout.atlas()
    files = []
    try:
        for record in book.data.records:
            if feedback is not None and feedback.isCanceled():
                return []
            atlas.setFilterFeatures(True)
            atlas.setFilterExpression(f'"page_key" = {_quote(record.file_name)}')
            path = folder / f"{record.file_name}.pdf"
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), _pdf_settings(dpi))
            if result != QgsLayoutExporter.ExportResult.Success:
                message = QCoreApplication.translate("AtlasBuilder", "The PDF files could not be written to {path}.")
                raise RuntimeError(error or message.format(path=str(folder)))
            files.append(path)
    finally:
        atlas.setFilterFeatures(False)
        atlas.setFilterExpression("")
    return files
