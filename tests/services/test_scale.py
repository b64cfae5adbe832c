"""The benchmark data sets: deterministic, the sizes the issue asks for (at a
small scale factor), and plausible enough that the audit has work to do."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from schoolaas.data.engine import make_engine
from schoolaas.data.schema import migrate
from schoolaas.data.tables import GroupRow, OfferingRow, PlanItemRow, SessionRow, StudentRow
from schoolaas.seed.scale import build_scale
from schoolaas.services.errors import InvalidInput

FACTOR = 0.01


def _engine(path: Path) -> Engine:
    engine = make_engine(str(path))
    migrate(engine)
    return engine


def _first_rows(engine: Engine, table: str, order: str, n: int = 5) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY {order} LIMIT {n}")).all()
    return [tuple(r) for r in rows]


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def one_school(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, object]:
    engine = _engine(tmp_path_factory.mktemp("scale") / "one.sqlite3")
    report = build_scale(engine, "one-school", seed=0, factor=FACTOR)
    return engine, report


def test_same_seed_gives_same_counts_and_rows(one_school, tmp_path: Path) -> None:
    engine, report = one_school
    again = _engine(tmp_path / "again.sqlite3")
    report2 = build_scale(again, "one-school", seed=0, factor=FACTOR)
    assert report2.counts == report.counts
    for table, order in (("student", "id"), ("offering", "key"), ("plan_item", "id"),
                         ("session", "id")):  # fmt: skip
        assert _first_rows(again, table, order) == _first_rows(engine, table, order)


def test_another_seed_gives_other_students(one_school, tmp_path: Path) -> None:
    engine, _ = one_school
    other = _engine(tmp_path / "other.sqlite3")
    build_scale(other, "one-school", seed=1, factor=FACTOR)
    assert _first_rows(other, "student", "id") != _first_rows(engine, "student", "id")


def test_one_school_sizes(one_school) -> None:
    engine, report = one_school
    assert report.counts["student"] == 7  # 700 at 1 %
    with engine.connect() as conn:
        aalto = conn.execute(
            select(func.count()).where(OfferingRow.provider == "aalto")  # type: ignore[arg-type]
        ).scalar_one()
        schools = conn.execute(text("SELECT DISTINCT school FROM student")).scalars().all()
        cohorts = conn.execute(text("SELECT DISTINCT start_year FROM student")).scalars().all()
        years = (
            conn.execute(
                text("SELECT DISTINCT substr(period, 5, 7) FROM offering WHERE provider='school'")
            )
            .scalars()
            .all()
        )
    assert aalto == 40  # 4,000 realisations at 1 %
    assert schools == ["OTA"]
    assert sorted(cohorts) == [2024, 2025, 2026]
    assert sorted(years) == ["2024-25", "2025-26", "2026-27"]
    per_student = _count(engine, PlanItemRow) / _count(engine, StudentRow)
    assert 45 <= per_student <= 65  # "about 55 plan items per student"


def test_espoo_has_eleven_schools_on_one_catalogue(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "espoo.sqlite3")
    report = build_scale(engine, "espoo", seed=0, factor=FACTOR)
    assert report.counts["student"] == 77  # 7,700 at 1 %
    assert report.counts["school"] == 11
    with engine.connect() as conn:
        shared = conn.execute(
            text(
                "SELECT count(DISTINCT s.school) FROM plan_item i "
                "JOIN plan p ON p.id = i.plan_id JOIN student s ON s.id = p.student_id "
                "WHERE i.provider = 'aalto'"
            )
        ).scalar_one()
    assert shared > 5  # students of many schools plan the same Aalto courses


def test_sessions_keep_the_slot_rules(one_school) -> None:
    engine, _ = one_school
    with engine.connect() as conn:
        rows = conn.execute(
            select(SessionRow.start, SessionRow.end, OfferingRow.provider, SessionRow.kind)
            .join(GroupRow, GroupRow.id == SessionRow.group_id)  # type: ignore[arg-type]
            .join(OfferingRow, OfferingRow.key == GroupRow.offering)  # type: ignore[arg-type]
        ).all()
    assert rows
    for start, end, provider, kind in rows:
        assert start.weekday() < 5
        if provider == "school":
            assert end - start == timedelta(minutes=75)
        elif kind == "teaching":
            assert start.minute == 15  # Aalto slots start at a quarter past
            assert end - start == timedelta(minutes=105)


def test_plans_contain_clashes_for_the_audit_to_find(one_school) -> None:
    engine, _ = one_school
    with engine.connect() as conn:
        clashes = conn.execute(
            text(
                "SELECT count(*) FROM plan_item a JOIN plan_item b "
                "ON a.plan_id = b.plan_id AND a.id < b.id "
                "JOIN session sa ON sa.group_id IN (SELECT id FROM study_group g "
                "  WHERE g.offering = a.offering) "
                "JOIN session sb ON sb.group_id IN (SELECT id FROM study_group g "
                "  WHERE g.offering = b.offering) "
                'WHERE sa.start < sb."end" AND sb.start < sa."end"'
            )
        ).scalar_one()
    assert clashes > 0


def test_refuses_a_database_with_data_and_writes_nothing(one_school) -> None:
    engine, report = one_school
    with pytest.raises(InvalidInput, match="already holds data"):
        build_scale(engine, "one-school", factor=FACTOR)
    assert _count(engine, StudentRow) == report.counts["student"]


def test_unknown_set_is_a_clear_error(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "x.sqlite3")
    with pytest.raises(InvalidInput, match="unknown data set 'helsinki'"):
        build_scale(engine, "helsinki")


def test_bench_command_builds_into_an_empty_database_only(tmp_path: Path) -> None:
    """``python bench/datasets.py build``: the benchmark data command (not a
    command of the product)."""
    script = Path(__file__).resolve().parents[2] / "bench" / "datasets.py"
    db = str(tmp_path / "cli.sqlite3")

    def build(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), "build", *args, "--db", db],
            capture_output=True,
            text=True,
            check=False,
        )

    first = build("one-school", "--factor", "0.01")
    assert first.returncode == 0, first.stderr
    assert "7 students" in first.stdout
    again = build("one-school", "--factor", "0.01")
    assert again.returncode == 2
    assert "already holds students" in again.stderr
    assert build("espoo", "--factor", "2").returncode == 2


def test_builds_on_sqlite_and_postgresql(db_url: str) -> None:
    """The same generator fills PostgreSQL (run with SCHOOLAAS_TEST_PG_URL)."""
    engine = make_engine(db_url)
    try:
        migrate(engine)
        report = build_scale(engine, "one-school", factor=FACTOR)
        with engine.connect() as conn:
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM plan_item i LEFT JOIN plan p ON p.id = i.plan_id "
                    "LEFT JOIN student s ON s.id = p.student_id WHERE s.id IS NULL"
                )
            ).scalar_one()
            sessions = conn.execute(select(func.count()).select_from(SessionRow)).scalar_one()  # type: ignore[arg-type]
        assert report.counts["student"] == 7
        assert orphans == 0
        assert sessions == report.counts["session"] > 0
    finally:
        engine.dispose()
