"""The course tray as a grid: one school year, periods as columns and bars
as rows, each cell the course groups offered there with their free seats;
the Aalto courses starting in each period in the last row, marked by
whether they fit. The plan's choices are checked buttons; a clash, a second
course in one bar and a course chosen twice are written out in the button
(not told by colour only). Clicking a button (or Space/Enter on it; the
arrow keys move between buttons) chooses that group, or drops it when it is
chosen: one undoable edit through the main window's plan edits.

The grid is worked out by services/plans/tray_grid.py from the main
window's plan state; the window redraws after each state the main window
shows (its ``plan_refreshed`` signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.plans.tray_grid import (
    AaltoCourse,
    TrayCell,
    TrayGrid,
    TrayGroup,
    default_year,
    tray_grid,
)
from schoolaas.ui import options as opt
from schoolaas.ui.tray.edit_actions import add_edit_actions
from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.ui.tray.host import PlanHost

STYLE = """
QToolButton { text-align: left; padding: 2px 4px; border: 1px solid palette(mid);
  border-radius: 3px; background: palette(base); }
QToolButton:focus { border: 2px solid palette(highlight); }
QToolButton[chosen="true"] { background: #cfe3ff; font-weight: bold; }
QToolButton[clash="true"] { border: 2px dashed #b03a2e; }
QToolButton[fits="false"] { color: #7a2a20; }
QFrame#trayCell[crowded="true"] { border: 2px solid #b03a2e; }
"""


class ChoiceButton(QToolButton):
    """A course group (or an Aalto course) to choose: ``key`` its offering,
    ``item_id`` the plan item choosing it (0: not chosen)."""

    def __init__(self, key: str, item_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.item_id = item_id or 0
        self.setCheckable(True)
        self.setChecked(bool(item_id))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setProperty("chosen", bool(item_id))


class TrayWindow(QWidget):
    """The grid of the plan the main window shows (a window of its own)."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        self.setObjectName("TrayWindow")
        self.setWindowTitle(self.tr("Course tray"))
        self.setStyleSheet(STYLE)
        self.grid: TrayGrid | None = None
        self.buttons: list[ChoiceButton] = []
        self._places: dict[ChoiceButton, tuple[int, int, int]] = {}  # column, row, n
        self._year: str | None = None
        self._student: int | None = None

        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("School year"))
        self.year_combo.activated.connect(self._on_year_combo_activated)
        year_label = QLabel(self.tr("School &year:"), self)
        year_label.setBuddy(self.year_combo)
        self.legend = QLabel(
            self.tr(
                "✓ chosen · ⚠ clash · ② second course in one bar · "
                "“also in plan” the course is in the plan in another group · "
                "click or Space to choose or drop"
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("trayMessage")
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.legend, 1)

        self.area = QScrollArea(self)
        self.area.setAccessibleName(self.tr("Course tray"))  # it takes focus: named
        self.area.setWidgetResizable(True)
        self.body = QWidget()
        self.layout_ = QGridLayout(self.body)
        self.layout_.setSpacing(4)
        self.area.setWidget(self.body)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.area, 1)
        box.addWidget(self.message)

        add_edit_actions(self, host.undo_stack)
        host.plan_refreshed.connect(self._on_host_plan_refreshed)
        self.resize(1200, 760)
        self.refresh()

    # showing ------------------------------------------------------------------------
    def _on_host_plan_refreshed(self, _ms: float) -> None:
        QTimer.singleShot(0, self.refresh)  # after the main window has shown it

    def refresh(self) -> None:
        """Work the grid out again from the main window's state."""
        state, ws = self.host.state, self.host.workspace
        if state is None or ws is None:
            return
        if self._student != state.student.id or self._year is None:
            self._student = state.student.id
            self._year = default_year(state)
        language = self.host.options.get(opt.LANGUAGE)
        try:
            grid = tray_grid(ws, state, self._year, language=language)
        except PlannerError as error:
            self.message.setText(str(error))
            return
        self.setWindowTitle(fill(self.tr("Course tray — %1"), state.student.name))
        self.show_grid(grid)

    def show_grid(self, grid: TrayGrid) -> None:
        focused = next((b.key for b in self.buttons if b.hasFocus()), None)
        self.grid = grid
        self.year_combo.clear()
        for year in grid.years:
            self.year_combo.addItem(year, year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(grid.year), 0))
        self._clear()
        lay = self.layout_
        corner = QLabel(self.tr("Bar"), self.body)
        lay.addWidget(corner, 0, 0)
        for column, period in enumerate(grid.periods, start=1):
            head = QLabel(
                fill(
                    self.tr("Period %1\n%2 – %3"),
                    period.number,
                    period.start.strftime("%-d.%-m."),
                    period.end.strftime("%-d.%-m.%Y"),
                ),
                self.body,
            )
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(head, 0, column)
        for row, bar in enumerate(grid.bars, start=1):
            lay.addWidget(QLabel(fill(self.tr("Bar %1"), bar), self.body), row, 0)
            for column, period in enumerate(grid.periods, start=1):
                where = fill(self.tr("Period %1, bar %2"), period.number, bar)
                cell = self._cell(grid.cell(period.key, bar), column, row, where)
                lay.addWidget(cell, row, column)
        aalto_row = len(grid.bars) + 1
        lay.addWidget(QLabel(self.tr("Aalto"), self.body), aalto_row, 0)
        for column, period in enumerate(grid.periods, start=1):
            where = fill(self.tr("Period %1, Aalto courses"), period.number)
            lay.addWidget(
                self._aalto_cell(grid.aalto.get(period.key, ()), column, aalto_row, where),
                aalto_row,
                column,
            )
        lay.setRowStretch(aalto_row + 1, 1)
        if focused is not None:
            again = next((b for b in self.buttons if b.key == focused), None)
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.buttons.clear()
        self._places.clear()
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _frame(self, crowded: bool = False) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self.body)
        frame.setObjectName("trayCell")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setProperty("crowded", crowded)
        box = QVBoxLayout(frame)
        box.setContentsMargins(3, 3, 3, 3)
        box.setSpacing(2)
        return frame, box

    def _cell(self, cell: TrayCell, column: int, row: int, where: str) -> QFrame:
        """A period's bar: its groups as buttons; the cell itself reads,
        for assistive technology, where it is and every group in words."""
        frame, box = self._frame(cell.crowded)
        spoken = [self._group_spoken(g) for g in cell.groups]
        frame.setAccessibleName(where)
        frame.setAccessibleDescription("; ".join(spoken) or self.tr("no courses"))
        if cell.crowded:
            warn = QLabel(fill(self.tr("② %1 courses in this bar"), len(cell.chosen)), frame)
            warn.setObjectName("crowded")
            box.addWidget(warn)
        for n, group in enumerate(cell.groups):
            button = ChoiceButton(group.offering_key, group.item_id, frame)
            button.setText(self._group_text(group))
            button.setToolTip(self._group_tip(group))
            button.setProperty("clash", group.clashes)
            button.setAccessibleName(spoken[n])
            button.setAccessibleDescription(
                where + "; " + self._group_tip(group).replace("\n", ", ")
            )
            self._place(button, column, row, n)
            box.addWidget(button)
        box.addStretch(1)
        return frame

    def _aalto_cell(
        self, courses: tuple[AaltoCourse, ...], column: int, row: int, where: str
    ) -> QFrame:
        frame, box = self._frame()
        frame.setAccessibleName(where)
        frame.setAccessibleDescription(
            "; ".join(self._aalto_spoken(c) for c in courses) or self.tr("no courses")
        )
        for n, course in enumerate(courses):
            button = ChoiceButton(course.offering_key, course.item_id, frame)
            fit = self.tr("fits") if course.fits else self.tr("✗ clashes")
            mark = "✓ " if course.item_id else ""
            button.setText(f"{mark}{course.code}  {fit}")
            button.setToolTip(
                fill(
                    self.tr("%1\n%2 – %3, %4 ECTS"),
                    course.name,
                    course.start.strftime("%-d.%-m.%Y"),
                    course.end.strftime("%-d.%-m.%Y"),
                    _number(course.ects),
                )
            )
            button.setProperty("fits", course.fits)
            button.setProperty("clash", not course.fits)
            button.setAccessibleName(self._aalto_spoken(course))
            button.setAccessibleDescription(where + "; " + button.toolTip().replace("\n", ", "))
            self._place(button, column, row, n)
            box.addWidget(button)
        if not courses:
            box.addWidget(QLabel("–", frame))
        box.addStretch(1)
        return frame

    def _place(self, button: ChoiceButton, column: int, row: int, n: int) -> None:
        button.clicked.connect(lambda _checked=False, b=button: self.choose(b))
        button.installEventFilter(self)
        self.buttons.append(button)
        self._places[button] = (column, row, n)

    def _group_text(self, group: TrayGroup) -> str:
        head = ("✓ " if group.chosen else "") + group.label
        free = group.free
        if free is not None:
            head += " · " + (fill(self.tr("%1 free"), free) if free > 0 else self.tr("full"))
        lines = [head]
        if group.clashes:
            lines.append(self.tr("⚠ clash"))
        if group.elsewhere:
            where = group.elsewhere.split(":", 1)[-1]
            lines.append(fill(self.tr("also in plan: %1"), where))
        return "\n".join(lines)

    def _group_spoken(self, group: TrayGroup) -> str:
        """A group in words for a screen reader: "MAA07.2, 12 free seats,
        chosen, clash with CS-A1111 L01+XXH03" (no marks to read out)."""
        parts = [group.label]
        if group.free is not None:
            parts.append(
                fill(self.tr("free seats: %1"), group.free) if group.free > 0 else self.tr("full")
            )
        if group.chosen:
            parts.append(self.tr("chosen"))
        if group.clashes:
            others = ", ".join(group.clashes_with)
            parts.append(fill(self.tr("clash with %1"), others) if others else self.tr("clash"))
        if group.elsewhere:
            parts.append(fill(self.tr("also in plan: %1"), group.elsewhere.split(":", 1)[-1]))
        return ", ".join(parts)

    def _aalto_spoken(self, course: AaltoCourse) -> str:
        """An Aalto course in words: "CS-A1111 Programming 1, chosen, fits"
        or "…, clashes with MAA07.2"."""
        parts = [f"{course.code} {course.name}"]
        if course.item_id:
            parts.append(self.tr("chosen"))
        if course.fits:
            parts.append(self.tr("fits"))
        elif course.clashes_with:
            parts.append(fill(self.tr("clashes with %1"), ", ".join(course.clashes_with)))
        else:
            parts.append(self.tr("clashes"))
        return ", ".join(parts)

    def _group_tip(self, group: TrayGroup) -> str:
        seats = (
            fill(self.tr("%1 of %2 seats taken"), group.taken, group.seats)
            if group.seats is not None
            else fill(self.tr("%1 students planned"), group.taken)
        )
        return fill(self.tr("%1 %2, %3 op\n%4"), group.code, group.name, _number(group.op), seats)

    # choosing ------------------------------------------------------------------------
    def choose(self, button: ChoiceButton) -> bool:
        """Choose the button's group, or drop it when it is chosen: one
        undoable edit. Returns whether the edit was made."""
        edits = self.host.edits
        if button.item_id:
            done = edits.remove_item(button.item_id)
        else:
            done = edits.add_offering(button.key)
        # as the plan holds it until the grid is drawn again from the new state
        button.setChecked(bool(button.item_id))
        return done

    def _on_year_combo_activated(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if year and year != self._year:
            self._year = str(year)
            self.refresh()

    # keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, ChoiceButton)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.choose(watched)
                return True
            moves = {
                Qt.Key.Key_Left: (-1, 0),
                Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1),
            }
            if key in moves:
                target = self.neighbour(watched, *moves[Qt.Key(key)])
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.area.ensureWidgetVisible(target)
                return True
        return super().eventFilter(watched, event)

    def neighbour(self, button: ChoiceButton, dx: int, dy: int) -> ChoiceButton | None:
        """The button beside ``button``: Up and Down walk the groups of a cell
        and go on into the cell above or below; Left and Right go to the
        nearest group of the next cell in the row that has one."""
        column, row, n = self._places[button]
        by_cell: dict[tuple[int, int], list[ChoiceButton]] = {}
        for b, (c, r, _) in self._places.items():
            by_cell.setdefault((c, r), []).append(b)
        if dy:
            here = by_cell[(column, row)]
            if 0 <= n + dy < len(here):
                return here[n + dy]
            r = row + dy
            while (column, r) in by_cell or any(rr == r for _, rr in by_cell):
                cell = by_cell.get((column, r))
                if cell:
                    return cell[0] if dy > 0 else cell[-1]
                r += dy
            return None
        c = column + dx
        columns = {cc for cc, _ in by_cell}
        while columns and min(columns) <= c <= max(columns):
            cell = by_cell.get((c, row))
            if cell:
                return cell[min(n, len(cell) - 1)]
            c += dx
        return None


def _number(value: float | None) -> str:
    """1.0 -> "1", 2.5 -> "2.5", None -> "–"."""
    if value is None:
        return "–"
    return f"{value:g}"
