"""Scenario 9: rooms and seats, counted across all students."""

from __future__ import annotations

from datetime import date

from domain_builders import TUE, aalto, inp, item, of, weekly

from schoolaas.domain.audit import audit
from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.findings import FindingCode, Load
from schoolaas.domain.model import ItemStatus, Severity
from schoolaas.domain.premises import Room

ROOM = Room("OIH", "201", capacity=30)
SESSIONS = weekly(
    TUE, "10.00", "11.15", date(2026, 9, 30), date(2026, 10, 20), room=ROOM.key, building="OIH"
)


def _room_load(count: int) -> Load:
    return Load(room_session={(ROOM.key, s.start.isoformat()): count for s in SESSIONS})


def test_scenario_9_35_students_in_a_room_for_30():
    course = item("MAA6", label="MAA06.1", offering_key="OTA:MAA06.1", sessions=SESSIONS)
    result = audit(inp([course], rooms={ROOM.key: ROOM}, load=_room_load(35)))
    [finding] = of(result.findings, FindingCode.ROOM_CAPACITY)
    assert finding.severity == Severity.ERROR
    assert finding.numbers.room == "OIH-201"
    assert (finding.numbers.capacity, finding.numbers.planned) == (30, 35)
    assert finding.numbers.over == 5
    assert finding.dates == tuple(s.start.date() for s in SESSIONS)


def test_a_full_room_is_fine_and_only_full_dates_are_listed():
    course = item("MAA6", sessions=SESSIONS)
    assert (
        of(
            audit(inp([course], rooms={ROOM.key: ROOM}, load=_room_load(30))).findings,
            FindingCode.ROOM_CAPACITY,
        )
        == []
    )
    load = Load(room_session={(ROOM.key, SESSIONS[1].start.isoformat()): 31})
    [finding] = of(
        audit(inp([course], rooms={ROOM.key: ROOM}, load=load)).findings, FindingCode.ROOM_CAPACITY
    )
    assert finding.dates == (SESSIONS[1].start.date(),)


def test_scenario_9_12_planned_where_aalto_opened_10_seats():
    uni = aalto("CS-A1111", offering_key="cur-1", group_keys=("L01",))
    result = audit(inp([uni], seats={"cur-1": 10}, load=Load(offering={"cur-1": 12})))
    [finding] = of(result.findings, FindingCode.SEAT_LIMIT)
    assert finding.severity == Severity.ERROR
    assert (finding.numbers.seats, finding.numbers.planned) == (10, 12)
    assert finding.numbers.group == ""
    assert finding.key == "seat-limit:cur-1"
    ok = audit(inp([uni], seats={"cur-1": 12}, load=Load(offering={"cur-1": 12})))
    assert of(ok.findings, FindingCode.SEAT_LIMIT) == []


def test_study_group_capacity():
    uni = aalto("CS-A1111", offering_key="cur-1", group_keys=("L01", "H02"))
    seats = {group_seat_key("cur-1", "H02"): 20}
    load = Load(offering={"cur-1": 25}, group={("cur-1", "H02"): 21, ("cur-1", "L01"): 25})
    [finding] = of(audit(inp([uni], seats=seats, load=load)).findings, FindingCode.SEAT_LIMIT)
    assert finding.numbers.group == "H02"
    assert finding.numbers.over == 1
    assert finding.key == "seat-limit:cur-1#H02"


def test_completed_items_are_not_checked_for_room_or_seats():
    course = item("MAA6", status=ItemStatus.COMPLETED, offering_key="cur-1", sessions=SESSIONS)
    result = audit(
        inp(
            [course],
            rooms={ROOM.key: ROOM},
            load=Load(room_session=_room_load(35).room_session, offering={"cur-1": 99}),
            seats={"cur-1": 1},
        )
    )
    assert of(result.findings, FindingCode.ROOM_CAPACITY) == []
    assert of(result.findings, FindingCode.SEAT_LIMIT) == []


def test_the_same_load_audited_again_and_again_gives_the_same_findings():
    """A city-wide audit reuses one Load: the remembered index of full rooms
    must agree with the direct lookup, and a new Load must replace it."""
    course = item("MAA6", offering_key="OTA:MAA06.1", sessions=SESSIONS)
    rooms = {ROOM.key: ROOM}
    shared = _room_load(35)
    first = [audit(inp([course], rooms=rooms, load=shared)).findings for _ in range(4)]
    assert all(f == first[0] for f in first)
    assert of(first[0], FindingCode.ROOM_CAPACITY)
    calmer = _room_load(30)
    for _ in range(3):
        assert (
            of(audit(inp([course], rooms=rooms, load=calmer)).findings, FindingCode.ROOM_CAPACITY)
            == []
        )
    one_date = Load(room_session={(ROOM.key, SESSIONS[2].start.isoformat()): 40})
    for _ in range(3):
        [finding] = of(
            audit(inp([course], rooms=rooms, load=one_date)).findings, FindingCode.ROOM_CAPACITY
        )
        assert finding.dates == (SESSIONS[2].start.date(),)
        assert finding.numbers.planned == 40


def test_a_room_of_unknown_capacity_is_never_full():
    """Rooms an import creates from a calendar's LOCATION have capacity 0:
    unknown, not full."""
    unknown = Room("OIH", "201", capacity=0)
    course = item("MAA6", sessions=SESSIONS)
    for _ in range(2):  # the second audit of the same load takes the memo path
        result = audit(inp([course], rooms={unknown.key: unknown}, load=_room_load(35)))
        assert of(result.findings, FindingCode.ROOM_CAPACITY) == []
