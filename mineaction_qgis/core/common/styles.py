"""Land-release symbology: the .qml styles in resources/styles, applied by name.

Style files are named after what they draw (``hazards.qml``, ``activities.qml``,
``points.qml``, ``gaps.qml``, ``issues.qml``...), so a reader finds the symbology of
a layer by its canonical name. See docs/en/symbology.md for the colours and why.
"""

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import Qgis, QgsMapLayer, QgsPalLayerSettings, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

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


def label_placement() -> Any:
    """The label placement enum of this QGIS.

    ``Qgis.LabelPlacement`` from QGIS 3.26, where ``QgsPalLayerSettings.Placement`` became deprecated;
    ``QgsPalLayerSettings.Placement`` before (3.22 to 3.24). Both have the same member names.
    """
    placement = getattr(Qgis, "LabelPlacement", None)
    return placement if placement is not None else QgsPalLayerSettings.Placement


def never_overlapping(settings: QgsPalLayerSettings) -> None:
    """Labels that find no free room are left off, never drawn over each other.

    QGIS 3.26 replaced ``displayAll`` (deprecated there) by the placement settings' overlap handling.
    """
    if hasattr(settings, "placementSettings"):
        placement = settings.placementSettings()
        placement.setOverlapHandling(Qgis.LabelOverlapHandling.PreventOverlap)
        placement.setAllowDegradedPlacement(False)
        settings.setPlacementSettings(placement)
    else:
        settings.displayAll = False


def style_labels() -> Dict[str, str]:
    """Legend labels of the bundled styles in the current language (the .qml files hold English).

    The context stays ``AtlasBuilder``: the atlas was their first user and the translations are filed there.
    """
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


def translate_legend(layer: QgsVectorLayer, labels: Optional[Dict[str, str]] = None) -> None:
    """The legend texts of a bundled rule-based style in the current language (``labels``: style_labels())."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        labels = style_labels() if labels is None else labels
        for rule in renderer.rootRule().descendants():
            rule.setLabel(labels.get(rule.label(), rule.label()))
