"""Titles of the rejection reasons (``model.REJECTION_REASONS``) in the user's language.

The code stays in the ``rejected`` table (stable, searchable); people read the title.
"""

from qgis.PyQt.QtCore import QCoreApplication


def reason_titles() -> dict:
    """{reason code: translated title} (literal calls so that pylupdate5 extracts them)."""
    return {
        "bad_coordinate": QCoreApplication.translate("RejectionReasons", "Coordinate cannot be read"),
        "unknown_point_type": QCoreApplication.translate("RejectionReasons", "Unknown point type"),
        "too_few_vertices": QCoreApplication.translate("RejectionReasons", "Fewer than three vertices"),
        "bearing_without_origin": QCoreApplication.translate(
            "RejectionReasons", "Bearing and distance without a starting point"
        ),
        "duplicate_point_no": QCoreApplication.translate("RejectionReasons", "Point number repeated"),
        "missing_id": QCoreApplication.translate("RejectionReasons", "No local ID"),
        "invalid_geometry": QCoreApplication.translate("RejectionReasons", "Invalid geometry"),
        "unparsed_element": QCoreApplication.translate("RejectionReasons", "Element not understood"),
        "bad_value": QCoreApplication.translate("RejectionReasons", "Value cannot be read"),
        "superseded_form": QCoreApplication.translate(
            "RejectionReasons", "Older form of an item (a later one was loaded)"
        ),
    }


def reason_title(code: str) -> str:
    """The title of ``code``, or the code itself when it is not a known reason."""
    return reason_titles().get(code, code)
