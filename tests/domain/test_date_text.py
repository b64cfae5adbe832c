"""Dates read as typed (issue 15): "11.1.2027" is 11 January 2027 however
the day and month are padded, ISO too; a date that does not exist is
refused with what was wrong."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schoolaas.domain.date_text import DateProblem, DateTextError, parse_date_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.1.2027", date(2027, 1, 11)),
        ("1.11.2027", date(2027, 11, 1)),
        ("11.01.2027", date(2027, 1, 11)),
        ("01.11.2027", date(2027, 11, 1)),
        ("2027-01-11", date(2027, 1, 11)),
        ("2027-1-11", date(2027, 1, 11)),
        ("  29.2.2028 ", date(2028, 2, 29)),
        ("31.12.2026", date(2026, 12, 31)),
    ],
)
def test_a_typed_date_is_read_as_typed(text: str, expected: date) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("abc", DateProblem.NOT_A_DATE),
        ("11.1.", DateProblem.NOT_A_DATE),
        ("11/1/2027", DateProblem.NOT_A_DATE),
        ("11.1.2027.", DateProblem.NOT_A_DATE),
        ("11.1.20270", DateProblem.NOT_A_DATE),
        ("111.1.2027", DateProblem.NOT_A_DATE),
        ("11.1.27", DateProblem.SHORT_YEAR),
        ("1.13.2027", DateProblem.NO_SUCH_MONTH),
        ("1.0.2027", DateProblem.NO_SUCH_MONTH),
        ("2027-13-01", DateProblem.NO_SUCH_MONTH),
        ("31.2.2027", DateProblem.NO_SUCH_DAY),
        ("29.2.2027", DateProblem.NO_SUCH_DAY),
        ("0.1.2027", DateProblem.NO_SUCH_DAY),
        ("31.4.2027", DateProblem.NO_SUCH_DAY),
        ("0.1.0000", DateProblem.NOT_A_DATE),
    ],
)
def test_what_is_not_a_date_says_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateTextError) as raised:
        parse_date_text(text)
    assert raised.value.problem is problem
    assert raised.value.text == text


def test_a_day_past_the_month_tells_the_month_and_its_days() -> None:
    with pytest.raises(DateTextError) as raised:
        parse_date_text("31.2.2027")
    found = raised.value
    assert (found.day, found.month, found.year, found.days) == (31, 2, 2027, 28)


@settings(deadline=None)  # a busy machine: no time limit per example
@given(st.dates(min_value=date(1000, 1, 1)), st.booleans(), st.booleans())
def test_every_date_written_either_way_reads_back(
    day: date, pad_day: bool, pad_month: bool
) -> None:
    d = f"{day.day:02d}" if pad_day else str(day.day)
    m = f"{day.month:02d}" if pad_month else str(day.month)
    assert parse_date_text(f"{d}.{m}.{day.year}") == day
    assert parse_date_text(day.isoformat()) == day
