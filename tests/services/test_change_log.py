"""The change log (issue 13): every change of a student's plan, items,
grades, acceptances and personal data is recorded by the database in the
same transaction, with who (the database role on PostgreSQL, the
operating-system user on SQLite), when, and the row before and after.
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from planner_fixtures import Tiny
from sqlalchemy import text
from sqlmodel import col, select

from schoolaas.data.engine import os_user
from schoolaas.data.tables import ChangeLogRow, PlanItemRow
from schoolaas.domain.model import ItemStatus
from schoolaas.services.people import students
from schoolaas.services.workspace import Workspace


def _log(ws: Workspace, student_id: int, after: int = 0) -> list[ChangeLogRow]:
    with ws.session() as s:
        query = (
            select(ChangeLogRow)
            .where(ChangeLogRow.student_id == student_id, col(ChangeLogRow.id) > after)
            .order_by(col(ChangeLogRow.id))
        )
        return list(s.exec(query).all())


def _mark(ws: Workspace) -> int:
    """The newest entry now (the tiny database's own rows were logged as made)."""
    with ws.session() as s:
        return max((e.id or 0 for e in s.exec(select(ChangeLogRow)).all()), default=0)


def test_the_rows_a_database_is_built_with_are_logged_as_inserts(ws: Workspace, tiny: Tiny) -> None:
    made = [(e.tab, e.row_id, e.action) for e in _log(ws, tiny.aino)]
    assert made == [
        ("student", tiny.aino, "insert"),
        ("plan", tiny.aino_plan, "insert"),
        ("plan_item", tiny.maa6_item, "insert"),
        ("plan_item", tiny.cs_item, "insert"),
    ]


def _who(ws: Workspace) -> str:
    if ws.engine.dialect.name == "postgresql":
        with ws.engine.connect() as conn:
            return str(conn.execute(text("SELECT session_user")).scalar_one())
    return os_user()


def test_a_grade_is_logged_with_who_when_and_before_after(ws: Workspace, tiny: Tiny) -> None:
    mark = _mark(ws)
    ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    [entry] = _log(ws, tiny.aino, mark)  # the plan's touched updated_at is not an edit
    assert (entry.tab, entry.row_id, entry.action) == ("plan_item", tiny.maa6_item, "update")
    assert entry.plan_id == tiny.aino_plan
    assert entry.who == _who(ws)
    before, after = json.loads(entry.before or ""), json.loads(entry.after or "")
    assert (before["status"], before["grade"]) == ("planned", None)
    assert (after["status"], after["grade"]) == ("completed", "9")
    assert after["groups"] == []


def test_items_plans_acceptances_and_the_student_are_logged(ws: Workspace, tiny: Tiny) -> None:
    mark = _mark(ws)
    change = ws.add_item(tiny.eero_plan, "aalto-cur-1111")
    ws.accept_finding(tiny.eero_plan, "some-finding", "Counsellor", "agreed")
    ws.rename_plan(tiny.eero_plan, "Main")
    ws.remove_item(change.created_id or 0)
    data = students.student_input(ws, tiny.eero)
    students.update_student(ws, tiny.eero, replace(data, first_name="Eerik"))
    entries = [(e.tab, e.action) for e in _log(ws, tiny.eero, mark)]
    assert entries == [
        ("plan_item", "insert"),
        ("acceptance", "insert"),
        ("plan", "update"),
        ("plan_item", "delete"),
        ("student", "update"),
    ]
    last = _log(ws, tiny.eero)[-1]
    assert json.loads(last.before or "")["first_name"] == "Eero"
    assert json.loads(last.after or "")["first_name"] == "Eerik"
    assert _log(ws, tiny.aino, mark) == []  # nothing of Aino's changed


def test_a_change_rolled_back_leaves_no_log_entry(ws: Workspace, tiny: Tiny) -> None:
    mark = _mark(ws)

    def fail_after_the_write() -> None:
        with ws.session() as s:
            item = s.get_one(PlanItemRow, tiny.maa6_item)
            item.status = "completed"
            s.add(item)
            s.flush()  # the trigger has written its entry in this transaction ...
            raise RuntimeError("... which is then rolled back")

    with pytest.raises(RuntimeError):
        fail_after_the_write()
    assert _log(ws, tiny.aino, mark) == []


def test_every_column_of_a_logged_table_is_in_its_entries(ws: Workspace, tiny: Tiny) -> None:
    """A column added to student, plan, plan_item or acceptance must be in
    the change log too (on SQLite its triggers list the columns: a
    migration that adds one recreates them)."""
    from schoolaas.data.tables import AcceptanceRow, PlanRow, StudentRow

    ws.accept_finding(tiny.aino_plan, "some-finding", "Counsellor", "agreed")
    for model in (StudentRow, PlanRow, PlanItemRow, AcceptanceRow):
        table = model.__table__  # type: ignore[attr-defined]
        with ws.session() as s:
            entry = s.exec(
                select(ChangeLogRow).where(ChangeLogRow.tab == table.name).limit(1)
            ).one()
        assert set(json.loads(entry.after or "")) == set(table.columns.keys()), table.name


def test_a_change_of_the_matriculation_sittings_alone_is_logged(ws: Workspace, tiny: Tiny) -> None:
    from schoolaas.data.tables import StudentRow

    mark = _mark(ws)
    with ws.session() as s:
        row = s.get_one(StudentRow, tiny.aino)
        row.matriculation_sittings = {"MA": "2027-autumn"}
        s.add(row)
    [entry] = _log(ws, tiny.aino, mark)
    assert json.loads(entry.before or "")["matriculation_sittings"] == {}
    assert json.loads(entry.after or "")["matriculation_sittings"] == {"MA": "2027-autumn"}
