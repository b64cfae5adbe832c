"""Workload: op per school period and scheduled hours per ISO week."""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from itertools import compress

from schoolaas.domain.calendar import Period, period_at
from schoolaas.domain.curriculum import Rules
from schoolaas.domain.finding_numbers import PeriodWorkloadNumbers, WeekHoursNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, ItemStatus, Provider, Severity
from schoolaas.domain.timeline import RawSlot
from schoolaas.domain.timetable_facts import WEEK_BITS, TimetableFacts, week_number

_EPS = 1e-9
_ZERO = timedelta()
_WEEK = timedelta(days=7)


# Enum members as module constants: looking up a member (ItemStatus.FAILED)
# costs some 70 ns in Python 3.11, a module constant a tenth of that.
_FAILED = ItemStatus.FAILED
_COMPLETED = ItemStatus.COMPLETED


def _period_of(item: AuditItem, periods: Mapping[str, Period]) -> str | None:
    """The school period an item belongs to: its own, else (Aalto items)
    the school period holding its first session."""
    if item.period:
        return item.period
    if item.sessions and periods:
        first = min(s.start for s in item.sessions).date()
        school = (p for p in periods.values() if p.provider == Provider.SCHOOL)
        found = period_at(school, first)
        return found.key if found else None
    return None


def period_findings(
    items: Sequence[AuditItem], periods: Mapping[str, Period], rules: Rules
) -> list[Finding]:
    """PERIOD_WORKLOAD warning for a school period holding more op than
    ``rules.max_op_per_period`` (failed items left out; periods whose items
    are all completed are history and left out too).

    numbers: PeriodWorkloadNumbers: op, limit, over (op - limit), period (key).
    """
    op: dict[str, float] = {}
    keys = []
    for item in items:
        key = None if item.status == _FAILED else item.period or _period_of(item, periods)
        keys.append(key)
        if key is not None:
            op[key] = op.get(key, 0.0) + item.op
    findings = []
    limit = rules.max_op_per_period + _EPS
    for key in sorted(k for k, total in op.items() if total > limit):
        total = op[key]
        group = [item for item, its in zip(items, keys, strict=True) if its == key]
        if all(i.status == _COMPLETED for i in group):
            continue
        findings.append(
            Finding(
                code=FindingCode.PERIOD_WORKLOAD,
                severity=Severity.WARNING,
                key=f"{FindingCode.PERIOD_WORKLOAD}:{key}",
                item_ids=tuple(sorted(i.item_id for i in group)),
                numbers=PeriodWorkloadNumbers(
                    op=round(total, 2),
                    limit=rules.max_op_per_period,
                    over=round(total - rules.max_op_per_period, 2),
                    period=key,
                ),
            )
        )
    return findings


def week_findings(
    items: Sequence[AuditItem],
    buckets: Mapping[date, Sequence[RawSlot]],
    rules: Rules,
    timetable: TimetableFacts | None = None,
) -> list[Finding]:
    """WEEK_HOURS warning for an ISO week with more scheduled hours than
    ``rules.max_hours_per_week`` (``buckets``: the day_slots of ``items``;
    ``timetable``: whose facts hold each item's week minutes; without it
    the minutes are summed day by day).

    numbers: WeekHoursNumbers: hours, limit, over (hours - limit), week ("2026-W41"),
    count (days with sessions); dates are those days.
    """
    limit = rules.max_hours_per_week * 60
    over = None if timetable is None else _weeks_over(items, timetable, limit + _EPS)
    if over is None:
        minutes = _week_minutes_by_day(buckets)
        over = {week: total for week, total in minutes.items() if total > limit + _EPS}
    if not over:
        return []
    all_days = list(buckets)  # in date order
    days: dict[int, list[date]] = {}
    for week in over:  # a week's days found by bisection, not a pass over every day
        monday = date.fromordinal(week * 7 + 1)
        first = bisect_left(all_days, monday)
        days[week] = all_days[first : bisect_left(all_days, monday + _WEEK, first)]
    findings = []
    for week, total in sorted(over.items()):
        iso = days[week][0].isocalendar()
        label = f"{iso.year}-W{iso.week:02d}"
        ids = sorted({items[s[2]].item_id for d in days[week] for s in buckets[d]})
        findings.append(
            Finding(
                code=FindingCode.WEEK_HOURS,
                severity=Severity.WARNING,
                key=f"{FindingCode.WEEK_HOURS}:{label}",
                item_ids=tuple(ids),
                dates=tuple(sorted(days[week])),
                numbers=WeekHoursNumbers(
                    hours=round(total / 60, 2),
                    limit=rules.max_hours_per_week,
                    over=round((total - limit) / 60, 2),
                    week=label,
                    count=len(days[week]),
                ),
            )
        )
    return findings


def _weeks_over(
    items: Sequence[AuditItem], timetable: TimetableFacts, limit: float
) -> dict[int, float] | None:
    """Minutes per week (week_number) over ``limit`` (>= 0), from the remembered
    whole minutes of each item's sessions (ChoiceFacts.week_bits): a big-int
    addition per item, the weeks read out in C, instead of a timedelta per
    session. None when some session is not a whole number of minutes long;
    whole minutes add up exactly, so the totals equal the per-day float sums
    of :func:`_week_minutes_by_day`."""
    parts: list[tuple[int, int]] = []
    for item in items:
        found = timetable.facts(item.sessions).week_bits
        if found is None:
            return None
        if found[1]:
            parts.append(found)
    if not parts:
        return {}
    base = min(first for first, _ in parts)
    total = 0
    for first, bits in parts:
        total += bits << (WEEK_BITS * (first - base))
    size = WEEK_BITS // 8
    weeks = array("Q", total.to_bytes(-(-total.bit_length() // WEEK_BITS) * size, sys.byteorder))
    over = compress(range(len(weeks)), map(float(limit).__lt__, weeks))  # in C: most weeks are not
    return {base + n: float(weeks[n]) for n in over}


def _week_minutes_by_day(buckets: Mapping[date, Sequence[RawSlot]]) -> dict[int, float]:
    """Minutes per week, summed day by day in date order."""
    minutes: dict[int, float] = {}
    for day, slots in buckets.items():
        week = week_number(day)
        busy = _ZERO
        for slot in slots:
            busy += slot[1] - slot[0]
        minutes[week] = minutes.get(week, 0.0) + busy.total_seconds() / 60
    return minutes
