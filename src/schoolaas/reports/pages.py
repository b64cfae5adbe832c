"""The pages of the printed plan: the A4 document with its margins, and the
canvas that gives every page the running head and "page N of M" of its own
student (several students' plans in one PDF each count their own pages)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame

from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily
from schoolaas.reports.study_plan import StudyPlanReport
from schoolaas.reports.style import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE


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


class StartOf(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to report ``index``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._report_index = self.index


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


def footer(c: Canvas, f: FontFamily, left: str, centre: str = "", right: str = "") -> None:
    """The house footer under the body frame: a rule, then small muted words
    at the left, centre and right (the printed plan and the summary)."""
    width, _ = A4
    y = MARGIN_BOTTOM - 0.9 * cm
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
    c.setFont(f.regular, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN_X, y, left)
    if centre:
        c.drawCentredString(width / 2, y, centre)
    if right:
        c.drawRightString(width - MARGIN_X, y, right)
    c.restoreState()


def _plan_footer(
    c: Canvas, report: StudyPlanReport, f: FontFamily, page: int, total: int
) -> None:
    lang = report.lang
    footer(
        c,
        f,
        f"{text.word('plan', lang)}: {report.plan_name} · {report.student.name}",
        f"{text.word('printed', lang)} {text.format_date(report.printed, lang)}",
        text.word("page", lang, n=page, m=total),
    )


def numbered_canvas(reports: Sequence[StudyPlanReport], f: FontFamily) -> type[Canvas]:
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
                _plan_footer(self, reports[owner], f, seen[owner], totals[owner])
                super().showPage()
            super().save()

    return NumberedCanvas
