"""Breaks too short to get from one building to the next.

For each day the sessions are walked in start order while remembering the
session that ends last so far (where the student comes from; when several
end at that moment, each of them). A session
that starts at or after that end, belongs to another item and lies in
another building is checked against ``TravelModel.minutes``: a gap shorter
than the travel time is a TRAVEL error. Overlapping sessions are left to
the overlap check; unknown buildings (no room, no coordinates, no site
pair) give no finding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import NamedTuple

from schoolaas.domain.finding_keys import keyed_pair, pair_numbers
from schoolaas.domain.finding_numbers import TravelNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Session, Severity
from schoolaas.domain.premises import Room, TravelModel
from schoolaas.domain.timeline import RawSlot, Slot, busy_days, day_slots


class Short(NamedTuple):
    """One too-short break: from slot ``came_from`` to slot ``going_to``."""

    day: date
    came_from: Slot
    going_to: Slot
    needed: int
    available: int
    from_building: str
    to_building: str


def short_breaks(
    buckets: Mapping[date, Sequence[RawSlot]],
    travel: TravelModel,
    rooms: Mapping[str, Room] | None = None,
) -> dict[tuple[int, int], list[Short]]:
    """Too-short breaks by item index pair (i < j), in date order.
    ``rooms`` (by key) give the building of a session that names only its
    room. The slots may be plain tuples (the audit's day_slots); those in
    a Short are always Slots."""
    rooms = rooms or {}
    out: dict[tuple[int, int], list[Short]] = {}
    cache: dict[tuple[str | None, str | None], int | None] = {}
    for slots in buckets.values():
        if len(slots) < 2:
            continue
        first = slots[0]
        last_end = first[1]
        enders: list[RawSlot] = [first]  # the sessions ending last so far (ties: all)
        # Sessions starting at one moment are all checked against the same
        # enders before any of them becomes a place the student comes from.
        moment = first[0]
        pending: list[RawSlot] = []
        gap = -1  # minutes from last_end to ``moment``; -1: they overlap
        for slot in slots[1:]:
            if slot[0] != moment:
                for done in pending:
                    if done[1] > last_end:
                        last_end, enders = done[1], [done]
                    elif done[1] == last_end:
                        enders.append(done)
                pending = []
                moment = slot[0]
                gap = int((moment - last_end).total_seconds() // 60) if moment >= last_end else -1
            pending.append(slot)
            if gap < 0:
                continue
            building = slot[3].building or _room_building(slot[3], rooms)
            for came_from in enders:
                here = came_from[3].building or _room_building(came_from[3], rooms)
                if here == building or came_from[2] == slot[2]:
                    continue  # no move, or a move inside one item: nothing to check
                short = _check(came_from, slot, here, building, gap, travel, cache)
                if short is not None:
                    pair = (came_from[2], slot[2])
                    if pair[0] > pair[1]:
                        pair = (slot[2], came_from[2])
                    out.setdefault(pair, []).append(short)
    return out


def _room_building(session: Session, rooms: Mapping[str, Room]) -> str | None:
    room = rooms.get(session.room) if session.room else None
    return room.building if room else None


def _check(
    came_from: RawSlot,
    going_to: RawSlot,
    here: str | None,
    there: str | None,
    gap: int,
    travel: TravelModel,
    cache: dict[tuple[str | None, str | None], int | None],
) -> Short | None:
    """The too-short break from one session (in building ``here``) to the
    next (in ``there``), if it is one."""
    route = (here, there)
    if route in cache:
        needed = cache[route]
    else:
        needed = cache[route] = travel.minutes(*route)
    if needed is None or gap >= needed:
        return None
    return Short(
        came_from[0].date(),
        Slot._make(came_from),
        Slot._make(going_to),
        needed,
        gap,
        here or "",
        there or "",
    )


def _badness(short: Short, a_index: int) -> tuple[int, int, int, bool, str, str]:
    """Largest shortfall first, then the earliest date; the rest (direction,
    buildings of items a and b) only breaks ties, so the pick never depends
    on the order of the items."""
    from_a = short.came_from.item == a_index
    return (
        short.needed - short.available,
        -short.day.toordinal(),
        short.needed,
        from_a,
        *_buildings(short, from_a),
    )


def _buildings(short: Short, from_a: bool) -> tuple[str, str]:
    """(building of item a, building of item b) of a too-short break."""
    if from_a:
        return short.from_building, short.to_building
    return short.to_building, short.from_building


def travel_findings(
    items: Sequence[AuditItem],
    travel: TravelModel | None,
    buckets: Mapping[date, Sequence[RawSlot]] | None = None,
    rooms: Mapping[str, Room] | None = None,
) -> list[Finding]:
    """One TRAVEL error per pair of items, listing every date.

    numbers: TravelNumbers: needed and available minutes of the worst date
    (largest shortfall), short (needed - available there), count (dates),
    the pair, building_a/building_b (the buildings of items a and b on the
    worst date). ``buckets``: the day_slots of
    ``items``, or only their days with a move between buildings (the second
    of timeline.busy_days).
    """
    if travel is None:
        return []
    if buckets is None:
        _, buckets = busy_days(day_slots(items))
    found = short_breaks(buckets, travel, rooms)
    findings = []
    for (i, j), shorts in found.items():
        a, b, key = keyed_pair(FindingCode.TRAVEL, items[i], items[j])
        a_index = i if a is items[i] else j
        worst = max(shorts, key=lambda s: _badness(s, a_index))
        building_a, building_b = _buildings(worst, worst.came_from.item == a_index)
        days = tuple(sorted({s.day for s in shorts}))
        findings.append(
            Finding(
                code=FindingCode.TRAVEL,
                severity=Severity.ERROR,
                key=key,
                item_ids=(a.item_id, b.item_id),
                dates=days,
                numbers=TravelNumbers(
                    needed=worst.needed,
                    available=worst.available,
                    short=worst.needed - worst.available,
                    count=len(days),
                    **pair_numbers(a, b),
                    building_a=building_a,
                    building_b=building_b,
                ),
            )
        )
    return findings
