"""The course tray grid on the demo database, driven as a counsellor would:
Elias's choices show checked, the clash of MAA07.2 (bar 3) with CS-A1111 is
written on the button, a click (or Space, or Enter after the arrow keys)
chooses a group as one undoable edit, a second course in one bar is told in
the cell, and the Aalto courses of each period say whether they fit."""

from __future__ import annotations

import pytest
from plan_views_demo import demo_db, demo_window
from PySide6.QtCore import Qt

from schoolaas.ui.tray.tray_window import ChoiceButton, TrayWindow

__all__ = ["demo_db", "demo_window"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def tray(demo_window, qtbot):  # type: ignore[no-untyped-def]
    win = TrayWindow(demo_window)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    return win


def button(tray: TrayWindow, label: str) -> ChoiceButton:
    found = [b for b in tray.buttons if _label(b) == label]
    assert found, f"no button {label}"
    return found[0]


def _label(b: ChoiceButton) -> str:
    return b.text().removeprefix("✓ ").split("\n")[0].split(" · ")[0]


def year(tray: TrayWindow, year: str) -> None:
    tray.year_combo.setCurrentIndex(tray.year_combo.findData(year))
    tray.year_combo.activated.emit(tray.year_combo.currentIndex())


def test_choices_and_clash_are_written_on_the_buttons(tray, demo_window) -> None:  # type: ignore[no-untyped-def]
    year(tray, "2026-27")
    maa7 = button(tray, "MAA07.2")
    assert maa7.isChecked()
    assert maa7.text().startswith("✓ MAA07.2")
    assert "⚠ clash" in maa7.text()  # it overlaps CS-A1111 L01 on Tuesdays
    assert "free" in maa7.text()
    # Elias plans MAA12 in 2027-28: its 2026-27 groups say where it is
    assert "also in plan: 2027-28/2" in button(tray, "MAA12.2").text()
    unchosen = button(tray, "MAA12.2")
    assert not unchosen.isChecked()
    assert not unchosen.text().startswith("✓")
    cs = [b for b in tray.buttons if b.text().startswith("✓ CS-A1111")]
    assert cs
    assert "clashes" in cs[0].text()


def test_click_chooses_a_group_and_undo_takes_it_back(tray, demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    year(tray, "2026-27")
    before = len(demo_window.state.items)
    target = button(tray, "GE01.1")
    assert not target.isChecked()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(tray, "GE01.1").text().startswith("✓"))
    assert len(demo_window.state.items) == before + 1
    assert any(i.offering_key == target.key for i in demo_window.state.items)
    demo_window.undo_stack.undo()
    qtbot.waitUntil(lambda: not button(tray, "GE01.1").text().startswith("✓"))
    assert len(demo_window.state.items) == before


def test_a_second_course_in_one_bar_is_told_in_the_cell(tray, demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    year(tray, "2026-27")
    # bar 3 of period 2 holds MAA07.2 already; ENA02.1 is in the same bar
    qtbot.mouseClick(button(tray, "ENA02.1"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(tray, "ENA02.1").text().startswith("✓"))
    cell = button(tray, "ENA02.1").parentWidget()
    assert cell is not None
    assert cell.property("crowded") is True
    words = [w.text() for w in cell.findChildren(type(tray.message)) if w.objectName() == "crowded"]
    assert words
    assert "2 courses in this bar" in words[0]


def test_keyboard_walks_the_grid_and_space_or_enter_chooses(tray, demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    year(tray, "2026-27")
    start = button(tray, "GE01.1")
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Down)
    below = tray.neighbour(start, 0, 1)
    assert below is not None
    assert tray.focusWidget() is below
    key = below.key
    qtbot.keyClick(below, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(i.offering_key == key for i in demo_window.state.items))
    qtbot.waitUntil(lambda: next(b for b in tray.buttons if b.key == key).isChecked())
    again = next(b for b in tray.buttons if b.key == key)
    assert again.hasFocus()  # focus stays on the group after the redraw
    qtbot.keyClick(again, Qt.Key.Key_Space)  # Space on a chosen group drops it
    qtbot.waitUntil(lambda: all(i.offering_key != key for i in demo_window.state.items))


def test_aalto_courses_say_whether_they_fit(tray) -> None:  # type: ignore[no-untyped-def]
    year(tray, "2026-27")
    grid = tray.grid
    assert grid is not None
    courses = [c for cs in grid.aalto.values() for c in cs]
    assert any(c.fits for c in courses)
    assert any(not c.fits for c in courses)
    for c in courses:
        b = next(b for b in tray.buttons if b.key == c.offering_key)
        assert ("clashes" in b.text()) is (not c.fits)


def test_the_view_menu_opens_one_tray_window(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions_.tray.trigger()
    first = demo_window.findChild(TrayWindow)
    assert first is not None
    assert first.isVisible()
    demo_window.actions_.tray.trigger()
    assert demo_window.findChildren(TrayWindow) == [first]  # brought to the front, not a second
    first.close()
