"""Build the demo database: the first thing every user sees.

Two Espoo upper secondary schools on real premises, their course trays of
2024-25 to 2026-27, the Aalto catalogue of the demo year (real records of
the shipped sample moved 52 weeks on, plus made-up ones), the LOPS 2021
modules and 38 students whose plans show every SCENARIOS.md
situation next to clean, complete plans. Deterministic, one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel

from schoolaas.data.engine import HasEngine
from schoolaas.data.tables import (
    AcceptanceRow,
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
from schoolaas.domain.premises import Building, TravelModel
from schoolaas.io.curriculum import lops2021
from schoolaas.seed.curriculum_rows import module_rows
from schoolaas.seed.demo_aalto import AaltoRealisation, build_aalto
from schoolaas.seed.demo_premises import (
    BUILDINGS,
    SCHOOLS,
    TRAVEL,
    holiday_rows,
    matriculation_rows,
    period_rows,
    room_rows,
    school_periods,
    school_year_rows,
)
from schoolaas.seed.demo_roster import ACCEPT_WHO, ACCEPT_WHY, PHYS_A1111, ROSTER, Spec
from schoolaas.seed.demo_students import BuiltPlan, Context, PlanBuilder
from schoolaas.seed.demo_tray import Tray, bar_slots, build_tray
from schoolaas.services.database import explain
from schoolaas.services.errors import InvalidInput, StorageError

ACCEPTED_AT = datetime(2026, 10, 2, 14, 30)
STAMP = datetime(2026, 11, 20, 9, 0)  # updated_at of the demo rows
WHAT_IF = "What-if: physics"


@dataclass(frozen=True)
class DemoSummary:
    students: int
    plans: int
    items: int
    offerings: int
    school_offerings: int
    aalto_offerings: int
    sessions: int
    scenarios: dict[str, str] = field(default_factory=dict)  # student number -> scenario
    clean: tuple[str, ...] = ()  # student numbers with clean, complete plans

    def lines(self) -> list[str]:
        """What the CLI prints after building the demo."""
        out = [
            f"{self.students} students ({len(self.clean)} with clean, complete plans), "
            f"{self.plans} plans, {self.items} plan items",
            f"{self.offerings} course offerings ({self.school_offerings} school groups, "
            f"{self.aalto_offerings} Aalto realisations), {self.sessions} dated sessions",
            "Students who show one audit situation each (try: schoolaas check NUMBER):",
        ]
        for number, text in sorted(self.scenarios.items(), key=lambda kv: int(kv[1].split()[0])):
            out.append(f"  {number}  {text}")
        return out


def build_demo(workspace: HasEngine, *, reset: bool = False, force: bool = False) -> DemoSummary:
    """Fill the workspace's database with the demo. With ``reset`` every row
    of every table is deleted first, provided the database holds the demo's
    data only (schools, course offerings and students the demo makes; the
    demo's students' plans may have been edited): other data is replaced
    only with ``force``. Without ``reset`` the database must be empty."""
    curriculum = lops2021()
    periods = school_periods()
    tray = build_tray(curriculum, periods)
    aalto = build_aalto()
    travel = TravelModel(
        buildings={b[0]: Building(*b) for b in BUILDINGS},
        site_minutes={(a, b): m for a, b, m in TRAVEL},
    )
    ctx = Context(curriculum, tray, {r.key: r for r in aalto}, {p.key: p for p in periods}, travel)
    for spec in ROSTER:  # seats the scenario students take come first
        for pick in spec.picks:
            ctx.seats_taken[pick.key] += 1
    plans = [PlanBuilder(ctx, spec).build() for spec in ROSTER]
    with Session(workspace.engine, expire_on_commit=False) as session:
        try:
            if reset:
                if not force:
                    _refuse_other_data(session, plans, tray, aalto)
                _delete_all(session)
            elif _has_rows(session):
                raise InvalidInput(
                    "The database already holds data; build the demo with reset to replace it."
                )
            _insert_static(session, curriculum)
            sessions = _insert_catalogue(session, tray, aalto)
            items = _insert_students(session, plans, ctx)
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StorageError(f"The demo could not be written: {explain(exc)}") from None
        except BaseException:
            session.rollback()
            raise
    school_n = len(tray.offerings)
    return DemoSummary(
        students=len(plans),
        plans=len(plans) + sum(1 for p in plans if p.spec.what_if),
        items=items,
        offerings=school_n + len(aalto),
        school_offerings=school_n,
        aalto_offerings=len(aalto),
        sessions=sessions,
        scenarios={p.spec.number: p.spec.scenario for p in plans if p.spec.scenario},
        clean=tuple(p.spec.number for p in plans if not p.spec.scenario),
    )


def _tables(session: Session) -> list[Any]:
    names = set(inspect(session.connection()).get_table_names())
    return [t for t in reversed(SQLModel.metadata.sorted_tables) if t.name in names]


def _delete_all(session: Session) -> None:
    for table in _tables(session):
        session.execute(delete(table))


def _refuse_other_data(
    session: Session, plans: list[BuiltPlan], tray: Tray, aalto: list[AaltoRealisation]
) -> None:
    """InvalidInput naming what the database holds that the demo did not make."""
    made: dict[str, tuple[Any, set[str]]] = {
        "school": (SchoolRow.code, {code for code, _, _ in SCHOOLS}),
        "course offering": (
            OfferingRow.key,
            {str(o["key"]) for o in tray.offerings} | {str(r.row["key"]) for r in aalto},
        ),
        "student": (StudentRow.number, {p.spec.number for p in plans}),
    }
    found = []
    for what, (column, demo) in made.items():
        other = sorted(str(v) for v in session.execute(select(column)).scalars() if v not in demo)
        if other:
            shown = ", ".join(other[:3]) + (", …" if len(other) > 3 else "")
            found.append(f"{len(other)} {what}{'s' if len(other) != 1 else ''} ({shown})")
    if found:
        raise InvalidInput(
            "The database holds data the demo did not make: {found}. A reset would delete "
            "it; give --force to replace it with the demo anyway.",
            found="; ".join(found),
        )


def _has_rows(session: Session) -> bool:
    return any(
        session.execute(select(func.count()).select_from(t)).scalar_one() for t in _tables(session)
    )


def _rows(session: Session, table: Any, rows: list[dict[str, object]]) -> None:
    """Plain executemany insert (no ORM bookkeeping: the demo is large)."""
    if rows:
        session.connection().execute(insert(table.__table__), rows)


def _ids(session: Session, table: Any, rows: list[dict[str, object]]) -> list[int]:
    """Insert and return the new ids in the order of ``rows``."""
    id_col = table.__table__.c.id
    stmt = insert(table.__table__).returning(id_col, sort_by_parameter_order=True)
    return [int(r[0]) for r in session.connection().execute(stmt, rows)]


def _insert_static(session: Session, curriculum: Any) -> None:
    buildings = [
        dict(zip(("code", "name", "address", "site", "lat", "lon"), b, strict=True))
        for b in BUILDINGS
    ]
    travel = [
        {"site_a": a, "site_b": b, "minutes": m} for x, y, m in TRAVEL for a, b in ((x, y), (y, x))
    ]
    schools = [
        {"code": c, "name": n, "building": b, "curriculum": curriculum.name} for c, n, b in SCHOOLS
    ]
    _rows(session, BuildingRow, buildings)
    _rows(session, RoomRow, room_rows())
    _rows(session, TravelRow, travel)
    _rows(session, SchoolRow, schools)
    _rows(session, SchoolYearRow, school_year_rows())
    _rows(session, HolidayRow, holiday_rows())
    _rows(session, PeriodRow, period_rows(school_periods()))
    _rows(session, MatriculationDayRow, matriculation_rows())
    _rows(session, ModuleRow, module_rows(curriculum))


def _group_row(offering: str, key: str, name: str, kind: str) -> dict[str, object]:
    return {"offering": offering, "key": key, "name": name, "kind": kind, "capacity": None}


def _session_row(gid: int, s: tuple[Any, ...], kind: str) -> dict[str, object]:
    return {
        "group_id": gid,
        "start": s[0],
        "end": s[1],
        "room": s[2],
        "building": s[3],
        "kind": kind,
        "uid": None,
    }


def _insert_catalogue(session: Session, tray: Tray, aalto: list[AaltoRealisation]) -> int:
    _rows(session, OfferingRow, tray.offerings + [r.row for r in aalto])
    school_ids = _ids(
        session,
        GroupRow,
        [_group_row(g.offering_key, g.group_key, g.group_key, "lesson") for g in tray.groups],
    )
    aalto_groups = [(r, g) for r in aalto for g in r.groups]
    aalto_ids = _ids(
        session, GroupRow, [_group_row(r.key, g.key, g.name, g.kind) for r, g in aalto_groups]
    )
    rows: list[dict[str, object]] = []
    patterns: list[dict[str, object]] = []
    for gid, g in zip(school_ids, tray.groups, strict=True):
        rows.extend(_session_row(gid, s, "teaching") for s in g.sessions)
        patterns.extend(_pattern_rows(gid, g))
    _rows(session, LessonPatternRow, patterns)
    for gid, (_r, ag) in zip(aalto_ids, aalto_groups, strict=True):
        rows.extend(_session_row(gid, s, s[4]) for s in ag.sessions)
    _rows(session, SessionRow, rows)
    return len(rows)


def _pattern_rows(gid: int, g: Any) -> list[dict[str, object]]:
    """The weekly lesson times of a tray group over its period (lesson_pattern)."""
    return [
        {
            "group_id": gid,
            "weekday": slot.weekday,
            "start": slot.start,
            "end": slot.end,
            "first": g.period.dates.start,
            "last": g.period.dates.end,
            "room": g.room or None,
            "building": g.building or None,
        }
        for slot in bar_slots(g.school, g.bar)
    ]


def _student_row(spec: Spec) -> dict[str, object]:
    return {
        "number": spec.number,
        "first_name": spec.first,
        "last_name": spec.last,
        "school": spec.school,
        "group": spec.group,
        "start_year": spec.start_year,
        "maths": spec.maths,
        "mother_tongue": "AI1",
        "b1_language": "TKRUB1",
        "a_language": "VKENA1",
        "worldview": "KT1",
        "matriculation": list(spec.matriculation),
        "archived": False,
        "updated_at": STAMP,
    }


def _insert_students(session: Session, plans: list[BuiltPlan], ctx: Context) -> int:
    student_ids = _ids(session, StudentRow, [_student_row(p.spec) for p in plans])
    plan_ids = _ids(
        session,
        PlanRow,
        [
            {"student_id": sid, "name": "Plan", "active": True, "updated_at": STAMP}
            for sid in student_ids
        ],
    )
    items: list[dict[str, object]] = []
    accept: list[dict[str, object]] = []
    for plan_id, sid, built in zip(plan_ids, student_ids, plans, strict=True):
        items.extend({**item, "plan_id": plan_id} for item in built.items)
        if built.spec.accept_overlap:
            accept.append(
                {
                    "plan_id": plan_id,
                    "finding_key": overlap_key(built, ctx),
                    "who": ACCEPT_WHO,
                    "at": ACCEPTED_AT,
                    "why": ACCEPT_WHY,
                }
            )
        if built.spec.what_if:
            (what_if,) = _ids(
                session,
                PlanRow,
                [{"student_id": sid, "name": WHAT_IF, "active": False, "updated_at": STAMP}],
            )
            items.extend({**item, "plan_id": what_if} for item in what_if_items(built, ctx))
    _rows(session, PlanItemRow, items)
    _rows(session, AcceptanceRow, accept)
    return len(items)


def _ident(item: dict[str, object]) -> str:
    groups = sorted(str(g) for g in item["groups"])  # type: ignore[attr-defined]
    base = str(item["offering"] or item["code"])
    return f"{base}|{'+'.join(groups)}" if groups else base


def overlap_key(built: BuiltPlan, ctx: Context) -> str:
    """The key of the overlap between the bar-3 school course of period 2 and
    CS-A1111 (finding_keys: ``overlap:IDENT_A:IDENT_B``, idents sorted)."""
    aalto = next(i for i in built.items if i["code"] == "CS-A1111")
    school = next(
        i
        for i in built.items
        if i["provider"] == "school"
        and str(i["period"]).endswith("2026-27/2")
        and (key := i["offering"])
        and ctx.tray_bar(str(key)) == 3
    )
    a, b = sorted((_ident(school), _ident(aalto)))
    return f"overlap:{a}:{b}"


def what_if_items(built: BuiltPlan, ctx: Context) -> list[dict[str, object]]:
    """The active plan plus physics: PHYS-A1111 Mechanics at Aalto."""
    real = ctx.aalto[PHYS_A1111]
    lecture = [g.key for g in real.groups if g.kind == "lecture"]
    exercise = next(g.key for g in real.groups if g.kind == "exercise")
    extra: dict[str, object] = {
        "offering": real.key,
        "code": real.code,
        "provider": "aalto",
        "status": "planned",
        "grade": None,
        "groups": [*lecture, exercise],
        "period": None,
        "op": None,
        "ects": None,
        "note": "What if: Aalto physics instead of a free period",
    }
    period = ctx.school_period_at(built.spec.school, real.start)
    extra["period"] = period.key if period else None
    return [dict(i) for i in built.items] + [extra]
