"""Edits of the school setup, premises and bookings as undo steps: each
step calls one service function (one transaction) that returns a
``Change``, handed to ``apply`` (the window publishes it on the change bus).

As the plan commands (ui/commands/), a command is executed once before
it is pushed, so a refused edit (``PlannerError``) never reaches the
stack; later undo/redo errors go to ``report`` and leave the stack as it
was (QUndoStack moves its index anyway: the window reloads what is stored).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from schoolaas.services.views import Change
from schoolaas.ui.window import db_guard

Apply = Callable[[Change], None]
Report = Callable[[Exception], None]


class ServiceEdit(QUndoCommand):
    """One stored edit: ``do`` and ``undo`` each call a service and return
    its Change."""

    def __init__(
        self,
        text: str,
        workspace: Any,
        do: Callable[[], Change],
        undo: Callable[[], Change],
        apply: Apply,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._do, self._undo = do, undo
        self._apply, self._report = apply, report
        self._executed = False

    def execute(self) -> None:
        """Do the edit now; raises the service's error when refused."""
        db_guard.check(self.workspace)
        self._apply(self._do())
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the first redo comes from push()
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Change]) -> None:
        try:
            db_guard.check(self.workspace)
            self._apply(step())
        except Exception as error:  # a service error must not escape into Qt
            self._report(error)
