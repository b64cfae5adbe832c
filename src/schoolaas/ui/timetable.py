"""The week timetable: a custom-painted grid (Mon–Fri, 8–20) drawn from a
plain list of blocks, so painting stays cheap and the layout is testable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from schoolaas.domain.model import Provider
from schoolaas.ui.finding_text import fill

OFFERING_MIME = "application/x-schoolaas-offering"

FIRST_HOUR = 8
LAST_HOUR = 20
DAYS = 5

_SCHOOL_COLOURS = ("#8ecae6", "#a8dadc", "#b5e48c", "#cdb4db", "#bde0fe", "#caffbf")
_AALTO_COLOURS = ("#ffb703", "#fb8500", "#f4a261", "#e9c46a", "#ffadad", "#ffd6a5")


@dataclass(frozen=True, slots=True)
class Block:
    """One session drawn in the week."""

    day: int  # 0 = Monday
    start: time
    end: time
    title: str
    room: str
    colour_key: str
    provider: Provider
    clash: bool = False
    accepted: bool = False  # the clash is accepted by a counsellor
    item_id: int | None = None
    detail: str = ""  # tooltip text

    @property
    def start_minutes(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minutes(self) -> int:
        return self.end.hour * 60 + self.end.minute


@dataclass(frozen=True, slots=True)
class TravelGap:
    """A break between two blocks that is shorter than the travel time."""

    day: int
    start: time  # the earlier block ends
    end: time  # the later block starts
    needed: int  # minutes
    available: int


def colour_for(key: str, provider: Provider) -> QColor:
    palette = _AALTO_COLOURS if provider == Provider.AALTO else _SCHOOL_COLOURS
    return QColor(palette[sum(key.encode()) % len(palette)])


def lay_out_columns(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Index of each block -> (column, columns) so overlapping blocks of one
    day sit side by side instead of on top of each other."""
    out: dict[int, tuple[int, int]] = {}
    for day in range(7):
        todays = sorted(
            (i for i, b in enumerate(blocks) if b.day == day),
            key=lambda i: (blocks[i].start_minutes, blocks[i].end_minutes),
        )
        cluster: list[int] = []
        cluster_end = -1
        columns_end: list[int] = []
        for i in todays:
            b = blocks[i]
            if cluster and b.start_minutes >= cluster_end:
                _close_cluster(cluster, columns_end, out)
                cluster, columns_end = [], []
            column = next((c for c, e in enumerate(columns_end) if e <= b.start_minutes), None)
            if column is None:
                column = len(columns_end)
                columns_end.append(b.end_minutes)
            else:
                columns_end[column] = b.end_minutes
            out[i] = (column, 0)
            cluster.append(i)
            cluster_end = max(cluster_end, b.end_minutes)
        if cluster:
            _close_cluster(cluster, columns_end, out)
    return out


def _close_cluster(cluster: list[int], columns_end: list[int], out: dict) -> None:
    for i in cluster:
        out[i] = (out[i][0], len(columns_end))


class TimetableWidget(QWidget):
    """Paints one week. Signals: ``item_clicked(int)`` with the plan item id,
    ``offering_dropped(str)`` with the key of an offering dragged onto it."""

    item_clicked = Signal(int)
    offering_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monday = date.today() - timedelta(days=date.today().weekday())
        self._blocks: list[Block] = []
        self._gaps: list[TravelGap] = []
        self._layout: dict[int, tuple[int, int]] = {}
        self._selected: int | None = None
        self._highlighted: set[int] = set()
        self._drop_hover = False
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Week timetable"))

    # data -----------------------------------------------------------------
    def set_week(self, monday: date, blocks: list[Block], gaps: list[TravelGap]) -> None:
        self._monday = monday
        self._blocks = list(blocks)
        self._gaps = list(gaps)
        self._layout = lay_out_columns(self._blocks)
        self.setAccessibleDescription(self._summary())
        self.update()

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def gaps(self) -> list[TravelGap]:
        return list(self._gaps)

    def monday(self) -> date:
        return self._monday

    def set_selected_item(self, item_id: int | None) -> None:
        self._selected = item_id
        self.update()

    def set_highlighted_items(self, item_ids: set[int]) -> None:
        self._highlighted = set(item_ids)
        self.update()

    def _summary(self) -> str:
        clashes = sum(1 for b in self._blocks if b.clash and not b.accepted)
        return self.tr("%n session(s) this week", "", len(self._blocks)) + (
            self.tr(", %n clash(es)", "", clashes) if clashes else ""
        )

    # geometry -------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def _grid(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("20:00") + 12
        top = fm.height() * 2 + 8
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

    def block_at(self, pos: QPoint) -> int | None:
        for i in reversed(range(len(self._blocks))):
            if self._blocks[i].day < DAYS and self.block_rect(i).contains(pos.toPointF()):
                return i
        return None

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
        for gap in self._gaps:
            self._paint_gap(painter, gap, grid)
        if not self._blocks:
            painter.setPen(pal.placeholderText().color())
            painter.drawText(grid, Qt.AlignmentFlag.AlignCenter, self.tr("No sessions this week"))
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
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri")]
        for d in range(DAYS):
            day = self._monday + timedelta(days=d)
            x = grid.left() + d * day_w
            head = QRectF(x, 2, day_w, grid.top() - 4)
            if day == date.today():
                painter.fillRect(head, pal.alternateBase())
            painter.setPen(text)
            label = f"{names[d]}\n{day.day}.{day.month}."
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

    def _paint_block(self, painter: QPainter, index: int, b: Block) -> None:
        rect = self.block_rect(index)
        fill = colour_for(b.colour_key, b.provider)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = 6.0 if b.provider == Provider.AALTO else 1.5
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
        if b.provider == Provider.AALTO:
            pen.setStyle(Qt.PenStyle.DashLine if not selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        self._paint_block_text(painter, rect, b)

    def _paint_block_text(self, painter: QPainter, rect: QRectF, b: Block) -> None:
        """Title (bold), time and room. Narrow blocks (clashes side by side)
        drop the clash mark and the provider letter and clip rather than
        elide, so "MAA07" stays readable where "MAA07.2" does not fit."""
        inner = rect.adjusted(4, 2, -3, -2)
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(QColor("#111111"))
        small = QFont(self.font())
        if small.pointSizeF() > 8:
            small.setPointSizeF(small.pointSizeF() - 1)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        fm = painter.fontMetrics()
        title = b.title
        tag = "A" if b.provider == Provider.AALTO else "L"
        wide = inner.width() >= fm.horizontalAdvance(title) + fm.horizontalAdvance("⚠ A") + 6
        if wide and b.clash:
            title = ("⚠ " if not b.accepted else "✓ ") + title
        if wide:
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tag)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, top, title)
        painter.setFont(small)
        fm = painter.fontMetrics()
        lines = [f"{b.start.hour}.{b.start:%M}–{b.end.hour}.{b.end:%M}", b.room]
        y = inner.top() + fm.height()
        for text in lines:
            if not text or y + fm.height() > inner.bottom() + 2:
                break
            painter.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), top, text)
            y += fm.height()
        painter.restore()

    def _paint_gap(self, painter: QPainter, gap: TravelGap, grid: QRectF) -> None:
        """A red dashed bar across the day where the break is too short, and
        a small tag with the minutes missing at its right end."""
        if gap.day >= DAYS:
            return
        day_w = grid.width() / DAYS
        left = grid.left() + gap.day * day_w + 2
        y1 = self._minute_y(gap.start.hour * 60 + gap.start.minute, grid)
        y2 = self._minute_y(gap.end.hour * 60 + gap.end.minute, grid)
        middle = (y1 + y2) / 2
        red = QColor("#b00020")
        if y2 - y1 >= 3:
            painter.fillRect(QRectF(left, y1, day_w - 4, y2 - y1), QColor(176, 0, 32, 60))
        painter.setPen(QPen(red, 3, Qt.PenStyle.DashLine))
        painter.drawLine(int(left), int(middle), int(left + day_w - 4), int(middle))
        small = QFont(self.font())
        if small.pointSizeF() > 8:
            small.setPointSizeF(small.pointSizeF() - 1)
        small.setBold(True)
        painter.setFont(small)
        fm = painter.fontMetrics()
        label = fill(self.tr("%1 min short"), gap.needed - gap.available)
        width = min(fm.horizontalAdvance(label) + 8, day_w - 6)
        box = QRectF(left + day_w - 4 - width, middle - fm.height() / 2, width, fm.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(red)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())

    # interaction ----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.block_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    def tooltip_for(self, index: int) -> str:
        b = self._blocks[index]
        lines = [b.title, f"{b.start:%H.%M}–{b.end:%H.%M}", b.room]
        if b.clash:
            lines.append(self.tr("Clash (accepted)") if b.accepted else self.tr("Clash"))
        if b.detail:
            lines.append(b.detail)
        for gap in self._gaps:
            if gap.day == b.day and (gap.start == b.end or gap.end == b.start):
                lines.append(
                    fill(
                        self.tr("Travel needs %1 min, the break is %2 min"),
                        gap.needed,
                        gap.available,
                    )
                )
        return "\n".join(line for line in lines if line)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.block_at(event.position().toPoint())
        if index is not None and self._blocks[index].item_id is not None:
            item_id = self._blocks[index].item_id
            self.set_selected_item(item_id)
            self.item_clicked.emit(item_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys walk from block to block in time order and select the
        block's plan item (the timetable without a mouse)."""
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(Qt.Key(event.key()))
        ordered = sorted(
            (i for i, b in enumerate(self._blocks) if b.item_id is not None and b.day < DAYS),
            key=lambda i: (self._blocks[i].day, self._blocks[i].start_minutes),
        )
        if step is None or not ordered or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        current = next(
            (n for n, i in enumerate(ordered) if self._blocks[i].item_id == self._selected), None
        )
        n = 0 if current is None else (current + step) % len(ordered)
        block = self._blocks[ordered[n]]
        assert block.item_id is not None
        self.set_selected_item(block.item_id)
        self.item_clicked.emit(block.item_id)
        self.setAccessibleDescription(self.tooltip_for(ordered[n]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(OFFERING_MIME):
            self._drop_hover = True
            self.update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(OFFERING_MIME):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self._drop_hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        self.update()
        data = event.mimeData()
        if not data.hasFormat(OFFERING_MIME):
            event.ignore()
            return
        for key in bytes(data.data(OFFERING_MIME).data()).decode().splitlines():
            if key:
                self.offering_dropped.emit(key)
        event.acceptProposedAction()
