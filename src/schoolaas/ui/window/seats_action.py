"""Plan → Allocate Aalto seats… (Ctrl+Shift+B) of the main window, for
counsellors only (student mode hides it: ui/student/mode.py): the dialog of
ui/dialogs/seats_dialog.py over the open database; what it applies is one
command on the window's undo stack. The dialog and the solver load on
first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from schoolaas.ui.dialogs.seats_dialog import SeatsDialog
    from schoolaas.ui.window.host import WindowHost

MakeAction = Callable[[str, "str | QKeySequence.StandardKey | None", Callable[[], object]], QAction]
SHORTCUT = "Ctrl+Shift+B"


def tr(text: str) -> str:
    return QCoreApplication.translate("SeatsAction", text)


class SeatsAction:
    """The menu action and the dialog it opens (kept in ``dialog``)."""

    def __init__(self, window: WindowHost, make: MakeAction) -> None:
        self.w = window
        self.action = make(tr("Allocate Aalto &seats…"), SHORTCUT, self.open)
        self.action.setStatusTip(
            tr("Assign a whole school's limited Aalto seats at once (counsellors)")
        )
        self.dialog: SeatsDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def open(self) -> SeatsDialog | None:
        from schoolaas.ui.dialogs.seats_dialog import SeatsDialog

        mode = getattr(getattr(self.w, "actions_", None), "student_mode", None)
        if self.w.workspace is None or (mode is not None and mode.on):
            return None  # a student never allocates the school's seats
        dialog = self.dialog  # opened again with its last preview
        if dialog is None or dialog.w.workspace is not self.w.workspace:
            parent: QWidget = self.w  # type: ignore[assignment]  # the window is a QMainWindow
            dialog = SeatsDialog(self.w, parent)
            self.dialog = dialog
        dialog.open()
        return dialog
