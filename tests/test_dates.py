"""The one date reader (core/common/dates.py): formats, Excel serials, day/month order decided per file."""

import datetime

import pytest
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from mineaction_qgis.core.common import dates

D = datetime.date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-03-04", D(2021, 3, 4)),
        ("2021-03-04T10:30:00", D(2021, 3, 4)),
        ("2021/3/4", D(2021, 3, 4)),
        ("04/03/2021", D(2021, 3, 4)),
        ("4.3.2021", D(2021, 3, 4)),
        ("4-Mar-2021", D(2021, 3, 4)),
        ("04 March 2021", D(2021, 3, 4)),
        ("Mar 4, 2021", D(2021, 3, 4)),
        ("20210304", D(2021, 3, 4)),
        ("44259", D(2021, 3, 4)),
        (44259, D(2021, 3, 4)),
        (44259.75, D(2021, 3, 4)),
        (QDate(2021, 3, 4), D(2021, 3, 4)),
        (QDateTime(QDate(2021, 3, 4), QTime(23, 59)), D(2021, 3, 4)),
        (datetime.datetime(2021, 3, 4, 8), D(2021, 3, 4)),
        ("25/03/2021", D(2021, 3, 25)),
        (None, None),
        ("", None),
        ("  ", None),
        (QDate(), None),
        ("not a date", None),
        ("31/02/2021", None),
        ("12345", None),
        ("2021-13-01", None),
    ],
)
def test_formats(value, expected):
    assert dates.parse(value) == expected


def test_month_first_order_and_unambiguous_fallback():
    assert dates.parse("04/03/2021", dates.MONTH_FIRST) == D(2021, 4, 3)
    assert dates.parse("25/03/2021", dates.MONTH_FIRST) == D(2021, 3, 25), "only one reading is a date"


def test_order_is_decided_from_the_unambiguous_values_and_reported():
    reader = dates.DateReader()
    decision = reader.learn(["03/25/2021", "04/03/2021", "12/31/2020", "05/06/2021", QDate(2020, 1, 1), None])
    assert decision.order == dates.MONTH_FIRST and not decision.assumed
    assert (decision.month_first_votes, decision.day_first_votes, decision.ambiguous) == (2, 0, 2)
    assert reader.read("04/03/2021") == D(2021, 4, 3)
    message = decision.message("file.xml")
    assert "file.xml" in message and "month/day/year" in message


def test_assumed_day_first_is_said():
    reader = dates.DateReader()
    decision = reader.learn(["04/03/2021"])
    assert decision.order == dates.DAY_FIRST and decision.assumed
    assert "Check them" in decision.message("f.csv")
    assert dates.DateReader().learn(["2021-01-01"]).message("f") == ""


def test_unreadable_is_remembered_never_silent():
    reader = dates.DateReader()
    assert reader.read("soon") is None and reader.read(None) is None and reader.read("") is None
    assert reader.unreadable == ["soon"]
    assert reader.qdate("2021-03-04") == QDate(2021, 3, 4) and reader.iso(QDate(2021, 3, 4)) == "2021-03-04"
