"""Attribute values as QGIS hands them to Python: what counts as NULL.

A NULL attribute arrives as ``None`` or as a null ``QVariant`` depending on the
provider and the PyQt settings; a null ``QDate`` / ``QDateTime`` is no value either.
Every reader of attribute values asks here rather than testing one of those forms.
"""

from typing import Any


def is_null(value: Any) -> bool:
    """True for None, a null QVariant and a null Qt date or date-time."""
    if value is None:
        return True
    try:
        return bool(hasattr(value, "isNull") and value.isNull())
    except TypeError:  # an isNull() that wants arguments is not a QVariant's
        return False
