"""Shared rules in the database: rate, overrides, buffer, exam weeks, matric days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from schoolaas.data.engine import make_engine
from schoolaas.data.tables import BuildingRow, PeriodRow, SchoolRow
from schoolaas.services import rules
from schoolaas.services.errors import InvalidInput, NotFound


@dataclass
class Db:
    engine: Engine


@pytest.fixture
def db(tmp_path: Path) -> Db:
    engine = make_engine(str(tmp_path / "r.sqlite3"))
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(BuildingRow(code="OIH", name="OIH", site="otaniemi", lat=60.18, lon=24.82))
        s.add(SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"))
        s.add(
            PeriodRow(
                key="OTA:2026-27/2",
                provider="school",
                school="OTA",
                year="2026-27",
                number=2,
                start=date(2026, 9, 30),
                end=date(2026, 11, 26),
            )
        )
        s.add(
            PeriodRow(
                key="aalto:2026-27/II",
                provider="aalto",
                year="2026-27",
                number=2,
                start=date(2026, 10, 19),
                end=date(2026, 12, 6),
            )
        )
        s.commit()
    return Db(engine)


def test_defaults_then_stored_values(db: Db) -> None:
    assert rules.shared_rules(db) == rules.SharedRules(1.0, 0, {})
    rules.set_ects_to_op(db, 1.2)
    rules.set_travel_buffer(db, 5)
    rules.set_credit_override(db, " CS-A1111 ", 4)
    assert rules.shared_rules(db) == rules.SharedRules(1.2, 5, {"CS-A1111": 4.0})
    rules.set_credit_override(db, "CS-A1111", None)
    assert rules.shared_rules(db).overrides == {}


@pytest.mark.parametrize(
    ("call", "text"),
    [
        (lambda db: rules.set_ects_to_op(db, 0), "must be a number above 0"),
        (lambda db: rules.set_ects_to_op(db, "1"), "must be a number"),
        (lambda db: rules.set_travel_buffer(db, 61), "0–60 whole minutes"),
        (lambda db: rules.set_credit_override(db, "CS-A1111", -1), "CS-A1111: -1 must be 0–60"),
        (lambda db: rules.set_credit_override(db, "a b", 3), "'a b' is not a course code"),
    ],
)
def test_bad_rule_values(db: Db, call, text: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match=text):
        call(db)


def test_exam_week_of_a_school_period(db: Db) -> None:
    assert [p.key for p in rules.period_dates(db)] == ["OTA:2026-27/2"]
    rules.set_exam_week(db, "OTA:2026-27/2", date(2026, 11, 19), date(2026, 11, 26))
    period = rules.period_dates(db, school="OTA")[0]
    assert (period.exam_start, period.exam_end) == (date(2026, 11, 19), date(2026, 11, 26))
    with pytest.raises(InvalidInput, match="outside the period 2026-09-30–2026-11-26"):
        rules.set_exam_week(db, "OTA:2026-27/2", date(2026, 9, 1), date(2026, 9, 5))
    with pytest.raises(InvalidInput, match="is before"):
        rules.set_exam_week(db, "OTA:2026-27/2", date(2026, 11, 26), date(2026, 11, 19))
    with pytest.raises(InvalidInput, match="both the first and last day"):
        rules.set_exam_week(db, "OTA:2026-27/2", date(2026, 11, 26), None)
    with pytest.raises(NotFound):
        rules.set_exam_week(db, "OTA:1999-00/1", None, None)
    rules.set_exam_week(db, "OTA:2026-27/2", None, None)
    assert rules.period_dates(db)[0].exam_start is None


def test_matriculation_days(db: Db) -> None:
    rules.add_matriculation_day(db, date(2027, 3, 24), "ma")
    rules.add_matriculation_day(db, date(2027, 3, 16), "AI")
    assert rules.matriculation_days(db) == [(date(2027, 3, 16), "AI"), (date(2027, 3, 24), "MA")]
    with pytest.raises(InvalidInput, match="already listed"):
        rules.add_matriculation_day(db, date(2027, 3, 24), "MA")
    with pytest.raises(InvalidInput, match="not Saturday"):
        rules.add_matriculation_day(db, date(2027, 3, 20), "MA")
    with pytest.raises(InvalidInput, match="not a subject code"):
        rules.add_matriculation_day(db, date(2027, 3, 22), "maths!")
    rules.remove_matriculation_day(db, date(2027, 3, 16), "AI")
    assert rules.matriculation_days(db) == [(date(2027, 3, 24), "MA")]
