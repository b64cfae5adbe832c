"""The History dialog (issue 13): who changed what of one student's data,
and when, as the change log holds it (services/people/history.py), newest
first, in plain text; Export… writes it as CSV or JSON."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.people.history import ChangeEntry, write_history
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain


class HistoryDialog(QDialog):
    """One student's change history; the table's cells are plain text."""

    def __init__(
        self, student_label: str, entries: Sequence[ChangeEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.entries = list(entries)
        self.setWindowTitle(fill(self.tr("History of %1"), student_label))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        summary = QLabel(fill(self.tr("%1 changes, newest first."), str(len(self.entries))))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        self.table = QTableWidget(len(self.entries), 3, self)
        frame_focused_cells(self.table)  # the focused cell framed
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, entry in enumerate(reversed(self.entries)):
            cells = (f"{entry.at:%d.%m.%Y %H:%M:%S}", entry.who, entry.describe())
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus()

    def export(self) -> Path | None:
        """Ask where, then write the history as CSV or JSON (by the suffix)."""
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history"),
            "history.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json" if "json" in chosen.lower() else ".csv")
        try:
            return write_history(path, self.entries)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Export history"), plain(str(exc)))
            return None
