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
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from itertools import chain, compress, repeat
from operator import attrgetter, gt, itemgetter

from schoolaas.domain.finding_keys import SCHEDULED, item_ident, label
from schoolaas.domain.finding_numbers import RoomCapacityNumbers, SeatLimitNumbers
from schoolaas.domain.findings import FindingCode, Load
from schoolaas.domain.model import AuditItem, Finding, Severity
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


def _full_rooms_kept(load: Load, rooms: Mapping[str, Room]) -> frozenset[str]:
    """full_rooms, worked out once per Load and rooms mapping (by identity)
    and kept on the Load: an audit of every student shares one Load."""
    kept = load.full_rooms_kept
    for known, found in kept:
        if known is rooms:
            return found
    found = full_rooms(load, rooms)
    if len(kept) >= 4:
        kept.clear()
    kept.append((rooms, found))
    return found


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
    crowded = _full_rooms_kept(load, rooms)
    if not crowded:
        return []
    planned_at = load.room_session.get
    findings = []
    timetable = timetable or TimetableFacts(rooms=rooms)
    for item in _maybe_full(items, rooms, planned_at, crowded, timetable):
        full: dict[str, dict[date, int]] = {}
        for session in item.sessions:
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
        for room_key, days in sorted(full.items()):
            capacity = rooms[room_key].capacity
            most = max(days.values())
            findings.append(
                Finding(
                    code=FindingCode.ROOM_CAPACITY,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.ROOM_CAPACITY}:{item_ident(item)}:{room_key}",
                    item_ids=(item.item_id,),
                    dates=tuple(sorted(days)),
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


def _maybe_full(
    items: Sequence[AuditItem],
    rooms: Mapping[str, Room],
    planned_at: Callable[[tuple[str, str], int], int],
    crowded: frozenset[str],
    timetable: TimetableFacts,
) -> list[AuditItem]:
    """The scheduled items with a room session that may hold more students
    than its room's capacity: those using none of the ``crowded`` rooms are
    passed over with one set operation each (the usual item), the rest
    filtered in C (map, zip, compress) over their remembered rooms and the
    shared ISO texts of their sessions. It may pick an item for a room of
    unknown capacity (0); room_findings then decides."""
    picked = []
    facts = []
    for item in items:
        if item.status in SCHEDULED:
            found = timetable.facts(item.sessions)
            if not crowded.isdisjoint(found.room_names):
                picked.append(item)
                facts.append(found)
    names = tuple(chain.from_iterable(f.room_names for f in facts))
    if not names:
        return []
    iso_text = timetable.iso_text
    starts = [iso_text(s.start) for i in picked for s in i.sessions if s.room is not None]
    keys = zip(names, starts, strict=True)
    owners = chain.from_iterable(repeat(n, len(f.room_names)) for n, f in enumerate(facts))
    capacities = map(_capacity, map(rooms.get, names, repeat(_NO_ROOM)))
    over = map(gt, map(planned_at, keys, repeat(0)), capacities)
    return [picked[n] for n in sorted(set(compress(owners, over)))]


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
