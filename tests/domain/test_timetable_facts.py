"""The facts a TimetableFacts keeps per tuple of sessions and the fast paths
built on them: the audit must give the same answer from a cold index, a
warm one, a full one, without one and after the catalogue changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from domain_builders import TRAVEL, TUE, aalto, at, inp, item, weekly
from hypothesis import given, settings
from hypothesis import strategies as st

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import FindingCode, Load
from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.overlap import overlap_findings
from schoolaas.domain.premises import Room
from schoolaas.domain.timeline import busy_days, day_buckets, day_slots
from schoolaas.domain.timetable_facts import TimetableFacts, week_number
from schoolaas.domain.travel_check import short_breaks, travel_findings
from schoolaas.domain.workload import _week_minutes_by_day, _weeks_over

DAY = date(2026, 10, 6)
ROOM = Room("OIH", "201", capacity=30)
BASE = datetime(2026, 10, 5, 8)


def test_facts_of_one_tuple_are_worked_out_once_and_are_right():
    sessions = (
        at(DAY, "10.00", "11.15", room=ROOM.key),
        at(DAY, "12.00", "13.00"),
        at(DAY + timedelta(days=7), "10.00", "11.30", room=ROOM.key),
    )
    index = TimetableFacts(rooms={ROOM.key: ROOM})
    facts = index.facts(sessions)
    assert index.facts(sessions) is facts
    assert facts.dates == (DAY, DAY, DAY + timedelta(days=7))
    assert facts.room_names == (ROOM.key, ROOM.key)
    assert facts.buildings == ("OIH", None, "OIH")
    first = DAY.toordinal() * 1440
    assert [span[2:] for span in index.spans(facts)[DAY.toordinal()]] == [
        (first + 600, first + 675),
        (first + 720, first + 780),
    ]
    assert index.spans(facts) is index.spans(facts)
    assert index.iso_text(sessions[0].start) == sessions[0].start.isoformat()
    assert index.iso_text(sessions[0].start) is index.iso_text(sessions[0].start)
    assert facts.weeks == ((week_number(DAY), 135), (week_number(DAY) + 1, 90))
    equal_copy = tuple(list(sessions))
    assert equal_copy is not sessions
    assert index.facts(equal_copy) == facts


def test_week_number_is_the_iso_week():
    for offset in range(0, 800, 3):
        day = date(2025, 12, 1) + timedelta(days=offset)
        monday = day - timedelta(days=day.weekday())
        assert week_number(day) == week_number(monday)
        assert week_number(monday + timedelta(days=7)) == week_number(day) + 1
        assert (week_number(day) > week_number(date(2025, 12, 1))) == (
            day.isocalendar()[:2] > date(2025, 12, 1).isocalendar()[:2]
        )


def test_a_session_of_odd_seconds_has_no_whole_week_minutes():
    odd = Session(BASE, BASE + timedelta(minutes=45, seconds=30))
    index = TimetableFacts()
    facts = index.facts((odd,))
    assert facts.weeks is None
    ((_, _, first, last),) = index.spans(facts)[BASE.toordinal()]
    assert last - first == 46  # the end rounded up to a whole minute


def _busy_plan() -> list[AuditItem]:
    school = item(
        "MAA6",
        offering_key="OTA:MAA06.1",
        sessions=weekly(
            TUE, "10.00", "11.15", date(2026, 9, 30), date(2026, 11, 26), room=ROOM.key
        ),
    )
    uni = aalto(
        "CS-A1111",
        offering_key="cur-1",
        group_keys=("L01",),
        sessions=weekly(
            TUE, "10.15", "12.00", date(2026, 9, 1), date(2026, 11, 19), building="OK1"
        ),
    )
    return [school, uni]


def test_the_same_plan_audited_cold_warm_and_after_the_index_is_emptied_agrees():
    items = _busy_plan()
    load = Load(room_session={(ROOM.key, s.start.isoformat()): 35 for s in items[0].sessions})
    index = TimetableFacts(travel=TRAVEL, rooms={ROOM.key: ROOM})
    plan = inp(items, rooms={ROOM.key: ROOM}, load=load, travel=TRAVEL, timetable=index)
    cold = audit(plan)
    warm = audit(plan)
    assert index.held() == 2
    index.forget()
    again = audit(plan)
    without = audit(replace(plan, timetable=None))
    assert cold == warm == again == without
    assert {f.code for f in cold.findings} >= {FindingCode.OVERLAP, FindingCode.ROOM_CAPACITY}


def test_a_full_index_is_emptied_and_the_answers_stay(monkeypatch: pytest.MonkeyPatch):
    items = _busy_plan()
    expected = audit(inp(items, travel=TRAVEL))
    index = TimetableFacts(travel=TRAVEL)
    monkeypatch.setattr(index, "limit", 2)
    for _ in range(3):
        for n in range(5):  # fresh tuples push the others out
            index.facts((at(DAY + timedelta(days=n), "08.00", "09.00"),))
        assert audit(inp(items, travel=TRAVEL, timetable=index)) == expected
    assert index.held() <= 2


def test_a_changed_catalogue_gives_new_answers():
    """New sessions come as a new tuple: the memo never answers for the old one."""
    school, uni = _busy_plan()
    before = audit(inp([school, uni]))
    assert [f for f in before.findings if f.code == FindingCode.OVERLAP]
    moved = replace(
        uni,
        sessions=tuple(
            replace(s, start=s.start + timedelta(hours=4), end=s.end + timedelta(hours=4))
            for s in uni.sessions
        ),
    )
    after = audit(inp([school, moved]))
    assert not [f for f in after.findings if f.code == FindingCode.OVERLAP]
    assert audit(inp([school, uni])) == before


def test_sessions_of_one_item_at_the_same_time_keep_their_order():
    """Two sessions of one item with the same start and end (a lecture and a
    lab in two rooms) cannot be ordered by the tuples alone; they keep the
    order of the item's sessions."""
    a = at(DAY, "10.00", "12.00", room="OK1-M1", building="OK1")
    b = at(DAY, "10.00", "12.00", room="OK1-U006", building="OK1")
    later = at(DAY, "09.00", "10.30", room="TUAS-1", building="TUAS")
    both = aalto("CS-A1111", sessions=(a, b))
    other = aalto("CS-A1120", sessions=(later,))
    slots = day_slots([both, other])[DAY]
    assert [s[3] for s in slots] == [later, a, b]
    assert [s.session for s in day_buckets([other, both])[DAY]] == [later, a, b]


@st.composite
def _plans(draw: st.DrawFn) -> list[AuditItem]:
    out = []
    for n in range(draw(st.integers(1, 5))):
        sessions = []
        for _ in range(draw(st.integers(0, 8))):
            begin = BASE + timedelta(
                days=draw(st.integers(0, 20)), minutes=draw(st.integers(0, 40)) * 15
            )
            length = timedelta(minutes=draw(st.integers(1, 8)) * 15)
            if draw(st.booleans()):
                length += timedelta(seconds=draw(st.integers(0, 59)))
            building = draw(st.sampled_from(["OK1", "TUAS", "TAP", None]))
            sessions.append(Session(begin, begin + length, building=building))
        out.append(
            AuditItem(
                n + 1, f"C-{n}", Provider.AALTO, ItemStatus.PLANNED, 1, sessions=tuple(sessions)
            )
        )
    return out


@settings(deadline=None, max_examples=60)
@given(_plans())
def test_week_minutes_from_the_memo_equal_the_day_by_day_sums(items):
    index = TimetableFacts()
    slow = _week_minutes_by_day(day_slots(items))
    for limit in (0.0, 60.0, 300.0 + 1e-9, 900.0):  # the audit's: hours * 60 + eps
        fast = _weeks_over(items, index, limit)
        if fast is None:
            assert any(index.facts(i.sessions).weeks is None for i in items)
        else:
            assert fast == {week: total for week, total in slow.items() if total > limit}


@settings(deadline=None, max_examples=60)
@given(_plans())
def test_the_busy_days_hold_everything_the_sweep_and_the_walk_find(items):
    buckets = day_slots(items)
    assert day_slots(items, TimetableFacts()) == buckets
    clashing, moving = busy_days(buckets)
    assert overlap_findings(items, clashing) == overlap_findings(items, buckets)
    assert short_breaks(moving, TRAVEL) == short_breaks(buckets, TRAVEL)
    assert travel_findings(items, TRAVEL, moving) == travel_findings(items, TRAVEL, buckets)
