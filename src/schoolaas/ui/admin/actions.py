"""File → People… for an admin of a shared PostgreSQL database (issue 13):
shown only when the login may manage people (services/access.py), which
the database checks again on every change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from schoolaas.services.errors import PlannerError

if TYPE_CHECKING:
    from schoolaas.ui.admin.people_dialog import PeopleDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("AdminActions", text)


class AdminActions(QObject):
    """The People… action and its window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.people = QAction(tr("&People…"), window)
        self.people.setObjectName("people_action")
        self.people.triggered.connect(lambda _c=False: self.show_people())
        self.people.setVisible(False)
        self.dialog: PeopleDialog | None = None
        window.database_opened.connect(self.update)

    def add_to(self, menu: Any, before: QAction | None) -> None:
        menu.insertAction(before, self.people)

    def update(self) -> None:
        """Visible for an admin of a PostgreSQL database only."""
        ws = self.w.workspace
        try:
            shown = (
                ws is not None
                and ws.engine.dialect.name == "postgresql"
                and ws.access.may_administer
            )
        except PlannerError:
            shown = False
        self.people.setVisible(shown)

    def show_people(self) -> PeopleDialog | None:
        from schoolaas.ui.admin.people_dialog import PeopleDialog

        ws = self.w.workspace
        if ws is None:
            return None
        self.dialog = PeopleDialog(ws.engine, self.w)
        self.dialog.open()
        return self.dialog
