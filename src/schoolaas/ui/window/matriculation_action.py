"""Plan → Matriculation plan… of the main window: the shown student's
subjects and sittings in a dialog (ui/dialogs/matriculation_dialog.py),
stored through services/people/matriculation.set_plan as one undoable
edit; the change goes out on the window's bus, so the audit shows the
matriculation findings of the new plan. (The services load on first use:
nothing here delays the window's first paint.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from schoolaas.services.errors import PlannerError
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.dialogs.matriculation_dialog import MatriculationDialog
    from schoolaas.ui.window.host import WindowHost

MakeAction = Callable[[str, "str | QKeySequence.StandardKey | None", Callable[[], object]], QAction]
Plan = list[tuple[str, str | None]]


def tr(text: str) -> str:
    return QCoreApplication.translate("MatriculationAction", text)


class SetMatriculationPlan(QUndoCommand):
    """The student's plan before and after. ``execute()`` stores the new
    plan once before the command is pushed (a refused plan never lands on
    the stack), so the stack's first redo() does nothing; later redo and
    undo store one of the two and publish the change."""

    def __init__(
        self, window: WindowHost, workspace: Workspace, student_id: int, old: Plan, new: Plan
    ) -> None:
        super().__init__(tr("Change matriculation plan"))
        self.w, self.ws, self.student_id = window, workspace, student_id
        self.old, self.new = old, new
        self._executed = False

    def execute(self) -> None:
        """Store the new plan (PlannerError when refused)."""
        from schoolaas.services.people import matriculation

        self.w.bus.publish(matriculation.set_plan(self.ws, self.student_id, self.new), None)
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # stored by execute()
            return
        self._store(self.new)

    def undo(self) -> None:
        self._store(self.old)

    def _store(self, plan: Plan) -> None:
        from schoolaas.services.people import matriculation

        try:
            change = matriculation.set_plan(self.ws, self.student_id, plan)
        except PlannerError as exc:
            parent: QWidget = self.w  # type: ignore[assignment]  # a QMainWindow
            QMessageBox.warning(parent, tr("Matriculation plan"), plain(str(exc)))
            return
        self.w.bus.publish(change, None)


class MatriculationAction:
    """The menu action and the dialog it opens."""

    def __init__(self, window: WindowHost, make: MakeAction) -> None:
        self.w = window
        self.action = make(tr("&Matriculation plan…"), "Ctrl+Shift+M", self.edit)
        self.dialog: MatriculationDialog | None = None  # the dialog last shown

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def edit(self) -> bool:
        """Show the dialog; store the plan when accepted (True when stored)."""
        from schoolaas.services.people import matriculation
        from schoolaas.ui.dialogs.matriculation_dialog import MatriculationDialog

        state, ws = self.w.state, self.w.workspace
        if state is None or ws is None:
            return False
        student = state.student
        parent: QWidget = self.w  # type: ignore[assignment]  # the window is a QMainWindow
        try:
            planned = matriculation.matriculation_plan(ws, student.id)
            known = matriculation.sittings_with_days(ws)
        except PlannerError as exc:
            QMessageBox.warning(parent, tr("Matriculation plan"), plain(str(exc)))
            return False
        dialog = MatriculationDialog(f"{student.name} ({student.number})", planned, known, parent)
        self.dialog = dialog
        old: Plan = [(p.subject, p.sitting) for p in planned]
        while dialog.exec() == MatriculationDialog.DialogCode.Accepted:
            new = dialog.plan()
            if new == old:
                return False
            command = SetMatriculationPlan(self.w, ws, student.id, old, new)
            try:
                command.execute()
            except PlannerError as exc:
                dialog.refused(str(exc))
                continue
            self.w.undo_stack.push(command)
            return True
        return False
