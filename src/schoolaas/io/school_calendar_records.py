"""The records of a school's world: schools, school years, periods,
holidays, buildings, rooms, travel times and matriculation exam days.

Plain frozen dataclasses shared by the school calendar file
(io/school_calendar.py) and the setup services (services/setup), which
re-export them. Buildings and rooms are the domain's own
:class:`~schoolaas.domain.premises.Building` and
:class:`~schoolaas.domain.premises.Room`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from schoolaas.domain.premises import WALKING_M_PER_MIN, Building, Room

__all__ = [
    "Building",
    "CalendarData",
    "HolidayKind",
    "HolidayRecord",
    "MatriculationDayRecord",
    "PeriodRecord",
    "Room",
    "SchoolRecord",
    "SchoolYearRecord",
    "TravelRecord",
    "sitting_of",
]


class HolidayKind(StrEnum):
    """A day off for everyone (holiday) or a school day without lessons
    (no-teaching: a staff training day, a sports day)."""

    HOLIDAY = "holiday"
    NO_TEACHING = "no-teaching"


@dataclass(frozen=True, slots=True)
class SchoolRecord:
    """A school: ``code`` ("OTA") is its key; ``building`` the code of its
    own building (its site is the building's); ``curriculum`` the curriculum
    its students follow ("LOPS2021")."""

    code: str
    name: str
    building: str
    curriculum: str = "LOPS2021"


@dataclass(frozen=True, slots=True)
class SchoolYearRecord:
    """One academic year ("2026-27") of a school, first to last day."""

    school: str
    year: str
    start: date
    end: date

    @property
    def key(self) -> tuple[str, str]:
        return (self.school, self.year)


@dataclass(frozen=True, slots=True)
class PeriodRecord:
    """A school period (jakso) ``number`` of a school year, with its exam
    week (both days or neither). Its key is "OTA:2026-27/2"."""

    school: str
    year: str
    number: int
    start: date
    end: date
    exam_start: date | None = None
    exam_end: date | None = None

    @property
    def key(self) -> str:
        return f"{self.school}:{self.year}/{self.number}"


@dataclass(frozen=True, slots=True)
class HolidayRecord:
    """Days without lessons at ``school``, ``start`` to ``end`` inclusive
    (one day: start == end). ``id`` is the stored row's (None before it is
    stored); a holiday is otherwise known by school, start and name."""

    school: str
    name: str
    start: date
    end: date
    kind: HolidayKind = HolidayKind.HOLIDAY
    id: int | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, date, str]:
        return (self.school, self.start, self.name)


@dataclass(frozen=True, slots=True)
class TravelRecord:
    """Minutes from one site to another (both ways); within one site the
    audit walks between buildings at the campus walking speed."""

    site_a: str
    site_b: str
    minutes: int

    @property
    def key(self) -> tuple[str, str]:
        return (min(self.site_a, self.site_b), max(self.site_a, self.site_b))


@dataclass(frozen=True, slots=True)
class MatriculationDayRecord:
    """One subject's matriculation exam on ``day``; the sitting ("2027K",
    "2026S") follows from the date."""

    day: date
    subject: str

    @property
    def sitting(self) -> str:
        return sitting_of(self.day)

    @property
    def key(self) -> tuple[date, str]:
        return (self.day, self.subject)


def sitting_of(day: date) -> str:
    """The matriculation sitting of a day: spring (K, kevät) January–June,
    autumn (S, syksy) July–December, as YTL names them: "2027K", "2026S"."""
    return f"{day.year}{'K' if day.month <= 6 else 'S'}"


@dataclass(frozen=True, slots=True)
class CalendarData:
    """Everything a school calendar file holds (and an export writes):
    premises, travel, schools with their years, periods and holidays, the
    matriculation days and the campus walking speed (metres per minute)."""

    buildings: tuple[Building, ...] = ()
    rooms: tuple[Room, ...] = ()
    travel: tuple[TravelRecord, ...] = ()
    walking_m_per_min: float = WALKING_M_PER_MIN
    schools: tuple[SchoolRecord, ...] = ()
    years: tuple[SchoolYearRecord, ...] = ()
    periods: tuple[PeriodRecord, ...] = ()
    holidays: tuple[HolidayRecord, ...] = ()
    matriculation: tuple[MatriculationDayRecord, ...] = ()
