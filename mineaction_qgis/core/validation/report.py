"""The HTML report of a validation run: what a data manager sends to an operator.

Key figures, counts by rule, severity and governorate with charts, then the table of
findings (worst first). Built on core/common/html_report.py, so it is self-contained and
right-to-left in Arabic and Sorani.
"""

from pathlib import Path
from typing import Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.common.numbers import format_count
from mineaction_qgis.core.validation.engine import count_by, worst_first
from mineaction_qgis.core.validation.rules import rule_by_code
from mineaction_qgis.core.validation.rules.base import SEVERITIES, Finding

MAX_TABLE_ROWS = 10_000


def severity_label(severity: str) -> str:
    labels = {
        "error": QCoreApplication.translate("ValidationReport", "Error"),
        "warning": QCoreApplication.translate("ValidationReport", "Warning"),
        "info": QCoreApplication.translate("ValidationReport", "Information"),
    }
    return labels.get(severity, severity)


class ValidationReport:
    """Builds the report of one run; ``save(path)`` writes the HTML file."""

    def __init__(
        self, findings: Sequence[Finding], checked: int, layer_name: str, language: Optional[str] = None
    ) -> None:
        self.findings = list(findings)
        self.checked = checked
        title = QCoreApplication.translate("ValidationReport", "Hazard validation: {layer}").format(layer=layer_name)
        self.report = HtmlReport(title, language)
        self._build()

    def _build(self) -> None:
        report, findings = self.report, self.findings
        rules = rule_by_code()
        by_severity = count_by(findings, "severity")
        hazards = {fid.strip() for f in findings for fid in f.feature_ids.split(",") if fid.strip()}
        report.add_summary(
            [
                (QCoreApplication.translate("ValidationReport", "Hazards checked"), format_count(self.checked)),
                (QCoreApplication.translate("ValidationReport", "Findings"), format_count(len(findings))),
                (QCoreApplication.translate("ValidationReport", "Records concerned"), format_count(len(hazards))),
            ]
            + [(severity_label(s), format_count(by_severity.get(s, 0))) for s in SEVERITIES]
        )
        if not findings:
            report.add_paragraph(QCoreApplication.translate("ValidationReport", "No problem found."))
            return

        report.add_heading(QCoreApplication.translate("ValidationReport", "Findings by rule"))
        by_rule = count_by(findings, "rule")
        codes = [code for code in rules if code in by_rule] + sorted(c for c in by_rule if c not in rules)
        report.add_bar_chart(
            QCoreApplication.translate("ValidationReport", "Findings by rule"),
            codes,
            {QCoreApplication.translate("ValidationReport", "Findings"): [by_rule[c] for c in codes]},
        )
        report.add_table(
            [
                QCoreApplication.translate("ValidationReport", "Rule"),
                QCoreApplication.translate("ValidationReport", "Title"),
                QCoreApplication.translate("ValidationReport", "Severity"),
                QCoreApplication.translate("ValidationReport", "Findings"),
            ],
            [
                [
                    c,
                    rules[c].title() if c in rules else "",
                    severity_label(rules[c].severity) if c in rules else "",
                    by_rule[c],
                ]
                for c in codes
            ],
        )

        report.add_heading(QCoreApplication.translate("ValidationReport", "Findings by governorate and severity"))
        governorates = self._governorates()
        unknown = QCoreApplication.translate("ValidationReport", "(none recorded)")
        series: Dict[str, List[int]] = {}
        for severity in SEVERITIES:
            series[severity_label(severity)] = [
                sum(1 for f in findings if (f.governorate or "") == g and f.severity == severity) for g in governorates
            ]
        labels = [g or unknown for g in governorates]
        report.add_bar_chart(QCoreApplication.translate("ValidationReport", "Findings by governorate"), labels, series)
        rows = []
        for index, label in enumerate(labels):
            counts = [series[severity_label(s)][index] for s in SEVERITIES]
            rows.append([label] + counts + [sum(counts)])
        report.add_table(
            [QCoreApplication.translate("ValidationReport", "Governorate")]
            + [severity_label(s) for s in SEVERITIES]
            + [QCoreApplication.translate("ValidationReport", "Total")],
            rows,
        )

        report.add_heading(QCoreApplication.translate("ValidationReport", "All findings"))
        ordered = worst_first(findings)
        if len(ordered) > MAX_TABLE_ROWS:
            report.add_paragraph(
                QCoreApplication.translate(
                    "ValidationReport",
                    "The first {shown} of {total} findings, worst first; the issue layer has them all.",
                ).format(shown=format_count(MAX_TABLE_ROWS), total=format_count(len(ordered)))
            )
            ordered = ordered[:MAX_TABLE_ROWS]
        report.add_table(
            [
                QCoreApplication.translate("ValidationReport", "Hazard"),
                QCoreApplication.translate("ValidationReport", "Rule"),
                QCoreApplication.translate("ValidationReport", "Severity"),
                QCoreApplication.translate("ValidationReport", "Governorate"),
                QCoreApplication.translate("ValidationReport", "Value"),
                QCoreApplication.translate("ValidationReport", "Message"),
            ],
            [
                [
                    f.hazard_id,
                    f.rule,
                    severity_label(f.severity),
                    f.governorate,
                    round(f.value, 1) if f.value is not None else "",
                    f.message,
                ]
                for f in ordered
            ],
            decimals=1,
        )

    def _governorates(self) -> List[str]:
        counts = count_by(self.findings, "governorate")
        return sorted(counts, key=lambda g: (-counts[g], g))

    def render(self) -> str:
        return self.report.render()

    def save(self, path: str) -> Path:
        return self.report.save(path)
