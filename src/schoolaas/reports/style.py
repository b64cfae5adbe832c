"""The house style of the printed plan and its one-page summary: margins,
colours, the paragraph stylesheet, and user text or a number made ready for
a table cell (escaped before it reaches a Paragraph)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph

from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily

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


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """``value`` as plain text (escaped, never markup) in ``style``."""
    return Paragraph(escape(str(value)), style)


def num(value: float | None, lang: str) -> str:
    """A number as ``lang`` writes it; nothing for None."""
    return "" if value is None else text.format_number(value, lang)
