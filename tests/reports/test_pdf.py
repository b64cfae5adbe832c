"""The rendered PDF: what a reader sees in it, and how it is built."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
import report_samples as rs
from pypdf import PdfReader

from schoolaas.domain.model import AuditItem, ItemStatus
from schoolaas.reports import fonts
from schoolaas.reports.pdf import render_many, render_pdf
from schoolaas.reports.study_plan import StudyPlanReport, assemble


def _report(
    lang: str = "fi", items: list[AuditItem] | None = None, names: dict[int, str] | None = None
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
        audit=rs.audit(),
        periods=rs.periods(),
        printed=date(2026, 11, 27),
        timetable_period="OTA:2026-27/2",
    )


@pytest.fixture(scope="module")
def fi_pdf() -> bytes:
    return render_pdf(_report("fi"))


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_is_an_a4_pdf(fi_pdf: bytes) -> None:
    assert fi_pdf.startswith(b"%PDF-")
    page = PdfReader(io.BytesIO(fi_pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_text_has_name_codes_totals_and_finnish_letters(fi_pdf: bytes) -> None:
    whole = "\n".join(_pages(fi_pdf))
    assert "Äijä Öhman-Åberg" in whole
    for code in ("ÄI1", "MAA2", "RUB11", "MAA6", "FY3", "CS-A1111", "MS-A0111", "BI1"):
        assert code in whole
    assert "22 op" in whole
    assert "150 op" in whole
    assert "102 op" in whole
    assert "10 ECTS" in whole
    assert "puuttuu 128" in whole
    assert "Sähkö" in whole
    assert "Opintosuunnitelma" in whole


def test_user_text_is_escaped_not_parsed_as_markup(fi_pdf: bytes) -> None:
    whole = "\n".join(_pages(fi_pdf))
    assert "&" in whole
    assert "<viestintä>" in whole


def test_findings_signatures_timetable_and_footer(fi_pdf: bytes) -> None:
    pages = _pages(fi_pdf)
    whole = "\n".join(pages)
    assert "Päällekkäiset tapaamiset" in whole
    assert "Hyväksynyt Counsellor Virtanen 2.10.2026" in whole
    assert "Viikkolukujärjestys: 2026-27, 2. jakso" in whole
    for role in ("Opiskelija", "Huoltaja", "Opinto-ohjaaja", "Paikka ja päivämäärä"):
        assert role in whole
    for n, page in enumerate(pages, start=1):
        assert f"Sivu {n}/{len(pages)}" in page
        assert "Tulostettu 27.11.2026" in page
        assert "Plan A (2026)" in page


@pytest.mark.parametrize(
    ("lang", "title", "page"),
    [
        ("en", "Study plan", "Page 1 of"),
        ("sv", "Studieplan", "Sida 1 av"),
    ],
)
def test_document_language(lang: str, title: str, page: str) -> None:
    first = _pages(render_pdf(_report(lang)))[0]
    assert title in first
    assert page in first


def test_long_plan_spans_pages_with_the_table_header_repeated() -> None:
    base, _ = rs.items()
    template = base[3]
    many = [
        replace(
            template,
            item_id=100 + n,
            code=f"XX{n}",
            label=f"XX{n:02d}.1",
            sessions=(),
            status=ItemStatus.PLANNED,
        )
        for n in range(120)
    ]
    names = {i.item_id: f"Kurssi numero {i.item_id} – äöå" for i in many}
    pdf = render_pdf(_report("fi", items=many, names=names))
    pages = _pages(pdf)
    assert len(pages) >= 4
    table_pages = [p for p in pages if re.search(r"XX\d+", p)]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert re.search(r"Koodi\s+Nimi\s+Järjestäjä", page), page[:300]
    whole = "\n".join(pages)
    assert all(f"XX{n}\n" in whole or f"XX{n} " in whole for n in range(120))


def _font_dicts(pdf: bytes) -> list[dict[str, object]]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            found.append(ref.get_object())
    return found


def _assert_embedded(pdf: bytes) -> set[str]:
    fonts_seen = _font_dicts(pdf)
    assert fonts_seen
    names = set()
    for font in fonts_seen:
        names.add(str(font["/BaseFont"]))
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert not any("Helvetica" in n for n in names)
    return names


def test_fonts_are_embedded_truetype_and_never_helvetica(fi_pdf: bytes) -> None:
    names = _assert_embedded(fi_pdf)
    assert any("DejaVuSans" in n or "Vera" in n for n in names)


def test_vera_fallback_is_embedded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    vera = fonts.font_family(prefer_dejavu=False)
    assert vera.source == "Vera"
    monkeypatch.setattr("schoolaas.reports.pdf.font_family", lambda: vera)
    pdf = render_pdf(_report("sv"))
    names = _assert_embedded(pdf)
    assert all("Vera" in n for n in names)
    assert "Öhman-Åberg" in _pages(pdf)[0]


def test_plan_without_items_or_timetable_still_renders() -> None:
    empty = replace(_report("en", items=[], names={}), timetable=None)
    text = "\n".join(_pages(render_pdf(empty)))
    assert "Study plan" in text
    assert "Signatures" in text


def test_aalto_course_shows_provider_op_and_ects(fi_pdf: bytes) -> None:
    page = _pages(fi_pdf)[0]
    row = page[page.index("CS-A1111") :].split("\n")[:6]
    assert row == ["CS-A1111", "Programming 1", "Aalto-yliopisto", "5", "5", "suunniteltu"]
    school_row = page[page.index("MAA6") :].split("\n")[:5]
    assert school_row == ["MAA6", "Derivaatta", "Lukio", "3", "ilmoittautunut"]


def test_merged_pdf_numbers_each_students_pages_on_their_own() -> None:
    first = _report("fi")
    second = replace(first, student=replace(first.student, name="Eero Lahtinen"), timetable=None)
    pdf = render_many([first, second, first], title="Ryhmä 24A")
    pages = _pages(pdf)
    alone = len(_pages(render_pdf(first)))
    other = len(_pages(render_pdf(second)))
    assert len(pages) == 2 * alone + other
    footers = [re.search(r"Sivu (\d+)/(\d+)", p).groups() for p in pages]  # type: ignore[union-attr]
    expected = [(str(n), str(alone)) for n in range(1, alone + 1)]
    expected += [(str(n), str(other)) for n in range(1, other + 1)]
    expected += [(str(n), str(alone)) for n in range(1, alone + 1)]
    assert footers == expected
    eero = pages[alone]
    assert "Eero Lahtinen" in eero
    assert "Äijä Öhman-Åberg" not in eero  # a student's page shows no one else
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Ryhmä 24A"
