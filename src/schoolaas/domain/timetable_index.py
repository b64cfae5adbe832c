"""When a student is busy, and where: one index per catalogue.

A :class:`TimetableIndex` is built once per catalogue load from the
offerings, the travel model and the rooms, and passed explicitly to whoever
asks: the audit (``AuditInput.timetable``), the week view, "fits my
timetable", the study-group picker, and later the planner. It keeps the
facts of every choice (timetable_facts.py) and answers the clash questions
with the audit's own code (the sweep of overlap.py and the walk of
travel_check.py), so every answer agrees with the audit:

Two items clash when the audit of a plan holding them reports an OVERLAP or
a TRAVEL finding for the pair: sessions overlapping on the same date, or a
break shorter than the travel time between their buildings (the break from
the session the student comes from, as travel_check walks the day). Only
planned and enrolled items count, as in the audit.

A candidate choice is compared with a plan only on the dates where one of
its sessions lies closer to a plan session than :meth:`max_travel`; the
exact answer on those dates comes from the audit's walk over the merged day.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TypeVar

from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.overlap import overlap_pairs, overlap_partners, overlap_stretches
from schoolaas.domain.timeline import RawSlot, busy_days, day_slots, sort_slots
from schoolaas.domain.timetable_facts import ChoiceFacts, Span, TimetableFacts, choice_sessions
from schoolaas.domain.travel_check import short_breaks

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class WeekSession:
    """One session of a week as the week view draws it."""

    item: int  # index of its item in the sequence asked about
    session: Session
    partners: tuple[int, ...]  # indices of the items with a session overlapping it


@dataclass(frozen=True, slots=True)
class WeekBreak:
    """A break shorter than the move between two items' buildings."""

    day: date
    came_from: int  # index of the item the student comes from
    going_to: int  # index of the item the student goes to
    leaves: datetime  # when the session come from ends
    starts: datetime  # when the next one starts
    needed: int  # minutes the move takes
    available: int  # minutes between the two


@dataclass(frozen=True, slots=True)
class Clash:
    """How a candidate choice clashes with one item of a plan (what the
    audit would report for the pair once both are planned)."""

    item: AuditItem  # the plan's item
    overlaps: tuple[tuple[datetime, datetime], ...]  # both busy: (start, end), in date order
    breaks: tuple[tuple[datetime, datetime], ...]  # too short to move: (leaves, starts)


@dataclass(frozen=True, slots=True)
class _Day:
    """The sessions of every offering's default groups that start on one
    day, in the order of their first minute ("fits my timetable" asks of
    all of them at once). Minutes count from the day's midnight, as a
    Span's do from 0001-01-01."""

    firsts: array[int]  # whole minute of the start (seconds dropped), ascending
    lasts: array[int]  # whole minute of the end, rounded up
    owners: array[int]  # the offering's number (TimetableIndex._every_day keys)
    sessions: tuple[Session, ...]
    longest: int  # the most minutes from first to last on the day


class _Plan:
    """A plan's scheduled sessions, ready for many candidate questions: the
    audit's slots by date, and the Spans of its sessions by day ordinal."""

    def __init__(self, index: TimetableIndex, items: Iterable[AuditItem]) -> None:
        self.items = [i for i in items if i.status in SCHEDULED]
        self.slots = day_slots(self.items, index)
        self.dates = {day.toordinal(): day for day in self.slots}
        self.spans: dict[int, list[Span]] = {}
        for item in self.items:
            for day, spans in index.spans(index.facts(item.sessions)).items():
                self.spans.setdefault(day, []).extend(spans)
        self.days = frozenset(self.spans)


class TimetableIndex(TimetableFacts):
    """The busy times of every choice of one catalogue (see module doc).
    The facts (choice, default_choice, facts, iso_text, building,
    max_travel) come from :class:`TimetableFacts`."""

    # --- pairs of items ----------------------------------------------------
    def clash_pairs(self, items: Sequence[AuditItem]) -> set[tuple[int, int]]:
        """Index pairs (i < j) of ``items`` that clash: the pairs of the
        audit's OVERLAP and TRAVEL findings (planned and enrolled items)."""
        scheduled = [n for n, item in enumerate(items) if item.status in SCHEDULED]
        buckets = day_slots([items[n] for n in scheduled], self)
        return {(scheduled[i], scheduled[j]) for i, j in self._pairs(buckets)}

    def clashes(self, a: ChoiceFacts, b: ChoiceFacts) -> bool:
        """Whether two choices clash when both are planned."""
        return bool(self.clash_pairs((_item(a, 0), _item(b, 1))))

    def clashing_pairs(self, candidates: Mapping[K, ChoiceFacts]) -> set[frozenset[K]]:
        """Every two ``candidates`` that clash when both are planned (a
        planner's "not both" constraints); choices without a common date
        are passed over in one set operation."""
        keys = list(candidates)
        out: set[frozenset[K]] = set()
        for n, a in enumerate(keys):
            first = candidates[a]
            days = self.spans(first).keys()
            plan: _Plan | None = None
            for b in keys[n + 1 :]:
                second = candidates[b]
                if days.isdisjoint(self.spans(second)):
                    continue
                plan = plan or _Plan(self, (_item(first, 0),))
                if self._clashes(plan, second):
                    out.add(frozenset((a, b)))
        return out

    # --- a plan against candidates --------------------------------------
    def clash_with(self, items: Iterable[AuditItem], candidate: ChoiceFacts) -> bool:
        """Whether ``candidate`` would clash with the plan's scheduled items."""
        return self._clashes(_Plan(self, items), candidate)

    def clashing_choices(
        self, items: Iterable[AuditItem], candidates: Mapping[K, ChoiceFacts]
    ) -> set[K]:
        """The keys of the ``candidates`` that would clash with the plan
        (the planner's question: which choices are still free)."""
        plan = _Plan(self, items)
        if not plan.days:
            return set()
        return {key for key, facts in candidates.items() if self._clashes(plan, facts)}

    def clashing_offerings(self, items: Iterable[AuditItem]) -> set[str]:
        """Keys of the catalogue's offerings not in the plan whose default
        groups would clash with it ("fits my timetable" shows the rest).

        The same answer as :meth:`_clashes` asked of each offering's default
        choice, from the plan's side: on each of the plan's days, the
        catalogue's sessions of that day near a plan session (by the first
        minute, in :attr:`_every_day`) are looked at; one overlapping it
        makes its offering clash, one only near it puts the offering to the
        audit's walk of those days. No facts are kept per offering (some
        40 MB for the 21,911 offerings of espoo)."""
        items = list(items)
        planned = {i.offering_key for i in items}
        plan = _Plan(self, items)
        if not plan.days:
            return set()
        keys, days = self._every_day
        reach = self.max_travel() if self.travel is not None else 0
        skip = {n for n, key in enumerate(keys) if key in planned}
        clashing: set[int] = set()
        near: dict[int, set[int]] = {}  # offering number -> day ordinals
        for ordinal, spans in plan.spans.items():
            day = days.get(ordinal)
            if day is None:
                continue
            firsts, lasts, owners, sessions = day.firsts, day.lasts, day.owners, day.sessions
            midnight = ordinal * 1440
            for start, end, first, last in spans:
                low, high = first - midnight - reach, last - midnight + reach
                for n in range(bisect_right(firsts, low - day.longest), bisect_left(firsts, high)):
                    if lasts[n] > low:  # near, in whole minutes
                        owner = owners[n]
                        if owner in skip:
                            continue
                        session = sessions[n]
                        if start < session.end and session.start < end:
                            clashing.add(owner)
                            skip.add(owner)
                        elif reach:
                            near.setdefault(owner, set()).add(ordinal)
        out = {keys[n] for n in clashing}
        # the walk reads the days and each session's times and buildings: the
        # courses of one bar at one school often have the same (1,367 walks,
        # 154 different, for one espoo plan)
        walked: dict[tuple[object, ...], bool] = {}
        for owner, ordinals in near.items():
            if owner in skip:
                continue
            dates = {plan.dates[o] for o in ordinals}
            dated = [(d, s) for d, s in self._default_sessions(keys[owner]) if d in dates]
            seen = (
                *sorted(dates),
                *((s.start, s.end, s.building, self.building(s)) for _, s in dated),
            )
            found = walked.get(seen)
            if found is None:
                found = walked[seen] = self._walk(plan, dates, dated)
            if found:
                out.add(keys[owner])
        return out

    def prepare_offerings(self) -> None:
        """Work out now what :meth:`clashing_offerings` needs first (every
        day's sessions of the catalogue, :attr:`_every_day`: about 0.8 s for
        espoo's 21,911 offerings). The app does it in the thread that opens
        the database, so the first "fits my timetable" does not hold the
        window."""
        self._every_day  # noqa: B018 (a cached property: worked out once, kept)

    @cached_property
    def _every_day(self) -> tuple[list[str], dict[int, _Day]]:
        """The offerings' keys (their numbers) and every day's :class:`_Day`:
        worked out on the first "fits my timetable", kept with the index."""
        keys = list(self.offerings)
        found: dict[int, tuple[array[int], array[int], array[int], list[Session]]] = {}
        for number, key in enumerate(keys):
            offering = self.offerings[key]
            for group_key in offering.default_groups():
                group = offering.group(group_key)
                for session in group.sessions if group is not None else ():
                    start, end = session.start, session.end
                    ordinal = start.toordinal()
                    lists = found.get(ordinal)
                    if lists is None:
                        lists = found[ordinal] = (array("i"), array("i"), array("i"), [])
                    lists[0].append(start.hour * 60 + start.minute)
                    up = 1 if end.second or end.microsecond else 0
                    later = end.toordinal() - ordinal  # days
                    lists[1].append(later * 1440 + end.hour * 60 + end.minute + up)
                    lists[2].append(number)
                    lists[3].append(session)
        days: dict[int, _Day] = {}
        numbers = "H" if len(keys) <= 0xFFFF else "i"  # 2 bytes each while they fit
        for ordinal in list(found):
            firsts, lasts, owners, sessions = found.pop(ordinal)  # gone as the day is laid
            order = sorted(range(len(firsts)), key=firsts.__getitem__)
            days[ordinal] = _Day(
                array("H", (firsts[n] for n in order)),  # a minute of the day
                array("H" if max(lasts) <= 0xFFFF else "i", (lasts[n] for n in order)),
                array(numbers, (owners[n] for n in order)),
                tuple(sessions[n] for n in order),
                max(last - first for first, last in zip(firsts, lasts, strict=True)),
            )
        return keys, days

    def _default_sessions(self, offering_key: str) -> Iterable[tuple[date, Session]]:
        """(date, session) of the offering's default choice, in the order
        :meth:`sessions` gives them, worked out and not kept."""
        offering = self.offerings[offering_key]
        return [(s.start.date(), s) for s in choice_sessions(offering, offering.default_groups())]

    def clashing_groups(self, offering_key: str, items: Iterable[AuditItem]) -> set[str]:
        """Keys of the offering's study groups whose sessions would clash
        with the plan's items (pass the other items of the plan)."""
        plan = _Plan(self, items)
        if not plan.days:
            return set()
        return {
            group.key
            for group in self.offerings[offering_key].groups
            if self._clashes(plan, self.choice(offering_key, (group.key,)))
        }

    def clash_details(self, items: Iterable[AuditItem], candidate: ChoiceFacts) -> list[Clash]:
        """How ``candidate`` would clash with the plan's scheduled items, one
        :class:`Clash` per item it clashes with, in the plan's order: the
        audit's sweep and walk over the candidate's dates (empty exactly
        when :meth:`clash_with` says no)."""
        plan = _Plan(self, items)
        if not plan.days or not self._clashes(plan, candidate):
            return []
        mine = len(plan.items)
        buckets: dict[date, list[RawSlot]] = {}
        for day, session in zip(candidate.dates, candidate.sessions, strict=True):
            if day in plan.slots:
                slots = buckets.get(day)
                if slots is None:
                    slots = buckets[day] = list(plan.slots[day])
                slots.append((session.start, session.end, mine, session))
        for slots in buckets.values():
            sort_slots(slots)
        clashing, moving = busy_days(buckets)
        overlaps: dict[int, list[tuple[datetime, datetime]]] = {}
        for (i, j), stretches in overlap_stretches(clashing).items():
            if j == mine:
                overlaps.setdefault(i, []).extend(stretches)
        breaks: dict[int, list[tuple[datetime, datetime]]] = {}
        if self.travel is not None and moving:
            for (i, j), shorts in short_breaks(moving, self.travel, self.rooms).items():
                if j == mine:
                    found = breaks.setdefault(i, [])
                    found.extend((s.came_from.end, s.going_to.start) for s in shorts)
        return [
            Clash(plan.items[n], tuple(overlaps.get(n, ())), tuple(sorted(breaks.get(n, ()))))
            for n in sorted(overlaps.keys() | breaks.keys())
        ]

    # --- the week view ----------------------------------------------------
    def week(self, monday: date, items: Sequence[AuditItem]) -> list[WeekSession]:
        """Every session of ``items`` (whatever their status) starting in the
        week from ``monday``, in item order and then the order of each
        item's sessions, with the items whose sessions overlap it that day."""
        end = monday + timedelta(days=7)
        buckets = {d: s for d, s in day_slots(items, self).items() if monday <= d < end}
        partners = overlap_partners(busy_days(buckets)[0])
        out = []
        for n, item in enumerate(items):
            facts = self.facts(item.sessions)
            for day, session in zip(facts.dates, facts.sessions, strict=True):
                if monday <= day < end:
                    found = partners.get((n, id(session)))
                    out.append(WeekSession(n, session, tuple(sorted(found)) if found else ()))
        return out

    def week_breaks(self, monday: date, items: Sequence[AuditItem]) -> list[WeekBreak]:
        """The too-short breaks of the week from ``monday`` between planned
        and enrolled ``items`` (the audit's walk), by item pair in date order."""
        if self.travel is None:
            return []
        scheduled = [n for n, item in enumerate(items) if item.status in SCHEDULED]
        end = monday + timedelta(days=7)
        buckets = {
            day: slots
            for day, slots in day_slots([items[n] for n in scheduled], self).items()
            if monday <= day < end
        }
        return [
            WeekBreak(
                short.day,
                scheduled[short.came_from.item],
                scheduled[short.going_to.item],
                short.came_from.end,
                short.going_to.start,
                short.needed,
                short.available,
            )
            for shorts in short_breaks(buckets, self.travel, self.rooms).values()
            for short in shorts
        ]

    # --- the workings -----------------------------------------------------
    def _pairs(self, buckets: Mapping[date, Sequence[RawSlot]]) -> set[tuple[int, int]]:
        clashing, moving = busy_days(buckets)
        pairs = overlap_pairs(clashing)
        if self.travel is not None and moving:
            pairs.update(short_breaks(moving, self.travel, self.rooms))
        return pairs

    def _clashes(self, plan: _Plan, candidate: ChoiceFacts) -> bool:
        """An overlap on a date answers at once (the sweep pairs every two
        overlapping sessions of different items); a session closer to a
        plan session than any move takes puts its date to the audit's walk."""
        by_day = self.spans(candidate)
        if by_day.keys().isdisjoint(plan.days):
            return False
        reach = self.max_travel() if self.travel is not None else 0
        on_day = plan.spans.get
        near: set[date] = set()
        for ordinal, spans in by_day.items():
            others = on_day(ordinal)
            if others is None:
                continue
            for start, end, first, last in spans:
                low, high = first - reach, last + reach
                for other_start, other_end, other_first, other_last in others:
                    if other_first < high and other_last > low:  # near, in whole minutes
                        if other_start < end and start < other_end:
                            return True
                        if reach:
                            near.add(plan.dates[ordinal])
        if not near:
            return False
        return self._walk(plan, near, zip(candidate.dates, candidate.sessions, strict=True))

    def _walk(
        self, plan: _Plan, near: set[date], candidate: Iterable[tuple[date, Session]]
    ) -> bool:
        """The audit's sweep and walk of the ``near`` days of the plan with
        the candidate's sessions (dated) of those days added as one item."""
        mine = len(plan.items)  # the candidate's item index
        buckets: dict[date, list[RawSlot]] = {day: list(plan.slots[day]) for day in sorted(near)}
        for day, session in candidate:
            if day in near:
                buckets[day].append((session.start, session.end, mine, session))
        for slots in buckets.values():
            sort_slots(slots)
        return any(mine in pair for pair in self._pairs(buckets))


def _item(facts: ChoiceFacts, n: int) -> AuditItem:
    """A planned item holding ``facts``' sessions (for a pair question)."""
    return AuditItem(n, "", Provider.SCHOOL, ItemStatus.PLANNED, 0, sessions=facts.sessions)


__all__ = ["ChoiceFacts", "Clash", "TimetableIndex", "WeekBreak", "WeekSession"]
