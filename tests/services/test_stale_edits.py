"""Optimistic concurrency (issue 13): two workspaces on one database (two
windows, two copies of the app on the shared server). An edit or an undo
made from a view the other has changed since is refused with StaleEdit and
saves nothing; the row's version is compared in the UPDATE, so a writer
between a read and the write is caught too. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from planner_fixtures import Tiny

from schoolaas.data import repositories as repo
from schoolaas.data.tables import PlanItemRow
from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import StaleEdit
from schoolaas.services.workspace import Workspace

PLANNED = (ItemStatus.PLANNED, None)


@pytest.fixture
def other(tiny: Tiny) -> Iterator[Workspace]:
    """A second workspace on the same database: another counsellor."""
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()


def _item(
    ws: Workspace, tiny: Tiny, item_id: int
) -> tuple[ItemStatus, str | None, tuple[str, ...]]:
    item = next(i for i in ws.items(tiny.aino_plan) if i.id == item_id)
    return item.status, item.grade, item.group_keys


def test_a_status_edit_from_a_stale_view_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    seen = _item(ws, tiny, tiny.maa6_item)  # both windows show MAA6 planned
    assert seen[:2] == PLANNED
    other.set_status(tiny.maa6_item, ItemStatus.ENROLLED, seen=PLANNED)
    with pytest.raises(StaleEdit) as refused:
        ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9", seen=PLANNED)
    assert "MAA6" in str(refused.value)
    assert "nothing was saved" in str(refused.value)
    assert _item(ws, tiny, tiny.maa6_item)[:2] == (ItemStatus.ENROLLED, None)  # other's edit stays
    ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9", seen=(ItemStatus.ENROLLED, None))
    assert _item(other, tiny, tiny.maa6_item)[:2] == (ItemStatus.COMPLETED, "9")


def test_an_undo_from_a_stale_view_is_refused(ws: Workspace, other: Workspace, tiny: Tiny) -> None:
    before = _item(ws, tiny, tiny.cs_item)[2]
    ws.set_groups(tiny.cs_item, ["L01", "H02"], seen=before)  # then another counsellor ...
    other.set_groups(tiny.cs_item, ["L01"], seen=("L01", "H02"))
    with pytest.raises(StaleEdit):  # ... so undoing the first edit would overwrite theirs
        ws.set_groups(tiny.cs_item, before, seen=("L01", "H02"))
    assert _item(other, tiny, tiny.cs_item)[2] == ("L01",)


def test_without_a_view_the_edit_lands_as_before(ws: Workspace, other: Workspace, tiny: Tiny):
    other.set_status(tiny.maa6_item, ItemStatus.ENROLLED)
    ws.set_status(tiny.maa6_item, ItemStatus.PLANNED)  # the CLI: no view to be stale
    assert _item(other, tiny, tiny.maa6_item)[:2] == PLANNED


def test_a_writer_between_read_and_write_is_caught_by_the_row_version(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    def write_over_a_newer_row() -> None:
        with ws.session() as s:
            item = s.get_one(PlanItemRow, tiny.maa6_item)
            other.set_status(tiny.maa6_item, ItemStatus.ENROLLED)  # commits in between
            item.note = "written over a newer row"
            s.add(item)

    with pytest.raises(StaleEdit):
        write_over_a_newer_row()
    with other.session() as s:
        row = s.get_one(PlanItemRow, tiny.maa6_item)
    assert (row.status, row.note, row.version) == ("enrolled", "", 2)


def test_removing_an_item_another_counsellor_changed_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    seen = _item(ws, tiny, tiny.maa6_item)
    other.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "8")
    with pytest.raises(StaleEdit, match="MAA6"):
        ws.remove_item(tiny.maa6_item, seen=seen)
    assert _item(other, tiny, tiny.maa6_item)[:2] == (ItemStatus.COMPLETED, "8")
    ws.remove_item(tiny.maa6_item, seen=_item(ws, tiny, tiny.maa6_item))  # a fresh view
    assert tiny.maa6_item not in {i.id for i in other.items(tiny.aino_plan)}


def test_renaming_a_plan_from_a_stale_view_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    other.rename_plan(tiny.aino_plan, "Spring", seen="Plan")
    with pytest.raises(StaleEdit) as refused:
        ws.rename_plan(tiny.aino_plan, "Autumn", seen="Plan")
    assert "'Spring'" in str(refused.value)
    assert other.plan(tiny.aino_plan).name == "Spring"


def test_an_acceptance_changed_elsewhere_is_not_reopened_or_replaced(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    key = "overlap:test"
    ws.accept_finding(tiny.aino_plan, key, "Liisa", "agreed with the teacher", seen=())
    other.accept_finding(
        tiny.aino_plan, key, "Pekka", "new reason", seen=("Liisa", "agreed with the teacher")
    )
    with pytest.raises(StaleEdit) as refused:  # Liisa's undo would delete Pekka's acceptance
        ws.unaccept_finding(tiny.aino_plan, key, seen=("Liisa", "agreed with the teacher"))
    assert "Pekka" in str(refused.value)
    with pytest.raises(StaleEdit):  # accepting again over it from the same stale view
        ws.accept_finding(tiny.aino_plan, key, "Liisa", "again", seen=())
    with other.session() as s:
        row = repo.get_acceptance(tiny.aino_plan, key, session=s)
    assert row is not None
    assert (row.who, row.why, row.version) == ("Pekka", "new reason", 2)


def test_a_student_edit_from_a_stale_form_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    from dataclasses import replace

    from schoolaas.services.people import students

    form = students.student_input(ws, tiny.aino)  # a form opens ...
    students.update_student(other, tiny.aino, replace(form, group="25B"), seen=form)
    with pytest.raises(StaleEdit, match="nothing was saved"):  # ... and is saved after
        students.update_student(ws, tiny.aino, replace(form, last_name="Changed"), seen=form)
    assert (other.student(tiny.aino).group, other.student(tiny.aino).last_name) == (
        "25B",
        form.last_name,
    )


def test_switching_the_active_plan_from_a_stale_view_is_refused(
    ws: Workspace, other: Workspace, tiny: Tiny
) -> None:
    spring = ws.create_plan(tiny.aino, "Spring").created_id or 0
    autumn = ws.create_plan(tiny.aino, "Autumn").created_id or 0
    ws.set_active_plan(spring, seen=tiny.aino_plan)  # the window's switch ...
    other.set_active_plan(autumn, seen=spring)  # ... then another counsellor's
    with pytest.raises(StaleEdit, match="'Autumn'"):  # the window's undo would undo theirs
        ws.set_active_plan(tiny.aino_plan, seen=spring)
    assert other.active_plan(tiny.aino).id == autumn
