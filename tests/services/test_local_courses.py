"""A school's own curriculum: local courses imported (also without credits,
with a report), their codes as the school writes them in a tray, counted
as school-specific electives only, and a local course wrapping an Aalto
course (a duplicate whose credits count once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from planner_fixtures import CS_KEY, Tiny

from schoolaas.domain.findings import FindingCode
from schoolaas.services.catalogue import local_courses as courses
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

LOCAL_CSV = """school;code;name;op;subject;kind;wraps
OTA;OTATEK01;Teknologia ja yhteiskunta;;TE;koulukohtainen;
OTA;OTAFY10;Fysiikan laboratoriotyöt;2;FY;school-specific;
OTA;OHJ01;Ohjelmointi (Aalto);2;TVT;;CS-A1111
OTA;MAA02;Funktiot ja yhtälöt;3;MA;school-specific;
XYZ;ABC1;Tuntematon koulu;2;;;
OTA;OTAMA99;Pakollinen?;2;MA;compulsory;
"""

OHJ_TRAY = "period,bar,course_code,slots\nOTA:2026-27/2,5,OHJ01.1,Thu 16:00-17:15\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_local_course_without_credits_imports_with_a_report(ws: Workspace, tmp_path: Path):
    path = _write(tmp_path, "local.csv", LOCAL_CSV)
    dry = import_file(ws, "local-courses", path, dry_run=True)
    assert courses.local_courses(ws) == []  # a dry run writes nothing
    report = import_file(ws, "local-courses", path)
    assert (dry.added, dry.skipped) == (report.added, report.skipped)
    assert report.added == ["OTA OTATEK1", "OTA OTAFY10", "OTA OHJ1"]
    skipped = {p.index: p.reason for p in report.skipped}
    assert sorted(skipped) == [5, 6, 7]
    assert "national curriculum" in skipped[5]  # MAA02 is the national MAA2
    assert "XYZ is not in the database" in skipped[6]
    assert "school-specific" in skipped[7]  # never compulsory
    [incomplete] = [n for n in report.notes if "no credits yet" in n]
    assert incomplete.startswith("line 2: OTA OTATEK1")
    stored = {c.code: c for c in courses.local_courses(ws, "OTA")}
    assert stored["OTATEK1"].op is None
    assert not stored["OTATEK1"].complete
    assert stored["OHJ1"].wraps == "CS-A1111"
    again = import_file(ws, "local-courses", path)
    assert len(again.unchanged) == 3
    assert not again.changed


def test_a_broken_file_is_refused_whole(ws: Workspace, tmp_path: Path):
    path = _write(tmp_path, "local.csv", "name;op\nTeknologia;2\n")
    with pytest.raises(InvalidInput, match="missing column"):
        import_file(ws, "local-courses", path)
    assert courses.local_courses(ws) == []


def test_tray_codes_map_to_modules_and_local_courses_and_count_as_school_electives(
    ws: Workspace, tiny: Tiny, tmp_path: Path
):
    import_file(ws, "curriculum", FIXTURES / "lops2021_modules_flat.csv")
    import_file(ws, "local-courses", _write(tmp_path, "local.csv", LOCAL_CSV))
    tray = _write(
        tmp_path,
        "tray.csv",
        "period,bar,course_code,slots,op\n"
        "OTA:2026-27/2,1,OTATEK01.2,Mon 08:30-09:45,\n"  # local, no credits yet
        "OTA:2026-27/2,2,OTA-MAA07.2,Mon 10:00-11:15,\n"  # the school's prefix + a module
        "OTA:2026-27/2,4,OTAKE99.1,Fri 08:30-09:45,2\n",  # in no curriculum
    )
    report = import_file(ws, "tray", tray)
    assert report.skipped == []
    tek = ws.offering("OTA:2026-27:OTATEK01.2")
    assert (tek.code, tek.op, tek.modules, tek.subject) == ("OTATEK1", 0, (), "TE")
    assert any("OTATEK1" in n and "no credits yet" in n for n in report.notes)
    maa = ws.offering("OTA:2026-27:OTA-MAA07.2")
    assert (maa.code, maa.modules) == ("MAA7", ("MAA7",))
    assert any("OTAKE99.1" in n and "neither" in n for n in report.notes)
    assert ws.offering("OTA:2026-27:OTAKE99.1").modules == ()

    ws.add_item(tiny.eero_plan, "OTA:2026-27:OTATEK01.2")
    ws.add_item(tiny.eero_plan, "OTA:2026-27:OTAKE99.1")
    before = ws.audit(tiny.eero_plan).credits
    assert before.school_electives_planned == 2  # OTAKE99 2 op; OTATEK1 no credits yet
    assert before.national_electives_planned == 0
    assert before.compulsory_planned == 0
    # the school sets the local course's credits: the course counts them
    courses.save_local_course(
        ws, courses.LocalCourseView("OTA", "OTATEK1", "Teknologia", "", 2.0, "TE")
    )
    after = ws.audit(tiny.eero_plan).credits
    assert after.school_electives_planned == 4
    assert (after.national_electives_planned, after.compulsory_planned) == (0, 0)
    assert [f for f in ws.audit(tiny.eero_plan).findings if f.code == "unknown-code"] == []


def test_a_local_course_wrapping_an_aalto_course_is_a_duplicate_and_counts_once(
    ws: Workspace, tiny: Tiny, tmp_path: Path
):
    import_file(ws, "local-courses", _write(tmp_path, "local.csv", LOCAL_CSV))
    tray = _write(
        tmp_path,
        "tray.csv",
        "period,bar,course_code,slots\nOTA:2026-27/2,5,OHJ01.1,Thu 16:00-17:15\n",
    )
    assert import_file(ws, "tray", tray).skipped == []
    ws.add_item(tiny.aino_plan, "OTA:2026-27:OHJ01.1")  # Aino already plans CS-A1111
    result = ws.audit(tiny.aino_plan)
    [duplicate] = [f for f in result.findings if f.code == FindingCode.DUPLICATE]
    ids = {i.item_id: i.code for i in ws.audit_items(tiny.aino_plan)}
    assert sorted(ids[i] for i in duplicate.item_ids) == ["CS-A1111", "OHJ1"]
    # MAA6 3 op + CS-A1111 5 op; the local course's 2 op are the same course
    assert result.credits.total_planned == 8
    # the link is editable: without it the two are separate courses
    change = courses.set_wraps(ws, "OTA", "OHJ01", None)
    assert change.snapshot == {"wraps": "CS-A1111"}
    unlinked = ws.audit(tiny.aino_plan)
    assert [f for f in unlinked.findings if f.code == FindingCode.DUPLICATE] == []
    assert unlinked.credits.total_planned == 10
    courses.set_wraps(ws, "OTA", "OHJ1", "CS-A1111")
    assert ws.audit(tiny.aino_plan).credits.total_planned == 8
    assert CS_KEY in {i.offering_key for i in ws.audit_items(tiny.aino_plan)}


def test_a_local_course_in_use_is_not_removed(ws: Workspace, tiny: Tiny, tmp_path: Path):
    import_file(ws, "local-courses", _write(tmp_path, "local.csv", LOCAL_CSV))
    tray = _write(
        tmp_path,
        "tray.csv",
        "period,bar,course_code,slots\nOTA:2026-27/2,5,OHJ01.1,Thu 16:00-17:15\n",
    )
    import_file(ws, "tray", tray)
    with pytest.raises(InvalidInput, match="still used by 1 course groups"):
        courses.remove_local_course(ws, "OTA", "OHJ1")
    courses.remove_local_course(ws, "OTA", "OTAFY10")
    assert [c.code for c in courses.local_courses(ws)] == ["OHJ1", "OTATEK1"]
    with pytest.raises(InvalidInput, match="national curriculum"):
        courses.save_local_course(ws, courses.LocalCourseView("OTA", "ENA05", "x", "", 2.0))
    assert courses.match_code(ws, "OTA", "ohj01.3").code == "OHJ1"
    assert courses.match_code(ws, "OTA", "OTA_ENA05.2").kind == "module"
    assert courses.match_code(ws, "OTA", "XYZ01").kind == "unknown"


def test_the_shipped_example_imports_with_its_one_incomplete_course(ws: Workspace):
    from importlib import resources

    example = resources.files("schoolaas.resources") / "examples" / "local_courses_example.csv"
    report = import_file(ws, "local-courses", str(example))
    assert (len(report.added), report.skipped) == (3, [])
    assert [n.split(":")[0] for n in report.notes] == ["line 2"]
    [wrapping] = [c for c in courses.local_courses(ws, "OTA") if c.wraps]
    assert (wrapping.code, wrapping.wraps, wrapping.op) == ("OHJ1", "CS-A1111", 2)


def test_a_local_course_item_without_a_course_group_is_known_and_counts_once(
    ws: Workspace, tiny: Tiny, tmp_path: Path
):
    from sqlmodel import Session

    from schoolaas.data.tables import PlanItemRow

    import_file(ws, "local-courses", _write(tmp_path, "local.csv", LOCAL_CSV))
    with Session(ws.engine) as s:  # completed elsewhere, written as the school writes it
        s.add(PlanItemRow(plan_id=tiny.aino_plan, code="OHJ01.2", status="completed"))
        s.add(PlanItemRow(plan_id=tiny.aino_plan, code="OTAFY010", status="planned"))
        s.commit()
    result = ws.audit(tiny.aino_plan)
    assert [f for f in result.findings if f.code == FindingCode.UNKNOWN_CODE] == []
    [duplicate] = [f for f in result.findings if f.code == FindingCode.DUPLICATE]
    assert len(duplicate.item_ids) == 2
    # completed items count first: OHJ1's 2 op, and the planned CS-A1111 (the
    # same course) adds nothing; MAA6 3 + OHJ1 2 + OTAFY10 2
    assert result.credits.total_planned == 7
    assert result.credits.school_electives_planned == 4
    assert result.credits.university_op_planned == 0


def test_the_command_line_edits_local_courses(tiny: Tiny, capsys: pytest.CaptureFixture[str]):
    from schoolaas.cli import main

    db = ["--db", tiny.url, "local-courses"]
    assert main([*db, "set", "OTA", "otatek01", "--name", "Teknologia", "--subject", "TE"]) == 0
    assert "saved OTA OTATEK1" in capsys.readouterr().out
    assert main([*db, "wrap", "OTA", "OTATEK1", "CS-A1111"]) == 0
    assert main([*db, "list", "--school", "OTA"]) == 0
    out = capsys.readouterr().out
    assert "OTATEK1\tTE\tno credits yet (incomplete)\tTeknologia  = CS-A1111" in out
    assert main([*db, "match", "OTA", "OTA-MAA07.2"]) == 0
    assert capsys.readouterr().out == "OTA-MAA07.2\tmodule\tMAA7\n"
    assert main([*db, "set", "OTA", "ENA05", "--op", "2"]) == 2
    assert "national curriculum" in capsys.readouterr().err
