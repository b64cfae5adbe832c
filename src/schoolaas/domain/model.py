"""Core value objects shared by every layer: plain, immutable, no I/O.

Times are naive ``datetime`` values in Helsinki local time (Europe/Helsinki);
the calendar export adds the zone. Codes are normalised with
:func:`schoolaas.domain.codes.normalise_code` before they reach these objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from schoolaas.domain.finding_numbers import NO_NUMBERS, Numbers


class Provider(StrEnum):
    SCHOOL = "school"
    AALTO = "aalto"


class ItemStatus(StrEnum):
    PLANNED = "planned"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    FAILED = "failed"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class MathSyllabus(StrEnum):
    MAA = "MAA"  # long maths, 102 op compulsory
    MAB = "MAB"  # short maths, 94 op compulsory


class SessionKind(StrEnum):
    TEACHING = "teaching"
    EXAM = "exam"


class GroupKind(StrEnum):
    LESSON = "lesson"  # a school course group's lessons
    LECTURE = "lecture"
    EXERCISE = "exercise"
    EXAM = "exam"
    OTHER = "other"


Localized = Mapping[str, str]  # language code ("fi", "sv", "en") -> text


def pick_text(text: Localized, lang: str = "en") -> str:
    """The text in ``lang``, else English, Finnish, Swedish, else any."""
    for key in (lang, "en", "fi", "sv"):
        value = text.get(key)
        if value:
            return value
    return next((v for v in text.values() if v), "")


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive range of dates."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date range ends before it starts: {self.start} > {self.end}")

    def __contains__(self, day: object) -> bool:
        if isinstance(day, datetime):
            day = day.date()
        return isinstance(day, date) and self.start <= day <= self.end

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(slots=True, unsafe_hash=True)
class Session:
    """One dated meeting: a lesson, a lecture, an exercise session or an exam.

    Immutable by agreement, like AuditItem below: not declared ``frozen``,
    because a frozen dataclass sets each field through ``object.__setattr__``
    and the catalogue makes one Session per dated meeting (450,630 on the
    espoo data set): 0.7 s of its load against 0.1 s. Nothing assigns to a
    Session's fields (``dataclasses.replace`` makes a changed copy); equality
    and hash are by value, as if frozen."""

    start: datetime
    end: datetime
    room: str | None = None  # room key, e.g. "OK1-M1" (see premises.Room.key)
    building: str | None = None  # building code, e.g. "OK1"; used for travel
    kind: SessionKind = SessionKind.TEACHING

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"session ends before it starts: {self.start} – {self.end}")

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class StudyGroup:
    """A group of a course: a school course group's lessons, or an Aalto
    realisation's lecture (L01), exercise group (H01) or exam (KT01)."""

    key: str  # unique within the offering, e.g. "L01"
    name: str
    kind: GroupKind
    sessions: tuple[Session, ...] = ()
    capacity: int | None = None  # seats in this group, if Aalto limits them


@dataclass(frozen=True, slots=True)
class Offering:
    """Something a plan item can point at: a school course group in one
    period (MAA06.1, bar 3, period 2026-27/2) or an Aalto course unit
    realisation (with its study groups)."""

    key: str  # stable: school "OTA:2026-27:MAA06.1", Aalto the API id
    provider: Provider
    code: str  # normalised course code: "MAA6", "CS-A1111"
    name: Localized
    op: float  # opintopiste it counts for in the syllabus (after conversion)
    start: date
    end: date
    subject: str = ""  # LOPS subject code ("MA", "AI"); Aalto: "KO"
    modules: tuple[str, ...] = ()  # LOPS module codes covered (school courses)
    ects: float | None = None  # Aalto: credits as earned (max of the range)
    ects_min: float | None = None
    realisation_type: str = ""  # Aalto "teaching-participation-lectures", "exam-exam", ...
    school: str | None = None  # school code of a school course
    period: str | None = None  # school period key, "OTA:2026-27/2"
    bar: int | None = None  # course-tray bar (palkki)
    groups: tuple[StudyGroup, ...] = ()
    prerequisites: tuple[str, ...] = ()  # course or module codes
    overlaps_with: tuple[str, ...] = ()  # codes of courses that count as the same
    seats: int | None = None  # seats open to upper secondary students (Aalto)
    languages: tuple[str, ...] = ()
    teachers: tuple[str, ...] = ()
    generated_sessions: bool = False  # sessions made up by the demo, not imported

    @property
    def is_exam(self) -> bool:
        return self.realisation_type.startswith("exam")

    def group(self, key: str) -> StudyGroup | None:
        return next((g for g in self.groups if g.key == key), None)

    def default_groups(self) -> tuple[str, ...]:
        """Lecture and lesson groups, plus the first exercise group."""
        keys = [g.key for g in self.groups if g.kind in (GroupKind.LESSON, GroupKind.LECTURE)]
        exercise = next((g.key for g in self.groups if g.kind == GroupKind.EXERCISE), None)
        if exercise:
            keys.append(exercise)
        if not keys and self.groups:
            keys.append(self.groups[0].key)
        return tuple(keys)


@dataclass(slots=True, unsafe_hash=True)
class AuditItem:
    """A plan item resolved against the catalogue: everything the audit needs.

    Immutable by agreement, not enforced: nothing assigns to an AuditItem's
    fields (make a changed copy with ``dataclasses.replace``). It is the one
    value object not declared ``frozen``: a frozen dataclass sets each of
    its 21 fields through ``object.__setattr__``, which made making the
    items ten times dearer than the plain assignments here (440,000 items
    per ``check --all`` on espoo). Equality and hash are by value, as if
    frozen."""

    item_id: int
    code: str
    provider: Provider
    status: ItemStatus
    op: float
    label: str = ""  # what a person calls it: "MAA06.1", "CS-A1111 L01+H02"
    subject: str = ""
    modules: tuple[str, ...] = ()
    ects: float | None = None
    offering_key: str | None = None
    group_keys: tuple[str, ...] = ()
    period: str | None = None  # school period key the item belongs to
    period_index: int | None = None  # order of periods over the study years
    bar: int | None = None
    school: str | None = None
    sessions: tuple[Session, ...] = ()  # sessions of the chosen groups only
    is_exam: bool = False
    prerequisites: tuple[str, ...] = ()
    overlaps_with: tuple[str, ...] = ()
    exam_sessions: tuple[Session, ...] = ()
    # exams belonging to the item by default: the offering's exam groups not
    # chosen, and a separate exam realisation of the course (the exam-week
    # and matriculation checks read them; the clash checks do not)
    grade: str | None = None

    @property
    def counts(self) -> bool:
        """Whether the item counts toward credits (failed ones do not)."""
        return self.status != ItemStatus.FAILED


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A counsellor's decision to accept a finding (recorded lecture, consent)."""

    finding_key: str
    who: str
    when: datetime
    why: str


@dataclass(slots=True, unsafe_hash=True)
class Finding:
    """One result of the audit. ``code`` is stable (see audit.FindingCode);
    ``numbers`` holds the figures behind it, typed per code (finding_numbers),
    so the UI can word it in fi/sv/en;
    ``key`` identifies the same finding across audits (for acceptances).

    Immutable by agreement, like AuditItem and Session: not declared
    ``frozen``, which sets each field through ``object.__setattr__`` (and
    unpickles the same way: the helper process of ``check --all`` sends half
    of espoo's 94,000 findings back). Nothing assigns to a Finding's fields
    (``dataclasses.replace`` makes a changed copy); equality and hash are by
    value, as if frozen."""

    code: str
    severity: Severity
    key: str
    item_ids: tuple[int, ...] = ()
    dates: tuple[date, ...] = ()
    numbers: Numbers = NO_NUMBERS
    acceptance: Acceptance | None = None

    @property
    def is_open(self) -> bool:
        return self.acceptance is None
