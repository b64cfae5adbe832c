"""Sessions of a plan bucketed by date and sorted by start: the shared input
of the overlap sweep, the travel check and the weekly hours (which days).
:func:`busy_days` picks the days the sweep and the travel walk need."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple

from schoolaas.domain.model import AuditItem, Session
from schoolaas.domain.timetable_facts import TimetableFacts


class Slot(NamedTuple):
    """One session on the timeline; ``item`` is the index into the item list."""

    start: datetime
    end: datetime
    item: int
    session: Session


RawSlot = tuple[datetime, datetime, int, Session]
"""A Slot's fields as a plain tuple: what the audit's own walks use."""

_slot_order = itemgetter(0, 1, 2)  # start, end, item (never the Session itself)


def day_buckets(
    items: Sequence[AuditItem], timetable: TimetableFacts | None = None
) -> dict[date, list[Slot]]:
    """Every session of ``items`` by the date it starts on, each day sorted by
    start (then end, then item index). Days come in date order."""
    return {
        day: [Slot._make(slot) for slot in slots]
        for day, slots in day_slots(items, timetable).items()
    }


def day_slots(
    items: Sequence[AuditItem], timetable: TimetableFacts | None = None
) -> dict[date, list[RawSlot]]:
    """Like :func:`day_buckets`, with each slot a plain tuple: building a
    NamedTuple costs about six times as much as a tuple display, and an
    espoo plan has some 300 sessions per audit. The dates come from the
    index's facts of each item's sessions (worked out once per tuple);
    without an index each session's date is worked out here."""
    buckets: dict[date, list[RawSlot]] = {}
    get = buckets.get
    for index, item in enumerate(items):
        sessions = item.sessions
        dates: Iterable[date] = (
            [s.start.date() for s in sessions]
            if timetable is None
            else timetable.facts(sessions).dates
        )
        for day, session in zip(dates, sessions, strict=True):
            bucket = get(day)
            if bucket is None:
                buckets[day] = [(session.start, session.end, index, session)]
            else:
                bucket.append((session.start, session.end, index, session))
    for bucket in buckets.values():
        if len(bucket) > 1:
            sort_slots(bucket)
    return {day: buckets[day] for day in sorted(buckets)}


def sort_slots(bucket: list[RawSlot]) -> None:
    """Sort by start, end, item. Tuples compare that way without a key
    function (half the cost); only when two slots of one item share start
    and end does the comparison reach the Sessions, which do not order:
    then the key sorts the untouched list (a failed sort may leave the list
    half done, so it is tried on a copy)."""
    try:
        bucket[:] = sorted(bucket)
    except TypeError:
        bucket.sort(key=_slot_order)


def busy_days(
    buckets: Mapping[date, Sequence[RawSlot]],
) -> tuple[dict[date, Sequence[RawSlot]], dict[date, Sequence[RawSlot]]]:
    """The days worth a closer look, in date order, found in one pass over
    each day's slots: (days where a session starts before an earlier one
    ends: the overlap sweep's; days with sessions in more than one building,
    or one with no building named: the travel walk's). On any other day the
    sweep and the walk find nothing; most days are such days, and this pass
    is much cheaper than either."""
    clashing: dict[date, Sequence[RawSlot]] = {}
    moving: dict[date, Sequence[RawSlot]] = {}
    for day, slots in buckets.items():
        if len(slots) < 2:
            continue
        _, last_end, _, first = slots[0]
        building = first.building
        clash = False
        move = not building
        for start, end, _, session in slots[1:]:
            if start < last_end:
                clash = True
            if end > last_end:
                last_end = end
            if session.building != building:
                move = True
        if clash:
            clashing[day] = slots
        if move:
            moving[day] = slots
    return clashing, moving


def union_minutes(intervals: Sequence[tuple[datetime, datetime]]) -> int:
    """Whole minutes covered by the union of ``intervals``."""
    if len(intervals) == 1:
        start, end = intervals[0]
        return int((end - start).total_seconds() // 60)
    seconds = 0.0
    current_start: datetime | None = None
    current_end: datetime | None = None
    for start, end in sorted(intervals):
        if current_start is None or current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                seconds += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        elif end > current_end:
            current_end = end
    if current_start is not None and current_end is not None:
        seconds += (current_end - current_start).total_seconds()
    return int(seconds // 60)
