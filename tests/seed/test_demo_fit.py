"""The demo's timetable fitting gives the audit's answer: a set of sessions
fits a student's timetable exactly when adding it as an item and auditing
finds no OVERLAP or TRAVEL with it (and no week goes over the limit)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from domain_factories import TRAVEL
from schoolaas.domain.audit import audit
from schoolaas.domain.curriculum import Curriculum
from schoolaas.domain.findings import AuditInput, FindingCode
from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.seed.demo_fit import Slot, Timetable, clashing_bars

MONDAY = datetime(2026, 10, 5)
BUILDINGS = ["OIH", "OK1", "TAPL", None]


def _slots(rng: random.Random, count: int) -> list[Slot]:
    out = []
    for _ in range(count):
        start = MONDAY + timedelta(days=rng.randrange(3), minutes=rng.randrange(96, 204) * 5)
        out.append(
            (start, start + timedelta(minutes=rng.randrange(3, 24) * 5), rng.choice(BUILDINGS))
        )
    return out


def _clashes_in_audit(plan: list[list[Slot]], extra: list[Slot]) -> bool:
    items = tuple(
        AuditItem(
            n + 1,
            f"C{n}",
            Provider.AALTO,
            ItemStatus.PLANNED,
            1,
            sessions=tuple(Session(s, e, building=b) for s, e, b in slots),
        )
        for n, slots in enumerate([*plan, extra])
    )
    found = audit(AuditInput(1, items, Curriculum("none", {}), travel=TRAVEL)).findings
    return any(
        f.code in (FindingCode.OVERLAP, FindingCode.TRAVEL) and len(items) in f.item_ids
        for f in found
    )


def test_fits_agrees_with_adding_the_sessions_and_auditing() -> None:
    rng = random.Random(11)
    for _ in range(300):
        plan = [_slots(rng, rng.randrange(1, 4)) for _ in range(rng.randrange(0, 4))]
        extra = _slots(rng, rng.randrange(1, 4))
        timetable = Timetable(TRAVEL)
        for slots in plan:
            timetable.add(slots)
        assert timetable.fits(extra, max_week_hours=99) is not _clashes_in_audit(plan, extra)


def test_a_week_over_the_limit_does_not_fit() -> None:
    timetable = Timetable(TRAVEL)
    timetable.add([(MONDAY + timedelta(hours=8), MONDAY + timedelta(hours=16), "OK1")])
    tuesday = MONDAY + timedelta(days=1, hours=8)
    assert timetable.fits([(tuesday, tuesday + timedelta(hours=2), "OK1")], max_week_hours=10)
    assert not timetable.fits([(tuesday, tuesday + timedelta(hours=3), "OK1")], max_week_hours=10)


def test_clashing_bars_are_the_bars_whose_lessons_clash() -> None:
    lecture = [(MONDAY + timedelta(hours=10), MONDAY + timedelta(hours=12), "OK1")]
    bars: dict[int, list[Slot]] = {
        1: [(MONDAY + timedelta(hours=11), MONDAY + timedelta(hours=12), "OK1")],  # overlaps
        2: [(MONDAY + timedelta(hours=12, minutes=5), MONDAY + timedelta(hours=13), "TAPL")],
        3: [(MONDAY + timedelta(hours=12, minutes=5), MONDAY + timedelta(hours=13), "OK1")],
    }
    assert clashing_bars(bars, lecture, TRAVEL) == {1, 2}  # 5 minutes to Tapiola: too short
