"""Students service: every field of add/edit checked, archive, overview rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from schoolaas.data.engine import make_engine
from schoolaas.data.tables import BuildingRow, PlanRow, SchoolRow, StudentRow
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.people import students
from schoolaas.services.people.student_records import StudentInput
from schoolaas.services.people.students import StudentInputError

TODAY = date(2026, 11, 27)
GOOD = StudentInput("Aino", "Virtanen", "OTA-1001", "ota", 2025, group="25A")


@dataclass
class Db:
    engine: Engine


@pytest.fixture
def db(tmp_path: Path) -> Db:
    engine = make_engine(str(tmp_path / "s.sqlite3"))
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(BuildingRow(code="OIH", name="OIH", site="otaniemi", lat=60.18, lon=24.82))
        s.add(SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"))
        s.add(SchoolRow(code="TAP", name="Tapiolan lukio", building="OIH"))
        s.commit()
    return Db(engine)


def test_add_student_creates_student_and_active_plan(db: Db) -> None:
    change = students.add_student(db, GOOD)
    assert change.created_id is not None
    with Session(db.engine) as s:
        row = s.get(StudentRow, change.created_id)
        assert row is not None
        assert (row.first_name, row.school, row.number, row.group) == (
            "Aino",
            "OTA",
            "OTA-1001",
            "25A",
        )
        plans = s.exec(select(PlanRow).where(PlanRow.student_id == row.id)).all()
        assert [(p.name, p.active) for p in plans] == [("Plan", True)]


@pytest.mark.parametrize(
    ("change", "field", "text"),
    [
        ({"first_name": "  "}, "first_name", "is empty"),
        ({"last_name": "Virtanen2"}, "last_name", "only letters"),
        ({"number": "1"}, "number", "not a student number"),
        ({"number": "12 34"}, "number", "not a student number"),
        ({"school": "XYZ"}, "school", "no school 'XYZ' (known: OTA, TAP)"),
        ({"start_year": "twenty"}, "start_year", "is not a year"),
        ({"start_year": 1999}, "start_year", "outside 2020–2027"),
        ({"maths": "MAC"}, "maths", "must be MAA (long) or MAB (short)"),
        ({"mother_tongue": "XX1"}, "mother_tongue", "not a LOPS2021 syllabus of AI"),
        ({"b1_language": "VKENA1"}, "b1_language", "of TKRU/TKFI"),
        ({"a_language": "VKZZ"}, "a_language", "'VKZZ'"),
        ({"worldview": "KT9"}, "worldview", "KT1"),
        ({"matriculation": ("MA", "math!")}, "matriculation", "MATH!"),
    ],
)
def test_each_bad_field_is_named(db: Db, change: dict[str, object], field: str, text: str) -> None:
    with Session(db.engine) as s:
        _, problems = students.check_student(
            replace(GOOD, **change), session=s, curriculum=_curriculum(), today=TODAY
        )
    assert list(problems) == [field]
    assert text in problems[field]
    assert f"{students.FIELD_LABELS[field]}: " in str(StudentInputError(problems))


def test_add_refuses_bad_input_and_writes_nothing(db: Db) -> None:
    bad = replace(GOOD, first_name="", school="NOPE")
    with pytest.raises(InvalidInput, match=r"first name: is empty; school: no school 'NOPE'"):
        students.add_student(db, bad)
    with Session(db.engine) as s:
        assert s.exec(select(StudentRow)).all() == []


def test_number_must_be_unique_but_own_number_is_fine(db: Db) -> None:
    first = students.add_student(db, GOOD).created_id
    with pytest.raises(InvalidInput, match="OTA-1001 already belongs to Aino Virtanen"):
        students.add_student(db, replace(GOOD, first_name="Eero"))
    assert first is not None
    students.update_student(db, first, replace(GOOD, maths="mab", a_language="vkena1"))
    stored = students.student_input(db, first)
    assert stored.maths == "MAB"
    assert stored.a_language == "VKENA1"


def test_archive_and_unknown_student(db: Db) -> None:
    sid = students.add_student(db, GOOD).created_id
    assert sid is not None
    students.archive_student(db, sid)
    with Session(db.engine) as s:
        row = s.get(StudentRow, sid)
        assert row is not None
        assert row.archived
    with pytest.raises(NotFound, match="No student with id 999"):
        students.archive_student(db, 999)
    with pytest.raises(NotFound):
        students.update_student(db, 999, GOOD)


def _curriculum():  # type: ignore[no-untyped-def]
    from schoolaas.io.curriculum import lops2021

    return lops2021()


def test_overview_rows_carry_the_audit_of_the_active_plan(tmp_path: Path) -> None:
    from schoolaas.seed.scale import build_scale
    from schoolaas.services.workspace import Workspace

    ws = Workspace.open(str(tmp_path / "one.sqlite3"))
    build_scale(ws.engine, "one-school", factor=0.01)
    rows = students.overview_rows(ws, today=TODAY)
    results = ws.audit_all()
    assert len(rows) == len(results) == 7
    for row in rows:
        assert row.plan_id is not None
        result = results[row.plan_id]
        assert row.audited
        assert row.credits_planned == result.credits.total_planned
        assert row.open_errors == result.open_errors
        assert row.year == 2026 - row.start_year + 1
        assert row.status == ("errors" if result.open_errors else
                              "warnings" if result.open_warnings else "ok")  # fmt: skip
    students.archive_student(ws, rows[0].student_id)
    assert len(students.overview_rows(ws)) == 6
    assert len(students.overview_rows(ws, include_archived=True)) == 7
    text = students.overview_csv(rows[:2])
    assert text.splitlines()[0].startswith("number,last_name_first_name,school")
    assert rows[1].number in text.splitlines()[2]
    ws.close()
