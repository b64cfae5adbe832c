"""After an edit of the open plan's items the plan service reads only the
items and seat counts again (services/plans/reading.py): the state it gives
is the state a whole read gives, and what another copy changes still shows
once the window refreshes (as its change watcher has it do)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from planner_fixtures import CS_KEY, EXAM_KEY, Tiny

from schoolaas.services.plans.reading import PlanReader
from schoolaas.services.plans.service import PlanService
from schoolaas.services.views import Change, PlanState
from schoolaas.services.workspace import Workspace


@pytest.fixture
def plans(ws: Workspace, tiny: Tiny) -> PlanService:
    service = PlanService(ws)
    service.open_student(tiny.aino, today=date(2026, 8, 1))
    return service


def read_whole(ws: Workspace, state: PlanState) -> PlanState:
    """The same plan and week, read by a service that has read nothing."""
    fresh = PlanService(ws)
    fresh.open_student(state.student.id, plan_id=state.plan.id)
    return fresh.show_week(state.monday)


def shown(state: PlanState | None) -> tuple[object, ...]:
    assert state is not None
    return (state.items, state.audit_items, state.result, state.blocks, state.gaps)


def test_every_item_edit_gives_the_state_of_a_whole_read(
    plans: PlanService, ws: Workspace, tiny: Tiny
) -> None:
    edits: list[Callable[[], Change]] = [
        lambda: plans.add_item(tiny.aino_plan, EXAM_KEY),
        lambda: plans.set_groups(tiny.cs_item, ("L01", "H02")),
        lambda: plans.set_status(tiny.maa6_item, "completed", "8"),
        lambda: plans.remove_item(tiny.cs_item),
    ]
    for edit in edits:
        state = edit().state
        assert state is not None
        assert shown(state) == shown(read_whole(ws, state))
    removed = plans.remove_item(tiny.maa6_item)
    back = plans.restore_item(removed.snapshot).state
    assert back is not None
    assert shown(back) == shown(read_whole(ws, back))
    assert tiny.maa6_item in {i.id for i in back.items}


def test_an_acceptance_made_elsewhere_shows_when_the_window_refreshes(
    plans: PlanService, tiny: Tiny
) -> None:
    assert plans.state is not None
    overlap = next(f for f in plans.state.result.findings if f.is_open and f.item_ids)
    other = Workspace.open(tiny.url)  # another copy of the program
    try:
        other.accept_finding(tiny.aino_plan, overlap.key, "colleague", "recorded")
    finally:
        other.close()
    plans.add_item(tiny.aino_plan, EXAM_KEY)  # an edit here: its items read again
    state = plans.refresh(student=True)  # what the change watcher's news leads to
    accepted = next(f for f in state.result.findings if f.key == overlap.key)
    assert accepted.acceptance is not None
    assert accepted.acceptance.who == "colleague"


def test_seats_taken_elsewhere_count_at_the_next_edit(
    plans: PlanService, ws: Workspace, tiny: Tiny
) -> None:
    reader = PlanReader(ws)
    before = reader.audit_input(tiny.aino_plan).load.offering.get(CS_KEY, 0)
    other = Workspace.open(tiny.url)  # another copy: another student takes a seat
    try:
        other.add_item(tiny.eero_plan, CS_KEY)
    finally:
        other.close()
    after = reader.audit_input(tiny.aino_plan, items_only=True)  # an edit's read
    assert after.load.offering[CS_KEY] == before + 1
    assert after == ws.audit_input(tiny.aino_plan)
