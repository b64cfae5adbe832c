"""A whole school's limited Aalto seats at once (services/suggest/seats) on
the tiny database: Aino (Otaniemi) plans CS-A1111 (10 seats) beside MAA6,
whose lessons meet when its lecture does."""

from __future__ import annotations

from datetime import date

from planner_fixtures import Tiny

from schoolaas.services.suggest.seats import allocate_seats
from schoolaas.services.workspace import Workspace

TODAY = date(2026, 8, 1)


def test_a_wish_that_clashes_with_the_plan_gets_nothing_and_says_so(ws: Workspace) -> None:
    found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20)
    assert found.status == "OPTIMAL"
    assert found.gap == 0
    [wish] = found.wishes
    assert wish.code == "CS-A1111"
    assert wish.offering_key is None
    assert wish.why == "clash"
    assert found.met == 0


def test_a_seat_for_the_wish_that_fits_and_the_same_again(ws: Workspace, tiny: Tiny) -> None:
    ws.remove_item(tiny.maa6_item)
    found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, seed=3)
    [wish] = found.wishes
    assert wish.offering_key is not None
    assert wish.group_keys[0] == "L01"
    assert found.met == 1
    [course] = [c for c in found.courses if c.offering_key == wish.offering_key]
    assert course.granted == 1
    assert course.wished == 1
    assert course.seats >= 1
    again = allocate_seats(ws, "OTA", today=TODAY, time_limit=20, seed=3)
    assert again.wishes == found.wishes  # re-runnable: the same seed, the same allocation


def test_apply_moves_or_drops_in_one_transaction(ws: Workspace, tiny: Tiny) -> None:
    from schoolaas.services.suggest.seats import apply_allocation

    found = allocate_seats(ws, "OTA", today=TODAY, time_limit=20)
    [wish] = found.wishes
    assert wish.changed  # not granted: the plan's CS-A1111 goes
    change = apply_allocation(ws, found)
    assert change.plan_ids == {tiny.aino_plan}
    assert [i.code for i in ws.items(tiny.aino_plan)] == ["MAA6"]
