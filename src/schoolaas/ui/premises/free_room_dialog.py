"""Find a free room: a lesson pattern (weekly slots over a period, or single
dated lessons) and a group size give the rooms free on every lesson, with
seats, kind and walking time from the school; the chosen one is booked for
a school course group as an undoable edit (services/premises/free_rooms.py),
which the room-use view then shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.free_rooms import FreeRoom
from schoolaas.domain.model import Provider, Session
from schoolaas.services.errors import PlannerError
from schoolaas.services.premises import free_rooms as service
from schoolaas.services.premises.buildings import MAX_CAPACITY, ROOM_KINDS
from schoolaas.services.views import Change
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.setup.commands import ServiceEdit
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain_label
from schoolaas.ui.widgets.table_base import RowTableModel


class FreeRoomsModel(RowTableModel[FreeRoom]):
    """The free rooms: room, building, kind, seats, minutes from the school."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = ["Room", "Building", "Kind", "Seats", "Walk (min)"]

    def display(self, row: FreeRoom, column: int) -> str:
        room = row.room
        values = (room.key, room.building, room.kind, str(room.capacity),
                  "" if row.walk is None else str(row.walk))  # fmt: skip
        return values[column]

    def sort_value(self, row: FreeRoom, column: int) -> Any:
        if column == 3:
            return row.room.capacity
        if column == 4:
            return row.walk if row.walk is not None else 10**6
        return self.display(row, column).casefold()

    def row_id(self, row: FreeRoom) -> Any:
        return row.key


class BookRoom(ServiceEdit):
    """Book a room for a school course group; undo takes the booking back."""

    def __init__(
        self,
        text: str,
        workspace: Any,
        group: tuple[str, str],
        room: str,
        lessons: tuple[Session, ...],
        apply: Any,
        report: Any,
    ) -> None:
        self.booking: service.Booking | None = None
        super().__init__(text, workspace, self._book, self._unbook, apply, report)
        self.group, self.room, self.lessons = group, room, lessons

    def _book(self) -> Change:
        self.booking, change = service.book_room(self.workspace, self.group, self.room,
                                                 self.lessons)  # fmt: skip
        return change

    def _unbook(self) -> Change:
        assert self.booking is not None
        return service.unbook(self.workspace, self.booking)


class FreeRoomDialog(QDialog):
    """The pattern and size on top, the free rooms below, Book and Undo."""

    def __init__(
        self,
        workspace: Any,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus if bus is not None else ChangeBus(self)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.lessons_found: tuple[Session, ...] = ()
        self._build()
        self._fill_choices()
        self.retranslate()

    # -- building ---------------------------------------------------------
    def _build(self) -> None:
        self.course_box = QComboBox()
        self.weekly_button, self.dated_button = QRadioButton(), QRadioButton()
        self.weekly_button.setChecked(True)
        self.period_box = QComboBox()
        self.slots_edit = QLineEdit()
        self.lessons_edit = QPlainTextEdit()
        self.lessons_edit.setTabChangesFocus(True)
        self.lessons_edit.setMaximumHeight(70)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_CAPACITY)
        self.size_spin.setValue(25)
        self.school_box = QComboBox()
        self.kind_box = QComboBox()
        self.find_button = QPushButton()
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        self.weekly_button.toggled.connect(self._show_mode)
        self.course_box.currentIndexChanged.connect(self._follow_course)
        self.model = FreeRoomsModel(self)
        self.table = QTableView()
        frame_focused_cells(self.table)  # the focused cell framed
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda *_: self.book())
        self.book_button, self.undo_button, self.redo_button = (QPushButton(), QPushButton(),
                                                                QPushButton())  # fmt: skip
        self.book_button.clicked.connect(self.book)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        self.summary = QLabel()
        self.message = error_label()  # quotes what was typed
        self.message.setWordWrap(True)
        self.done_label = plain_label()
        self.done_label.setWordWrap(True)

        form = QFormLayout()
        self.course_label, self.pattern_label = QLabel(), QLabel()
        self.period_label, self.slots_label, self.lessons_label = QLabel(), QLabel(), QLabel()
        self.size_label, self.school_label, self.kind_label = QLabel(), QLabel(), QLabel()
        modes = QHBoxLayout()
        modes.addWidget(self.weekly_button)
        modes.addWidget(self.dated_button)
        modes.addStretch(1)
        form.addRow(self.course_label, self.course_box)
        form.addRow(self.pattern_label, modes)
        form.addRow(self.period_label, self.period_box)
        form.addRow(self.slots_label, self.slots_edit)
        form.addRow(self.lessons_label, self.lessons_edit)
        sizes = QHBoxLayout()
        sizes.addWidget(self.size_spin)
        sizes.addWidget(self.kind_label)
        sizes.addWidget(self.kind_box)
        sizes.addWidget(self.school_label)
        sizes.addWidget(self.school_box)
        sizes.addStretch(1)
        sizes.addWidget(self.find_button)
        form.addRow(self.size_label, sizes)
        for label, buddy in (
            (self.course_label, self.course_box), (self.period_label, self.period_box),
            (self.slots_label, self.slots_edit), (self.lessons_label, self.lessons_edit),
            (self.size_label, self.size_spin), (self.school_label, self.school_box),
            (self.kind_label, self.kind_box),
        ):  # fmt: skip
            label.setBuddy(buddy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.done_label)
        self.resize(760, 560)
        self._show_mode()

    def _fill_choices(self) -> None:
        try:
            groups = service.school_groups(self.workspace)
            cat = self.workspace.catalogue()
        except PlannerError as exc:
            self.message.setText(str(exc))
            return
        self.course_box.clear()
        self.course_box.addItem("—", None)
        for offering, group, label in groups:
            self.course_box.addItem(label, f"{offering}\n{group}")  # a str: findData finds it
        self.period_box.clear()
        for period in sorted(cat.periods.values(), key=lambda p: (p.start, p.key)):
            if period.provider == Provider.SCHOOL:
                self.period_box.addItem(period.key, period.key)
        self.school_box.clear()
        for code, info in sorted(cat.schools.items()):
            self.school_box.addItem(f"{code} {info.name}", code)
        self.kind_box.clear()
        self.kind_box.addItem("", None)
        for kind in sorted({*ROOM_KINDS, *(r.kind for r in cat.rooms.values())}):
            self.kind_box.addItem(kind, kind)

    def _follow_course(self, *_args: object) -> None:
        """The chosen course group's own period becomes the pattern's."""
        period = self.course_box.currentText().rpartition("(")[2].rstrip(")")
        index = self.period_box.findData(period)
        if index >= 0:
            self.period_box.setCurrentIndex(index)

    def _show_mode(self, *_args: object) -> None:
        weekly = self.weekly_button.isChecked()
        for widget in (self.period_box, self.period_label, self.slots_edit, self.slots_label):
            widget.setVisible(weekly)
        for widget in (self.lessons_edit, self.lessons_label):
            widget.setVisible(not weekly)

    # -- the pattern ------------------------------------------------------
    def set_course(self, offering_key: str, group_key: str) -> None:
        index = self.course_box.findData(f"{offering_key}\n{group_key}")
        if index >= 0:
            self.course_box.setCurrentIndex(index)

    def set_weekly(self, period: str, slots: str) -> None:
        self.weekly_button.setChecked(True)
        self.period_box.setCurrentIndex(max(self.period_box.findData(period), 0))
        self.slots_edit.setText(slots)

    def set_dated(self, lines: str) -> None:
        self.dated_button.setChecked(True)
        self.lessons_edit.setPlainText(lines)

    def lessons(self) -> tuple[Session, ...]:
        """The lessons of the pattern as typed (InvalidInput when not)."""
        if self.dated_button.isChecked():
            lines = [t for t in self.lessons_edit.toPlainText().splitlines() if t.strip()]
            return service.dated_lessons(service.parse_lesson(t) for t in lines)
        slots = [service.parse_slot(t) for t in self.slots_edit.text().replace(",", ";").split(";")
                 if t.strip()]  # fmt: skip
        return service.weekly_lessons(self.workspace, self.period_box.currentData()
                                      or "", slots)  # fmt: skip

    def group(self) -> tuple[str, str] | None:
        data = self.course_box.currentData()
        if not data:
            return None
        offering, _, group = str(data).partition("\n")
        return offering, group

    # -- actions ----------------------------------------------------------
    def find(self) -> bool:
        """List the free rooms; False (the reason shown) when refused."""
        self.message.clear()
        try:
            lessons = self.lessons()
            found = service.find_free_rooms(
                self.workspace, lessons, self.size_spin.value(),
                school=self.school_box.currentData(), kind=self.kind_box.currentData(),
                group=self.group(),
            )  # fmt: skip
        except PlannerError as exc:
            self.message.setText(str(exc))
            self.model.set_rows([])
            self.summary.clear()
            return False
        self.lessons_found = lessons
        self.model.set_rows(found)
        first, last = lessons[0].start, lessons[-1].start
        self.summary.setText(
            self.tr("%n free room(s) for %1 lessons %2–%3", "", len(found))
            .replace("%1", str(len(lessons)))
            .replace("%2", f"{first:%d.%m.%Y}")
            .replace("%3", f"{last:%d.%m.%Y}")
        )
        if found:
            self.table.selectRow(0)
        return True

    def chosen_room(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).key if index.isValid() else None

    def book(self) -> bool:
        """Book the chosen room for the chosen course group (undoable)."""
        group, room = self.group(), self.chosen_room()
        if group is None:
            self.message.setText(self.tr("Choose the course group to book the room for."))
            return False
        if room is None or not self.lessons_found:
            self.message.setText(self.tr("Find the free rooms first and choose one."))
            return False
        label = self.course_box.currentText()
        command = BookRoom(
            self.tr("Book %1 for %2").replace("%1", room).replace("%2", label),
            self.workspace, group, room, self.lessons_found, self._apply, self._report,
        )  # fmt: skip
        try:
            command.execute()
        except PlannerError as exc:
            self.message.setText(str(exc))
            return False
        self.undo_stack.push(command)
        self.message.clear()
        self.done_label.setText(command.text())
        return True

    def _apply(self, change: Change) -> None:
        self.bus.publish(change, self)

    def _report(self, error: Exception) -> None:
        self.message.setText(str(error))

    # -- words ------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find a free room"))
        self.course_label.setText(self.tr("&Course group:"))
        self.pattern_label.setText(self.tr("Lessons:"))
        self.weekly_button.setText(self.tr("&Weekly over a period"))
        self.dated_button.setText(self.tr("Single &dates"))
        self.period_label.setText(self.tr("&Period:"))
        self.slots_label.setText(self.tr("Weekly &slots:"))
        self.slots_edit.setPlaceholderText(self.tr("Mon 08:15-09:30; Wed 10:00-11:15"))
        self.lessons_label.setText(self.tr("&Lessons:"))
        self.lessons_edit.setPlaceholderText(self.tr("One per line: 2026-10-05 08:15-09:30"))
        self.size_label.setText(self.tr("&Group size:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.school_label.setText(self.tr("Walk from &school:"))
        self.find_button.setText(self.tr("&Find free rooms"))
        self.book_button.setText(self.tr("&Book for the course group"))
        self.undo_button.setText(self.tr("&Undo"))
        self.redo_button.setText(self.tr("&Redo"))
        if self.kind_box.count():
            self.kind_box.setItemText(0, self.tr("any kind"))
        self.model.headers = [self.tr("Room"), self.tr("Building"), self.tr("Kind"),
                              self.tr("Seats"), self.tr("Walk (min)")]  # fmt: skip
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.table.setAccessibleName(self.tr("Free rooms"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
