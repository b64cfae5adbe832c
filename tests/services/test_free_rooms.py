"""Find a free room for a lesson pattern and book it (services/premises/
free_rooms.py) on the tiny database: OIH-A101 (30 seats) holds MAA6 on
Tuesdays 10.00-11.15, OK1-M1 (1 seat) CS-A1111's lectures, OK1-U006 (40)
its exercises on Thursdays 12.15-14.00 and Fridays 8.15-10.00."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from planner_fixtures import CS_KEY, MAA6_KEY

from schoolaas.domain.calendar import WeeklySlot
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises import buildings
from schoolaas.services.premises import free_rooms as fr
from schoolaas.services.workspace import Workspace

P2 = "OTA:2026-27/2"
MAA6 = (MAA6_KEY, "MAA06.1")


def _keys(found: list[fr.FreeRoom]) -> list[str]:
    return [f.key for f in found]


def _tuesdays(ws: Workspace, start: time, end: time) -> tuple[fr.Session, ...]:
    return fr.weekly_lessons(ws, P2, [WeeklySlot(1, start, end)])


def test_a_room_with_a_clash_on_a_weekly_date_is_not_listed(ws: Workspace) -> None:
    lessons = _tuesdays(ws, time(10, 30), time(11, 30))
    assert all(s.start.date().weekday() == 1 for s in lessons)
    assert date(2026, 11, 24) not in {s.start.date() for s in lessons}  # exam week left out
    found = fr.find_free_rooms(ws, lessons, 20, school="OTA")
    assert _keys(found) == ["OK1-U006"]  # A101 holds MAA6 then; M1 has one seat
    assert found[0].room.capacity == 40
    assert found[0].walk is not None
    assert 0 < found[0].walk < 10


def test_one_clashing_single_date_is_enough(ws: Workspace) -> None:
    lessons = fr.dated_lessons(
        [fr.parse_lesson("2026-10-06 13:00-14:00"), fr.parse_lesson("1.10.2026 13:00-14:00")]
    )
    # U006 is free on Tuesday 6.10. but holds the exercise H01 on Thursday 1.10. until 14.00
    assert _keys(fr.find_free_rooms(ws, lessons, 20, school="OTA")) == ["OIH-A101"]
    later = fr.dated_lessons([fr.parse_lesson("2026-10-01 14:00-15:00")])  # touching, no clash
    assert _keys(fr.find_free_rooms(ws, later, 20, school="OTA")) == ["OIH-A101", "OK1-U006"]


def test_too_small_rooms_are_not_listed(ws: Workspace) -> None:
    lessons = _tuesdays(ws, time(14, 0), time(15, 15))
    assert _keys(fr.find_free_rooms(ws, lessons, 30)) == ["OIH-A101", "OK1-U006"]
    assert _keys(fr.find_free_rooms(ws, lessons, 31)) == ["OK1-U006"]
    assert _keys(fr.find_free_rooms(ws, lessons, 41)) == []
    assert _keys(fr.find_free_rooms(ws, lessons, 1, kind="lecture hall")) == ["OK1-M1"]
    with pytest.raises(InvalidInput, match="Group size 0"):
        fr.find_free_rooms(ws, lessons, 0)


def test_the_group_itself_does_not_block_its_own_room(ws: Workspace) -> None:
    lessons = _tuesdays(ws, time(10, 0), time(11, 15))
    assert "OIH-A101" not in _keys(fr.find_free_rooms(ws, lessons, 20))
    assert "OIH-A101" in _keys(fr.find_free_rooms(ws, lessons, 20, group=MAA6))


def test_a_booking_shows_in_room_use_and_undo_removes_it(ws: Workspace) -> None:
    lessons = fr.weekly_lessons(ws, P2, [fr.parse_slot("Thu 14:15-15:30")])
    booking, change = fr.book_room(ws, MAA6, "OK1-U006", lessons)
    assert change.premises
    assert change.catalogue
    assert len(booking.created) == len(lessons)
    assert booking.moved == ()
    week = buildings.room_week(ws, date(2026, 10, 5))
    held = [(s.room, s.code, s.start) for s in week.of_room("OK1-U006")]
    assert ("OK1-U006", "MAA6", datetime(2026, 10, 8, 14, 15)) in held
    # the catalogue follows: the room is no longer free then
    assert "OK1-U006" not in _keys(fr.find_free_rooms(ws, lessons, 20))
    fr.unbook(ws, booking)
    week = buildings.room_week(ws, date(2026, 10, 5))
    assert [s.code for s in week.of_room("OK1-U006")] == ["CS-A1111", "CS-A1111"]
    assert "OK1-U006" in _keys(fr.find_free_rooms(ws, lessons, 20))


def test_moving_the_groups_own_lessons_and_back(ws: Workspace) -> None:
    lessons = _tuesdays(ws, time(10, 0), time(11, 15))
    booking, _ = fr.book_room(ws, MAA6, "OK1-U006", lessons)
    assert booking.created == ()
    assert {m[1] for m in booking.moved} == {"OIH-A101"}
    week = buildings.room_week(ws, date(2026, 10, 5))
    assert [s.code for s in week.of_room("OIH-A101")] == []
    assert "MAA6" in [s.code for s in week.of_room("OK1-U006")]
    fr.unbook(ws, booking)
    week = buildings.room_week(ws, date(2026, 10, 5))
    assert [s.code for s in week.of_room("OIH-A101")] == ["MAA6"]


def test_booking_is_refused_with_the_reason(ws: Workspace) -> None:
    lessons = fr.weekly_lessons(ws, P2, [fr.parse_slot("Thu 12:30-13:30")])
    with pytest.raises(InvalidInput, match=r"OK1-U006 is taken on 01\.10\.2026, 08\.10\.2026"):
        fr.book_room(ws, MAA6, "OK1-U006", lessons)  # CS-A1111's exercise H01
    with pytest.raises(InvalidInput, match="Aalto course"):
        fr.book_room(ws, (CS_KEY, "H01"), "OIH-A101", _tuesdays(ws, time(16, 0), time(17, 0)))
    with pytest.raises(NotFound):
        fr.book_room(ws, MAA6, "OIH-X999", lessons)


def test_parsing_patterns() -> None:
    assert fr.parse_slot("ma 8.15-9.30") == WeeklySlot(0, time(8, 15), time(9, 30))
    assert fr.parse_slot("Friday 12:00–13:15").weekday == 4
    assert fr.parse_slot("to 12:00-13:15").weekday == 3
    for bad, words in (
        ("Xyz 08:00-09:00", "weekday"),
        ("Mon 9:00", "time range"),
        ("Mon 10:00-09:00", "ends before"),
        ("Mon 25:00-26:00", "time of day"),
    ):
        with pytest.raises(InvalidInput, match=words):
            fr.parse_slot(bad)
    with pytest.raises(InvalidInput, match="not a date"):
        fr.parse_lesson("31.2.2026 08:00-09:00")


def test_a_weekly_pattern_follows_the_school_calendar(ws: Workspace) -> None:
    from schoolaas.services import setup

    setup.add_holiday(ws, setup.HolidayRecord("OTA", "Autumn break", date(2026, 10, 19),
                                              date(2026, 10, 23)))  # fmt: skip
    days = [s.start.date() for s in _tuesdays(ws, time(14, 0), time(15, 0))]
    assert date(2026, 10, 13) in days
    assert date(2026, 10, 20) not in days  # the autumn break
    assert date(2026, 11, 24) not in days  # the exam week
    assert len(days) == 6  # of the 7 Tuesdays before the exam week
