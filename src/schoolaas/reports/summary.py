"""The one-page summary a student sends with their plan file ("Send to
counsellor"): who, which plan and when; the credits against the targets; the
planned Aalto courses with their op and period; the open findings counted by
severity with the first few in words; a footer naming the plan file.

It reads the same StudyPlanReport as the full printed plan (pdf.py) and
uses its fonts, styles and words. It is always exactly one A4 page: the
lists are cut to a few rows ("and 12 more") and whatever still does not fit
is shrunk onto the page, never carried over to a second one."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from schoolaas.domain.model import ItemStatus, Provider
from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily, font_family
from schoolaas.reports.pages import a4_document
from schoolaas.reports.pages import footer as page_footer
from schoolaas.reports.plan_parts import credit_table
from schoolaas.reports.study_plan import StudyPlanReport
from schoolaas.reports.style import (
    ACCENT,
    BAND,
    num,
    para,
    stylesheet,
)
from schoolaas.reports.timetable import AALTO_FILL
from schoolaas.wording import findings

MAX_COURSES = 14  # Aalto courses listed; the rest "and N more"
MAX_FINDINGS = 5  # open findings worded; the rest counted
MAX_FINDING_CHARS = 260  # one finding's sentence at most, cut with "…"
TARGET_LINES = 3  # total, compulsory, national electives: the lines with a target
SEVERITIES = ("error", "warning", "info")


def render_summary(report: StudyPlanReport, plan_file: str) -> bytes:
    """The summary of ``report`` as one A4 page of PDF; ``plan_file`` is the
    name of the plan file it goes with (printed in the footer)."""
    fonts = font_family()
    styles = stylesheet(fonts)
    lang = report.lang
    out = io.BytesIO()
    doc, frame = a4_document(
        out,
        fonts,
        title=f"{text.word('summary_title', lang)} – {report.student.name}",
        author=report.student.name,
        subject=report.plan_name,
    )
    footer = text.word(
        "summary_footer",
        lang,
        date=text.format_date(report.printed, lang),
        file=plan_file,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        page_footer(canvas, fonts, footer)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story = summary_story(report, styles, fonts, doc.width)
    # one page always: what the cut lists still leave too tall is shrunk to fit
    doc.build([KeepInFrame(doc.width, doc.height - 1, story, mode="shrink")])
    return out.getvalue()


def summary_story(
    report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float
) -> list[Flowable]:
    lang = report.lang
    return [
        para(report.school, s["school"]),
        para(text.word("summary_title", lang), s["title"]),
        Spacer(1, 3 * mm),
        _who(report, s, width),
        para(text.word("credits", lang), s["h2"]),
        credit_table(report, f, width, lines=TARGET_LINES, padding=2.5, university=False),
        para(text.word("summary_aalto", lang), s["h2"]),
        *_aalto(report, s, f, width),
        para(text.word("findings_open", lang), s["h2"]),
        *_findings(report, s),
    ]


def _who(report: StudyPlanReport, s: StyleSheet1, width: float) -> Table:
    lang = report.lang
    fields = [
        (text.word("student", lang), report.student.name),
        (text.word("plan", lang), report.plan_name),
        (text.word("summary_date", lang), text.format_date(report.printed, lang)),
    ]
    table = Table(
        [
            [para(label, s["label"]) for label, _ in fields],
            [para(value, s["value"]) for _, value in fields],
        ],
        colWidths=[width * 0.42, width * 0.38, width * 0.20],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _aalto(report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float) -> list[Flowable]:
    """The plan's Aalto courses (not failed ones), with op and period."""
    lang = report.lang
    rows = [
        (item, section.title)
        for section in report.sections
        for item in section.items
        if item.provider == Provider.AALTO and item.status != ItemStatus.FAILED
    ]
    if not rows:
        return [para(text.word("summary_no_aalto", lang), s["body"])]
    head = [
        text.word(k, lang) for k in ("col_code", "col_name", "col_op", "col_ects", "summary_period")
    ]
    data: list[list[Any]] = [head]
    for item, period in rows[:MAX_COURSES]:
        data.append(
            [
                item.code,
                para(item.name, s["cell"]),
                num(item.op, lang),
                num(item.ects, lang),
                para(period, s["cell"]),
            ]
        )
    widths = [2.4 * cm, None, 1.1 * cm, 1.2 * cm, 4.6 * cm]
    widths[1] = width - sum(w for w in widths if w is not None)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f.regular, 8.5),
                ("FONT", (0, 0), (-1, 0), f.bold, 8.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("BACKGROUND", (0, 1), (0, -1), AALTO_FILL),
                ("ALIGN", (2, 0), (3, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    out: list[Flowable] = [table]
    more = len(rows) - MAX_COURSES
    if more > 0:
        out += [Spacer(1, 2), para(text.word("summary_more", lang, n=more), s["small"])]
    used = sorted({item.name_lang for item, _ in rows[:MAX_COURSES] if item.name_lang})
    notes = [note for note in (text.names_note(u, lang) for u in used) if note]
    out += [p for note in notes for p in (Spacer(1, 2), para(note, s["small"]))]
    return out


def _findings(report: StudyPlanReport, s: StyleSheet1) -> list[Flowable]:
    lang = report.lang
    lines = report.open_findings
    if not lines:
        return [para(text.word("no_findings", lang), s["body"])]
    counts = Counter(line.severity for line in lines)
    tally = " · ".join(
        f"{findings.severity(level, lang)}: {counts[level]}"
        for level in SEVERITIES
        if counts[level]
    )
    out: list[Flowable] = [para(tally, s["cellb"]), Spacer(1, 3)]
    for line in lines[:MAX_FINDINGS]:
        tag = findings.severity(line.severity, lang)
        colour = "#b3261e" if line.severity == "error" else "#8a6100"
        sentence = line.text
        if len(sentence) > MAX_FINDING_CHARS:
            sentence = sentence[: MAX_FINDING_CHARS - 1].rstrip() + "…"
        out.append(
            Paragraph(
                f'<font color="{colour}"><b>{escape(tag)}</b></font> {escape(sentence)}',
                s["finding"],
            )
        )
    more = len(lines) - MAX_FINDINGS
    if more > 0:
        out.append(para(text.word("summary_more", lang, n=more), s["small"]))
    return out
