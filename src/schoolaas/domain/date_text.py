"""A date as a person types it: "11.1.2027", "11.01.2027", "1.11.2027"
(day.month.year, as Finnish and Finland-Swedish write it) or "2027-01-11"
(ISO). Read exactly as typed: no field is guessed or moved on to the next
one, and a date that does not exist is refused with what was wrong
(:class:`DateTextError`: the kind of problem and its figures, for the
caller to word in the user's language)."""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date
from enum import StrEnum

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d+)")  # d.m.yyyy
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")  # yyyy-mm-dd


class DateProblem(StrEnum):
    EMPTY = "empty"  # nothing typed
    NOT_A_DATE = "not-a-date"  # neither form: "abc", "11/1/2027", "11.1."
    SHORT_YEAR = "short-year"  # "11.1.27": the century is not guessed
    NO_SUCH_MONTH = "no-such-month"  # "1.13.2027"
    NO_SUCH_DAY = "no-such-day"  # "31.2.2027", "0.1.2027"


class DateTextError(ValueError):
    """Why ``text`` is not a date. ``year``, ``month``, ``day`` as read
    (0 where not read); ``days`` the number of days in that month (for
    NO_SUCH_DAY)."""

    def __init__(
        self,
        problem: DateProblem,
        text: str,
        *,
        year: int = 0,
        month: int = 0,
        day: int = 0,
        days: int = 0,
    ) -> None:
        super().__init__(f"{text!r}: {problem}")
        self.problem = problem
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.days = days


def parse_date_text(text: str) -> date:
    """The date ``text`` names (spaces around it ignored), or
    :class:`DateTextError`."""
    value = text.strip()
    if not value:
        raise DateTextError(DateProblem.EMPTY, text)
    if found := _DOTTED.fullmatch(value):
        day, month, year_text = found.groups()
        if len(year_text) != 4:
            problem = DateProblem.SHORT_YEAR if len(year_text) < 4 else DateProblem.NOT_A_DATE
            raise DateTextError(problem, text, month=int(month), day=int(day))
        return _checked(text, int(year_text), int(month), int(day))
    if found := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in found.groups())
        return _checked(text, year, month, day)
    raise DateTextError(DateProblem.NOT_A_DATE, text)


def _checked(text: str, year: int, month: int, day: int) -> date:
    if not MINYEAR <= year <= MAXYEAR:
        raise DateTextError(DateProblem.NOT_A_DATE, text, year=year, month=month, day=day)
    if not 1 <= month <= 12:
        raise DateTextError(DateProblem.NO_SUCH_MONTH, text, year=year, month=month, day=day)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateTextError(
            DateProblem.NO_SUCH_DAY, text, year=year, month=month, day=day, days=days
        )
    return date(year, month, day)


__all__ = ["DateProblem", "DateTextError", "parse_date_text"]
