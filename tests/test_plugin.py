"""The plugin loads and unloads in real QGIS (pytest-qgis's iface) and leaves nothing behind."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

import mineaction_qgis
from mineaction_qgis.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME
from tests.conftest import registered_provider


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _our_menus(window):
    return [a for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == MENU_OBJECT_NAME]


def _our_toolbars(window):
    return [t for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT_NAME]


@pytest.fixture
def no_provider(qgis_app, qgis_processing):
    """Start without a registered provider (other tests register one); restore it after."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("mineaction")
    if existing is not None:
        registry.removeProvider(existing)
    yield
    registered_provider()


def test_load_and_unload_twice_leaves_nothing(qgis_iface, no_provider, tmp_path, run_alg):
    from mineaction_qgis.ui.issue_browser import OBJECT_NAME, show_issue_browser
    from tests.validation_data import box, hazard, run_validation

    registry = QgsApplication.processingRegistry()
    window = qgis_iface.mainWindow()
    for attempt in range(2):
        plugin = mineaction_qgis.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("mineaction") is not None
        menus = _our_menus(window)
        assert len(menus) == 1
        assert [a.text() for a in menus[0].menu().actions()], "the Mine Action menu has entries"
        assert len(_our_toolbars(window)) == 1
        folder = tmp_path / str(attempt)
        folder.mkdir()
        results, _ = run_validation(run_alg, folder, [hazard("A", box(0, 0, 100, 100))])
        dock = show_issue_browser(qgis_iface, results["OUTPUT"])
        assert window.findChild(QDockWidget, dock.objectName()) is dock
        plugin.unload()
        _flush_deletes()
        assert registry.providerById("mineaction") is None
        assert _our_menus(window) == []
        assert _our_toolbars(window) == []
        assert [m for m in window.findChildren(QMenu) if m.objectName() == MENU_OBJECT_NAME] == []
        assert [d for d in window.findChildren(QDockWidget) if d.objectName() == OBJECT_NAME] == []


def test_init_processing_without_iface(no_provider):
    """qgis_process creates the plugin with iface None and calls initProcessing only."""
    registry = QgsApplication.processingRegistry()
    plugin = mineaction_qgis.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    try:
        provider = registry.providerById("mineaction")
        assert provider is not None
        assert provider.icon() is not None and not provider.icon().isNull()
    finally:
        plugin.unload()
    assert registry.providerById("mineaction") is None


def test_provider_registered_with_its_algorithms(provider):
    from mineaction_qgis.processing.provider import algorithm_classes

    provider = registered_provider()
    assert provider.id() == "mineaction"
    ids = {alg.id() for alg in provider.algorithms()}
    expected = {f"mineaction:{cls().name()}" for cls in algorithm_classes()}
    assert ids == expected
    for alg in provider.algorithms():
        assert alg.displayName() and alg.shortHelpString(), alg.id()
        assert alg.flags() & alg.Flag.FlagCanCancel, alg.id()
        assert alg.groupId() in alg.group_names() and alg.group(), alg.id()
