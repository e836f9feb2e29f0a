"""QGIS entry point of the mineaction_qgis plugin."""


def classFactory(iface):
    """Create the plugin; ``iface`` is None under ``qgis_process``."""
    from mineaction_qgis.plugin import MineActionPlugin

    return MineActionPlugin(iface)
