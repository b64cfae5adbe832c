"""A course added without naming its groups holds the offering's default
groups; the window shows them resolved. Removing it, or choosing other
groups, with what the window showed is no stale edit (it was refused as
one), while a change made elsewhere still is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from planner_fixtures import MAA6_KEY, Tiny

from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import StaleEdit
from schoolaas.services.plans.service import PlanService
from schoolaas.services.workspace import Workspace


@pytest.fixture
def service(tiny: Tiny) -> Iterator[PlanService]:
    ws = Workspace(tiny.url)
    try:
        yield PlanService(ws)
    finally:
        ws.close()  # a PostgreSQL connection left open fails a later test


def _added(service: PlanService, tiny: Tiny) -> tuple[PlanService, int, tuple[str, ...]]:
    state = service.open_student(tiny.eero)
    change = service.add_item(state.plan.id, MAA6_KEY)
    assert change.state is not None
    assert change.created_id is not None
    item = next(i for i in change.state.items if i.id == change.created_id)
    assert item.group_keys  # shown resolved: the lesson group
    return service, change.created_id, item.group_keys


def test_removing_a_just_added_course_is_no_stale_edit(service: PlanService, tiny: Tiny) -> None:
    service, item_id, shown = _added(service, tiny)
    change = service.remove_item(item_id, seen=(ItemStatus.PLANNED, None, shown))
    assert change.state is not None
    assert all(i.id != item_id for i in change.state.items)


def test_choosing_groups_of_a_just_added_course_is_no_stale_edit(
    service: PlanService, tiny: Tiny
) -> None:
    service, item_id, shown = _added(service, tiny)
    change = service.set_groups(item_id, shown, seen=shown)
    assert change.state is not None


def test_a_change_made_elsewhere_is_still_refused(service: PlanService, tiny: Tiny) -> None:
    service, item_id, shown = _added(service, tiny)
    service.set_status(item_id, ItemStatus.ENROLLED)  # another window
    with pytest.raises(StaleEdit):
        service.remove_item(item_id, seen=(ItemStatus.PLANNED, None, shown))
