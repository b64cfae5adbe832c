"""Choose a student: search-as-you-type over number, name, school and group."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.views import StudentView
from schoolaas.ui.dialogs.students_model import NAME, StudentsFilter, StudentsModel
from schoolaas.ui.widgets.clear_button import enable_named_clear_button
from schoolaas.ui.widgets.list_table import set_up_list_table


class _Search(QLineEdit):
    """Up/Down in the search field move in the list below."""

    def __init__(self, table: QTableView, parent: QWidget) -> None:
        super().__init__(parent)
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._table.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class StudentPicker(QDialog):
    def __init__(
        self, students: list[StudentView], current: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a student"))
        self.resize(560, 480)
        self.model = StudentsModel(self)
        self.model.set_rows(students)
        self.proxy = StudentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        set_up_list_table(self.table, self.proxy, self.tr("Students"), sort_column=NAME)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.search = _Search(self.table, self)
        self.search.setPlaceholderText(self.tr("Search number, name, school or group…"))
        self.search.setAccessibleName(self.tr("Search students"))
        enable_named_clear_button(self.search)
        self.search.textChanged.connect(self._on_search_text_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._select_first(current)
        self.setTabOrder(self.search, self.table)  # typing searches at once
        self.search.setFocus()

    def _select_first(self, student_id: int | None = None) -> None:
        for row in range(self.proxy.rowCount()):
            if student_id is None or self.proxy.student_id(row) == student_id:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def chosen_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.student_id(rows[0].row()) if rows else None
