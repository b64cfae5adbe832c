"""One school of a scale data set: its students (three cohorts), a study
path through LOPS 2021, course trays sized to the students' demand, and each
student's plan: school courses in (mostly) different bars, a few Aalto
courses, completed items in past years and code-only items for years whose
tray is not out yet."""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from schoolaas.domain.curriculum import Choices, Curriculum, Module
from schoolaas.domain.model import MathSyllabus
from schoolaas.seed.scale_aalto import CampusRoom, GroupPlan, Realisation
from schoolaas.seed.scale_calendar import (
    Span,
    first_year,
    school_holidays,
    school_periods,
    year_name,
)
from schoolaas.seed.scale_data import (
    BARS,
    CURRENT_YEAR,
    FIRST_NAMES,
    FIXED_ACADEMIC_YEARS,
    LAST_NAMES,
    LESSONS_PER_BAR,
    MATRICULATION_SUBJECTS,
    SCHOOL_LESSONS,
)

COHORTS = (2024, 2025, 2026)
GROUP_SIZE = 28  # students a tray plans per group
GROUP_MAX = 32  # a student goes elsewhere when a group is this full
TODAY = date(2026, 10, 15)  # the data set's "now": period 2 of 2026-27
STAMP = datetime(2026, 10, 15, 12, 0)
OWN_ROOMS = 10  # Otaniemen lukio's own rooms; more groups at once go to campus rooms


@dataclass(slots=True)
class SchoolSet:
    code: str
    offerings: list[Realisation] = field(default_factory=list)
    rooms: list[CampusRoom] = field(default_factory=list)
    students: list[dict[str, Any]] = field(default_factory=list)
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by student number


def _natural(code: str) -> tuple[str, int]:
    m = re.match(r"^(\D+)(\d+)$", code)
    return (m.group(1), int(m.group(2))) if m else (code, 0)


def _wilma(code: str) -> str:
    letters, number = _natural(code)
    return f"{letters}{number:02d}"


def bar_slots(bar: int) -> tuple[tuple[int, Any, Any], ...]:
    """The weekly lessons of ``bar``: three of the week's 25 positions, spread
    over different days; no two bars share a position."""
    out = []
    for j in range(LESSONS_PER_BAR):
        k = bar + BARS * j
        t0, t1 = SCHOOL_LESSONS[k % 5]
        out.append((k // 5, t0, t1))
    return tuple(out)


class SchoolBuilder:
    def __init__(
        self,
        rng: random.Random,
        code: str,
        building: str,
        curriculum: Curriculum,
        aalto: list[Realisation],
        campus_classrooms: list[CampusRoom],
    ) -> None:
        self.rng = rng
        self.code = code
        self.building = building
        self.curriculum = curriculum
        self.campus = campus_classrooms
        self.aalto_by_year: dict[str, list[Realisation]] = defaultdict(list)
        self.exams: dict[tuple[str, str], Realisation] = {}
        for r in aalto:
            if r.is_exam:
                self.exams[(r.year, r.code)] = r
            else:
                self.aalto_by_year[r.year].append(r)
        self.periods = {y: school_periods(code, y) for y in FIXED_ACADEMIC_YEARS}
        self.required: dict[tuple[str, str], tuple[Module, ...]] = {}
        self.electives: dict[tuple[str, str], list[Module]] = {}
        self.path: dict[str, tuple[int, int]] = {}
        self.options: dict[tuple[str, int, str], list[str]] = defaultdict(list)
        self.bar_of: dict[str, int] = {}
        self.fill: Counter[str] = Counter()
        self.out = SchoolSet(code)
        self._rooms: dict[int, CampusRoom] = {}

    # -- students and their modules -------------------------------------
    def _modules_for(self, maths: str, worldview: str) -> tuple[tuple[Module, ...], list[Module]]:
        key = (maths, worldview)
        if key not in self.required:
            choices = Choices(maths=MathSyllabus(maths), worldview=worldview)
            required = self.curriculum.required(choices)
            syllabi = choices.syllabi()
            chosen = self.curriculum.chosen_subjects
            self.required[key] = required
            self.electives[key] = [
                m
                for m in self.curriculum.modules.values()
                if not m.compulsory
                and m.subject not in ("LD",)
                and (m.syllabus in syllabi or (m.subject not in chosen and m.syllabus == ""))
            ]
        return self.required[key], self.electives[key]

    def students(self, count: int) -> list[tuple[dict[str, Any], list[Module]]]:
        out = []
        for i in range(count):
            cohort = COHORTS[i % len(COHORTS)]
            maths = "MAA" if self.rng.random() < 0.6 else "MAB"
            worldview = "KT1" if self.rng.random() < 0.85 else "ET"
            required, electives = self._modules_for(maths, worldview)
            mods = list(required)
            arts = [m for m in mods if m.subject in ("MU", "KU")]
            if arts:
                mods.remove(self.rng.choice(arts))
            mods += self.rng.sample(
                electives, min(len(electives), self.rng.choice((0, 0, 1, 1, 2)))
            )
            number = f"{self.code}{cohort % 100:02d}{i:05d}"
            row = {
                "number": number,
                "first_name": self.rng.choice(FIRST_NAMES),
                "last_name": self.rng.choice(LAST_NAMES),
                "school": self.code,
                "group": f"{cohort % 100:02d}{'ABCDEFGH'[(i // 3) % 8]}",
                "start_year": cohort,
                "maths": maths,
                "mother_tongue": "AI1",
                "b1_language": "TKRUB1",
                "a_language": "VKENA1",
                "worldview": worldview,
                "matriculation": self._matriculation(cohort, maths),
                "archived": False,
                "updated_at": STAMP,
            }
            out.append((row, mods))
        return out

    def _matriculation(self, cohort: int, maths: str) -> list[str]:
        if cohort != COHORTS[0]:
            return []
        subjects = ["AI", "EN"]
        if self.rng.random() < (0.8 if maths == "MAA" else 0.4):
            subjects.append("MA")
        subjects += self.rng.sample(MATRICULATION_SUBJECTS[3:], self.rng.randint(1, 3))
        return subjects

    # -- study path and trays --------------------------------------------
    def make_path(self) -> None:
        """Each module gets a study year (1-3) and a period (1-5)."""
        by_syllabus: dict[tuple[str, str], list[Module]] = defaultdict(list)
        seen: set[str] = set()
        for key in self.required:
            for m in (*self.required[key], *self.electives[key]):
                if m.code not in seen:
                    seen.add(m.code)
                    by_syllabus[(m.subject, m.syllabus)].append(m)
        for key in sorted(by_syllabus):
            mods = sorted(by_syllabus[key], key=lambda m: (not m.compulsory, _natural(m.code)))
            offset = self.rng.random()
            for i, m in enumerate(mods):
                slot = min(14, int((i + offset) * 15 / max(len(mods), 3)))
                self.path[m.code] = (slot // 5 + 1, slot % 5 + 1)

    def make_trays(self, demand: Counter[tuple[int, str]]) -> None:
        modules = self.curriculum.modules
        for year in FIXED_ACADEMIC_YEARS:
            loads: dict[int, list[int]] = {p: [0] * BARS for p in range(1, 6)}
            holidays = school_holidays(year)
            for code in sorted(self.path, key=_natural):
                sy, p = self.path[code]
                cohort = first_year(year) - sy + 1
                if cohort in COHORTS:
                    n = demand[(cohort, code)]
                else:
                    n = round(sum(demand[(c, code)] for c in COHORTS) / len(COHORTS))
                groups = math.ceil(n / GROUP_SIZE)
                bars = sorted(range(BARS), key=lambda b: (loads[p][b], self.rng.random()))
                span = self.periods[year][p - 1]
                for g in range(groups):
                    bar = bars[g % BARS]
                    index = loads[p][bar]
                    loads[p][bar] += 1
                    self._offering(modules[code], year, span, g + 1, bar, index, holidays)

    def _room(self, index: int) -> CampusRoom:
        if index not in self._rooms:
            if self.code == "OTA" and index >= OWN_ROOMS and self.campus:
                self._rooms[index] = self.campus[(index - OWN_ROOMS) % len(self.campus)]
            else:
                code = str(101 + index)
                cap = 28 if index % 7 == 6 else 32
                room = CampusRoom(f"{self.building}-{code}", self.building, code, cap, "classroom")
                self._rooms[index] = room
                self.out.rooms.append(room)
        return self._rooms[index]

    def _offering(
        self, m: Module, year: str, span: Span, g: int, bar: int, index: int, skip: frozenset[date]
    ) -> None:
        key = f"{self.code}:{year}:{_wilma(m.code)}.{g}"
        room = self._room(index)
        group = GroupPlan(
            "L",
            f"{_wilma(m.code)}.{g}",
            "lesson",
            None,
            bar_slots(bar),
            span.start,
            span.teach_end,
            room.key,
            room.building,
            skip=skip,
        )
        row = {
            "key": key, "provider": "school", "code": m.code,
            "name_fi": m.name.get("fi", ""), "name_sv": m.name.get("sv", ""), "name_en": "",
            "op": m.op, "start": span.start, "end": span.end, "subject": m.subject,
            "modules": [m.code], "ects": None, "ects_min": None, "realisation_type": "",
            "school": self.code, "period": span.key, "bar": bar + 1,
            "prerequisites": [], "overlaps_with": [], "seats": None, "languages": ["fi"],
            "teachers": [f"{self.code} teacher {self.rng.randint(1, 60)}"],
            "generated_sessions": True, "source": "scale", "source_hash": "",
        }  # fmt: skip
        self.out.offerings.append(
            Realisation(key, m.code, year, span.start, span.end, False, None, [group], row)
        )
        self.options[(year, span.number, m.code)].append(key)
        self.bar_of[key] = bar

    # -- plans -------------------------------------------------------------
    def build(self, count: int) -> SchoolSet:
        people = self.students(count)
        self.make_path()
        demand: Counter[tuple[int, str]] = Counter()
        for row, mods in people:
            for m in mods:
                demand[(row["start_year"], m.code)] += 1
        self.make_trays(demand)
        for row, mods in people:
            self.out.students.append(row)
            self.out.items[row["number"]] = self._plan(row, mods)
        return self.out

    def _plan(self, student: dict[str, Any], mods: list[Module]) -> list[dict[str, Any]]:
        cohort = student["start_year"]
        used: set[tuple[str, int, int]] = set()  # (year, period, bar)
        items = []
        for m in sorted(mods, key=lambda m: (self.path[m.code], _natural(m.code))):
            sy, p = self.path[m.code]
            year = year_name(cohort + sy - 1)
            if year not in self.periods:
                items.append(
                    self._item(m.code, None, "school", "planned", [], f"{self.code}:{year}/{p}")
                )
                continue
            key = self._choose(year, p, m.code, used)
            used.add((year, p, self.bar_of[key]))
            self.fill[key] += 1
            status, grade = self._status(
                year, self.periods[year][p - 1].end, self.periods[year][p - 1].start
            )
            items.append(
                self._item(
                    m.code, key, "school", status, ["L"], self.periods[year][p - 1].key, grade
                )
            )
        items += self._aalto_items(cohort)
        return items

    def _choose(self, year: str, p: int, code: str, used: set[tuple[str, int, int]]) -> str:
        options = self.options[(year, p, code)]
        if self.rng.random() < 0.02:  # a counsellor's compromise: a clash on purpose
            return self.rng.choice(options)
        free = [k for k in options if (year, p, self.bar_of[k]) not in used]
        roomy = [k for k in free if self.fill[k] < GROUP_MAX]
        # a full group is worse than a clash the counsellor can see and move
        pool = roomy or [k for k in options if self.fill[k] < GROUP_MAX] or free or options
        return min(pool, key=lambda k: self.fill[k])

    def _status(self, year: str, end: date, start: date) -> tuple[str, str | None]:
        if year < CURRENT_YEAR or end < TODAY:
            if self.rng.random() < 0.015:
                return "failed", "4"
            return "completed", str(self.rng.randint(5, 10))
        return ("enrolled" if start <= TODAY else "planned"), None

    def _aalto_items(self, cohort: int) -> list[dict[str, Any]]:
        years = [y for y in FIXED_ACADEMIC_YEARS if cohort <= first_year(y) and y <= CURRENT_YEAR]
        count = self.rng.choice((0, 1, 1, 2, 2, 3, 4))
        items: list[dict[str, Any]] = []
        taken: set[str] = set()
        for _ in range(count):
            year = years[-1] if self.rng.random() < 0.7 else self.rng.choice(years)
            pool = self.aalto_by_year.get(year)
            if not pool:
                continue
            r = pool[int(len(pool) * self.rng.random() ** 3)]  # a few popular courses
            if r.key in taken:
                continue
            taken.add(r.key)
            groups = ["L01"]
            exercises = [g.key for g in r.groups if g.kind == "exercise"]
            if exercises:
                groups.append(self.rng.choice(exercises))
            period = self._school_period(year, r.start)
            status, grade = self._status(year, r.end, r.start)
            if status == "completed":
                grade = str(self.rng.randint(1, 5))
            items.append(self._item(r.code, r.key, "aalto", status, groups, period, grade))
            exam = self.exams.get((year, r.code))
            if exam is not None and self.rng.random() < 0.5:
                items.append(self._item(exam.code, exam.key, "aalto", status, ["KT01"], period))
        return items

    def _school_period(self, year: str, day: date) -> str | None:
        spans = self.periods[year]
        for s in spans:
            if s.start <= day <= s.end:
                return s.key
        later = [s for s in spans if s.start > day]
        return later[0].key if later else spans[-1].key

    @staticmethod
    def _item(
        code: str,
        offering: str | None,
        provider: str,
        status: str,
        groups: list[str],
        period: str | None,
        grade: str | None = None,
    ) -> dict[str, Any]:
        return {
            "offering": offering, "code": code, "provider": provider, "status": status,
            "grade": grade, "groups": groups, "period": period, "op": None, "ects": None,
            "note": "",
        }  # fmt: skip
