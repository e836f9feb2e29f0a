"""Self-contained HTML reports: key figures, bar charts (inline SVG) and tables.

What a data manager sends to an operator or prints for a meeting: one file, no
scripts, no external fonts or images, readable offline. Charts come before
tables because people would rather look than read. For Arabic and Sorani the page
is ``dir="rtl"`` and uses the Noto Arabic fonts; numbers stay in Latin digits, as
in the rest of the plugin, so figures match the GIS layers; core/common/numbers.py writes them.
"""

import datetime
import html
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis import i18n
from mineaction_qgis.core.common.numbers import format_number, with_unit

# Colours of chart series, in order; the first three match the land-release
# symbology of cancelled, reduced and cleared land (docs/en/symbology.md).
PALETTE = ("#4E79A7", "#F4A718", "#59A14F", "#E15759", "#76B7B2", "#B07AA1", "#9C755F", "#BAB0AC")

_CSS = """
body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans Arabic',Arial,sans-serif;margin:2em;color:#222;}
h1{font-size:1.6em;margin-bottom:.2em;} h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc;}
h3{font-size:1.05em;} .meta{color:#666;font-size:.9em;}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em;}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:start;}
th{background:#f0f0f0;} td.num{text-align:end;font-variant-numeric:tabular-nums;direction:ltr;unicode-bidi:embed;}
.summary{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0;}
.figure{border:1px solid #ddd;border-radius:4px;padding:.6em 1em;min-width:10em;}
.figure .value{font-size:1.4em;font-weight:bold;direction:ltr;unicode-bidi:embed;}
.figure .label{color:#555;font-size:.9em;}
.chart{margin:1em 0;} .legend span{display:inline-block;margin-inline-end:1em;font-size:.85em;}
.legend i{display:inline-block;width:.9em;height:.9em;margin-inline-end:.3em;vertical-align:middle;}
"""


class HtmlReport:
    """Builds one self-contained HTML page, section by section, then renders or saves it."""

    def __init__(self, title: str, language: Optional[str] = None) -> None:
        self.title = title
        self.language = language or i18n.chosen_language()
        self._parts: List[str] = []

    # --- content ------------------------------------------------------------------

    def add_heading(self, text: str, level: int = 2) -> None:
        level = min(max(level, 2), 4)
        self._parts.append(f"<h{level}>{html.escape(text)}</h{level}>")

    def add_paragraph(self, text: str) -> None:
        self._parts.append(f"<p>{html.escape(text)}</p>")

    def add_summary(self, items: Sequence[Tuple[str, str]]) -> None:
        """Key figures as boxes: (label, value already formatted)."""
        boxes = "".join(
            f'<div class="figure"><div class="value">{html.escape(str(value))}</div>'
            f'<div class="label">{html.escape(label)}</div></div>'
            for label, value in items
        )
        self._parts.append(f'<div class="summary">{boxes}</div>')

    def add_table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], decimals: int = 0) -> None:
        """A table; numbers are right-aligned (end-aligned in RTL) with Latin digits."""
        head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
        body = []
        for row in rows:
            cells = []
            for value in row:
                numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
                css = ' class="num"' if numeric else ""
                cells.append(f"<td{css}>{html.escape(format_number(value, decimals))}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        self._parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")

    def add_bar_chart(
        self,
        title: str,
        categories: Sequence[str],
        series: Dict[str, Sequence[float]],
        unit: str = "",
        decimals: int = 1,
    ) -> None:
        """Horizontal bar chart as inline SVG; several series are stacked. Integer series print as counts."""
        self._parts.append(bar_chart_svg(title, list(categories), series, unit, self.is_rtl(), decimals))

    # --- output ---------------------------------------------------------------------

    def is_rtl(self) -> bool:
        return i18n.is_right_to_left(self.language)

    def render(self) -> str:
        direction = "rtl" if self.is_rtl() else "ltr"
        generated = QCoreApplication.translate(
            "HtmlReport", "Generated on {date} by the Mine Action plugin for QGIS."
        ).format(date=datetime.date.today().isoformat())
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{self.language}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(self.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f'<h1>{html.escape(self.title)}</h1>\n<p class="meta">{html.escape(generated)}</p>\n'
            + "\n".join(self._parts)
            + "\n</body>\n</html>\n"
        )

    def save(self, path: str) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.render(), encoding="utf-8")
        return target


def bar_chart_svg(
    title: str,
    categories: List[str],
    series: Dict[str, Sequence[float]],
    unit: str = "",
    rtl: bool = False,
    decimals: int = 1,
) -> str:
    """An SVG horizontal (stacked) bar chart with a legend, wrapped in a figure block.

    Values and totals are written by core/common/numbers.py: an ``int`` series (counts) prints as
    integers, a float series with ``decimals`` places.
    """
    names = list(series)
    totals = [sum(series[name][i] or 0 for name in names) for i in range(len(categories))]
    peak = max(totals, default=0.0) or 1.0
    label_w, bar_w, row_h, value_w = 180, 420, 22, 110
    width = label_w + bar_w + value_w
    height = row_h * max(len(categories), 1) + 10
    rows = []
    for index, category in enumerate(categories):
        y = 5 + index * row_h
        offset = 0.0
        rects = []
        for s_index, name in enumerate(names):
            value = float(series[name][index] or 0)
            length = bar_w * value / peak
            x = (bar_w - offset - length) if rtl else offset
            x += value_w if rtl else label_w
            colour = PALETTE[s_index % len(PALETTE)]
            shown = with_unit(format_number(series[name][index] or 0, decimals), unit)
            rects.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{length:.1f}" height="{row_h - 6}" fill="{colour}">'
                f"<title>{html.escape(name)}: {html.escape(shown)}</title></rect>"
            )
            offset += length
        if rtl:  # labels on the right, read right to left; totals in the left column
            label = f'x="{width - 5}" text-anchor="start" direction="rtl"'
            total = f'x="{value_w - 5}" text-anchor="end" direction="ltr"'
        else:
            label = f'x="{label_w - 5}" text-anchor="end" direction="ltr"'
            total = f'x="{label_w + offset + 5:.1f}" text-anchor="start" direction="ltr"'
        rows.append(
            f'<text {label} y="{y + row_h - 7}" font-size="12">{html.escape(str(category))}</text>'
            + "".join(rects)
            + f'<text {total} y="{y + row_h - 7}" font-size="11">'
            + html.escape(with_unit(format_number(totals[index], decimals), unit))
            + "</text>"
        )
    legend = "".join(
        f'<span><i style="background:{PALETTE[i % len(PALETTE)]}"></i>{html.escape(name)}</span>'
        for i, name in enumerate(names)
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">{"".join(rows)}</svg>'
    )
    return f'<div class="chart"><h3>{html.escape(title)}</h3><div class="legend">{legend}</div>{svg}</div>'
