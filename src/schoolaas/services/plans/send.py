""" "Send to counsellor": the student's plans as a plan file (what
``schoolaas import plan FILE`` reads back) and a one-page summary of the
open plan as a PDF (reports/summary.py), side by side in one folder, named
by the student."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from schoolaas.reports.summary import render_summary
from schoolaas.services.imports.files import export_plan
from schoolaas.services.printing.reports import check_lang, study_plan_report, write_bytes
from schoolaas.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Sent:
    plan_file: Path
    summary: Path


def file_stem(number: str, student_id: int) -> str:
    """The student number as a file name's start ("OTA25002")."""
    return "".join(c for c in number if c.isalnum() or c in "-_") or str(student_id)


def summary_pdf(
    ws: Workspace,
    student_id: int,
    plan_id: int | None,
    plan_file: str,
    *,
    lang: str = "fi",
    today: date | None = None,
) -> bytes:
    """The one-page summary of a plan, naming ``plan_file`` in its footer."""
    report = study_plan_report(ws, student_id, plan_id, lang=check_lang(lang), today=today)
    return render_summary(report, plan_file)


def send_to_counsellor(
    ws: Workspace, student_id: int, plan_id: int, folder: Path, *, lang: str = "fi"
) -> Sent:
    """Write ``NUMBER-plan.json`` and ``NUMBER-summary.pdf`` into ``folder``
    (each whole or not at all, owner-only); the summary is made first, so a
    failure leaves no plan file without it."""
    student = ws.student(student_id)
    stem = file_stem(student.number, student_id)
    plan_path = folder / f"{stem}-plan.json"
    pdf = summary_pdf(ws, student_id, plan_id, plan_path.name, lang=lang)
    plan_file = export_plan(ws, student_id, plan_path)
    summary = folder / f"{stem}-summary.pdf"
    write_bytes(summary, pdf)
    return Sent(plan_file, summary)
