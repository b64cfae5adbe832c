"""What the week timetable draws, as plain data: one ``Block`` per session
and one ``TravelGap`` per too-short break. No Qt and no domain import at run
time (the window loads this before its first paint)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schoolaas.domain.model import Provider


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Block:
    """One session drawn in the week."""

    day: int  # 0 = Monday
    start: time
    end: time
    title: str
    room: str
    colour_key: str
    provider: Provider
    clash: bool = False
    accepted: bool = False  # the clash is accepted by a counsellor
    item_id: int | None = None
    detail: str = ""  # tooltip text
    clashes_with: tuple[str, ...] = ()  # titles of the blocks it overlaps

    @property
    def start_minutes(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minutes(self) -> int:
        return self.end.hour * 60 + self.end.minute


@dataclass(frozen=True, slots=True)
class TravelGap:
    """A break between two blocks that is shorter than the travel time."""

    day: int
    start: time  # the earlier block ends
    end: time  # the later block starts
    needed: int  # minutes
    available: int
    accepted: bool = False  # the audit's TRAVEL finding is accepted
    item_ids: tuple[int, ...] = ()  # (from, to)
