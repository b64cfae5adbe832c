"""The plan service: every edit returns one Change with the new state of
the open plan (rows, audit result, week blocks), worked out in the service."""

from __future__ import annotations

from datetime import date

import pytest
from planner_fixtures import CS_KEY, MAA6_KEY, Tiny

from schoolaas.domain.findings import FindingCode
from schoolaas.services.errors import InvalidInput
from schoolaas.services.plans.service import PlanService
from schoolaas.services.workspace import Workspace

TUESDAY = date(2026, 10, 6)  # MAA6 and CS-A1111 overlap


@pytest.fixture
def plans(ws: Workspace, tiny: Tiny) -> PlanService:
    service = PlanService(ws)
    service.open_student(tiny.aino, today=date(2026, 8, 1))
    return service


def test_open_student_gives_the_active_plan_on_the_week_of_its_first_clash(
    plans: PlanService, tiny: Tiny
) -> None:
    state = plans.state
    assert state is not None
    assert state.student.id == tiny.aino
    assert state.plan.id == tiny.aino_plan
    assert [p.id for p in state.plans] == [tiny.aino_plan]
    assert {i.code for i in state.items} == {"MAA6", "CS-A1111"}
    assert state.monday == date(2026, 10, 5)  # the first open overlap is on 6.10.
    assert any(f.code == FindingCode.OVERLAP and f.is_open for f in state.result.findings)
    tuesday = [b for b in state.blocks if b.day == 1]
    assert {b.item_id for b in tuesday} == {tiny.maa6_item, tiny.cs_item}
    assert all(b.clash for b in tuesday)


def test_an_edit_returns_its_change_with_the_new_state(
    plans: PlanService, ws: Workspace, tiny: Tiny
) -> None:
    change = plans.remove_item(tiny.cs_item)
    assert change.item_ids == {tiny.cs_item}
    assert change.plan_ids == {tiny.aino_plan}
    assert change.student_ids == {tiny.aino}
    assert change.snapshot["id"] == tiny.cs_item  # what undo needs
    state = change.state
    assert state is not None
    assert state is plans.state
    assert [i.code for i in state.items] == ["MAA6"]
    assert not any(f.code == FindingCode.OVERLAP for f in state.result.findings)
    assert state.monday == date(2026, 10, 5)  # the week stays
    assert not any(b.clash for b in state.blocks)
    assert state.result == ws.audit(tiny.aino_plan)  # the audit the CLI gives
    back = plans.restore_item(change.snapshot)
    assert back.created_id == tiny.cs_item
    assert back.state is not None
    assert {i.id for i in back.state.items} == {tiny.maa6_item, tiny.cs_item}
    assert any(b.clash for b in back.state.blocks)


def test_accepting_a_finding_marks_it_in_the_result_and_the_blocks(
    plans: PlanService, tiny: Tiny
) -> None:
    assert plans.state is not None
    overlap = next(f for f in plans.state.result.findings if f.code == FindingCode.OVERLAP)
    change = plans.accept_finding(tiny.aino_plan, overlap.key, "counsellor", "recorded")
    assert change.state is not None
    accepted = next(f for f in change.state.result.findings if f.key == overlap.key)
    assert not accepted.is_open
    assert all(b.accepted for b in change.state.blocks if b.clash)
    reopened = plans.unaccept_finding(tiny.aino_plan, overlap.key).state
    assert reopened is not None
    assert next(f for f in reopened.result.findings if f.key == overlap.key).is_open


def test_plan_versions_follow_the_edit(plans: PlanService, tiny: Tiny) -> None:
    made = plans.duplicate_plan(tiny.aino_plan, "B")
    assert made.state is not None
    assert made.state.plan.id == made.created_id  # the copy is opened
    assert [p.name for p in made.state.plans][-1] == "B"
    assert len(made.state.items) == 2
    renamed = plans.rename_plan(made.created_id or 0, "Plan B")
    assert renamed.state is not None
    assert renamed.state.plan.name == "Plan B"
    active = plans.set_active_plan(made.created_id or 0)
    assert active.state is not None
    assert active.state.plan.active
    deleted = plans.delete_plan(made.created_id or 0)
    assert deleted.state is not None
    assert deleted.state.plan.id == tiny.aino_plan  # the other version, active again
    assert deleted.state.plan.active
    restored = plans.restore_plan(deleted.snapshot)
    assert restored.state is not None
    assert restored.state.plan.id == made.created_id
    empty = plans.create_plan(tiny.aino, "Empty")
    assert empty.state is not None
    assert (empty.state.plan.name, empty.state.items) == ("Empty", ())


def test_an_edit_in_another_version_opens_that_version(plans: PlanService, tiny: Tiny) -> None:
    copy = plans.duplicate_plan(tiny.aino_plan, "B").created_id
    assert plans.open_plan(tiny.aino_plan).plan.id == tiny.aino_plan
    change = plans.add_item(copy or 0, MAA6_KEY)  # e.g. the redo of an edit made there
    assert change.state is not None
    assert change.state.plan.id == copy


def test_week_and_fits_come_from_the_open_state(plans: PlanService, tiny: Tiny) -> None:
    september = plans.show_week(date(2026, 9, 9))
    assert september.monday == date(2026, 9, 7)
    assert {b.item_id for b in september.blocks} == {tiny.cs_item}  # MAA6 starts in period 2
    assert september.result is not None
    assert CS_KEY not in plans.clashing_offerings()  # in the plan: not "clashing"


def test_without_an_open_plan_an_edit_is_the_change_alone(ws: Workspace, tiny: Tiny) -> None:
    service = PlanService(ws)
    change = service.add_item(tiny.eero_plan, CS_KEY)
    assert change.state is None
    assert change.created_id is not None
    with pytest.raises(InvalidInput, match="No plan is open"):
        service.show_week(TUESDAY)


def test_before_an_edit_the_service_says_how_it_would_clash(plans: PlanService, tiny: Tiny) -> None:
    plans.remove_item(tiny.cs_item)
    clashes = plans.clashes_of_adding(CS_KEY)  # back in: its lecture meets MAA6's lessons
    assert [c.item.item_id for c in clashes] == [tiny.maa6_item]
    assert clashes[0].overlaps
    assert all(start.weekday() == 1 for start, _ in clashes[0].overlaps)  # on Tuesdays
    assert plans.clashes_of_groups(tiny.maa6_item, ()) == []  # nothing else left to meet
