"""The three years at a glance: the student's school periods as columns from
the first autumn to graduation, the plan's courses as cards in them, and
above each column a bar of the op planned by the end of that period,
stacked by kind (compulsory, national elective, school-specific,
university), with the graduation targets (150 op in all, 94 or 102
compulsory, 20 national electives on top of them) as lines across every
bar. A period's own op is written above its bar; matriculation exam days
in a period are listed under its name (bold: a subject the student writes).

Drag a card to another column (or select it and press Ctrl+Left/Right) to
take the same course in that period: one undoable edit (move_command.py).
The columns are worked out by services/plans/three_years.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.model import ItemStatus, Provider
from schoolaas.services.errors import PlannerError
from schoolaas.services.plans.three_years import (
    Card,
    Column,
    Targets,
    ThreeYears,
    move_target,
    three_years,
)
from schoolaas.ui.tray.edit_actions import add_edit_actions
from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.ui.commands.base import Edits
    from schoolaas.ui.tray.host import PlanHost

MIME = "application/x-schoolaas-plan-item"
KIND_COLOURS = {
    "compulsory": QColor("#2e6da4"),
    "national": QColor("#5aa05a"),
    "school": QColor("#e0a030"),
    "university": QColor("#8e5ab5"),
}
KIND_PATTERNS = {  # told apart by pattern too, not by colour only
    "compulsory": Qt.BrushStyle.SolidPattern,
    "national": Qt.BrushStyle.Dense3Pattern,
    "school": Qt.BrushStyle.BDiagPattern,
    "university": Qt.BrushStyle.CrossPattern,
}
COLUMN_WIDTH = 132
CHART_HEIGHT = 170


class OpBar(QWidget):
    """One period's bar: the op planned by its end, stacked by kind, and the
    targets as lines (the same scale in every column, so they line up)."""

    def __init__(self, column: Column, targets: Targets, top: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.column, self.targets, self.top = column, targets, max(top, 1.0)
        self.setFixedHeight(CHART_HEIGHT)
        self.setMinimumWidth(COLUMN_WIDTH)
        running = column.running
        self.setAccessibleName(self.tr("Credits by the end of the period"))
        self.setAccessibleDescription(
            fill(
                self.tr(
                    "%1 op in this period; %2 op by its end: compulsory %3, national "
                    "electives %4, school-specific %5, university %6"
                ),
                _num(column.op.total),
                _num(running.total),
                _num(running.compulsory),
                _num(running.national),
                _num(running.school),
                _num(running.university),
            )
        )

    def y_of(self, op: float) -> float:
        return self.height() - 4 - (self.height() - 22) * op / self.top

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        running = self.column.running
        left, width = 30.0, self.width() - 60.0
        base = 0.0
        for kind in ("compulsory", "national", "school", "university"):
            value = getattr(running, kind)
            if value <= 0:
                continue
            top, bottom = self.y_of(base + value), self.y_of(base)
            rect = QRectF(left, top, width, bottom - top)
            p.fillRect(rect, KIND_COLOURS[kind])
            if kind != "compulsory":
                p.fillRect(rect, QBrush(QColor(255, 255, 255, 120), KIND_PATTERNS[kind]))
            base += value
        t = self.targets
        for op, style in (
            (t.total, Qt.PenStyle.SolidLine),
            (t.compulsory, Qt.PenStyle.DashLine),
            (t.compulsory + t.national, Qt.PenStyle.DotLine),
        ):
            p.setPen(QPen(QColor("#222"), 1.5, style))
            y = self.y_of(op)
            p.drawLine(QPoint(0, int(y)), QPoint(self.width(), int(y)))
        p.setPen(self.palette().text().color())
        p.drawText(
            QRectF(0, 0, self.width(), 16),
            Qt.AlignmentFlag.AlignCenter,
            fill(self.tr("+%1 op · %2"), _num(self.column.op.total), _num(running.total)),
        )
        p.end()


class CardLabel(QLabel):
    """A plan item's card: drag it to another column, or select it (click,
    Tab) and press Ctrl+Left/Right."""

    def __init__(self, card: Card, view: YearsWindow, parent: QWidget, where: str = "") -> None:
        super().__init__(parent)
        self.card, self.view = card, view
        self._pressed: QPoint | None = None
        done = card.status == ItemStatus.COMPLETED
        mark = "✓ " if done else ("✗ " if card.status == ItemStatus.FAILED else "")
        uni = " · Aalto" if card.provider == Provider.AALTO else ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(f"{mark}{card.label}\n" + fill(self.tr("%1 op"), _num(card.op)) + uni)
        self.setToolTip(f"{card.code} {card.name}")
        # in words for a screen reader: code, name, op, period, how it stands
        parts = [card.label, card.name, fill(self.tr("%1 op"), _num(card.op))]
        if where:
            parts.append(where)
        if done:
            parts.append(self.tr("completed"))
        elif card.status == ItemStatus.FAILED:
            parts.append(self.tr("failed"))
        if uni:
            parts.append("Aalto")
        self.setAccessibleName(", ".join(parts))
        self.setAccessibleDescription(
            self.tr("Ctrl+Left or Ctrl+Right takes it in the period before or after")
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("yearCard")
        self.setProperty("done", done)
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._pressed).manhattanLength() < 8:
            return
        self._pressed = None
        drag = QDrag(self)
        drag.setMimeData(item_mime(self.card.item_id))
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.view.step(self.card.item_id, -1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setProperty("selected", True)
        self.setStyleSheet(self.styleSheet())
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setProperty("selected", False)
        self.setStyleSheet(self.styleSheet())
        super().focusOutEvent(event)


def item_mime(item_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(str(item_id).encode()))
    return data


class PeriodColumn(QFrame):
    """A period: its name, sittings, bar and cards; a card dropped here moves."""

    def __init__(self, column: Column, view: YearsWindow, top: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.column, self.view = column, view
        self.setAcceptDrops(column.period is not None)
        self.setObjectName("yearColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(3)
        period = column.period
        if period is None:
            title = self.tr("Elsewhere or earlier")
            where = self.tr("elsewhere or earlier")
        else:
            where = fill(self.tr("%1 period %2"), period.year, period.number)
            title = fill(
                self.tr("%1 period %2\n%3 – %4"),
                period.year,
                period.number,
                period.start.strftime("%-d.%-m."),
                period.end.strftime("%-d.%-m.%Y"),
            )
        self.setAccessibleName(title.replace("\n", ", "))
        self.setAccessibleDescription(
            fill(
                self.tr("%1 op in this period, %2 op by its end; courses: %3"),
                _num(column.op.total),
                _num(column.running.total),
                len(column.cards),
            )
        )
        head = QLabel(title, self)
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(head)
        # the bars first, so the target lines run level across every column
        box.addWidget(OpBar(column, view.data.targets, top, self) if view.data else QWidget())
        for sitting in column.sittings:
            mark = QLabel(
                fill(
                    self.tr("✎ Matriculation %1 %2"),
                    sitting.day.strftime("%-d.%-m."),
                    ", ".join(sitting.subjects),
                ),
                self,
            )
            mark.setObjectName("sitting")
            mark.setWordWrap(True)
            if sitting.writes:
                font = mark.font()
                font.setBold(True)
                mark.setFont(font)
            box.addWidget(mark)
        self.cards = [CardLabel(card, view, self, where) for card in column.cards]
        for card in self.cards:
            box.addWidget(card)
        box.addStretch(1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME) and self.column.period is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(MIME) or self.column.period is None:
            return
        item_id = int(bytes(data.data(MIME).data()).decode() or 0)
        event.acceptProposedAction()
        self.view.move_item(item_id, self.column.period.key)


class YearsWindow(QWidget):
    """The three-year view of the plan the main window shows."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        self.data: ThreeYears | None = None
        self.columns: list[PeriodColumn] = []
        self.setObjectName("YearsWindow")
        self.setWindowTitle(self.tr("Three years"))
        self.setStyleSheet(
            "QLabel#yearCard { background: palette(base); padding: 2px; }"
            'QLabel#yearCard[done="true"] { background: #e8efe8; }'
            'QLabel#yearCard[selected="true"] { border: 2px solid palette(highlight); }'
            "QLabel#sitting { color: #7a3b00; }"
        )
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("yearsMessage")
        self.message.setWordWrap(True)
        self.area = QScrollArea(self)
        self.area.setAccessibleName(self.tr("Three years"))  # it takes focus: named
        self.area.setWidgetResizable(True)
        self.body = QWidget()
        self.row = QHBoxLayout(self.body)
        self.row.setSpacing(0)
        self.area.setWidget(self.body)
        box = QVBoxLayout(self)
        box.addWidget(self.legend)
        box.addWidget(self.area, 1)
        box.addWidget(self.message)
        add_edit_actions(self, host.undo_stack)
        host.plan_refreshed.connect(self._on_host_plan_refreshed)
        self.resize(1280, 760)
        self.refresh()

    def _on_host_plan_refreshed(self, _ms: float) -> None:
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        state, ws = self.host.state, self.host.workspace
        if state is None or ws is None:
            return
        try:
            data = three_years(state, ws.audit_input(state.plan.id))
        except PlannerError as error:
            self.message.setText(str(error))
            return
        self.setWindowTitle(fill(self.tr("Three years — %1"), state.student.name))
        self.show_years(data)

    def show_years(self, data: ThreeYears) -> None:
        focused = next(
            (c.card.item_id for col in self.columns for c in col.cards if c.hasFocus()), None
        )
        self.data = data
        t = data.targets
        self.legend.setText(
            fill(
                self.tr(
                    "Bars: op planned by the end of each period — compulsory (solid), "
                    "national electives (dotted), school-specific (hatched), university "
                    "(crossed). Lines: %1 op in all (solid), %2 op compulsory (dashed), "
                    "%3 op compulsory and national electives (dotted). Drag a course to "
                    "another period, or select it and press Ctrl+Left/Right."
                ),
                _num(t.total),
                _num(t.compulsory),
                _num(t.compulsory + t.national),
            )
        )
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        top = max([t.total * 1.08, *(c.running.total for c in data.columns)])
        self.columns = [PeriodColumn(c, self, top, self.body) for c in data.columns]
        for column in self.columns:
            column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self.row.addWidget(column)
        if focused is not None:
            self.focus_card(focused)

    def focus_card(self, item_id: int) -> bool:
        for column in self.columns:
            for card in column.cards:
                if card.card.item_id == item_id:
                    card.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.area.ensureWidgetVisible(card)
                    return True
        return False

    # moving -------------------------------------------------------------------------
    def step(self, item_id: int, by: int) -> bool:
        """Move the item to the period ``by`` columns away."""
        keys = [c.column.period.key for c in self.columns if c.column.period is not None]
        here = next(
            (
                c.column.period.key
                for c in self.columns
                if c.column.period is not None and any(k.card.item_id == item_id for k in c.cards)
            ),
            None,
        )
        if here is None:
            return False
        n = keys.index(here) + by
        return 0 <= n < len(keys) and self.move_item(item_id, keys[n])

    def move_item(self, item_id: int, period_key: str) -> bool:
        """Take the item's course in ``period_key`` instead: one undo step."""
        from schoolaas.ui.tray.move_command import MoveItem

        host, state = self.host, self.host.state
        if state is None or host.plan_service is None:
            return False
        item = next((i for i in state.items if i.id == item_id), None)
        if item is None or item.period == period_key:
            return False
        if item.status in (ItemStatus.COMPLETED, ItemStatus.FAILED):
            self.message.setText(
                fill(self.tr("%1 is done: it stays in the period it was taken."), item.code)
            )
            return False
        try:
            target = move_target(state, item_id, period_key)
        except PlannerError as error:
            self.message.setText(str(error))
            return False
        command = MoveItem(
            fill(self.tr("Move %1"), item.code),
            cast("Edits", host.plan_service),
            host.edits.publish,
            host.errors.report_error,
            plan_id=state.plan.id,
            item_id=item_id,
            seen=(item.status, item.grade, tuple(item.group_keys)),
            offering_key=target,
        )
        done = host.edits.push(command)
        if done:
            self.message.setText("")
            new_id = command.new_id
            if new_id is not None:
                QTimer.singleShot(0, lambda: self.focus_card(new_id))
        return done


def _num(value: float) -> str:
    return f"{value:g}"
