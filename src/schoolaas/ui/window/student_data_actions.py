"""The main window's actions on the shown student's history and personal
data (issue 13): History… (the change log, ui/dialogs/history_dialog.py),
Export personal data… (one JSON file) and Erase student… (after a
confirmation). The services refuse export and erase to anyone but a
counsellor of the student's school or an admin (services/access.py); the
window says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from schoolaas.services.errors import PlannerError
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.services.views import StudentView
    from schoolaas.ui.window.host import WindowHost

MakeAction = Callable[[str, "str | QKeySequence.StandardKey | None", Callable[[], object]], QAction]


def tr(text: str) -> str:
    return QCoreApplication.translate("StudentDataActions", text)


class StudentDataActions:
    """History…, Export personal data… and Erase student… of the window."""

    def __init__(self, window: WindowHost, make: MakeAction) -> None:
        self.w = window
        self.history = make(tr("&History…"), "Ctrl+Shift+H", self.show_history)
        self.export = make(tr("E&xport personal data…"), None, self.export_data)
        self.erase = make(tr("&Erase student…"), None, self.erase_student)
        self.dialog: QWidget | None = None  # the history dialog last shown
        opened = getattr(window, "database_opened", None)
        if opened is not None:
            opened.connect(self.follow_access)

    def follow_access(self) -> None:
        """Export and erase are not shown to a student's login (the services
        refuse them anyway)."""
        ws = self.w.workspace
        if ws is None:
            return
        try:
            kind = ws.access.kind
        except PlannerError:
            return
        for action in (self.export, self.erase):
            action.setVisible(kind != "student")

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in (self.history, self.export, self.erase):
            menu.addAction(action)

    def _parent(self) -> QWidget:
        return self.w  # type: ignore[return-value]  # the window is a QMainWindow

    def _student(self) -> StudentView | None:
        return self.w.state.student if self.w.state is not None else None

    def show_history(self) -> None:
        from schoolaas.services.people.history import student_history
        from schoolaas.ui.dialogs.history_dialog import HistoryDialog

        student, ws = self._student(), self.w.workspace
        if student is None or ws is None:
            return
        try:
            entries = student_history(ws, student.id)
        except PlannerError as exc:
            QMessageBox.warning(self._parent(), tr("History"), plain(str(exc)))
            return
        dialog = HistoryDialog(f"{student.name} ({student.number})", entries, self._parent())
        self.dialog = dialog
        dialog.open()

    def export_data(self) -> Path | None:
        from schoolaas.services.people import personal_data

        student, ws = self._student(), self.w.workspace
        if student is None or ws is None:
            return None
        try:
            data = personal_data.export_student(ws, student.id)  # refused before asking where
        except PlannerError as exc:
            QMessageBox.warning(self._parent(), tr("Export personal data"), plain(str(exc)))
            return None
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            tr("Export personal data"),
            f"{student.number}.json",
            tr("JSON (*.json)"),
        )
        if not name:
            return None
        try:
            return personal_data.write_export(Path(name), data)
        except PlannerError as exc:
            QMessageBox.warning(self._parent(), tr("Export personal data"), plain(str(exc)))
            return None

    def erase_student(self) -> bool:
        from schoolaas.services.people import personal_data

        student, ws = self._student(), self.w.workspace
        if student is None or ws is None:
            return False
        answer = QMessageBox.warning(
            self._parent(),
            tr("Erase student"),
            plain(
                fill(
                    tr(
                        "Erase %1 (%2) and everything stored about them: plans, courses, "
                        "grades and acceptances? The change log keeps only that something "
                        "changed. This cannot be undone."
                    ),
                    student.name,
                    student.number,
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = personal_data.erase_student(ws, student.id)
        except PlannerError as exc:
            QMessageBox.warning(self._parent(), tr("Erase student"), plain(str(exc)))
            return False
        self.w.undo_stack.clear()  # its commands name the erased student's rows
        others = [s for s in self.w.students() if s.id != student.id]
        self.w.bus.publish(change, self.w)
        if others:
            self.w.open_student(others[0].id)
        return True
