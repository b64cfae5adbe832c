"""Sessions of two different items that overlap on the same date.

:func:`sweep_overlaps` is the audit's algorithm: the sessions are bucketed
by date and sorted once, then one pass per day keeps the sessions still
running ("active") and pairs each new session only with those, so the cost
grows with the number of sessions plus the number of overlaps, not with the
square of the sessions. Days without a clash (timeline.busy_days tells
them in a cheaper pass) are not swept at all.

:func:`naive_overlaps` is the plain all-pairs check (every session of every
item against every session of every other item). It is the **baseline** the
benchmarks compare the sweep with, and the tests prove both agree.

Both return an :data:`OverlapMap`: ``(i, j) -> {date: minutes}`` for item
indices ``i < j`` of the given sequence, where minutes is the length of the
union of the overlapping stretches that day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from schoolaas.domain.finding_keys import keyed_pair, pair_numbers
from schoolaas.domain.finding_numbers import OverlapNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Session, Severity
from schoolaas.domain.timeline import RawSlot, busy_days, day_slots, union_minutes
from schoolaas.domain.timetable_facts import TimetableFacts

OverlapMap = dict[tuple[int, int], dict[date, int]]
_Stretches = dict[tuple[int, int], dict[date, list[tuple[datetime, datetime]]]]
_Event = tuple[date, datetime, datetime, Session, Session]
# day, overlap start and end, session of the pair's first and second item


def _sweep(buckets: Mapping[date, Sequence[RawSlot]]) -> dict[tuple[int, int], list[_Event]]:
    """Every overlap of two sessions of different items, by item pair (i < j),
    in date order. Only an event is recorded here; minutes and rooms are
    worked out once per pair afterwards (cheaper than per overlap)."""
    events: dict[tuple[int, int], list[_Event]] = {}
    found_for = events.get
    for day, slots in buckets.items():
        if len(slots) < 2:
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
                        pair = (other_item, item)
                        event = (day, start, stop, other_session, session)
                    else:
                        pair = (item, other_item)
                        event = (day, start, stop, session, other_session)
                    found = found_for(pair)
                    if found is None:
                        events[pair] = [event]
                    else:
                        found.append(event)
            active.append(slot)
    return events


def _minutes_by_day(events: list[_Event]) -> dict[date, int]:
    stretches: dict[date, list[tuple[datetime, datetime]]] = {}
    for day, start, stop, _, _ in events:
        stretches.setdefault(day, []).append((start, stop))
    return {day: union_minutes(parts) for day, parts in sorted(stretches.items())}


def _rooms(sessions: Iterable[Session]) -> tuple[str, ...]:
    """The rooms of one item's overlapping sessions, each once, in the order
    met."""
    return tuple(dict.fromkeys(room for session in sessions if (room := session.room)))


def _to_minutes(stretches: _Stretches) -> OverlapMap:
    return {
        pair: {day: union_minutes(parts) for day, parts in sorted(days.items())}
        for pair, days in stretches.items()
    }


def sweep_overlaps(
    items: Sequence[AuditItem], timetable: TimetableFacts | None = None
) -> OverlapMap:
    """Overlapping sessions of different items by a sort and sweep per day
    (the dates from ``timetable``'s facts when given)."""
    clashing, _ = busy_days(day_slots(items, timetable))
    return {pair: _minutes_by_day(found) for pair, found in _sweep(clashing).items()}


def overlap_pairs(buckets: Mapping[date, Sequence[RawSlot]]) -> set[tuple[int, int]]:
    """The item index pairs (i < j) with overlapping sessions in ``buckets``
    (day_slots, or only the days with a clash)."""
    return set(_sweep(buckets))


def overlap_stretches(
    buckets: Mapping[date, Sequence[RawSlot]],
) -> dict[tuple[int, int], list[tuple[datetime, datetime]]]:
    """The stretches (start, end) where two items' sessions overlap, by item
    index pair (i < j), in date order (what a clash question names)."""
    return {pair: [(e[1], e[2]) for e in events] for pair, events in _sweep(buckets).items()}


def overlap_partners(buckets: Mapping[date, Sequence[RawSlot]]) -> dict[tuple[int, int], set[int]]:
    """For each session with an overlap, keyed by (item index, id(session)):
    the indices of the other items whose sessions overlap it that day."""
    partners: dict[tuple[int, int], set[int]] = {}
    for (i, j), events in _sweep(buckets).items():
        for event in events:
            partners.setdefault((i, id(event[3])), set()).add(j)
            partners.setdefault((j, id(event[4])), set()).add(i)
    return partners


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

    numbers: OverlapNumbers (minutes_by_date aligned with ``dates``;
    room_a/room_b the room keys, empty when unknown).
    ``buckets``: the day_slots of ``items``, or only their days with a
    clash (the first of timeline.busy_days).
    """
    if buckets is None:
        buckets, _ = busy_days(day_slots(items))
    events = _sweep(buckets)
    findings = []
    for (i, j), found in events.items():
        a, b, key = keyed_pair(FindingCode.OVERLAP, items[i], items[j])
        sessions_i, sessions_j = [e[3] for e in found], [e[4] for e in found]
        sessions_a, sessions_b = (
            (sessions_i, sessions_j) if a is items[i] else (sessions_j, sessions_i)
        )
        per_day = _minutes_by_day(found)
        days = tuple(per_day)
        minutes = list(per_day.values())
        numbers = OverlapNumbers(
            minutes=max(minutes),
            min_minutes=min(minutes),
            total_minutes=sum(minutes),
            count=len(days),
            minutes_by_date=tuple(minutes),
            **pair_numbers(a, b),
            room_a=_rooms(sessions_a),
            room_b=_rooms(sessions_b),
        )
        findings.append(
            Finding(
                code=FindingCode.OVERLAP,
                severity=Severity.ERROR,
                key=key,
                item_ids=(a.item_id, b.item_id),
                dates=days,
                numbers=numbers,
            )
        )
    return findings


__all__ = [
    "OverlapMap",
    "naive_overlaps",
    "overlap_findings",
    "overlap_pairs",
    "overlap_partners",
    "overlap_stretches",
    "sweep_overlaps",
]
