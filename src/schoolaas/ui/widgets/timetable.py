"""The week timetable: a custom-painted grid (Mon–Fri, 8–20) drawn from a
plain list of blocks, so painting stays cheap and the layout is testable.
The grid's geometry and painting are TimetableCanvas (timetable_canvas.py);
this widget adds the week's data, the mouse, the keys, drag and drop and
the words for tooltips and screen readers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from schoolaas.services.plans.blocks import Block, TravelGap
from schoolaas.ui.widgets.enum_values import AALTO
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.offering_drag import (
    OFFERING_MIME,
    accept_offerings,
    carries_offerings,
    drop_offerings,
)
from schoolaas.ui.widgets.plain_text import plain
from schoolaas.ui.widgets.timetable_access import BlockObjects
from schoolaas.ui.widgets.timetable_blocks import (
    DAYS,
    FIRST_HOUR,
    LAST_HOUR,
    colour_for,
    fit_title,
    lay_out_columns,
    overlap_clusters,
)
from schoolaas.ui.widgets.timetable_canvas import TimetableCanvas

__all__ = [
    "DAYS",
    "FIRST_HOUR",
    "LAST_HOUR",
    "OFFERING_MIME",
    "Block",
    "TimetableWidget",
    "TravelGap",
    "colour_for",
    "fit_title",
    "lay_out_columns",
    "overlap_clusters",
]


class TimetableWidget(TimetableCanvas):
    """Paints one week. Signals: ``item_clicked(int)`` with the plan item id,
    ``offering_dropped(str)`` with the key of an offering dragged onto it."""

    item_clicked = Signal(int)
    offering_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_block: int | None = None  # the block the arrow keys are on
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, self._minimum_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Week timetable"))
        self._access = BlockObjects(self, self)  # each block an accessible object

    # data -----------------------------------------------------------------
    def set_week(self, monday: date, blocks: list[Block], gaps: list[TravelGap]) -> None:
        """Show a week; the same week again (an edit in another week) is
        not painted again."""
        if monday == self._monday and blocks == self._blocks and gaps == self._gaps:
            return
        self._monday = monday
        self._blocks = list(blocks)
        self._gaps = list(gaps)
        self._layout = lay_out_columns(self._blocks)
        self._bands = [c for c in overlap_clusters(self._blocks) if len(c) > 1]
        self.setAccessibleDescription(self._summary())
        self._access.refresh()
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

    def set_day_marks(self, marks: Mapping[date, str]) -> None:
        """Words under a day's date in its header (exam week, a holiday's
        name, a matriculation exam); the header is tinted."""
        if dict(marks) == self._marks:
            return
        self._marks = dict(marks)
        self.setAccessibleDescription(self._summary())
        self.update()

    def day_marks(self) -> dict[date, str]:
        return dict(self._marks)

    def _summary(self) -> str:
        """The week in words (for screen readers): sessions, open clashes,
        open too-short travel breaks."""
        clashes = sum(1 for b in self._blocks if b.clash and not b.accepted)
        short = sum(1 for g in self._gaps if not g.accepted)
        text = self.tr("%n session(s) this week", "", len(self._blocks))
        if clashes:
            text += self.tr(", %n clash(es)", "", clashes)
        if short:
            text += self.tr(", %n travel break(s) too short", "", short)
        for day, mark in sorted(self._marks.items()):
            if self._monday <= day < self._monday + timedelta(days=DAYS):
                text += f"; {day.day}.{day.month}.: {mark}"
        return text

    def painted_blocks(self) -> list[int]:
        """Indices of the blocks drawn (Monday to Friday), in time order."""
        return sorted(
            (i for i, b in enumerate(self._blocks) if b.day < DAYS),
            key=lambda i: (self._blocks[i].day, self._blocks[i].start_minutes),
        )

    def block_rect_for(self, index: int) -> tuple[int, int, int, int]:
        """A block's rectangle in whole pixels (x, y, width, height)."""
        r = self.block_rect(index).toAlignedRect()
        return (r.x(), r.y(), r.width(), r.height())

    def block_objects(self) -> list[QWidget]:
        """The blocks' accessible objects, in time order."""
        return list(self._access.labels())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._access.place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._access.place()  # the grid's margins follow the font
            self.setMinimumHeight(self._minimum_height())

    def gap_at(self, pos: QPoint) -> TravelGap | None:
        grid = self._grid()
        day_w = grid.width() / DAYS
        for gap in self._gaps:
            x = grid.left() + gap.day * day_w
            y1 = self._minute_y(gap.start.hour * 60 + gap.start.minute, grid)
            y2 = self._minute_y(gap.end.hour * 60 + gap.end.minute, grid)
            if QRectF(x, min(y1, y2) - 5, day_w, abs(y2 - y1) + 10).contains(pos.toPointF()):
                return gap
        return None

    def block_at(self, pos: QPoint) -> int | None:
        for i in reversed(range(len(self._blocks))):
            if self._blocks[i].day < DAYS and self.block_rect(i).contains(pos.toPointF()):
                return i
        return None

    # interaction ----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            index = self.block_at(event.pos())
            gap = self.gap_at(event.pos()) if index is None else None
            if index is not None:
                QToolTip.showText(event.globalPos(), plain(self.tooltip_for(index)), self)
            elif gap is not None:
                QToolTip.showText(event.globalPos(), plain(self._gap_text(gap)), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_for(self, index: int) -> str:
        """What a block is, when, where, what it clashes with and any
        too-short travel break next to it (the full text of a block whose
        title is shortened on screen)."""
        b = self._blocks[index]
        # who teaches it, in the catalogue's words (the "A"/"L" tag explained)
        provider = QCoreApplication.translate(
            "CatalogueModel", "Aalto" if b.provider == AALTO else "School"
        )
        lines = [f"{b.title} ({provider})", f"{b.start:%H.%M}–{b.end:%H.%M}", b.room]
        if b.clash:
            others = ", ".join(b.clashes_with)
            if b.accepted:
                text = fill(self.tr("Clash with %1 (accepted)"), others)
            else:
                text = fill(self.tr("Clash with %1"), others)
            lines.append(text if others else self.tr("Clash"))
        if b.detail:
            lines.append(b.detail)
        for gap in self._gaps:
            if gap.day == b.day and (gap.start == b.end or gap.end == b.start):
                lines.append(self._gap_text(gap))
        return "\n".join(line for line in lines if line)

    def _gap_text(self, gap: TravelGap) -> str:
        if gap.accepted:
            text = self.tr("Travel needs %1 min, the break is %2 min (accepted)")
        else:
            text = self.tr("Travel needs %1 min, the break is %2 min")
        return fill(text, gap.needed, gap.available)

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
        # a plan item meets several times a week: go on from the block the
        # keys are on, not from the item's first block
        current = next(
            (
                n
                for n, i in enumerate(ordered)
                if i == self._key_block and self._blocks[i].item_id == self._selected
            ),
            None,
        )
        if current is None:
            current = next(
                (n for n, i in enumerate(ordered) if self._blocks[i].item_id == self._selected),
                None,
            )
        n = 0 if current is None else (current + step) % len(ordered)
        self._key_block = ordered[n]
        block = self._blocks[ordered[n]]
        assert block.item_id is not None
        self.set_selected_item(block.item_id)
        self.item_clicked.emit(block.item_id)
        self.setAccessibleDescription(self.spoken_for(ordered[n]))

    def spoken_for(self, index: int) -> str:
        """A block in one line for a screen reader: "MAA7 …, Tuesday
        10.00–11.15, room OIH-A102, Clash with CS-A1111" (the weekday in
        the interface's language)."""
        b = self._blocks[index]
        day = QLocale().dayName(b.day + 1, QLocale.FormatType.LongFormat)
        parts = [b.title, f"{day} {b.start:%H.%M}–{b.end:%H.%M}"]
        if b.room:
            parts.append(fill(self.tr("room %1"), b.room))
        if b.clash:
            others = ", ".join(b.clashes_with)
            if b.accepted:
                parts.append(fill(self.tr("Clash with %1 (accepted)"), others))
            else:
                parts.append(fill(self.tr("Clash with %1"), others) if others else self.tr("Clash"))
        return ", ".join(parts)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accept_offerings(event):
            self._drop_hover = True
            self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if carries_offerings(event):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self._drop_hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        self.update()
        drop_offerings(event, self.offering_dropped.emit)
