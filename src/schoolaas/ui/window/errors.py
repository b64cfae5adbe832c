"""How the main window tells about failures (a part the window owns): a
refused edit, a database that fails, a database file that went away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from schoolaas.services.errors import PlannerError, StaleEdit

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.window.db_guard import DatabaseGone


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowErrors", text)


class ErrorsHost(Protocol):
    """What the reporter uses of its window (a QMainWindow)."""

    workspace: Workspace | None

    def statusBar(self) -> QStatusBar: ...
    def refresh_plan(self) -> None: ...
    def open_database(self, url: str | None, *, create_demo: bool = True) -> None: ...


class WindowErrors:
    """Message boxes and status-bar messages on its window."""

    def __init__(self, window: ErrorsHost) -> None:
        self.window = window

    def report_error(self, error: Exception, *, refresh: bool = True) -> None:
        from schoolaas.ui.window import db_guard  # loaded with the database

        if isinstance(error, db_guard.DatabaseGone):
            self.database_gone(error)
            return
        if isinstance(error, StaleEdit):
            self.stale_edit(error)
            return
        self.show_error(str(error))
        if refresh:
            self.window.refresh_plan()

    def database_gone(self, error: DatabaseGone) -> None:
        """The database file went away under the open window: say so, name
        it, and offer to write back what the planner still has open."""
        self.window.statusBar().showMessage(str(error).split("\n")[0], 30000)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            tr("SchoolaaS Planner"),
            str(error),
            QMessageBox.StandardButton.Close,
            cast(QWidget, self.window),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file: shown as typed
        box.setObjectName("database_gone")
        write = box.addButton(tr("Write back"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(write)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.write_back(error.path) if button is write else None
        )
        box.open()

    def stale_edit(self, error: StaleEdit) -> None:
        """An edit or undo refused because someone else changed the row
        since this window showed it: say what, and offer to reload (the
        window keeps showing what it had until the user chooses)."""
        self.window.statusBar().showMessage(str(error), 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("SchoolaaS Planner"),
            str(error),
            QMessageBox.StandardButton.Close,
            cast(QWidget, self.window),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a plan's name: shown as typed
        box.setObjectName("stale_edit")
        reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reload)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.window.refresh_plan() if button is reload else None
        )
        box.open()

    def write_back(self, path: Path) -> bool:
        """Put the open database back at ``path`` and open it from there."""
        from schoolaas.ui.window import db_guard

        host = self.window
        if host.workspace is None:
            return False
        try:
            db_guard.write_back(host.workspace, path)
        except PlannerError as error:
            self.show_error(str(error))
            return False
        host.workspace.close()
        host.workspace = None
        host.open_database(str(path), create_demo=False)
        return True

    def show_error(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("SchoolaaS Planner"),
            text,
            QMessageBox.StandardButton.Ok,
            cast(QWidget, self.window),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names: shown as typed
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
