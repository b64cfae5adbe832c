"""Premises: buildings and rooms (edited in place, every value checked by the
premises service), the room use of a chosen week, and the travel-time
matrix between sites (used by the audit at once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.premises import Building, Room
from schoolaas.services.errors import PlannerError
from schoolaas.services.premises import buildings as service
from schoolaas.services.views import Change
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.premises.grid import RoomWeekGrid, weekday
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain_label
from schoolaas.ui.widgets.table_base import RowTableModel

Index = QModelIndex | QPersistentModelIndex
Save = Callable[[Any], object]  # raises PlannerError when the value is refused


class EditableModel(RowTableModel[Any]):
    """Rows of a frozen dataclass; editing a cell saves a changed copy
    through ``save``; a refused value leaves the row as it was and the
    service's message is emitted on ``refused``."""

    refused = Signal(str)

    def __init__(
        self, names: list[str], editable: set[str], save: Save, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.editable = editable
        self.save = save

    def display(self, row: Any, column: int) -> str:
        value = getattr(row, self.names[column])
        if isinstance(value, bool):
            return ""
        return f"{value:g}" if isinstance(value, float) else str(value)

    def sort_value(self, row: Any, column: int) -> Any:
        value = getattr(row, self.names[column])
        return value if isinstance(value, int | float) else str(value).casefold()

    def extra(self, row: Any, column: int, role: int) -> Any:
        value = getattr(row, self.names[column])
        if role == Qt.ItemDataRole.CheckStateRole and isinstance(value, bool):
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.names[index.column()] in self.editable:
            value = getattr(self.row(index.row()), self.names[index.column()])
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable
                if isinstance(value, bool)
                else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        name = self.names[index.column()]
        old = self.row(index.row())
        current = getattr(old, name)
        if role == Qt.ItemDataRole.CheckStateRole and isinstance(current, bool):
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            value = _convert(current, value, name)
            new = replace(old, **{name: value})
            self.save(new)
        except PlannerError as exc:
            self.refused.emit(str(exc))
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        return True


def _convert(current: Any, value: Any, name: str) -> Any:
    if isinstance(current, bool):
        return bool(value)
    if isinstance(current, int | float):
        try:
            return type(current)(str(value).replace(",", ".").strip())
        except ValueError:
            from schoolaas.services.errors import InvalidInput

            raise InvalidInput(f"{name}: {value!r} is not a number.") from None
    return str(value)


class PremisesView(QWidget):
    """Three tabs: buildings and rooms, room use, travel times. Each stored
    edit goes out on the application's "changes applied" bus (ui/changes.py);
    premises or catalogue changes made elsewhere show here again."""

    def __init__(
        self, workspace: Any, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else ChangeBus(self)
        self.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.workspace = workspace
        self.tabs = QTabWidget()
        self.message = error_label()  # names rooms and buildings: shown as typed
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        self._build_rooms_tab()
        self._build_use_tab()
        self._build_travel_tab()
        self.retranslate()
        self.reload()

    # -- buildings and rooms --------------------------------------------
    def _build_rooms_tab(self) -> None:
        self.buildings_model = EditableModel(
            [f.name for f in fields(Building)],
            {"name", "address", "site", "lat", "lon"},
            lambda b: self._save(service.save_building, b),
            self,
        )
        self.rooms_model = EditableModel(
            ["building", "code", "capacity", "kind", "accessible"],
            {"capacity", "kind", "accessible"},
            lambda r: self._save(service.save_room, r),
            self,
        )
        for model in (self.buildings_model, self.rooms_model):
            model.refused.connect(self._on_model_refused)
        self.buildings_view = _table(self.buildings_model)
        self.rooms_view = _table(self.rooms_model)
        self.buildings_view.selectionModel().currentRowChanged.connect(self._show_rooms)
        self.add_building_button = QPushButton()
        self.add_building_button.clicked.connect(self.add_building)
        self.add_room_button = QPushButton()
        self.add_room_button.clicked.connect(self.add_room)
        self.delete_room_button = QPushButton()
        self.delete_room_button.clicked.connect(self.delete_room)
        left, right = QWidget(), QWidget()
        lv, rv = QVBoxLayout(left), QVBoxLayout(right)
        self.buildings_label, self.rooms_label = QLabel(), QLabel()
        lv.addWidget(self.buildings_label)
        lv.addWidget(self.buildings_view)
        lv.addWidget(self.add_building_button)
        rv.addWidget(self.rooms_label)
        rv.addWidget(self.rooms_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_room_button)
        buttons.addWidget(self.delete_room_button)
        rv.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.rooms_tab = splitter
        self.tabs.addTab(splitter, "")

    def _show_rooms(self, *_args: object) -> None:
        building = self.current_building()
        self.rooms_model.set_rows(service.rooms(self.workspace, building) if building else [])

    def current_building(self) -> str | None:
        index = self.buildings_view.currentIndex()
        if not index.isValid():
            return None
        return str(self.buildings_model.row(index.row()).code)

    def add_building(self) -> None:
        dialog = BuildingDialog(service.sites(self.workspace), self)
        while dialog.exec():
            if self._save(
                lambda ws, b: service.save_building(ws, b, new=True), dialog.value(), True
            ):
                self.reload()
                return
            dialog.error.setText(self.message.text())  # refused: keep the dialog open

    def add_room(self) -> None:
        building = self.current_building()
        if building is None:
            self._on_model_refused(self.tr("Choose a building first."))
            return
        code, ok = QInputDialog.getText(
            self, self.tr("Add room"), self.tr("Room code in %1:").replace("%1", building)
        )
        if not ok or not code.strip():
            return
        capacity, ok = QInputDialog.getInt(self, self.tr("Add room"), self.tr("Seats:"), 30, 1,
                                           service.MAX_CAPACITY)  # fmt: skip
        if ok and self._save(
            lambda ws, r: service.save_room(ws, r, new=True), Room(building, code, capacity), True
        ):
            self._show_rooms()

    def delete_room(self) -> None:
        index = self.rooms_view.currentIndex()
        if not index.isValid():
            return
        room: Room = self.rooms_model.row(index.row())
        if self._save(service.delete_room, room.key, True):
            self._show_rooms()

    def _save(self, call: Callable[[Any, Any], Any], value: Any, catch: bool = False) -> bool:
        """Run a service edit; raise (for the models) or show the refusal."""
        try:
            change = call(self.workspace, value)
        except PlannerError as exc:
            if not catch:
                raise
            self._on_model_refused(str(exc))
            return False
        self.message.clear()
        self.bus.publish(change, self)
        return True

    def _on_model_refused(self, text: str) -> None:
        self.message.setText(text)

    # -- room use -------------------------------------------------------
    def _build_use_tab(self) -> None:
        self.week_edit = QDateEdit()
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat("dd.MM.yyyy")
        self.week_edit.setDate(QDate.currentDate())
        self.week_edit.dateChanged.connect(self.show_week)
        self.previous_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(40)
        self.previous_button.clicked.connect(lambda: self._step(-7))
        self.next_button.clicked.connect(lambda: self._step(7))
        self.building_box = QComboBox()
        self.building_box.currentIndexChanged.connect(self.show_week)
        self.empty_box = QCheckBox()
        self.empty_box.toggled.connect(self.show_week)
        self.free_room_button = QPushButton()  # the dialog: ui/premises/free_room_dialog.py
        self.free_room_button.clicked.connect(self.find_free_room)
        self.grid = RoomWeekGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(False)
        self.flag_list = QListWidget()
        self.flag_list.setMaximumHeight(110)
        self.week_label, self.flags_label = QLabel(), QLabel()
        bar = QHBoxLayout()
        for widget in (self.week_label, self.previous_button, self.week_edit, self.next_button,
                       self.building_box, self.empty_box):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.free_room_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.flag_list)
        self.use_tab = page
        self.tabs.addTab(page, "")

    def find_free_room(self) -> QDialog:
        from schoolaas.ui.premises.free_room_dialog import FreeRoomDialog

        dialog = FreeRoomDialog(self.workspace, self, bus=self.bus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _step(self, days: int) -> None:
        self.week_edit.setDate(self.week_edit.date().addDays(days))

    def set_day(self, day: date) -> None:
        self.week_edit.setDate(QDate(day.year, day.month, day.day))

    def show_week(self, *_args: object) -> None:
        day = self.week_edit.date().toPython()
        assert isinstance(day, date)
        try:
            week = service.room_week(self.workspace, day, building=self.building_box.currentData())
        except PlannerError as exc:
            self._on_model_refused(str(exc))
            return
        self.grid.set_week(week, show_empty=self.empty_box.isChecked())
        self.grid.resize(self.grid.sizeHint())
        self.flag_list.clear()
        for s in week.flagged:
            why = []
            if s.over_capacity:
                why.append(self.tr("%1 planned, %2 seats").replace("%1", str(s.planned))
                           .replace("%2", str(s.capacity)))  # fmt: skip
            if s.double_booked:
                why.append(self.tr("double booked"))
            when = f"{weekday(s.start)} {s.start:%d.%m. %H:%M}"
            self.flag_list.addItem(f"{when} {s.room}: {s.code} {s.group} — {'; '.join(why)}")
        self.flags_label.setText(self.tr("%n flagged session(s) this week", "", len(week.flagged)))

    # -- travel ---------------------------------------------------------
    def _build_travel_tab(self) -> None:
        self.travel_table = QTableWidget()
        frame_focused_cells(self.travel_table)  # the focused cell framed
        self.travel_table.itemChanged.connect(self._on_travel_table_item_changed)
        self.travel_note = plain_label()
        self.travel_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.travel_note)
        layout.addWidget(self.travel_table)
        self.travel_tab = page
        self.tabs.addTab(page, "")

    def _fill_travel(self) -> None:
        sites = service.sites(self.workspace)
        matrix = service.travel_matrix(self.workspace)
        table = self.travel_table
        table.blockSignals(True)
        table.clear()
        table.setRowCount(len(sites))
        table.setColumnCount(len(sites))
        table.setHorizontalHeaderLabels(sites)
        table.setVerticalHeaderLabels(sites)
        for r, a in enumerate(sites):
            for c, b in enumerate(sites):
                if a == b:
                    item = QTableWidgetItem(self.tr("walk"))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                else:
                    minutes = matrix.get((a, b))
                    item = QTableWidgetItem("" if minutes is None else str(minutes))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, (a, b))
                table.setItem(r, c, item)
        table.blockSignals(False)

    def _on_travel_table_item_changed(self, item: QTableWidgetItem) -> None:
        a, b = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        try:
            minutes = int(text) if text else None
        except ValueError:
            self._on_model_refused(
                self.tr("Travel %1 → %2: %3 is not a number of minutes.")
                .replace("%1", a).replace("%2", b).replace("%3", repr(text))
            )  # fmt: skip
            self._fill_travel()
            return
        self._save(lambda ws, m: service.set_travel(ws, a, b, m), minutes, True)
        self._fill_travel()

    # -- common ---------------------------------------------------------
    def _on_bus_changes_applied(self, change: Change, origin: object) -> None:
        if origin is not self and (change.premises or change.catalogue):
            self.reload()  # an import, or an edit in another window

    def reload(self) -> None:
        current = self.current_building()
        self.buildings_model.set_rows(service.buildings(self.workspace))
        codes = [b.code for b in self.buildings_model.rows()]
        row = codes.index(current) if current in codes else 0
        if codes:
            self.buildings_view.setCurrentIndex(self.buildings_model.index(row, 0))
        self._show_rooms()
        box = self.building_box
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All buildings"), None)
        for code in codes:
            box.addItem(code, code)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)
        self._fill_travel()
        self.show_week()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Buildings and rooms"))
        self.tabs.setTabText(1, self.tr("Room use"))
        self.tabs.setTabText(2, self.tr("Travel times"))
        self.buildings_model.headers = [
            self.tr("Code"), self.tr("Name"), self.tr("Address"), self.tr("Site"),
            self.tr("Latitude"), self.tr("Longitude"),
        ]  # fmt: skip
        self.rooms_model.headers = [
            self.tr("Building"), self.tr("Room"), self.tr("Seats"), self.tr("Kind"),
            self.tr("Accessible"),
        ]  # fmt: skip
        for model in (self.buildings_model, self.rooms_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(model.headers) - 1)
        self.buildings_label.setText(self.tr("Buildings"))
        self.rooms_label.setText(self.tr("Rooms of the chosen building"))
        self.add_building_button.setText(self.tr("Add building…"))
        self.add_room_button.setText(self.tr("Add room…"))
        self.delete_room_button.setText(self.tr("Delete room"))
        self.week_label.setText(self.tr("Week of:"))
        self.week_edit.setAccessibleName(self.tr("Week of"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.empty_box.setText(self.tr("Show empty rooms"))
        self.free_room_button.setText(self.tr("&Find a free room…"))
        self.travel_note.setText(
            self.tr(
                "Minutes between sites (both ways). Within one site the audit walks "
                "between building coordinates. Stored in the database: every user of "
                "this database sees the same times, and the audit uses them at once."
            )
        )
        if self.building_box.count():
            self.building_box.setItemText(0, self.tr("All buildings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_week()
        super().changeEvent(event)


class BuildingDialog(QDialog):
    """Code, name, address, site and coordinates of a new building."""

    def __init__(self, sites: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add building"))
        self.code, self.name, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.addItems(sites or ["otaniemi"])
        self.lat, self.lon = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, low, high, value in (
            (self.lat, -90, 90, 60.1867),
            (self.lon, -180, 180, 24.8277),
        ):
            spin.setRange(low, high)
            spin.setDecimals(5)
            spin.setValue(value)
        self.error = error_label()  # quotes what was typed
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Building code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Site (for travel times):"), self.site)
        form.addRow(self.tr("Latitude:"), self.lat)
        form.addRow(self.tr("Longitude:"), self.lon)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> Building:
        return Building(
            self.code.text(), self.name.text(), self.address.text(), self.site.currentText(),
            self.lat.value(), self.lon.value(),
        )  # fmt: skip


def _table(model: EditableModel) -> QTableView:
    view = QTableView()
    frame_focused_cells(view)  # the focused cell framed
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view
