"""The School setup window opens from the main window's File menu
(Ctrl+Shift+S) on the open database, and its edits reach the main window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from schoolaas.ui.setup.window import SetupWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def test_file_menu_opens_the_setup_window(window) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_.school_setup
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    setup_window = window.actions_._setup_window
    assert isinstance(setup_window, SetupWindow)
    assert setup_window.isVisible()
    assert setup_window.workspace is window.workspace
    assert setup_window.bus is window.bus
    action.trigger()  # the same window again, not a second one
    assert window.actions_._setup_window is setup_window
    setup_window.close()
