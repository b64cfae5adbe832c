"""Names the data lacks in the document's language: the printed plan says
so once under the table ("Names of national modules are in Finnish …")
instead of "(in Finnish)" on every row; the app keeps its per-row mark."""

from __future__ import annotations

import io
from datetime import date

import pytest
import report_samples as rs
from planner_fixtures import Tiny
from pypdf import PdfReader

from schoolaas.reports import text
from schoolaas.reports.pdf import render_pdf
from schoolaas.reports.study_plan import StudyPlanReport, assemble
from schoolaas.reports.summary import render_summary
from schoolaas.services.printing.reports import study_plan_pdf, study_plan_report
from schoolaas.services.workspace import Workspace

FI_NOTE = "Names of national modules are in Finnish: the national curriculum has no English names."


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _report(name_langs: dict[int, str]) -> StudyPlanReport:
    items, names = rs.items()
    return assemble(
        lang="en",
        school="Otaniemen lukio",
        student=rs.student(),
        plan_id=42,
        plan_name="Plan A",
        items=items,
        names=names,
        audit=rs.audit(),
        periods=rs.periods(),
        printed=date(2026, 11, 27),
        name_langs=name_langs,
    )


def test_the_report_knows_which_names_are_in_another_language() -> None:
    report = _report({1: "fi", 2: "fi", 6: "sv"})
    by_id = {i.item_id: i for s in report.sections for i in s.items}
    assert by_id[1].name_lang == "fi"
    assert by_id[4].name_lang is None
    assert report.name_languages == ("fi", "sv")
    assert _report({}).name_languages == ()


def test_the_pdf_says_it_once_under_the_table_not_on_every_row() -> None:
    whole = _text(render_pdf(_report({i: "fi" for i in range(1, 6)})))
    assert "(in Finnish)" not in whole
    assert whole.count(FI_NOTE) == 1
    assert whole.index(FI_NOTE) < whole.index("Credits")  # under the course table
    assert "Tekstit ja vuorovaikutus" in whole  # the name itself, unmarked


def test_no_note_when_every_name_is_in_the_documents_language() -> None:
    whole = _text(render_pdf(_report({})))
    assert "Names of" not in whole
    assert "Names without" not in whole


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_language_pair_has_a_note(lang: str) -> None:
    for used in ("fi", "sv", "en"):
        note = text.names_note(used, lang)
        assert bool(note) == (used != lang), (used, lang)


def test_from_the_database_in_every_language(ws: Workspace, tiny: Tiny) -> None:
    """Tiny: MAA6 has only a Finnish name, CS-A1111 only an English one."""
    english = study_plan_report(ws, tiny.aino, lang="en")
    names = {i.code: (i.name, i.name_lang) for s in english.sections for i in s.items}
    assert names["MAA6"] == ("Derivaatta", "fi")
    assert names["CS-A1111"] == ("Basic Course in Programming Y1", None)
    whole = _text(study_plan_pdf(ws, tiny.aino, lang="en"))
    assert "(in Finnish)" not in whole
    assert FI_NOTE in whole
    finnish = _text(study_plan_pdf(ws, tiny.aino, lang="fi"))
    assert "(englanniksi)" not in finnish
    assert text.names_note("en", "fi") in finnish
    swedish = study_plan_report(ws, tiny.aino, lang="sv")
    assert swedish.name_languages == ("en", "fi")


def test_the_summary_notes_the_aalto_names_too(ws: Workspace, tiny: Tiny) -> None:
    report = study_plan_report(ws, tiny.aino, lang="fi")
    page = _text(render_summary(report, "plan.json"))
    assert "Basic Course in Programming Y1" in page
    assert "(englanniksi)" not in page
    assert text.names_note("en", "fi") in page
