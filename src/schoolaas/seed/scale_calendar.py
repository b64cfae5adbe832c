"""Dates for the scale generator: school and Aalto periods, holidays, and a
fast weekly expansion straight into session rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources

from schoolaas.seed.scale_data import EXAM_WEEK_DAYS, SCHOOL_PERIODS

ROMAN = ("I", "II", "III", "IV", "V")


@dataclass(frozen=True, slots=True)
class Span:
    """A period's dates: teaching runs from ``start`` to ``teach_end``; the
    rest up to ``end`` is the exam (school) or evaluation (Aalto) week."""

    key: str
    year: str
    number: int
    start: date
    end: date

    @property
    def exam_start(self) -> date:
        return self.end - timedelta(days=EXAM_WEEK_DAYS - 1)

    @property
    def teach_end(self) -> date:
        return self.exam_start - timedelta(days=1)


def first_year(year: str) -> int:
    return int(year[:4])


def year_name(first: int) -> str:
    return f"{first}-{(first + 1) % 100:02d}"


def school_periods(school: str, year: str) -> tuple[Span, ...]:
    y = first_year(year)
    out = []
    for number, ((m1, d1), (m2, d2)) in enumerate(SCHOOL_PERIODS, start=1):
        start = date(y if m1 >= 8 else y + 1, m1, d1)
        end = date(y if m2 >= 8 else y + 1, m2, d2)
        out.append(Span(f"{school}:{year}/{number}", year, number, start, end))
    return tuple(out)


def aalto_periods(years: tuple[str, ...]) -> dict[str, tuple[Span, ...]]:
    """Aalto periods I-V of ``years`` from the shipped periods file."""
    path = resources.files("schoolaas.resources") / "data" / "aalto_periods.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[Span, ...]] = {}
    for entry in data["years"]:
        if entry["year"] not in years:
            continue
        spans = []
        for p in entry["periods"]:
            number = ROMAN.index(p["period"]) + 1
            spans.append(
                Span(
                    f"aalto:{entry['year']}/{p['period']}",
                    entry["year"],
                    number,
                    date.fromisoformat(p["start_date"]),
                    date.fromisoformat(p["end_date"]),
                )
            )
        out[entry["year"]] = tuple(spans)
    missing = [y for y in years if y not in out]
    if missing:
        raise ValueError(f"aalto_periods.json has no periods for {', '.join(missing)}")
    return out


def school_holiday_ranges(year: str) -> tuple[tuple[str, date, date], ...]:
    """Autumn break (ISO week 42), Christmas (22.12.-6.1.), winter break
    (ISO week 9), named, Monday to Friday for the breaks."""
    y = first_year(year)
    autumn = date.fromisocalendar(y, 42, 1)
    winter = date.fromisocalendar(y + 1, 9, 1)
    return (
        ("Autumn break", autumn, autumn + timedelta(days=4)),
        ("Christmas break", date(y, 12, 22), date(y + 1, 1, 6)),
        ("Winter break", winter, winter + timedelta(days=4)),
    )


def school_holidays(year: str) -> frozenset[date]:
    """Every day of :func:`school_holiday_ranges`."""
    days: set[date] = set()
    for _name, start, end in school_holiday_ranges(year):
        day = start
        while day <= end:
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def weekly(
    start: date, end: date, weekday: int, t0: time, t1: time, skip: frozenset[date]
) -> Iterator[tuple[datetime, datetime]]:
    """(start, end) of every meeting on ``weekday`` between the dates."""
    day = start + timedelta(days=(weekday - start.weekday()) % 7)
    week = timedelta(days=7)
    while day <= end:
        if day not in skip:
            yield datetime.combine(day, t0), datetime.combine(day, t1)
        day += week
