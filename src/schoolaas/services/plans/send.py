""" "Send to counsellor": the student's plans as a plan file (what
``schoolaas import plan FILE`` reads back) and the printed study plan of the
open plan as a PDF, side by side in one folder, named by the student."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from schoolaas.services.imports.files import export_plan
from schoolaas.services.printing.reports import check_lang, study_plan_pdf, write_bytes
from schoolaas.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Sent:
    plan_file: Path
    summary: Path


def send_to_counsellor(
    ws: Workspace, student_id: int, plan_id: int, folder: Path, *, lang: str = "fi"
) -> Sent:
    """Write ``NUMBER-plan.json`` and ``NUMBER-plan.pdf`` into ``folder``
    (each whole or not at all, owner-only)."""
    student = ws.student(student_id)
    stem = "".join(c for c in student.number if c.isalnum() or c in "-_") or str(student_id)
    pdf = study_plan_pdf(ws, student_id, plan_id, lang=check_lang(lang))
    plan_file = export_plan(ws, student_id, folder / f"{stem}-plan.json")
    summary = folder / f"{stem}-plan.pdf"
    write_bytes(summary, pdf)
    return Sent(plan_file, summary)
