"""The parts of the printed plan's story: the course table by period, the
notes on names in another language, the credits against their targets, the
findings and the week timetable of a period."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import cm, mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from schoolaas.domain.model import ItemStatus, Provider
from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily
from schoolaas.reports.study_plan import CreditLine, StudyPlanReport
from schoolaas.reports.style import ACCENT, BAND, MUTED, RULE, num, para
from schoolaas.reports.timetable import AALTO_FILL, EXAM_FILL, SCHOOL_FILL, WeekGrid
from schoolaas.wording import findings


def plan_table(report: StudyPlanReport, s: StyleSheet1, f: FontFamily, width: float) -> Table:
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
        data.append([para(section.title, s["cellb"]), "", "", num(section.op, lang), "", "", ""])
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
                    para(item.name, s["cell"]),
                    provider,
                    num(item.op, lang),
                    num(item.ects, lang),
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
    return [Spacer(1, 2), *(para(note, s["small"]) for note in notes if note)] if notes else []


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
                "" if line.done is None else f"{num(line.done, lang)} {unit}",
                f"{num(line.planned, lang)} {unit}",
                "" if line.required is None else f"{num(line.required, lang)} {unit}",
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
                f"{num(report.university_ects, lang)} ECTS",
                "",
                "",
            ]
        )
    table = Table(
        data, colWidths=[width * 0.38, width * 0.14, width * 0.16, width * 0.14, width * 0.18]
    )
    table.setStyle(TableStyle(style))
    return table


def findings_part(report: StudyPlanReport, s: StyleSheet1) -> list[Flowable]:
    lang = report.lang
    out: list[Flowable] = [CondPageBreak(3 * cm), para(text.word("findings", lang), s["h2"])]
    if not report.open_findings:
        out.append(para(text.word("no_findings", lang), s["body"]))
    else:
        out.append(para(text.word("findings_open", lang), s["cellb"]))
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
        out += [Spacer(1, 4), para(text.word("findings_accepted", lang), s["cellb"]), Spacer(1, 2)]
        for line in report.accepted_findings:
            when = text.format_date(line.accepted_on, lang) if line.accepted_on else ""
            note = findings.acceptance(line.accepted_by or "", when, line.reason or "", lang)
            out.append(Paragraph(f"✓ {escape(line.text)}<br/><i>{escape(note)}</i>", s["finding"]))
    return out


def timetable_part(
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
    head = para(f"{text.word('timetable', lang)}: {tt.title}", s["h2"])
    if not tt.blocks:
        return [CondPageBreak(4 * cm), head, para(text.word("timetable_empty", lang), s["body"])]
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
        para(note, s["small"]),
        Spacer(1, 2 * mm),
        legend,
        Spacer(1, 2 * mm),
        grid,
    ]
