"""Periods and weekly patterns on real dates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from schoolaas.domain.model import DateRange, Provider, Session, SessionKind


@dataclass(frozen=True, slots=True)
class Period:
    """A teaching period: a school's jakso (ending in an exam week) or an
    Aalto period I-V (followed by an evaluation week)."""

    key: str  # school "OTA:2026-27/2", Aalto "aalto:2026-27/II"
    provider: Provider
    year: str  # academic year, "2026-27"
    number: int  # 1..5
    dates: DateRange
    exam_week: DateRange | None = None
    school: str | None = None  # the school the period belongs to

    @property
    def start(self) -> date:
        return self.dates.start

    @property
    def end(self) -> date:
        return self.dates.end


def year_of(day: date) -> str:
    """Academic year a date belongs to: August starts a new one."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    """A weekly meeting time: weekday 0 = Monday."""

    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6, got {self.weekday}")
        if self.end <= self.start:
            raise ValueError(f"slot ends before it starts: {self.start} – {self.end}")


def expand_weekly(
    slots: Iterable[WeeklySlot],
    dates: DateRange,
    *,
    room: str | None = None,
    building: str | None = None,
    skip: Iterable[date] | DateRange | None = None,
    kind: SessionKind = SessionKind.TEACHING,
) -> tuple[Session, ...]:
    """Every dated session of ``slots`` between ``dates``, minus ``skip``
    (holidays, exam week)."""
    skipped: set[date] | DateRange
    skipped = skip if isinstance(skip, DateRange) else set(skip or ())
    out: list[Session] = []
    for slot in slots:
        for day in _weekdays(dates, slot.weekday):
            if day in skipped:
                continue
            out.append(
                Session(
                    datetime.combine(day, slot.start),
                    datetime.combine(day, slot.end),
                    room=room,
                    building=building,
                    kind=kind,
                )
            )
    out.sort(key=lambda s: s.start)
    return tuple(out)


def _weekdays(dates: DateRange, weekday: int) -> Iterator[date]:
    day = dates.start + timedelta(days=(weekday - dates.start.weekday()) % 7)
    while day <= dates.end:
        yield day
        day += timedelta(days=7)


def period_at(periods: Iterable[Period], day: date) -> Period | None:
    """The period whose dates contain ``day``."""
    return next((p for p in periods if day in p.dates), None)
