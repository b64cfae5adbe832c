"""Timetable fitting for the demo builder: which bars an Aalto group's
sessions collide with, and whether a set of sessions is free of overlaps,
too-short moves and overlong weeks. The demo uses it to keep its clean
students clean and its scenario students to exactly their scenario."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from schoolaas.domain.premises import TravelModel

Slot = tuple[datetime, datetime, str | None]  # start, end, building


class Timetable:
    """The dated sessions a student has so far, by day."""

    def __init__(self, travel: TravelModel) -> None:
        self.travel = travel
        self.by_day: dict[date, list[Slot]] = defaultdict(list)
        self.week_minutes: dict[tuple[int, int], int] = defaultdict(int)

    def add(self, sessions: Iterable[Slot]) -> None:
        for s in sessions:
            self.by_day[s[0].date()].append(s)
            iso = s[0].isocalendar()
            self.week_minutes[(iso[0], iso[1])] += int((s[1] - s[0]).total_seconds() // 60)

    def clashes(self, a: Slot, b: Slot) -> bool:
        """Overlap, or a break shorter than the move between the buildings."""
        if a[0] < b[1] and b[0] < a[1]:
            return True
        first, second = (a, b) if a[0] <= b[0] else (b, a)
        gap = (second[0] - first[1]).total_seconds() / 60
        need = self.travel.minutes(first[2], second[2])
        return need is not None and gap < need

    def fits(self, sessions: Iterable[Slot], *, max_week_hours: float = 29.0) -> bool:
        extra: dict[tuple[int, int], int] = defaultdict(int)
        new = list(sessions)
        for n, s in enumerate(new):
            for t in self.by_day.get(s[0].date(), ()):
                if self.clashes(s, t):
                    return False
            for t in new[n + 1 :]:
                if t[0].date() == s[0].date() and self.clashes(s, t):
                    return False
            iso = s[0].isocalendar()
            extra[(iso[0], iso[1])] += int((s[1] - s[0]).total_seconds() // 60)
        return all(
            (self.week_minutes.get(week, 0) + minutes) / 60 <= max_week_hours
            for week, minutes in extra.items()
        )


def clashing_bars(
    bar_sessions: dict[int, list[Slot]], sessions: Iterable[Slot], travel: TravelModel
) -> set[int]:
    """Bars (of one school period) whose lessons clash with ``sessions``."""
    probe = Timetable(travel)
    probe.add(sessions)
    out = set()
    for bar, lessons in bar_sessions.items():
        for lesson in lessons:
            if any(probe.clashes(lesson, s) for s in probe.by_day.get(lesson[0].date(), ())):
                out.add(bar)
                break
    return out


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
