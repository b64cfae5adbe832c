"""The application's one "changes applied" signal. Every edit made in any
window (a plan edit through the plan service, a student, premises or
settings edit) is announced here with its ``views.Change``; every open window
listens and refreshes only what it shows (Anki's ``operation_did_execute``).

One bus is made in ``ui/app.py`` and handed to each window; it is not a
global (a window made without one, as in a test, makes its own)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """``changes_applied(change, origin)``: the ``views.Change`` of an edit
    that is stored, and the object that made it (None when unknown), so a
    window can tell its own edits from those made elsewhere."""

    changes_applied = Signal(object, object)

    def publish(self, change: object, origin: object = None) -> None:
        self.changes_applied.emit(change, origin)
