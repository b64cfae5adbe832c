"""Sessions of a plan bucketed by date and sorted by start: the shared input
of the overlap sweep, the travel check and the weekly hours."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple

from schoolaas.domain.model import AuditItem, Session


class Slot(NamedTuple):
    """One session on the timeline; ``item`` is the index into the item list."""

    start: datetime
    end: datetime
    item: int
    session: Session


_slot_order = itemgetter(0, 1, 2)  # start, end, item (never the Session itself)
_new_slot = tuple.__new__  # skips NamedTuple's Python-level __new__ in the hot loop


def day_buckets(items: Sequence[AuditItem]) -> dict[date, list[Slot]]:
    """Every session of ``items`` by the date it starts on, each day sorted by
    start (then end, then item index). Days come in date order."""
    buckets: dict[date, list[Slot]] = {}
    for index, item in enumerate(items):
        for session in item.sessions:
            day = session.start.date()
            slot: Slot = _new_slot(Slot, (session.start, session.end, index, session))
            bucket = buckets.get(day)
            if bucket is None:
                buckets[day] = [slot]
            else:
                bucket.append(slot)
    for bucket in buckets.values():
        if len(bucket) > 1:
            bucket.sort(key=_slot_order)
    return dict(sorted(buckets.items()))


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
