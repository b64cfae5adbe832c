"""Invariants the database holds under concurrent writers (issue 13): one
active plan per student, the catalogue version bumped without a lost
increment, migrations of one empty database by several copies at once.
Each runs on SQLite and, when SCHOOLAAS_TEST_PG_URL is set, PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

import pytest
from alembic import command
from planner_fixtures import build_tiny
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from schoolaas.data import repositories as repo
from schoolaas.data.engine import make_engine, unit_of_work
from schoolaas.data.schema import alembic_config, current_revision, head_revision, migrate
from schoolaas.data.tables import PlanRow, SettingRow
from schoolaas.services.workspace import Workspace


def _run_together(workers: list[Callable[[], None]]) -> list[BaseException]:
    """Start the workers at one barrier; the exceptions they raised."""
    barrier = threading.Barrier(len(workers))
    errors: list[BaseException] = []

    def run(work: Callable[[], None]) -> None:
        try:
            barrier.wait()
            work()
        except BaseException as exc:  # collected for the test to show
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def _active_plans(url: str, student_id: int) -> list[int]:
    engine = make_engine(url)
    with unit_of_work(engine) as s:
        query = select(PlanRow.id).where(PlanRow.student_id == student_id, col(PlanRow.active))
        ids = [i for i in s.exec(query).all() if i is not None]
    engine.dispose()
    return ids


def test_migration_0002_keeps_the_newest_of_two_active_plans(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO building (code, name, address, site, lat, lon) "
                "VALUES ('B', 'B', '', 's', 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO school (code, name, building, curriculum) "
                "VALUES ('S', 'S', 'B', 'LOPS2021')"
            )
        )
        for sid in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO student (id, number, first_name, last_name, school, "
                    '"group", start_year, maths, mother_tongue, b1_language, a_language, '
                    "worldview, matriculation, archived, updated_at) VALUES (:id, :n, 'A', "
                    "'B', 'S', '', 2025, 'MAA', 'AI1', 'B1', 'A', 'KT1', '[]', :f, :t)"
                ),
                {"id": sid, "n": f"N{sid}", "f": False, "t": datetime(2026, 1, 1)},
            )
        plans = [  # id, student, active, updated_at
            (1, 1, True, datetime(2026, 3, 1)),
            (2, 1, True, datetime(2026, 5, 1)),  # the newest active plan of student 1
            (3, 1, False, datetime(2026, 6, 1)),
            (4, 2, True, datetime(2026, 2, 1)),
        ]
        for pid, sid, active, at in plans:
            conn.execute(
                text(
                    "INSERT INTO plan (id, student_id, name, active, updated_at) "
                    "VALUES (:id, :sid, :name, :active, :at)"
                ),
                {"id": pid, "sid": sid, "name": f"P{pid}", "active": active, "at": at},
            )
    migrate(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, active, version FROM plan ORDER BY id")).all()
    engine.dispose()
    assert [(r[0], bool(r[1]), r[2]) for r in rows] == [
        (1, False, 1),
        (2, True, 1),
        (3, False, 1),
        (4, True, 1),
    ]


def test_the_database_refuses_a_second_active_plan(db_url: str) -> None:
    tiny = build_tiny(db_url)
    engine = make_engine(db_url)
    with pytest.raises(IntegrityError), unit_of_work(engine) as s:
        repo.add(PlanRow(student_id=tiny.aino, name="Second", active=True), session=s)
    with unit_of_work(engine) as s:  # an inactive one is fine
        repo.add(PlanRow(student_id=tiny.aino, name="Second", active=False), session=s)
    engine.dispose()
    assert _active_plans(db_url, tiny.aino) == [tiny.aino_plan]


def test_overlapping_set_active_plan_calls_leave_one_active_plan(db_url: str) -> None:
    tiny = build_tiny(db_url)
    ws = Workspace.open(db_url)
    plan_ids = [tiny.aino_plan]
    plan_ids += [ws.create_plan(tiny.aino, f"Plan {n}").created_id or 0 for n in range(5)]
    ws.close()
    workspaces = [Workspace.open(db_url) for _ in range(6)]

    def switching(ws: Workspace, start: int) -> Callable[[], None]:
        def work() -> None:
            for n in range(8):
                ws.set_active_plan(plan_ids[(start + n) % len(plan_ids)])

        return work

    try:
        errors = _run_together([switching(w, n) for n, w in enumerate(workspaces)])
    finally:
        for w in workspaces:
            w.close()
    assert errors == []
    assert len(_active_plans(db_url, tiny.aino)) == 1


def test_concurrent_bumps_of_the_catalogue_version_lose_no_increment(db_url: str) -> None:
    build_tiny(db_url)
    engine = make_engine(db_url)
    with unit_of_work(engine) as s:
        repo.bump_catalogue_version(session=s)
        start = int(s.get_one(SettingRow, repo.CATALOGUE_VERSION).value)
    writers, bumps = 8, 25
    engines = [make_engine(db_url) for _ in range(writers)]

    def bumping(engine_: object) -> Callable[[], None]:
        def work() -> None:
            for _ in range(bumps):
                with unit_of_work(engine_) as s:  # type: ignore[arg-type]
                    repo.bump_catalogue_version(session=s)

        return work

    try:
        errors = _run_together([bumping(e) for e in engines])
    finally:
        for e in engines:
            e.dispose()
    with unit_of_work(engine) as s:
        end = int(s.get_one(SettingRow, repo.CATALOGUE_VERSION).value)
    engine.dispose()
    assert errors == []
    assert end == start + writers * bumps


def test_a_hand_set_catalogue_version_restarts_at_one(db_url: str) -> None:
    build_tiny(db_url)
    engine = make_engine(db_url)
    with unit_of_work(engine) as s:
        repo.set_setting(repo.CATALOGUE_VERSION, "imported-by-hand", session=s)
        repo.bump_catalogue_version(session=s)
        first = s.get_one(SettingRow, repo.CATALOGUE_VERSION).value
        repo.bump_catalogue_version(session=s)
        second = s.get_one(SettingRow, repo.CATALOGUE_VERSION).value
    engine.dispose()
    assert (first, second) == ("1", "2")


def test_several_copies_migrate_one_empty_database_at_once(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("the advisory lock is PostgreSQL's; a SQLite file is one user's")
    engines = [make_engine(db_url) for _ in range(8)]
    try:
        errors = _run_together([lambda e=e: migrate(e) for e in engines])
        revisions = {current_revision(e) for e in engines}
    finally:
        for e in engines:
            e.dispose()
    assert errors == []
    assert revisions == {head_revision()}
