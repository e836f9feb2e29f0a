"""The issue browser dock: list, filter, zoom to and review the findings of an issue layer.

It works on the issue table of ``mineaction:validatehazards`` (any of its map views or
its file): filters by rule, severity and governorate, and by "not yet reviewed" /
"new since the previous run"; zooms and flashes the canvas to a finding; writes the
``reviewed`` mark straight into the table, so the next run (PREVIOUS parameter) keeps it.
It does no validation itself: ``run_validation`` opens the algorithm's own dialog.
"""

from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mineaction_qgis import i18n
from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.issue_layers import (
    add_issue_layers,
    base_uri,
    is_issue_layer,
    project_views,
    register_issue_uri,
    sink_definition,
)
from mineaction_qgis.core.validation.report import severity_label
from mineaction_qgis.core.validation.rules import rule_by_code
from mineaction_qgis.core.validation.rules.base import SEVERITIES
from mineaction_qgis.ui import load_ui
from mineaction_qgis.ui.helpers import left_to_right, push_message

FORM_CLASS = load_ui("issue_browser")
OBJECT_NAME = "mMineActionIssueBrowser"
COLUMNS = ("hazard_id", "rule", "severity", "governorate", "value", "message")
ALL = "\u0000all"  # item data of the "all" entry of each filter
MIN_ZOOM_METRES = 200.0
MESSAGE_WIDTH = 320  # pixels: the message column scrolls rather than shrinking below this
DOCK_HEIGHT = 440  # pixels: the filters plus about eight findings


class IssueBrowser(QgsDockWidget):
    """Dock listing the findings of one issue table."""

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.setWindowTitle(self.tr("Validation issues"))
        self.panel = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.panel)
        self.setWidget(self.panel)
        self.setLayoutDirection(i18n.layout_direction())
        self.uri = ""  # the issue table shown; opened only while it is read or written (see ``layer``)
        self.crs = QgsCoordinateReferenceSystem()
        self.rows: List[Dict] = []
        headers = [
            self.tr("Hazard"),
            self.tr("Rule"),
            self.tr("Severity"),
            self.tr("Governorate"),
            self.tr("Value"),
            self.tr("Message"),
        ]
        self.ui.table.setColumnCount(len(headers))
        self.ui.table.setHorizontalHeaderLabels(headers)
        header = self.ui.table.horizontalHeader()
        for column in range(len(headers) - 1):  # short values: as wide as they need, never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the message fills the rest, and keeps a readable width in a narrow dock
        self.ui.table.setColumnWidth(len(headers) - 1, MESSAGE_WIDTH)
        self.ui.table.setWordWrap(True)  # long messages wrap inside their row instead of running off screen
        self.ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for combo in (self.ui.ruleCombo, self.ui.severityCombo, self.ui.governorateCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.openOnlyCheck.toggled.connect(self.apply_filter)
        self.ui.newOnlyCheck.toggled.connect(self.apply_filter)
        self.ui.table.itemSelectionChanged.connect(self.pan_to_selected)
        self.ui.table.itemDoubleClicked.connect(lambda _: self.zoom_to_selected())
        self.ui.zoomButton.clicked.connect(self.zoom_to_selected)
        self.ui.reviewButton.clicked.connect(lambda: self.set_reviewed(True))
        self.ui.reopenButton.clicked.connect(lambda: self.set_reviewed(False))

    # --- data ---------------------------------------------------------------------------

    def set_source(self, uri: str) -> bool:
        """Show the issue table at ``uri`` (a file, or the source of one of its views)."""
        layer = QgsVectorLayer(base_uri(uri), self.tr("Validation issues"), "ogr")
        if not layer.isValid() or not is_issue_layer(layer):
            push_message(
                self.iface.messageBar(),
                self.tr("Issue browser"),
                self.tr("Not an issue layer: {uri}").format(uri=uri),
                Qgis.MessageLevel.Warning,
            )
            return False
        self.uri, self.crs = base_uri(uri), layer.crs()
        plugin_settings.set_value(plugin_settings.ISSUE_SOURCE, base_uri(uri))
        self.reload()
        return True

    @property
    def layer(self) -> Optional[QgsVectorLayer]:
        """A fresh layer on the issue table, or None.

        The dock keeps no layer open: a new validation run may rewrite the table (the findings kept in
        the register), and an OGR layer that wrote to it before would then point at freed memory.
        """
        if not self.uri:
            return None
        layer = QgsVectorLayer(self.uri, self.tr("Validation issues"), "ogr")
        return layer if layer.isValid() else None

    def reload(self) -> None:
        """Read every finding again (after a run or an edit elsewhere)."""
        self.rows = []
        layer = self.layer
        if layer is None:
            return
        for feature in layer.getFeatures(QgsFeatureRequest()):
            row = {name: feature[name] for name in COLUMNS}
            row.update(
                fid=feature.id(),
                reviewed=_flag(feature["reviewed"]),
                is_new=_flag(feature["is_new"]),
                geometry=QgsGeometry(feature.geometry()),
            )
            self.rows.append(row)
        self._fill_filters()
        self.apply_filter()

    def _fill_filters(self) -> None:
        rules = rule_by_code()
        choices = (
            (self.ui.ruleCombo, sorted({as_text(r["rule"]) for r in self.rows}), None),
            (
                self.ui.severityCombo,
                [s for s in SEVERITIES if any(r["severity"] == s for r in self.rows)],
                severity_label,
            ),
            (self.ui.governorateCombo, sorted({as_text(r["governorate"]) for r in self.rows}), None),
        )
        for combo, values, label in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ALL)
            for value in values:
                text = label(value) if label else (value or self.tr("(none)"))
                if combo is self.ui.ruleCombo and value in rules:
                    text = rules[value].title()
                combo.addItem(text, value)
                if combo is self.ui.ruleCombo and value in rules:
                    combo.setItemData(
                        combo.count() - 1, f"{value}\n\n" + rules[value].help(), Qt.ItemDataRole.ToolTipRole
                    )
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def visible_rows(self) -> List[Dict]:
        """The findings that pass the current filters."""
        wanted = {
            "rule": self.ui.ruleCombo.currentData(),
            "severity": self.ui.severityCombo.currentData(),
            "governorate": self.ui.governorateCombo.currentData(),
        }
        result = []
        for row in self.rows:
            if any(value not in (None, ALL) and as_text(row[name]) != value for name, value in wanted.items()):
                continue
            if self.ui.openOnlyCheck.isChecked() and row["reviewed"]:
                continue
            if self.ui.newOnlyCheck.isChecked() and not row["is_new"]:
                continue
            result.append(row)
        return result

    def apply_filter(self) -> None:
        table = self.ui.table
        rules = rule_by_code()
        rows = self.visible_rows()
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, name in enumerate(COLUMNS):
                value = row[name]
                if name == "severity":
                    text = severity_label(as_text(value))
                elif name == "rule":
                    code = as_text(value)
                    text = rules[code].title() if code in rules else code
                elif name == "value":
                    text = left_to_right(f"{value:,.1f}") if isinstance(value, float) else ""
                else:
                    text = as_text(value)
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["fid"])
                if name == "message":
                    item.setToolTip(text)
                elif name == "rule":
                    item.setToolTip(as_text(value))
                if row["reviewed"]:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(index, column, item)
        table.setSortingEnabled(True)
        self.ui.countLabel.setText(
            self.tr("{shown} of {total} findings shown").format(shown=len(rows), total=len(self.rows))
        )

    def selected_fids(self) -> List[int]:
        rows = sorted({index.row() for index in self.ui.table.selectionModel().selectedRows()})
        return [self.ui.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    # --- actions -------------------------------------------------------------------------

    def _show_selected(self, zoom: bool) -> bool:
        """Centre (``zoom``: zoom) the canvas on the selected findings and flash them; False when nothing can be
        shown."""
        fids = set(self.selected_fids())
        geometries = [r["geometry"] for r in self.rows if r["fid"] in fids and not r["geometry"].isNull()]
        canvas = self.iface.mapCanvas() if self.iface else None
        if not geometries or canvas is None or not self.uri:
            return False
        transform = QgsCoordinateTransform(self.crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = QgsRectangle()
        extent.setMinimal()
        for geometry in geometries:
            shown = QgsGeometry(geometry)
            shown.transform(transform)
            extent.combineExtentWith(shown.boundingBox())
        if zoom:
            canvas.setExtent(_padded(extent, canvas))
        else:
            canvas.setCenter(extent.center())
        canvas.refresh()
        canvas.flashGeometries(geometries, self.crs)
        return True

    def pan_to_selected(self) -> bool:
        """A single click: the map centred on the selected findings, at the same scale."""
        return self._show_selected(zoom=False)

    def zoom_to_selected(self) -> bool:
        """A double click or Zoom to finding: the map zoomed to the selected findings."""
        return self._show_selected(zoom=True)

    def set_reviewed(self, reviewed: bool) -> int:
        """Write the ``reviewed`` mark of the selected findings into the table; how many changed."""
        layer = self.layer
        if layer is None:
            return 0
        fids = self.selected_fids()
        index = layer.fields().lookupField("reviewed")
        changes = {fid: {index: 1 if reviewed else 0} for fid in fids}
        if not changes or not layer.dataProvider().changeAttributeValues(changes):
            return 0
        del layer
        for row in self.rows:
            if row["fid"] in changes:
                row["reviewed"] = reviewed
        for view in project_views(self.uri):
            view.dataProvider().reloadData()
            view.triggerRepaint()
        self.apply_filter()
        return len(changes)


def _flag(value) -> bool:
    return as_text(value) not in ("", "0", "false", "False")


def _padded(extent: QgsRectangle, canvas) -> QgsRectangle:
    """The extent with a margin, never smaller than about MIN_ZOOM_METRES across (points, short segments)."""
    crs = canvas.mapSettings().destinationCrs()
    minimum = MIN_ZOOM_METRES / 111_000.0 if crs.isGeographic() else MIN_ZOOM_METRES
    width = max(extent.width() * 1.5, minimum)
    height = max(extent.height() * 1.5, minimum)
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def show_issue_browser(iface, uri: str) -> IssueBrowser:
    """The window's issue browser (created and docked on first use), showing the table at ``uri``."""
    window = iface.mainWindow()
    dock = window.findChild(IssueBrowser, OBJECT_NAME)
    if dock is None:
        dock = IssueBrowser(iface, window)
        # Along the bottom: the whole window's width for the message column, away from the Processing docks.
        iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        if hasattr(window, "resizeDocks"):
            window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
    dock.set_source(uri)
    dock.show()
    dock.raise_()
    return dock


def close_issue_browser(iface) -> None:
    """Remove the window's issue browser, e.g. when the plugin unloads."""
    dock = iface.mainWindow().findChild(IssueBrowser, OBJECT_NAME) if iface else None
    if dock is not None:
        iface.mainWindow().removeDockWidget(dock)
        dock.setParent(None)
        dock.deleteLater()


def validation_defaults(layer) -> Dict:
    """Parameters the validation dialog opens with for ``layer``: it as INPUT and, for a register layer,
    the findings table kept in the same GeoPackage as OUTPUT and as PREVIOUS (reviews carry over)."""
    parameters: Dict = {}
    if not (isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry):
        return parameters
    parameters["INPUT"] = layer
    uri = register_issue_uri(layer)
    if uri:
        parameters["OUTPUT"] = sink_definition(uri)
        table = QgsVectorLayer(uri, "previous", "ogr")
        if table.isValid() and is_issue_layer(table):
            parameters["PREVIOUS"] = uri
    return parameters


def run_validation(iface) -> Optional[IssueBrowser]:
    """Open mineaction:validatehazards on the active polygon layer; then show its findings."""
    import processing

    results = processing.execAlgorithmDialog("mineaction:validatehazards", validation_defaults(iface.activeLayer()))
    output = (results or {}).get("OUTPUT")
    if not output:
        return None
    if not project_views(output):
        add_issue_layers(output, QCoreApplication.translate("IssueBrowser", "Validation issues"))
    return show_issue_browser(iface, output)


def reopen_issue_browser(iface, project: Optional[QgsProject] = None) -> Optional[IssueBrowser]:
    """Show the issue browser again: on the findings shown last, else on the project's first issue layer."""
    project = project or QgsProject.instance()
    last = plugin_settings.value(plugin_settings.ISSUE_SOURCE)
    candidates = [base_uri(layer.source()) for layer in project.mapLayers().values() if is_issue_layer(layer)]
    uri = (
        last
        if last and (last in candidates or not candidates and _readable(last))
        else (candidates[0] if candidates else "")
    )
    if not uri:
        push_message(
            iface.messageBar(),
            QCoreApplication.translate("IssueBrowser", "Issue browser"),
            QCoreApplication.translate("IssueBrowser", "No validation findings yet: run Validate hazards first."),
        )
        return None
    return show_issue_browser(iface, uri)


def _readable(uri: str) -> bool:
    layer = QgsVectorLayer(uri, "issues", "ogr")
    return layer.isValid() and is_issue_layer(layer)
