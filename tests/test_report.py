"""HTML reports: self-contained, right-to-left for ar/ckb, charts with bars proportional to values."""

import re
import xml.etree.ElementTree as ET

import pytest

from mineaction_qgis.core.common.html_report import HtmlReport, bar_chart_svg
from mineaction_qgis.core.common.numbers import NBSP, format_number


def _svg(chart_html: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg.*?</svg>", chart_html, re.S).group(0))


def _rects(svg: ET.Element):
    return [r for r in svg.iter() if r.tag.endswith("rect")]


def test_page_is_self_contained_and_escaped(tmp_path):
    report = HtmlReport("Validation <report>", language="en")
    report.add_summary([("Findings", "12")])
    report.add_bar_chart("By rule", ["overlap", "invalid_geometry"], {"errors": [3, 1]}, unit="")
    report.add_table(["Hazard", "Area m²"], [["HAZ-1 & 2", 1234.5], ["HAZ-3", 7]])
    path = report.save(str(tmp_path / "r.html"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert 'dir="ltr"' in text and 'lang="en"' in text
    assert "Validation &lt;report&gt;" in text and "HAZ-1 &amp; 2" in text
    assert "<script" not in text and "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert f'<td class="num">1{NBSP}234</td>' in text and '<td class="num">7</td>' in text


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_right_to_left_languages(language):
    text = HtmlReport("x", language=language).render()
    assert 'dir="rtl"' in text and f'lang="{language}"' in text
    assert "Noto Naskh Arabic" in text


def test_bars_are_proportional_and_stacked():
    svg = _svg(bar_chart_svg("t", ["a", "b"], {"cleared": [10, 5], "reduced": [10, 0]}))
    widths = [float(r.get("width")) for r in _rects(svg)]
    # a: 10 + 10 = 20 is the peak and fills the bar area; b: 5 of 20 is a quarter of it
    assert widths[0] + widths[1] == pytest.approx(420)
    assert widths[2] == pytest.approx(105) and widths[3] == pytest.approx(0)
    xs = [float(r.get("x")) for r in _rects(svg)]
    assert xs[1] == pytest.approx(xs[0] + widths[0]), "second series stacked after the first"


def test_rtl_bars_grow_leftwards():
    svg = _svg(bar_chart_svg("t", ["a"], {"s1": [1], "s2": [1]}, rtl=True))
    first, second = _rects(svg)
    assert float(first.get("x")) + float(first.get("width")) == pytest.approx(110 + 420)
    assert float(second.get("x")) + float(second.get("width")) == pytest.approx(float(first.get("x")))


def test_empty_chart_and_numbers():
    assert "<svg" in bar_chart_svg("empty", [], {})
    assert format_number(1234567) == f"1{NBSP}234{NBSP}567"
    assert format_number(0.5, 2) == "0.50"
    assert format_number(None) == "" and format_number("x") == "x"
