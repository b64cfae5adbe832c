"""Plan edits through the Workspace: each read back from the database."""

from __future__ import annotations

from datetime import datetime

import pytest
from planner_fixtures import CS_KEY, EXAM_KEY, MAA6_KEY, Tiny

from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.workspace import Workspace


def _codes(ws: Workspace, plan_id: int) -> list[str]:
    return [i.code for i in ws.items(plan_id)]


def test_add_item_is_stored_with_its_groups_and_status(ws: Workspace, tiny: Tiny) -> None:
    change = ws.add_item(
        tiny.eero_plan, CS_KEY, group_keys=["L01", "H02"], status=ItemStatus.ENROLLED
    )
    assert change.created_id is not None
    assert change.plan_ids == {tiny.eero_plan}
    assert change.student_ids == {tiny.eero}
    with Workspace(tiny.url) as fresh:  # a fresh workspace reads it back
        (item,) = fresh.items(tiny.eero_plan)
    assert (item.id, item.code, item.group_keys, item.status) == (
        change.created_id,
        "CS-A1111",
        ("L01", "H02"),
        ItemStatus.ENROLLED,
    )
    assert item.op == 5  # 5 ECTS at the default 1 ECTS = 1 op
    assert item.name == "Basic Course in Programming Y1"


def test_add_item_rejects_unknown_offering_group_plan_and_status(ws: Workspace, tiny: Tiny) -> None:
    with pytest.raises(NotFound, match="NO-SUCH"):
        ws.add_item(tiny.eero_plan, "NO-SUCH")
    with pytest.raises(InvalidInput, match="no group X99"):
        ws.add_item(tiny.eero_plan, CS_KEY, group_keys=["L01", "X99"])
    with pytest.raises(NotFound, match="plan"):
        ws.add_item(9999, CS_KEY)
    with pytest.raises(InvalidInput, match="status"):
        ws.add_item(tiny.eero_plan, CS_KEY, status="dreaming")
    assert ws.items(tiny.eero_plan) == []  # nothing half-written


def test_remove_then_restore_gives_back_the_same_item(ws: Workspace, tiny: Tiny) -> None:
    before = ws.items(tiny.aino_plan)
    change = ws.remove_item(tiny.cs_item)
    assert _codes(ws, tiny.aino_plan) == ["MAA6"]
    assert change.snapshot["id"] == tiny.cs_item
    restored = ws.restore_item(change.snapshot)
    assert restored.created_id == tiny.cs_item
    assert ws.items(tiny.aino_plan) == before
    with pytest.raises(InvalidInput, match="exists already"):
        ws.restore_item(change.snapshot)


def test_set_status_and_grade_and_undo_snapshot(ws: Workspace, tiny: Tiny) -> None:
    change = ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    assert change.snapshot == {"status": "planned", "grade": None}
    item = next(i for i in ws.items(tiny.aino_plan) if i.id == tiny.maa6_item)
    assert (item.status, item.grade) == (ItemStatus.COMPLETED, "9")
    ws.set_status(tiny.maa6_item, "planned")
    item = next(i for i in ws.items(tiny.aino_plan) if i.id == tiny.maa6_item)
    assert (item.status, item.grade) == (ItemStatus.PLANNED, None)
    with pytest.raises(NotFound):
        ws.set_status(4242, ItemStatus.PLANNED)


def test_set_groups_changes_the_sessions_the_audit_sees(ws: Workspace, tiny: Tiny) -> None:
    def cs_sessions() -> list[datetime]:
        item = next(i for i in ws.audit_items(tiny.aino_plan) if i.item_id == tiny.cs_item)
        return [s.start for s in item.sessions]

    assert all(s.weekday() in (1, 3) for s in cs_sessions())  # L01 Tue, H01 Thu
    change = ws.set_groups(tiny.cs_item, ["H02"])
    assert change.snapshot == {"groups": ["L01", "H01"]}
    assert {s.weekday() for s in cs_sessions()} == {4}  # H02 on Fridays only
    ws.set_groups(tiny.cs_item, [])  # empty: the offering's default groups
    assert {s.weekday() for s in cs_sessions()} == {1, 3}
    with pytest.raises(InvalidInput, match="no group"):
        ws.set_groups(tiny.cs_item, ["Z1"])


def test_edits_touch_updated_at_of_plan_and_student(ws: Workspace, tiny: Tiny) -> None:
    plan_before = ws.active_plan(tiny.eero).updated_at
    student_before = ws.student(tiny.eero).updated_at
    ws.add_item(tiny.eero_plan, EXAM_KEY)
    assert plan_before is not None
    assert student_before is not None
    assert ws.active_plan(tiny.eero).updated_at > plan_before  # type: ignore[operator]
    assert ws.student(tiny.eero).updated_at > student_before  # type: ignore[operator]


def test_accept_and_unaccept_a_finding(ws: Workspace, tiny: Tiny) -> None:
    ws.accept_finding(tiny.aino_plan, "overlap:x", "Counsellor Koski", "lecture recorded")
    acc = ws.audit_input(tiny.aino_plan).acceptances["overlap:x"]
    assert (acc.who, acc.why) == ("Counsellor Koski", "lecture recorded")
    again = ws.accept_finding(tiny.aino_plan, "overlap:x", "Koski", "teacher agreed")
    assert again.snapshot["why"] == "lecture recorded"  # undo can put the old one back
    assert ws.audit_input(tiny.aino_plan).acceptances["overlap:x"].why == "teacher agreed"
    change = ws.unaccept_finding(tiny.aino_plan, "overlap:x")
    assert change.snapshot["who"] == "Koski"
    assert ws.audit_input(tiny.aino_plan).acceptances == {}
    with pytest.raises(NotFound):
        ws.unaccept_finding(tiny.aino_plan, "overlap:x")
    with pytest.raises(InvalidInput, match="reason"):
        ws.accept_finding(tiny.aino_plan, "overlap:x", "Koski", "  ")


def test_duplicate_plan_copies_items_and_acceptances(ws: Workspace, tiny: Tiny) -> None:
    ws.accept_finding(tiny.aino_plan, "overlap:x", "Koski", "recorded")
    change = ws.duplicate_plan(tiny.aino_plan, "Plan B")
    new_id = change.created_id
    assert new_id is not None
    assert new_id != tiny.aino_plan
    copied = ws.items(new_id)
    original = ws.items(tiny.aino_plan)
    assert [(i.code, i.group_keys, i.status) for i in copied] == [
        (i.code, i.group_keys, i.status) for i in original
    ]
    assert {i.id for i in copied}.isdisjoint({i.id for i in original})
    assert set(ws.audit_input(new_id).acceptances) == {"overlap:x"}
    plans = {p.name: p.active for p in ws.plans(tiny.aino)}
    assert plans == {"Plan": True, "Plan B": False}
    with pytest.raises(InvalidInput, match="already has a plan"):
        ws.duplicate_plan(tiny.aino_plan, "Plan B")
    # editing the copy leaves the original alone
    ws.remove_item(copied[0].id)
    assert len(ws.items(tiny.aino_plan)) == 2


def test_rename_activate_and_delete_plans(ws: Workspace, tiny: Tiny) -> None:
    copy = ws.duplicate_plan(tiny.aino_plan, "Draft").created_id
    assert copy is not None
    ws.rename_plan(copy, "  Plan   C ")
    assert ws.plan(copy).name == "Plan C"
    change = ws.set_active_plan(copy)
    assert change.snapshot == {"previous": tiny.aino_plan}
    assert ws.active_plan(tiny.aino).id == copy
    deleted = ws.delete_plan(copy)
    assert ws.active_plan(tiny.aino).id == tiny.aino_plan  # the other plan takes over
    assert [p.name for p in ws.plans(tiny.aino)] == ["Plan"]
    with pytest.raises(InvalidInput, match="only plan"):
        ws.delete_plan(tiny.aino_plan)
    ws.restore_plan(deleted.snapshot)
    assert ws.plan(copy).name == "Plan C"
    assert len(ws.items(copy)) == 2
    with pytest.raises(InvalidInput, match="name"):
        ws.rename_plan(copy, "   ")


def test_create_plan_and_active_plan_of_a_student_without_plans(ws: Workspace, tiny: Tiny) -> None:
    ws.create_plan(tiny.eero, "Second")
    names = [(p.name, p.active) for p in ws.plans(tiny.eero)]
    assert names == [("Plan", True), ("Second", False)]
    with pytest.raises(NotFound):
        ws.create_plan(999, "x")


def test_offering_keys_of_school_items_keep_their_period(ws: Workspace, tiny: Tiny) -> None:
    new = ws.add_item(tiny.eero_plan, MAA6_KEY).created_id
    item = next(i for i in ws.items(tiny.eero_plan) if i.id == new)
    assert item.period == "OTA:2026-27/2"
    assert item.op == 3
