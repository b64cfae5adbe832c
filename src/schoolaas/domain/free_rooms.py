"""Which rooms are free for a lesson pattern.

A room is free when none of its sessions on the lessons' dates clashes
with a lesson, as the catalogue's :class:`TimetableIndex` answers it (the
audit's own overlap sweep): the lessons are put in the room (so no move
between buildings is ever asked about) and compared with the room's
sessions of those dates as one planned item. Rooms smaller than the group,
or of unknown capacity (0), are not listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.premises import Room
from schoolaas.domain.timetable_index import TimetableIndex

GroupRef = tuple[str, str]
"""(offering key, study group key)."""


@dataclass(frozen=True, slots=True)
class FreeRoom:
    """A room free on every date of the pattern."""

    room: Room
    walk: int | None  # minutes from the school's building; None: unknown

    @property
    def key(self) -> str:
        return self.room.key


def room_sessions(
    index: TimetableIndex, days: Collection[date], *, ignore: Collection[GroupRef] = ()
) -> dict[str, list[Session]]:
    """The sessions held in each room on ``days``, by room key (the groups
    in ``ignore`` left out: a group being moved does not block itself)."""
    out: dict[str, list[Session]] = defaultdict(list)
    for key, offering in index.offerings.items():
        for group in offering.groups:
            if ignore and (key, group.key) in ignore:
                continue
            for session in group.sessions:
                if session.room and session.start.date() in days:
                    out[session.room].append(session)
    return out


def room_is_free(
    index: TimetableIndex, room: Room, lessons: Sequence[Session], taken: Iterable[Session]
) -> bool:
    """Whether ``lessons``, held in ``room``, clash with none of ``taken``
    (sessions in that room)."""
    held = tuple(sorted(taken, key=_start))
    if not held:
        return True
    placed = tuple(sorted((replace(s, room=room.key, building=room.building) for s in lessons),
                          key=_start))  # fmt: skip
    busy = AuditItem(0, "", Provider.SCHOOL, ItemStatus.PLANNED, 0, sessions=held)
    return not index.clash_with((busy,), index.facts(placed))


def clashing_dates(
    index: TimetableIndex, room: Room, lessons: Sequence[Session], taken: Sequence[Session]
) -> list[date]:
    """The dates of ``lessons`` on which ``room`` is taken (for a message)."""
    return sorted({s.start.date() for s in lessons if not room_is_free(index, room, (s,), taken)})


def free_rooms(
    index: TimetableIndex,
    lessons: Sequence[Session],
    size: int,
    *,
    school_building: str | None = None,
    kind: str | None = None,
    ignore: Collection[GroupRef] = (),
) -> list[FreeRoom]:
    """The rooms of the index holding ``size`` students (of ``kind`` when
    given) that are free for every lesson, nearest to the school first,
    then the smallest that fits."""
    if not lessons:
        return []
    days = {s.start.date() for s in lessons}
    taken = room_sessions(index, days, ignore=ignore)
    travel = index.travel
    out = []
    for key, room in index.rooms.items():
        if kind and room.kind != kind:
            continue
        if room.capacity <= 0 or room.capacity < size:
            continue
        if not room_is_free(index, room, lessons, taken.get(key, ())):
            continue
        walk = travel.minutes(school_building, room.building) if travel is not None else None
        out.append(FreeRoom(room, walk))
    out.sort(key=lambda f: (f.walk is None, f.walk or 0, f.room.capacity, f.key))
    return out


def _start(session: Session) -> datetime:
    return session.start


__all__ = ["FreeRoom", "GroupRef", "clashing_dates", "free_rooms", "room_is_free", "room_sessions"]
