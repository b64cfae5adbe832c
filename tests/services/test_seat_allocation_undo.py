"""The whole school's seat allocation undone in one step, and stopped
(services/suggest/seats: undo_allocation, allocate_seats' cancel), on the
tiny database with rivals for CS-A1111's two seats (tests/data/seat_fixtures)."""

from __future__ import annotations

from datetime import date

import pytest
from planner_fixtures import Tiny
from seat_fixtures import SEATS, add_rivals

from schoolaas.domain.suggest.solve import Cancel
from schoolaas.services.errors import StaleEdit
from schoolaas.services.suggest.seats import allocate_seats, apply_allocation, undo_allocation
from schoolaas.services.workspace import Workspace

TODAY = date(2026, 8, 1)


def held(ws: Workspace, plan_id: int) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(i.id, i.code, i.group_keys) for i in ws.items(plan_id)]


def test_undo_brings_every_plan_back_in_one_step(tiny: Tiny) -> None:
    rivals = add_rivals(tiny.url)
    with Workspace.open(tiny.url) as ws:
        before = {p: held(ws, p) for p in (*rivals.plans.values(), tiny.aino_plan)}
        found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, seed=1)
        assert found.met == SEATS
        change = apply_allocation(ws, found)
        left_out = {g.plan_id for g in found.wishes if g.offering_key is None}
        assert change.plan_ids == left_out  # granted as they hold it: unchanged
        assert len(left_out) == 2  # Aino (clash) and the lottery's second
        for plan_id in left_out:
            assert "CS-A1111" not in [i.code for i in ws.items(plan_id)]
        undone = undo_allocation(ws, change.snapshot)
        assert undone.plan_ids == left_out
        after = {p: held(ws, p) for p in before}
        assert after == before
        again = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, seed=1)
        assert again.wishes == found.wishes  # the same seed, the same allocation


def test_a_cancelled_allocation_grants_nothing(tiny: Tiny) -> None:
    add_rivals(tiny.url)
    cancel = Cancel()
    cancel.cancel()
    with Workspace.open(tiny.url) as ws:
        found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, cancel=cancel)
    assert found.status == "UNKNOWN"
    assert found.met == 0
    assert not found.optimal


@pytest.mark.parametrize("edit", ["removed", "enrolled"])
def test_apply_after_the_plans_changed_refuses_and_changes_nothing(tiny: Tiny, edit: str) -> None:
    rivals = add_rivals(tiny.url)
    with Workspace.open(tiny.url) as ws:
        found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, seed=1)
        moving = [g for g in found.wishes if g.changed and g.item_id]
        assert len(moving) == 2
        # after the preview another counsellor changes one of the items it moves
        if edit == "removed":
            ws.remove_item(moving[-1].item_id)
        else:
            ws.set_status(moving[-1].item_id, "enrolled")
        before = {p: held(ws, p) for p in (*rivals.plans.values(), tiny.aino_plan)}
        with pytest.raises(StaleEdit) as refused:
            apply_allocation(ws, found)
        assert "CS-A1111" in str(refused.value)
        assert moving[-1].student in str(refused.value)
        assert "Preview again" in str(refused.value)
        assert {p: held(ws, p) for p in before} == before  # the other plan kept its item too
