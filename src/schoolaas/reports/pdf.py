"""Render a StudyPlanReport to PDF bytes (A4, embedded TrueType fonts).

Layout: a title block with the school and the student, the plan as one table
split by period (the column header repeats on every page), the credit
summary, the findings, the week timetable of the chosen period and the
signature lines. Every page carries the plan's name, the print date and
"page N of M". All user text is escaped before it reaches a Paragraph."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from schoolaas.domain.model import ItemStatus, Provider
from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily, font_family
from schoolaas.reports.study_plan import CreditLine, StudyPlanReport
from schoolaas.reports.timetable import AALTO_FILL, EXAM_FILL, SCHOOL_FILL, WeekGrid
from schoolaas.wording import findings

MARGIN_X = 1.8 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.0 * cm
ACCENT = colors.HexColor("#1f3f66")
RULE = colors.HexColor("#9aa7b5")
BAND = colors.HexColor("#e8eef5")
MUTED = colors.HexColor("#5a5a5a")


def stylesheet(f: FontFamily) -> StyleSheet1:
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=f.regular, fontSize=9.5, leading=12.5)
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "title", parent=base, fontName=f.bold, fontSize=20, leading=24, textColor=ACCENT
        )
    )
    sheet.add(
        ParagraphStyle(
            "school", parent=base, fontName=f.bold, fontSize=11, leading=14, textColor=MUTED
        )
    )
    sheet.add(
        ParagraphStyle(
            "h2",
            parent=base,
            fontName=f.bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        )
    )
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("cellb", parent=base, fontName=f.bold, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("num", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "finding",
            parent=base,
            fontSize=9,
            leading=11.5,
            leftIndent=14,
            firstLineIndent=-14,
            spaceAfter=3,
        )
    )
    sheet.add(ParagraphStyle("label", parent=base, fontSize=7.5, leading=9, textColor=MUTED))
    sheet.add(ParagraphStyle("value", parent=base, fontName=f.bold, fontSize=10.5, leading=13))
    return sheet


def render_pdf(report: StudyPlanReport) -> bytes:
    """The report as PDF bytes."""
    return render_many([report])


def a4_document(
    out: io.BytesIO, fonts: FontFamily, *, title: str, author: str, subject: str
) -> tuple[BaseDocTemplate, Frame]:
    """An A4 document with the house margins and its metadata, and the one
    body frame that fills it (the printed plan and the one-page summary)."""
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="SchoolaaS Planner",
        initialFontName=fonts.regular,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return doc, frame


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
        story.append(_StartOf(index))
        story += _story(report, styles, fonts, doc.width)
    doc.build(story, canvasmaker=_numbered_canvas(reports, fonts))
    return out.getvalue()


class _StartOf(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to report ``index``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._report_index = self.index


def _p(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(value)), style)


def _story(report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float) -> list[Flowable]:
    lang = report.lang
    story: list[Flowable] = [
        _p(report.school, s["school"]),
        _p(text.word("title", lang), s["title"]),
        Spacer(1, 4 * mm),
        _student_block(report, s, width),
        Spacer(1, 3 * mm),
        _p(text.word("courses", lang), s["h2"]),
        _plan_table(report, s, f, width),
        *name_notes(report, s),
        CondPageBreak(6 * cm),
        _p(text.word("credits", lang), s["h2"]),
        credit_table(report, f, width),
    ]
    story += _findings(report, s)
    if report.timetable is not None:
        story += _timetable(report, s, f, width)
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
    cells = [[_p(label, s["label"]), _p(value, s["value"])] for label, value in fields]
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


def _num(value: float | None, lang: str) -> str:
    return "" if value is None else text.format_number(value, lang)


def _plan_table(report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float) -> Table:
    lang = report.lang
    head = [
        text.word(k, lang)
        for k in (
            "col_code",
            "col_name",
            "col_provider",
            "col_op",
            "col_ects",
            "col_status",
            "col_grade",
        )
    ]
    data: list[list[Any]] = [head]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f.regular, 8.5),
        ("FONT", (0, 0), (-1, 0), f.bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (3, 0), (4, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
    ]
    for section in report.sections:
        row = len(data)
        data.append([_p(section.title, s["cellb"]), "", "", _num(section.op, lang), "", "", ""])
        style += [
            ("SPAN", (0, row), (2, row)),
            ("BACKGROUND", (0, row), (-1, row), BAND),
            ("FONT", (3, row), (3, row), f.bold, 8.5),
            ("LINEABOVE", (0, row), (-1, row), 0.6, RULE),
        ]
        for item in section.items:
            provider = text.word(f"provider_{item.provider.value}", lang)
            status = text.word(f"status_{item.status.value}", lang)
            data.append(
                [
                    item.code,
                    _p(item.name, s["cell"]),
                    provider,
                    _num(item.op, lang),
                    _num(item.ects, lang),
                    status,
                    item.grade or "",
                ]
            )
            r = len(data) - 1
            style.append(("LINEBELOW", (0, r), (-1, r), 0.25, colors.HexColor("#dddddd")))
            if item.status == ItemStatus.FAILED:
                style.append(("TEXTCOLOR", (0, r), (-1, r), MUTED))
            if item.provider == Provider.AALTO:
                style.append(("BACKGROUND", (0, r), (0, r), AALTO_FILL))
    widths = [2.2 * cm, None, 2.7 * cm, 1.0 * cm, 1.2 * cm, 2.4 * cm, 2.0 * cm]
    fixed = sum(w for w in widths if w is not None)
    widths[1] = width - fixed
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def name_notes(report: StudyPlanReport, s: StyleSheet1) -> list[Flowable]:
    """Under a table: which names are in another language, said once
    instead of "(in Finnish)" on every row."""
    notes = [text.names_note(used, report.lang) for used in report.name_languages]
    return [Spacer(1, 2), *(_p(note, s["small"]) for note in notes if note)] if notes else []


def _credit_state(line: CreditLine, lang: str) -> str:
    if line.required is None:
        return ""
    if line.short > 0:
        return text.word("short", lang, x=text.format_number(line.short, lang))
    return text.word("ok", lang)


def credit_table(
    report: StudyPlanReport,
    f: FontFamily,
    width: float,
    *,
    lines: int | None = None,
    padding: float = 3,
    university: bool = True,
) -> Table:
    """The credits against their targets: the first ``lines`` lines of the
    report's credits (all of them by default), then the university's ECTS
    when ``university`` (the one-page summary leaves it out)."""
    lang = report.lang
    data: list[list[Any]] = [
        [
            "",
            text.word("col_done", lang),
            text.word("col_planned", lang),
            text.word("col_target", lang),
            text.word("col_state", lang),
        ]
    ]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f.regular, 9),
        ("FONT", (0, 0), (-1, 0), f.bold, 8.5),
        ("FONT", (0, 1), (0, -1), f.bold, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dddddd")),
        ("ALIGN", (1, 0), (3, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    unit = text.word("col_op", lang)
    for line in report.credits[:lines]:
        data.append(
            [
                line.label,
                "" if line.done is None else f"{_num(line.done, lang)} {unit}",
                f"{_num(line.planned, lang)} {unit}",
                "" if line.required is None else f"{_num(line.required, lang)} {unit}",
                _credit_state(line, lang),
            ]
        )
        r = len(data) - 1
        if line.required is not None:
            ok = line.short == 0
            style.append(
                (
                    "TEXTCOLOR",
                    (4, r),
                    (4, r),
                    colors.HexColor("#2e7d32") if ok else colors.HexColor("#b3261e"),
                )
            )
    if university:
        data.append(
            [
                text.word("credit_university_ects", lang),
                "",
                f"{_num(report.university_ects, lang)} ECTS",
                "",
                "",
            ]
        )
    table = Table(
        data, colWidths=[width * 0.38, width * 0.14, width * 0.16, width * 0.14, width * 0.18]
    )
    table.setStyle(TableStyle(style))
    return table


def _findings(report: StudyPlanReport, s: StyleSheet1) -> list[Flowable]:
    lang = report.lang
    out: list[Flowable] = [CondPageBreak(3 * cm), _p(text.word("findings", lang), s["h2"])]
    if not report.open_findings:
        out.append(_p(text.word("no_findings", lang), s["body"]))
    else:
        out.append(_p(text.word("findings_open", lang), s["cellb"]))
        out.append(Spacer(1, 2))
        for line in report.open_findings:
            tag = findings.severity(line.severity, lang)
            colour = "#b3261e" if line.severity == "error" else "#8a6100"
            out.append(
                Paragraph(
                    f'<font color="{colour}"><b>{escape(tag)}</b></font> {escape(line.text)}',
                    s["finding"],
                )
            )
    if report.accepted_findings:
        out += [Spacer(1, 4), _p(text.word("findings_accepted", lang), s["cellb"]), Spacer(1, 2)]
        for line in report.accepted_findings:
            when = text.format_date(line.accepted_on, lang) if line.accepted_on else ""
            note = findings.acceptance(line.accepted_by or "", when, line.reason or "", lang)
            out.append(Paragraph(f"✓ {escape(line.text)}<br/><i>{escape(note)}</i>", s["finding"]))
    return out


def _timetable(
    report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float
) -> list[Flowable]:
    tt = report.timetable
    assert tt is not None
    lang = report.lang
    note = text.word(
        "timetable_note",
        lang,
        start=text.format_date(tt.start, lang),
        end=text.format_date(tt.end, lang),
    )
    head = _p(f"{text.word('timetable', lang)}: {tt.title}", s["h2"])
    if not tt.blocks:
        return [CondPageBreak(4 * cm), head, _p(text.word("timetable_empty", lang), s["body"])]
    legend = Table(
        [
            [
                "",
                text.word("provider_school", lang),
                "",
                text.word("provider_aalto", lang),
                "",
                text.word("exam", lang),
            ]
        ],
        colWidths=[4 * mm, 3 * cm, 4 * mm, 3.5 * cm, 4 * mm, 2 * cm],
    )
    legend.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f.regular, 7.5),
                ("BACKGROUND", (0, 0), (0, 0), SCHOOL_FILL),
                ("BACKGROUND", (2, 0), (2, 0), AALTO_FILL),
                ("BACKGROUND", (4, 0), (4, 0), EXAM_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    grid = WeekGrid(tt.blocks, f, lang, width, 13.5 * cm)
    return [
        CondPageBreak(17.5 * cm),
        head,
        _p(note, s["small"]),
        Spacer(1, 2 * mm),
        legend,
        Spacer(1, 2 * mm),
        grid,
    ]


def _signatures(report: StudyPlanReport, s: StyleSheet1, width: float) -> Flowable:
    lang = report.lang
    roles = ("sign_student", "sign_guardian", "sign_counsellor")
    rows: list[list[Any]] = []
    for role in roles:
        rows.append(["", ""])
        rows.append(
            [_p(text.word(role, lang), s["label"]), _p(text.word("sign_date", lang), s["label"])]
        )
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
            _p(text.word("signatures", lang), s["h2"]),
            _p(text.word("signatures_intro", lang), s["body"]),
            table,
        ]
    )


def _running_head(c: Canvas, report: StudyPlanReport, f: FontFamily) -> None:
    c.saveState()
    width, height = A4
    c.setFont(f.regular, 8)
    c.setFillColor(MUTED)
    y = height - MARGIN_TOP + 0.6 * cm
    c.drawString(MARGIN_X, y, f"{text.word('title', report.lang)} – {report.student.name}")
    c.drawRightString(width - MARGIN_X, y, report.school)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
    c.restoreState()


def _footer(c: Canvas, report: StudyPlanReport, f: FontFamily, page: int, total: int) -> None:
    lang = report.lang
    width, _ = A4
    y = MARGIN_BOTTOM - 0.9 * cm
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
    c.setFont(f.regular, 7.5)
    c.setFillColor(MUTED)
    c.drawString(
        MARGIN_X, y, f"{text.word('plan', lang)}: {report.plan_name} · {report.student.name}"
    )
    c.drawCentredString(
        width / 2, y, f"{text.word('printed', lang)} {text.format_date(report.printed, lang)}"
    )
    c.drawRightString(width - MARGIN_X, y, text.word("page", lang, n=page, m=total))
    c.restoreState()


def _numbered_canvas(reports: Sequence[StudyPlanReport], f: FontFamily) -> type[Canvas]:
    """A canvas that holds its pages until the end, so that every page can
    say "page N of M" of its own student and carry that student's head."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = f.regular  # else Helvetica lands in the resources
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._report_index = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            owners = [state["_report_index"] for state in self._pages]
            totals = Counter(owners)
            seen: Counter[int] = Counter()
            for state, owner in zip(self._pages, owners, strict=True):
                self.__dict__.update(state)
                seen[owner] += 1
                if seen[owner] > 1:
                    _running_head(self, reports[owner], f)
                _footer(self, reports[owner], f, seen[owner], totals[owner])
                super().showPage()
            super().save()

    return NumberedCanvas
