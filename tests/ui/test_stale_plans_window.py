"""Adding a course to, or deleting, a plan another counsellor has changed
since the window showed it (issue 13): refused, the window says who
changed the plan and offers to reload; nothing is saved."""

from __future__ import annotations

import pytest
from planner_fixtures import EXAM_KEY
from PySide6.QtWidgets import QMessageBox

from schoolaas.data.engine import os_user
from schoolaas.domain.model import ItemStatus
from schoolaas.services.workspace import Workspace
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _stale_box(win: MainWindow) -> QMessageBox:
    boxes = [b for b in win.findChildren(QMessageBox) if b.objectName() == "stale_edit"]
    assert len(boxes) == 1
    return boxes[0]


def test_adding_to_a_plan_changed_elsewhere_is_refused_with_reload(
    window: MainWindow, tiny, qtbot
) -> None:
    with Workspace(tiny.url) as other:
        other.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    assert not window.edits.add_offering(EXAM_KEY)
    box = _stale_box(window)
    assert f"changed by {os_user()}" in box.text()
    assert window.undo_stack.count() == 0
    with Workspace(tiny.url) as other:
        assert len(other.items(tiny.aino_plan)) == 2
    next(b for b in box.buttons() if b.text() == "Reload").click()
    qtbot.waitUntil(lambda: any(i.status == "completed" for i in window.items), timeout=5000)
    assert window.edits.add_offering(EXAM_KEY)  # from the reloaded view it lands
    assert len(window.items) == 3


def test_undo_of_an_add_after_the_item_was_graded_elsewhere_is_refused(
    window: MainWindow, tiny
) -> None:
    assert window.edits.add_offering(EXAM_KEY)
    added = next(i for i in window.items if i.offering_key == EXAM_KEY)
    with Workspace(tiny.url) as other:
        other.set_status(added.id, ItemStatus.ENROLLED)
    window.undo_stack.undo()
    assert "nothing was saved" in _stale_box(window).text()
    with Workspace(tiny.url) as other:
        assert any(i.id == added.id for i in other.items(tiny.aino_plan))
