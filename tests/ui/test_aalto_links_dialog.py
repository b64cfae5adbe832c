"""Seats, prerequisites and overlapping courses of an Aalto course, edited
from the catalogue of the main window (Edit menu, Ctrl+Shift+L, the
catalogue's context menu) as one undo step."""

from __future__ import annotations

from typing import Any

import pytest
from planner_fixtures import CS_KEY
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from schoolaas.services.catalogue import aalto_links as service
from schoolaas.ui.dialogs import aalto_links_dialog as dialogs

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform


def _answers(monkeypatch: pytest.MonkeyPatch, *steps: Any) -> list[str]:
    """Each exec() of the dialog runs the next step on it (a step returning
    False cancels); the errors the dialog showed are collected."""
    shown: list[str] = []
    queue = list(steps)

    def fake_exec(self: dialogs.AaltoLinksDialog) -> int:
        if self.error.text():
            shown.append(self.error.text())
        if not queue:
            return 0
        return 1 if queue.pop(0)(self) is not False else 0

    monkeypatch.setattr(dialogs.AaltoLinksDialog, "exec", fake_exec)
    return shown


def test_edit_from_the_catalogue_then_undo(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_.aalto_links
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    table = window.catalogue_panel.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert action in table.actions()
    assert window.catalogue_panel.select_key(CS_KEY)

    def fill(d: dialogs.AaltoLinksDialog) -> None:
        assert d.seats.value() == 10
        d.seats.setValue(3)
        d.prerequisites.setText("MAA6, MAA7")

    _answers(monkeypatch, fill)
    action.trigger()
    ws = window.workspace
    assert service.links(ws, CS_KEY).seats == 3
    assert service.links(ws, CS_KEY).prerequisites == ("MAA6", "MAA7")
    assert ws.catalogue().offerings[CS_KEY].seats == 3
    window.undo_stack.undo()
    assert service.links(ws, CS_KEY) == service.AaltoLinks(CS_KEY, "CS-A1111", 10, (),
                                                            ("CS-A1113",))  # fmt: skip
    window.undo_stack.redo()
    assert service.links(ws, CS_KEY).seats == 3


def test_a_refused_value_keeps_the_dialog_with_the_reason(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    before = service.links(ws, CS_KEY)
    count = window.undo_stack.count()

    def bad(d: dialogs.AaltoLinksDialog) -> None:
        d.overlaps.setText("CS-A1111")  # the course itself

    shown = _answers(monkeypatch, bad, lambda d: False)
    assert window.catalogue_panel.select_key(CS_KEY)
    window.actions_.aalto_links.trigger()
    assert len(shown) == 1
    assert "CS-A1111: a course is not among its own overlapping courses." in shown[0]
    assert service.links(ws, CS_KEY) == before
    assert window.undo_stack.count() == count
