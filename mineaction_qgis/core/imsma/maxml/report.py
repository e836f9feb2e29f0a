"""What the maXML reader did not understand, counted while reading and told to the user at the end.

Nothing is ignored silently: elements the profile does not name, code-list values it does
not know, values that could not be read, polygon parts left out and the day/month order
assumed for the file's dates are each reported once, with their counts.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.imsma import release_parts


@dataclass
class Tally:
    """The counts one import reports at its end."""

    unknown: Counter = field(default_factory=Counter)  # (parent, element name) the profile does not name
    unknown_codes: Counter = field(default_factory=Counter)  # (code list, value) not in the code list
    release_none: Counter = field(default_factory=Counter)  # (basis, detail) of activities released as none
    warnings: Counter = field(default_factory=Counter)  # values not read, parts dropped, forms without info


def report(feedback: Optional[QgsFeedback], tally: Tally, date_decision: Tuple[str, bool], extras: List[str]) -> None:
    """Push the tally's messages; ``date_decision`` is (message, assumed) and ``extras`` come from items.py."""
    for (parent, name), count in sorted(tally.unknown.items()):
        push_message(
            feedback,
            QCoreApplication.translate(
                "MaxmlReader",
                "maXML: {count} '{name}' element(s) in {parent} are not in the profile and were not loaded (add "
                "them to the profile's maxml section to map them).",
            ).format(count=count, name=name, parent=parent),
        )
    for line in release_parts.none_messages(tally.release_none):
        push_message(feedback, line)
    decision, assumed = date_decision
    if decision:
        push_message(feedback, decision, warning=assumed)
    for (code_list, value), count in sorted(tally.unknown_codes.items()):
        push_message(
            feedback,
            QCoreApplication.translate(
                "MaxmlReader",
                "maXML: value '{value}' ({count} time(s)) is not in the code list '{code_list}'; it was kept as it is.",
            ).format(value=value, count=count, code_list=code_list),
        )
    for key, count in sorted(tally.warnings.items(), key=str):
        push_message(feedback, _warning_text(key, count))
    for text in extras:
        push_message(feedback, text)


def _warning_text(key: object, count: int) -> str:
    if isinstance(key, tuple) and key[0] == "dropped_part":
        return QCoreApplication.translate(
            "MaxmlReader",
            "maXML: polygon part {ref} has fewer than 3 distinct vertices, or they all lie on one line, and "
            "was left out of its object (its points are loaded).",
        ).format(ref=key[1])
    if isinstance(key, tuple):
        return QCoreApplication.translate(
            "MaxmlReader", "maXML: {count} value(s) of field '{field}' could not be read and were left empty."
        ).format(count=count, field=key[1])
    if key == "no_polygon":
        return QCoreApplication.translate(
            "MaxmlReader", "maXML: {count} object(s) have no polygon and were loaded without geometry."
        ).format(count=count)
    if key == "bad_doi":
        return QCoreApplication.translate(
            "MaxmlReader",
            "maXML: {count} form(s) have a Date of Information that is not a date; it was left empty.",
        ).format(count=count)
    return QCoreApplication.translate(
        "MaxmlReader", "maXML: {count} form(s) have no FieldReportInfo (no Date of Information)."
    ).format(count=count)
