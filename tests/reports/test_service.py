"""The report service on a real (tiny) database: what the printed plan and
the calendar of a student hold."""

from __future__ import annotations

import io
from datetime import UTC, date
from pathlib import Path

import pytest
from icalendar import Calendar
from planner_fixtures import Tiny
from pypdf import PdfReader

from schoolaas.io.ics_export import validate_ics
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.people.search import choose_plan
from schoolaas.services.printing import reports
from schoolaas.services.workspace import Workspace

TODAY = date(2026, 10, 5)


def test_report_of_aino(ws: Workspace, tiny: Tiny) -> None:
    r = reports.study_plan_report(ws, tiny.aino, lang="en", today=TODAY)
    assert r.school == "Otaniemen lukio"
    assert (r.student.name, r.student.number, r.student.group) == (
        "Aino Virtanen",
        "OTA-1001",
        "25A",
    )
    assert (r.student.start_year, r.student.maths) == (2025, "MAA")
    assert (r.plan_id, r.plan_name, r.printed) == (tiny.aino_plan, "Plan", TODAY)
    rows = {i.code: i for s in r.sections for i in s.items}
    assert set(rows) == {"MAA6", "CS-A1111"}
    assert rows["CS-A1111"].name == "Basic Course in Programming Y1"
    assert rows["CS-A1111"].ects == 5
    assert rows["MAA6"].name == "Derivaatta"  # no English name: said once, under the table
    assert rows["MAA6"].name_lang == "fi"
    assert r.credits[0].required == 150
    assert r.credits[1].required == 102  # long maths
    assert "overlap" in {f.code for f in r.open_findings}


def test_timetable_defaults_to_the_running_period(ws: Workspace, tiny: Tiny) -> None:
    r = reports.study_plan_report(ws, tiny.aino, lang="fi", today=TODAY)
    assert r.timetable is not None
    assert r.timetable.period_key == "OTA:2026-27/2"
    tuesday = sorted(b.code for b in r.timetable.blocks if b.weekday == 1)
    assert tuesday == ["CS-A1111", "MAA6"]


def test_period_can_be_chosen_and_typed_short(ws: Workspace, tiny: Tiny) -> None:
    r = reports.study_plan_report(ws, tiny.aino, period="2026-27/1", today=TODAY)
    assert r.timetable is not None
    assert r.timetable.period_key == "OTA:2026-27/1"
    assert {b.code for b in r.timetable.blocks} == {"CS-A1111"}  # MAA6 is in period 2


def test_unknown_period_plan_or_language_is_a_clear_error(ws: Workspace, tiny: Tiny) -> None:
    with pytest.raises(NotFound, match=r"no period '2030/9'.*OTA:2026-27/1"):
        reports.study_plan_report(ws, tiny.aino, period="2030/9")
    with pytest.raises(InvalidInput, match="language 'de'"):
        reports.study_plan_report(ws, tiny.aino, lang="de")
    aino = ws.student(tiny.aino)
    with pytest.raises(NotFound, match="no plan called 'B'"):
        choose_plan(ws, aino, "B")
    assert choose_plan(ws, aino, "plan").id == tiny.aino_plan
    with pytest.raises(InvalidInput, match="not a plan of Aino"):
        reports.study_plan_report(ws, tiny.aino, tiny.eero_plan)


def test_pdf_of_aino(ws: Workspace, tiny: Tiny) -> None:
    pdf = reports.study_plan_pdf(ws, tiny.aino, lang="fi", today=TODAY)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for needle in (
        "Aino Virtanen",
        "OTA-1001",
        "MAA6",
        "CS-A1111",
        "Otaniemen lukio",
        "Päällekkäiset tapaamiset",
        "Viikkolukujärjestys",
    ):
        assert needle in text


def test_period_choices_are_the_schools_periods_in_order(ws: Workspace, tiny: Tiny) -> None:
    choices = reports.period_choices(ws, ws.student(tiny.aino), "fi")
    assert [(c.key, c.title) for c in choices] == [
        ("OTA:2026-27/1", "2026-27, 1. jakso"),
        ("OTA:2026-27/2", "2026-27, 2. jakso"),
    ]


def test_calendar_of_aino(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    target = tmp_path / "aino.ics"
    count = reports.export_ics(ws, tiny.aino, target)
    data = target.read_bytes()
    assert validate_ics(data) == []
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    # MAA6: 8 Tuesdays of period 2; CS-A1111 L01 and H01: 12 weeks each from 1.9.
    assert count == len(events) == 8 + 12 + 12
    lecture = next(
        e
        for e in events
        if e.decoded("DTSTART").date() == date(2026, 11, 3)
        and str(e["SUMMARY"]).startswith("CS-A1111")
    )
    assert lecture.decoded("DTSTART").astimezone(UTC).hour == 8  # 10.15 EET
    assert str(lecture["LOCATION"]) == "M1, Undergraduate Centre, Otakaari 1"
    again = {
        str(e["UID"])
        for e in Calendar.from_ical(reports.plan_calendar_bytes(ws, tiny.aino)[0]).walk("VEVENT")
    }
    assert again == {str(e["UID"]) for e in events}


def test_empty_plan_gives_an_empty_calendar(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    assert reports.export_ics(ws, tiny.eero, tmp_path / "eero.ics") == 0
    assert validate_ics((tmp_path / "eero.ics").read_bytes()) == []


def test_calendar_leaves_completed_courses_out_unless_asked(
    ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    from schoolaas.domain.model import ItemStatus

    ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    assert reports.export_ics(ws, tiny.aino, tmp_path / "a.ics") == 12 + 12
    assert reports.export_ics(ws, tiny.aino, tmp_path / "b.ics", completed=True) == 8 + 12 + 12
