"""What the main window's parts (its actions and plan-version dialogs) may
use of the window: its shape as a Protocol, so the parts never import the
window module (no import cycle; the window composes them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox, QLabel, QMenuBar, QToolBar

    from schoolaas.services.views import PlanState, StudentView
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.changes import ChangeBus
    from schoolaas.ui.options import Options
    from schoolaas.ui.panes.audit_panel import AuditPanel
    from schoolaas.ui.panes.catalogue_panel import CataloguePanel
    from schoolaas.ui.panes.plan_panel import PlanPanel
    from schoolaas.ui.panes.timetable_panel import TimetablePanel
    from schoolaas.ui.widgets.timetable import TimetableWidget
    from schoolaas.ui.window.layout import WindowLayout
    from schoolaas.ui.window.plan_edits import PlanEdits


class WindowHost(Protocol):
    """The main window as its parts see it (it is a QMainWindow)."""

    options: Options
    bus: ChangeBus
    workspace: Workspace | None
    state: PlanState | None
    edits: PlanEdits
    docks: WindowLayout
    undo_stack: QUndoStack
    catalogue_panel: CataloguePanel
    plan_panel: PlanPanel
    audit_panel: AuditPanel
    timetable_panel: TimetablePanel
    timetable: TimetableWidget
    student_label: QLabel
    plan_combo: QComboBox

    def students(self) -> list[StudentView]: ...
    def open_student(self, student_id: int, *, plan_id: int | None = None) -> None: ...
    def open_plan(self, plan_id: int) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def close(self) -> bool: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
