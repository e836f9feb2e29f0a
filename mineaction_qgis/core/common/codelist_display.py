"""Code-list values in the reader's language, for display only.

Layers keep the canonical English values of core/common/model.py (users filter on them, IMSMA
exchanges them); atlas pages, reports and dialogs show them through these functions, in the
words of docs/glossary.md (sections 3, 5, 6 and 13). A value that is not in a list is shown as
recorded, so nothing is hidden. Each label is a literal ``QCoreApplication.translate`` call
with the context ``CodeList`` so that pylupdate5 extracts it.
"""

from typing import Callable, Dict

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.model import RELEASE_CANCELLED, RELEASE_CLEARED, RELEASE_NONE, RELEASE_REDUCED
from mineaction_qgis.core.common.values import is_null


def status_labels() -> Dict[str, str]:
    """Land status (Open → Worked On → Closed / Handed Over) and task status values."""
    return {
        "Open": QCoreApplication.translate("CodeList", "Open"),
        "Worked On": QCoreApplication.translate("CodeList", "Worked On"),
        "Closed": QCoreApplication.translate("CodeList", "Closed"),
        "Handed Over": QCoreApplication.translate("CodeList", "Handed Over"),
        "Planned": QCoreApplication.translate("CodeList", "Planned"),
        "Active": QCoreApplication.translate("CodeList", "Active"),
        "Completed": QCoreApplication.translate("CodeList", "Completed"),
        # A task status: cancelled land is a release type (glossary #33, #192).
        "Cancelled": QCoreApplication.translate("CodeList", "Cancelled task"),
    }


def classification_labels() -> Dict[str, str]:
    """Land classification, long names."""
    return {
        "CHA": QCoreApplication.translate("CodeList", "Confirmed hazardous area (CHA)"),
        "SHA": QCoreApplication.translate("CodeList", "Suspected hazardous area (SHA)"),
        "Indication": QCoreApplication.translate("CodeList", "Indication"),
        "Stockpile": QCoreApplication.translate("CodeList", "Ammunition stockpile"),
        "EOD Spot Task": QCoreApplication.translate("CodeList", "EOD spot task"),
    }


def contamination_labels() -> Dict[str, str]:
    """Contamination type (``hazard_type``), keyed in lower case: exports spell it freely."""
    return {
        "mines": QCoreApplication.translate("CodeList", "Mines"),
        "erw": QCoreApplication.translate("CodeList", "Explosive remnants of war (ERW)"),
        "uxo": QCoreApplication.translate("CodeList", "Unexploded ordnance (UXO)"),
        "axo": QCoreApplication.translate("CodeList", "Abandoned explosive ordnance (AXO)"),
        "ied": QCoreApplication.translate("CodeList", "Improvised explosive devices (IED)"),
        "cluster munitions": QCoreApplication.translate("CodeList", "Cluster munitions"),
        "mixed": QCoreApplication.translate("CodeList", "Mixed"),
    }


def release_type_labels() -> Dict[str, str]:
    """What a release polygon released; named with its noun so it is never read as a cancelled task."""
    return {
        RELEASE_CANCELLED: QCoreApplication.translate("CodeList", "Cancelled land"),
        RELEASE_REDUCED: QCoreApplication.translate("CodeList", "Reduced land"),
        RELEASE_CLEARED: QCoreApplication.translate("CodeList", "Cleared land"),
        RELEASE_NONE: QCoreApplication.translate("CodeList", "No release"),
    }


def point_type_labels() -> Dict[str, str]:
    """Point types: single points, polygon vertices, evidence."""
    return {
        "Reference point": QCoreApplication.translate("CodeList", "Reference point"),
        "Landmark": QCoreApplication.translate("CodeList", "Landmark"),
        "Benchmark": QCoreApplication.translate("CodeList", "Benchmark"),
        "Start Point": QCoreApplication.translate("CodeList", "Start point"),
        "Datum Point": QCoreApplication.translate("CodeList", "Datum point"),
        "Turning point": QCoreApplication.translate("CodeList", "Turning point"),
        "Intermediate point": QCoreApplication.translate("CodeList", "Intermediate point"),
        "End Point": QCoreApplication.translate("CodeList", "End point"),
        "Usage point": QCoreApplication.translate("CodeList", "Usage point"),
        "Evidence point": QCoreApplication.translate("CodeList", "Evidence point"),
    }


def item_category_labels() -> Dict[str, str]:
    """Explosive item categories (``model.ITEM_CATEGORIES``), in the words of the glossary (#14-#21)."""
    return {
        "Anti-personnel mine": QCoreApplication.translate("CodeList", "Anti-personnel mine"),
        "Anti-vehicle mine": QCoreApplication.translate("CodeList", "Anti-vehicle mine"),
        "Submunition": QCoreApplication.translate("CodeList", "Submunition"),
        "UXO": QCoreApplication.translate("CodeList", "Unexploded ordnance (UXO)"),
        "AXO": QCoreApplication.translate("CodeList", "Abandoned explosive ordnance (AXO)"),
        "IED": QCoreApplication.translate("CodeList", "Improvised explosive device (IED)"),
        "Small arms ammunition": QCoreApplication.translate("CodeList", "Small arms ammunition"),
    }


def item_action_labels() -> Dict[str, str]:
    """What was done with explosive items (``model.ITEM_ACTIONS``)."""
    return {
        "found": QCoreApplication.translate("CodeList", "Found"),
        "destroyed in situ": QCoreApplication.translate("CodeList", "Destroyed in situ"),
        "removed": QCoreApplication.translate("CodeList", "Removed"),
    }


def _shown(labels: Dict[str, str], value, fold: Callable[[str], str] = str) -> str:
    """The label of ``value``, or the value as recorded when it is not in the list; "" for NULL."""
    if is_null(value):
        return ""
    text = str(value).strip()
    return labels.get(fold(text), text) if text else ""


def status(value) -> str:
    return _shown(status_labels(), value)


def classification(value) -> str:
    return _shown(classification_labels(), value)


def contamination(value) -> str:
    return _shown(contamination_labels(), value, str.casefold)


def release_type(value) -> str:
    return _shown(release_type_labels(), value, str.lower)


def point_type(value) -> str:
    return _shown(point_type_labels(), value)


def item_category(value) -> str:
    return _shown(item_category_labels(), value)


def item_action(value) -> str:
    return _shown(item_action_labels(), value, str.lower)
