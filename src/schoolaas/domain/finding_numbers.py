"""The figures behind each finding, typed: one dataclass per kind.

A finding's ``numbers`` say what the audit measured, so the app, the
command line and the printed plan can word it in fi/sv/en
(wording/findings.py) and programs can read it (``check --json``). Every
class names its fields once: the producers (the audit's checks) build them
by keyword, the readers read attributes, so mypy rejects a misspelt field
at either end. Lists are tuples (``minutes_by_date``, ``room_a``,
``missing``...), never comma-joined text. Field names are the JSON keys
of docs/check-json.md.

Which classes go with which finding code: findings.NUMBERS.

Immutable by agreement, like model.Finding, AuditItem and Session: not
declared ``frozen``, because a frozen dataclass sets each field through
``object.__setattr__`` (and unpickles the same way), and an audit of every
plan of espoo makes 94,000 of them, in both processes of ``check --all``.
Nothing assigns to their fields (``dataclasses.replace`` makes a changed
copy); equality and hash are by value, as if frozen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class Numbers:
    """No figures (the base of every kind below)."""


# --- shared shapes ----------------------------------------------------------------


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class ItemNumbers(Numbers):
    """One plan item: its code and what a person calls it."""

    code: str
    label: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class PairNumbers(Numbers):
    """Two plan items in key order (finding_keys.keyed_pair)."""

    code_a: str
    code_b: str
    label_a: str
    label_b: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class ShortNumbers(Numbers):
    """Credits (op) required and planned, and how many are missing."""

    required: float
    planned: float
    short: float


# --- one kind per finding code --------------------------------------------------------


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class OverlapNumbers(PairNumbers):
    """OVERLAP: minutes of overlap per date, aligned with Finding.dates."""

    minutes: int  # most on one date
    min_minutes: int
    total_minutes: int
    count: int  # dates
    minutes_by_date: tuple[int, ...]
    room_a: tuple[str, ...]  # rooms of item a's overlapping sessions, in the order met
    room_b: tuple[str, ...]


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class TravelNumbers(PairNumbers):
    """TRAVEL: minutes needed and available on the worst date."""

    needed: int
    available: int
    short: int
    count: int  # dates
    building_a: str  # of item a on the worst date
    building_b: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class RoomCapacityNumbers(ItemNumbers):
    """ROOM_CAPACITY: a room (key) and the most students planned on one date."""

    room: str
    capacity: int
    planned: int
    over: int
    count: int  # dates


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class SeatLimitNumbers(ItemNumbers):
    """SEAT_LIMIT: seats open to upper secondary students of an offering or
    of one study group (``group`` "" for the whole offering)."""

    seats: int
    planned: int
    over: int
    offering: str
    group: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class PrerequisiteNumbers(ItemNumbers):
    """PREREQUISITE_MISSING: the item and the prerequisite's code."""

    prerequisite: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class PrerequisiteLaterNumbers(PrerequisiteNumbers):
    """PREREQUISITE_LATER: the periods (keys, "" when unknown) of both."""

    prerequisite_label: str
    period: str
    prerequisite_period: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class SameBarNumbers(PairNumbers):
    """SAME_BAR: two courses of one bar in one period (key)."""

    bar: int
    period: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class DuplicateNumbers(ItemNumbers):
    """DUPLICATE of one code or module (``code``) held by ``count`` items."""

    count: int


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class ExamWeekNumbers(ItemNumbers):
    """EXAM_WEEK: the first exam week hit."""

    count: int  # dates
    week_start: date
    week_end: date


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class MatriculationNumbers(ItemNumbers):
    """MATRICULATION: the subjects written on those days, sorted."""

    count: int  # dates
    subject: tuple[str, ...]


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class CompulsoryShortNumbers(ShortNumbers):
    """COMPULSORY_SHORT of one subject: the syllabi and codes of the
    missing modules."""

    subject: str
    syllabus: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class ArtsShortNumbers(ShortNumbers):
    """ARTS_SHORT: music (MU) and visual arts (KU) op planned."""

    mu: float
    ku: float
    min_each: float


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class PeriodWorkloadNumbers(Numbers):
    """PERIOD_WORKLOAD: op in one school period (key)."""

    op: float
    limit: float
    over: float
    period: str


@dataclass(slots=True, kw_only=True, unsafe_hash=True)
class WeekHoursNumbers(Numbers):
    """WEEK_HOURS: scheduled hours in one ISO week ("2026-W41")."""

    hours: float
    limit: float
    over: float
    week: str
    count: int  # days with sessions


NO_NUMBERS = Numbers()

__all__ = [
    "NO_NUMBERS",
    "ArtsShortNumbers",
    "CompulsoryShortNumbers",
    "DuplicateNumbers",
    "ExamWeekNumbers",
    "ItemNumbers",
    "MatriculationNumbers",
    "Numbers",
    "OverlapNumbers",
    "PairNumbers",
    "PeriodWorkloadNumbers",
    "PrerequisiteLaterNumbers",
    "PrerequisiteNumbers",
    "RoomCapacityNumbers",
    "SameBarNumbers",
    "SeatLimitNumbers",
    "ShortNumbers",
    "TravelNumbers",
    "WeekHoursNumbers",
]
