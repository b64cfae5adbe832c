"""From plan items to what the week timetable draws (plain ``Block`` and
``TravelGap`` records, no Qt), and which catalogue offerings would clash with
a plan ("fits my timetable"). Plain functions over domain objects: the plan
service returns the week with every edit; tested without a display."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Offering
from schoolaas.domain.premises import Room, TravelModel
from schoolaas.domain.timetable_index import TimetableIndex
from schoolaas.services.plans.blocks import Block, TravelGap, monday_of


def build_week(
    monday: date,
    items: Sequence[AuditItem],
    findings: Sequence[Finding] = (),
    travel: TravelModel | None = None,
    rooms: Mapping[str, Room] | None = None,
    *,
    timetable: TimetableIndex | None = None,
) -> tuple[list[Block], list[TravelGap]]:
    """Blocks of every session of ``items`` in the week starting ``monday``,
    clashes flagged (accepted ones marked), and the too-short travel breaks
    the audit reported (its TRAVEL findings; accepted ones marked). The
    clashes come from ``timetable`` (the catalogue's index; without one a
    small index over these items is made)."""
    index = timetable or TimetableIndex(travel=travel, rooms=rooms)
    accepted = _accepted_overlaps(findings)
    blocks = []
    for found in index.week(monday, items):
        item, s = items[found.item], found.session
        others = [items[n] for n in found.partners]
        day = s.start.date()
        blocks.append(
            Block(
                day=s.start.weekday(),
                start=s.start.time(),
                end=s.end.time(),
                title=item.label or item.code,
                room=s.room or s.building or "",
                colour_key=item.code,
                provider=item.provider,
                clash=bool(others),
                accepted=bool(others)
                and all(
                    (frozenset((item.item_id, other.item_id)), day) in accepted for other in others
                ),
                item_id=item.item_id,
                detail=f"{s.start:%d.%m.%Y}",
                clashes_with=tuple(sorted({other.label or other.code for other in others})),
            )
        )
    moves = travel is not None and index.travel is not None
    gaps = _travel_gaps(monday, items, findings, index) if moves else []
    return blocks, gaps


def _accepted_overlaps(findings: Iterable[Finding]) -> set[tuple[frozenset[int], date]]:
    out: set[tuple[frozenset[int], date]] = set()
    for f in findings:
        if f.code == FindingCode.OVERLAP and not f.is_open:
            for day in f.dates:
                out.add((frozenset(f.item_ids), day))
    return out


def _travel_gaps(
    monday: date,
    items: Sequence[AuditItem],
    findings: Sequence[Finding],
    index: TimetableIndex,
) -> list[TravelGap]:
    """The breaks behind the audit's TRAVEL findings on the days of this
    week: the index's week_breaks (the audit's own walk, so both agree on
    which break is too short), drawn only where a finding names that pair
    of items on that date; an accepted finding gives an accepted gap."""
    reported: dict[frozenset[int], Finding] = {
        frozenset(f.item_ids): f for f in findings if f.code == FindingCode.TRAVEL
    }
    if not reported:
        return []
    gaps: list[TravelGap] = []
    for short in index.week_breaks(monday, items):
        ids = (items[short.came_from].item_id, items[short.going_to].item_id)
        finding = reported.get(frozenset(ids))
        if finding is None or (finding.dates and short.day not in finding.dates):
            continue
        gaps.append(
            TravelGap(
                short.day.weekday(),
                short.leaves.time(),
                short.starts.time(),
                short.needed,
                short.available,
                accepted=not finding.is_open,
                item_ids=ids,
            )
        )
    return gaps


def clashing_offerings(
    offerings: Mapping[str, Offering], items: Iterable[AuditItem], travel: TravelModel | None
) -> set[str]:
    """Keys of offerings whose default groups would clash with the plan
    (overlap or a break shorter than the travel time, as the audit finds
    them). Offerings already in the plan do not count as clashing with
    themselves. The plan service asks the catalogue's own index instead
    (``Catalogue.timetable.clashing_offerings``)."""
    return TimetableIndex(offerings, travel).clashing_offerings(items)


def first_session_day(items: Iterable[AuditItem], after: date | None = None) -> date | None:
    """The first day with a session (on or after ``after``), to open a week."""
    days = [s.start.date() for item in items for s in item.sessions]
    if after is not None:
        days = [d for d in days if d >= after]
    return min(days, default=None)


RECENT = timedelta(weeks=26)  # how far back opening_week looks


def opening_week(
    items: Sequence[AuditItem], findings: Sequence[Finding], today: date, *, weeks: int = 8
) -> date:
    """The Monday to show first: the week of the first open finding with a
    date (a clash, a travel problem), else the busiest of the ``weeks``
    weeks from ``today``, else the week of the first session, else today's.
    Nothing older than ``RECENT`` counts: a plan whose problems and
    sessions lie years back opens on this week, not on a date long gone."""
    start = monday_of(today)
    recent = start - RECENT
    dated = sorted(d for f in findings if f.is_open for d in f.dates[:1] if d >= recent)
    if dated:
        return monday_of(dated[0])
    counts: dict[date, int] = defaultdict(int)
    for item in items:
        for s in item.sessions:
            monday = monday_of(s.start.date())
            if start <= monday < start + timedelta(weeks=weeks):
                counts[monday] += 1
    if counts:
        return max(counts, key=lambda m: (counts[m], -m.toordinal()))
    first = first_session_day(items)
    return monday_of(first) if first and first >= recent else start
