"""Generated data sets for benchmarks: ``one-school`` (700 students, three
years of trays, a 4,000-realisation Aalto catalogue) and ``espoo`` (eleven
schools, 7,700 students, the same catalogue on shared campus rooms).

Deterministic from a seed, written with bulk inserts in one transaction,
portable SQL only (SQLite and PostgreSQL). The database must already carry
the schema (``data.schema.migrate``) and hold no students or courses.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection, Engine

from schoolaas.data.tables import (
    BuildingRow,
    GroupRow,
    HolidayRow,
    LessonPatternRow,
    MatriculationDayRow,
    ModuleRow,
    OfferingRow,
    PeriodRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SchoolYearRow,
    SessionRow,
    StudentRow,
    TravelRow,
)
from schoolaas.io.curriculum import lops2021
from schoolaas.seed.curriculum_rows import module_rows
from schoolaas.seed.scale_aalto import CampusRoom, Realisation, building_rows, campus_rooms
from schoolaas.seed.scale_aalto import catalogue as aalto_catalogue
from schoolaas.seed.scale_calendar import aalto_periods, school_holiday_ranges, school_periods
from schoolaas.seed.scale_data import (
    FIXED_ACADEMIC_YEARS,
    MATRICULATION_DAYS,
    PLAN_YEARS,
    SCHOOLS,
)
from schoolaas.seed.scale_school import STAMP, SchoolBuilder
from schoolaas.services.errors import InvalidInput

SETS = {"one-school": 1, "espoo": len(SCHOOLS)}
STUDENTS_PER_SCHOOL = 700
REALISATIONS = 4000
CHUNK = 5000

Progress = Callable[[str], None]


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


@dataclass
class ScaleReport:
    name: str
    seed: int
    factor: float
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def build_scale(
    engine: Engine,
    name: str,
    seed: int = 0,
    progress: Progress | None = None,
    *,
    factor: float = 1.0,
) -> ScaleReport:
    """Fill the (empty, migrated) database behind ``engine`` with data set
    ``name``; ``factor`` scales students and realisations (1.0 = full size)."""
    if name not in SETS:
        raise InvalidInput(f"unknown data set {name!r}: choose one of {', '.join(SETS)}")
    if not 0 < factor <= 1:
        raise InvalidInput(f"scale factor must be in (0, 1], got {factor}")
    say = progress or (lambda _text: None)
    started = time.perf_counter()
    report = ScaleReport(name, seed, factor)
    rng = random.Random(f"{name}:{seed}")
    with engine.begin() as conn:
        _check_empty(conn)
        writer = _Writer(conn, report.counts)
        _write_fixed(writer, SCHOOLS[: SETS[name]])
        say("Aalto catalogue")
        rooms = campus_rooms()
        writer.insert(RoomRow, (_room_row(r) for r in rooms))
        aalto = aalto_catalogue(
            rng, max(3, round(REALISATIONS * factor)), aalto_periods(FIXED_ACADEMIC_YEARS), rooms
        )
        writer.offerings(aalto)
        classrooms = [r for r in rooms if r.kind == "classroom"]
        curriculum = lops2021()
        students = max(3, round(STUDENTS_PER_SCHOOL * factor))
        for code, school_name, _site, _minutes in SCHOOLS[: SETS[name]]:
            say(f"{school_name}: {students} students")
            builder = SchoolBuilder(
                random.Random(f"{name}:{seed}:{code}"),
                code,
                _building_of(code),
                curriculum,
                aalto,
                classrooms,
            )
            school = builder.build(students)
            writer.insert(RoomRow, (_room_row(r) for r in school.rooms))
            writer.offerings(school.offerings)
            writer.students(code, school.students, school.items)
    report.seconds = time.perf_counter() - started
    say(f"done in {report.seconds:.1f} s")
    return report


def _building_of(school: str) -> str:
    return "OIH" if school == "OTA" else f"{school}L"


def _room_row(r: CampusRoom) -> dict[str, Any]:
    return {
        "key": r.key, "building": r.building, "code": r.code, "capacity": r.capacity,
        "kind": r.kind, "accessible": True,
    }  # fmt: skip


def _check_empty(conn: Connection) -> None:
    for model in (StudentRow, OfferingRow, SchoolRow):
        table = _table(model)
        if conn.execute(select(func.count()).select_from(table)).scalar_one():
            raise InvalidInput(
                f"the database already holds data (table {table.name}); "
                "a scale data set needs an empty one"
            )


def _write_fixed(writer: _Writer, schools: tuple[tuple[str, str, str, int], ...]) -> None:
    buildings = building_rows()
    for code, name, site, _minutes in schools:
        if code != "OTA":
            buildings.append({"code": _building_of(code), "name": name, "address": site,
                              "site": site, "lat": 60.2, "lon": 24.7})  # fmt: skip
    writer.insert(BuildingRow, buildings)
    writer.insert(
        TravelRow,
        [
            {"site_a": site, "site_b": "otaniemi", "minutes": minutes}
            for _c, _n, site, minutes in schools
            if site != "otaniemi"
        ],
    )
    writer.insert(
        SchoolRow,
        [
            {"code": code, "name": name, "building": _building_of(code), "curriculum": "LOPS2021"}
            for code, name, _s, _m in schools
        ],
    )
    periods = []
    years: list[dict[str, Any]] = []
    holidays: list[dict[str, Any]] = []
    for code, *_rest in schools:
        for year in PLAN_YEARS:
            spans = school_periods(code, year)
            years.append({"school": code, "year": year, "start": spans[0].start,
                          "end": spans[-1].end})  # fmt: skip
            holidays.extend({"school": code, "name": name, "kind": "holiday", "start": a,
                             "end": b} for name, a, b in school_holiday_ranges(year))  # fmt: skip
            for s in spans:
                periods.append({"key": s.key, "provider": "school", "school": code,
                                "year": year, "number": s.number, "start": s.start,
                                "end": s.end, "exam_start": s.exam_start,
                                "exam_end": s.end})  # fmt: skip
    for year, spans in aalto_periods(FIXED_ACADEMIC_YEARS).items():
        for s in spans:
            periods.append({"key": s.key, "provider": "aalto", "school": None, "year": year,
                            "number": s.number, "start": s.start, "end": s.end,
                            "exam_start": s.exam_start, "exam_end": s.end})  # fmt: skip
    writer.insert(SchoolYearRow, years)
    writer.insert(HolidayRow, holidays)
    writer.insert(PeriodRow, periods)
    writer.insert(MatriculationDayRow, [{"day": d, "subject": s} for d, s in MATRICULATION_DAYS])
    if not writer.conn.execute(select(func.count()).select_from(_table(ModuleRow))).scalar_one():
        writer.insert(ModuleRow, module_rows(lops2021()))


class _Writer:
    """Bulk inserts in chunks on one connection (one transaction); counts rows."""

    def __init__(self, conn: Connection, counts: dict[str, int]) -> None:
        self.conn = conn
        self.counts = counts

    def insert(self, model: Any, rows: Iterable[dict[str, Any]]) -> None:
        table = _table(model)
        for chunk in _chunks(rows):
            self.conn.execute(table.insert(), chunk)
            self.counts[table.name] = self.counts.get(table.name, 0) + len(chunk)

    def offerings(self, offerings: list[Realisation]) -> None:
        self.insert(OfferingRow, (o.row for o in offerings))
        self.insert(
            GroupRow,
            (
                {"offering": o.key, "key": g.key, "name": g.name, "kind": g.kind,
                 "capacity": g.capacity}
                for o in offerings
                for g in o.groups
            ),
        )  # fmt: skip
        keys = {o.key for o in offerings}
        groups = _table(GroupRow)
        ids: dict[tuple[str, str], int] = {}
        if offerings and offerings[0].row["provider"] == "aalto":
            where = _table(OfferingRow).c.provider == "aalto"
        else:
            where = _table(OfferingRow).c.school == offerings[0].row["school"]
        query = (
            select(groups.c.id, groups.c.offering, groups.c.key)
            .join(_table(OfferingRow), _table(OfferingRow).c.key == groups.c.offering)
            .where(where)
        )
        for gid, offering, key in self.conn.execute(query):
            if offering in keys:
                ids[(offering, key)] = gid
        self.insert(SessionRow, _sessions(offerings, ids))
        self.insert(LessonPatternRow, _patterns(offerings, ids))

    def students(
        self, school: str, students: list[dict[str, Any]], items: dict[str, list[dict[str, Any]]]
    ) -> None:
        self.insert(StudentRow, students)
        st = _table(StudentRow)
        by_number = dict(
            self.conn.execute(select(st.c.number, st.c.id).where(st.c.school == school)).all()
        )
        self.insert(
            PlanRow,
            (
                {"student_id": by_number[s["number"]], "name": "Plan", "active": True,
                 "updated_at": STAMP}
                for s in students
            ),
        )  # fmt: skip
        plan = _table(PlanRow)
        plan_of = dict(
            self.conn.execute(
                select(plan.c.student_id, plan.c.id)
                .join(st, st.c.id == plan.c.student_id)
                .where(st.c.school == school)
            ).all()
        )
        self.insert(
            PlanItemRow,
            (
                {"plan_id": plan_of[by_number[s["number"]]], **item}
                for s in students
                for item in items[s["number"]]
            ),
        )


def _sessions(
    offerings: list[Realisation], ids: dict[tuple[str, str], int]
) -> Iterator[dict[str, Any]]:
    for o in offerings:
        for g in o.groups:
            gid = ids[(o.key, g.key)]
            for start, end in g.sessions():
                yield {"group_id": gid, "start": start, "end": end, "room": g.room,
                       "building": g.building, "kind": g.session_kind,
                       "uid": None}  # fmt: skip


def _patterns(
    offerings: list[Realisation], ids: dict[tuple[str, str], int]
) -> Iterator[dict[str, Any]]:
    """The weekly lesson times of the school groups (expanded again when the
    calendar changes: services/setup/lessons)."""
    for o in offerings:
        if o.row["provider"] != "school":
            continue
        for g in o.groups:
            for weekday, t0, t1 in g.slots:
                yield {"group_id": ids[(o.key, g.key)], "weekday": weekday, "start": t0,
                       "end": t1, "first": g.start, "last": g.end, "room": g.room,
                       "building": g.building}  # fmt: skip


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
