"""Shared fixtures: the real QGIS application (pytest-qgis), Processing and our provider.

pytest-qgis starts QgsApplication with a throw-away profile; it does not load our
provider, so the session fixture ``provider`` registers it, and algorithms are run
through ``processing.run`` exactly as a user's script would.
"""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


_PROVIDERS = []  # Python references keep the registered providers' wrappers alive


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """Our Processing provider, registered when a test needs it (again, if the plugin
    load/unload test removed it meanwhile)."""
    return registered_provider()


def registered_provider():
    """The registered ``mineaction`` provider, registering one when there is none."""
    from qgis.core import QgsApplication

    from mineaction_qgis.processing.provider import MineActionProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("mineaction")
    if existing is None:
        existing = MineActionProvider()
        registry.addProvider(existing)
        _PROVIDERS.append(existing)
    return existing


@pytest.fixture(scope="session")
def run_alg(qgis_app, qgis_processing):
    """``run_alg("mineaction:x", {...})`` -> results dict, through ``processing.run``."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(algorithm_id, parameters, feedback=None, context=None):
        registered_provider()
        return processing.run(
            algorithm_id,
            parameters,
            feedback=feedback or QgsProcessingFeedback(),
            context=context or QgsProcessingContext(),
        )

    return run


@pytest.fixture
def data_dir() -> Path:
    """Folder of small committed fixtures."""
    return DATA


def pytest_report_header(config):
    from qgis.core import Qgis

    return f"QGIS {Qgis.QGIS_VERSION}, Python {sys.version.split()[0]}"


@pytest.fixture(scope="session")
def postgis():
    """A real PostgreSQL 15 + PostGIS cluster for the session (tests/postgis_server.py); stopped afterwards."""
    from tests.postgis_server import PostgisServer

    server = PostgisServer().start()
    try:
        yield server
    finally:
        server.stop()
