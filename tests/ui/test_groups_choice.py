"""The study-group dialog on the tiny database (CS-A1111: lecture L01,
exercise groups H01 and H02): one group of each kind with radio buttons
(ticking H02 unticks H01, the lecture stays), seats left and clashes
written per group, and OK with no group refused with a message."""

from __future__ import annotations

import pytest
from planner_fixtures import CS_KEY
from PySide6.QtWidgets import QGroupBox, QMessageBox, QRadioButton

from schoolaas.ui.dialogs.groups_dialog import GroupsDialog
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def dialog_for(window: MainWindow, qtbot, seats=None) -> GroupsDialog:  # type: ignore[no-untyped-def]
    assert window.catalogue is not None
    assert window.state is not None
    cs = window.catalogue.offerings[CS_KEY]
    item = next(i for i in window.state.items if i.offering_key == CS_KEY)
    dialog = GroupsDialog(
        cs,
        item.group_keys,
        window,
        others=[i for i in window.state.audit_items if i.item_id != item.id],
        timetable=window.catalogue.timetable,
        seats_left=seats,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_one_group_of_each_kind(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(window, qtbot)
    assert all(isinstance(b, QRadioButton) for b in dialog.boxes.values())
    titles = {box.title() for box in dialog.findChildren(QGroupBox)}
    assert {"Lectures", "Exercise groups"} <= titles
    dialog.boxes["H01"].setChecked(True)
    dialog.boxes["H02"].setChecked(True)  # the other exercise group goes
    assert dialog.chosen() == ("L01", "H02")


def test_seats_left_and_clashes_per_group(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(window, qtbot, seats={"L01": 12, "H01": 0, "H02": None})
    assert "12 seats left" in dialog.boxes["L01"].text()
    assert "full" in dialog.boxes["H01"].text()
    assert "seats" not in dialog.boxes["H02"].text()
    assert dialog.boxes["L01"].text().startswith("⚠")  # L01 overlaps MAA6 on Tuesdays
    assert "12 seats left" in dialog.boxes["L01"].accessibleDescription()


def test_an_empty_choice_is_refused(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog = dialog_for(window, qtbot)
    dialog.show()
    for box in dialog.boxes.values():
        box.setChecked(False)
    dialog.accept()
    assert said == ["Choose at least one group: a course is taken in its groups."]
    assert dialog.isVisible()
    assert dialog.result() != GroupsDialog.DialogCode.Accepted
    dialog.boxes["L01"].setChecked(True)
    dialog.accept()
    assert dialog.result() == GroupsDialog.DialogCode.Accepted


def test_the_window_passes_the_seats_left(window: MainWindow, tiny, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict] = []
    monkeypatch.setattr(GroupsDialog, "exec", lambda self: seen.append(self.seats_left) or 0)
    window.edits.choose_groups(tiny.cs_item)
    assert seen
    assert set(seen[0]) == {"L01", "H01", "H02"}


def test_undo_after_choosing_groups_of_a_course_just_added(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Add a course (its default groups), choose other groups, then Ctrl+Z
    twice: the groups and then the course go, with no "changed elsewhere"
    refusal (the undo of the choice put the default groups back as a
    choice, so the undo of the add saw another item than it added)."""
    refused: list[Exception] = []
    monkeypatch.setattr(window.errors, "report_error", refused.append)
    assert window.state is not None
    cs = next(i for i in window.state.items if i.offering_key == CS_KEY)
    assert window.edits.remove_item(cs.id)
    window.undo_stack.clear()
    assert window.edits.add_offering(CS_KEY)
    added = next(i for i in window.state.items if i.offering_key == CS_KEY)
    assert window.edits.set_groups(added.id, ("L01", "H02"))
    window.undo_stack.undo()
    assert next(i for i in window.state.items if i.id == added.id).group_keys == added.group_keys
    window.undo_stack.undo()
    assert refused == []
    assert CS_KEY not in {i.offering_key for i in window.state.items}
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert refused == []
    again = next(i for i in window.state.items if i.offering_key == CS_KEY)
    assert again.group_keys == ("L01", "H02")
