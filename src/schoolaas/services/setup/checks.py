"""Checking the records of the school setup before they are stored: each
check returns the record cleaned (spaces trimmed, codes upper-cased) or
raises InvalidInput naming the record and the field that is wrong. Pure:
what needs the database (does the building exist?) is checked by the
service that stores the record."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from schoolaas.io.school_calendar_records import (
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
)
from schoolaas.services.errors import InvalidInput
from schoolaas.services.premises.buildings import CODE_RE, MAX_TRAVEL, SITE_RE

YEAR_RE = re.compile(r"^(\d{4})-(\d{2})$")
SUBJECT_RE = re.compile(r"^[A-Z]{1,3}\d?$")
CURRICULUM_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
MAX_HOLIDAY_DAYS = 120  # a summer break is the longest range without lessons
MAX_PERIODS = 9
WALKING_RANGE = (20.0, 200.0)  # metres per minute: a slow stroll to a brisk walk


def check_school(r: SchoolRecord) -> SchoolRecord:
    code, name = r.code.strip().upper(), " ".join(r.name.split())
    if not CODE_RE.match(code):
        raise InvalidInput(
            "School code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.", code=r.code
        )
    if not name or len(name) > 200:
        raise InvalidInput("School {code}: the name must be 1–200 characters.", code=code)
    building = r.building.strip()
    if not building:
        raise InvalidInput("School {code}: give the code of its building.", code=code)
    curriculum = r.curriculum.strip()
    if not CURRICULUM_RE.match(curriculum):
        raise InvalidInput(
            "School {code}: curriculum {curriculum!r} must be a short name such as LOPS2021.",
            code=code,
            curriculum=r.curriculum,
        )
    return SchoolRecord(code, name, building, curriculum)


def year_bounds(year: str) -> tuple[date, date]:
    """The widest dates of an academic year "2026-27": 1.7.2026–31.7.2027.
    InvalidInput when ``year`` is not two consecutive years."""
    found = YEAR_RE.match(year.strip())
    if not found or (int(found.group(1)) + 1) % 100 != int(found.group(2)):
        raise InvalidInput(
            "School year {year!r} is not like 2026-27 (two consecutive years).", year=year
        )
    first = int(found.group(1))
    return date(first, 7, 1), date(first + 1, 7, 31)


def check_school_year(r: SchoolYearRecord) -> SchoolYearRecord:
    school, year = r.school.strip().upper(), r.year.strip()
    low, high = year_bounds(year)
    if r.end < r.start:
        raise InvalidInput(
            "School year {school} {year}: it ends ({end}) before it starts ({start}).",
            school=school,
            year=year,
            end=r.end,
            start=r.start,
        )
    if r.start < low or r.end > high:
        raise InvalidInput(
            "School year {school} {year}: {start}–{end} is not within {low}–{high}.",
            school=school,
            year=year,
            start=r.start,
            end=r.end,
            low=low,
            high=high,
        )
    return SchoolYearRecord(school, year, r.start, r.end)


def check_period(r: PeriodRecord) -> PeriodRecord:
    school, year = r.school.strip().upper(), r.year.strip()
    year_bounds(year)
    clean = PeriodRecord(school, year, r.number, r.start, r.end, r.exam_start, r.exam_end)
    key = clean.key
    if isinstance(r.number, bool) or not isinstance(r.number, int):
        raise InvalidInput("Period {key}: the number must be a whole number.", key=key)
    if not 1 <= r.number <= MAX_PERIODS:
        raise InvalidInput("Period {key}: the number must be 1–{most}.", key=key, most=MAX_PERIODS)
    if r.end < r.start:
        raise InvalidInput(
            "Period {key}: it ends ({end}) before it starts ({start}).",
            key=key,
            end=r.end,
            start=r.start,
        )
    if (r.exam_start is None) != (r.exam_end is None):
        raise InvalidInput(
            "Period {key}: give both the first and last day of the exam week.", key=key
        )
    if r.exam_start is not None and r.exam_end is not None:
        if r.exam_end < r.exam_start:
            raise InvalidInput(
                "Period {key}: the exam week ends ({end}) before it starts ({start}).",
                key=key,
                end=r.exam_end,
                start=r.exam_start,
            )
        if r.exam_start < r.start or r.exam_end > r.end + timedelta(days=14):
            raise InvalidInput(
                "Period {key}: the exam week {start}–{end} is outside the period "
                "{period_start}–{period_end}.",
                key=key,
                start=r.exam_start,
                end=r.exam_end,
                period_start=r.start,
                period_end=r.end,
            )
    return clean


def check_holiday(r: HolidayRecord) -> HolidayRecord:
    school, name = r.school.strip().upper(), " ".join(r.name.split())
    if not name or len(name) > 80:
        raise InvalidInput(
            "Holiday of {school} from {start}: the name must be 1–80 characters.",
            school=school,
            start=r.start,
        )
    try:
        kind = HolidayKind(r.kind)
    except ValueError:
        raise InvalidInput(
            "Holiday {name}: kind {kind!r} must be holiday or no-teaching.", name=name, kind=r.kind
        ) from None
    if r.end < r.start:
        raise InvalidInput(
            "Holiday {name}: it ends ({end}) before it starts ({start}).",
            name=name,
            end=r.end,
            start=r.start,
        )
    if (r.end - r.start).days >= MAX_HOLIDAY_DAYS:
        raise InvalidInput(
            "Holiday {name}: {start}–{end} is longer than {most} days.",
            name=name,
            start=r.start,
            end=r.end,
            most=MAX_HOLIDAY_DAYS,
        )
    return HolidayRecord(school, name, r.start, r.end, kind, r.id)


def check_travel(r: TravelRecord) -> TravelRecord:
    a, b = r.site_a.strip().lower(), r.site_b.strip().lower()
    for site in (a, b):
        if not SITE_RE.match(site):
            raise InvalidInput(
                "Travel: site {site!r} must be a short lower-case word (e.g. otaniemi).", site=site
            )
    if a == b:
        raise InvalidInput(
            "Travel {a} → {b}: within one site the audit walks; no entry needed.", a=a, b=b
        )
    minutes = r.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_TRAVEL:
        raise InvalidInput(
            "Travel {a} → {b}: {minutes!r} must be 0–{most} minutes.",
            a=a,
            b=b,
            minutes=minutes,
            most=MAX_TRAVEL,
        )
    return TravelRecord(min(a, b), max(a, b), minutes)


def check_matriculation_day(r: MatriculationDayRecord) -> MatriculationDayRecord:
    code = r.subject.strip().upper()
    if not SUBJECT_RE.match(code):
        raise InvalidInput(
            "Matriculation day {day}: {subject!r} is not a subject code (MA, AI…).",
            day=r.day,
            subject=r.subject,
        )
    if r.day.weekday() >= 5:
        raise InvalidInput(
            "Matriculation day {day}: exams are held on weekdays, not on a weekend.", day=r.day
        )
    return MatriculationDayRecord(r.day, code)


def check_walking_speed(m_per_min: float) -> float:
    low, high = WALKING_RANGE
    if (
        isinstance(m_per_min, bool)
        or not isinstance(m_per_min, int | float)
        or not math.isfinite(m_per_min)
        or not low <= m_per_min <= high
    ):
        raise InvalidInput(
            "Walking speed {speed!r} must be {low:g}–{high:g} metres per minute.",
            speed=m_per_min,
            low=low,
            high=high,
        )
    return float(m_per_min)
