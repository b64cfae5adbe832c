""" "Add anyway?" (issue 15) on the demo database: Elias's MAA07.2 (bar 3)
overlaps CS-A1111's lecture on Tuesdays. Adding CS-A1111 back, from the
catalogue or the tray grid, says so first and asks; Cancel adds nothing,
"Add anyway" adds it as one undoable edit; a course that fits is added
without a question. Choosing study groups that clash asks the same way."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from plan_views_demo import demo_db, demo_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from schoolaas.ui.window.clash_question import ask_with_box  # the real one (conftest stands in)
from schoolaas.ui.window.main_window import MainWindow

__all__ = ["demo_db", "demo_window"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


class Asked:
    """Stands in for the question: records it, answers ``answer``."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str, str]] = []

    def __call__(self, title: str, text: str, button: str) -> bool:
        self.questions.append((title, text, button))
        return self.answer


def never(title: str, text: str, button: str) -> bool:
    raise AssertionError(f"asked without a clash: {text}")


def keys(window: MainWindow) -> list[str | None]:
    assert window.state is not None
    return [i.offering_key for i in window.state.items]


def item_of(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    assert window.state is not None
    return next(i for i in window.state.items if i.code == code)


@pytest.fixture
def without_cs(demo_window: MainWindow) -> str:
    """Elias's plan without CS-A1111 (removing asks nothing); its key."""
    cs = item_of(demo_window, "CS-A1111")
    demo_window.edits.ask_add_anyway = never
    assert demo_window.edits.remove_item(cs.id)
    assert cs.offering_key is not None
    return cs.offering_key


def test_a_clashing_add_asks_first_and_cancel_adds_nothing(demo_window, without_cs) -> None:  # type: ignore[no-untyped-def]
    asked = Asked(False)
    demo_window.edits.ask_add_anyway = asked
    steps = demo_window.undo_stack.count()
    assert not demo_window.edits.add_offering(without_cs)
    assert without_cs not in keys(demo_window)
    assert demo_window.undo_stack.count() == steps
    [(title, text, button)] = asked.questions
    assert title == "Add CS-A1111?"
    assert button == "Add anyway"
    assert "CS-A1111 clashes with MAA7 on Tue 10.15–11.15 (" in text, text
    assert " dates, " in text  # how many, from which date to which


def test_add_anyway_adds_it_as_one_undo_step(demo_window, without_cs) -> None:  # type: ignore[no-untyped-def]
    asked = Asked(True)
    demo_window.edits.ask_add_anyway = asked
    steps = demo_window.undo_stack.count()
    assert demo_window.edits.add_offering(without_cs)
    assert len(asked.questions) == 1
    assert without_cs in keys(demo_window)
    assert demo_window.undo_stack.count() == steps + 1
    demo_window.undo_stack.undo()
    assert without_cs not in keys(demo_window)


def test_the_catalogue_and_the_tray_ask_the_same_question(demo_window, without_cs, qtbot) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui.tray.tray_window import TrayWindow

    asked = Asked(False)
    demo_window.edits.ask_add_anyway = asked
    demo_window.catalogue_panel.add_requested.emit(without_cs)  # Enter, double-click, Add
    assert len(asked.questions) == 1
    tray = TrayWindow(demo_window)
    qtbot.addWidget(tray)
    tray.show()
    tray.refresh()
    button = next(b for b in tray.buttons if b.key == without_cs)
    assert not tray.choose(button)
    assert len(asked.questions) == 2
    assert not button.isChecked()
    assert without_cs not in keys(demo_window)


def test_a_course_that_fits_is_added_without_a_question(demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.edits.ask_add_anyway = never
    assert demo_window.state is not None
    assert demo_window.catalogue is not None
    timetable = demo_window.catalogue.timetable
    clashing = demo_window.plan_service.clashing_offerings()
    fits = next(
        key
        for key in sorted(demo_window.catalogue.offerings)
        if key not in clashing
        and key not in keys(demo_window)
        and timetable.default_choice(key).sessions
    )
    assert demo_window.edits.add_offering(fits)
    assert fits in keys(demo_window)


def test_clashing_study_groups_ask_first(demo_window) -> None:  # type: ignore[no-untyped-def]
    cs = item_of(demo_window, "CS-A1111")
    lecture = next(g for g in cs.group_keys if g.startswith("L"))
    others = tuple(g for g in cs.group_keys if g != lecture)
    demo_window.edits.ask_add_anyway = never
    assert demo_window.edits.set_groups(cs.id, others)  # without the lecture: it fits
    asked = Asked(False)
    demo_window.edits.ask_add_anyway = asked
    assert not demo_window.edits.set_groups(cs.id, cs.group_keys)
    assert item_of(demo_window, "CS-A1111").group_keys == others
    [(_, text, button)] = asked.questions
    assert "The chosen groups of CS-A1111 clash with the plan" in text
    assert button == "Choose anyway"
    asked.answer = True
    assert demo_window.edits.set_groups(cs.id, cs.group_keys)
    assert item_of(demo_window, "CS-A1111").group_keys == cs.group_keys


def answer_box(press: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Answer the modal box once it is up (``press`` it), from a timer; a
    failed check closes the box (the test then fails, it does not hang)."""
    seen: list[QMessageBox] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        try:
            press(box)
            seen.append(box)
        finally:
            if box.isVisible():
                box.done(0)

    QTimer.singleShot(0, look)
    return seen


def test_the_real_box_cancels_by_default_and_on_escape(qtbot) -> None:  # type: ignore[no-untyped-def]
    def default_is_cancel(box: QMessageBox) -> None:
        default = box.defaultButton()
        assert isinstance(default, QPushButton)
        assert box.standardButton(default) == QMessageBox.StandardButton.Cancel
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    seen = answer_box(default_is_cancel)
    assert not ask_with_box(None, "Add X?", "X clashes.", "Add anyway")
    assert seen

    def add_anyway(box: QMessageBox) -> None:
        found = next(b for b in box.buttons() if b.text() == "Add anyway")
        found.click()

    seen = answer_box(add_anyway)
    assert ask_with_box(None, "Add X?", "X clashes.", "Add anyway")
    assert seen


def test_a_drop_asks_once_the_drag_has_ended(demo_window, without_cs, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from schoolaas.ui.widgets.offering_drag import offering_mime

    asked = Asked(False)
    demo_window.edits.ask_add_anyway = asked
    target = demo_window.plan_panel.table
    mime = offering_mime([without_cs])  # kept: the event does not own it
    drop = QDropEvent(
        QPointF(target.width() / 2, target.height() / 2),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert drop.isAccepted()
    assert not asked.questions  # not inside the drop handler
    qtbot.waitUntil(lambda: bool(asked.questions))
    assert without_cs not in keys(demo_window)
