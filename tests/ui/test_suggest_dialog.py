"""Plan → Suggest timetable… on the tiny database: Aino plans MAA6 (bar 3,
Tuesdays 10.00-11.15) and CS-A1111 (lecture Tuesdays 10.15-12.00), which
clash. The dialog shows the proposal as a diff before anything changes,
Apply is one undo step, and an impossible wish is explained with dates."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from schoolaas.ui.dialogs.suggest_dialog import SuggestDialog
from schoolaas.ui.window.main_window import MainWindow

# the README's pictures are taken again with SCHOOLAAS_DOC_SHOTS=1; otherwise a
# run leaves the tracked files alone
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = DOCS if os.environ.get("SCHOOLAAS_DOC_SHOTS") else Path(tempfile.gettempdir()) / "shots"
TODAY = date(2026, 8, 1)  # the tiny calendar's school year 2026-27 ahead

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def codes(window: MainWindow) -> list[str]:
    assert window.state is not None
    return sorted(i.code for i in window.state.items)


def dialog_of(window: MainWindow, qtbot) -> SuggestDialog:  # type: ignore[no-untyped-def]
    dialog = SuggestDialog(window, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def search(dialog: SuggestDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.searched, timeout=60000):
        dialog.run()


def test_the_plan_menu_opens_the_dialog_with_the_plan_as_wishes(window: MainWindow) -> None:
    plan_menu = next(a.menu() for a in window.menuBar().actions() if "Plan" in a.text())
    action = next(a for a in plan_menu.actions() if "Suggest" in a.text())
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    action.trigger()
    dialog = window.actions_.suggest.dialog
    assert dialog is not None
    rows = {dialog.wishes.item(n, 0).text() for n in range(dialog.wishes.rowCount())}
    assert any("MAA6" in r for r in rows) or any("CS-A1111" in r for r in rows)
    dialog.reject()


def test_the_diff_is_shown_before_anything_changes_and_apply_is_one_undo_step(
    window: MainWindow, qtbot
) -> None:
    before = codes(window)
    assert before == ["CS-A1111", "MAA6"]
    steps = window.undo_stack.count()
    dialog = dialog_of(window, qtbot)
    dialog.set_keep("CS-A1111")  # the lecture stays: MAA6 has to go
    search(dialog, qtbot)
    shown = dialog.branches()
    assert shown["Added (0)"] == []
    assert shown["Moved (0)"] == []
    removed = shown["Removed (1)"]
    assert len(removed) == 1
    assert "MAA06" in removed[0]  # MAA6's course group
    assert dialog.suggestion is not None
    diff = dialog.suggestion.diff
    assert diff is not None
    assert [f.code for f in diff.before.findings].count("overlap") == 1
    assert "overlap" not in [f.code for f in diff.after.findings]
    text = dialog.summary.toPlainText()
    assert f"Findings now: {diff.before.open_errors} errors" in text
    assert f"After: {diff.before.open_errors - 1} errors" in text  # the overlap is gone
    assert codes(window) == before  # nothing changed yet
    assert window.undo_stack.count() == steps
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "suggest-timetable.png"))
    assert dialog.apply()
    assert codes(window) == ["CS-A1111"]
    assert window.undo_stack.count() == steps + 1  # one step
    window.undo_stack.undo()
    assert codes(window) == before
    window.undo_stack.redo()
    assert codes(window) == ["CS-A1111"]


def test_a_wish_that_cannot_fit_is_explained_with_dates(window: MainWindow, qtbot) -> None:
    dialog = dialog_of(window, qtbot)
    dialog.set_keep("CS-A1111")
    dialog.add_wish("MAA6")  # a must, beside a lecture that stays
    search(dialog, qtbot)
    text = dialog.summary.toPlainText()
    assert "You want MAA6, but:" in text
    assert "both meet on Tuesdays" in text
    assert "CS-A1111" in text
    assert "Nearest alternatives:" in text
    assert not dialog.apply_button.isEnabled()
    dialog.grab().save(str(SHOTS / "suggest-infeasible.png"))


def test_what_fits_lists_the_choices_of_one_course(window: MainWindow, qtbot) -> None:
    dialog = dialog_of(window, qtbot)
    dialog.course.setCurrentText("CS-A1111")
    dialog.show_fits()
    shown = dialog.branches()
    titles = list(shown)
    assert titles[0].startswith("CS-A1111 fits (")
    assert titles[1].startswith("CS-A1111 clashes or is full (")
    assert sum(len(rows) for rows in shown.values()) >= 2  # lecture x exercise groups
