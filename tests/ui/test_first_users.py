"""What tripped the first users (issue 15), on the tiny database, as a
user would notice: the title claims no unsaved changes after an edit (every
edit is stored at once); a course added from the catalogue is the selected
plan row; the students overview and the premises are one window each,
brought to the front again; a window rebuilt in another language does not
keep saying "Opening database…"."""

from __future__ import annotations

import pytest
from planner_fixtures import CS_KEY

from schoolaas.ui.overview.window import OverviewWindow
from schoolaas.ui.premises.view import PremisesView
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def test_the_title_has_no_unsaved_marker_after_an_edit(window: MainWindow, tiny) -> None:  # type: ignore[no-untyped-def]
    assert window.edits.remove_item(tiny.cs_item)
    assert window.undo_stack.count() == 1
    assert not window.isWindowModified()
    assert "*" not in window.windowTitle()


def test_an_added_course_is_the_selected_plan_row(window: MainWindow, tiny, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.edits.remove_item(tiny.cs_item)
    window.plan_panel.select_item(tiny.maa6_item)
    assert window.edits.add_offering(CS_KEY)
    added = next(i for i in window.items if i.offering_key == CS_KEY)
    assert window.plan_panel.selected_item_id() == added.id


def test_students_overview_is_one_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.overview.trigger()
    first = window.actions_._overview_window
    assert isinstance(first, OverviewWindow)
    window.actions_.overview.trigger()
    assert window.actions_._overview_window is first  # brought to the front, not a second
    first.close()


def test_premises_are_in_the_view_menu(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.actions_.premises in view.actions()
    window.actions_.premises.trigger()
    first = window.actions_._premises_window
    assert isinstance(first, PremisesView)
    assert first.isVisible()
    window.actions_.premises.trigger()
    assert window.actions_._premises_window is first
    first.close()


def test_a_rebuilt_window_does_not_say_opening_database(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    new = MainWindow(window.options, bus=window.bus)
    qtbot.addWidget(new)
    assert new.statusBar().currentMessage() == "Opening database…"
    new.adopt(window)
    assert new.statusBar().currentMessage() != "Opening database…"
    assert new.state is not None
    if new.workspace is not None:
        window.workspace = new.workspace  # closed by the fixture
