"""Importing iCalendar timetables as sessions of known courses."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from importer_helpers import FIXTURES, snapshot

from schoolaas.domain.model import SessionKind
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import import_file

SISU = FIXTURES / "ics" / "sisu_cs_a1111.ics"
CS_KEY = "aalto-cur-1111"  # CS-A1111 of the tiny database, 1.9.-19.11.2026


def test_sisu_calendar_becomes_sessions_of_the_course(ws):
    report = import_file(ws, "ics", SISU)
    assert report.source == "sisu"
    assert report.skipped == []
    assert len(report.added) == 16
    cs = ws.offering(CS_KEY)
    assert not cs.generated_sessions  # the demo's made-up sessions are gone
    lectures = cs.group("L01").sessions
    assert len(lectures) == 7
    assert lectures[0].start == datetime(2026, 9, 15, 10, 15)
    assert lectures[0].room == "OK1-M1"
    assert lectures[0].building == "OK1"
    moved = next(s for s in lectures if s.start.date().isoformat() == "2026-10-20")
    assert moved.room == "OK1-M2"  # created in the known building Otakaari 1
    assert len(cs.group("XXH01").sessions) == 8  # the group named in SUMMARY, created
    (exam,) = cs.group("KT01").sessions
    assert exam.kind == SessionKind.EXAM
    notes = "\n".join(report.notes)
    assert "generated sessions replaced" in notes
    assert "room M2 created in OK1" in notes
    assert "Konemiehentie 2, T1" in notes  # building unknown: no room
    assert "several rooms" in notes


def test_reimport_of_calendar_changes_nothing(ws):
    import_file(ws, "ics", SISU)
    before = snapshot(ws)
    again = import_file(ws, "ics", SISU)
    assert len(again.unchanged) == 16
    assert not again.changed
    assert snapshot(ws) == before


def test_newer_calendar_moves_and_drops_occurrences(ws, tmp_path):
    import_file(ws, "ics", SISU)
    text = SISU.read_text(encoding="utf-8")
    newer = text.replace("RRULE:FREQ=WEEKLY;COUNT=8", "RRULE:FREQ=WEEKLY;COUNT=6")
    newer = newer.replace("Helsinki:20261123T090000", "Helsinki:20261123T100000")
    path = tmp_path / "newer.ics"
    path.write_text(newer, encoding="utf-8")
    report = import_file(ws, "ics", path)
    assert len(report.removed) == 2
    assert len(report.updated) == 1
    assert report.updated[0].fields == ("start",)  # 10.00-12.00 now
    cs = ws.offering(CS_KEY)
    assert len(cs.group("XXH01").sessions) == 6
    assert cs.group("KT01").sessions[0].start == datetime(2026, 11, 23, 10, 0)


def test_unmatched_events_are_reported(ws):
    report = import_file(ws, "ics", FIXTURES / "ics" / "peppi_utc.ics")
    reasons = [p.reason for p in report.skipped]
    assert report.added == []
    assert any("MS-A0111" in r and "near" in r for r in reasons)  # exam is in November
    assert any("no course code" in r for r in reasons)


def test_course_option_puts_events_without_codes_into_that_course(ws):
    report = import_file(ws, "ics", FIXTURES / "ics" / "peppi_utc.ics", course="CS-A1111")
    assert len(report.added) == 2
    keys = {g.key for g in ws.offering(CS_KEY).groups}
    assert {"H02", "ICS"} <= keys


def test_school_timetable_goes_to_the_school_group(ws):
    report = import_file(ws, "ics", FIXTURES / "ics" / "school_floating.ics")
    assert len(report.added) == 2
    assert len(report.skipped) == 2
    maa6 = ws.offering("OTA:2026-27:MAA06.1")
    starts = {s.start for s in maa6.group("MAA06.1").sessions}
    assert datetime(2026, 10, 8, 12, 30) in starts
    assert any("201" in n for n in report.notes)  # 'OIH 201' is not a known room


def test_unknown_course_option_is_an_error(ws):
    with pytest.raises(InvalidInput, match="--course XX-9999"):
        import_file(ws, "ics", SISU, course="XX-9999")


def test_endless_weekly_event_stops_at_the_course_end(ws, tmp_path):
    path = tmp_path / "endless.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:endless-1\r\n"
        "DTSTART;TZID=Europe/Helsinki:20261105T081500\r\n"
        "DTEND;TZID=Europe/Helsinki:20261105T100000\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:CS-A1111 H02\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_file(ws, "ics", path)
    assert len(report.added) == 3  # 5.11., 12.11., 19.11.; the course ends 19.11.2026
    assert "left out" in report.notes[-1]


def test_sample_realisations_then_their_calendar(ws, tmp_path):
    import_file(ws, "aalto", FIXTURES / "aalto_sample.json")
    calendar_2025 = tmp_path / "sisu_2025.ics"
    calendar_2025.write_text(
        SISU.read_text(encoding="utf-8").replace(":2026", ":2025").replace("=2026", "=2025"),
        encoding="utf-8",
    )
    report = import_file(ws, "ics", calendar_2025)
    assert report.skipped == []
    realisation = ws.offering("aalto-CUR-205925-3121705")  # CS-A1111 of autumn 2025
    assert (realisation.ects, realisation.start, realisation.end) == (
        5,
        date(2025, 9, 1),
        date(2025, 11, 19),
    )
    lectures = realisation.group("L01").sessions
    assert lectures[0].start == datetime(2025, 9, 15, 10, 15)
    assert all(realisation.start <= s.start.date() <= realisation.end for s in lectures)
    assert ws.offering(CS_KEY).group("L01").sessions[0].start.year == 2026  # untouched
