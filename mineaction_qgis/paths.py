"""One place that finds the plugin's data folders, and new file names that never overwrite.

In the source tree ``i18n/`` and ``resources/`` sit beside the ``mineaction_qgis``
package; in the installed plugin (the zip that ``make package`` builds) they sit
inside it. Every other module asks here instead of guessing.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Folder of icons, styles, templates, profiles and sample data."""
    return _data_dir("resources")


def i18n_dir() -> Path:
    """Folder of the compiled ``.qm`` translations."""
    return _data_dir("i18n")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource("icons", "mineaction.svg")``."""
    return resources_dir().joinpath(*parts)


def icon_path(name: str) -> str:
    """Path of an SVG icon under ``resources/icons`` as a string for QIcon."""
    return str(resource("icons", name))


def metadata_path() -> Path:
    """``metadata.txt``: inside the installed plugin, at the top of the source tree."""
    inside = PACKAGE_DIR / "metadata.txt"
    return inside if inside.exists() else PACKAGE_DIR.parent / "metadata.txt"


def free_path(path: Path) -> Path:
    """``path``, or ``name_2.ext``, ``name_3.ext``... when it exists: a file in use is never overwritten."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}_{number}{path.suffix}")
    return candidate
