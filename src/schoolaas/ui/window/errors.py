"""How the main window tells about failures (a mixin of MainWindow): a
refused edit, a database that fails, a database file that went away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from schoolaas.services.errors import PlannerError

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.window.db_guard import DatabaseGone


class WindowErrors(QMainWindow):
    """Mixin of MainWindow, which has the open ``workspace`` and defines
    ``refresh_plan`` and ``open_database`` (these are only their shapes)."""

    workspace: Workspace | None

    def refresh_plan(self, *, jump: bool = False) -> None:
        raise NotImplementedError

    def open_database(self, url: str | None, *, create_demo: bool = True) -> None:
        raise NotImplementedError

    def report_error(self, error: Exception, *, refresh: bool = True) -> None:
        from schoolaas.ui.window import db_guard  # loaded with the database

        if isinstance(error, db_guard.DatabaseGone):
            self.database_gone(error)
            return
        self.show_error(str(error))
        if refresh:
            self.refresh_plan()

    def database_gone(self, error: DatabaseGone) -> None:
        """The database file went away under the open window: say so, name
        it, and offer to write back what the planner still has open."""
        self.statusBar().showMessage(str(error).split("\n")[0], 30000)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("SchoolaaS Planner"),
            str(error),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("database_gone")
        write = box.addButton(self.tr("Write back"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(write)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.write_back(error.path) if button is write else None
        )
        box.open()

    def write_back(self, path: Path) -> bool:
        """Put the open database back at ``path`` and open it from there."""
        from schoolaas.ui.window import db_guard

        if self.workspace is None:
            return False
        try:
            db_guard.write_back(self.workspace, path)
        except PlannerError as error:
            self.show_error(str(error))
            return False
        self.workspace.close()
        self.workspace = None
        self.open_database(str(path), create_demo=False)
        return True

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("SchoolaaS Planner"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
