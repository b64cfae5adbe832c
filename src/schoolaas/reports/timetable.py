"""The week timetable grid of one period, drawn as a reportlab Flowable.

Columns are Monday to Friday, rows the hours; each weekly meeting is a box.
Meetings that overlap on a day share the column side by side, so a clash is
visible on paper as two narrow boxes next to each other."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from schoolaas.domain.model import Provider
from schoolaas.reports import text
from schoolaas.reports.fonts import FontFamily
from schoolaas.reports.study_plan import TimetableBlock

SCHOOL_FILL = colors.HexColor("#dbe9f6")
SCHOOL_EDGE = colors.HexColor("#3a6ea5")
AALTO_FILL = colors.HexColor("#fdf0c8")
AALTO_EDGE = colors.HexColor("#b8860b")
EXAM_FILL = colors.HexColor("#f6d5d5")
EXAM_EDGE = colors.HexColor("#a33b3b")
GRID = colors.HexColor("#c8c8c8")
INK = colors.HexColor("#222222")


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _hhmm(t: time) -> str:
    return f"{t.hour}.{t.minute:02d}"


def lanes(blocks: Sequence[TimetableBlock]) -> list[tuple[TimetableBlock, int, int]]:
    """Each block of one day with its lane and the lane count of its cluster
    of overlapping blocks."""
    ordered = sorted(blocks, key=lambda b: (_minutes(b.start), _minutes(b.end), b.code))
    out: list[tuple[TimetableBlock, int, int]] = []
    cluster: list[tuple[TimetableBlock, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def flush() -> None:
        width = max((lane + 1 for _, lane in cluster), default=1)
        out.extend((b, lane, width) for b, lane in cluster)

    for block in ordered:
        start, end = _minutes(block.start), _minutes(block.end)
        if cluster and start >= cluster_end:
            flush()
            cluster, lane_ends, cluster_end = [], [], -1
        lane = next((i for i, e in enumerate(lane_ends) if e <= start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((block, lane))
        cluster_end = max(cluster_end, end)
    if cluster:
        flush()
    return out


class WeekGrid(Flowable):  # type: ignore[misc]
    """Monday-to-Friday grid; hours from the earliest to the latest block
    (at least 8-16)."""

    def __init__(
        self,
        blocks: Sequence[TimetableBlock],
        fonts: FontFamily,
        lang: str,
        width: float,
        height: float,
    ) -> None:
        super().__init__()
        self.blocks = tuple(blocks)
        self.fonts = fonts
        self.lang = lang
        self.width = width
        self.height = height
        first = min((b.start.hour for b in self.blocks), default=8)
        last = max((b.end.hour + (1 if b.end.minute else 0) for b in self.blocks), default=16)
        self.first_hour = min(8, first)
        self.last_hour = max(16, last)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        head, gutter = 16.0, 26.0
        day_w = (self.width - gutter) / 5
        hours = self.last_hour - self.first_hour
        hour_h = (self.height - head) / hours

        def y_of(minutes: int) -> float:
            return self.height - head - (minutes - self.first_hour * 60) / 60 * hour_h

        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.setFillColor(colors.HexColor("#f2f2f2"))
        c.rect(gutter, self.height - head, self.width - gutter, head, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(self.fonts.bold, 8.5)
        for day in range(5):
            x = gutter + day * day_w
            c.drawCentredString(x + day_w / 2, self.height - head + 5, text.weekday(day, self.lang))
        c.setFont(self.fonts.regular, 7)
        for h in range(hours + 1):
            y = y_of((self.first_hour + h) * 60)
            c.line(gutter, y, self.width, y)
            if h < hours:
                c.drawRightString(gutter - 3, y - 8, f"{self.first_hour + h}")
        for day in range(6):
            x = gutter + day * day_w
            c.line(x, 0, x, self.height)
        for day in range(5):
            for block, lane, count in lanes([b for b in self.blocks if b.weekday == day]):
                x = gutter + day * day_w + 1.5 + lane * (day_w - 3) / count
                w = (day_w - 3) / count - (1.5 if count > 1 else 0)
                top = y_of(_minutes(block.start))
                bottom = y_of(_minutes(block.end))
                self._block(block, x, bottom + 0.75, w, top - bottom - 1.5)
        c.restoreState()

    def _block(self, block: TimetableBlock, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        if block.exam:
            fill, edge = EXAM_FILL, EXAM_EDGE
        elif block.provider == Provider.AALTO:
            fill, edge = AALTO_FILL, AALTO_EDGE
        else:
            fill, edge = SCHOOL_FILL, SCHOOL_EDGE
        c.setFillColor(fill)
        c.setStrokeColor(edge)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 2.5, stroke=1, fill=1)
        c.setFillColor(edge)
        c.rect(x, y + 0.8, 2.2, h - 1.6, stroke=0, fill=1)
        lines = [
            (self.fonts.bold, 7.5, block.code),
            (self.fonts.regular, 6.5, f"{_hhmm(block.start)}–{_hhmm(block.end)}"),
            (self.fonts.regular, 6.5, block.room),
            (self.fonts.italic, 6.0, text.word("weeks", self.lang, n=block.weeks)),
        ]
        c.setFillColor(INK)
        ty = y + h - 8.5
        for font, size, line in lines:
            if not line:
                continue
            if ty < y + 1.5:
                break
            while size > 5.2 and stringWidth(line, font, size) > w - 6:
                size -= 0.25  # a narrow box (side by side with a clash): smaller type first
            c.setFont(font, size)
            c.drawString(x + 4, ty, _fit(line, font, size, w - 6))
            ty -= size + 1.6


def _fit(line: str, font: str, size: float, width: float) -> str:
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…" if line else ""
