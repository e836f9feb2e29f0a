"""The plugin object: translator, Processing provider, "Mine Action" menu and toolbar.

Works with ``iface`` None (``qgis_process``): then only the translator and the
provider are set up. ``unload`` removes everything ``initGui``/``initProcessing``
added, so loading and unloading twice leaves nothing behind.
"""

from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from mineaction_qgis.i18n import Translator
from mineaction_qgis.paths import icon_path
from mineaction_qgis.processing.provider import MineActionProvider

MENU_OBJECT_NAME = "mMineActionMenu"
TOOLBAR_OBJECT_NAME = "mMineActionToolBar"


class MineActionPlugin:
    """Entry object QGIS creates through ``classFactory``."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = Translator()
        self.translator.install()
        self.provider: Optional[MineActionProvider] = None
        self.menu: Optional[QMenu] = None
        self.toolbar: Optional[QToolBar] = None
        self.actions: List[QAction] = []
        self.import_dialog = None

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("MineActionPlugin", text)

    # --- Processing ---------------------------------------------------------------

    def initProcessing(self) -> None:
        """Register the provider (idempotent); called by QGIS and by ``qgis_process``."""
        if self.provider is None:
            self.provider = MineActionProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # --- Desktop GUI ----------------------------------------------------------------

    def initGui(self) -> None:
        self.initProcessing()
        if self.iface is None:
            return
        main_window = self.iface.mainWindow()
        self.menu = QMenu(self.tr("Mine Action"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = QToolBar(self.tr("Mine Action"), main_window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        for text, icon, callback, on_toolbar in self._entries():
            action = QAction(QIcon(icon_path(icon)), text, main_window)
            action.triggered.connect(callback)
            self.menu.addAction(action)
            if on_toolbar:
                self.toolbar.addAction(action)
            self.actions.append(action)
        main_window.menuBar().addMenu(self.menu)
        self.iface.addToolBar(self.toolbar)

    def _entries(self) -> List[tuple]:
        """Menu entries: (text, icon file, callback, also on the toolbar)."""
        return [
            (self.tr("Load IMSMA export…"), "import.svg", self.show_import, True),
            (self.tr("Validate hazards…"), "validate.svg", self.show_validate_hazards, True),
            (self.tr("Validation issues"), "validate.svg", self.show_issue_browser, False),
            (self.tr("Clearance gaps…"), "gaps.svg", self.show_clearance_gaps, True),
            (self.tr("Task overlaps…"), "tasks.svg", self.show_task_overlaps, False),
            (self.tr("Print atlas…"), "atlas.svg", self.show_atlas, True),
            (self.tr("Open training project…"), "training.svg", self.show_training, False),
            (self.tr("Settings…"), "settings.svg", self.show_settings, False),
        ]

    def unload(self) -> None:
        if self.iface is not None:
            from mineaction_qgis.ui.issue_browser import close_issue_browser

            close_issue_browser(self.iface)
        if self.import_dialog is not None:
            if not self.import_dialog.running:
                self.import_dialog.close()
                self.import_dialog.deleteLater()
                self.import_dialog = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            parent = self.menu.parentWidget()
            if parent is not None and hasattr(parent, "menuBar"):
                parent.menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            parent = self.toolbar.parentWidget()
            if parent is not None and hasattr(parent, "removeToolBar"):
                parent.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        self.translator.remove()

    # --- Actions --------------------------------------------------------------------

    def show_clearance_gaps(self) -> None:
        """Open the Processing dialog of ``mineaction:clearancegaps`` on the register's hazards and activities."""
        import processing
        from qgis.core import QgsProject

        from mineaction_qgis.ui.defaults import clearance_gap_defaults, place_above

        project = QgsProject.instance()
        parameters = clearance_gap_defaults(self.iface)
        before = set(project.mapLayers())
        processing.execAlgorithmDialog("mineaction:clearancegaps", parameters)
        # The remaining land and the flagged releases are drawn over the hazards, not under them.
        added = [layer_id for layer_id in project.mapLayers() if layer_id not in before]
        place_above(project, added, parameters.get("HAZARDS"))

    def show_task_overlaps(self) -> None:
        """Open the Processing dialog of ``mineaction:taskoverlaps``."""
        import processing

        processing.execAlgorithmDialog("mineaction:taskoverlaps", {})

    def show_validate_hazards(self) -> None:
        """Open ``mineaction:validatehazards`` on the active layer, then the issue browser on its findings."""
        from mineaction_qgis.ui.issue_browser import run_validation

        run_validation(self.iface)

    def show_issue_browser(self) -> None:
        """Show the issue browser again on the findings shown last (or the project's issue layer)."""
        from mineaction_qgis.ui.issue_browser import reopen_issue_browser

        reopen_issue_browser(self.iface)

    def show_atlas(self) -> None:
        """Open the "Print atlas…" dialog."""
        from mineaction_qgis.ui.atlas_dialog import AtlasDialog

        AtlasDialog(self.iface.mainWindow() if self.iface else None).exec_()

    def show_training(self) -> None:
        """Build the sample training project in a folder the user picks and open it."""
        from mineaction_qgis.ui.training import open_training_project

        open_training_project(self.iface)

    def show_settings(self) -> None:
        """Open the language setting; apply a change at once."""
        from mineaction_qgis.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow() if self.iface else None)
        if dialog.exec_() and dialog.changed:
            self.apply_language()

    def show_import(self) -> None:
        """Open the "Load IMSMA export…" dialog."""
        from mineaction_qgis.ui.import_dialog import ImportDialog

        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.iface.mainWindow() if self.iface else None, self.iface)
        # Not modal: the officer can open the rejected records' table and the map while it is open.
        self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()

    def apply_language(self) -> None:
        """Reinstall the translator and rebuild menus, algorithm names and the issue browser in the new language."""
        gui = self.menu is not None
        browser_open = gui and self._issue_browser_visible()
        self.unload()
        self.translator.install()
        if gui:
            self.initGui()
            if browser_open:
                self.show_issue_browser()
        else:
            self.initProcessing()

    def _issue_browser_visible(self) -> bool:
        from mineaction_qgis.ui.issue_browser import OBJECT_NAME, IssueBrowser

        dock = self.iface.mainWindow().findChild(IssueBrowser, OBJECT_NAME) if self.iface else None
        return dock is not None and dock.isVisible()
