"""The School setup window: one tab per kind of record (schools, school
years, periods with exam weeks, holidays and no-teaching days, buildings,
rooms, travel times with the campus walking speed, matriculation exam
days), each an editable table over services/setup.

Every edit (a cell, Add…, Remove, the walking speed) is stored at once as
one undo step on the window's QUndoStack (ui/setup/commands.py) and goes
out on the change bus, so the other windows follow; what the service
refuses is shown under the tables in plain words and nothing is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.calendar import year_of
from schoolaas.services import setup
from schoolaas.services.errors import PlannerError
from schoolaas.services.setup import SetupKind
from schoolaas.services.views import Change
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.setup.choice_delegate import ChoiceDelegate
from schoolaas.ui.setup.commands import ServiceEdit
from schoolaas.ui.setup.record_form import RecordForm
from schoolaas.ui.setup.records_model import RecordModel, describe, holiday_kinds
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain_label

KINDS = (
    SetupKind.SCHOOL, SetupKind.YEAR, SetupKind.PERIOD, SetupKind.HOLIDAY,
    SetupKind.BUILDING, SetupKind.ROOM, SetupKind.TRAVEL, SetupKind.MATRICULATION,
)  # fmt: skip


class RecordEdit(ServiceEdit):
    """Add (``before`` None), change or remove (``after`` None) one setup
    record; each step keeps the record as stored (a holiday's new id)."""

    def __init__(self, text: str, workspace: Any, before: Any, after: Any, apply: Any,
                 report: Any) -> None:  # fmt: skip
        super().__init__(text, workspace, self._forward, self._back, apply, report)
        self.before, self.after = before, after

    def _forward(self) -> Change:
        if self.before is None:
            change = setup.add(self.workspace, self.after)
            self.after = change.snapshot["after"]
        elif self.after is None:
            change = setup.remove(self.workspace, self.before)
        else:
            change = setup.change(self.workspace, self.before, self.after)
            self.after = change.snapshot["after"]
        return change

    def _back(self) -> Change:
        if self.before is None:
            return setup.remove(self.workspace, self.after)
        if self.after is None:
            change = setup.add(self.workspace, self.before)
        else:
            change = setup.change(self.workspace, self.after, self.before)
        self.before = change.snapshot["after"]
        return change


class SetupTab(QWidget):
    """The table of one kind with Add… and Remove."""

    def __init__(self, kind: SetupKind, window: SetupWindow) -> None:
        super().__init__(window)
        self.kind = kind
        self.sized = False
        self.model = RecordModel(kind, window.save, self)
        self.model.refused.connect(window.show_error)
        self.view = QTableView()
        frame_focused_cells(self.view)  # the focused cell framed
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
        self.view.verticalHeader().hide()
        if kind == SetupKind.HOLIDAY:  # the kind of day off from a list
            self.view.setItemDelegateForColumn(
                self.model.shown.index("kind"),
                ChoiceDelegate(lambda: list(holiday_kinds().values()), self.view),
            )
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: window.add(kind))
        self.remove_button.clicked.connect(lambda: window.remove_current(kind))
        self.note = plain_label()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None


class SetupWindow(QMainWindow):
    """The school's world in tables; see the module doc."""

    def __init__(
        self,
        workspace: Any,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.workspace = workspace
        self.bus = bus if bus is not None else ChangeBus(self)
        self.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.tabs = QTabWidget()
        self.tab: dict[SetupKind, SetupTab] = {}
        for kind in KINDS:
            self.tab[kind] = SetupTab(kind, self)
            self.tabs.addTab(self.tab[kind], "")
        self._build_walking_speed()
        self.free_room_button = QPushButton()  # ui/premises/free_room_dialog.py
        self.free_room_button.clicked.connect(self.find_free_room)
        self.tab[SetupKind.ROOM].buttons.addWidget(self.free_room_button)
        self.message = error_label()  # quotes what was typed
        self.message.setWordWrap(True)
        self.message.setAccessibleName("error")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        self._build_actions()
        self.retranslate()
        self.reload()
        self.resize(1000, 620)

    # -- building ---------------------------------------------------------
    def _build_walking_speed(self) -> None:
        travel = self.tab[SetupKind.TRAVEL]
        self.speed_label = QLabel()
        self.speed_spin = QDoubleSpinBox()
        self.speed_spin.setRange(20.0, 200.0)
        self.speed_spin.setDecimals(1)
        self.speed_label.setBuddy(self.speed_spin)
        self.speed_button = QPushButton()
        self.speed_button.clicked.connect(lambda: self.set_walking_speed(self.speed_spin.value()))
        travel.buttons.addWidget(self.speed_label)
        travel.buttons.addWidget(self.speed_spin)
        travel.buttons.addWidget(self.speed_button)

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_action = QAction(self)
        self.add_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence("Insert")])
        self.add_action.triggered.connect(lambda: self.add(self.current_kind()))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.triggered.connect(lambda: self.remove_current(self.current_kind()))
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.edit_menu = self.menuBar().addMenu("")
        for action in (self.undo_action, self.redo_action, None, self.add_action,
                       self.remove_action, None, self.close_action):  # fmt: skip
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)

    # -- reading ----------------------------------------------------------
    def current_kind(self) -> SetupKind:
        return KINDS[self.tabs.currentIndex()]

    def show_kind(self, kind: SetupKind) -> SetupTab:
        self.tabs.setCurrentIndex(KINDS.index(kind))
        return self.tab[kind]

    def reload(self, kinds: tuple[SetupKind, ...] = KINDS) -> None:
        try:
            for kind in kinds:
                tab = self.tab[kind]
                tab.model.set_rows(setup.records(self.workspace, kind))
                if not tab.sized and tab.model.rowCount():
                    tab.view.resizeColumnsToContents()  # once: then as the user leaves them
                    tab.sized = True
            self.speed_spin.setValue(setup.walking_speed(self.workspace))
        except PlannerError as exc:
            self.show_error(str(exc))

    # -- edits ------------------------------------------------------------
    def save(self, before: Any, after: Any) -> bool:
        """Store a changed record as an undo step (the models call this)."""
        text = self.tr("Change %1").replace("%1", describe(before))
        return self._push(RecordEdit(text, self.workspace, before, after, self._apply,
                                     self.show_error_of))  # fmt: skip

    def add_record(self, record: Any) -> bool:
        text = self.tr("Add %1").replace("%1", describe(record))
        return self._push(RecordEdit(text, self.workspace, None, record, self._apply,
                                     self.show_error_of))  # fmt: skip

    def remove_record(self, record: Any) -> bool:
        text = self.tr("Remove %1").replace("%1", describe(record))
        return self._push(RecordEdit(text, self.workspace, record, None, self._apply,
                                     self.show_error_of))  # fmt: skip

    def set_walking_speed(self, speed: float) -> bool:
        old = setup.walking_speed(self.workspace)
        if abs(old - speed) < 1e-9:
            return False
        text = self.tr("Walking speed %1 m/min").replace("%1", f"{speed:g}")
        ws = self.workspace
        return self._push(ServiceEdit(
            text, ws, lambda: setup.set_walking_speed(ws, speed),
            lambda: setup.set_walking_speed(ws, old), self._apply, self.show_error_of,
        ))  # fmt: skip

    def _push(self, command: ServiceEdit) -> bool:
        try:
            command.execute()
        except PlannerError as exc:
            self.show_error(str(exc))
            self.reload()  # the tables show what is stored
            return False
        self.undo_stack.push(command)
        return True

    def add(self, kind: SetupKind) -> bool:
        """Ask for a new record of ``kind`` and store it; the form stays
        open with the reason while the service refuses what was typed."""
        self.show_kind(kind)
        form = RecordForm(kind, self.defaults(kind), self)
        tab_title = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        form.setWindowTitle(self.tr("Add to %1").replace("%1", tab_title))
        while form.exec():
            try:
                record = form.record()
            except PlannerError as exc:
                form.error.setText(str(exc))
                continue
            if self.add_record(record):
                self.message.clear()
                return True
            form.error.setText(self.message.text())
        return False

    def remove_current(self, kind: SetupKind) -> bool:
        record = self.tab[kind].current()
        if record is None:
            self.show_error(self.tr("Choose a row to remove first."))
            return False
        return self.remove_record(record)

    def find_free_room(self) -> QWidget:
        from schoolaas.ui.premises.free_room_dialog import FreeRoomDialog

        dialog = FreeRoomDialog(self.workspace, self, bus=self.bus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def defaults(self, kind: SetupKind) -> dict[str, Any]:
        """Likely values for a new record of ``kind``."""
        rows = {k: self.tab[k].model.rows() for k in KINDS}
        school = rows[SetupKind.SCHOOL][0].code if rows[SetupKind.SCHOOL] else ""
        building = rows[SetupKind.BUILDING][0] if rows[SetupKind.BUILDING] else None
        today = date.today()
        year = year_of(today)
        if kind == SetupKind.PERIOD:
            numbers = [p.number for p in rows[kind] if p.school == school and p.year == year]
            return {"school": school, "year": year, "number": max(numbers, default=0) + 1,
                    "start": today, "end": today}  # fmt: skip
        return {
            SetupKind.SCHOOL: {"building": building.code if building else "",
                               "curriculum": "LOPS2021"},
            SetupKind.YEAR: {"school": school, "year": year,
                             "start": date(int(year[:4]), 8, 1),
                             "end": date(int(year[:4]) + 1, 6, 1)},
            SetupKind.HOLIDAY: {"school": school, "start": today, "end": today},
            SetupKind.BUILDING: {"site": building.site if building else "",
                                 "lat": building.lat if building else 60.1867,
                                 "lon": building.lon if building else 24.8277},
            SetupKind.ROOM: {"building": building.code if building else "", "capacity": 30,
                             "kind": "classroom", "accessible": True},
            SetupKind.TRAVEL: {"minutes": 15},
            SetupKind.MATRICULATION: {"day": today, "subject": "MA"},
        }.get(kind, {})  # fmt: skip

    # -- showing ----------------------------------------------------------
    def _apply(self, change: Change) -> None:
        self.message.clear()
        self.bus.publish(change, self)
        self.reload()

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    def show_error_of(self, error: Exception) -> None:
        self.show_error(str(error))
        self.reload()

    def _on_bus_changes_applied(self, change: Change, origin: object) -> None:
        if origin is not self and (change.catalogue or change.premises or change.settings):
            self.reload()  # an import, the premises window, another copy

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("School setup"))
        titles = {
            SetupKind.SCHOOL: self.tr("&Schools"), SetupKind.YEAR: self.tr("School &years"),
            SetupKind.PERIOD: self.tr("&Periods"),
            SetupKind.HOLIDAY: self.tr("&Holidays and no-teaching days"),
            SetupKind.BUILDING: self.tr("&Buildings"), SetupKind.ROOM: self.tr("&Rooms"),
            SetupKind.TRAVEL: self.tr("&Travel times"),
            SetupKind.MATRICULATION: self.tr("&Matriculation days"),
        }  # fmt: skip
        notes = {
            SetupKind.SCHOOL: self.tr("Each school with its own building and curriculum."),
            SetupKind.YEAR: self.tr("The first and last day of each school year."),
            SetupKind.PERIOD: self.tr(
                "Periods of a school year with their exam weeks: no lessons in the exam week."
            ),
            SetupKind.HOLIDAY: self.tr(
                "Holidays and no-teaching days: no lesson is held on them; the lessons "
                "follow when you change them."
            ),
            SetupKind.BUILDING: self.tr(
                "Buildings with coordinates; the site groups buildings for travel times."
            ),
            SetupKind.ROOM: self.tr("Rooms with their seats and kind (lab, studio, lecture hall)."),
            SetupKind.TRAVEL: self.tr(
                "Minutes between sites (both ways); within a site the audit walks at the "
                "walking speed below."
            ),
            SetupKind.MATRICULATION: self.tr("The exam day of each subject; the sitting follows "
                                             "from the date."),
        }  # fmt: skip
        for n, kind in enumerate(KINDS):
            self.tabs.setTabText(n, titles[kind])
            tab = self.tab[kind]
            tab.note.setText(notes[kind])
            tab.add_button.setText(self.tr("&Add…"))
            tab.remove_button.setText(self.tr("Re&move"))
            tab.view.setAccessibleName(titles[kind].replace("&", ""))
            tab.model.retranslate()
        self.speed_label.setText(self.tr("&Walking speed (m/min):"))
        self.speed_button.setText(self.tr("Set &speed"))
        self.free_room_button.setText(self.tr("&Find a free room…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.add_action.setText(self.tr("&Add…"))
        self.remove_action.setText(self.tr("Re&move"))
        self.close_action.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
