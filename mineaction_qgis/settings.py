"""The plugin's per-user settings, in one place and under one key prefix.

Every choice the plugin remembers between sessions (its language, the folders and
layers last used, the atlas title, template and language) is a key below, read and
written through ``value`` and ``set_value``. A ``QgsSettings`` may be passed in (tests
use an ini file); by default the QGIS profile's settings are used.
"""

from typing import Any, Optional

from qgis.core import QgsSettings

PREFIX = "mineaction_qgis/"

LANGUAGE = PREFIX + "language"
IMPORT_FOLDER = PREFIX + "import/folder"
IMPORT_DUPLICATES = PREFIX + "import/duplicates"
IMPORT_TO_REGISTER = PREFIX + "import/to_register"  # "true" when the last import also went into the register
IMPORT_REGISTER = PREFIX + "import/register"  # QGIS connection name or service=NAME; never a password
IMPORT_SCHEMA = PREFIX + "import/register_schema"
ATLAS_TITLE = PREFIX + "atlas/title"
ATLAS_TEMPLATE = PREFIX + "atlas/template"
ATLAS_LANGUAGE = PREFIX + "atlas/language"
ATLAS_FOLDER = PREFIX + "atlas/folder"
ATLAS_COVERAGE = PREFIX + "atlas/coverage_layer"
ATLAS_RELEASES = PREFIX + "atlas/releases_layer"
ATLAS_GAPS = PREFIX + "atlas/gaps_layer"
ISSUE_SOURCE = PREFIX + "issues/last_source"

# Keys of earlier versions, still read so that an update keeps the user's choice.
_LEGACY = {IMPORT_FOLDER: "mineaction/import_folder"}


def _settings(settings: Optional[QgsSettings]) -> QgsSettings:
    return settings if settings is not None else QgsSettings()


def value(key: str, default: str = "", settings: Optional[QgsSettings] = None) -> str:
    """The stored text of ``key`` (or of its legacy key), else ``default``."""
    store = _settings(settings)
    stored = store.value(key, None)
    if stored in (None, "") and key in _LEGACY:
        stored = store.value(_LEGACY[key], None)
    return default if stored in (None, "") else str(stored)


def set_value(key: str, stored: Any, settings: Optional[QgsSettings] = None) -> None:
    """Remember ``stored`` (as text) under ``key``."""
    if not key.startswith(PREFIX):
        raise ValueError(f"setting {key!r} is outside {PREFIX}")
    _settings(settings).setValue(key, "" if stored is None else str(stored))
