"""What the tray grid and the three-year view use of the main window: its
shape as a Protocol, so they never import the window module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from schoolaas.services.plans.service import PlanService
    from schoolaas.services.views import PlanState
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.options import Options
    from schoolaas.ui.window.errors import WindowErrors
    from schoolaas.ui.window.plan_edits import PlanEdits


class PlanHost(Protocol):
    """The main window as these views see it: the plan it shows (``state``),
    the edits (undo commands on ``undo_stack``) and the signal it sends
    after showing a new state (``plan_refreshed``)."""

    options: Options
    workspace: Workspace | None
    state: PlanState | None
    plan_service: PlanService | None
    edits: PlanEdits
    errors: WindowErrors
    undo_stack: QUndoStack
    plan_refreshed: SignalInstance
