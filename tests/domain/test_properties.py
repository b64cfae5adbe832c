"""Property tests of the overlap sweep and the travel check on random plans."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from domain_builders import TRAVEL, inp
from hypothesis import given, settings
from hypothesis import strategies as st

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.overlap import naive_overlaps, sweep_overlaps

BASE = datetime(2026, 10, 5)
QUICK = settings(deadline=None, max_examples=40)  # keeps the file within seconds
BUILDINGS = ["OK1", "TUAS", "CS", "TAP", None]


@st.composite
def sessions(draw: st.DrawFn, max_day: int = 6) -> Session:
    day = draw(st.integers(0, max_day))
    start = draw(st.integers(8 * 4, 17 * 4)) * 15
    length = draw(st.integers(1, 12)) * 15
    begin = BASE + timedelta(days=day, minutes=start)
    return Session(
        begin, begin + timedelta(minutes=length), building=draw(st.sampled_from(BUILDINGS))
    )


@st.composite
def plans(draw: st.DrawFn, max_items: int = 6) -> list[AuditItem]:
    count = draw(st.integers(1, max_items))
    return [
        AuditItem(
            item_id=n + 1,
            code=f"C-{n}",
            provider=Provider.AALTO,
            status=ItemStatus.PLANNED,
            op=1,
            offering_key=f"o{n}",
            sessions=tuple(draw(st.lists(sessions(), max_size=8))),
        )
        for n in range(count)
    ]


def shifted(items: list[AuditItem], days: int) -> list[AuditItem]:
    step = timedelta(days=days)
    return [
        replace(
            i,
            sessions=tuple(replace(s, start=s.start + step, end=s.end + step) for s in i.sessions),
        )
        for i in items
    ]


def by_ids(items: list[AuditItem], found: dict) -> dict:
    return {frozenset({items[i].item_id, items[j].item_id}): v for (i, j), v in found.items()}


def _of(items: list[AuditItem], code: str) -> list:
    return [f for f in audit(inp(items, travel=TRAVEL)).findings if f.code == code]


@settings(deadline=None, max_examples=150)
@given(plans())
def test_sweep_agrees_with_the_naive_baseline(items):
    assert sweep_overlaps(items) == naive_overlaps(items)


@QUICK
@given(plans())
def test_overlap_is_symmetric_in_item_order(items):
    backwards = list(reversed(items))
    assert by_ids(items, sweep_overlaps(items)) == by_ids(backwards, sweep_overlaps(backwards))


@QUICK
@given(plans(), st.integers(-400, 400))
def test_shifting_by_whole_days_keeps_the_findings(items, days):
    moved = shifted(items, days)
    for code in (FindingCode.OVERLAP, FindingCode.TRAVEL):
        before, after = _of(items, code), _of(moved, code)
        assert [f.key for f in before] == [f.key for f in after]
        assert [f.numbers for f in before] == [f.numbers for f in after]
        assert [tuple(d + timedelta(days=days) for d in f.dates) for f in before] == [
            f.dates for f in after
        ]


@QUICK
@given(plans(max_items=2), st.integers(0, 30))
def test_disjoint_date_ranges_never_overlap(items, gap):
    first, *rest = items
    if not rest or not first.sessions or not rest[0].sessions:
        return
    last_day = max(s.start.date() for s in first.sessions)
    first_day = min(s.start.date() for s in rest[0].sessions)
    later = shifted([rest[0]], (last_day - first_day).days + 1 + gap)[0]
    assert sweep_overlaps([first, later]) == {}
    assert _of([first, later], FindingCode.OVERLAP) == []


@QUICK
@given(plans())
def test_overlap_minutes_never_exceed_either_item_that_day(items):
    for (i, j), per_day in sweep_overlaps(items).items():
        for day, minutes in per_day.items():
            for item in (items[i], items[j]):
                busy = sum(s.minutes for s in item.sessions if s.start.date() == day)
                assert 0 < minutes <= busy


@QUICK
@given(plans())
def test_travel_findings_are_real_shortfalls_and_order_free(items):
    found = _of(items, FindingCode.TRAVEL)
    for finding in found:
        assert finding.numbers.available < finding.numbers.needed
        assert finding.numbers.building_a != finding.numbers.building_b
    backwards = _of(list(reversed(items)), FindingCode.TRAVEL)
    assert [f.key for f in found] == [f.key for f in backwards]


@QUICK
@given(plans())
def test_one_building_means_no_travel(items):
    same = [
        replace(i, sessions=tuple(replace(s, building="OK1") for s in i.sessions)) for i in items
    ]
    assert _of(same, FindingCode.TRAVEL) == []


@QUICK
@given(plans())
def test_the_whole_audit_does_not_depend_on_item_order(items):
    forwards = audit(inp(items, travel=TRAVEL)).findings
    assert audit(inp(list(reversed(items)), travel=TRAVEL)).findings == forwards


def test_the_baseline_sees_a_known_overlap():
    a = AuditItem(
        1,
        "A",
        Provider.AALTO,
        ItemStatus.PLANNED,
        1,
        sessions=(Session(BASE, BASE + timedelta(hours=2)),),
    )
    b = replace(
        a,
        item_id=2,
        code="B",
        sessions=(Session(BASE + timedelta(hours=1), BASE + timedelta(hours=3)),),
    )
    assert naive_overlaps([a, b]) == {(0, 1): {date(2026, 10, 5): 60}}


def test_sweep_agrees_with_the_baseline_on_a_busy_seeded_plan():
    rng = random.Random(2026)
    items = []
    for n in range(40):
        sessions = []
        for _ in range(rng.randint(0, 25)):
            begin = BASE + timedelta(days=rng.randint(0, 60), minutes=rng.randint(32, 68) * 15)
            sessions.append(Session(begin, begin + timedelta(minutes=rng.randint(1, 8) * 15)))
        items.append(
            AuditItem(
                n + 1, f"C-{n}", Provider.AALTO, ItemStatus.PLANNED, 1, sessions=tuple(sessions)
            )
        )
    found = sweep_overlaps(items)
    assert found  # the plan is busy enough to clash
    assert found == naive_overlaps(items)
