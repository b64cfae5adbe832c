"""iCalendar timetables: Sisu, Peppi and school exports and their odd cases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from schoolaas.domain.model import SessionKind
from schoolaas.io.errors import ParseError
from schoolaas.io.ics import load_file, parse_ics
from schoolaas.io.ics_rooms import RoomRef, split_location
from schoolaas.io.ics_text import candidate_codes, group_in

ICS = Path(__file__).parent.parent / "fixtures" / "ics"


def _cal(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR", ""])


def _event(*lines: str, uid: str = "u1") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT"]


def test_sisu_export_weekly_rule_exdate_override_and_exam():
    parsed = load_file(ICS / "sisu_cs_a1111.ics")
    assert parsed.source == "sisu"
    assert parsed.problems == []
    lectures = [e for e in parsed.events if e.group == "L01"]
    # 15.9.-3.11. weekly is 8 Tuesdays, minus the EXDATE of 13.10.
    assert len(lectures) == 7
    assert all(e.codes == ("CS-A1111",) for e in parsed.events)
    assert lectures[0].summary.endswith("L01 Luento (ryhmä 1)")  # folded line joined
    assert lectures[0].rooms == (RoomRef("M1", "Otakaari 1", "Otakaari 1, M1"),)
    # across the DST change (25.10.) the lecture stays at 10.15 local time
    assert lectures[-1].start == datetime(2026, 11, 3, 10, 15)
    moved = next(e for e in lectures if e.start.date().isoformat() == "2026-10-20")
    assert (moved.start.hour, moved.start.minute) == (12, 15)
    assert moved.rooms[0].code == "M2"
    assert moved.uid == "sisu-event-205925-l01#20261020T1015"  # same id as the occurrence
    exercises = [e for e in parsed.events if e.group == "XXH01"]
    assert len(exercises) == 8  # COUNT=8
    (exam,) = [e for e in parsed.events if e.kind == SessionKind.EXAM]
    assert exam.group == "KT01"
    assert [r.code for r in exam.rooms] == ["M1", "M2"]


def test_peppi_utc_times_without_vtimezone_become_helsinki_time():
    parsed = load_file(ICS / "peppi_utc.ics")
    assert parsed.source == "peppi"
    first, second = parsed.events
    assert first.start == datetime(2026, 9, 2, 10, 15)  # 07:15Z in summer (+3)
    assert second.start == datetime(2026, 12, 1, 10, 15)  # 08:15Z in winter (+2)
    assert second.end == datetime(2026, 12, 1, 12, 0)  # DURATION
    assert first.codes == ("MS-A0111",)
    assert first.group == "H02"
    assert first.rooms == ()  # empty LOCATION


def test_school_timetable_floating_times_missing_uid_and_bad_events():
    parsed = load_file(ICS / "school_floating.ics")
    assert parsed.source == "ics"  # no PRODID
    assert [e.start for e in parsed.events] == [
        datetime(2026, 10, 6, 10, 0),
        datetime(2026, 10, 8, 12, 30),
    ]
    assert parsed.events[0].codes == ("MAA6",)
    assert [r.code for r in parsed.events[0].rooms] == ["201", "202"]
    assert parsed.events[1].uid.startswith("nouid-")
    again = load_file(ICS / "school_floating.ics")
    assert again.events[1].uid == parsed.events[1].uid  # stable without a UID
    reasons = {p.id: (p.index, p.reason) for p in parsed.problems}
    assert reasons["ota-broken"][0] == 15  # line of BEGIN:VEVENT
    assert "before it starts" in reasons["ota-broken"][1]
    assert "whole day" in reasons["ota-allday"][1]


def test_tzid_time_is_converted():
    text = _cal(
        *_event(
            "DTSTART;TZID=Europe/Stockholm:20260910T091500",
            "DTEND;TZID=Europe/Stockholm:20260910T110000",
            "SUMMARY:ELEC-A7100 L01",
        )
    )
    (event,) = parse_ics(text).events
    assert event.start == datetime(2026, 9, 10, 10, 15)


def test_invalid_date_is_reported_not_raised():
    text = _cal(
        *_event("DTSTART:20250230T101500", "DTEND:20250230T120000", "SUMMARY:X", uid="bad"),
        *_event("DTSTART:20250301T101500", "DTEND:20250301T120000", "SUMMARY:Y", uid="ok"),
    )
    parsed = parse_ics(text)
    assert [e.uid for e in parsed.events] == ["ok"]
    assert parsed.problems[0].id == "bad"
    assert "DTSTART" in parsed.problems[0].reason


def test_open_ended_rule_is_capped_and_marked():
    text = _cal(*_event("DTSTART:20260901T101500", "DTEND:20260901T120000", "RRULE:FREQ=WEEKLY"))
    events = parse_ics(text).events
    assert 50 <= len(events) <= 54
    assert all(e.open_ended for e in events)


def test_unsupported_and_huge_rules_are_reported():
    text = _cal(
        *_event("DTSTART:20260901T101500", "DTEND:20260901T120000", "RRULE:FREQ=MINUTELY"),
        *_event(
            "DTSTART:20260901T101500",
            "DTEND:20260901T120000",
            "RRULE:FREQ=DAILY;COUNT=100000",
            uid="u2",
        ),
    )
    parsed = parse_ics(text)
    assert parsed.events == []
    assert "not supported" in parsed.problems[0].reason
    assert "more than" in parsed.problems[1].reason


def test_duplicate_uid_is_reported():
    event = _event("DTSTART:20260901T101500", "DTEND:20260901T120000")
    parsed = parse_ics(_cal(*event, *event))
    assert len(parsed.events) == 1
    assert "duplicate UID" in parsed.problems[0].reason


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"", "empty"),
        (b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe\x00bad\r\n", "UTF-8"),
        (b"hello, world\n", "no BEGIN:VCALENDAR"),
    ],
)
def test_bad_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "timetable.ics"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=message) as err:
        load_file(path)
    assert "timetable.ics" in str(err.value)


@pytest.mark.parametrize(
    ("summary", "codes", "group"),
    [
        ("CS-A1111 Ohjelmoinnin peruskurssi Y1, L01 Luento", ("CS-A1111",), "L01"),
        ("Ohjelmointi 1 (5G00DL92-3003)", ("5G00DL92-3003",), None),
        ("MAA06.1 Derivaatta", ("MAA6",), None),
        ("Exam KT: MS-A0111 / 47C48000", ("MS-A0111", "47C48000"), "KT"),
        ("Lecture 2h", (), None),
    ],
)
def test_summary_codes_and_groups(summary, codes, group):
    assert candidate_codes(summary) == codes
    assert group_in(summary) == group


@pytest.mark.parametrize(
    ("location", "rooms"),
    [
        ("", []),
        ("M1", [("M1", "")]),
        ("Otakaari 1, M1", [("M1", "Otakaari 1")]),
        ("Otakaari 1, M1, M2", [("M1", "Otakaari 1"), ("M2", "Otakaari 1")]),
        ("U006 (Otakaari 1)", [("U006", "Otakaari 1")]),
        ("Konemiehentie 2, T1; Otakaari 1, M2", [("T1", "Konemiehentie 2"), ("M2", "Otakaari 1")]),
        ("Sali M232 / U3", [("M232", "Sali"), ("U3", "")]),
    ],
)
def test_rooms_in_location(location, rooms):
    assert [(r.code, r.address) for r in split_location(location)] == rooms


def _starts(rule: str, start: str = "20260901T101500") -> list[datetime]:
    text = _cal(*_event(f"DTSTART;TZID=Europe/Helsinki:{start}", "DURATION:PT1H45M", rule))
    parsed = parse_ics(text)
    assert parsed.problems == [], parsed.problems
    return [e.start for e in parsed.events]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", ["09-01", "09-03", "09-08", "09-10"]),
        ("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3", ["09-01", "09-15", "09-29"]),
        ("RRULE:FREQ=DAILY;UNTIL=20260903T235959Z", ["09-01", "09-02", "09-03"]),
        ("RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=2", ["09-01", "09-25", "10-30"]),
        ("RRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2", ["09-01", "09-15", "10-15"]),
        ("RRULE:FREQ=WEEKLY;UNTIL=20260915", ["09-01", "09-08", "09-15"]),
    ],
)
def test_repeat_rules(rule, expected):
    # DTSTART (a Tuesday) is always the first occurrence, as RFC 5545 says
    assert [f"{d:%m-%d}" for d in _starts(rule)] == expected


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("RRULE:FREQ=WEEKLY;BYSETPOS=1", "BYSETPOS is not supported"),
        ("RRULE:FREQ=WEEKLY;INTERVAL=0", "out of range"),
        ("RRULE:FREQ=WEEKLY;BYDAY=2TU", "needs FREQ=MONTHLY"),
        ("RRULE:FREQ=HOURLY", "not supported"),
    ],
)
def test_unsupported_rules_are_reported(rule, reason):
    text = _cal(*_event("DTSTART:20260901T101500", "DURATION:PT1H", rule))
    (problem,) = parse_ics(text).problems
    assert reason in problem.reason


def test_impossible_rule_ends_quickly_with_dtstart_only():
    # dateutil searches until the year 9999 for this one
    assert _starts("RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30") == [datetime(2026, 9, 1, 10, 15)]


def test_moved_occurrence_without_its_series_is_kept():
    text = _cal(
        *_event(
            "RECURRENCE-ID:20260922T101500",
            "DTSTART:20260923T101500",
            "DTEND:20260923T120000",
            "SUMMARY:CS-A1111 L01",
            uid="series-1",
        )
    )
    (event,) = parse_ics(text).events
    assert event.uid == "series-1#20260922T1015"
    assert event.start == datetime(2026, 9, 23, 10, 15)
