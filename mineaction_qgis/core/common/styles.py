"""Land-release symbology: the .qml styles in resources/styles, applied by name.

Style files are named after what they draw (``hazards.qml``, ``activities.qml``,
``points.qml``, ``gaps.qml``, ``issues.qml``...), so a reader finds the symbology of
a layer by its canonical name. See docs/en/symbology.md for the colours and why.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayer

from mineaction_qgis.paths import resource


def style_path(name: str) -> Optional[Path]:
    """``resources/styles/<name>.qml`` when it exists."""
    path = resource("styles", f"{name}.qml")
    return path if path.is_file() else None


def apply_style(layer: QgsMapLayer, name: str) -> bool:
    """Apply the bundled style ``name`` to ``layer``; False when there is none or it fails."""
    path = style_path(name)
    if path is None:
        return False
    _, ok = layer.loadNamedStyle(str(path))
    if ok:
        layer.triggerRepaint()
    return bool(ok)
