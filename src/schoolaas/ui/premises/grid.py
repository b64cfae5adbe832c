"""The room-use grid of one week: rooms down, Monday–Friday across, each
cell listing the room's sessions with planned students against capacity.
Over-capacity and double-booked sessions are hatched and outlined in red, so
they show without colour too. Painted from a plain list of blocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from schoolaas.services.premises.buildings import RoomSession, RoomWeek
from schoolaas.ui.widgets.plain_text import plain

DAYS = 5
ROOM_COLUMN = 150
DAY_WIDTH = 190
HEADER = 28
LINE = 18
PAD = 4
FLAG = QColor("#b00020")
FILL = QColor("#e8f0fb")
FLAG_FILL = QColor("#fde7ea")
HATCH = QColor(176, 0, 32, 70)  # light enough to read the text over it
FLAG_TEXT = QColor("#7a0016")


def weekday(day: date) -> str:
    """Short weekday name in the UI's language (QLocale default)."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class Block:
    rect: QRect
    session: RoomSession

    @property
    def flagged(self) -> bool:
        return self.session.over_capacity or self.session.double_booked


class RoomWeekGrid(QWidget):
    """Shows a :class:`RoomWeek`; ``blocks`` holds what was laid out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: RoomWeek | None = None
        self.show_empty = False
        self.rows: list[tuple[str, int, int, int]] = []  # room key, capacity, top, height
        self.blocks: list[Block] = []
        self.day_names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                          self.tr("Fri")]  # fmt: skip
        self.setAccessibleName(self.tr("Room use in the week"))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_week(self, week: RoomWeek | None, *, show_empty: bool = False) -> None:
        self.week, self.show_empty = week, show_empty
        self._layout()
        self.updateGeometry()
        self.update()

    def _layout(self) -> None:
        self.rows, self.blocks = [], []
        if self.week is None:
            return
        top = HEADER
        for room in self.week.rooms:
            sessions = [s for s in self.week.of_room(room.key) if s.start.weekday() < DAYS]
            if not sessions and not self.show_empty:
                continue
            per_day = [
                sorted((s for s in sessions if s.start.weekday() == d), key=lambda s: s.start)
                for d in range(DAYS)
            ]
            height = max(1, *(len(day) for day in per_day)) * (2 * LINE + PAD) + PAD
            self.rows.append((room.key, room.capacity, top, height))
            for day, day_sessions in enumerate(per_day):
                x = ROOM_COLUMN + day * DAY_WIDTH + PAD
                for n, session in enumerate(day_sessions):
                    y = top + PAD + n * (2 * LINE + PAD)
                    self.blocks.append(Block(QRect(x, y, DAY_WIDTH - 2 * PAD, 2 * LINE), session))
            top += height

    def sizeHint(self) -> QSize:
        bottom = self.rows[-1][2] + self.rows[-1][3] if self.rows else HEADER + 2 * LINE
        return QSize(ROOM_COLUMN + DAYS * DAY_WIDTH + 1, bottom + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def block_at(self, point: QPoint) -> Block | None:
        return next((b for b in self.blocks if b.rect.contains(point)), None)

    # -- painting -------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(self.palette().mid().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_pen)
        if self.week is not None:
            for d in range(DAYS):
                day = self.week.monday + timedelta(days=d)
                rect = QRect(ROOM_COLUMN + d * DAY_WIDTH, 0, DAY_WIDTH, HEADER)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignCenter, f"{self.day_names[d]} {day:%d.%m.}"
                )
        if not self.rows:
            painter.setFont(self.font())
            painter.drawText(
                QRect(0, HEADER, self.width(), 2 * LINE),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No sessions in rooms this week"),
            )
        for key, capacity, top, _height in self.rows:
            painter.setPen(grid_pen)
            painter.drawLine(0, top, self.width(), top)
            painter.setPen(text_pen)
            painter.setFont(bold)
            painter.drawText(QRect(PAD, top + PAD, ROOM_COLUMN - 2 * PAD, LINE),
                             Qt.AlignmentFlag.AlignLeft, key)  # fmt: skip
            painter.setFont(self.font())
            painter.drawText(
                QRect(PAD, top + PAD + LINE, ROOM_COLUMN - 2 * PAD, LINE),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("%1 seats").replace("%1", str(capacity))
                if capacity
                else self.tr("capacity unknown"),
            )
        painter.setPen(grid_pen)
        for d in range(DAYS + 1):
            x = ROOM_COLUMN + d * DAY_WIDTH
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(0, HEADER, self.width(), HEADER)
        for block in self.blocks:
            self._paint_block(painter, block)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        s, rect = block.session, block.rect
        painter.fillRect(rect, FLAG_FILL if block.flagged else FILL)
        if block.flagged:
            painter.fillRect(rect, QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(FLAG, 2))
        else:
            painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(QPen(FLAG_TEXT if block.flagged else self.palette().text().color()))
        first = QRect(rect.x() + PAD, rect.y(), rect.width() - 2 * PAD, LINE)
        second = first.translated(0, LINE)
        painter.drawText(first, Qt.AlignmentFlag.AlignVCenter,
                         f"{s.start:%H:%M}–{s.end:%H:%M} {s.code} {s.group}")  # fmt: skip
        load = f"{s.planned} / {s.capacity}" if s.capacity is not None else str(s.planned)
        marks = []
        if s.over_capacity:
            marks.append(self.tr("over capacity"))
        if s.double_booked:
            marks.append(self.tr("double booked"))
        text = f"{load}  ⚠ {', '.join(marks)}" if marks else load
        painter.drawText(second, Qt.AlignmentFlag.AlignVCenter, text)

    # -- hover ----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain(self.describe(block.session)), self)
            return True
        return super().event(event)

    def describe(self, s: RoomSession) -> str:
        lines = [
            f"{s.code} {s.group} — {s.room}",
            f"{weekday(s.start)} {s.start:%d.%m.%Y %H:%M}–{s.end:%H:%M}",
            self.tr("%1 students planned, room holds %2")
            .replace("%1", str(s.planned))
            .replace("%2", str(s.capacity))
            if s.capacity is not None
            else self.tr("%1 students planned, capacity unknown").replace("%1", str(s.planned)),
        ]
        if s.over_capacity:
            lines.append(self.tr("Over capacity"))
        if s.double_booked:
            lines.append(self.tr("Another session uses the room at the same time"))
        return "\n".join(lines)
