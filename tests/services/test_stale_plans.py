"""Stale views of a whole plan or student (issue 13): adding an item,
duplicating, deleting or restoring a plan and archiving a student from a
view another counsellor has changed since are refused with StaleEdit
naming who changed it (the change log) and nothing is saved; without a
view (the CLI) they land as before. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from planner_fixtures import CS_KEY, EXAM_KEY, Tiny
from sqlalchemy import text

from schoolaas.data.engine import os_user
from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import StaleEdit
from schoolaas.services.people import students
from schoolaas.services.plans.stale import plan_seen
from schoolaas.services.workspace import Workspace


@pytest.fixture
def other(tiny: Tiny) -> Iterator[Workspace]:
    """A second workspace on the same database: another counsellor."""
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()


def _who(ws: Workspace) -> str:
    if ws.engine.dialect.name == "postgresql":
        with ws.engine.connect() as conn:
            return str(conn.execute(text("SELECT session_user")).scalar_one())
    return os_user()


def _codes(ws: Workspace, plan_id: int) -> list[str]:
    return sorted(i.code for i in ws.items(plan_id))


def test_adding_to_a_plan_changed_elsewhere_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    seen = plan_seen(ws.items(tiny.aino_plan))
    other.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")  # another counsellor's grade
    with pytest.raises(StaleEdit) as refused:
        ws.add_item(tiny.aino_plan, EXAM_KEY, seen=seen)
    assert f"was changed by {_who(ws)} at" in str(refused.value)
    assert "nothing was saved" in str(refused.value)
    assert _codes(ws, tiny.aino_plan) == ["CS-A1111", "MAA6"]
    ws.add_item(tiny.aino_plan, EXAM_KEY, seen=plan_seen(ws.items(tiny.aino_plan)))  # reloaded
    assert len(_codes(other, tiny.aino_plan)) == 3


def test_adding_without_a_view_lands_as_before(ws: Workspace, other: Workspace, tiny: Tiny) -> None:
    other.add_item(tiny.eero_plan, CS_KEY)
    ws.add_item(tiny.eero_plan, EXAM_KEY)
    assert len(_codes(ws, tiny.eero_plan)) == 2


def test_duplicating_a_plan_changed_elsewhere_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    seen = plan_seen(ws.items(tiny.aino_plan))
    other.remove_item(tiny.cs_item)
    with pytest.raises(StaleEdit):
        ws.duplicate_plan(tiny.aino_plan, "Copy", seen=seen)
    assert [p.name for p in ws.plans(tiny.aino)] == ["Plan"]


def test_deleting_a_plan_changed_elsewhere_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    copy = ws.duplicate_plan(tiny.aino_plan, "Copy").created_id or 0
    seen = plan_seen(ws.items(copy))
    other.add_item(copy, EXAM_KEY)  # their work would go with the plan
    with pytest.raises(StaleEdit) as refused:
        ws.delete_plan(copy, seen=seen)
    assert "'Copy'" in str(refused.value)
    assert len(_codes(other, copy)) == 3
    ws.delete_plan(copy, seen=plan_seen(ws.items(copy)))
    assert [p.name for p in other.plans(tiny.aino)] == ["Plan"]


def test_undoing_a_delete_over_another_active_plan_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    second = ws.create_plan(tiny.aino, "Second").created_id or 0
    third = ws.create_plan(tiny.aino, "Third").created_id or 0
    deleted = ws.delete_plan(tiny.aino_plan, seen=plan_seen(ws.items(tiny.aino_plan)))
    after = deleted.snapshot["active_after"]
    assert after in (second, third)
    other.set_active_plan(third if after == second else second)  # another counsellor's choice
    with pytest.raises(StaleEdit) as refused:
        ws.restore_plan(deleted.snapshot, seen_active=after)  # the undo
    assert "active plan now" in str(refused.value)
    assert tiny.aino_plan not in {p.id for p in ws.plans(tiny.aino)}
    other.set_active_plan(after)
    ws.restore_plan(deleted.snapshot, seen_active=after)
    assert ws.active_plan(tiny.aino).id == tiny.aino_plan


def test_archiving_a_student_archived_or_brought_back_elsewhere_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    students.archive_student(other, tiny.eero)  # the overview here still shows Eero
    with pytest.raises(StaleEdit) as refused:
        students.archive_student(ws, tiny.eero, seen=False)
    assert f"was archived by {_who(ws)}" in str(refused.value)
    students.archive_student(other, tiny.eero, False)  # and back again, elsewhere
    with pytest.raises(StaleEdit) as back:  # an undo of an archive seen here
        students.archive_student(ws, tiny.eero, False, seen=True)
    assert "brought back from the archive" in str(back.value)
    students.archive_student(ws, tiny.eero, seen=False)
    assert ws.student(tiny.eero).archived
