"""The one-page summary sent with a plan file (reports/summary.py): who,
the credits against the targets, the Aalto courses, the open findings, and
always exactly one A4 page, however long the plan."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import report_samples as rs
from planner_fixtures import Tiny
from pypdf import PdfReader

from schoolaas.domain.finding_numbers import ShortNumbers
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import AuditItem, Finding, ItemStatus, Provider, Severity
from schoolaas.reports.study_plan import StudyPlanReport, assemble
from schoolaas.reports.summary import MAX_COURSES, MAX_FINDINGS, render_summary
from schoolaas.services.plans.send import send_to_counsellor
from schoolaas.services.workspace import Workspace


def _report(
    lang: str = "en",
    items: list[AuditItem] | None = None,
    names: dict[int, str] | None = None,
    audit: AuditResult | None = None,
) -> StudyPlanReport:
    sample_items, sample_names = rs.items()
    return assemble(
        lang=lang,  # type: ignore[arg-type]
        school="Otaniemen lukio",
        student=rs.student(),
        plan_id=42,
        plan_name="Plan A (2026)",
        items=items if items is not None else sample_items,
        names=names if names is not None else sample_names,
        audit=audit if audit is not None else rs.audit(),
        periods=rs.periods(),
        printed=date(2026, 11, 27),
    )


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_one_page_with_the_student_credits_aalto_courses_and_findings() -> None:
    pages = _pages(render_summary(_report("en"), "S-2024-017-plan.json"))
    assert len(pages) == 1
    page = pages[0]
    assert "Study plan summary" in page
    assert "Otaniemen lukio" in page
    assert "Äijä Öhman-Åberg" in page
    assert "Plan A (2026)" in page
    assert "27 Nov 2026" in page
    for label, planned, target in (
        ("Total", "22 op", "150 op"),
        ("Compulsory studies", "12 op", "102 op"),
        ("National electives", "0 op", "20 op"),
    ):
        assert label in page
        assert planned in page
        assert target in page
    assert "128 short" in page
    assert "CS-A1111" in page
    assert "Programming 1" in page
    assert "MAA6" not in page.split("Aalto University courses")[1].split("Open findings")[0]
    assert "Error: 2" in page  # the two open errors; the accepted one is not counted
    assert "Prepared by the student on 27 Nov 2026, plan file S-2024-017-plan.json" in page


def test_in_finnish() -> None:
    page = _pages(render_summary(_report("fi"), "x-plan.json"))[0]
    assert "Opintosuunnitelman yhteenveto" in page
    assert "Aalto-yliopiston kurssit" in page
    assert "Opiskelija laati 27.11.2026, suunnitelmatiedosto x-plan.json" in page


def test_a_plan_with_60_items_and_many_findings_is_still_one_page() -> None:
    base, _ = rs.items()
    many = [
        replace(
            base[5],  # an Aalto course
            item_id=100 + n,
            code=f"CS-X{n:03d}",
            label=f"CS-X{n:03d}",
            provider=Provider.AALTO if n % 2 else Provider.SCHOOL,
            sessions=(),
            status=ItemStatus.PLANNED,
            period="OTA:2026-27/2",
        )
        for n in range(60)
    ]
    names = {i.item_id: f"A rather long course name number {i.item_id} – äöå " * 2 for i in many}
    short = Finding(
        code="total-short",
        severity=Severity.ERROR,
        key="total",
        numbers=ShortNumbers(planned=22, required=150, short=128),
    )
    findings = tuple(replace(short, key=f"total{n}") for n in range(20))
    audit = replace(rs.audit(), findings=findings)
    pdf = render_summary(_report("en", many, names, audit), "plan.json")
    pages = _pages(pdf)
    assert len(pages) == 1
    aalto = sum(1 for i in many if i.provider == Provider.AALTO)
    assert f"and {aalto - MAX_COURSES} more" in pages[0]
    assert f"and {20 - MAX_FINDINGS} more" in pages[0]
    assert "Error: 20" in pages[0]
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_a_plan_without_aalto_courses_or_findings() -> None:
    base, names = rs.items()
    school = [i for i in base if i.provider == Provider.SCHOOL]
    audit = replace(rs.audit(), findings=())
    page = _pages(render_summary(_report("en", school, names, audit), "p.json"))[0]
    assert "No Aalto University courses in the plan." in page
    assert "The plan has no open findings." in page


def test_send_to_counsellor_writes_the_plan_file_and_the_summary(
    ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    student = ws.student(tiny.aino)
    plan = ws.active_plan(student.id)
    folder = tmp_path / "to counsellor"
    sent = send_to_counsellor(ws, student.id, plan.id, folder, lang="en")
    assert sent.plan_file.name.endswith("-plan.json")
    assert sent.plan_file.exists()
    assert sent.summary.name.endswith("-summary.pdf")
    pages = _pages(sent.summary.read_bytes())
    assert len(pages) == 1
    assert student.name in pages[0]
    assert sent.plan_file.name in pages[0]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [sent.plan_file.name, sent.summary.name]
    )


def test_cli_pdf_summary_into_a_folder(
    tiny: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from schoolaas.cli import main

    folder = tmp_path / "out"
    folder.mkdir()
    argv = ["pdf", "OTA-1001", "--summary", "-o", str(folder), "--lang", "en", "--db", tiny.url]
    assert main(argv) == 0
    assert "summary" in capsys.readouterr().out
    pages = _pages((folder / "OTA-1001-summary.pdf").read_bytes())
    assert len(pages) == 1
    assert "Aino Virtanen" in pages[0]
    assert "OTA-1001-plan.json" in pages[0]
    assert main([*argv, "--period", "2026-27/2"]) == 2  # one page: no timetable period
