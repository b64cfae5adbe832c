"""Breaks too short to get from one building to the next.

For each day the sessions are walked in start order while remembering the
session that ends last so far (where the student comes from). A session
that starts at or after that end, belongs to another item and lies in
another building is checked against ``TravelModel.minutes``: a gap shorter
than the travel time is a TRAVEL error. Overlapping sessions are left to
the overlap check; unknown buildings (no room, no coordinates, no site
pair) give no finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from schoolaas.domain.finding_keys import ordered_pair, pair_key, pair_numbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Severity
from schoolaas.domain.premises import TravelModel
from schoolaas.domain.timeline import Slot, day_buckets


class Short(NamedTuple):
    """One too-short break: from slot ``came_from`` to slot ``going_to``."""

    day: date
    came_from: Slot
    going_to: Slot
    needed: int
    available: int


def short_breaks(
    buckets: dict[date, list[Slot]], travel: TravelModel
) -> dict[tuple[int, int], list[Short]]:
    """Too-short breaks by item index pair (i < j), in date order."""
    out: dict[tuple[int, int], list[Short]] = {}
    cache: dict[tuple[str | None, str | None], int | None] = {}
    for day, slots in buckets.items():
        if len(slots) < 2:
            continue
        last: Slot | None = None
        for slot in slots:
            if last is not None and slot.start >= last.end and slot.item != last.item:
                here, there = last.session.building, slot.session.building
                if here != there:
                    route = (here, there)
                    if route in cache:
                        needed = cache[route]
                    else:
                        needed = cache[route] = travel.minutes(here, there)
                    gap = int((slot.start - last.end).total_seconds() // 60)
                    if needed is not None and gap < needed:
                        pair = (min(last.item, slot.item), max(last.item, slot.item))
                        out.setdefault(pair, []).append(Short(day, last, slot, needed, gap))
            if last is None or slot.end > last.end:
                last = slot
    return out


def travel_findings(
    items: Sequence[AuditItem],
    travel: TravelModel | None,
    buckets: dict[date, list[Slot]] | None = None,
) -> list[Finding]:
    """One TRAVEL error per pair of items, listing every date.

    numbers: needed and available minutes of the worst date (largest
    shortfall), short (needed - available there), count (dates),
    code_a/code_b, label_a/label_b, building_a/building_b (the buildings of
    items a and b on the worst date).
    """
    if travel is None:
        return []
    found = short_breaks(day_buckets(items) if buckets is None else buckets, travel)
    findings = []
    for (i, j), shorts in found.items():
        a, b = ordered_pair(items[i], items[j])
        worst = max(shorts, key=lambda s: (s.needed - s.available, -s.day.toordinal()))
        a_index = i if a is items[i] else j
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
