"""Importing the curriculum, a course tray and plan files into a database."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import resources

import pytest
from importer_helpers import FIXTURES, snapshot

from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import export_plan, import_file

TRAY = resources.files("schoolaas.resources") / "examples" / "tray_example.csv"


def test_curriculum_csv_then_eperusteet_json_agree(ws):
    first = import_file(ws, "curriculum", FIXTURES / "lops2021_modules_flat.csv")
    assert len(first.added) == 362
    again = import_file(ws, "curriculum", FIXTURES / "lops2021_modules_flat.csv")
    assert len(again.unchanged) == 362
    assert not again.changed
    raw = import_file(ws, "curriculum", FIXTURES / "eperusteet_MA_OP.json")
    assert len(raw.unchanged) == 22  # the JSON says exactly what the CSV said
    assert "340 modules of LOPS2021 in the database are not in this file" in raw.notes[0]


def test_tray_example_makes_lessons_on_real_dates(ws):
    import_file(ws, "curriculum", FIXTURES / "lops2021_modules_flat.csv")
    report = import_file(ws, "tray", str(TRAY))
    assert report.skipped == []
    assert len(report.added) == 3  # ENA05.2, FY02.1, KO01.1 are new
    assert [u.key.split()[0] for u in report.updated] == ["MAA06.1"]  # gains Thursdays
    maa = ws.offering("OTA:2026-27:MAA06.1")
    lessons = maa.group("MAA06.1").sessions
    assert lessons[0].start == datetime(2026, 10, 1, 12, 30)  # first Thursday of period 2
    assert all(not (date(2026, 11, 19) <= s.start.date() <= date(2026, 11, 26)) for s in lessons)
    ena = ws.offering("OTA:2026-27:ENA05.2")
    assert (ena.op, ena.bar, ena.code) == (2, 3, "ENA5")
    assert ena.group("ENA05.2").sessions[0].room == "OIH-A101"  # "A101" in the school's building
    ko = ws.offering("OTA:2026-27:KO01.1")
    assert (ko.start, ko.end, ko.op) == (date(2026, 10, 2), date(2026, 11, 13), 1)
    assert ko.group("KO01.1").sessions[0].room == "OK1-U006"
    before = snapshot(ws)
    again = import_file(ws, "tray", str(TRAY))
    assert len(again.unchanged) == 4
    assert snapshot(ws) == before


def test_tray_row_without_credits_or_period_is_skipped(ws, tmp_path):
    path = tmp_path / "tray.csv"
    path.write_text(
        "period,bar,course_code,slots\n"
        "OTA:2026-27/2,2,XYZ01.1,Mon 08:30-09:45\n"
        "OTA:2030-31/2,2,FY02.1,Mon 08:30-09:45\n",
        encoding="utf-8",
    )
    report = import_file(ws, "tray", path)
    reasons = [(p.index, p.reason) for p in report.skipped]
    assert reasons[0][0] == 2
    assert "op column" in reasons[0][1]
    assert reasons[1][0] == 3
    assert "not in the database" in reasons[1][1]


def test_plan_export_import_round_trip(ws, tiny, tmp_path):
    path = export_plan(ws, tiny.aino, tmp_path / "aino.json")
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["student"]["number"] == "OTA-1001"
    assert {i["code"] for i in body["plans"][0]["items"]} == {"MAA6", "CS-A1111"}
    before = snapshot(ws)
    same = import_file(ws, "plan", path)
    assert not same.changed
    assert snapshot(ws) == before
    body["plans"][0]["items"].append({"code": "MAA7", "status": "planned"})
    body["plans"].append({"name": "Plan B", "items": [{"code": "MAA06"}]})
    path.write_text(json.dumps(body), encoding="utf-8")
    report = import_file(ws, "plan", path)
    assert [u.fields for u in report.updated] == [("items",)]
    assert report.added == ["plan 'Plan B' of OTA-1001 (1 items)"]
    plans = {p.name: p for p in ws.plans(tiny.aino)}
    assert plans["Plan"].active
    assert not plans["Plan B"].active  # the counsellor's active plan stays
    assert {i.code for i in ws.items(plans["Plan B"].id)} == {"MAA6"}


def test_plan_of_a_new_student_creates_the_student(ws, tiny, tmp_path):
    path = export_plan(ws, tiny.aino, tmp_path / "aino.json")
    body = json.loads(path.read_text(encoding="utf-8"))
    body["student"]["number"] = "OTA-9999"
    body["plans"][0]["items"][0]["offering"] = "OTA:2019-20:GONE"
    path.write_text(json.dumps(body), encoding="utf-8")
    report = import_file(ws, "plan", path)
    assert report.added[0] == "student OTA-9999 Aino Virtanen"
    assert any("not in the catalogue" in n for n in report.notes)
    student = ws.find_student("OTA-9999")
    assert ws.active_plan(student.id).name == "Plan"


def test_plan_of_unknown_school_is_refused(ws, tiny, tmp_path):
    path = export_plan(ws, tiny.aino, tmp_path / "aino.json")
    body = json.loads(path.read_text(encoding="utf-8"))
    body["student"] |= {"number": "X-1", "school": "NOPE"}
    path.write_text(json.dumps(body), encoding="utf-8")
    before = snapshot(ws)
    with pytest.raises(InvalidInput, match="school 'NOPE'"):
        import_file(ws, "plan", path)
    assert snapshot(ws) == before
