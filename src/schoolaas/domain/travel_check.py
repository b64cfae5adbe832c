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
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from schoolaas.domain.finding_keys import ordered_pair, pair_key, pair_numbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Severity
from schoolaas.domain.premises import Room, TravelModel
from schoolaas.domain.timeline import Slot, day_buckets


class Short(NamedTuple):
    """One too-short break: from slot ``came_from`` to slot ``going_to``."""

    day: date
    came_from: Slot
    going_to: Slot
    needed: int
    available: int


def short_breaks(
    buckets: dict[date, list[Slot]],
    travel: TravelModel,
    room_buildings: Mapping[str, str] | None = None,
) -> dict[tuple[int, int], list[Short]]:
    """Too-short breaks by item index pair (i < j), in date order.
    ``room_buildings`` (room key -> building) fills in the building of a
    session that names only its room."""
    if room_buildings:
        buckets = _with_buildings(buckets, room_buildings)
    out: dict[tuple[int, int], list[Short]] = {}
    cache: dict[tuple[str | None, str | None], int | None] = {}
    for slots in buckets.values():
        if len(slots) < 2:
            continue
        first = slots[0]
        last_end = first.end
        enders: list[Slot] = [first]  # the sessions ending last so far (ties: all)
        # Sessions starting at one moment are all checked against the same
        # enders before any of them becomes a place the student comes from.
        moment = first.start
        pending: list[Slot] = []
        gap = -1  # minutes from last_end to ``moment``; -1: they overlap
        for slot in slots[1:]:
            if slot.start != moment:
                for done in pending:
                    if done.end > last_end:
                        last_end, enders = done.end, [done]
                    elif done.end == last_end:
                        enders.append(done)
                pending = []
                moment = slot.start
                gap = int((moment - last_end).total_seconds() // 60) if moment >= last_end else -1
            pending.append(slot)
            if gap < 0:
                continue
            building = slot.session.building
            for came_from in enders:
                if came_from.session.building == building or came_from.item == slot.item:
                    continue  # no move, or a move inside one item: nothing to check
                short = _check(came_from, slot, gap, travel, cache)
                if short is not None:
                    pair = (came_from.item, slot.item)
                    if pair[0] > pair[1]:
                        pair = (slot.item, came_from.item)
                    out.setdefault(pair, []).append(short)
    return out


def _with_buildings(
    buckets: dict[date, list[Slot]], room_buildings: Mapping[str, str]
) -> dict[date, list[Slot]]:
    if all(s.session.building or not s.session.room for b in buckets.values() for s in b):
        return buckets

    def fill(slot: Slot) -> Slot:
        session = slot.session
        if session.building or not session.room or session.room not in room_buildings:
            return slot
        return slot._replace(session=replace(session, building=room_buildings[session.room]))

    return {day: [fill(s) for s in slots] for day, slots in buckets.items()}


def _check(
    came_from: Slot,
    going_to: Slot,
    gap: int,
    travel: TravelModel,
    cache: dict[tuple[str | None, str | None], int | None],
) -> Short | None:
    """The too-short break from one session to the next, if it is one."""
    if came_from.item == going_to.item:
        return None
    route = (came_from.session.building, going_to.session.building)
    if route[0] == route[1]:
        return None
    if route in cache:
        needed = cache[route]
    else:
        needed = cache[route] = travel.minutes(*route)
    if needed is None or gap >= needed:
        return None
    return Short(came_from.start.date(), came_from, going_to, needed, gap)


def _badness(short: Short, a_index: int) -> tuple[int, int, int, bool, str, str]:
    """Largest shortfall first, then the earliest date; the rest (direction,
    buildings of items a and b) only breaks ties, so the pick never depends
    on the order of the items."""
    from_a = short.came_from.item == a_index
    slot_a, slot_b = (
        (short.came_from, short.going_to) if from_a else (short.going_to, short.came_from)
    )
    return (
        short.needed - short.available,
        -short.day.toordinal(),
        short.needed,
        from_a,
        slot_a.session.building or "",
        slot_b.session.building or "",
    )


def travel_findings(
    items: Sequence[AuditItem],
    travel: TravelModel | None,
    buckets: dict[date, list[Slot]] | None = None,
    rooms: Mapping[str, Room] | None = None,
) -> list[Finding]:
    """One TRAVEL error per pair of items, listing every date.

    numbers: needed and available minutes of the worst date (largest
    shortfall), short (needed - available there), count (dates),
    code_a/code_b, label_a/label_b, building_a/building_b (the buildings of
    items a and b on the worst date).
    """
    if travel is None:
        return []
    room_buildings = {key: room.building for key, room in (rooms or {}).items()}
    found = short_breaks(day_buckets(items) if buckets is None else buckets, travel, room_buildings)
    findings = []
    for (i, j), shorts in found.items():
        a, b = ordered_pair(items[i], items[j])
        a_index = i if a is items[i] else j
        worst = max(shorts, key=lambda s: _badness(s, a_index))
        slot_a, slot_b = (
            (worst.came_from, worst.going_to)
            if worst.came_from.item == a_index
            else (worst.going_to, worst.came_from)
        )
        days = tuple(sorted({s.day for s in shorts}))
        findings.append(
            Finding(
                code=FindingCode.TRAVEL,
                severity=Severity.ERROR,
                key=pair_key(FindingCode.TRAVEL, a, b),
                item_ids=(a.item_id, b.item_id),
                dates=days,
                numbers={
                    "needed": worst.needed,
                    "available": worst.available,
                    "short": worst.needed - worst.available,
                    "count": len(days),
                    **pair_numbers(a, b),
                    "building_a": slot_a.session.building or "",
                    "building_b": slot_b.session.building or "",
                },
            )
        )
    return findings
