"""What a day of the week view is besides a school day: in the school's exam
week, a holiday or no-teaching day (the school calendar, services/setup),
a matriculation exam day (bold for the subjects the student writes). Plain
data for the day headers of the week timetable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from schoolaas.services.setup import holidays
from schoolaas.services.views import PlanState
from schoolaas.services.workspace import Workspace

EXAM, HOLIDAY, MATRICULATION = "exam", "holiday", "matriculation"


@dataclass(frozen=True, slots=True)
class DayMark:
    kind: str  # EXAM, HOLIDAY or MATRICULATION
    text: str  # a holiday's name, a matriculation day's subjects
    writes: bool = False  # matriculation: the student writes one of its subjects


def day_marks(
    ws: Workspace, state: PlanState, monday: date, days: int = 7
) -> dict[date, tuple[DayMark, ...]]:
    """The marks of each day of the week starting ``monday`` (days without
    any are left out)."""
    week = [monday + timedelta(days=n) for n in range(days)]
    school = state.student.school
    cat = state.catalogue
    found: dict[date, list[DayMark]] = {}
    for period in cat.school_periods(school):
        exam = period.exam_week
        if exam is None:
            continue
        for day in week:
            if day in exam:
                found.setdefault(day, []).append(DayMark(EXAM, ""))
    for holiday in holidays(ws, school):
        for day in week:
            if holiday.start <= day <= holiday.end:
                found.setdefault(day, []).append(DayMark(HOLIDAY, holiday.name))
    writes = set(state.student.matriculation)
    for day in week:
        subjects = cat.matriculation_days.get(day)
        if subjects:
            mark = DayMark(MATRICULATION, ", ".join(subjects), bool(writes & set(subjects)))
            found.setdefault(day, []).append(mark)
    return {day: tuple(marks) for day, marks in found.items()}
