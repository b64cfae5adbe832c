"""History…, Export personal data… and Erase student… in the main window
(issue 13): reachable from the Plan menu and the keyboard, the history in
plain text (a name like <b>x</b> is not bold), exported owner-only, and a
student erased only after a confirmation."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget

from schoolaas.domain.model import ItemStatus
from schoolaas.services.workspace import Workspace
from schoolaas.ui.dialogs.history_dialog import HistoryDialog
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _plan_menu_texts(win: MainWindow) -> list[str]:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Plan")
    return [a.text() for a in menu.actions()]


def test_the_actions_are_in_the_plan_menu_with_a_shortcut(window: MainWindow) -> None:
    texts = _plan_menu_texts(window)
    assert {"&History…", "E&xport personal data…", "&Erase student…"} <= set(texts)
    history = window.actions_.student_data.history
    assert history.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert history.isEnabled()


def test_the_history_shows_another_counsellors_change_as_plain_text(
    window: MainWindow, tiny, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace(tiny.url) as other:
        other.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
        other.rename_plan(tiny.aino_plan, "<b>x</b>")
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.actions_.student_data.dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "history_table")
    newest = [table.item(0, c).text() for c in range(3)]
    assert newest[2] == "Plan Plan changed: name Plan → <b>x</b>."
    assert table.item(1, 2).text() == (
        "Course MAA6 changed: status planned → completed; grade – → 9."
    )
    dialog.grab().save(str(tmp_path / "history.png"))
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.export() == target
    assert "<b>x</b>" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    dialog.close()


def test_export_writes_the_students_data(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "aino.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.actions_.student_data.export_data() == target
    assert json.loads(target.read_text(encoding="utf-8"))["student"]["number"] == "OTA-1001"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_erase_asks_first_and_then_opens_another_student(
    window: MainWindow, tiny, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def warning(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    actions = window.actions_.student_data
    assert not actions.erase_student()  # cancelled: nothing happens
    assert "Aino Virtanen (OTA-1001)" in asked[0]
    assert window.student is not None
    assert window.student.id == tiny.aino
    assert actions.erase_student()
    assert window.student is not None
    assert window.student.id == tiny.eero
    with Workspace(tiny.url) as ws:
        assert [s.number for s in ws.students(include_archived=True)] == ["TAP-2001"]


def test_the_actions_and_the_dialog_are_translated(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from schoolaas.ui.i18n import Translations

    translations = Translations(qapp, cache=tmp_path / "qm")
    try:
        translations.set_language("fi")
        assert QCoreApplication.translate("StudentDataActions", "&History…") == "&Historia…"
        assert QCoreApplication.translate("HistoryDialog", "Who") == "Kuka"
        translations.set_language("sv")
        assert QCoreApplication.translate("StudentDataActions", "&Erase student…") == (
            "&Radera studerande…"
        )
    finally:
        translations.set_language("en")


def test_a_students_login_is_not_offered_export_or_erase(window: MainWindow) -> None:
    from schoolaas.services.access import Access

    assert window.workspace is not None
    actions = window.actions_.student_data
    assert actions.export.isVisible()
    window.workspace._access = Access("student", student_id=1)
    actions.follow_access()
    assert not actions.export.isVisible()
    assert not actions.erase.isVisible()
    assert actions.history.isVisible()
