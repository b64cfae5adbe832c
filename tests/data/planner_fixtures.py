"""Database fixtures shared by tests/data, tests/services and tests/cli:
a fresh database URL (a temp SQLite file, or a fresh schema on the
PostgreSQL server of SCHOOLAAS_TEST_PG_URL for tests marked ``postgres``)
and a tiny catalogue with two students, built through the repositories."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.engine import make_engine, unit_of_work
from schoolaas.data.schema import migrate
from schoolaas.data.tables import (
    BuildingRow,
    GroupRow,
    MatriculationDayRow,
    OfferingRow,
    PeriodRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    StudentRow,
    TravelRow,
)
from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.model import DateRange

PG_ENV = "SCHOOLAAS_TEST_PG_URL"

# Dates of the tiny calendar (the demo's 2026-27 school year, period 2).
P2 = DateRange(date(2026, 9, 30), date(2026, 11, 26))
MAA6_KEY = "OTA:2026-27:MAA06.1"
CS_KEY = "aalto-cur-1111"
EXAM_KEY = "aalto-cur-exam-0111"


def sqlite_url(tmp_path: Path, name: str = "planner.sqlite3") -> str:
    return f"sqlite:///{tmp_path / name}"


_BACKENDS = ["sqlite"]
if os.environ.get(PG_ENV):  # the PostgreSQL variant only where a server is given
    _BACKENDS.append(pytest.param("postgres", marks=pytest.mark.postgres))  # type: ignore[arg-type]


@pytest.fixture(params=_BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: SQLite, and PostgreSQL when available."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set")
    yield from _pg_schema(server)


def _pg_schema(server: str) -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(admin.url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass(frozen=True)
class Tiny:
    url: str
    aino: int  # student ids
    eero: int
    aino_plan: int
    eero_plan: int
    maa6_item: int  # Aino's items
    cs_item: int


def build_tiny(url: str) -> Tiny:
    """Two schools, a handful of rooms, periods, a school course (MAA6, bar 3,
    Tue 10.00-11.15 in period 2), an Aalto course (CS-A1111: L01 Tue
    10.15-12.00 in OK1-M1 from 1.9. to 19.11.2026, exercise groups H01/H02)
    and an Aalto exam; Aino plans MAA6 and CS-A1111 (an overlap every
    Tuesday from 6.10. to 17.11.), Eero (Tapiola) has an empty plan."""
    engine = make_engine(url)
    migrate(engine)
    with unit_of_work(engine) as s:
        _premises(s)
        _calendar(s)
        _offerings(s)
        aino = repo.add(
            StudentRow(
                number="OTA-1001",
                first_name="Aino",
                last_name="Virtanen",
                school="OTA",
                group="25A",
                start_year=2025,
                matriculation=["MA"],
            ),
            session=s,
        )
        eero = repo.add(
            StudentRow(
                number="TAP-2001",
                first_name="Eero",
                last_name="Lahtinen",
                school="TAP",
                group="25B",
                start_year=2025,
                maths="MAB",
            ),
            session=s,
        )
        assert aino.id is not None
        assert eero.id is not None
        plan = repo.add(PlanRow(student_id=aino.id, name="Plan"), session=s)
        other = repo.add(PlanRow(student_id=eero.id, name="Plan"), session=s)
        assert plan.id is not None
        assert other.id is not None
        maa6 = repo.add(
            PlanItemRow(plan_id=plan.id, offering=MAA6_KEY, code="MAA6", period="OTA:2026-27/2"),
            session=s,
        )
        cs = repo.add(
            PlanItemRow(
                plan_id=plan.id,
                offering=CS_KEY,
                code="CS-A1111",
                provider="aalto",
                groups=["L01", "H01"],
                ects=5,
            ),
            session=s,
        )
        ids = Tiny(url, aino.id, eero.id, plan.id, other.id, maa6.id or 0, cs.id or 0)
    engine.dispose()
    return ids


def _premises(s: Session) -> None:
    session = s
    repo.add_all(
        [
            BuildingRow(
                code="OIH",
                name="OIH",
                address="Maarintie 6",
                site="otaniemi",
                lat=60.1869,
                lon=24.8247,
            ),
            BuildingRow(
                code="OK1",
                name="Undergraduate Centre",
                address="Otakaari 1",
                site="otaniemi",
                lat=60.1867,
                lon=24.8277,
            ),
            BuildingRow(
                code="TAPL",
                name="Tapiolan lukio",
                address="Opintie 1",
                site="tapiola",
                lat=60.1750,
                lon=24.8050,
            ),
        ],
        session=session,
    )
    repo.add_all(
        [
            RoomRow(key="OIH-A101", building="OIH", code="A101", capacity=30),
            RoomRow(key="OK1-M1", building="OK1", code="M1", capacity=1, kind="lecture hall"),
            RoomRow(key="OK1-U006", building="OK1", code="U006", capacity=40),
            TravelRow(site_a="tapiola", site_b="otaniemi", minutes=15),
            SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"),
            SchoolRow(code="TAP", name="Tapiolan lukio", building="TAPL"),
        ],
        session=session,
    )


def _calendar(s: Session) -> None:
    rows = []
    for school in ("OTA", "TAP"):
        rows += [
            PeriodRow(
                key=f"{school}:2026-27/1",
                provider="school",
                school=school,
                year="2026-27",
                number=1,
                start=date(2026, 8, 13),
                end=date(2026, 9, 29),
                exam_start=date(2026, 9, 22),
                exam_end=date(2026, 9, 29),
            ),
            PeriodRow(
                key=f"{school}:2026-27/2",
                provider="school",
                school=school,
                year="2026-27",
                number=2,
                start=P2.start,
                end=P2.end,
                exam_start=date(2026, 11, 19),
                exam_end=date(2026, 11, 26),
            ),
        ]
    rows += [
        PeriodRow(
            key="aalto:2026-27/I",
            provider="aalto",
            year="2026-27",
            number=1,
            start=date(2026, 9, 7),
            end=date(2026, 10, 23),
        ),
        PeriodRow(
            key="aalto:2026-27/II",
            provider="aalto",
            year="2026-27",
            number=2,
            start=date(2026, 10, 26),
            end=date(2026, 12, 11),
        ),
        MatriculationDayRow(day=date(2027, 3, 24), subject="MA"),
    ]
    repo.add_all(rows, session=s)


def _offerings(s: Session) -> None:
    session = s
    repo.add_all(
        [
            OfferingRow(
                key=MAA6_KEY,
                provider="school",
                code="MAA6",
                name_fi="Derivaatta",
                op=3,
                start=P2.start,
                end=P2.end,
                subject="MA",
                modules=["MAA6"],
                school="OTA",
                period="OTA:2026-27/2",
                bar=3,
            ),
            OfferingRow(
                key=CS_KEY,
                provider="aalto",
                code="CS-A1111",
                name_en="Basic Course in Programming Y1",
                op=5,
                ects=5,
                ects_min=5,
                start=date(2026, 9, 1),
                end=date(2026, 11, 19),
                subject="KO",
                realisation_type="teaching-participation-lectures",
                seats=10,
                overlaps_with=["CS-A1113"],
                generated_sessions=True,
            ),
            OfferingRow(
                key=EXAM_KEY,
                provider="aalto",
                code="MS-A0111",
                name_en="Differential and Integral Calculus 1, exam",
                op=0,
                ects=5,
                start=date(2026, 11, 20),
                end=date(2026, 11, 20),
                realisation_type="exam-exam",
            ),
        ],
        session=session,
    )
    lesson = _group(session, MAA6_KEY, "MAA06.1", "lesson")
    _sessions(session, lesson, WeeklySlot(1, time(10, 0), time(11, 15)), P2, "OIH-A101", "OIH")
    l01 = _group(session, CS_KEY, "L01", "lecture")
    cs_dates = DateRange(date(2026, 9, 1), date(2026, 11, 19))
    _sessions(session, l01, WeeklySlot(1, time(10, 15), time(12, 0)), cs_dates, "OK1-M1", "OK1")
    h01 = _group(session, CS_KEY, "H01", "exercise")
    _sessions(session, h01, WeeklySlot(3, time(12, 15), time(14, 0)), cs_dates, "OK1-U006", "OK1")
    h02 = _group(session, CS_KEY, "H02", "exercise")
    _sessions(session, h02, WeeklySlot(4, time(8, 15), time(10, 0)), cs_dates, "OK1-U006", "OK1")
    exam = _group(session, EXAM_KEY, "KT01", "exam")
    repo.add(
        SessionRow(
            group_id=exam,
            start=datetime(2026, 11, 20, 9),
            end=datetime(2026, 11, 20, 12),
            room="OK1-U006",
            building="OK1",
            kind="exam",
        ),
        session=session,
    )


def _group(s: Session, offering: str, key: str, kind: str) -> int:
    row = repo.add(GroupRow(offering=offering, key=key, name=key, kind=kind), session=s)
    assert row.id is not None
    return row.id


def _sessions(
    s: Session, group_id: int, slot: WeeklySlot, dates: DateRange, room: str, building: str
) -> None:
    rows = [
        SessionRow(group_id=group_id, start=x.start, end=x.end, room=room, building=building)
        for x in expand_weekly([slot], dates)
    ]
    repo.add_all(rows, session=s)


def copy_tiny(template: Tiny, tmp_path: Path) -> Tiny:
    """A private copy of a tiny SQLite database built once (fast set-up)."""
    source = make_url(template.url).database
    assert source is not None
    target = tmp_path / "planner.sqlite3"
    shutil.copyfile(source, target)
    return replace(template, url=sqlite_url(tmp_path))


@pytest.fixture(scope="session")
def tiny_template(tmp_path_factory: pytest.TempPathFactory) -> Tiny:
    return build_tiny(sqlite_url(tmp_path_factory.mktemp("tiny")))
