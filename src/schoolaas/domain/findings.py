"""What the audit consumes and what it returns (the audit itself: audit.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from schoolaas.domain import finding_numbers as n
from schoolaas.domain.calendar import Period
from schoolaas.domain.curriculum import Choices, Curriculum, Rules
from schoolaas.domain.model import Acceptance, AuditItem, DateRange, Finding
from schoolaas.domain.premises import Room, TravelModel
from schoolaas.domain.timetable_facts import TimetableFacts


class FindingCode(StrEnum):
    """Stable codes; the UI and reports word them, the JSON output keeps them."""

    OVERLAP = "overlap"  # two sessions overlap on a date
    TRAVEL = "travel"  # break shorter than the travel time between sites
    ROOM_CAPACITY = "room-capacity"  # more planned students than the room holds
    SEAT_LIMIT = "seat-limit"  # more planned than seats open to lukio students
    PREREQUISITE_MISSING = "prerequisite-missing"
    PREREQUISITE_LATER = "prerequisite-later"  # planned in a later period
    SAME_BAR = "same-bar"  # two courses of one bar in one period
    DUPLICATE = "duplicate"  # the same course twice, or courses marked overlapping
    EXAM_WEEK = "exam-week"  # university exam in the school's exam week
    MATRICULATION = "matriculation"  # university exam on a matriculation exam day
    TOTAL_SHORT = "total-short"
    COMPULSORY_SHORT = "compulsory-short"  # per subject / syllabus
    NATIONAL_ELECTIVES_SHORT = "national-electives-short"
    ARTS_SHORT = "arts-short"  # MU + KU rule
    PERIOD_WORKLOAD = "period-workload"  # op in one school period
    WEEK_HOURS = "week-hours"  # scheduled hours in one week
    UNKNOWN_CODE = "unknown-code"  # an item whose course is not in the catalogue


# The typed numbers each code's findings carry (DUPLICATE: one code or
# module twice, or two codes that count as the same course).
NUMBERS: Mapping[FindingCode, tuple[type[n.Numbers], ...]] = {
    FindingCode.OVERLAP: (n.OverlapNumbers,),
    FindingCode.TRAVEL: (n.TravelNumbers,),
    FindingCode.ROOM_CAPACITY: (n.RoomCapacityNumbers,),
    FindingCode.SEAT_LIMIT: (n.SeatLimitNumbers,),
    FindingCode.PREREQUISITE_MISSING: (n.PrerequisiteNumbers,),
    FindingCode.PREREQUISITE_LATER: (n.PrerequisiteLaterNumbers,),
    FindingCode.SAME_BAR: (n.SameBarNumbers,),
    FindingCode.DUPLICATE: (n.DuplicateNumbers, n.PairNumbers),
    FindingCode.EXAM_WEEK: (n.ExamWeekNumbers,),
    FindingCode.MATRICULATION: (n.MatriculationNumbers,),
    FindingCode.TOTAL_SHORT: (n.ShortNumbers,),
    FindingCode.COMPULSORY_SHORT: (n.CompulsoryShortNumbers,),
    FindingCode.NATIONAL_ELECTIVES_SHORT: (n.ShortNumbers,),
    FindingCode.ARTS_SHORT: (n.ArtsShortNumbers,),
    FindingCode.PERIOD_WORKLOAD: (n.PeriodWorkloadNumbers,),
    FindingCode.WEEK_HOURS: (n.WeekHoursNumbers,),
    FindingCode.UNKNOWN_CODE: (n.ItemNumbers,),
}


@dataclass(frozen=True)
class Load:
    """Counts across all students of the database, computed by the services:
    how many students plan each room session and each offering / group."""

    room_session: Mapping[tuple[str, str], int] = field(default_factory=dict)
    # (room key, session start ISO) -> planned students
    offering: Mapping[str, int] = field(default_factory=dict)
    # offering key -> planned students
    group: Mapping[tuple[str, str], int] = field(default_factory=dict)
    # (offering key, group key) -> planned students
    full_rooms_kept: list[tuple[Mapping[str, Room], frozenset[str], dict[int, Any]]] = field(
        default_factory=list, init=False, compare=False, repr=False
    )
    # capacity.full_rooms of this Load per rooms mapping (by identity), and
    # the full room days of each sessions tuple met (by the tuple's id),
    # kept here by the capacity check: the audits of every student share
    # one Load, and thousands of plans the same sessions tuples


@dataclass(frozen=True)
class AuditInput:
    """Everything the audit needs about one plan, as plain data."""

    plan_id: int
    items: tuple[AuditItem, ...]
    curriculum: Curriculum
    choices: Choices = field(default_factory=Choices)
    rules: Rules = field(default_factory=Rules)
    travel: TravelModel | None = None
    rooms: Mapping[str, Room] = field(default_factory=dict)  # by Room.key
    periods: Mapping[str, Period] = field(default_factory=dict)  # school periods by key
    exam_weeks: tuple[DateRange, ...] = ()  # the school's exam weeks
    matriculation_days: Mapping[date, str] = field(default_factory=dict)  # day -> subject
    matriculation_subjects: frozenset[str] = frozenset()  # what the student writes ("MA")
    matriculation_sittings: Mapping[str, str] = field(default_factory=dict)
    # subject -> sitting key ("2027-autumn", domain/matriculation.py); a
    # subject without one is written in every sitting
    load: Load = field(default_factory=Load)
    seats: Mapping[str, int] = field(default_factory=dict)  # offering key -> seats for lukio
    acceptances: Mapping[str, Acceptance] = field(default_factory=dict)  # by finding key
    timetable: TimetableFacts | None = None
    # the catalogue's TimetableIndex (built once per catalogue load; the
    # audit reads only its facts half): the facts of the items' sessions
    # are read from it; None: the audit makes a small one for this plan


@dataclass(frozen=True)
class CreditSummary:
    """Credits of a plan against the rules (done = completed; planned
    includes completed, enrolled and planned items)."""

    total_done: float
    total_planned: float
    total_required: float
    compulsory_done: float
    compulsory_planned: float
    compulsory_required: float
    national_electives_planned: float
    national_electives_required: float
    school_electives_planned: float
    university_op_planned: float
    university_ects_planned: float
    by_subject: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # subject -> (compulsory planned, compulsory required)


@dataclass(frozen=True)
class AuditResult:
    plan_id: int
    findings: tuple[Finding, ...]
    credits: CreditSummary

    @property
    def open_errors(self) -> int:
        return sum(1 for f in self.findings if f.is_open and f.severity == "error")

    @property
    def open_warnings(self) -> int:
        return sum(1 for f in self.findings if f.is_open and f.severity == "warning")

    @property
    def accepted(self) -> int:
        return sum(1 for f in self.findings if not f.is_open)
