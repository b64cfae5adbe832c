"""A student's matriculation plan: which subjects in which sitting. The
sitting decides the matriculation finding: an Aalto exam on the spring
maths day concerns a student writing maths that spring, not one writing
it in the autumn."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from planner_fixtures import Tiny
from sqlmodel import Session

from schoolaas.cli import main
from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import GroupRow, OfferingRow, SessionRow
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.matriculation import parse_sitting, sitting_of
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.imports.files import export_plan, import_file
from schoolaas.services.people import matriculation as plan
from schoolaas.services.workspace import Workspace

EXAM = "aalto-cur-exam-march"  # an Aalto exam on the maths day 24.3.2027


@pytest.fixture
def exam_on_maths_day(ws: Workspace, tiny: Tiny) -> int:
    with Session(ws.engine) as s:
        s.add(
            OfferingRow(
                key=EXAM,
                provider="aalto",
                code="MS-A0001",
                name_en="Matrix algebra, exam",
                op=0,
                ects=5,
                start=date(2027, 3, 24),
                end=date(2027, 3, 24),
                realisation_type="exam-exam",
            )
        )
        s.flush()
        group = GroupRow(offering=EXAM, key="ET01", name="ET01", kind="exam")
        s.add(group)
        s.flush()
        assert group.id is not None
        s.add(
            SessionRow(
                group_id=group.id,
                start=datetime(2027, 3, 24, 9),
                end=datetime(2027, 3, 24, 12),
                kind="exam",
            )
        )
        bump_catalogue_version(session=s)
        s.commit()
    ws.refresh_catalogue()
    ws.add_item(tiny.aino_plan, EXAM)  # Aino writes MA (the tiny database)
    return tiny.aino_plan


def _matriculation(ws: Workspace, plan_id: int) -> list:
    return [f for f in ws.audit(plan_id).findings if f.code == FindingCode.MATRICULATION]


def test_the_sitting_decides_the_matriculation_finding(
    ws: Workspace, tiny: Tiny, exam_on_maths_day: int
):
    assert len(_matriculation(ws, exam_on_maths_day)) == 1  # no sitting: every sitting
    plan.set_sitting(ws, tiny.aino, "MA", "autumn 2027")
    assert _matriculation(ws, exam_on_maths_day) == []
    plan.set_sitting(ws, tiny.aino, "ma", "kevät 2027")
    [found] = _matriculation(ws, exam_on_maths_day)
    assert found.dates == (date(2027, 3, 24),)
    assert found.numbers.subject == ("MA",)
    plan.clear_sitting(ws, tiny.aino, "MA")
    assert len(_matriculation(ws, exam_on_maths_day)) == 1
    plan.remove_subject(ws, tiny.aino, "MA")
    assert _matriculation(ws, exam_on_maths_day) == []


def test_the_plan_is_stored_per_student_and_checked(ws: Workspace, tiny: Tiny):
    plan.set_sitting(ws, tiny.eero, "EN", "2027-spring")  # Eero writes nothing yet
    plan.set_sitting(ws, tiny.eero, "AI", "höst 2027")
    assert plan.matriculation_plan(ws, tiny.eero) == [
        plan.PlannedSubject("EN", "2027-spring"),
        plan.PlannedSubject("AI", "2027-autumn"),
    ]
    assert plan.matriculation_plan(ws, tiny.aino) == [plan.PlannedSubject("MA", None)]
    with pytest.raises(InvalidInput, match="at most three consecutive sittings"):
        plan.set_sitting(ws, tiny.eero, "MA", "autumn 2028")
    with pytest.raises(InvalidInput, match="not a matriculation sitting"):
        plan.set_sitting(ws, tiny.eero, "MA", "S2027")  # spring or syksy?
    with pytest.raises(InvalidInput, match="not a subject code"):
        plan.set_sitting(ws, tiny.eero, "maths!", "spring 2027")
    with pytest.raises(NotFound):
        plan.remove_subject(ws, tiny.eero, "MA")
    assert [e.subject for e in plan.matriculation_plan(ws, tiny.eero)] == ["EN", "AI"]
    assert plan.sittings_with_days(ws) == ["2027-spring"]


def test_sittings_as_people_write_them():
    assert parse_sitting("spring 2027") == "2027-spring"
    assert parse_sitting("2027-autumn") == "2027-autumn"
    assert parse_sitting("Kevät 2028") == "2028-spring"
    assert parse_sitting("syksy 2027") == "2027-autumn"
    assert parse_sitting("vår 2027") == "2027-spring"
    assert parse_sitting("K2027") == "2027-spring"
    for bad in ("S2027", "2027", "summer 2027", "spring 1827", ""):
        with pytest.raises(ValueError, match="sitting"):
            parse_sitting(bad)
    assert sitting_of(date(2027, 3, 24)) == "2027-spring"
    assert sitting_of(date(2027, 9, 15)) == "2027-autumn"


def test_the_plan_file_carries_the_sittings(ws: Workspace, tiny: Tiny, tmp_path: Path):
    plan.set_sitting(ws, tiny.aino, "MA", "autumn 2027")
    path = export_plan(ws, tiny.aino, tmp_path / "aino.json")
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["student"]["matriculation_sittings"] == {"MA": "2027-autumn"}
    # the student moves maths to the spring at home and sends the file back
    body["student"]["matriculation_sittings"] = {"MA": "kevät 2027", "FY": "2027-spring"}
    path.write_text(json.dumps(body), encoding="utf-8")
    report = import_file(ws, "plan", path)
    assert [u.fields for u in report.updated if u.key.startswith("student")] == [
        ("matriculation sittings",)
    ]
    assert any("FY" in n and "ignored" in n for n in report.notes)
    assert plan.matriculation_plan(ws, tiny.aino) == [plan.PlannedSubject("MA", "2027-spring")]
    body["student"]["matriculation_sittings"] = {"MA": "summer 2027"}
    path.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"matriculation_sittings\.MA"):
        import_file(ws, "plan", path)


def test_the_command_line_sets_a_sitting(
    ws: Workspace, tiny: Tiny, capsys: pytest.CaptureFixture[str]
):
    assert main(["--db", tiny.url, "matriculation", "set", "OTA-1001", "MA", "autumn 2027"]) == 0
    assert "OTA-1001 writes MA in 2027-autumn" in capsys.readouterr().out
    assert main(["--db", tiny.url, "matriculation", "show", "OTA-1001"]) == 0
    assert capsys.readouterr().out == "MA\t2027-autumn\n"
    assert main(["--db", tiny.url, "matriculation", "set", "OTA-1001", "MA", "2027"]) == 2
    assert "not a matriculation sitting" in capsys.readouterr().err
