"""Plan-version actions of the main window (a part its actions own): ask
for a name or a confirmation, then make the edit through the window's plan
edits; compare versions; step between versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.services.views import PlanState
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.window.plan_edits import PlanEdits


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


class VersionsHost(Protocol):
    """What the version actions use of their window (a QWidget)."""

    workspace: Workspace | None
    state: PlanState | None
    edits: PlanEdits

    def open_plan(self, plan_id: int) -> None: ...


class VersionActions:
    def __init__(self, window: VersionsHost) -> None:
        self.w = window

    @property
    def _parent(self) -> QWidget:
        return cast(QWidget, self.w)

    def duplicate(self) -> None:
        state = self.w.state
        if state is None:
            return
        name, ok = QInputDialog.getText(
            self._parent,
            tr("Duplicate plan"),
            tr("Name of the copy:"),
            text=fill(tr("%1 (copy)"), state.plan.name),
        )
        if ok and name.strip():
            self.w.edits.duplicate_plan(name.strip())

    def new_plan(self) -> None:
        name, ok = QInputDialog.getText(self._parent, tr("New plan"), tr("Name of the new plan:"))
        if ok and name.strip():
            self.w.edits.create_plan(name.strip())

    def delete_plan(self) -> None:
        state = self.w.state
        if state is None:
            return
        answer = QMessageBox.question(
            self._parent,
            tr("Delete plan"),
            plain(fill(tr("Delete plan %1? Edit → Undo brings it back."), state.plan.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.w.edits.delete_plan()

    def rename(self) -> None:
        state = self.w.state
        if state is None:
            return
        old = state.plan.name
        name, ok = QInputDialog.getText(self._parent, tr("Rename plan"), tr("New name:"), text=old)
        if ok and name.strip() and name.strip() != old:
            self.w.edits.rename_plan(name.strip())

    def compare(self) -> None:
        from schoolaas.ui.dialogs.versions import CompareDialog

        state, ws = self.w.state, self.w.workspace
        if ws is None or state is None:
            return
        other = next((p.id for p in state.plans if p.id != state.plan.id), state.plan.id)

        def load(plan_id: int) -> tuple[Any, Any]:
            return ws.audit(plan_id), ws.items(plan_id)

        plans = list(state.plans)
        CompareDialog(plans, load, left=state.plan.id, right=other, parent=self._parent).exec()

    def step(self, step: int) -> None:
        state = self.w.state
        ids = [p.id for p in state.plans] if state else []
        if state is None or len(ids) < 2:
            return
        self.w.open_plan(ids[(ids.index(state.plan.id) + step) % len(ids)])
