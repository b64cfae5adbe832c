"""Sessions of two different items that overlap on the same date.

:func:`sweep_overlaps` is the audit's algorithm: the sessions are bucketed
by date and sorted once, then one pass per day keeps the sessions still
running ("active") and pairs each new session only with those, so the cost
grows with the number of sessions plus the number of overlaps, not with the
square of the sessions.

:func:`naive_overlaps` is the plain all-pairs check (every session of every
item against every session of every other item). It is the **baseline** the
benchmarks compare the sweep with, and the tests prove both agree.

Both return an :data:`OverlapMap`: ``(i, j) -> {date: minutes}`` for item
indices ``i < j`` of the given sequence, where minutes is the length of the
union of the overlapping stretches that day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from schoolaas.domain.finding_keys import ordered_pair, pair_key, pair_numbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Severity
from schoolaas.domain.timeline import RawSlot, day_slots, union_minutes

OverlapMap = dict[tuple[int, int], dict[date, int]]
_Stretches = dict[tuple[int, int], dict[date, list[tuple[datetime, datetime]]]]
_Rooms = dict[tuple[int, int], tuple[list[str], list[str]]]


def _sweep(buckets: Mapping[date, Sequence[RawSlot]]) -> tuple[_Stretches, _Rooms]:
    stretches: _Stretches = {}
    rooms: _Rooms = {}
    for day, slots in buckets.items():
        if len(slots) < 2 or not _clashes(slots):
            continue
        active: list[RawSlot] = []
        for slot in slots:
            start, end, item, session = slot
            if active:
                active = [a for a in active if a[1] > start]
                for _, other_end, other_item, other_session in active:
                    if other_item == item:
                        continue
                    stop = other_end if other_end < end else end
                    if other_item < item:
                        pair, first, second = (other_item, item), other_session, session
                    else:
                        pair, first, second = (item, other_item), session, other_session
                    stretches.setdefault(pair, {}).setdefault(day, []).append((start, stop))
                    room_lists = rooms.setdefault(pair, ([], []))
                    _add_room(room_lists[0], first.room)
                    _add_room(room_lists[1], second.room)
            active.append(slot)
    return stretches, rooms


def _clashes(slots: Sequence[RawSlot]) -> bool:
    """Whether a slot of the day (sorted by start) starts before an earlier
    one ends. Most days have no overlap at all; this pass over them is much
    cheaper than the sweep, which would find nothing."""
    last_end = slots[0][1]
    for index in range(1, len(slots)):
        start, end = slots[index][0], slots[index][1]
        if start < last_end:
            return True
        if end > last_end:
            last_end = end
    return False


def _add_room(rooms: list[str], room: str | None) -> None:
    if room and room not in rooms:
        rooms.append(room)


def _to_minutes(stretches: _Stretches) -> OverlapMap:
    return {
        pair: {day: union_minutes(parts) for day, parts in sorted(days.items())}
        for pair, days in stretches.items()
    }


def sweep_overlaps(items: Sequence[AuditItem]) -> OverlapMap:
    """Overlapping sessions of different items by a sort and sweep per day."""
    stretches, _ = _sweep(day_slots(items))
    return _to_minutes(stretches)


def naive_overlaps(items: Sequence[AuditItem]) -> OverlapMap:
    """The all-pairs baseline: every session pair of every item pair."""
    stretches: _Stretches = {}
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            for sa in a.sessions:
                for sb in b.sessions:
                    if sa.start.date() != sb.start.date():
                        continue
                    start = max(sa.start, sb.start)
                    end = min(sa.end, sb.end)
                    if start < end:
                        stretches.setdefault((i, j), {}).setdefault(sa.start.date(), []).append(
                            (start, end)
                        )
    return _to_minutes(stretches)


def overlap_findings(
    items: Sequence[AuditItem], buckets: Mapping[date, Sequence[RawSlot]] | None = None
) -> list[Finding]:
    """One OVERLAP error per pair of items, listing every date.

    numbers: minutes (most overlap minutes on one date), min_minutes,
    total_minutes, count (dates), minutes_by_date (comma-separated, aligned
    with ``dates``), code_a/code_b, label_a/label_b, room_a/room_b (room
    keys, comma-separated when the rooms vary, "" when unknown).
    """
    stretches, rooms = _sweep(day_slots(items) if buckets is None else buckets)
    findings = []
    for pair, per_day in _to_minutes(stretches).items():
        i, j = pair
        a, b = ordered_pair(items[i], items[j])
        rooms_i, rooms_j = rooms[pair]
        rooms_a, rooms_b = (rooms_i, rooms_j) if a is items[i] else (rooms_j, rooms_i)
        days = tuple(per_day)
        minutes = [per_day[d] for d in days]
        numbers: dict[str, float | int | str] = {
            "minutes": max(minutes),
            "min_minutes": min(minutes),
            "total_minutes": sum(minutes),
            "count": len(days),
            "minutes_by_date": ",".join(str(m) for m in minutes),
            **pair_numbers(a, b),
            "room_a": ",".join(rooms_a),
            "room_b": ",".join(rooms_b),
        }
        findings.append(
            Finding(
                code=FindingCode.OVERLAP,
                severity=Severity.ERROR,
                key=pair_key(FindingCode.OVERLAP, a, b),
                item_ids=(a.item_id, b.item_id),
                dates=days,
                numbers=numbers,
            )
        )
    return findings


__all__ = ["OverlapMap", "naive_overlaps", "overlap_findings", "sweep_overlaps"]
