"""How numbers are written in reports, charts and atlas pages (docs/glossary.md, section 14).

One place, so a figure reads the same in English, Arabic and Sorani and the same on a map as
in a report:

- Latin digits 0-9 in every language, never locale digits: figures are copied back into
  IMSMA and compared with the GIS layers, which hold Latin digits. This is a deliberate
  decision, so nothing here asks QLocale.
- Thousands grouped by a no-break space (``12 500``), decimals after a point. The no-break
  space is a *common separator* for the Unicode bidi algorithm: ``12 500`` stays one number in
  right-to-left text, where an ordinary space would let the groups swap or break apart.
- Counts are integers (``597``, never ``597.0``).
- A unit or the percent sign is joined to its number by a no-break space (``12 500 m²``,
  ``10 %``), so the two never land on different lines.
"""

from typing import Any

from mineaction_qgis.core.common.values import as_number

NBSP = "\u00a0"


def _grouped(text: str) -> str:
    return text.replace(",", NBSP)


def format_count(value: Any) -> str:
    """An integer count with grouped thousands: ``1 250``; text that is not a number passes through."""
    number = as_number(value)
    if number is None:
        return "" if value is None else str(value)
    return _grouped(f"{round(number):,}")


def format_decimal(value: Any, decimals: int = 0) -> str:
    """A number with ``decimals`` places and grouped thousands: ``12 500.25``."""
    number = as_number(value)
    if number is None:
        return "" if value is None else str(value)
    return _grouped(f"{number:,.{decimals}f}")


def format_number(value: Any, decimals: int = 0) -> str:
    """Integers (and bools/None/text) as they are, other numbers with ``decimals`` places.

    The one entry point of tables and charts: an ``int`` is a count and never gets decimals,
    whatever ``decimals`` says.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value)
    if isinstance(value, float):
        return format_decimal(value, decimals)
    return "" if value is None else str(value)


def with_unit(number_text: str, unit: str) -> str:
    """``number_text`` and ``unit`` joined by a no-break space; the number alone without a unit."""
    return f"{number_text}{NBSP}{unit}" if unit else number_text


def format_area_m2(value: Any) -> str:
    """An area in square metres, no decimals: ``12 500 m²``."""
    return with_unit(format_decimal(value, 0), "m²")


def format_km2(value_m2: Any, decimals: int = 2, unit: bool = True) -> str:
    """An area given in m², written in km²: ``24.18 km²`` (``24.18`` for a column headed "(km²)")."""
    number = as_number(value_m2)
    text = format_decimal(number / 1e6 if number is not None else value_m2, decimals)
    return with_unit(text, "km²") if unit else text


def format_percent(value: Any, decimals: int = 1) -> str:
    """A percentage: ``10.5 %``, the sign kept on the line of its number."""
    return with_unit(format_decimal(value, decimals), "%")
