"""Rooms and seats filled past their limits, counted across all students.

The counts come from the services in ``AuditInput.load``; this module only
compares them with the limits:

- ROOM_CAPACITY: ``load.room_session[(room key, session.start.isoformat())]``
  against ``rooms[room key].capacity``, for every session of a scheduled item.
- SEAT_LIMIT: ``load.offering[offering key]`` against
  ``seats[offering key]`` (seats open to upper secondary students), and
  ``load.group[(offering key, group key)]`` against
  ``seats[group_seat_key(offering key, group key)]`` (a study group's own
  capacity; the services put it there).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import compress, repeat
from operator import attrgetter, gt, itemgetter

from schoolaas.domain.finding_keys import SCHEDULED, item_ident, label
from schoolaas.domain.finding_numbers import RoomCapacityNumbers, SeatLimitNumbers
from schoolaas.domain.findings import FindingCode, Load
from schoolaas.domain.model import AuditItem, Finding, Session, Severity
from schoolaas.domain.premises import Room
from schoolaas.domain.timetable_facts import TimetableFacts

# stands in for a room key the rooms do not know: such a session is never full
_NO_ROOM = Room("", "", capacity=sys.maxsize)
_capacity = attrgetter("capacity")
_first = itemgetter(0)


def full_rooms(load: Load, rooms: Mapping[str, Room]) -> frozenset[str]:
    """The rooms with a session over capacity in ``load`` (or of unknown
    capacity, 0: room_findings then decides). One pass in C over the Load's
    entries, which lie in memory in order: much cheaper than a lookup per
    session of the plan, whose keys lie all over memory."""
    keys = load.room_session.keys()
    capacities = map(_capacity, map(rooms.get, map(_first, keys), repeat(_NO_ROOM)))
    over = compress(keys, map(gt, load.room_session.values(), capacities))
    return frozenset(map(_first, over))


_FullDays = tuple[tuple[str, int, int, tuple[date, ...]], ...]
"""Per room with a session over capacity (in room key order): the room key,
its capacity, the most students planned on one date, the full dates in order."""

_Kept = dict[int, tuple[tuple[Session, ...], _FullDays]]
KEPT_LIMIT = 50_000  # sessions tuples whose full days a Load keeps (then emptied)


def _kept(load: Load, rooms: Mapping[str, Room]) -> tuple[frozenset[str], _Kept]:
    """full_rooms, worked out once per Load and rooms mapping (by identity),
    and the full days of each sessions tuple met so far: both kept on the
    Load, which the audits of every student share (and thousands of plans
    the same sessions tuples)."""
    kept = load.full_rooms_kept
    for known, found, days in kept:
        if known is rooms:
            return found, days
    found = full_rooms(load, rooms)
    if len(kept) >= 4:
        kept.clear()
    days = {}
    kept.append((rooms, found, days))
    return found, days


def group_seat_key(offering_key: str, group_key: str) -> str:
    """Key of a study group's capacity in ``AuditInput.seats``."""
    return f"{offering_key}#{group_key}"


def room_findings(
    items: Sequence[AuditItem],
    rooms: Mapping[str, Room],
    load: Load,
    timetable: TimetableFacts | None = None,
) -> list[Finding]:
    """One ROOM_CAPACITY error per item and room, listing the full dates
    (``timetable``: whose facts name the rooms of each item's sessions; a
    small one is made when not given).

    numbers: RoomCapacityNumbers: room (key), capacity, planned (most
    students on one date), over (planned - capacity), count (dates), code,
    label.
    """
    if not load.room_session or not rooms:
        return []
    crowded, kept = _kept(load, rooms)
    if not crowded:
        return []
    findings = []
    timetable = timetable or TimetableFacts(rooms=rooms)
    for item in items:
        if item.status not in SCHEDULED:
            continue
        sessions = item.sessions
        found = kept.get(id(sessions))
        if found is None or found[0] is not sessions:
            if len(kept) >= KEPT_LIMIT:
                kept.clear()
            full = _full_days(sessions, rooms, load, crowded, timetable)
            found = kept[id(sessions)] = (sessions, full)  # the entry holds the tuple
        for room_key, capacity, most, days in found[1]:
            findings.append(
                Finding(
                    code=FindingCode.ROOM_CAPACITY,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.ROOM_CAPACITY}:{item_ident(item)}:{room_key}",
                    item_ids=(item.item_id,),
                    dates=days,
                    numbers=RoomCapacityNumbers(
                        room=room_key,
                        capacity=capacity,
                        planned=most,
                        over=most - capacity,
                        count=len(days),
                        code=item.code,
                        label=label(item),
                    ),
                )
            )
    return findings


def _full_days(
    sessions: tuple[Session, ...],
    rooms: Mapping[str, Room],
    load: Load,
    crowded: frozenset[str],
    timetable: TimetableFacts,
) -> _FullDays:
    """The rooms of ``sessions`` filled past capacity on some date. Sessions
    using none of the ``crowded`` rooms (the usual tuple) are passed over
    with one set operation on their remembered room names."""
    if crowded.isdisjoint(timetable.facts(sessions).room_names):
        return ()
    planned_at = load.room_session.get
    full: dict[str, dict[date, int]] = {}
    for session in sessions:
        room_key = session.room
        if room_key is None:
            continue
        room = rooms.get(room_key)
        if room is None:
            continue
        planned = planned_at((room_key, session.start.isoformat()), 0)
        capacity = room.capacity
        if capacity and planned > capacity:  # 0: capacity unknown
            days = full.setdefault(room_key, {})
            day = session.start.date()
            days[day] = max(planned, days.get(day, 0))
    return tuple(
        (room_key, rooms[room_key].capacity, max(days.values()), tuple(sorted(days)))
        for room_key, days in sorted(full.items())
    )


def seat_findings(
    items: Sequence[AuditItem], seats: Mapping[str, int], load: Load
) -> list[Finding]:
    """SEAT_LIMIT errors for offerings and study groups.

    numbers: SeatLimitNumbers: seats, planned, over (planned - seats),
    offering (key), group ("" for the whole offering), code, label.
    """
    if not seats:
        return []
    findings = []
    seen: set[str] = set()
    for item in items:
        if item.status not in SCHEDULED or not item.offering_key:
            continue
        offering = item.offering_key
        # Most offerings and groups have no limit: the count is looked up
        # only behind one.
        limit = seats.get(offering)
        if limit is not None and offering not in seen:
            planned = load.offering.get(offering, 0)
            if planned > limit:
                seen.add(offering)
                findings.append(_seat_finding(item, offering, "", limit, planned))
        for group in item.group_keys:
            seat_key = group_seat_key(offering, group)
            limit = seats.get(seat_key)
            if limit is not None and seat_key not in seen:
                planned = load.group.get((offering, group), 0)
                if planned > limit:
                    seen.add(seat_key)
                    findings.append(_seat_finding(item, seat_key, group, limit, planned))
    return findings


def _seat_finding(item: AuditItem, seat_key: str, group: str, limit: int, planned: int) -> Finding:
    return Finding(
        code=FindingCode.SEAT_LIMIT,
        severity=Severity.ERROR,
        key=f"{FindingCode.SEAT_LIMIT}:{seat_key}",
        item_ids=(item.item_id,),
        numbers=SeatLimitNumbers(
            seats=limit,
            planned=planned,
            over=planned - limit,
            offering=item.offering_key or "",
            group=group,
            code=item.code,
            label=label(item),
        ),
    )
