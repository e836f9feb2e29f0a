"""Start a headless QGIS with Processing and the mineaction provider, for scripts and benchmarks."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_APP = None
_PROVIDER = None  # a Python reference keeps the provider's algorithms alive


def start_qgis():
    """QgsApplication (offscreen), Processing initialised, our provider registered; idempotent."""
    global _APP, _PROVIDER
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    _APP = QgsApplication([], True)
    _APP.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from mineaction_qgis.processing.provider import MineActionProvider

    if QgsApplication.processingRegistry().providerById("mineaction") is None:
        _PROVIDER = MineActionProvider()
        QgsApplication.processingRegistry().addProvider(_PROVIDER)
    return _APP


def processing_context(invalid_geometry_check=None):
    """A QgsProcessingContext on the current project; ``invalid_geometry_check`` (a
    ``QgsFeatureRequest.InvalidGeometryCheck``) overrides the user's setting when given."""
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if invalid_geometry_check is not None:
        context.setInvalidGeometryCheck(invalid_geometry_check)
    return context


def run(algorithm_id: str, parameters: dict, feedback=None) -> dict:
    """Run an algorithm like a user's script does, through ``processing.run``."""
    import processing
    from qgis.core import QgsProcessingFeedback

    start_qgis()
    return processing.run(algorithm_id, parameters, feedback=feedback or QgsProcessingFeedback())
