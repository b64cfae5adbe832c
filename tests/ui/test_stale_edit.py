"""An edit or undo from a window whose view another counsellor has changed
since (issue 13): refused, the window says what changed and offers to
reload; nothing is overwritten."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))


from schoolaas.domain.model import ItemStatus
from schoolaas.services.workspace import Workspace
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _stale_box(win: MainWindow) -> QMessageBox:
    boxes = [b for b in win.findChildren(QMessageBox) if b.objectName() == "stale_edit"]
    assert len(boxes) == 1
    return boxes[0]


def _shown(win: MainWindow, item_id: int):  # type: ignore[no-untyped-def]
    return next(i for i in win.items if i.id == item_id)


def _stored(url: str, plan_id: int, item_id: int):  # type: ignore[no-untyped-def]
    with Workspace(url) as ws:
        return next(i for i in ws.items(plan_id) if i.id == item_id)


def test_a_stale_edit_is_refused_and_the_window_offers_to_reload(
    window: MainWindow, tiny, qtbot
) -> None:
    with Workspace(tiny.url) as other:  # another counsellor, same database
        other.set_status(tiny.maa6_item, ItemStatus.ENROLLED)
    assert _shown(window, tiny.maa6_item).status == "planned"  # the window's view is stale
    assert not window.edits.set_status(tiny.maa6_item, "completed", "9")
    box = _stale_box(window)
    assert "MAA6" in box.text()
    assert "nothing was saved" in box.text()
    assert window.undo_stack.count() == 0
    assert _stored(tiny.url, tiny.aino_plan, tiny.maa6_item).status == "enrolled"
    reload = next(b for b in box.buttons() if b.text() == "Reload")
    reload.click()
    qtbot.waitUntil(lambda: _shown(window, tiny.maa6_item).status == "enrolled", timeout=5000)


def test_an_undo_over_another_counsellors_change_is_refused(
    window: MainWindow, tiny, qtbot
) -> None:
    assert window.edits.set_groups(tiny.cs_item, ("L01", "H02"))
    with Workspace(tiny.url) as other:
        other.set_groups(tiny.cs_item, ["L01"])
    window.actions_.undo.trigger()
    box = _stale_box(window)
    assert "CS-A1111" in box.text()
    assert _stored(tiny.url, tiny.aino_plan, tiny.cs_item).group_keys == ("L01",)
    # the refused undo leaves the history: no "Redo" of an edit never undone
    assert window.undo_stack.count() == 0
    assert not window.undo_stack.canRedo()
    assert not window.actions_.redo.isEnabled()
    box.close()


def test_a_refused_undo_leaves_the_edits_before_it_to_undo(window: MainWindow, tiny) -> None:
    assert window.edits.set_status(tiny.maa6_item, "enrolled", None)
    assert window.edits.set_groups(tiny.cs_item, ("L01", "H02"))
    with Workspace(tiny.url) as other:
        other.set_groups(tiny.cs_item, ["L01"])
    window.actions_.undo.trigger()  # refused: the groups were changed since
    _stale_box(window).close()
    assert window.undo_stack.count() == 1
    assert window.undo_stack.canUndo()
    assert not window.undo_stack.canRedo()
    window.actions_.undo.trigger()  # the status edit before it still undoes
    assert _stored(tiny.url, tiny.aino_plan, tiny.maa6_item).status == "planned"
    assert window.undo_stack.canRedo()


def test_a_stale_removal_and_rename_are_refused(window: MainWindow, tiny) -> None:
    with Workspace(tiny.url) as other:
        other.set_status(tiny.maa6_item, ItemStatus.ENROLLED)
        other.rename_plan(tiny.aino_plan, "Spring")
    assert not window.edits.remove_item(tiny.maa6_item)
    _stale_box(window).close()
    assert not window.edits.rename_plan("Autumn")
    box = next(
        b
        for b in window.findChildren(QMessageBox)
        if b.objectName() == "stale_edit" and b.isVisible()
    )
    assert "'Spring'" in box.text()
    box.close()
    with Workspace(tiny.url) as ws:
        assert ws.plan(tiny.aino_plan).name == "Spring"
        assert tiny.maa6_item in {i.id for i in ws.items(tiny.aino_plan)}


def test_a_student_form_opened_before_another_edit_is_refused_and_reloads(
    window: MainWindow, tiny, qtbot, monkeypatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QLineEdit

    from schoolaas.services.people import students
    from schoolaas.ui.overview.student_dialog import StudentDialog

    dialog = StudentDialog(window.workspace, tiny.aino, window)
    qtbot.addWidget(dialog)
    with Workspace(tiny.url) as other:
        stored = students.student_input(other, tiny.aino)
        students.update_student(other, tiny.aino, replace(stored, group="25B"), seen=stored)
    asked: list[str] = []

    def answer(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    group = dialog.editors["group"]
    assert isinstance(group, QLineEdit)
    group.setText("99X")
    dialog.accept()
    assert dialog.result() == 0  # still open: nothing saved
    assert "nothing was saved" in asked[0]
    assert window.workspace.student(tiny.aino).group == "25B"
    assert group.text() == "25B"  # reloaded
    group.setText("99X")
    dialog.accept()
    assert dialog.result() == 1
    assert window.workspace.student(tiny.aino).group == "99X"
