"""iCalendar export: parses back, RFC 5545 required properties, stable UIDs,
and the right UTC instants on both sides of the daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.model import (
    AuditItem,
    DateRange,
    GroupKind,
    ItemStatus,
    Offering,
    Provider,
    Session,
    SessionKind,
    StudyGroup,
)
from schoolaas.domain.premises import Building, Room
from schoolaas.io import ics_export as ics

BUILDINGS = {
    "OK1": Building("OK1", "Undergraduate Centre", "Otakaari 1", "otaniemi", 60.1866, 24.8283),
    "OIH": Building("OIH", "OIH", "Maarintie 6", "otaniemi", 60.1890, 24.8330),
}
ROOMS = {"OK1-M1": Room("OK1", "M1", 300, "lecture hall")}


def _weekly(first: date, last: date, weekday: int = 0, room: str = "OK1-M1") -> tuple:
    return expand_weekly(
        [WeeklySlot(weekday, time(10, 15), time(12, 0))],
        DateRange(first, last),
        room=room,
        building=room.split("-")[0],
    )


# Mondays around the autumn change (Sun 25.10.2026) and the spring one (Sun 28.3.2027)
AUTUMN = _weekly(date(2026, 10, 12), date(2026, 11, 9))
SPRING = _weekly(date(2027, 3, 15), date(2027, 4, 12))


def _offering() -> Offering:
    exam = Session(
        datetime(2027, 4, 16, 9, 0),
        datetime(2027, 4, 16, 12, 0),
        room="OK1-M1",
        building="OK1",
        kind=SessionKind.EXAM,
    )
    return Offering(
        key="aalto-otr-123",
        provider=Provider.AALTO,
        code="MS-A0111",
        name={"fi": "Matematiikan peruskurssi C1", "en": "Mathematics C1"},
        op=5,
        start=date(2026, 10, 12),
        end=date(2027, 4, 16),
        ects=5,
        groups=(
            StudyGroup("L01", "Lecture", GroupKind.LECTURE, AUTUMN + SPRING),
            StudyGroup(
                "H01",
                "Exercise 1",
                GroupKind.EXERCISE,
                _weekly(date(2026, 10, 14), date(2026, 10, 28), 2, "OIH-B204"),
            ),
            StudyGroup(
                "H02",
                "Exercise 2",
                GroupKind.EXERCISE,
                _weekly(date(2026, 10, 15), date(2026, 10, 29), 3),
            ),
            StudyGroup("KT01", "Exam", GroupKind.EXAM, (exam,)),
        ),
    )


def _items() -> list[AuditItem]:
    school = _weekly(date(2026, 10, 13), date(2026, 10, 27), 1, "OIH-B204")
    return [
        AuditItem(
            1,
            "MS-A0111",
            Provider.AALTO,
            ItemStatus.PLANNED,
            5,
            ects=5,
            offering_key="aalto-otr-123",
            group_keys=("L01", "H01", "KT01"),
        ),
        AuditItem(2, "MAA6", Provider.SCHOOL, ItemStatus.ENROLLED, 3, sessions=school),
        AuditItem(3, "FY3", Provider.SCHOOL, ItemStatus.FAILED, 2, sessions=school),
    ]


def _courses() -> list[ics.CalendarCourse]:
    return ics.courses_for_plan(_items(), {"aalto-otr-123": _offering()}, {2: "Derivaatta"})


def _export(plan_id: int = 7, stamp: datetime | None = None) -> bytes:
    cal = ics.plan_calendar(
        plan_id,
        _courses(),
        buildings=BUILDINGS,
        rooms=ROOMS,
        title="Äijä Öhman – Plan A",
        stamp=stamp,
    )
    return ics.to_ics(cal)


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_courses_take_the_chosen_groups_and_skip_failed_items() -> None:
    courses = _courses()
    assert [c.code for c in courses] == ["MS-A0111", "MAA6"]
    maths, school = courses
    assert {g for g, _ in maths.sessions} == {"L01", "H01", "KT01"}
    assert len(maths.sessions) == len(AUTUMN) + len(SPRING) + 3 + 1
    assert maths.name == "Matematiikan peruskurssi C1"
    assert (school.name, len(school.sessions)) == ("Derivaatta", 3)


def test_round_trip_is_valid_and_has_one_event_per_session() -> None:
    data = _export()
    assert ics.validate_ics(data) == []
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert "SchoolaaS" in str(cal["PRODID"])
    events = _events(data)
    assert len(events) == sum(len(c.sessions) for c in _courses())
    for event in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert prop in event
        assert event["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_timezone_comes_before_the_events_and_is_defined_once() -> None:
    text = _export().decode()
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    assert "TZID:Europe/Helsinki" in text


def _starts_utc(data: bytes) -> dict[date, datetime]:
    return {
        e.decoded("DTSTART").date(): e.decoded("DTSTART").astimezone(UTC)
        for e in _events(data)
        if "Group: L01" in str(e["DESCRIPTION"])
    }


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (date(2026, 10, 19), 7),  # summer time, UTC+3
        (date(2026, 10, 26), 8),  # the day after the autumn change, UTC+2
        (date(2027, 3, 22), 8),  # winter time
        (date(2027, 3, 29), 7),  # the day after the spring change, UTC+3 again
    ],
)
def test_lecture_at_10_15_local_is_the_right_utc_instant(day: date, utc_hour: int) -> None:
    start = _starts_utc(_export())[day]
    assert (start.hour, start.minute) == (utc_hour, 15)


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (date(2026, 10, 19), 3),
        (date(2026, 10, 26), 2),
        (date(2027, 3, 22), 2),
        (date(2027, 3, 29), 3),
        (date(2026, 10, 25), 3),
        (date(2027, 3, 28), 2),
    ],
)
def test_the_files_own_vtimezone_gives_the_helsinki_offsets(day: date, hours: int) -> None:
    """A client that ignores the zone database and reads only the VTIMEZONE
    (Outlook does) still gets the right offset; checked at 00:30 local, before
    either change happens that night."""
    (vtz,) = Calendar.from_ical(_export()).walk("VTIMEZONE")
    tz = vtz.to_tz()
    local = datetime.combine(day, time(0, 30), tzinfo=tz)
    assert local.utcoffset() == timedelta(hours=hours)


def test_zone_database_transitions_are_used_if_the_eu_rule_stops_holding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ics, "_eu_rule_holds", lambda first, last: False)
    data = _export()
    assert "RRULE:FREQ=YEARLY" not in data.decode()
    (vtz,) = Calendar.from_ical(data).walk("VTIMEZONE")
    tz = vtz.to_tz()
    assert datetime(2026, 10, 26, 10, 15, tzinfo=tz).utcoffset() == timedelta(hours=2)
    assert datetime(2027, 3, 29, 10, 15, tzinfo=tz).utcoffset() == timedelta(hours=3)
    assert ics.validate_ics(data) == []


def test_eu_rule_matches_the_zone_database_for_the_demo_years() -> None:
    assert ics._eu_rule_holds(date(2024, 8, 1), date(2028, 6, 1))


def test_uids_are_stable_across_exports_and_differ_between_plans() -> None:
    first = [str(e["UID"]) for e in _events(_export(stamp=datetime(2026, 11, 1, tzinfo=UTC)))]
    again = [str(e["UID"]) for e in _events(_export(stamp=datetime(2026, 12, 1, tzinfo=UTC)))]
    other = {str(e["UID"]) for e in _events(_export(plan_id=8))}
    assert first == again
    assert not other & set(first)


def test_moving_one_session_changes_only_its_uid() -> None:
    start = datetime(2026, 10, 19, 10, 15)
    uid = ics.event_uid(7, "aalto-otr-123", "L01", start)
    assert uid == ics.event_uid(7, "aalto-otr-123", "L01", start)
    assert uid != ics.event_uid(7, "aalto-otr-123", "L01", start + timedelta(minutes=15))
    assert uid != ics.event_uid(7, "aalto-otr-123", "H01", start)
    assert uid.endswith("@schoolaas.planner")


def test_summary_location_and_description() -> None:
    events = _events(_export())
    lecture = next(e for e in events if e.decoded("DTSTART").date() == date(2026, 10, 19))
    assert str(lecture["SUMMARY"]) == "MS-A0111 Matematiikan peruskurssi C1"
    assert str(lecture["LOCATION"]) == "M1, Undergraduate Centre, Otakaari 1"
    description = str(lecture["DESCRIPTION"])
    assert "MS-A0111" in description
    assert "5 op (5 ECTS)" in description
    assert "L01" in description
    exam = next(e for e in events if e.decoded("DTSTART").date() == date(2027, 4, 16))
    assert str(exam["SUMMARY"]).endswith("(exam)")
    school = next(e for e in events if str(e["SUMMARY"]).startswith("MAA6"))
    assert str(school["LOCATION"]) == "OIH-B204, OIH, Maarintie 6"  # room not in the list
    assert "3 op" in str(school["DESCRIPTION"])
    assert "ECTS" not in str(school["DESCRIPTION"])


def test_dtstamp_is_utc() -> None:
    stamp = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    event = _events(_export(stamp=stamp))[0]
    assert event.decoded("DTSTAMP") == stamp
    assert "DTSTAMP:20261127T120000Z" in _export(stamp=stamp).decode()


def test_write_ics_leaves_a_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    ics.write_ics(target, ics.plan_calendar(7, _courses()))
    assert ics.validate_ics(target.read_bytes()) == []
    assert list(tmp_path.iterdir()) == [target]


def test_empty_plan_is_still_a_valid_calendar() -> None:
    data = ics.to_ics(ics.plan_calendar(7, []))
    assert ics.validate_ics(data) == []
    assert _events(data) == []


def test_validator_names_missing_required_properties() -> None:
    broken = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
        b"DTSTART;TZID=Europe/Helsinki:20261019T101500\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    problems = ics.validate_ics(broken)
    assert "VCALENDAR lacks PRODID" in problems
    assert "event 1 lacks UID" in problems
    assert "event 1 lacks DTSTAMP" in problems
    assert "event 1: TZID Europe/Helsinki has no VTIMEZONE" in problems
    assert ics.validate_ics(b"not a calendar")[0].startswith("not an iCalendar file")


def test_only_the_asked_statuses_are_exported() -> None:
    upcoming = frozenset({ItemStatus.PLANNED})
    courses = ics.courses_for_plan(_items(), {"aalto-otr-123": _offering()}, statuses=upcoming)
    assert [c.code for c in courses] == ["MS-A0111"]  # MAA6 is enrolled, FY3 failed


def test_event_texts_in_finnish() -> None:
    cal = ics.plan_calendar(7, _courses(), lang="fi")
    events = _events(ics.to_ics(cal))
    exam = next(e for e in events if e.decoded("DTSTART").date() == date(2027, 4, 16))
    assert str(exam["SUMMARY"]) == "MS-A0111 Matematiikan peruskurssi C1 (tentti)"
    description = str(exam["DESCRIPTION"])
    assert "Kurssikoodi: MS-A0111" in description
    assert "Laajuus: 5 op (5 ECTS)" in description
    assert "Järjestäjä: Aalto-yliopisto" in description
