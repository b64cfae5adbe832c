"""Find a free room for a lesson pattern, and book it for a school course
group (an undoable edit: :func:`book_room` returns the :class:`Booking`
that :func:`unbook` takes back).

A pattern is weekly slots over a period (on the school's calendar, as the
tray import expands lessons: no lesson on a holiday, a no-teaching day or
in the exam week) or single dated lessons. Which rooms are free is
asked of the catalogue's TimetableIndex (domain/free_rooms.py); the booking
writes the room on the group's sessions at those times, and adds the
sessions the group does not have yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import col, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import GroupRow, OfferingRow, RoomRow, SessionRow
from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.date_text import DateTextError, parse_date_text
from schoolaas.domain.free_rooms import FreeRoom, clashing_dates, free_rooms, room_sessions
from schoolaas.domain.model import Provider, Session
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.premises.buildings import unit
from schoolaas.services.setup.lessons import SchoolDays
from schoolaas.services.views import Change

MAX_LESSONS = 500
WEEKDAYS = {
    **{name: n for n, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: n for n, name in enumerate(("ma", "ti", "ke", "to", "pe", "la", "su"))},
    **{name: n for n, name in enumerate(("mån", "tis", "ons", "tor", "fre", "lör", "sön"))},
    **{str(n + 1): n for n in range(7)},
}
_TIMES = re.compile(r"^(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True, slots=True)
class Booking:
    """What a booking wrote, so that it can be taken back."""

    offering_key: str
    group_key: str
    room: str  # room key
    lessons: tuple[Session, ...]
    created: tuple[int, ...]  # ids of the sessions the booking added
    moved: tuple[tuple[int, str | None, str | None], ...]  # (id, old room, old building)


# -- patterns -------------------------------------------------------------


def parse_times(text: str, where: str) -> tuple[time, time]:
    """'08:15-09:30' (or 8.15–9.30) as a start and an end."""
    found = _TIMES.match(text.strip())
    if found is None:
        raise InvalidInput(
            "{where}: {text!r} is not a time range such as 08:15-09:30.", where=where, text=text
        )
    h1, m1, h2, m2 = map(int, found.groups())
    try:
        start, end = time(h1, m1), time(h2, m2)
    except ValueError:
        raise InvalidInput(
            "{where}: {text!r} is not a time of day.", where=where, text=text
        ) from None
    if end <= start:
        raise InvalidInput("{where}: the lesson ends before it starts.", where=where)
    return start, end


def parse_slot(text: str) -> WeeklySlot:
    """'Mon 08:15-09:30' (also 'ma 8.15-9.30', 'tis 8.15-9.30', '1 08:15-09:30')."""
    day, _, times = text.strip().partition(" ")
    key = day.strip().lower()
    weekday = WEEKDAYS.get(key[:3] if key[:3] in WEEKDAYS else key[:2])
    if weekday is None:
        raise InvalidInput(
            "Weekly slot {text!r}: start with a weekday (Mon … Sun), then the times.", text=text
        )
    start, end = parse_times(times, f"Weekly slot {text.strip()}")
    return WeeklySlot(weekday, start, end)


def parse_day(text: str) -> date:
    """2026-10-05 or 5.10.2026 (domain/date_text, as the week field reads it)."""
    try:
        return parse_date_text(text)
    except DateTextError:
        raise InvalidInput(
            "{text!r} is not a date such as 2026-10-05 or 5.10.2026.", text=text
        ) from None


def parse_lesson(text: str) -> Session:
    """'2026-10-05 08:15-09:30': one dated lesson."""
    day, _, times = text.strip().partition(" ")
    start, end = parse_times(times, f"Lesson {text.strip()}")
    on = parse_day(day)
    return Session(datetime.combine(on, start), datetime.combine(on, end))


def weekly_lessons(
    workspace: HasEngine, period_key: str, slots: Sequence[WeeklySlot]
) -> tuple[Session, ...]:
    """Every lesson of ``slots`` in the period on the school's calendar: none
    on its holidays and no-teaching days, none in the period's exam week."""
    period = _catalogue(workspace).periods.get(period_key)
    if period is None:
        raise NotFound("There is no period {period}.", period=period_key)
    if not slots:
        raise InvalidInput("Give at least one weekly slot (e.g. Mon 08:15-09:30).")
    with unit(workspace) as session:
        days = SchoolDays(session, [period.school] if period.school else [])
        skip = days.skip(period.school, period.key, period.start, period.end)
    if period.exam_week is not None:  # also when the period row names no school
        skip.update(d for d in _days(period.exam_week.start, period.exam_week.end))
    return _checked(expand_weekly(slots, period.dates, skip=skip))


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def dated_lessons(lessons: Iterable[Session]) -> tuple[Session, ...]:
    return _checked(sorted(lessons, key=lambda s: s.start))


def _checked(lessons: Sequence[Session]) -> tuple[Session, ...]:
    if not lessons:
        raise InvalidInput("The pattern holds no lesson: no date falls in it.")
    if len(lessons) > MAX_LESSONS:
        raise InvalidInput(
            "The pattern holds {count} lessons; at most {most} are looked at once.",
            count=len(lessons),
            most=MAX_LESSONS,
        )
    return tuple(lessons)


# -- finding --------------------------------------------------------------


def school_building(cat: Catalogue, school: str | None) -> str | None:
    """The building of ``school`` (the only school when not given)."""
    if school is None and len(cat.schools) == 1:
        school = next(iter(cat.schools))
    if school is None:
        return None
    info = cat.schools.get(school)
    if info is None:
        raise NotFound("There is no school {school}.", school=school)
    return info.building


def find_free_rooms(
    workspace: HasEngine,
    lessons: Sequence[Session],
    size: int,
    *,
    school: str | None = None,
    kind: str | None = None,
    group: tuple[str, str] | None = None,
) -> list[FreeRoom]:
    """Rooms holding ``size`` students free on every lesson, nearest to the
    school first; the sessions of ``group`` (offering key, group key) do
    not block (the group may move)."""
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise InvalidInput("Group size {size!r} must be a whole number from 1.", size=size)
    cat = _catalogue(workspace)
    return free_rooms(
        cat.timetable,
        lessons,
        size,
        school_building=school_building(cat, school),
        kind=(kind or "").strip().lower() or None,
        ignore=(group,) if group else (),
    )


def _catalogue(workspace: HasEngine) -> Catalogue:
    catalogue = getattr(workspace, "catalogue", None)
    if not callable(catalogue):
        raise InvalidInput("Free rooms need an open workspace.")
    found: Catalogue = catalogue()
    return found


def school_groups(workspace: HasEngine) -> list[tuple[str, str, str]]:
    """(offering key, group key, label) of every school course group."""
    with unit(workspace) as session:
        rows = session.exec(
            select(OfferingRow.key, OfferingRow.code, OfferingRow.period, GroupRow.key)
            .join(GroupRow, col(GroupRow.offering) == OfferingRow.key)
            .where(OfferingRow.provider == Provider.SCHOOL.value)
            .order_by(col(OfferingRow.code), col(OfferingRow.key), col(GroupRow.key))
        ).all()
    return [(key, group, f"{code} {group} ({period or key})") for key, code, period, group in rows]


def find_group(workspace: HasEngine, course: str, group: str | None = None) -> tuple[str, str]:
    """(offering key, group key) of a school course group named by its
    offering key or course code, and group key (needed when it has several)."""
    text = course.strip()
    found = [g for g in school_groups(workspace) if text in (g[0], g[2].split(" ")[0])]
    if group:
        found = [g for g in found if g[1] == group.strip()]
    if not found:
        raise NotFound("No school course group {course} {group}.", course=text, group=group or "")
    if len(found) > 1:
        raise InvalidInput(
            "{course} names {count} school course groups: {keys}; give the offering key "
            "and the group.",
            course=text,
            count=len(found),
            keys=", ".join(f"{g[0]} {g[1]}" for g in found[:8]),
        )
    return found[0][0], found[0][1]


# -- booking --------------------------------------------------------------


def book_room(
    workspace: HasEngine, group: tuple[str, str], room_key: str, lessons: Sequence[Session]
) -> tuple[Booking, Change]:
    """Put the school course group's lessons in the room: a session of the
    group at a lesson's time gets the room, a missing one is added. Refused
    when the room is not free on one of the dates."""
    offering_key, group_key = group
    cat = _catalogue(workspace)
    room = cat.rooms.get(room_key)
    if room is None:
        raise NotFound("No room {key}.", key=room_key)
    if not lessons:
        raise InvalidInput("The pattern holds no lesson: no date falls in it.")
    index = cat.timetable
    taken = room_sessions(index, {s.start.date() for s in lessons}, ignore=(group,))
    busy = clashing_dates(index, room, lessons, taken.get(room.key, []))
    if busy:
        raise InvalidInput(
            "Room {room} is taken on {dates}; choose another room.",
            room=room.key,
            dates=", ".join(f"{d:%d.%m.%Y}" for d in busy[:6]) + (" …" if len(busy) > 6 else ""),
        )
    with unit(workspace) as session:
        row = session.exec(
            select(GroupRow, OfferingRow)
            .join(OfferingRow, col(OfferingRow.key) == GroupRow.offering)
            .where(GroupRow.offering == offering_key, GroupRow.key == group_key)
        ).first()
        if row is None:
            raise NotFound("No school course group {course} {group}.", course=offering_key,
                           group=group_key)  # fmt: skip
        group_row, offering = row
        if offering.provider != Provider.SCHOOL.value:
            raise InvalidInput(
                "{code} is an Aalto course: its rooms are Aalto's; only school course "
                "groups are booked here.",
                code=offering.code,
            )
        if session.exec(select(RoomRow).where(RoomRow.key == room.key)).first() is None:
            raise NotFound("No room {key}.", key=room.key)
        existing = {
            (s.start, s.end): s
            for s in session.exec(select(SessionRow).where(SessionRow.group_id == group_row.id))
        }
        moved: list[tuple[int, str | None, str | None]] = []
        added: list[SessionRow] = []
        for lesson in lessons:
            held = existing.get((lesson.start, lesson.end))
            if held is not None:
                moved.append((held.id or 0, held.room, held.building))
                held.room, held.building = room.key, room.building
                session.add(held)
            else:
                new = SessionRow(group_id=group_row.id or 0, start=lesson.start, end=lesson.end,
                                 room=room.key, building=room.building)  # fmt: skip
                session.add(new)
                added.append(new)
        session.flush()
        bump_catalogue_version(session=session)
        booking = Booking(
            offering_key, group_key, room.key, tuple(lessons),
            tuple(s.id or 0 for s in added), tuple(moved),
        )  # fmt: skip
    return booking, Change(premises=True, catalogue=True)


def unbook(workspace: HasEngine, booking: Booking) -> Change:
    """Take a booking back: the added sessions go, the others get their
    rooms back. Refused (nothing changed) when a session of the booking is
    no longer in the booked room."""
    ids = [*booking.created, *(m[0] for m in booking.moved)]
    with unit(workspace) as session:
        rows = {
            s.id: s for s in session.exec(select(SessionRow).where(col(SessionRow.id).in_(ids)))
        }
        if any(rows.get(i) is None or rows[i].room != booking.room for i in ids):
            raise StaleEdit(
                "The sessions booked in {room} for {course} {group} were changed since; "
                "nothing was undone. Reload to see them.",
                room=booking.room,
                course=booking.offering_key,
                group=booking.group_key,
            )
        for i in booking.created:
            session.delete(rows[i])
        for i, room, building in booking.moved:
            rows[i].room, rows[i].building = room, building
            session.add(rows[i])
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


__all__ = [
    "Booking",
    "FreeRoom",
    "book_room",
    "dated_lessons",
    "find_free_rooms",
    "find_group",
    "parse_day",
    "parse_lesson",
    "parse_slot",
    "school_building",
    "school_groups",
    "unbook",
    "weekly_lessons",
]
