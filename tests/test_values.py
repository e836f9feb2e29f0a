"""Attribute values: NULL in every form QGIS hands it over, text and numbers as people type them."""

import pytest
from qgis.core import NULL
from qgis.PyQt.QtCore import QDate, QVariant

from mineaction_qgis.core.common.values import as_number, as_text, is_null


@pytest.mark.parametrize("value", [None, NULL, QVariant(), QDate()])
def test_null_in_every_form_is_no_value(value):
    assert is_null(value)
    assert as_text(value) == ""
    assert as_number(value) is None


@pytest.mark.parametrize(
    "value, number",
    [
        (12, 12.0),
        (12.5, 12.5),
        ("12.5", 12.5),
        ("12,5", 12.5),
        (" 12 500 ", 12500.0),
        ("12\u00a0500,75", 12500.75),
        ("-3.25", -3.25),
        ("1e3", 1000.0),
    ],
)
def test_numbers_as_typed(value, number):
    assert as_number(value) == number


@pytest.mark.parametrize("value", ["", "  ", "abc", "12,500.5.1", "nan", "inf", float("nan"), True])
def test_not_a_number_is_none_never_zero(value):
    assert as_number(value) is None


def test_text_is_stripped_and_kept():
    assert as_text("  Land-35 ") == "Land-35"
    assert as_text(0) == "0"
