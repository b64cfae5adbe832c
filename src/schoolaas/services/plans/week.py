"""From plan items to what the week timetable draws (plain ``Block`` and
``TravelGap`` records, no Qt), and which catalogue offerings would clash with
a plan ("fits my timetable"). Plain functions over domain objects: the plan
service returns the week with every edit; tested without a display."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from schoolaas.domain.finding_keys import is_scheduled
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Offering, Session
from schoolaas.domain.premises import Room, TravelModel
from schoolaas.domain.timeline import day_buckets
from schoolaas.domain.travel_check import short_breaks
from schoolaas.services.plans.blocks import Block, TravelGap, monday_of


def build_week(
    monday: date,
    items: Sequence[AuditItem],
    findings: Sequence[Finding] = (),
    travel: TravelModel | None = None,
    rooms: Mapping[str, Room] | None = None,
) -> tuple[list[Block], list[TravelGap]]:
    """Blocks of every session of ``items`` in the week starting ``monday``,
    clashes flagged (accepted ones marked), and the too-short travel breaks
    the audit reported (its TRAVEL findings; accepted ones marked)."""
    end = monday + timedelta(days=7)
    dated: list[tuple[AuditItem, Session]] = [
        (item, s) for item in items for s in item.sessions if monday <= s.start.date() < end
    ]
    accepted = _accepted_overlaps(findings)
    clashing: dict[int, bool] = {}
    partners: dict[int, set[str]] = defaultdict(set)
    for i, (item_a, a) in enumerate(dated):
        for j in range(i + 1, len(dated)):
            item_b, b = dated[j]
            if item_a.item_id == item_b.item_id or not _overlap(a, b):
                continue
            pair = (frozenset((item_a.item_id, item_b.item_id)), a.start.date())
            for index in (i, j):
                clashing[index] = clashing.get(index, True) and pair in accepted
            partners[i].add(item_b.label or item_b.code)
            partners[j].add(item_a.label or item_a.code)
    blocks = [
        Block(
            day=s.start.weekday(),
            start=s.start.time(),
            end=s.end.time(),
            title=item.label or item.code,
            room=s.room or s.building or "",
            colour_key=item.code,
            provider=item.provider,
            clash=i in clashing,
            accepted=clashing.get(i, False),
            item_id=item.item_id,
            detail=f"{s.start:%d.%m.%Y}",
            clashes_with=tuple(sorted(partners.get(i, ()))),
        )
        for i, (item, s) in enumerate(dated)
    ]
    gaps = _travel_gaps(monday, items, findings, travel, rooms) if travel is not None else []
    return blocks, gaps


def _overlap(a: Session, b: Session) -> bool:
    return a.start < b.end and b.start < a.end


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
    travel: TravelModel,
    rooms: Mapping[str, Room] | None,
) -> list[TravelGap]:
    """The breaks behind the audit's TRAVEL findings on the days of this
    week: found with the audit's own walk over the day (so both agree on
    which break is too short), drawn only where a finding names that pair
    of items on that date; an accepted finding gives an accepted gap."""
    reported: dict[frozenset[int], Finding] = {
        frozenset(f.item_ids): f for f in findings if f.code == FindingCode.TRAVEL
    }
    if not reported:
        return []
    end = monday + timedelta(days=7)
    items = [i for i in items if is_scheduled(i)]  # as the audit walks the days
    buckets = {d: slots for d, slots in day_buckets(items).items() if monday <= d < end}
    gaps: list[TravelGap] = []
    for (i, j), shorts in short_breaks(buckets, travel, rooms).items():
        finding = reported.get(frozenset((items[i].item_id, items[j].item_id)))
        if finding is None:
            continue
        for short in shorts:
            if finding.dates and short.day not in finding.dates:
                continue
            gaps.append(
                TravelGap(
                    short.day.weekday(),
                    short.came_from.end.time(),
                    short.going_to.start.time(),
                    short.needed,
                    short.available,
                    accepted=not finding.is_open,
                    item_ids=(
                        items[short.came_from.item].item_id,
                        items[short.going_to.item].item_id,
                    ),
                )
            )
    return gaps


Slot = tuple[int, int, int, str | None]  # day ordinal, start and end minute, building


def _slot(s: Session) -> Slot:
    start, end = s.start, s.end
    return (
        start.toordinal(),
        start.hour * 60 + start.minute,
        end.hour * 60 + end.minute + (end.date() - start.date()).days * 1440,
        s.building,
    )


class FitChecker:
    """Answers "would this offering clash with the plan?" for the whole
    catalogue after every edit. The offerings' default-group sessions are
    turned into integer slots once per catalogue; travel minutes between two
    buildings are cached. Dates count, not weekdays."""

    MAX_GAP = 120  # minutes; no travel takes longer than this between sessions

    def __init__(self, offerings: Mapping[str, Offering], travel: TravelModel | None) -> None:
        self._travel = travel
        self._minutes: dict[tuple[str | None, str | None], int | None] = {}
        self._slots: dict[str, tuple[Slot, ...]] = {}
        for key, offering in offerings.items():
            chosen = set(offering.default_groups())
            self._slots[key] = tuple(
                _slot(s) for g in offering.groups if g.key in chosen for s in g.sessions
            )

    def clashing(self, items: Iterable[AuditItem]) -> set[str]:
        """Keys of offerings not in the plan whose sessions overlap a plan
        session or leave less than the travel time between them."""
        by_day: dict[int, list[Slot]] = defaultdict(list)
        planned: set[str | None] = set()
        for item in items:
            planned.add(item.offering_key)
            for s in item.sessions:
                slot = _slot(s)
                by_day[slot[0]].append(slot)
        if not by_day:
            return set()
        return {
            key
            for key, slots in self._slots.items()
            if key not in planned and self._any_clash(slots, by_day)
        }

    def _any_clash(self, slots: tuple[Slot, ...], by_day: Mapping[int, list[Slot]]) -> bool:
        for day, start, end, building in slots:
            others = by_day.get(day)
            if not others:
                continue
            for _, o_start, o_end, o_building in others:
                if start < o_end and o_start < end:
                    return True
                gap = o_start - end if o_start >= end else start - o_end
                if gap < self.MAX_GAP and building != o_building:
                    needed = self._between(building, o_building)
                    if needed is not None and gap < needed:
                        return True
        return False

    def _between(self, a: str | None, b: str | None) -> int | None:
        key = (a, b)
        if key not in self._minutes:
            self._minutes[key] = self._travel.minutes(a, b) if self._travel else None
        return self._minutes[key]


def clashing_offerings(
    offerings: Mapping[str, Offering], items: Iterable[AuditItem], travel: TravelModel | None
) -> set[str]:
    """Keys of offerings whose default groups would clash with the plan
    (overlap or a break shorter than the travel time). Offerings already in
    the plan do not count as clashing with themselves."""
    return FitChecker(offerings, travel).clashing(items)


def first_session_day(items: Iterable[AuditItem], after: date | None = None) -> date | None:
    """The first day with a session (on or after ``after``), to open a week."""
    days = [s.start.date() for item in items for s in item.sessions]
    if after is not None:
        days = [d for d in days if d >= after]
    return min(days, default=None)


def opening_week(
    items: Sequence[AuditItem], findings: Sequence[Finding], today: date, *, weeks: int = 8
) -> date:
    """The Monday to show first: the week of the first open finding with a
    date (a clash, a travel problem), else the busiest of the ``weeks``
    weeks from ``today``, else the week of the first session, else today's."""
    dated = sorted(d for f in findings if f.is_open for d in f.dates[:1])
    if dated:
        return monday_of(dated[0])
    start = monday_of(today)
    counts: dict[date, int] = defaultdict(int)
    for item in items:
        for s in item.sessions:
            monday = monday_of(s.start.date())
            if start <= monday < start + timedelta(weeks=weeks):
                counts[monday] += 1
    if counts:
        return max(counts, key=lambda m: (counts[m], -m.toordinal()))
    first = first_session_day(items)
    return monday_of(first) if first else start
