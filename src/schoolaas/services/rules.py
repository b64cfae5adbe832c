"""Rules shared by everyone on one database: the ECTS→op rate, per-course
credit overrides, the travel buffer, the schools' exam weeks and the
matriculation exam days. They live in the database (not in a user's own
settings) so every copy of the program on a shared server audits by the same
rules. Each function is one unit of work; bad input raises InvalidInput.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import col, func, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.repositories import (
    bump_catalogue_version,
    credit_overrides,
    set_setting,
    settings,
)
from schoolaas.data.tables import CreditOverrideRow, MatriculationDayRow, OfferingRow, PeriodRow
from schoolaas.domain.codes import normalise_code
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises.buildings import unit
from schoolaas.services.setup.lessons import expand_lessons
from schoolaas.services.views import Change

ECTS_KEY = "ects_to_op"  # read by services.auditing.rules_from_settings
BUFFER_KEY = "travel_buffer_minutes"  # read by services.catalogue
MAX_RATE = 5.0
MAX_BUFFER = 60
SUBJECT_RE = re.compile(r"^[A-Z]{1,3}\d?$")


@dataclass(frozen=True)
class SharedRules:
    ects_to_op: float = 1.0
    travel_buffer_minutes: int = 0
    overrides: dict[str, float] = field(default_factory=dict)  # course code -> op


def shared_rules(workspace: HasEngine) -> SharedRules:
    with unit(workspace) as session:
        stored = settings(session=session)
        return SharedRules(
            ects_to_op=_number(stored.get(ECTS_KEY), 1.0),
            travel_buffer_minutes=int(_number(stored.get(BUFFER_KEY), 0)),
            overrides=credit_overrides(session=session),
        )


def _number(text: str | None, default: float) -> float:
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default


def set_ects_to_op(workspace: HasEngine, rate: float) -> Change:
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate <= MAX_RATE:
        raise InvalidInput(
            "ECTS→op rate {rate!r} must be a number above 0 and at most {most}.",
            rate=rate,
            most=MAX_RATE,
        )
    return _set_setting(ECTS_KEY, f"{float(rate):g}", workspace)


def set_travel_buffer(workspace: HasEngine, minutes: int) -> Change:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_BUFFER:
        raise InvalidInput(
            "Travel buffer {minutes!r} must be 0–{most} whole minutes.",
            minutes=minutes,
            most=MAX_BUFFER,
        )
    return _set_setting(BUFFER_KEY, str(minutes), workspace)


def _set_setting(key: str, value: str, workspace: HasEngine) -> Change:
    with unit(workspace) as session:
        set_setting(key, value, session=session)
        bump_catalogue_version(session=session)
    return Change(settings=True, catalogue=True)


def set_credit_override(workspace: HasEngine, code: str, op: float | None) -> Change:
    """The op one course counts for whatever its ECTS (``None`` removes it)."""
    clean = normalise_code(code)
    if not clean or len(clean) > 60 or " " in clean:
        raise InvalidInput("Credit override: {code!r} is not a course code.", code=code)
    if op is not None and (
        isinstance(op, bool) or not isinstance(op, int | float) or not 0 <= op <= 60
    ):
        raise InvalidInput("Credit override {clean}: {op!r} must be 0–60 op.", clean=clean, op=op)
    with unit(workspace) as session:
        known = session.exec(
            select(OfferingRow.code).where(func.lower(OfferingRow.code) == clean.lower())
        ).first()
        clean = known or clean  # "cs-a1111" is stored as the catalogue writes it
        row = session.get(CreditOverrideRow, clean)
        if op is None:
            if row is not None:
                session.delete(row)
        else:
            row = row or CreditOverrideRow(code=clean, op=0)
            row.op = float(op)
            session.add(row)
        bump_catalogue_version(session=session)
    return Change(settings=True, catalogue=True)


@dataclass(frozen=True, slots=True)
class PeriodDates:
    key: str
    school: str | None
    year: str
    number: int
    start: date
    end: date
    exam_start: date | None
    exam_end: date | None


def period_dates(workspace: HasEngine, *, school: str | None = None) -> list[PeriodDates]:
    """School periods (of ``school``) with their exam weeks, in date order."""
    with unit(workspace) as session:
        query = select(PeriodRow).where(col(PeriodRow.school).is_not(None))
        if school:
            query = query.where(PeriodRow.school == school)
        rows = session.exec(query.order_by(col(PeriodRow.start), col(PeriodRow.key))).all()
        return [
            PeriodDates(r.key, r.school, r.year, r.number, r.start, r.end, r.exam_start, r.exam_end)
            for r in rows
        ]


def set_exam_week(
    workspace: HasEngine, period_key: str, start: date | None, end: date | None
) -> Change:
    """Set (or with two ``None`` clear) the exam week of a school period."""
    with unit(workspace) as session:
        row = session.get(PeriodRow, period_key)
        if row is None:
            raise NotFound("No period {period_key}.", period_key=period_key)
        if (start is None) != (end is None):
            raise InvalidInput(
                "Exam week of {period_key}: give both the first and last day.",
                period_key=period_key,
            )
        if start is not None and end is not None:
            if end < start:
                raise InvalidInput(
                    "Exam week of {period_key}: {end} is before {start}.",
                    period_key=period_key,
                    end=end,
                    start=start,
                )
            if start < row.start or end > row.end + timedelta(days=14):
                raise InvalidInput(
                    "Exam week of {period_key}: {start}–{end} is outside the period "
                    "{start_of_period}–{end_of_period}.",
                    period_key=period_key,
                    start=start,
                    end=end,
                    start_of_period=row.start,
                    end_of_period=row.end,
                )
        row.exam_start, row.exam_end = start, end
        session.add(row)
        session.flush()
        expand_lessons(session, periods=[period_key])  # no lessons in the new exam week
        bump_catalogue_version(session=session)
    return Change(settings=True, catalogue=True)


def matriculation_days(workspace: HasEngine) -> list[tuple[date, str]]:
    with unit(workspace) as session:
        rows = session.exec(
            select(MatriculationDayRow).order_by(
                col(MatriculationDayRow.day), col(MatriculationDayRow.subject)
            )
        ).all()
        return [(r.day, r.subject) for r in rows]


def add_matriculation_day(workspace: HasEngine, day: date, subject: str) -> Change:
    code = subject.strip().upper()
    if not SUBJECT_RE.match(code):
        raise InvalidInput(
            "Matriculation day {day}: {subject!r} is not a subject code (MA, AI…).",
            day=day,
            subject=subject,
        )
    if day.weekday() >= 5:
        raise InvalidInput(
            "Matriculation day {day}: exams are held on weekdays, not {day:%A}.", day=day
        )
    with unit(workspace) as session:
        if session.get(MatriculationDayRow, (day, code)) is not None:
            raise InvalidInput(
                "Matriculation day {day} {code} is already listed.", day=day, code=code
            )
        session.add(MatriculationDayRow(day=day, subject=code))
        bump_catalogue_version(session=session)
    return Change(settings=True, catalogue=True)


def remove_matriculation_day(workspace: HasEngine, day: date, subject: str) -> Change:
    with unit(workspace) as session:
        row = session.get(MatriculationDayRow, (day, subject))
        if row is None:
            raise NotFound("No matriculation day {day} {subject}.", day=day, subject=subject)
        session.delete(row)
        bump_catalogue_version(session=session)
    return Change(settings=True, catalogue=True)
