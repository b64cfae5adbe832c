"""A student opens on this week or on a recent problem's, never on a date
years back (issue 15): an open clash of two years ago, or sessions that all
lie years back, no longer decide the first week shown."""

from __future__ import annotations

from datetime import date

from domain_factories import aalto_cs_a1111, as_item, school_maa6
from schoolaas.domain.model import Finding, Severity
from schoolaas.services.plans.week import opening_week

ITEMS = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]  # autumn 2026
OLD_CLASH = Finding("overlap", Severity.ERROR, "k", (1, 2), dates=(date(2026, 10, 13),))


def test_a_recent_clash_still_opens_its_week() -> None:
    assert opening_week(ITEMS, (OLD_CLASH,), date(2026, 12, 2)) == date(2026, 10, 12)


def test_a_clash_years_back_does_not() -> None:
    today = date(2028, 9, 6)  # a Wednesday two years on
    assert opening_week(ITEMS, (OLD_CLASH,), today) == date(2028, 9, 4)


def test_sessions_years_back_do_not_either() -> None:
    assert opening_week(ITEMS, (), date(2028, 9, 6)) == date(2028, 9, 4)
