"""From plan items to what the week timetable draws, and which catalogue
offerings would clash with a plan ("fits my timetable"). Plain functions over
domain objects: cheap to call after every edit, tested without a display."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, Offering, Session
from schoolaas.domain.premises import TravelModel
from schoolaas.ui.timetable import Block, TravelGap


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def build_week(
    monday: date,
    items: Sequence[AuditItem],
    findings: Sequence[Finding] = (),
    travel: TravelModel | None = None,
) -> tuple[list[Block], list[TravelGap]]:
    """Blocks of every session of ``items`` in the week starting ``monday``,
    clashes flagged (accepted ones marked), and too-short travel breaks."""
    end = monday + timedelta(days=7)
    dated: list[tuple[AuditItem, Session]] = [
        (item, s) for item in items for s in item.sessions if monday <= s.start.date() < end
    ]
    accepted = _accepted_overlaps(findings)
    clashing: dict[int, bool] = {}
    for i, (item_a, a) in enumerate(dated):
        for j in range(i + 1, len(dated)):
            item_b, b = dated[j]
            if item_a.item_id == item_b.item_id or not _overlap(a, b):
                continue
            pair = (frozenset((item_a.item_id, item_b.item_id)), a.start.date())
            for index in (i, j):
                clashing[index] = clashing.get(index, True) and pair in accepted
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
        )
        for i, (item, s) in enumerate(dated)
    ]
    gaps = _travel_gaps(dated, travel) if travel is not None else []
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
    dated: Sequence[tuple[AuditItem, Session]], travel: TravelModel
) -> list[TravelGap]:
    by_day: dict[date, list[tuple[AuditItem, Session]]] = defaultdict(list)
    for pair in dated:
        by_day[pair[1].start.date()].append(pair)
    gaps: list[TravelGap] = []
    for day, pairs in by_day.items():
        pairs.sort(key=lambda p: p[1].start)
        for (ia, a), (ib, b) in itertools.pairwise(pairs):
            if ia.item_id == ib.item_id or b.start < a.end:
                continue
            needed = travel.minutes(a.building, b.building)
            available = int((b.start - a.end).total_seconds() // 60)
            if needed is not None and available < needed:
                gaps.append(
                    TravelGap(day.weekday(), a.end.time(), b.start.time(), needed, available)
                )
    return gaps


class SessionIndex:
    """Sessions of a plan by date, to test many offerings against it fast."""

    def __init__(self, items: Iterable[AuditItem], travel: TravelModel | None = None) -> None:
        self._by_day: dict[date, list[Session]] = defaultdict(list)
        self._codes: set[str | None] = set()
        self._travel = travel
        for item in items:
            self._codes.add(item.offering_key)
            for s in item.sessions:
                self._by_day[s.start.date()].append(s)

    def clashes(self, sessions: Iterable[Session]) -> bool:
        for s in sessions:
            for other in self._by_day.get(s.start.date(), ()):
                if _overlap(s, other) or self._too_far(s, other):
                    return True
        return False

    def _too_far(self, a: Session, b: Session) -> bool:
        if self._travel is None:
            return False
        first, second = (a, b) if a.start <= b.start else (b, a)
        available = (second.start - first.end).total_seconds() / 60
        if available < 0 or available > 120:
            return False
        needed = self._travel.minutes(first.building, second.building)
        return needed is not None and available < needed

    def planned(self, offering_key: str) -> bool:
        return offering_key in self._codes


def clashing_offerings(
    offerings: Mapping[str, Offering], items: Iterable[AuditItem], travel: TravelModel | None
) -> set[str]:
    """Keys of offerings whose default groups would clash with the plan
    (overlap or a break shorter than the travel time). Offerings already in
    the plan do not count as clashing with themselves."""
    index = SessionIndex(items, travel)
    out: set[str] = set()
    for key, offering in offerings.items():
        if index.planned(key):
            continue
        chosen = set(offering.default_groups())
        sessions = [s for g in offering.groups if g.key in chosen for s in g.sessions]
        if index.clashes(sessions):
            out.add(key)
    return out


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
