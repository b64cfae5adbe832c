"""Plan → Suggest timetable… (Ctrl+Shift+P) of the main window: the
dialog of ui/dialogs/suggest_dialog.py over the shown plan; what it applies
is one command on the window's undo stack. (The dialog and the solver load
on first use: nothing here delays the window's first paint.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from schoolaas.ui.dialogs.suggest_dialog import SuggestDialog
    from schoolaas.ui.window.host import WindowHost

MakeAction = Callable[[str, "str | QKeySequence.StandardKey | None", Callable[[], object]], QAction]


def tr(text: str) -> str:
    return QCoreApplication.translate("SuggestAction", text)


class SuggestAction:
    """The menu action and the dialog it opens (kept in ``dialog``)."""

    def __init__(self, window: WindowHost, make: MakeAction) -> None:
        self.w = window
        self.action = make(tr("Suggest &timetable…"), "Ctrl+Shift+P", self.open)
        self.dialog: SuggestDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def open(self) -> SuggestDialog | None:
        from schoolaas.ui.dialogs.suggest_dialog import SuggestDialog

        if self.w.state is None or self.w.workspace is None:
            return None
        parent: QWidget = self.w  # type: ignore[assignment]  # the window is a QMainWindow
        dialog = SuggestDialog(self.w, parent)
        code = self.w.catalogue_panel.current_key()
        offering = self.w.workspace.catalogue().offerings.get(code) if code else None
        if offering is not None:  # the catalogue's course: ready for "What fits?"
            dialog.course.setCurrentText(offering.code)
        self.dialog = dialog
        dialog.open()
        return dialog
