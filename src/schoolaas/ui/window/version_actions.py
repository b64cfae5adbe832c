"""Plan-version actions of the main window (a mixin of WindowActions):
duplicate, new, delete, rename, make active, compare, step between versions.
Each edit is an undo command pushed through the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.ui.commands import NewPlanCommand
    from schoolaas.ui.window.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


class VersionActions:
    w: MainWindow

    def _push_new_plan(self, command: NewPlanCommand) -> bool:
        """Push a command that makes a plan, then open the new plan."""
        w = self.w
        if not w.push(command):
            return False
        if command.created_id is not None:
            w.open_plan(command.created_id)
        return True

    def duplicate_plan(self, name: str) -> bool:
        from schoolaas.ui.commands import DuplicatePlan  # loaded on the first edit

        w = self.w
        if w.workspace is None or w.plan is None:
            return False
        command = DuplicatePlan(
            fill(tr("Duplicate plan %1"), w.plan.name),
            w.workspace,
            w.apply_change,
            w.report_error,
            plan_id=w.plan.id,
            name=name,
        )
        return self._push_new_plan(command)

    def _duplicate(self) -> None:
        w = self.w
        if w.plan is None:
            return
        name, ok = QInputDialog.getText(
            w,
            tr("Duplicate plan"),
            tr("Name of the copy:"),
            text=fill(tr("%1 (copy)"), w.plan.name),
        )
        if ok and name.strip():
            self.duplicate_plan(name.strip())

    def create_plan(self, name: str) -> bool:
        from schoolaas.ui.commands import CreatePlan  # loaded on the first edit

        w = self.w
        if w.workspace is None or w.student is None:
            return False
        command = CreatePlan(
            fill(tr("New plan %1"), name),
            w.workspace,
            w.apply_change,
            w.report_error,
            student_id=w.student.id,
            name=name,
        )
        return self._push_new_plan(command)

    def _new_plan(self) -> None:
        name, ok = QInputDialog.getText(self.w, tr("New plan"), tr("Name of the new plan:"))
        if ok and name.strip():
            self.create_plan(name.strip())

    def delete_plan(self) -> bool:
        from schoolaas.ui.commands import DeletePlan  # loaded on the first edit

        w = self.w
        if w.workspace is None or w.plan is None or len(w.plans) < 2:
            return False
        return w.push(
            DeletePlan(
                fill(tr("Delete plan %1"), w.plan.name),
                w.workspace,
                w.apply_change,
                w.report_error,
                plan_id=w.plan.id,
            )
        )

    def _delete_plan(self) -> None:
        w = self.w
        if w.plan is None:
            return
        answer = QMessageBox.question(
            w,
            tr("Delete plan"),
            fill(tr("Delete plan %1? Edit → Undo brings it back."), w.plan.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_plan()

    def rename_plan(self, name: str) -> bool:
        from schoolaas.ui.commands import RenamePlan  # loaded on the first edit

        w = self.w
        if w.workspace is None or w.plan is None:
            return False
        return w.push(
            RenamePlan(
                tr("Rename plan"),
                w.workspace,
                w.apply_change,
                w.report_error,
                plan_id=w.plan.id,
                old=w.plan.name,
                new=name,
            )
        )

    def _rename(self) -> None:
        w = self.w
        if w.plan is None:
            return
        name, ok = QInputDialog.getText(w, tr("Rename plan"), tr("New name:"), text=w.plan.name)
        if ok and name.strip() and name.strip() != w.plan.name:
            self.rename_plan(name.strip())

    def _make_active(self) -> None:
        from schoolaas.ui.commands import SetActivePlan  # loaded on the first edit

        w = self.w
        if w.workspace is None or w.plan is None or w.plan.active:
            return
        previous = next((p.id for p in w.plans if p.active), w.plan.id)
        w.push(
            SetActivePlan(
                tr("Make plan active"),
                w.workspace,
                w.apply_change,
                w.report_error,
                plan_id=w.plan.id,
                previous_id=previous,
            )
        )

    def _compare(self) -> None:
        from schoolaas.ui.dialogs.versions import CompareDialog

        w = self.w
        if w.workspace is None or w.plan is None:
            return
        other = next((p.id for p in w.plans if p.id != w.plan.id), w.plan.id)
        ws = w.workspace

        def load(plan_id: int) -> tuple[Any, Any]:
            return ws.audit(plan_id), ws.items(plan_id)

        CompareDialog(w.plans, load, left=w.plan.id, right=other, parent=w).exec()

    def _step_plan(self, step: int) -> None:
        w = self.w
        ids = [p.id for p in w.plans]
        if w.plan is None or len(ids) < 2:
            return
        w.open_plan(ids[(ids.index(w.plan.id) + step) % len(ids)])
