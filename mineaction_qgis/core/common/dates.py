"""The plugin's one date reader: every date of every input goes through here.

IMSMA exports and the spreadsheets officers keep write dates in many ways:

* ISO: ``2021-03-04``, ``2021-03-04T10:00:00``, ``2021/03/04``;
* day first: ``04/03/2021``, ``4.3.2021``, ``4-Mar-2021``, ``04 March 2021``;
* month first (US Excel): ``03/04/2021``, ``Mar 4, 2021``;
* Excel serial days: ``44259`` (days since 1899-12-30);
* QDate / QDateTime / Python date values from a data provider.

``04/03/2021`` is ambiguous. A file is written one way, so the order is decided
for the whole file from its unambiguous values (a first number above 12 means day
first, a second number above 12 means month first): ``DateReader.learn`` counts
them and ``DateReader.decision`` says what was decided and why, for the import or
analysis report. Without any unambiguous value, day first (Iraq's custom) is
assumed and said so. A value that is present but cannot be read is never a
silent NULL: ``DateReader.read`` returns it as a problem the caller reports.
"""

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from mineaction_qgis.core.common.values import is_null

DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"
EXCEL_EPOCH = datetime.date(1899, 12, 30)
# Serial days accepted as Excel dates: 1950-01-01 .. 2099-12-31.
EXCEL_MIN, EXCEL_MAX = 18264, 73050
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T ]\S*)")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$| \S*)")
_NAMED = re.compile(r"^(\d{1,2})[-/. ]([A-Za-z]{3,9})\.?[-/. ,]+(\d{4})(?:$| \S*)")
_NAMED_US = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:$| \S*)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")


def _make(year: int, month: int, day: int) -> Optional[datetime.date]:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _native(value: Any) -> Optional[datetime.date]:
    """Date of a QDate, QDateTime or Python date/datetime value; None for anything else or invalid."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def order_vote(text: str) -> Optional[str]:
    """DAY_FIRST or MONTH_FIRST when a numeric date text can only be read one way; None otherwise."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return None


def is_ambiguous(text: str) -> bool:
    """Whether a numeric date text reads as two different dates (e.g. 04/03/2021)."""
    match = _NUMERIC.match(text.strip())
    return bool(match) and int(match.group(1)) <= 12 and int(match.group(2)) <= 12 and match.group(1) != match.group(2)


def parse(value: Any, order: str = DAY_FIRST) -> Optional[datetime.date]:
    """The date of ``value``; None when it is empty or not a date. ``order`` decides numeric day/month texts."""
    if is_null(value):
        return None
    native = _native(value)
    if native is not None or isinstance(value, (QDate, QDateTime, datetime.date)):
        return native
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(float(value))
    text = str(value).strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.match(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        # A value that can only be read the other way (25/03 in a month-first file) is read that way.
        return _make(year, month, day) or _make(year, day, month)
    match = _NAMED.match(text)
    if match and match.group(2).casefold() in MONTHS:
        return _make(int(match.group(3)), MONTHS[match.group(2).casefold()], int(match.group(1)))
    match = _NAMED_US.match(text)
    if match and match.group(1).casefold() in MONTHS:
        return _make(int(match.group(3)), MONTHS[match.group(1).casefold()], int(match.group(2)))
    match = _COMPACT.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if _SERIAL.match(text):
        return _serial(float(text))
    return None


def _serial(days: float) -> Optional[datetime.date]:
    if not EXCEL_MIN <= days <= EXCEL_MAX:
        return None
    return EXCEL_EPOCH + datetime.timedelta(days=int(days))


def to_qdate(value: Any, order: str = DAY_FIRST) -> Optional[QDate]:
    """``parse`` as a QDate (for QGIS fields); None when not a date."""
    parsed = parse(value, order)
    return QDate(parsed.year, parsed.month, parsed.day) if parsed is not None else None


def to_iso(value: Any, order: str = DAY_FIRST) -> Optional[str]:
    """``parse`` as ``YYYY-MM-DD`` text; None when not a date."""
    parsed = parse(value, order)
    return parsed.isoformat() if parsed is not None else None


@dataclass
class OrderDecision:
    """How the numeric dates of one file are read, and from what evidence."""

    order: str = DAY_FIRST
    day_first_votes: int = 0
    month_first_votes: int = 0
    ambiguous: int = 0
    assumed: bool = True  # no unambiguous value decided it

    def message(self, source: str) -> str:
        """A line for the report: the decision and its evidence (empty when there was nothing to decide)."""
        if not self.ambiguous and not self.day_first_votes and not self.month_first_votes:
            return ""
        order = (
            QCoreApplication.translate("DateReader", "day/month/year")
            if self.order == DAY_FIRST
            else QCoreApplication.translate("DateReader", "month/day/year")
        )
        if self.assumed:
            return QCoreApplication.translate(
                "DateReader",
                "{source}: {ambiguous} date(s) such as 04/03/2021 can be read two ways and no date in the file "
                "decides it; they were read as {order}. Check them.",
            ).format(source=source, ambiguous=self.ambiguous, order=order)
        return QCoreApplication.translate(
            "DateReader",
            "{source}: dates read as {order}, decided from the file's unambiguous dates ({day_first} day first, "
            "{month_first} month first); {ambiguous} ambiguous date(s) were read that way.",
        ).format(
            source=source,
            order=order,
            day_first=self.day_first_votes,
            month_first=self.month_first_votes,
            ambiguous=self.ambiguous,
        )


@dataclass
class DateReader:
    """Reads the dates of one file or layer consistently, and remembers what it could not read."""

    decision: OrderDecision = field(default_factory=OrderDecision)
    unreadable: List[str] = field(default_factory=list)

    def learn(self, values: Iterable[Any]) -> OrderDecision:
        """Decide day/month order from ``values`` (all date texts of the file): majority of unambiguous ones."""
        decision = OrderDecision()
        for value in values:
            if is_null(value) or _native(value) is not None or not isinstance(value, str):
                continue
            vote = order_vote(value)
            if vote == DAY_FIRST:
                decision.day_first_votes += 1
            elif vote == MONTH_FIRST:
                decision.month_first_votes += 1
            elif is_ambiguous(value):
                decision.ambiguous += 1
        if decision.day_first_votes or decision.month_first_votes:
            decision.assumed = False
            decision.order = MONTH_FIRST if decision.month_first_votes > decision.day_first_votes else DAY_FIRST
        self.decision = decision
        return decision

    def read(self, value: Any) -> Optional[datetime.date]:
        """The date of ``value``; None when empty. A filled value that is not a date is remembered in ``unreadable``."""
        parsed = parse(value, self.decision.order)
        if parsed is None and not is_null(value) and str(value).strip():
            self.unreadable.append(str(value).strip())
        return parsed

    def qdate(self, value: Any) -> Optional[QDate]:
        parsed = self.read(value)
        return QDate(parsed.year, parsed.month, parsed.day) if parsed is not None else None

    def iso(self, value: Any) -> Optional[str]:
        parsed = self.read(value)
        return parsed.isoformat() if parsed is not None else None
