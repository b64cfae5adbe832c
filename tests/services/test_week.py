"""The week as plain data: blocks from plan items on real dates, clashes and
travel gaps from the audit's findings, "fits my timetable", the opening week.
Moved from tests/ui/test_timetable.py with the functions (no display needed)."""

from __future__ import annotations

from datetime import date, datetime

from domain_factories import (
    MONDAY,
    TRAVEL,
    TUESDAY,
    aalto_cs_a1111,
    as_item,
    school_ai1,
    school_maa6,
    tapiola_then_otaniemi,
)
from schoolaas.domain.model import Acceptance, Finding, Severity
from schoolaas.domain.travel_check import travel_findings
from schoolaas.services.plans.week import build_week, clashing_offerings, monday_of, opening_week


def test_overlap_on_real_dates_is_flagged_on_both_blocks() -> None:
    items = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]
    blocks, gaps = build_week(MONDAY, items, (), TRAVEL)
    tuesday = [b for b in blocks if b.day == 1]
    assert {b.item_id for b in tuesday} == {1, 2}
    assert all(b.clash and not b.accepted for b in tuesday)
    assert gaps == []
    # in September MAA6 (period 2) has not started: the same weekday, no clash
    blocks, _ = build_week(monday_of(date(2026, 9, 8)), items, (), TRAVEL)
    assert [b.item_id for b in blocks] == [2]
    assert not blocks[0].clash


def test_accepted_overlap_stays_drawn_as_accepted() -> None:
    items = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]
    accepted = Finding(
        "overlap",
        Severity.ERROR,
        "k",
        (1, 2),
        dates=(TUESDAY,),
        acceptance=Acceptance("k", "counsellor", datetime(2026, 10, 1), "recorded"),
    )
    blocks, _ = build_week(MONDAY, items, (accepted,), TRAVEL)
    assert all(b.clash and b.accepted for b in blocks if b.day == 1)


def test_too_short_travel_gap_is_drawn_from_the_audits_finding() -> None:
    items = tapiola_then_otaniemi()
    findings = travel_findings(items, TRAVEL)
    assert [f.code for f in findings] == ["travel"]
    _, gaps = build_week(MONDAY, items, findings, TRAVEL)
    assert len(gaps) == 1
    assert (gaps[0].needed, gaps[0].available) == (15, 0)
    assert gaps[0].day == 1
    assert not gaps[0].accepted
    assert gaps[0].item_ids == (1, 2)
    # no TRAVEL finding (the audit did not report it): nothing drawn
    assert build_week(MONDAY, items, (), TRAVEL)[1] == []


def test_fits_my_timetable_excludes_clashing_offerings() -> None:
    offerings = {o.key: o for o in (school_maa6(), aalto_cs_a1111(), school_ai1())}
    plan = [as_item(1, school_maa6())]
    assert clashing_offerings(offerings, plan, TRAVEL) == {"aalto-cur-1"}
    assert clashing_offerings(offerings, [], TRAVEL) == set()


def test_opening_week_prefers_the_first_open_dated_problem() -> None:
    items = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]
    clash = Finding("overlap", Severity.ERROR, "k", (1, 2), dates=(date(2026, 10, 13),))
    assert opening_week(items, (clash,), date(2026, 8, 1)) == date(2026, 10, 12)
    busiest = opening_week(items, (), date(2026, 9, 28))
    assert busiest.weekday() == 0
    assert busiest >= date(2026, 9, 28)
    assert opening_week([], (), date(2026, 9, 30)) == date(2026, 9, 28)
