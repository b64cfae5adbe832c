"""Timetable fitting for the demo builder: which bars an Aalto group's
sessions clash with, and whether a set of sessions fits a student's
timetable (no clash, as the audit finds clashes, and no overlong week). The
demo uses it to keep its clean students clean and its scenario students to
exactly their scenario. The clashes come from a TimetableIndex (the demo
has no catalogue yet: each student's timetable keeps a small one)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.premises import TravelModel
from schoolaas.domain.timetable_facts import ChoiceFacts, week_number
from schoolaas.domain.timetable_index import TimetableIndex

Slot = tuple[datetime, datetime, str | None]  # start, end, building


class Timetable:
    """The sessions a student has so far: one plan item per ``add``."""

    def __init__(self, travel: TravelModel) -> None:
        self.index = TimetableIndex(travel=travel)
        self.items: list[AuditItem] = []
        self.week_minutes: dict[int, int] = {}  # week_number -> minutes

    def facts(self, sessions: Iterable[Slot]) -> ChoiceFacts:
        return self.index.facts(tuple(Session(s[0], s[1], building=s[2]) for s in sessions))

    def add(self, sessions: Iterable[Slot]) -> None:
        facts = self.facts(sessions)
        self.items.append(_item(len(self.items), facts))
        for week, minutes in _weeks(facts).items():
            self.week_minutes[week] = self.week_minutes.get(week, 0) + minutes

    def fits(self, sessions: Iterable[Slot], *, max_week_hours: float = 29.0) -> bool:
        """No clash with what the student has, no week over ``max_week_hours``."""
        facts = self.facts(sessions)
        if self.index.clash_with(self.items, facts):
            return False
        return all(
            (self.week_minutes.get(week, 0) + minutes) / 60 <= max_week_hours
            for week, minutes in _weeks(facts).items()
        )


def _item(n: int, facts: ChoiceFacts) -> AuditItem:
    planned = ItemStatus.PLANNED
    return AuditItem(n, f"demo-{n}", Provider.SCHOOL, planned, 0, sessions=facts.sessions)


def _weeks(facts: ChoiceFacts) -> dict[int, int]:
    """Whole minutes per week (each session's minutes rounded down)."""
    if facts.weeks is not None:
        return dict(facts.weeks)
    out: dict[int, int] = {}
    for day, session in zip(facts.dates, facts.sessions, strict=True):
        week = week_number(day)
        out[week] = out.get(week, 0) + int((session.end - session.start).total_seconds() // 60)
    return out


def clashing_bars(
    bar_sessions: dict[int, list[Slot]], sessions: Iterable[Slot], travel: TravelModel
) -> set[int]:
    """Bars (of one school period) whose lessons clash with ``sessions``."""
    probe = Timetable(travel)
    probe.add(sessions)
    return {
        bar
        for bar, lessons in bar_sessions.items()
        if probe.index.clash_with(probe.items, probe.facts(lessons))
    }


def match_bars(
    courses: list[str],
    options: dict[str, list[int]],
    forbidden: set[int],
    forced: dict[str, int],
) -> dict[str, int] | None:
    """One bar per course, no bar twice, none forbidden (forced ones excepted);
    None when impossible."""
    order = sorted(courses, key=lambda c: (c not in forced, len(options[c])))
    chosen: dict[str, int] = {}

    def place(i: int) -> bool:
        if i == len(order):
            return True
        course = order[i]
        bars = [forced[course]] if course in forced else options[course]
        for bar in bars:
            if bar in chosen.values() or (course not in forced and bar in forbidden):
                continue
            chosen[course] = bar
            if place(i + 1):
                return True
            del chosen[course]
        return False

    return chosen if place(0) else None
