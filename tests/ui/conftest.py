"""Fixtures of the GUI tests that drive the main window on the tiny
database (two students; Aino's plan has an overlap); a test module may
define its own ``tiny`` or ``window`` to start from something else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import copy_tiny, tiny_template

from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.window.main_window import MainWindow

__all__ = ["tiny_template"]  # the session-wide tiny database, copied per test


@pytest.fixture(autouse=True)
def add_anyway(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clashing course is added as it was before "Add anyway?" (issue 15)
    unless a test answers the question itself (``edits.ask_add_anyway``):
    the real question is a modal box, which would hang offscreen."""
    from schoolaas.ui.window import clash_question

    monkeypatch.setattr(clash_question, "ask_with_box", lambda *args: True)


@pytest.fixture
def tiny(tiny_template, tmp_path: Path):  # type: ignore[no-untyped-def]
    return copy_tiny(tiny_template, tmp_path)


@pytest.fixture
def window(tiny, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """The main window opened on the tiny database at Aino's plan."""
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(tiny.url, create_demo=False)
    yield win
    if win.workspace is not None:
        win.workspace.close()
