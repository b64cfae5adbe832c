"""Travel between buildings: scenarios 3 and 4 and the edge cases."""

from __future__ import annotations

from datetime import date

from domain_builders import TRAVEL, aalto, at, inp, item, of

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Severity
from schoolaas.domain.premises import Room, TravelModel

DAY = date(2026, 10, 6)


def _travel(*items: object, travel: TravelModel | None = TRAVEL) -> list:
    return of(audit(inp(items, travel=travel)).findings, FindingCode.TRAVEL)


def test_scenario_3_tapiola_lesson_to_campus_with_no_break():
    lesson = item("MAA6", label="MAA06.2", sessions=(at(DAY, "10.00", "11.15", building="TAP"),))
    exercise = aalto(
        "CS-A1111", label="CS-A1111 H01", sessions=(at(DAY, "11.15", "12.00", building="CS"),)
    )
    [finding] = _travel(lesson, exercise)
    assert finding.severity == Severity.ERROR
    assert finding.numbers.needed == 15
    assert finding.numbers.available == 0
    assert finding.numbers.short == 15
    assert finding.dates == (DAY,)
    buildings = {
        finding.numbers.label_a: finding.numbers.building_a,
        finding.numbers.label_b: finding.numbers.building_b,
    }
    assert buildings == {"MAA06.2": "TAP", "CS-A1111 H01": "CS"}


def test_scenario_3_a_25_minute_break_is_enough():
    lesson = item("MAA6", sessions=(at(DAY, "9.35", "10.50", building="TAP"),))
    exercise = aalto("CS-A1111", sessions=(at(DAY, "11.15", "12.00", building="CS"),))
    assert _travel(lesson, exercise) == []


def test_scenario_3_same_building_back_to_back_is_fine():
    a = item("MAA6", sessions=(at(DAY, "10.00", "11.15", building="OK1"),))
    b = aalto("CS-A1111", sessions=(at(DAY, "11.15", "12.00", building="OK1"),))
    assert _travel(a, b) == []


def test_scenario_4_campus_walk_uses_coordinates():
    needed = TRAVEL.minutes("OK1", "TUAS")
    assert needed is not None
    assert 5 <= needed <= 10  # about 500 m at 66.7 m/min
    a = aalto("MS-A0111", sessions=(at(DAY, "8.15", "10.00", building="OK1"),))
    ten_minutes = aalto("CS-A1111", sessions=(at(DAY, "10.10", "12.00", building="TUAS"),))
    assert _travel(a, ten_minutes) == []
    five_minutes = aalto("CS-A1111", sessions=(at(DAY, "10.05", "12.00", building="TUAS"),))
    [finding] = _travel(a, five_minutes)
    assert (finding.numbers.needed, finding.numbers.available) == (needed, 5)


def test_unknown_building_or_no_travel_model_gives_nothing():
    a = item("MAA6", sessions=(at(DAY, "10.00", "11.15", building="NOWHERE"),))
    b = aalto("CS-A1111", sessions=(at(DAY, "11.15", "12.00", building="CS"),))
    assert _travel(a, b) == []
    c = item("MAA6", sessions=(at(DAY, "10.00", "11.15"),))
    assert _travel(c, b) == []
    d = item("MAA6", sessions=(at(DAY, "10.00", "11.15", building="TAP"),))
    assert _travel(d, b, travel=None) == []


def test_the_break_starts_when_the_last_running_session_ends():
    long = item("MAA6", sessions=(at(DAY, "8.00", "11.00", building="TAP"),))
    short = item("FY1", sessions=(at(DAY, "8.30", "9.00", building="TAP"),))
    next_one = aalto("CS-A1111", sessions=(at(DAY, "11.05", "12.00", building="CS"),))
    [finding] = _travel(long, short, next_one)
    assert set(finding.item_ids) == {long.item_id, next_one.item_id}
    assert finding.numbers.available == 5


def test_one_finding_per_pair_with_every_date_and_the_worst_break():
    d2 = date(2026, 10, 13)
    lesson = item(
        "MAA6",
        sessions=(
            at(DAY, "10.00", "11.15", building="TAP"),
            at(d2, "10.00", "11.05", building="TAP"),
        ),
    )
    exercise = aalto(
        "CS-A1111",
        sessions=(
            at(DAY, "11.15", "12.00", building="CS"),
            at(d2, "11.15", "12.00", building="CS"),
        ),
    )
    [finding] = _travel(lesson, exercise)
    assert finding.dates == (DAY, d2)
    assert finding.numbers.count == 2
    assert finding.numbers.available == 0


def test_travel_back_from_campus_is_checked_too():
    uni = aalto("CS-A1111", sessions=(at(DAY, "8.15", "10.00", building="OK1"),))
    lesson = item("MAA6", sessions=(at(DAY, "10.05", "11.20", building="TAP"),))
    [finding] = _travel(uni, lesson)
    assert finding.numbers.available == 5
    assert finding.numbers.needed == 15


def test_a_session_with_only_a_room_travels_from_the_rooms_building():
    rooms = {"TAP-12": Room("TAP", "12", 30), "CS-T1": Room("CS", "T1", 200)}
    lesson = item("MAA6", sessions=(at(DAY, "10.00", "11.15", room="TAP-12"),))
    exercise = aalto("CS-A1111", sessions=(at(DAY, "11.20", "12.00", room="CS-T1"),))
    [finding] = of(
        audit(inp([lesson, exercise], travel=TRAVEL, rooms=rooms)).findings, FindingCode.TRAVEL
    )
    assert (finding.numbers.needed, finding.numbers.available) == (15, 5)
