"""Attribute values as QGIS hands them to Python: what counts as NULL, text and numbers.

A NULL attribute arrives as ``None`` or as a null ``QVariant`` depending on the
provider and the PyQt settings; a null ``QDate`` / ``QDateTime`` is no value either.
Every reader of attribute values asks here rather than testing one of those forms.
Numbers typed by people (a decimal comma, a thousands space) are read here too; a
coordinate, which must name what is wrong with it, is read by ``coords.parse_number``.
"""

import math
from typing import Any, Optional


def is_null(value: Any) -> bool:
    """True for None, a null QVariant and a null Qt date or date-time."""
    if value is None:
        return True
    try:
        return bool(hasattr(value, "isNull") and value.isNull())
    except TypeError:  # an isNull() that wants arguments is not a QVariant's
        return False


def as_text(value: Any) -> str:
    """Attribute value as stripped text; NULL (QVariant or None) is ''."""
    return "" if is_null(value) else str(value).strip()


# Arabic-Indic and Extended Arabic-Indic (Persian/Kurdish) digits, the Arabic decimal separator.
_ARABIC_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}, "\u066b": "."}
)
# No field of an IMSMA form needs more characters for a number; 5,000 digits are damage, not data.
MAX_NUMBER_TEXT = 64


def normalise_digits(text: str) -> str:
    """``text`` with Arabic-Indic digits as 0-9 and the Arabic decimal separator ``٫`` as a point."""
    return str(text).translate(_ARABIC_DIGITS)


def as_number(value: Any) -> Optional[float]:
    """A float from a number or from text that may use a decimal comma, spaces ("12 500,5") or Arabic-Indic digits.

    None when the value is NULL, empty, not a number or not finite: a missing number is
    never read as 0.
    """
    if is_null(value) or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = normalise_digits(str(value).strip().replace(" ", "").replace("\u00a0", ""))
        if len(text) > MAX_NUMBER_TEXT:
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    return number if math.isfinite(number) else None
