"""The week timetable's canvas: where the hours, days, blocks, overlap
bands and travel breaks of one week sit in the widget, and how they are
painted. TimetableWidget (timetable.py) adds the week's data, the mouse,
the keys, drag and drop and the words for tooltips and screen readers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from schoolaas.services.plans.blocks import Block, TravelGap, monday_of
from schoolaas.ui.widgets.contrast import error_colour
from schoolaas.ui.widgets.enum_values import AALTO
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.timetable_blocks import (
    DAYS,
    FIRST_HOUR,
    LAST_HOUR,
    BlockText,
    colour_for,
    fit_block_text,
    fit_title,
)

LARGE_FONT_POINTS = 11.0  # above it the week asks for room for two lines a block


def tr(text: str, disambiguation: str | None = None) -> str:
    """The painted words, translated under the widget's context."""
    return QCoreApplication.translate("TimetableWidget", text, disambiguation)


class TimetableCanvas(QWidget):
    """Lays out and paints one week (the state TimetableWidget sets)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monday = monday_of(date.today())
        self._blocks: list[Block] = []
        self._gaps: list[TravelGap] = []
        self._layout: dict[int, tuple[int, int]] = {}
        self._bands: list[list[int]] = []  # runs of overlapping blocks
        self._selected: int | None = None
        self._highlighted: set[int] = set()
        self._drop_hover = False
        self._marks: dict[date, str] = {}  # what a day is besides a school day
        self.clock: Callable[[], datetime] = datetime.now  # the current-time line

    # geometry -------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def _grid(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("20:00") + 12
        top = fm.height() * (3 if self._marks else 2) + 8
        return QRectF(left, top, max(1, self.width() - left - 6), max(1, self.height() - top - 6))

    def _minute_y(self, minutes: int, grid: QRectF) -> float:
        span = (LAST_HOUR - FIRST_HOUR) * 60
        clamped = min(max(minutes - FIRST_HOUR * 60, 0), span)
        return grid.top() + grid.height() * clamped / span

    def block_rect(self, index: int) -> QRectF:
        grid = self._grid()
        b = self._blocks[index]
        column, columns = self._layout.get(index, (0, 1))
        day_w = grid.width() / DAYS
        width = (day_w - 6) / max(columns, 1)
        x = grid.left() + b.day * day_w + 3 + column * width
        y1 = self._minute_y(b.start_minutes, grid)
        y2 = self._minute_y(b.end_minutes, grid)
        return QRectF(x, y1, width - 1, max(y2 - y1, 4))

    def _minimum_height(self) -> int:
        """280 px; with a large font (above 11 pt, as a desktop's 150 %
        gives), the height in which a 75-minute session holds two lines,
        its code and its times (else the block has room for the times only)."""
        if self.font().pointSizeF() <= LARGE_FONT_POINTS:
            return 280
        line = QFontMetrics(self._small_font()).height()
        top = self.fontMetrics().height() * 3 + 8  # the day headers, a day mark
        hours = LAST_HOUR - FIRST_HOUR
        return int(top + hours * 60 / 75 * (2 * line + 4) + 8)

    def band_rect(self, band: list[int]) -> QRectF:
        """The label over a run of overlapping blocks: the width of the day,
        one line per block (as far as the run is tall)."""
        grid = self._grid()
        first = self._blocks[band[0]]
        day_w = grid.width() / DAYS
        top = self._minute_y(min(self._blocks[i].start_minutes for i in band), grid)
        bottom = self._minute_y(max(self._blocks[i].end_minutes for i in band), grid)
        lines = len(band)
        height = min(lines * self._small_metrics().height() + 6, bottom - top)
        return QRectF(grid.left() + first.day * day_w + 5, top + 2, day_w - 10, max(height - 2, 4))

    def bands(self) -> list[list[int]]:
        """Runs of overlapping blocks (indices into ``blocks()``)."""
        return [list(b) for b in self._bands]

    def _small_font(self, bold: bool = False) -> QFont:
        small = QFont(self.font())
        if small.pointSizeF() > 8:
            small.setPointSizeF(small.pointSizeF() - 1)
        small.setBold(bold)
        return small

    def _small_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._small_font(bold=True))

    # painting -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        grid = self._grid()
        self._paint_grid(painter, grid)
        for i, b in enumerate(self._blocks):
            if b.day < DAYS:
                self._paint_block(painter, i, b)
        for band in self._bands:
            if self._blocks[band[0]].day < DAYS:
                self._paint_band(painter, band)
        for gap in self._gaps:
            self._paint_gap(painter, gap, grid)
        self._paint_now(painter, grid)
        if not self._blocks:
            painter.setPen(pal.placeholderText().color())
            painter.drawText(grid, Qt.AlignmentFlag.AlignCenter, tr("No sessions this week"))
        if self._drop_hover:
            painter.setPen(QPen(pal.highlight().color(), 3, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.end()

    def _paint_grid(self, painter: QPainter, grid: QRectF) -> None:
        pal = self.palette()
        line = pal.mid().color()
        text = pal.text().color()
        fm = self.fontMetrics()
        day_w = grid.width() / DAYS
        names = [tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri")]
        for d in range(DAYS):
            day = self._monday + timedelta(days=d)
            x = grid.left() + d * day_w
            head = QRectF(x, 2, day_w, grid.top() - 4)
            mark = self._marks.get(day)
            if mark:
                painter.fillRect(head, QColor("#fde9c8"))
            if day == date.today():
                painter.fillRect(head, pal.alternateBase())
            # the marked day's light fill keeps dark text on a dark palette too
            painter.setPen(QColor("#111111") if mark and day != date.today() else text)
            label = f"{names[d]}\n{day.day}.{day.month}."
            if mark:
                label += "\n" + fm.elidedText(mark, Qt.TextElideMode.ElideRight, int(day_w) - 4)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(QPen(line, 1))
            painter.drawLine(int(x), int(grid.top()), int(x), int(grid.bottom()))
        painter.drawLine(int(grid.right()), int(grid.top()), int(grid.right()), int(grid.bottom()))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._minute_y(hour * 60, grid)
            painter.setPen(QPen(line, 1))
            painter.drawLine(int(grid.left()), int(y), int(grid.right()), int(y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, grid.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour}:00",
            )

    def _paint_now(self, painter: QPainter, grid: QRectF) -> None:
        """A red line across today's column at the current time."""
        now = self.clock()
        day = (now.date() - self._monday).days
        minutes = now.hour * 60 + now.minute
        if not 0 <= day < DAYS or not FIRST_HOUR * 60 <= minutes <= LAST_HOUR * 60:
            return
        day_w = grid.width() / DAYS
        x = grid.left() + day * day_w
        y = self._minute_y(minutes, grid)
        painter.setPen(QPen(QColor("#d0021b"), 2))
        painter.drawLine(int(x), int(y), int(x + day_w), int(y))
        painter.setBrush(QColor("#d0021b"))
        painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def now_line_y(self) -> float | None:
        """Where the current-time line is drawn (None: not in this week)."""
        now = self.clock()
        day = (now.date() - self._monday).days
        minutes = now.hour * 60 + now.minute
        if not 0 <= day < DAYS or not FIRST_HOUR * 60 <= minutes <= LAST_HOUR * 60:
            return None
        return self._minute_y(minutes, self._grid())

    def _paint_block(self, painter: QPainter, index: int, b: Block) -> None:
        rect = self.block_rect(index)
        fill = colour_for(b.colour_key, b.provider)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = 6.0 if b.provider == AALTO else 1.5
        painter.drawRoundedRect(rect, radius, radius)
        if b.clash:
            hatch = QBrush(QColor(120, 0, 0) if not b.accepted else QColor(90, 90, 90))
            hatch.setStyle(
                Qt.BrushStyle.BDiagPattern if not b.accepted else Qt.BrushStyle.FDiagPattern
            )
            painter.setBrush(hatch)
            painter.drawRoundedRect(rect, radius, radius)
        selected = b.item_id is not None and b.item_id == self._selected
        highlighted = b.item_id is not None and b.item_id in self._highlighted
        pen_colour = QColor("#b00020") if b.clash and not b.accepted else fill.darker(170)
        width = 3.0 if selected or highlighted else (2.0 if b.clash else 1.0)
        pen = QPen(self.palette().highlight().color() if selected else pen_colour, width)
        if b.provider == AALTO:
            pen.setStyle(Qt.PenStyle.DashLine if not selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        self._paint_block_text(painter, index, rect, b)

    def _paint_block_text(self, painter: QPainter, index: int, rect: QRectF, b: Block) -> None:
        """Title (bold, shortened), times and room (``block_text``). A block
        that shares its time with another (side by side) leaves its text to
        the band over them."""
        if self._layout.get(index, (0, 1))[1] > 1:
            return
        inner = self._text_rect(rect, b)
        text = self._fitted_text(b, inner)
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(QColor("#111111"))
        painter.setFont(self._small_font(bold=True))
        fm = painter.fontMetrics()
        aalto = b.provider == AALTO
        tag = tr("A", "Aalto block") if aalto else tr("L", "school (lukio) block")
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        y = inner.top()
        if text.title:
            mark = ("⚠ " if not b.accepted else "✓ ") if b.clash else ""
            if fm.horizontalAdvance(mark + b.title + " " + tag) <= int(inner.width()):
                painter.drawText(
                    inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tag
                )
            painter.drawText(inner, top, text.title)
        painter.setFont(self._small_font())
        fm = painter.fontMetrics()
        if text.title:
            y += fm.height()
        for line in text.lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), top, line)
            y += fm.height()
        painter.restore()

    def _text_rect(self, rect: QRectF, b: Block) -> QRectF:
        inner = rect.adjusted(4, 2, -3, -2)
        if self._tag_on_top(b):
            inner.setTop(inner.top() + self._small_metrics().height())
        return inner

    def _fitted_text(self, b: Block, inner: QRectF) -> BlockText:
        mark = ("⚠ " if not b.accepted else "✓ ") if b.clash else ""
        plain_metrics = QFontMetrics(self._small_font())
        return fit_block_text(
            self._small_metrics(), plain_metrics, b, mark, int(inner.width()), int(inner.height())
        )

    def block_text(self, index: int) -> str:
        """The text painted in block ``index`` at the widget's present size,
        one line each ("" for a block whose text is in a band)."""
        if self._layout.get(index, (0, 1))[1] > 1:
            return ""
        b = self._blocks[index]
        text = self._fitted_text(b, self._text_rect(self.block_rect(index), b))
        return "\n".join(([text.title] if text.title else []) + text.lines)

    def _tag_on_top(self, b: Block) -> bool:
        """Whether a travel tag sits at the top of block ``b`` (the break
        before it is too thin to hold the tag)."""
        grid = self._grid()
        thin = self._small_metrics().height()
        for gap in self._gaps:
            if gap.day == b.day and gap.end == b.start:
                y1 = self._minute_y(gap.start.hour * 60 + gap.start.minute, grid)
                y2 = self._minute_y(gap.end.hour * 60 + gap.end.minute, grid)
                if y2 - y1 < thin:
                    return True
        return False

    def _paint_band(self, painter: QPainter, band: list[int]) -> None:
        """A label over overlapping blocks: a warning mark (a tick when every
        clash there is accepted) and, one per line, each block's colour and
        title, so the courses stay readable however narrow the columns."""
        rect = self.band_rect(band)
        blocks = [self._blocks[i] for i in band]
        open_clash = any(b.clash and not b.accepted for b in blocks)
        palette = self.palette()
        # the band is on the palette's Base: its words in the palette's Text and
        # its red chosen against that Base (dark red on white, light red on black)
        edge = (
            error_colour(palette, QPalette.ColorRole.Base)
            if open_clash
            else palette.color(QPalette.ColorRole.Text)
        )
        back = QColor(palette.base().color())
        back.setAlpha(235)
        painter.save()
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(back)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        painter.setFont(self._small_font(bold=True))
        fm = painter.fontMetrics()
        mark = "⚠" if open_clash else "✓"
        mark_w = fm.horizontalAdvance(mark) + 4
        y = rect.top() + 3
        for n, b in enumerate(blocks):
            if n and y + fm.height() > rect.bottom() + 1:
                break
            swatch = QRectF(rect.left() + 3, y + 2, fm.height() - 4, fm.height() - 4)
            painter.setPen(QPen(colour_for(b.colour_key, b.provider).darker(170), 1))
            painter.setBrush(colour_for(b.colour_key, b.provider))
            painter.drawRect(swatch)
            left = swatch.right() + 3
            room = rect.right() - left - (mark_w if n == 0 else 2)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = fit_title(fm, b.title, b.colour_key, int(room))
            painter.drawText(
                QRectF(left, y, room, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            if n == 0:
                painter.setPen(edge)
                painter.drawText(
                    QRectF(rect.right() - mark_w, y, mark_w - 2, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    mark,
                )
            y += fm.height()
        painter.restore()

    def _paint_gap(self, painter: QPainter, gap: TravelGap, grid: QRectF) -> None:
        """A dashed bar across the day where the break is too short, and a
        tag with the minutes missing: red while open, grey and dotted with a
        tick once a counsellor has accepted it."""
        if gap.day >= DAYS:
            return
        day_w = grid.width() / DAYS
        left = grid.left() + gap.day * day_w + 2
        y1 = self._minute_y(gap.start.hour * 60 + gap.start.minute, grid)
        y2 = self._minute_y(gap.end.hour * 60 + gap.end.minute, grid)
        middle = (y1 + y2) / 2
        colour = QColor(90, 90, 90) if gap.accepted else QColor("#b00020")
        if y2 - y1 >= 3:
            shade = QColor(colour)
            shade.setAlpha(45 if gap.accepted else 60)
            painter.fillRect(QRectF(left, y1, day_w - 4, y2 - y1), shade)
        style = Qt.PenStyle.DotLine if gap.accepted else Qt.PenStyle.DashLine
        painter.setPen(QPen(colour, 2 if gap.accepted else 3, style))
        painter.drawLine(int(left), int(middle), int(left + day_w - 4), int(middle))
        painter.setFont(self._small_font(bold=True))
        fm = painter.fontMetrics()
        label = fill(tr("%1 min short"), gap.needed - gap.available)
        if gap.accepted:
            label = "✓ " + label
        label = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(day_w - 14))
        width = min(fm.horizontalAdvance(label) + 8, day_w - 6)
        # a break too thin for the tag: the tag goes under the line, at the
        # top of the later block, whose text moves down to make room
        top = y2 if y2 - y1 < fm.height() else middle - fm.height() / 2
        box = QRectF(left + day_w - 4 - width, top, width, fm.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())
