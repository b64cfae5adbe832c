"""Render a StudyPlanReport to PDF bytes (A4, embedded TrueType fonts).

Layout: a title block with the school and the student, the plan as one table
split by period (the column header repeats on every page), the credit
summary, the findings, the week timetable of the chosen period and the
signature lines. Every page carries the plan's name, the print date and
"page N of M". All user text is escaped before it reaches a Paragraph.
The house style is style.py's, the pages pages.py's, the course table,
credits, findings and timetable plan_parts.py's."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily, font_family
from schoolaas.reports.pages import StartOf, a4_document, numbered_canvas
from schoolaas.reports.plan_parts import (
    credit_table,
    findings_part,
    name_notes,
    plan_table,
    timetable_part,
)
from schoolaas.reports.study_plan import StudyPlanReport
from schoolaas.reports.style import ACCENT, BAND, para, stylesheet


def render_pdf(report: StudyPlanReport) -> bytes:
    """The report as PDF bytes."""
    return render_many([report])


def render_many(reports: Sequence[StudyPlanReport], title: str | None = None) -> bytes:
    """Several students' plans in one PDF: each starts on a new page and
    counts its own pages ("page 1 of 3"), so the printout can be split."""
    if not reports:
        raise ValueError("no reports to render")
    fonts = font_family()
    styles = stylesheet(fonts)
    first = reports[0]
    out = io.BytesIO()
    doc, frame = a4_document(
        out,
        fonts,
        title=title or f"{text.word('title', first.lang)} – {first.student.name}",
        author=first.school,
        subject=first.plan_name if len(reports) == 1 else "",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, report in enumerate(reports):
        if index:
            story.append(PageBreak())
        story.append(StartOf(index))
        story += _story(report, styles, fonts, doc.width)
    doc.build(story, canvasmaker=numbered_canvas(reports, fonts))
    return out.getvalue()


def _story(report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float) -> list[Flowable]:
    lang = report.lang
    story: list[Flowable] = [
        para(report.school, s["school"]),
        para(text.word("title", lang), s["title"]),
        Spacer(1, 4 * mm),
        _student_block(report, s, width),
        Spacer(1, 3 * mm),
        para(text.word("courses", lang), s["h2"]),
        plan_table(report, s, f, width),
        *name_notes(report, s),
        CondPageBreak(6 * cm),
        para(text.word("credits", lang), s["h2"]),
        credit_table(report, f, width),
    ]
    story += findings_part(report, s)
    if report.timetable is not None:
        story += timetable_part(report, s, f, width)
    story.append(_signatures(report, s, width))
    return story


def _student_block(report: StudyPlanReport, s: StyleSheet1, width: float) -> Table:
    lang, st = report.lang, report.student
    maths = text.word(f"maths_{st.maths}", lang) if st.maths in ("MAA", "MAB") else st.maths
    fields = [
        (text.word("student", lang), st.name),
        (text.word("number", lang), st.number),
        (text.word("group", lang), st.group or "–"),
        (text.word("start_year", lang), str(st.start_year)),
        (text.word("maths", lang), maths),
        (text.word("plan", lang), report.plan_name),
    ]
    cells = [[para(label, s["label"]), para(value, s["value"])] for label, value in fields]
    data = [
        [cells[i][0] for i in (0, 1, 2)],
        [cells[i][1] for i in (0, 1, 2)],
        [cells[i][0] for i in (3, 4, 5)],
        [cells[i][1] for i in (3, 4, 5)],
    ]
    table = Table(data, colWidths=[width * 0.44, width * 0.24, width * 0.32])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font_family().regular, 9),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("TOPPADDING", (0, 2), (-1, 2), 6),
                ("BOTTOMPADDING", (0, 3), (-1, 3), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _signatures(report: StudyPlanReport, s: StyleSheet1, width: float) -> Flowable:
    lang = report.lang
    roles = ("sign_student", "sign_guardian", "sign_counsellor")
    rows: list[list[Any]] = []
    for role in roles:
        rows.append(["", ""])
        label = s["label"]
        rows.append([para(text.word(role, lang), label), para(text.word("sign_date", lang), label)])
    table = Table(
        rows, colWidths=[width * 0.6, width * 0.4], rowHeights=[11 * mm, 5 * mm] * len(roles)
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font_family().regular, 9),
                *[("LINEBELOW", (0, i), (0, i), 0.7, colors.black) for i in range(0, 6, 2)],
                *[("LINEBELOW", (1, i), (1, i), 0.7, colors.black) for i in range(0, 6, 2)],
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 12),
            ]
        )
    )
    return KeepTogether(
        [
            Spacer(1, 6 * mm),
            para(text.word("signatures", lang), s["h2"]),
            para(text.word("signatures_intro", lang), s["body"]),
            table,
        ]
    )
