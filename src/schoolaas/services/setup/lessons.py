"""Weekly lesson patterns expanded on the school's calendar.

A school group's weekly lesson times (``lesson_pattern`` rows, written by
the tray import and the demo) become dated lessons on every week between the
pattern's first and last day, except on the school's holidays and
no-teaching days and in the exam week of the group's period. When the
calendar changes (a holiday added, a period's exam week moved) the services
call :func:`expand_lessons` in the same unit of work: lessons that should no
longer be are deleted, missing ones added, the rest left as they are."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from schoolaas.data.tables import (
    GroupRow,
    HolidayRow,
    LessonPatternRow,
    OfferingRow,
    PeriodRow,
    SessionRow,
)
from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.model import DateRange, SessionKind

Lesson = tuple[datetime, datetime, str | None, str | None]  # start, end, room, building


@dataclass(frozen=True, slots=True)
class Expanded:
    """What one expansion did: lessons added and removed, groups touched."""

    added: int = 0
    removed: int = 0
    groups: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


class SchoolDays:
    """Which days a school teaches: read once per unit of work."""

    def __init__(self, session: Session, schools: Iterable[str] | None = None) -> None:
        query = select(HolidayRow)
        wanted = None if schools is None else sorted(set(schools))
        if wanted is not None:
            query = query.where(col(HolidayRow.school).in_(wanted))
        self._off: dict[str, set[date]] = defaultdict(set)
        for h in session.exec(query).all():
            day = h.start
            while day <= h.end:
                self._off[h.school].add(day)
                day += timedelta(days=1)
        self._exam: dict[str, DateRange] = {}
        for p in session.exec(select(PeriodRow).where(col(PeriodRow.exam_start).is_not(None))):
            if p.exam_start is not None and p.exam_end is not None and p.exam_end >= p.exam_start:
                self._exam[p.key] = DateRange(p.exam_start, p.exam_end)

    def skip(self, school: str | None, period: str | None, first: date, last: date) -> set[date]:
        """Days between ``first`` and ``last`` without lessons for a group of
        ``school`` in ``period``: holidays, no-teaching days, the exam week."""
        out = {d for d in self._off.get(school or "", ()) if first <= d <= last}
        exam = self._exam.get(period or "")
        if exam is not None:
            day = max(exam.start, first)
            while day <= min(exam.end, last):
                out.add(day)
                day += timedelta(days=1)
        return out


def pattern_lessons(
    patterns: Iterable[LessonPatternRow], skip: set[date] | frozenset[date]
) -> list[Lesson]:
    """The dated lessons of ``patterns`` minus the days in ``skip``."""
    out: list[Lesson] = []
    for p in patterns:
        for s in expand_weekly(
            (WeeklySlot(p.weekday, p.start, p.end),),
            DateRange(p.first, p.last),
            room=p.room,
            building=p.building,
            skip=skip,
            kind=SessionKind.TEACHING,
        ):
            out.append((s.start, s.end, s.room, s.building))
    out.sort(key=lambda t: (t[0], t[1], t[2] or "", t[3] or ""))
    return out


def expand_lessons(
    session: Session,
    *,
    schools: Iterable[str] | None = None,
    groups: Iterable[int] | None = None,
    periods: Iterable[str] | None = None,
    between: tuple[date, date] | None = None,
) -> Expanded:
    """Bring the lessons of every group with a weekly pattern (of ``schools``,
    ``groups`` or ``periods`` when given, and with a pattern that meets on a
    day ``between`` two days when given) in line with the calendar."""
    query = (
        select(LessonPatternRow, GroupRow.offering, OfferingRow.school, OfferingRow.period)
        .join(GroupRow, col(GroupRow.id) == LessonPatternRow.group_id)
        .join(OfferingRow, col(OfferingRow.key) == GroupRow.offering)
    )
    if schools is not None:
        query = query.where(col(OfferingRow.school).in_(sorted(set(schools))))
    if groups is not None:
        query = query.where(col(LessonPatternRow.group_id).in_(sorted(set(groups))))
    if periods is not None:
        query = query.where(col(OfferingRow.period).in_(sorted(set(periods))))
    if between is not None:
        touched = (
            select(LessonPatternRow.group_id)
            .where(col(LessonPatternRow.first) <= between[1])
            .where(col(LessonPatternRow.last) >= between[0])
        )
        query = query.where(col(LessonPatternRow.group_id).in_(touched))
    by_group: dict[int, list[LessonPatternRow]] = defaultdict(list)
    where: dict[int, tuple[str, str | None, str | None]] = {}
    for pattern, offering, school, period in session.exec(query).all():
        by_group[pattern.group_id].append(pattern)
        where[pattern.group_id] = (offering, school, period)
    if not by_group:
        return Expanded()
    days = SchoolDays(session, {s for _, s, _ in where.values() if s})
    existing: dict[int, list[tuple[int, Lesson]]] = defaultdict(list)
    columns = sa_select(  # plain rows, not objects: a school has 100,000s of lessons
        col(SessionRow.id), col(SessionRow.group_id), col(SessionRow.start),
        col(SessionRow.end), col(SessionRow.room), col(SessionRow.building),
    )  # fmt: skip
    for ids in chunks(list(by_group)):
        for sid, gid, start, end, room, building in session.execute(
            columns.where(col(SessionRow.group_id).in_(ids))
        ):
            existing[gid].append((sid, (start, end, room, building)))
    doomed: list[int] = []
    new_rows: list[dict[str, object]] = []
    for group_id, patterns in by_group.items():
        offering, school, period = where[group_id]
        first = min(p.first for p in patterns)
        last = max(p.last for p in patterns)
        wanted = pattern_lessons(patterns, days.skip(school, period, first, last))
        have: dict[Lesson, list[int]] = defaultdict(list)
        for sid, lesson in existing.get(group_id, ()):
            have[lesson].append(sid)
        for lesson in wanted:
            kept = have.get(lesson)
            if kept:
                kept.pop()
                continue
            new_rows.append(lesson_row(group_id, offering, lesson))
        doomed.extend(sid for left in have.values() for sid in left)
    for part in chunks(doomed):
        session.execute(delete(SessionRow).where(col(SessionRow.id).in_(part)))
    if new_rows:
        session.execute(insert(SessionRow), new_rows)
    session.flush()
    return Expanded(added=len(new_rows), removed=len(doomed), groups=len(by_group))


def chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    """Slices for IN (...) queries (SQLite and PostgreSQL parameter limits)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def lesson_row(group_id: int, offering: str, lesson: Lesson) -> dict[str, object]:
    """A session row of a pattern's lesson (the uid the tray import gives)."""
    start, end, room, building = lesson
    return {
        "group_id": group_id,
        "start": start,
        "end": end,
        "room": room,
        "building": building,
        "kind": SessionKind.TEACHING.value,
        "uid": f"tray:{offering}:{start:%Y%m%dT%H%M}"[:200],
    }
