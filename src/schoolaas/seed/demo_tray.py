"""The demo course trays of Otaniemen lukio and Tapiolan lukio.

Eight bars; every bar meets three times a week in 75-minute lessons, and all
groups of one bar meet at the bar's slots. Weekly slot k (0..23) of the
week falls on weekday k % 5 at the school's lesson time k // 5 and belongs
to bar k // 3 + 1, so bar 3 meets Tue, Wed and Thu at the second lesson
(10.00-11.15 at Otaniemi, SCENARIOS.md 1)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.curriculum import Curriculum
from schoolaas.domain.model import DateRange
from schoolaas.seed.demo_premises import (
    HOLIDAYS,
    SCHOOL_BUILDING,
    SCHOOL_ROOMS,
    SMALL_ROOM_GROUPS,
    TRAY_YEARS,
    SchoolPeriod,
)
from schoolaas.seed.demo_programme import (
    PREREQUISITES,
    course_names,
    course_op,
    course_subject,
    modules_of,
    tray_courses,
)

LESSON_TIMES: dict[str, tuple[tuple[time, time], ...]] = {
    "OTA": (
        (time(8, 30), time(9, 45)),
        (time(10, 0), time(11, 15)),
        (time(11, 45), time(13, 0)),
        (time(13, 15), time(14, 30)),
        (time(14, 45), time(16, 0)),
    ),
    "TAP": (
        (time(8, 0), time(9, 15)),
        (time(9, 30), time(10, 45)),
        (time(11, 0), time(12, 15)),
        (time(13, 0), time(14, 15)),
        (time(14, 30), time(15, 45)),
    ),
}
BARS = 8
YEAR_OFFSET = {1: 0, 2: 2, 3: 5}  # study year -> shift of its courses' bars
CURRENT_YEAR = "2026-27"  # the demo year: two groups of every course
# Extra rounds of maths courses in the demo year (period -> (course, bar)):
# a summer-school MAA7 round, second MAA6 and MAA4 rounds (retakes), as
# schools run them.
EXTRA_ROUNDS: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("MAA7", 1),),
    3: (("MAA6", 6), ("MAA4", 2)),
}
# National electives outside the programme, one group each, every tray year
# (period -> (course, bar)): what students pick beyond the common path.
OPEN_ELECTIVES: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("FI3", 4), ("PS5", 6), ("LI4", 8)),
    2: (("HI5", 2), ("GE4", 5), ("TE3", 7)),
    3: (("FY6", 1), ("KE6", 3), ("ÄI11", 5), ("MU4", 8)),
    4: (("RUB17", 2), ("FI4", 4), ("KU4", 6), ("HI6", 8)),
    5: (("LI5", 1), ("UE4", 3), ("KULD2", 5), ("MULD6", 7)),
}

TEACHERS = (
    "Aino Virtanen",
    "Mikko Korhonen",
    "Laura Mäkinen",
    "Juha Nieminen",
    "Sanna Hämäläinen",
    "Pekka Laine",
    "Heidi Koskinen",
    "Ville Heikkinen",
    "Outi Järvinen",
    "Timo Lehtonen",
    "Riikka Saarinen",
    "Antti Salminen",
    "Katja Lindqvist",
    "Jari Turunen",
    "Elina Rantanen",
)


def bar_slots(school: str, bar: int) -> tuple[WeeklySlot, ...]:
    times = LESSON_TIMES[school]
    out = []
    for k in range((bar - 1) * 3, bar * 3):
        start, end = times[k // 5]
        out.append(WeeklySlot(k % 5, start, end))
    return tuple(out)


def course_bars(study_year: int, position: int) -> tuple[int, int]:
    """The bars of a course's first and second group."""
    off = YEAR_OFFSET[study_year]
    return (position + off) % BARS + 1, (position + off + 4) % BARS + 1


def group_code(code: str, n: int) -> str:
    """Wilma-style group code: ÄI1 -> ÄI01.1, MAA6 group 2 -> MAA06.2."""
    letters = code.rstrip("0123456789")
    return f"{letters}{int(code[len(letters) :]):02d}.{n}"


@dataclass
class TrayGroup:
    offering_key: str
    group_key: str
    school: str
    period: SchoolPeriod
    code: str
    bar: int
    op: float
    room: str  # room key of its weekly lessons
    building: str
    sessions: list[tuple[datetime, datetime, str, str]] = field(default_factory=list)


@dataclass
class Tray:
    offerings: list[dict[str, object]] = field(default_factory=list)
    groups: list[TrayGroup] = field(default_factory=list)
    # (school, year, period number, course code) -> groups offered
    by_course: dict[tuple[str, str, int, str], list[TrayGroup]] = field(
        default_factory=lambda: defaultdict(list)
    )


def teaching_skip(period: SchoolPeriod) -> set[date]:
    days: set[date] = set()
    day = period.dates.start
    while day <= period.dates.end:
        if day in period.exam or any(day in h for h in HOLIDAYS):
            days.add(day)
        day += timedelta(days=1)
    return days


def build_tray(curriculum: Curriculum, periods: list[SchoolPeriod]) -> Tray:
    tray = Tray()
    numbers: dict[tuple[str, str, str], int] = defaultdict(int)
    for period in periods:
        if period.year not in TRAY_YEARS:
            continue
        rooms = SCHOOL_ROOMS[period.school]
        used_in_bar: dict[int, int] = defaultdict(int)
        skip = teaching_skip(period)
        for study_year, position, code in tray_courses(period.number):
            first, second = course_bars(study_year, position)
            bars = (first, second) if period.year == CURRENT_YEAR else (first,)
            for bar in bars:
                numbers[(period.school, period.year, code)] += 1
                gcode = group_code(code, numbers[(period.school, period.year, code)])
                room_code = rooms[used_in_bar[bar] % len(rooms)][0]
                used_in_bar[bar] += 1
                _add_group(tray, curriculum, period, code, gcode, bar, room_code, skip)
        rounds = EXTRA_ROUNDS.get(period.number, ()) if period.year == CURRENT_YEAR else ()
        for code, bar in (*rounds, *OPEN_ELECTIVES[period.number]):
            numbers[(period.school, period.year, code)] += 1
            gcode = group_code(code, numbers[(period.school, period.year, code)])
            room_code = rooms[used_in_bar[bar] % len(rooms)][0]
            used_in_bar[bar] += 1
            where = (period.school, period.year, period.number, code)
            room_code = SMALL_ROOM_GROUPS.get(where, room_code)
            _add_group(tray, curriculum, period, code, gcode, bar, room_code, skip)
    return tray


def _add_group(
    tray: Tray,
    curriculum: Curriculum,
    period: SchoolPeriod,
    code: str,
    gcode: str,
    bar: int,
    room_code: str,
    skip: set[date],
) -> None:
    key = f"{period.school}:{period.year}:{gcode}"
    building = SCHOOL_BUILDING[period.school]
    room = f"{building}-{room_code}"
    name_fi, name_sv = course_names(curriculum, code)
    op = course_op(curriculum, code)
    teacher = TEACHERS[(sum(map(ord, code)) + bar) % len(TEACHERS)]
    tray.offerings.append(
        {
            "key": key,
            "provider": "school",
            "code": code,
            "name_fi": name_fi,
            "name_sv": name_sv,
            "name_en": "",
            "op": op,
            "start": period.dates.start,
            "end": period.dates.end,
            "subject": course_subject(curriculum, code),
            "modules": list(modules_of(code)),
            "ects": None,
            "ects_min": None,
            "realisation_type": "",
            "school": period.school,
            "period": period.key,
            "bar": bar,
            "prerequisites": list(PREREQUISITES.get(code, ())),
            "overlaps_with": [],
            "seats": None,
            "languages": ["fi"],
            "teachers": [teacher],
            "generated_sessions": True,
            "source": "demo",
            "source_hash": "",
        }
    )
    group = TrayGroup(key, gcode, period.school, period, code, bar, op, room, building)
    dates = DateRange(period.dates.start, period.dates.end)
    for s in expand_weekly(bar_slots(period.school, bar), dates, skip=skip):
        group.sessions.append((s.start, s.end, room, building))
    tray.groups.append(group)
    tray.by_course[(period.school, period.year, period.number, code)].append(group)
