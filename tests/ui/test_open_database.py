"""The app given ``--db ""`` or a mistyped ``--db`` path: an error, or a
question before an empty database is made; never a silently built demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from schoolaas.ui.options import Options
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _no_welcome_question(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    """An empty database made here is a first start: the window would ask
    who uses it in a modal box (tests/ui/test_student_mode.py tests that),
    which nobody answers offscreen."""
    from schoolaas.ui.student.mode import StudentMode

    asked: list[object] = []
    monkeypatch.setattr(StudentMode, "ask_first_start", lambda self: asked.append(self))
    return asked


def _window(qtbot, tmp_path: Path, built: list[object]) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Options(tmp_path / "ui.ini"))
    qtbot.addWidget(win)
    win.first_run = built.append  # the demo builder: must not run
    win.show()
    return win


def _close_boxes(win: MainWindow) -> list[str]:
    texts = []
    for box in win.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


def test_an_empty_db_url_is_an_error(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    default = tmp_path / "default" / "planner.sqlite3"
    monkeypatch.setattr("schoolaas.data.url.default_db_path", lambda: default)
    built: list[object] = []
    win = _window(qtbot, tmp_path, built)
    with qtbot.waitSignal(win.database_failed, timeout=30000) as failed:
        win.open_database("")
    assert "empty" in failed.args[0]
    assert any('--db ""' in text for text in _close_boxes(win))
    assert not default.exists()
    assert built == []
    assert win.workspace is None


def test_a_mistyped_path_asks_and_no_makes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    typo = tmp_path / "plannr.sqlite3"
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    built: list[object] = []
    win = _window(qtbot, tmp_path, built)
    with qtbot.waitSignal(win.database_failed, timeout=30000) as failed:
        win.open_database(str(typo))
    assert asked
    assert str(typo) in asked[0]
    assert "Create an empty database" in asked[0]
    assert str(typo) in failed.args[0]
    _close_boxes(win)
    assert not typo.exists()
    assert built == []


def test_a_mistyped_path_answered_yes_opens_an_empty_database(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "new.sqlite3"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    built: list[object] = []
    win = _window(qtbot, tmp_path, built)
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(str(new))
    assert new.exists()
    assert built == []  # empty, not the demo
    assert win.workspace is not None
    assert win.workspace.students() == []
    _close_boxes(win)
    win.workspace.close()
