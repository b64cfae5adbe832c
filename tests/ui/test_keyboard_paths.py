"""Keyboard paths a first user tried (issue 15), on the tiny database: Down
moves from the catalogue search into the results and Enter adds the course;
type-ahead in the plan table finds a course code whichever column has the
focus."""

from __future__ import annotations

import pytest
from planner_fixtures import CS_KEY
from PySide6.QtCore import Qt

from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_down_from_the_search_then_enter_adds(window: MainWindow, tiny, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.edits.remove_item(tiny.cs_item)
    panel = window.catalogue_panel
    window.actions_.find.trigger()
    qtbot.keyClicks(panel.search, "CS-A1111")
    assert panel.proxy.rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    assert panel.current_key() == CS_KEY
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert any(i.offering_key == CS_KEY for i in window.items)


def test_type_ahead_in_the_plan_finds_a_code(window: MainWindow, tiny, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = window.plan_panel.table
    window.plan_panel.select_item(tiny.maa6_item)
    table.setCurrentIndex(table.currentIndex().siblingAtColumn(0))  # the Year column
    table.setFocus()
    qtbot.keyClicks(table, "CS")
    assert window.plan_panel.selected_item_id() == tiny.cs_item
