"""Plan → Allocate Aalto seats… on the tiny database with rivals for
CS-A1111's two seats (tests/data/seat_fixtures.py): Ville (final year),
Sanni and Otto plan it as it is, Aino plans it beside MAA6, which clashes.
The preview lists the course and the students before anything changes;
Apply changes every plan as one undo step (published on the change bus);
Cancel leaves nothing changed; a student never sees the action."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from planner_fixtures import Tiny, copy_tiny
from seat_fixtures import SEATS, Rivals, add_rivals

from schoolaas.services.workspace import Workspace
from schoolaas.ui.dialogs.seats_dialog import SeatsDialog
from schoolaas.ui.dialogs.seats_run import wait_for_runs
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.window.main_window import MainWindow
from schoolaas.ui.window.seats_action import SHORTCUT

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 8, 1)  # the tiny calendar's school year ahead
SEED = 1


@pytest.fixture
def seats_db(tiny_template: Tiny, tmp_path: Path) -> tuple[Tiny, Rivals]:
    tiny = copy_tiny(tiny_template, tmp_path)
    return tiny, add_rivals(tiny.url)


@pytest.fixture
def tiny(seats_db: tuple[Tiny, Rivals]) -> Tiny:  # the window of conftest opens on this one
    return seats_db[0]


def dialog_of(window: MainWindow, qtbot) -> SeatsDialog:  # type: ignore[no-untyped-def]
    dialog = SeatsDialog(window, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.seed.setValue(SEED)
    dialog.show()
    return dialog


def preview(dialog: SeatsDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.preview_button.click()
    assert not dialog.running()


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def plans(window: MainWindow, ids: list[int]) -> dict[int, list[tuple[str, tuple[str, ...]]]]:
    ws = window.workspace
    assert ws is not None
    return {p: [(i.code, i.group_keys) for i in ws.items(p)] for p in ids}


def test_the_plan_menu_has_the_action_with_its_own_shortcut(window: MainWindow) -> None:
    plan_menu = next(a.menu() for a in window.menuBar().actions() if "Plan" in a.text())
    action = next(a for a in plan_menu.actions() if "Allocate Aalto" in a.text())
    assert action is window.actions_.seats.action
    assert action.isVisible()
    assert action.shortcut().toString() == SHORTCUT
    taken = [
        a
        for a in window.findChildren(type(action))
        if a is not action and a.shortcut().toString() == SHORTCUT
    ]
    assert taken == []
    action.trigger()
    dialog = window.actions_.seats.dialog
    assert dialog is not None
    assert dialog.school_code() == "OTA"  # the open student's school
    assert dialog.seed.value() == 0
    assert "same seed gives the same lottery" in dialog.seed.toolTip()
    assert dialog.courses.accessibleName()
    assert dialog.students.accessibleName()
    dialog.reject()


def test_the_preview_lists_the_course_and_the_students_and_changes_nothing(
    window: MainWindow, seats_db: tuple[Tiny, Rivals], qtbot
) -> None:
    tiny, rivals = seats_db
    ids = [tiny.aino_plan, *rivals.plans.values()]
    before = plans(window, ids)
    steps = window.undo_stack.count()
    dialog = dialog_of(window, qtbot)
    preview(dialog, qtbot)
    assert cells(dialog.courses) == [
        ["CS-A1111", "Basic Course in Programming Y1", "aalto-cur-1111", str(SEATS), "4", "2", "2"]
    ]
    rows = {r[0]: r for r in cells(dialog.students)}
    assert set(rows) == {"Aino Virtanen", "Ville Testi", "Sanni Testi", "Otto Testi"}
    assert rows["Ville Testi"][1] == "3 (final)"
    assert rows["Ville Testi"][4].startswith("CS-A1111 (L01, H01)")  # the final year first
    assert "student's plan" in rows["Aino Virtanen"][5]  # her MAA6 clashes with the lecture
    lottery = sorted((int(rows[n][2]), n) for n in ("Sanni Testi", "Otto Testi"))
    first, second = lottery[0][1], lottery[1][1]
    assert rows[first][4].startswith("CS-A1111")
    assert rows[first][5] == ""
    assert rows[second][4] == ""
    assert "ahead in the order" in rows[second][5]
    report = dialog.report
    assert report is not None
    assert report.found
    assert report.changes == 2
    assert report.allocation.optimal
    assert "Proven optimal" in dialog.status.text()
    assert dialog.apply_button.isEnabled()
    assert plans(window, ids) == before  # nothing changed yet
    assert window.undo_stack.count() == steps


def test_apply_is_one_change_on_the_bus_and_one_undo_reverts_it(
    window: MainWindow, seats_db: tuple[Tiny, Rivals], qtbot
) -> None:
    tiny, rivals = seats_db
    ids = [tiny.aino_plan, *rivals.plans.values()]
    before = plans(window, ids)
    steps = window.undo_stack.count()
    heard: list[object] = []
    window.bus.changes_applied.connect(lambda change, _origin: heard.append(change))
    dialog = dialog_of(window, qtbot)
    preview(dialog, qtbot)
    assert dialog.apply()
    assert window.undo_stack.count() == steps + 1
    assert len(heard) == 1  # one change, heard by every window
    after = plans(window, ids)
    holding = [p for p in ids if any(code == "CS-A1111" for code, _g in after[p])]
    assert len(holding) == SEATS
    assert rivals.plans["Ville"] in holding
    assert tiny.aino_plan not in holding
    assert window.state is not None
    assert [i.code for i in window.state.items] == ["MAA6"]
    preview(dialog, qtbot)  # again, the same seed: nothing left to change
    assert dialog.report is not None
    assert dialog.report.changes == 0
    assert not dialog.apply_button.isEnabled()
    assert "Nothing to change" in dialog.status.text()
    window.undo_stack.undo()
    assert plans(window, ids) == before
    assert sorted(i.code for i in window.state.items) == ["CS-A1111", "MAA6"]
    window.undo_stack.redo()
    assert plans(window, ids) == after


def test_cancel_during_the_run_leaves_nothing_changed(
    window: MainWindow, seats_db: tuple[Tiny, Rivals], qtbot
) -> None:
    tiny, rivals = seats_db
    ids = [tiny.aino_plan, *rivals.plans.values()]
    before = plans(window, ids)
    dialog = dialog_of(window, qtbot)
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.preview()
        assert dialog.running()
        assert dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
    assert dialog.report is None
    assert "Cancelled" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    assert dialog.preview_button.isEnabled()
    assert plans(window, ids) == before
    assert not dialog.apply()
    wait_for_runs()  # the run let go ends on its own, its result unheard
    assert dialog.report is None
    assert plans(window, ids) == before


def test_closing_during_the_run_cancels_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_of(window, qtbot)
    dialog.preview()
    assert dialog.running()
    dialog.reject()
    assert not dialog.running()
    wait_for_runs()


def test_the_report_exports_as_csv(window: MainWindow, qtbot, tmp_path: Path) -> None:
    dialog = dialog_of(window, qtbot)
    preview(dialog, qtbot)
    out = dialog.export_report(tmp_path / "seats.csv")
    assert out is not None
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:2] == ["Student", "Number"]
    assert len(rows) == 1 + 4  # one row per wish
    assert rows[1][0] == "Ville Testi"  # the final year first
    why = {r[0]: r[-1] for r in rows[1:]}
    assert why["Ville Testi"] == ""
    assert "student's plan" in why["Aino Virtanen"]


def test_a_student_never_sees_the_action(tiny: Tiny, tmp_path: Path, qtbot) -> None:
    ws = Workspace.open(tiny.url)
    ws.set_setting("student_mode", "OTA-1001")  # Aino's copy
    ws.close()
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.database_opened, timeout=30000):
            win.open_database(tiny.url, create_demo=False)
        assert win.actions_.student_mode.on
        assert not win.actions_.seats.action.isVisible()
        assert win.actions_.seats.open() is None
    finally:
        if win.workspace is not None:
            win.workspace.close()
