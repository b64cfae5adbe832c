"""The main window driven like a user on the tiny database (two students;
Aino plans MAA6 and CS-A1111, which overlap every Tuesday in period 2)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import CS_KEY

from schoolaas.domain.findings import FindingCode
from schoolaas.ui.options import LAST_STUDENT_ID
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def overlaps(win: MainWindow, *, open_only: bool = True) -> list:
    assert win.result is not None
    return [
        f
        for f in win.result.findings
        if f.code == FindingCode.OVERLAP and (f.is_open or not open_only)
    ]


def clash_blocks(win: MainWindow) -> list:
    return [b for b in win.timetable.blocks() if b.clash and not b.accepted]


def shown_findings(win: MainWindow) -> list[str]:
    model = win.audit_panel.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_window_opens_on_last_student_with_title_and_audit(window: MainWindow, tiny) -> None:
    assert window.student is not None
    assert window.student.id == tiny.aino
    assert window.windowTitle().startswith("Aino Virtanen — Plan")
    assert not window.isWindowModified()
    assert window.audit_panel.total.format().endswith("/ 150 op")
    assert any("overlap" in text for text in shown_findings(window))


def test_remove_search_add_undo_redo_like_a_user(window: MainWindow, tiny, qtbot) -> None:
    # the plan starts with the overlap; remove CS-A1111 with Delete
    window.timetable_panel.set_monday(window.timetable_panel.monday())
    window.plan_panel.select_item(tiny.cs_item)
    window.plan_panel.table.setFocus()
    qtbot.keyClick(window.plan_panel.table, Qt.Key.Key_Delete)
    assert not overlaps(window)
    assert not window.isWindowModified()  # stored at once: nothing left to save (issue 15)
    # search as a user types, Enter jumps to the match, Enter adds it
    window.actions_.find.trigger()
    qtbot.keyClicks(window.catalogue_panel.search, "CS-A1111")
    assert window.catalogue_panel.proxy.rowCount() == 1
    qtbot.keyClick(window.catalogue_panel.search, Qt.Key.Key_Return)
    qtbot.keyClick(window.catalogue_panel.table, Qt.Key.Key_Return)
    assert overlaps(window), "the clash shows in the audit"
    assert any("CS-A1111" in t and "overlap" in t for t in shown_findings(window))
    window.timetable_panel.set_monday(overlaps(window)[0].dates[0])
    assert clash_blocks(window), "the clash shows on the timetable"
    # undo removes it again, redo brings it back
    window.actions_.undo.trigger()
    assert not overlaps(window)
    assert not clash_blocks(window)
    window.actions_.redo.trigger()
    assert overlaps(window)


@pytest.mark.parametrize("where", ["timetable", "plan"])
def test_drop_adds_course(window: MainWindow, tiny, where: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.edits.remove_item(tiny.cs_item)
    assert not any(i.offering_key == CS_KEY for i in window.items)
    # what the catalogue puts on the clipboard of a drag
    model = window.catalogue_panel.model
    mime = model.mimeData([model.index(model.row_of(CS_KEY), 0)])
    assert isinstance(mime, QMimeData)
    target = window.timetable if where == "timetable" else window.plan_panel.table
    drop = QDropEvent(
        QPointF(target.width() / 2, target.height() / 2),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)  # Qt routes a synthetic drop only inside a real drag
    assert drop.isAccepted()
    # added once the drag has ended (adding may ask "Add anyway?" first)
    qtbot.waitUntil(lambda: any(i.offering_key == CS_KEY for i in window.items))
    assert overlaps(window)


def test_accept_finding_with_reason_is_one_undoable_action(window: MainWindow) -> None:
    finding = overlaps(window)[0]
    window.audit_panel.select_key(finding.key)
    assert window.actions_.accept.isEnabled()
    steps = window.undo_stack.count()
    assert window.edits.accept_finding(finding.key, "lecture recorded; teacher agreed")
    assert window.undo_stack.count() == steps + 1
    accepted = overlaps(window, open_only=False)[0]
    assert not accepted.is_open
    assert accepted.acceptance.why == "lecture recorded; teacher agreed"
    row = window.audit_panel.model.row_of(finding.key)
    assert "lecture recorded" in window.audit_panel.model.index(row, 3).data()
    assert not overlaps(window), "accepted: listed, but not open"
    window.actions_.undo.trigger()
    assert overlaps(window)


def test_status_and_groups_are_undoable(window: MainWindow, tiny) -> None:
    window.edits.set_status(tiny.maa6_item, "completed", "9")
    item = next(i for i in window.items if i.id == tiny.maa6_item)
    assert item.status == "completed"
    assert item.grade == "9"
    assert not overlaps(window), "completed items no longer clash"
    window.edits.set_groups(tiny.cs_item, ("L01", "H02"))
    window.edits.set_groups(tiny.cs_item, ("L01",))  # merges with the previous choice
    item = next(i for i in window.items if i.id == tiny.cs_item)
    assert item.group_keys == ("L01",)
    count = window.undo_stack.count()
    window.actions_.undo.trigger()
    item = next(i for i in window.items if i.id == tiny.cs_item)
    assert set(item.group_keys) == {"L01", "H01"}
    window.actions_.undo.trigger()
    item = next(i for i in window.items if i.id == tiny.maa6_item)
    assert item.status == "planned"
    assert count == 2


def test_plan_versions_duplicate_switch_rename_and_compare(window: MainWindow, tiny) -> None:
    first = window.plan.id
    assert window.edits.duplicate_plan("Without Aalto")
    assert window.plan.id != first
    assert window.windowTitle().startswith("Aino Virtanen — Without Aalto")
    window.edits.remove_item(next(i.id for i in window.items if i.code == "CS-A1111"))
    assert not overlaps(window)
    # switch back with the combo: the first version still has the clash
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(first))
    window.plan_combo.activated.emit(window.plan_combo.currentIndex())
    assert window.plan.id == first
    assert overlaps(window)
    assert window.edits.rename_plan("Main")
    assert window.windowTitle().startswith("Aino Virtanen — Main")
    # undo walks back through rename, remove (showing the copy) and duplicate
    window.actions_.undo.trigger()
    assert window.plan.name == "Plan"
    window.actions_.undo.trigger()
    assert window.plan.name == "Without Aalto"
    assert overlaps(window)
    window.actions_.undo.trigger()
    assert [p.id for p in window.plans] == [first]
    window.actions_.redo.trigger()
    assert len(window.plans) == 2


def test_compare_dialog_shows_both_versions(window: MainWindow, qtbot) -> None:
    from schoolaas.ui.dialogs.versions import CompareDialog

    first = window.plan.id
    window.edits.duplicate_plan("B")
    window.edits.remove_item(next(i.id for i in window.items if i.code == "CS-A1111"))
    ws = window.workspace
    dialog = CompareDialog(
        window.plans, lambda p: (ws.audit(p), ws.items(p)), left=first, right=window.plan.id
    )
    qtbot.addWidget(dialog)
    assert dialog.credits.item(0, 0).text() != dialog.credits.item(0, 1).text()
    assert "CS-A1111" in dialog.left_only.text()
    assert dialog.left_findings.count() > dialog.right_findings.count()


def test_switch_student_clears_undo_and_remembers(window: MainWindow, tiny) -> None:
    window.edits.remove_item(tiny.cs_item)
    assert window.undo_stack.count() == 1
    window.open_student(tiny.eero)
    assert window.student.name == "Eero Lahtinen"
    assert window.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert window.options.get(LAST_STUDENT_ID) == tiny.eero
    assert window.items == []


def test_clicking_a_block_selects_the_plan_item(window: MainWindow, qtbot) -> None:
    day = overlaps(window)[0].dates[0]
    window.timetable_panel.set_monday(day)
    index = next(i for i, b in enumerate(window.timetable.blocks()) if b.item_id)
    block = window.timetable.blocks()[index]
    centre = window.timetable.block_rect(index).center().toPoint()
    qtbot.mouseClick(window.timetable, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert window.plan_panel.selected_item_id() == block.item_id


def test_edit_refreshes_audit_quickly(window: MainWindow, tiny) -> None:
    window.edits.remove_item(tiny.cs_item)
    window.actions_.undo.trigger()
    assert window.last_refresh_ms < 500  # generous: the target is 50 ms on a quiet machine


def test_every_pane_is_reachable_from_the_keyboard(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    targets = {
        window.actions_.focus_catalogue: window.catalogue_panel.table,
        window.actions_.focus_timetable: window.timetable,
        window.actions_.focus_plan: window.plan_panel.table,
        window.actions_.focus_audit: window.audit_panel.table,
        window.actions_.find: window.catalogue_panel.search,
    }
    for action, widget in targets.items():
        assert not action.shortcut().isEmpty()
        action.trigger()
        assert widget.hasFocus() or QApplication.focusWidget() is widget
    names = [
        w.accessibleName()
        for w in (
            window.timetable,
            window.catalogue_panel.table,
            window.plan_panel.table,
            window.audit_panel.table,
        )
    ]
    assert all(names)


def test_fits_my_timetable_greys_and_hides_what_would_clash(
    window: MainWindow, tiny, qtbot
) -> None:
    window.edits.remove_item(tiny.cs_item)  # MAA6 stays; CS-A1111 would now clash with it
    model = window.catalogue_panel.model
    qtbot.waitUntil(lambda: model.clashes(CS_KEY), timeout=5000)
    row = model.row_of(CS_KEY)
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    proxy = window.catalogue_panel.proxy
    proxy.today = date(2026, 8, 1)  # before the tiny catalogue's courses: none over yet
    shown = proxy.rowCount()
    window.catalogue_panel.fits.setChecked(True)
    assert proxy.rowCount() == shown - 1
    window.actions_.undo.trigger()  # back in the plan: nothing to hide
    qtbot.waitUntil(lambda: not model.clashes(CS_KEY), timeout=5000)
    assert proxy.rowCount() == shown


def test_new_and_deleted_plans_come_back_with_undo(window: MainWindow) -> None:
    first = window.plan.id
    assert window.edits.create_plan("Empty")
    assert window.plan.name == "Empty"
    assert window.items == []
    assert window.edits.delete_plan()
    assert [p.id for p in window.plans] == [first]
    window.actions_.undo.trigger()  # the empty plan is back, shown
    assert window.plan.name == "Empty"
    window.actions_.undo.trigger()  # and gone again: only the first
    assert [p.id for p in window.plans] == [first]
    window.actions_.redo.trigger()
    assert window.plan.name == "Empty"


def test_period_selector_names_the_period_of_the_shown_week(window: MainWindow) -> None:
    panel = window.timetable_panel
    day = overlaps(window)[0].dates[0]  # Tuesdays of period 2
    panel.set_monday(day)
    assert "period 2" in panel.periods.currentText()
    panel.set_monday(day.replace(month=7, day=1))  # the summer holiday
    assert panel.periods.currentIndex() == 0
    assert panel.periods.currentText() == "outside the periods"
    # choosing a period from the list shows its first week and names it
    index = panel.periods.count() - 1
    chosen = panel.periods.itemText(index)
    panel.periods.setCurrentIndex(index)
    panel.periods.activated.emit(index)
    assert panel.periods.currentText() == chosen
    assert panel.monday() != day.replace(month=7, day=1)
    assert window.timetable.monday() == panel.monday()


def test_first_run_layout_shows_a_usable_plan(window: MainWindow, qtbot) -> None:
    """Without a saved layout the plan shows many rows, one line each, and
    the timetable keeps room for two courses side by side in a day."""
    window.resize(1400, 900)
    window.docks.apply_default_sizes()
    qtbot.wait(50)
    table = window.plan_panel.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 8
    assert window.timetable.width() >= 520
    assert window.timetable.height() >= 380


def test_accept_dialog_names_the_finding_and_works_from_the_keyboard(
    window: MainWindow, qtbot
) -> None:
    """Ctrl+Shift+A on a selected finding opens a dialog that says which
    finding it is; OK waits for a reason; Tab leaves the reason field;
    Ctrl+Enter accepts."""
    from PySide6.QtCore import QTimer

    from schoolaas.ui.dialogs.accept_dialog import AcceptDialog

    finding = overlaps(window)[0]
    window.audit_panel.select_key(finding.key)
    seen: dict[str, object] = {}

    def type_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AcceptDialog):
            QTimer.singleShot(20, type_reason)  # not shown yet
            return
        try:
            text = dialog.finding.text()
            codes = (finding.numbers.label_a, finding.numbers.label_b)
            seen["names"] = all(str(code) in text for code in codes)
            seen["ok_before"] = dialog.ok.isEnabled()
            qtbot.keyClicks(dialog.reason, "lecture recorded")
            seen["ok_after"] = dialog.ok.isEnabled()
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
            seen["tab_left"] = dialog.reason.toPlainText() == "lecture recorded"
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, type_reason)
    window.actions_.accept.trigger()
    assert seen == {"names": True, "ok_before": False, "ok_after": True, "tab_left": True}
    accepted = overlaps(window, open_only=False)[0]
    assert accepted.acceptance is not None
    assert accepted.acceptance.why == "lecture recorded"


def test_every_action_is_in_a_menu_with_its_shortcut_shown(window: MainWindow) -> None:
    """Nothing is reachable only by a shortcut nobody can find: each action
    of the window sits in a menu (where Qt shows its shortcut)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    in_menus = {
        a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions() if a.text()
    }
    actions = {v for v in vars(window.actions_).values() if isinstance(v, QAction)}
    missing = sorted(a.text().replace("&", "") for a in actions - in_menus)
    assert missing == []
    assert window.actions_.new_plan in in_menus
    assert window.actions_.delete_plan_action in in_menus


def test_tab_goes_round_the_window_in_reading_order(window: MainWindow, qtbot) -> None:
    """Tab never gets stuck in a table (arrows move inside it) and visits
    catalogue, timetable, plan and findings in that order, back to search."""
    window.activateWindow()
    window.catalogue_panel.search.setFocus()
    visited = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if visited and widget is window.catalogue_panel.search:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        pytest.fail("Tab did not come back to the search field")
    landmarks = [
        window.catalogue_panel.table,
        window.timetable,
        window.plan_panel.table,
        window.audit_panel.table,
    ]
    positions = [visited.index(w) for w in landmarks]
    assert positions == sorted(positions)
    assert visited.count(window.catalogue_panel.table) == 1  # one Tab leaves the table


def test_file_menu_exports_the_plan_as_a_calendar(window: MainWindow, tmp_path: Path, monkeypatch):
    """File → Export calendar… asks for a file and writes the plan's sessions
    as iCalendar events, telling the user how many."""
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    target = tmp_path / "plan.ics"
    told: list[str] = []
    # it asks the language of the course names first (issue 15)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("English", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.actions_.export_calendar.isEnabled()
    window.actions_.export_calendar.trigger()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events
    assert any("CS-A1111" in str(e.get("SUMMARY")) for e in events)
    assert told
    assert str(len(events)) in told[0]


def test_plan_table_shows_the_row_after_an_edit_and_after_undo(window: MainWindow, tiny) -> None:
    def codes() -> list[str]:
        proxy = window.plan_panel.proxy
        return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]

    assert any(c.endswith("CS-A1111") for c in codes())
    window.edits.remove_item(tiny.cs_item)
    assert not any(c.endswith("CS-A1111") for c in codes())
    assert all(not c.startswith("⚠") for c in codes()), "no clash left to mark"
    window.actions_.undo.trigger()
    assert "⚠ CS-A1111" in codes(), "back, marked with its clash"
    window.actions_.redo.trigger()
    assert not any(c.endswith("CS-A1111") for c in codes())
