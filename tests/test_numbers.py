"""Numbers as docs/glossary.md §14 writes them, and code-list values shown in the reader's language."""

import re

import pytest
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis import i18n
from mineaction_qgis.core.common import codelist_display
from mineaction_qgis.core.common.numbers import (
    NBSP,
    format_area_m2,
    format_count,
    format_decimal,
    format_km2,
    format_number,
    format_percent,
)
from mineaction_qgis.core.validation.report import ValidationReport
from mineaction_qgis.core.validation.rules.base import Finding


def test_counts_are_integers_with_no_break_thousands():
    assert format_count(597) == "597"
    assert format_count(597.0) == "597"
    assert format_count(1250000) == f"1{NBSP}250{NBSP}000"
    assert format_number(597, 1) == "597", "an int is a count: no decimals whatever the column says"
    assert format_number(597.26, 1) == "597.3"


def test_areas_and_percent_keep_their_unit_on_the_line():
    assert format_area_m2(12500.4) == f"12{NBSP}500{NBSP}m²"
    assert format_km2(24_180_000) == f"24.18{NBSP}km²"
    assert format_km2(1_234_560_000, unit=False) == f"1{NBSP}234.56"
    assert format_percent(10) == f"10.0{NBSP}%"
    assert format_decimal(-1234.5, 1) == f"-1{NBSP}234.5"
    assert " " not in format_area_m2(1234567) + format_percent(99.9), "no ordinary space a line could break at"


def test_digits_stay_latin_in_every_language():
    translator = i18n.Translator()
    assert translator.install("ar")
    try:
        assert re.fullmatch(f"[0-9{NBSP}.]+{NBSP}m²", format_area_m2(52000))
    finally:
        translator.remove()


def test_text_and_null_pass_through():
    assert format_count(None) == "" and format_area_m2("n/a") == f"n/a{NBSP}m²"
    assert format_number("HAZ-1") == "HAZ-1" and format_number(True) == "True"


def _findings(count: int):
    return [Finding(f"H-{i}", "overlap", "error", "overlap", None, governorate="Basra") for i in range(count)]


def test_validation_report_counts_print_as_integers():
    """Issue 14: counts read 597.0 in the report's charts."""
    text = ValidationReport(_findings(597), 1000, "hazards", language="en").render()
    assert "597.0" not in text
    assert re.search(r">597</text>", text), "the chart's total is the integer count"
    assert f"1{NBSP}000" in text, "hazards checked, with its thousands separator"


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "ar",
            {
                "Open": "مفتوحة",
                "Cancelled": "مهمة ملغاة",
                "cancelled": "أرض ملغاة",
                "mines": "ألغام",
                "CHA": "المنطقة الخطرة المؤكدة (CHA)",
                "Turning point": "نقطة الانعطاف",
            },
        ),
        (
            "ckb",
            {
                "Open": "کراوە",
                "Cancelled": "ئەرکی هەڵوەشێنراوە",
                "cancelled": "زەویی هەڵوەشێنراوە",
                "mines": "مین",
                "CHA": "ناوچەی مەترسیداری پشتڕاستکراوە (CHA)",
                "Turning point": "خاڵی وەرچەرخان",
            },
        ),
        (
            "en",
            {
                "Open": "Open",
                "Cancelled": "Cancelled task",
                "cancelled": "Cancelled land",
                "mines": "Mines",
                "CHA": "Confirmed hazardous area (CHA)",
                "Turning point": "Turning point",
            },
        ),
    ],
)
def test_code_list_values_shown_in_the_page_language(language, expected):
    translator = i18n.Translator()
    translator.install(language)
    try:
        shown = {
            "Open": codelist_display.status("Open"),
            "Cancelled": codelist_display.status("Cancelled"),
            "cancelled": codelist_display.release_type("cancelled"),
            "mines": codelist_display.contamination("Mines"),
            "CHA": codelist_display.classification("CHA"),
            "Turning point": codelist_display.point_type("Turning point"),
        }
    finally:
        translator.remove()
    assert shown == expected


def test_unknown_and_null_code_values_are_shown_as_recorded():
    assert codelist_display.contamination("Booby traps") == "Booby traps"
    assert codelist_display.contamination(" ERW ") == "Explosive remnants of war (ERW)"
    assert codelist_display.status(QVariant()) == "" and codelist_display.status(None) == ""


def test_gap_report_in_arabic_names_release_types_and_writes_numbers_once():
    from mineaction_qgis.core.gaps.analysis import SummaryRow, Totals
    from mineaction_qgis.core.gaps.report import build_report

    totals = Totals(
        hazards=1250,
        cancelled_m2=25_400_000.0,
        reduced_m2=1_000_000.0,
        cleared_m2=24_180_000.0,
        remaining_m2=3_000_000.0,
        hazards_with_remaining=597,
    )
    rows = [
        SummaryRow("Basra", "DMA team 1", "cancelled", 2023, released_m2=25_400_000.0, activities={"A1"}),
        SummaryRow("Basra", None, "cleared", 2024, released_m2=24_180_000.0, activities={"A2", "A3"}),
        SummaryRow("Basra", None, None, None, remaining_m2=3_000_000.0, hazards={"H1"}),
    ]
    translator = i18n.Translator()
    assert translator.install("ar")
    try:
        html = build_report(totals, rows, [], language="ar").render()
    finally:
        translator.remove()
    assert "أرض ملغاة" in html and "أرض مطهرة" in html, "release types in the page language"
    assert "الجهة المنفذة" in html and "(بلا جهة منفذة)" in html
    assert f"597 / 1{NBSP}250" in html and "597.0" not in html
    assert f"25{NBSP}400{NBSP}000" in html, "square metres of the detail table, no-break thousands"
    assert "Cancelled" not in html and "cancelled" not in html.replace('lang="ar"', "")
