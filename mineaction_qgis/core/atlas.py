"""Map atlas: a print layout from a ``.qpt`` template, one page per hazard or task.

The templates in ``resources/templates`` are ordinary QGIS layout templates. The
builder finds their items by ID and fills them (see docs/en/atlas.md, "Templates"):

``title``, ``title_en`` (labels), ``main_map`` (atlas-driven, with a coordinate grid),
``north_arrow``, ``scalebar``, ``note`` (label shown only on a page whose feature has
no or an invalid geometry), ``overview_map``, ``legend``, ``attributes`` and
``points_table`` (frames of attribute tables), ``points_heading``, ``disclaimer``,
``footer``. A missing item is simply not filled, so a user may delete what they do
not want. For Arabic and Sorani the whole page is mirrored (every item's position
flipped left-right, tables' column order reversed, text right-aligned) and the fonts
set to Noto Naskh Arabic (titles) and Noto Sans Arabic (text).

The caller installs the translator of the page language (``i18n.Translator``) while
building, so that the static texts come out in that language.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    Qgis,
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
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from mineaction_qgis.core.atlas_data import KIND_TASK, AtlasData
from mineaction_qgis.core.styles import apply_style
from mineaction_qgis.i18n import ENGLISH, is_right_to_left, qm_path
from mineaction_qgis.paths import resource

TEMPLATES = ("a4_landscape", "a4_portrait", "a3_landscape")
DEFAULT_TEMPLATE = TEMPLATES[0]
LATIN_FONT = "Noto Sans"
ARABIC_TITLE_FONT = "Noto Naskh Arabic"
ARABIC_TEXT_FONT = "Noto Sans Arabic"
PAGE_FILTER = "\"page_id\" = attribute(@atlas_feature, 'page_id')"
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

    CONTEXTS = ("AtlasBuilder", "AtlasData", "CodeList")

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self._inner = QTranslator()
        self.loaded = language == ENGLISH or self._inner.load(qm_path(language))

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt virtual)
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

    def isEmpty(self) -> bool:  # noqa: N802 (Qt virtual)
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
        return self.data.pages.featureCount()


# --- style labels in the page language ---------------------------------------------------


def style_labels() -> dict:
    """Legend labels of the bundled styles, in the page language."""
    return {
        "Classification": QCoreApplication.translate("AtlasBuilder", "Classification"),
        "CHA (confirmed hazardous area)": QCoreApplication.translate("AtlasBuilder", "CHA (confirmed hazardous area)"),
        "SHA (suspected hazardous area)": QCoreApplication.translate("AtlasBuilder", "SHA (suspected hazardous area)"),
        "Other classification": QCoreApplication.translate("AtlasBuilder", "Other classification"),
        "Status": QCoreApplication.translate("AtlasBuilder", "Status"),
        "Open": QCoreApplication.translate("AtlasBuilder", "Open"),
        "Worked On": QCoreApplication.translate("AtlasBuilder", "Worked On"),
        "Closed": QCoreApplication.translate("AtlasBuilder", "Closed"),
        "Handed Over": QCoreApplication.translate("AtlasBuilder", "Handed Over"),
        "Unknown status": QCoreApplication.translate("AtlasBuilder", "Unknown status"),
        "Cleared": QCoreApplication.translate("AtlasBuilder", "Cleared"),
        "Reduced": QCoreApplication.translate("AtlasBuilder", "Reduced"),
        "Cancelled": QCoreApplication.translate("AtlasBuilder", "Cancelled"),
        "No land released": QCoreApplication.translate("AtlasBuilder", "No land released"),
        "Planned or active task": QCoreApplication.translate("AtlasBuilder", "Planned or active task"),
        "Completed task": QCoreApplication.translate("AtlasBuilder", "Completed task"),
        "Cancelled task": QCoreApplication.translate("AtlasBuilder", "Cancelled task"),
        "Turning point": QCoreApplication.translate("AtlasBuilder", "Turning point"),
        "Start point": QCoreApplication.translate("AtlasBuilder", "Start point"),
        "Benchmark": QCoreApplication.translate("AtlasBuilder", "Benchmark"),
        "Reference point": QCoreApplication.translate("AtlasBuilder", "Reference point"),
        "Landmark": QCoreApplication.translate("AtlasBuilder", "Landmark"),
        "Evidence or usage point": QCoreApplication.translate("AtlasBuilder", "Evidence or usage point"),
        "Other point": QCoreApplication.translate("AtlasBuilder", "Other point"),
    }


def _style(layer: QgsVectorLayer, name: str, labels: dict) -> None:
    apply_style(layer, name)
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(labels.get(rule.label(), rule.label()))


def _style_layers(data: AtlasData) -> None:
    labels = style_labels()
    _style(data.shapes, "tasks" if data.kind == KIND_TASK else "hazards", labels)
    _style(data.points, "points", labels)
    if data.evidence is not None:
        _style(data.evidence, "points", labels)  # for the labels; one legend row is enough for the symbol
        cross = QgsMarkerSymbol.createSimple(
            {"name": "cross2", "color": "192,0,0,255", "outline_color": "192,0,0,255", "size": "3"})
        data.evidence.setRenderer(QgsSingleSymbolRenderer(cross))
    if data.releases is not None:
        _style(data.releases, "activities", labels)
    if data.gaps is not None:
        _style(data.gaps, "gaps", labels)
    if data.locations is not None:
        # On the overview a hazard is a few pixels: a marker shows where it is.
        marker = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "255,0,0,255", "outline_color": "255,255,255,255", "size": "2.4"})
        data.locations.setRenderer(QgsSingleSymbolRenderer(marker))
    if data.governorates is not None:
        _style(data.governorates, "governorates", labels)
        if data.language != "en" and f"name_{data.language}" in data.governorates.fields().names():
            labeling = data.governorates.labeling()
            if labeling is not None:
                settings = labeling.settings()
                settings.fieldName = f"coalesce(\"name_{data.language}\", \"name\")"
                settings.isExpression = True
                labeling.setSettings(settings)
    if is_right_to_left(data.language):
        _, text_font = fonts_for(data.language)
        for layer in (data.points, data.evidence, data.governorates):
            if layer is None or layer.labeling() is None:
                continue
            settings = layer.labeling().settings()
            text_format = settings.format()
            text_format.setFont(QFont(text_font))
            settings.setFormat(text_format)
            layer.labeling().setSettings(settings)


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


def _set_legend_font(legend: QgsLayoutItemLegend, family: str, scale: float = 1.0) -> None:
    """Set the legend's font family; ``scale`` shrinks it (Arabic fonts have taller lines)."""
    for style_name in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                       QgsLegendStyle.Style.SymbolLabel):
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


# --- building ----------------------------------------------------------------------------


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


def _columns(table: QgsLayoutTable, total: float, spec: Sequence[Tuple[str, str, float]], rtl: bool) -> None:
    """Columns ``(attribute, heading, weight)`` sharing the width ``total`` (mm); reversed for right-to-left."""
    usable = total - len(spec) * 2 * table.cellMargin() - (len(spec) + 1) * table.gridStrokeWidth()
    weights = sum(weight for _, _, weight in spec)
    columns = []
    for attribute, heading, weight in (reversed(spec) if rtl else spec):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(f'"{attribute}"')
        column.setWidth(max(1.0, usable * weight / weights))
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    table.setColumns(columns)


def point_columns() -> List[Tuple[str, str, float]]:
    """(attribute, heading, relative width) of the turning-point table, in reading order."""
    return [
        ("seq", QCoreApplication.translate("AtlasBuilder", "No."), 0.45),
        ("point_id", QCoreApplication.translate("AtlasBuilder", "Point ID"), 1.3),
        ("type_label", QCoreApplication.translate("AtlasBuilder", "Type"), 1.5),
        ("lat_dms", QCoreApplication.translate("AtlasBuilder", "Latitude (DMS)"), 1.45),
        ("lon_dms", QCoreApplication.translate("AtlasBuilder", "Longitude (DMS)"), 1.45),
        ("lat_dd", QCoreApplication.translate("AtlasBuilder", "Latitude (°)"), 1.05),
        ("lon_dd", QCoreApplication.translate("AtlasBuilder", "Longitude (°)"), 1.05),
        ("utm_zone", QCoreApplication.translate("AtlasBuilder", "UTM zone"), 0.7),
        ("easting", QCoreApplication.translate("AtlasBuilder", "Easting (m)"), 0.9),
        ("northing", QCoreApplication.translate("AtlasBuilder", "Northing (m)"), 0.95),
        ("bearing", QCoreApplication.translate("AtlasBuilder", "Bearing (°)"), 0.8),
        ("distance", QCoreApplication.translate("AtlasBuilder", "Distance (m)"), 0.85),
    ]


def _frame_widths(layout: QgsPrintLayout) -> dict:
    """Widths (mm) of the table frames as the template has them: frames follow their content once filled."""
    return {
        frame_id: layout.itemById(frame_id).sizeWithUnits().width()
        for frame_id in ("attributes", "points_table")
        if layout.itemById(frame_id) is not None
    }


def _table_capacity(layout: QgsPrintLayout, frame_id: str, table: QgsLayoutTable) -> int:
    """Rows that fit the table's frame (the rest is named in the heading)."""
    frame = layout.itemById(frame_id)
    text_format = table.contentTextFormat()
    line_mm = text_format.size() * 0.3528 * 1.6
    row_mm = line_mm + 2 * table.cellMargin() + table.gridStrokeWidth()
    header_mm = 2 * line_mm + 2 * table.cellMargin() + table.gridStrokeWidth()
    height = frame.sizeWithUnits().height() if frame is not None else 0
    return max(1, int((height - header_mm) // row_mm))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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


def load_template(layout: QgsPrintLayout, template: str = "") -> None:
    path = template_path(template)
    document = QDomDocument()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        message = QCoreApplication.translate("AtlasBuilder", "Cannot read the layout template {path}: {error}")
        raise ValueError(message.format(path=str(path), error=str(error)))
    document.setContent(text)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok or layout.itemById("main_map") is None:
        raise ValueError(
            QCoreApplication.translate(
                "AtlasBuilder", "The layout template {path} has no map item with the ID main_map."
            ).format(path=str(path))
        )


def build_layout(
    project: QgsProject, data: AtlasData, template: str = "", data_source: str = "", name: str = ""
) -> AtlasBook:
    """Build the atlas layout on ``project`` (the layers are added to it, not to its legend tree)."""
    for layer in data.layers() + [data.attributes]:
        project.addMapLayer(layer, False)
    _style_layers(data)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    load_template(layout, template)
    frame_widths = _frame_widths(layout)
    layout.setName(name or QCoreApplication.translate("AtlasBuilder", "Atlas"))
    rtl = is_right_to_left(data.language)
    title_font, text_font = fonts_for(data.language)
    fonts: Set[str] = set()

    no_geometry = '"has_geometry" = 0'
    main_map: QgsLayoutItemMap = _item(layout, "main_map")
    main_map.setCrs(data.map_crs)
    # Governorate boundaries are for the overview: at a hazard's scale they only cost drawing time.
    drawn = (data.points, data.evidence, data.gaps, data.releases, data.shapes)
    main_map.setLayers([layer for layer in drawn if layer])
    main_map.setKeepLayerSet(True)
    main_map.setAtlasDriven(True)
    _exclude_when(main_map, no_geometry)
    for item_id in ("north_arrow", "scalebar", "legend"):
        _exclude_when(_item(layout, item_id), no_geometry)
    scalebar = _item(layout, "scalebar")
    if isinstance(scalebar, QgsLayoutItemScaleBar):
        scalebar.setLinkedMap(main_map)
        scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        scalebar.setUnitLabel(QCoreApplication.translate("AtlasBuilder", "m"))
        fonts.add(scalebar.textFormat().font().family())
    north = _item(layout, "north_arrow")
    if isinstance(north, QgsLayoutItemPicture):
        north.setLinkedMap(main_map)
        north.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)  # UTM grid north differs by the convergence

    overview: QgsLayoutItemMap = _item(layout, "overview_map")
    if isinstance(overview, QgsLayoutItemMap):
        overview.setCrs(data.map_crs)
        # At a governorate's scale a hazard is a few pixels: its dot (locations) shows it, the polygons
        # would only cost drawing time.
        overview.setLayers([layer for layer in (data.locations, data.governorates) if layer])
        overview.setKeepLayerSet(True)
        overview.setAtlasDriven(False)
        properties = overview.dataDefinedProperties()
        for prop, field_name in ((QgsLayoutObject.DataDefinedProperty.MapXMin, "ov_xmin"),
                                 (QgsLayoutObject.DataDefinedProperty.MapYMin, "ov_ymin"),
                                 (QgsLayoutObject.DataDefinedProperty.MapXMax, "ov_xmax"),
                                 (QgsLayoutObject.DataDefinedProperty.MapYMax, "ov_ymax")):
            properties.setProperty(prop, QgsProperty.fromField(field_name))
        for index in range(overview.overviews().size()):
            overview.overviews().overview(index).setLinkedMap(main_map)

    legend = _item(layout, "legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setTitle(QCoreApplication.translate("AtlasBuilder", "Legend"))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in (data.shapes, data.releases, data.gaps, data.points, data.evidence):
            if layer is not None:
                root.addLayer(layer)
        legend.setLinkedMap(main_map)
        legend.setLegendFilterByMapEnabled(True)
        if rtl:
            legend.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
            legend.setTitleAlignment(Qt.AlignmentFlag.AlignRight)
            for style_name in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                               QgsLegendStyle.Style.SymbolLabel):
                style = legend.style(style_name)
                style.setAlignment(Qt.AlignmentFlag.AlignRight)
                legend.setStyle(style_name, style)
            _set_legend_font(legend, text_font, scale=0.85)
        label_style = legend.style(QgsLegendStyle.Style.SymbolLabel)
        label_font = label_style.textFormat().font() if hasattr(label_style, "textFormat") else label_style.font()
        fonts.add(label_font.family())

    attributes = _table(layout, "attributes")
    if attributes is not None:
        attributes.setVectorLayer(data.attributes)
        attributes.setFilterToAtlasFeature(True)  # rows near the page, through the spatial index...
        attributes.setFilterFeatures(True)
        attributes.setFeatureFilter(PAGE_FILTER)  # ...then the page's own
        attributes.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
        _columns(attributes, frame_widths["attributes"], [("label", "", 1.0), ("value", "", 1.25)], rtl)
        attributes.setMaximumNumberOfFeatures(50)
        if rtl:
            _set_table_font(attributes, text_font)
        fonts.add(attributes.contentTextFormat().font().family())

    points_table = _table(layout, "points_table")
    capacity = 0
    if points_table is not None:
        points_table.setVectorLayer(data.points)
        points_table.setFilterToAtlasFeature(True)  # rows near the page, through the spatial index...
        points_table.setFilterFeatures(True)
        points_table.setFeatureFilter(PAGE_FILTER)  # ...then the page's own
        _columns(points_table, frame_widths["points_table"], point_columns(), rtl)
        if rtl:
            _set_table_font(points_table, text_font)
        capacity = _table_capacity(layout, "points_table", points_table)
        points_table.setMaximumNumberOfFeatures(capacity)
        points_table.setEmptyTableMessage(QCoreApplication.translate("AtlasBuilder", "No points recorded."))
        fonts.add(points_table.contentTextFormat().font().family())

    today = date.today().isoformat()
    heading = QCoreApplication.translate("AtlasBuilder", "Turning points, benchmark and reference point")
    marker = "\u0000"
    shown = QCoreApplication.translate(
        "AtlasBuilder", "first {shown} of {count} points shown; the full list is in the points layer"
    ).format(
        shown=capacity, count=marker
    )
    before, _, after = shown.partition(marker)
    count_text = f"{_quote(' – ' + before)} || \"points_count\" || {_quote(after)}"
    texts = {
        "title": "[% \"title\" %]",
        "title_en": "[% \"title_en\" %]",
        "note": "[% \"note\" %]",
        "points_heading": f"{heading}[% if(\"points_count\" > {capacity}, {count_text}, '') %]",
        "disclaimer": QCoreApplication.translate(
            "AtlasBuilder",
            "Hazard boundaries and points are as recorded in the national mine action database on the date of "
            "information; they are not a guarantee that land outside them is free of explosive ordnance. "
            "Verify on the ground before entering."
        ),
        "footer": QCoreApplication.translate(
            "AtlasBuilder", "Printed {date} · Page {page} of {pages} · Data source: {source}"
        ).format(
            date=today, page="[% @atlas_featurenumber %]", pages="[% @atlas_totalfeatures %]",
            source=data_source or QCoreApplication.translate("AtlasBuilder", "national mine action database"),
        ),
    }
    for item_id, text in texts.items():
        label = _item(layout, item_id)
        if not isinstance(label, QgsLayoutItemLabel):
            continue
        label.setText(text)
        if rtl:
            label.setHAlign(Qt.AlignmentFlag.AlignRight)
            _set_label_font(label, title_font if item_id == "title" else text_font)
        fonts.add(_label_family(label))
    note = _item(layout, "note")
    if isinstance(note, QgsLayoutItemLabel):
        note.setBackgroundEnabled(True)
        _exclude_when(note, "\"note\" IS NULL OR \"note\" = ''")
    title_en = _item(layout, "title_en")
    if isinstance(title_en, QgsLayoutItemLabel) and rtl:
        title_en.setHAlign(Qt.AlignmentFlag.AlignRight)
        _set_label_font(title_en, LATIN_FONT)

    if rtl:
        _mirror(layout)
    atlas = layout.atlas()
    atlas.setCoverageLayer(data.pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(True)
    atlas.setPageNameExpression('"page_id"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page_no"')
    atlas.setSortAscending(True)
    atlas.setFilenameExpression('"file_name"')
    return AtlasBook(layout=layout, data=data, project=project, fonts={f for f in fonts if f})



def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.simplifyGeometries = True
    if hasattr(Qgis, "TextRenderFormat"):
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    else:
        settings.textRenderFormat = QgsRenderContext.TextRenderFormat.TextFormatAlwaysText
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
    """One PDF per page into ``folder``, each named by the feature's ID; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    atlas = book.layout.atlas()
    result, error = QgsLayoutExporter.exportToPdfs(atlas, str(folder / "atlas.pdf"), _pdf_settings(dpi), feedback)
    if result != QgsLayoutExporter.ExportResult.Success:
        if feedback is not None and feedback.isCanceled():
            return []
        message = QCoreApplication.translate("AtlasBuilder", "The PDF files could not be written to {path}.")
        raise RuntimeError(error or message.format(path=str(folder)))
    return [folder / f"{feature['file_name']}.pdf" for feature in book.data.pages.getFeatures()]
