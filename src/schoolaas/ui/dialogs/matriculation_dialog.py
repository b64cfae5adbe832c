"""A student's matriculation plan: the subjects the student writes and the
sitting of each (Plan → Matriculation plan…). The services check and store
it (services/people/matriculation.py); the window shows what it says."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.matriculation import SEASONS, sitting_key, sitting_order
from schoolaas.services.people.matriculation import PlannedSubject
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain

SUBJECT, SITTING = 0, 1
YEARS_AHEAD = 3


class MatriculationDialog(QDialog):
    """Edits (subject, sitting) rows; ``plan()`` gives them as the services
    take them. The caller stores them on accept and keeps the dialog open
    with the service's message when the plan is refused (``refused``)."""

    def __init__(
        self,
        title: str,
        planned: list[PlannedSubject],
        known: list[str],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Matriculation plan: %1"), title))
        self.resize(440, 360)
        year = (today or date.today()).year
        wanted = {sitting_key(y, s) for y in range(year, year + YEARS_AHEAD) for s in SEASONS}
        wanted.update(known)
        wanted.update(p.sitting for p in planned if p.sitting)
        self.sittings = sorted(wanted, key=sitting_order)

        intro = QLabel(
            self.tr(
                "Which subjects the student writes, and in which sitting. An exam on a "
                "matriculation day concerns a subject only in its own sitting; a subject "
                "without a sitting counts in every sitting."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        frame_focused_cells(self.table)  # the focused cell framed
        self.table.setHorizontalHeaderLabels([self.tr("Subject"), self.tr("Sitting")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Matriculation subjects and sittings"))
        for entry in planned:
            self.add_row(entry.subject, entry.sitting)

        add = QPushButton(self.tr("&Add subject"), self)
        add.clicked.connect(lambda: self._add_and_edit())
        remove = QPushButton(self.tr("&Remove subject"), self)
        remove.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def sitting_text(self, key: str) -> str:
        """ "spring 2027" in the user's language."""
        year, _, season = key.partition("-")
        if season == "spring":
            return fill(self.tr("spring %1"), year)
        return fill(self.tr("autumn %1"), year)

    def add_row(self, subject: str = "", sitting: str | None = None) -> int:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, SUBJECT, QTableWidgetItem(subject))
        box = QComboBox(self.table)
        box.addItem(self.tr("not set (every sitting)"), "")
        for key in self.sittings:
            box.addItem(self.sitting_text(key), key)
        box.setCurrentIndex(max(0, box.findData(sitting or "")))
        box.setAccessibleName(self.tr("Sitting"))
        self.table.setCellWidget(n, SITTING, box)
        return n

    def _add_and_edit(self) -> None:
        n = self.add_row()
        self.table.setCurrentCell(n, SUBJECT)
        self.table.editItem(self.table.item(n, SUBJECT))

    def remove_current(self) -> None:
        n = self.table.currentRow()
        if n >= 0:
            self.table.removeRow(n)

    def plan(self) -> list[tuple[str, str | None]]:
        """The rows with a subject, in order: (subject, sitting key or None)."""
        out: list[tuple[str, str | None]] = []
        for n in range(self.table.rowCount()):
            item = self.table.item(n, SUBJECT)
            subject = item.text().strip() if item is not None else ""
            if not subject:
                continue
            box = self.table.cellWidget(n, SITTING)
            key = box.currentData() if isinstance(box, QComboBox) else ""
            out.append((subject, key or None))
        return out

    def refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Matriculation plan"), plain(message))
