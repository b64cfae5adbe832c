"""What the window keeps between runs, how it opens, fails and picks a
student; the dialogs around it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain_factories import aalto_cs_a1111

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import copy_tiny, tiny_template

from schoolaas.ui.dialogs.groups_dialog import GroupsDialog
from schoolaas.ui.dialogs.student_picker import StudentPicker
from schoolaas.ui.options import LAST_STUDENT_ID, WINDOW_GEOMETRY, WINDOW_STATE, Options
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
__all__ = ["tiny_template"]  # the session-wide tiny database, copied per test


@pytest.fixture
def tiny(tiny_template, tmp_path: Path):  # type: ignore[no-untyped-def]
    return copy_tiny(tiny_template, tmp_path)


def open_window(qtbot, url: str, options: Options) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(url, create_demo=False)
    return win


def test_window_paints_before_the_database_is_open(qtbot, tmp_path: Path, tiny) -> None:
    win = MainWindow(Options(tmp_path / "ui.ini"))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_painted, timeout=10000):
        win.show()
    assert win.workspace is None
    assert "Opening database" in win.statusBar().currentMessage()
    assert not win.actions_.add.isEnabled()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(tiny.url, create_demo=False)
    assert win.actions_.add.isEnabled()
    win.workspace.close()


def test_layout_and_last_student_survive_a_restart(qtbot, tmp_path: Path, tiny) -> None:
    options = Options(tmp_path / "ui.ini")
    win = open_window(qtbot, tiny.url, options)
    win.open_student(tiny.eero)
    win.audit_dock.hide()
    win.close()
    win.workspace.close()
    assert options.get(WINDOW_GEOMETRY)
    assert options.get(WINDOW_STATE)
    again = open_window(qtbot, tiny.url, Options(tmp_path / "ui.ini"))
    assert again.student.id == tiny.eero
    assert again.audit_dock.isHidden()
    again.workspace.close()


def test_a_database_that_cannot_be_opened_says_so(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    win = MainWindow(Options(tmp_path / "ui.ini"))
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_failed, timeout=30000) as failed:
        win.open_database(str(bad), create_demo=False)
    assert "not-a-db.sqlite3" in failed.args[0] or "database" in failed.args[0]
    boxes = [w for w in win.findChildren(QMessageBox) if w.isVisible()]
    assert boxes
    assert "could not be opened" in boxes[0].text()
    for box in boxes:
        box.close()


def test_student_picker_searches_and_returns_the_choice(qtbot, tmp_path: Path, tiny) -> None:
    win = open_window(qtbot, tiny.url, Options(tmp_path / "ui.ini"))
    picker = StudentPicker(win.students(), tiny.aino)
    qtbot.addWidget(picker)
    assert picker.chosen_id() == tiny.aino
    qtbot.keyClicks(picker.search, "lahti")
    assert picker.proxy.rowCount() == 1
    assert picker.chosen_id() == tiny.eero
    win.workspace.close()


def test_refused_edit_shows_a_message_and_stays_off_the_stack(qtbot, tmp_path: Path, tiny) -> None:
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = open_window(qtbot, tiny.url, options)
    assert not win.edits.rename_plan("   ")  # an empty name is refused by the service
    assert win.undo_stack.count() == 0
    assert win.statusBar().currentMessage()
    for box in win.findChildren(QMessageBox):
        box.close()
    win.workspace.close()


def test_groups_dialog_returns_the_ticked_groups(qtbot) -> None:
    dialog = GroupsDialog(aalto_cs_a1111(), ("L01",))
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ("L01",)
    assert "12.00" in dialog.boxes["L01"].text()  # its weekly time
    assert not dialog.clashing
    dialog.boxes["L01"].setChecked(False)
    assert dialog.chosen() == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_language_change_rebuilds_the_window_in_that_language(qtbot, qapp, tmp_path, tiny):
    from schoolaas.ui.app import WindowKeeper, install_translations
    from schoolaas.ui.options import LANGUAGE

    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    translations = install_translations(qapp, options)
    if translations is None:
        pytest.skip("no translations in this build")
    win = MainWindow(options)  # not given to qtbot: the keeper deletes it
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(tiny.url, create_demo=False)
    keeper = WindowKeeper(win, options)
    english = win.menuBar().actions()[0].text()
    try:
        with qtbot.waitSignal(keeper.replaced, timeout=10000) as replaced:
            options.set(LANGUAGE, "fi")
        new = replaced.args[0]
        qtbot.addWidget(new)
        assert new.menuBar().actions()[0].text() != english
        assert new.student.id == tiny.aino, "the same student stays open"
        assert new.workspace is not None
        assert keeper.window is new
    finally:
        options.changed.disconnect(keeper._on_options_changed)
        translations.set_language("en")
        if keeper.window.workspace is not None:
            keeper.window.workspace.close()


def test_a_database_deleted_under_the_window_is_named_and_written_back(
    qtbot, tmp_path: Path, tiny
) -> None:
    """Delete the file while the window is open: the next edit is refused
    with a dialog naming the file, and Write back restores it with every
    edit stored before (the course removed earlier stays removed)."""
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = open_window(qtbot, tiny.url, options)
    path = Path(tiny.url.removeprefix("sqlite:///"))
    assert win.edits.remove_item(tiny.cs_item)  # stored in the file
    path.unlink()
    maa6 = next(i for i in win.items if i.code == "MAA6")
    assert not win.edits.remove_item(maa6.id)
    assert win.undo_stack.count() == 1
    box = win.findChild(QMessageBox, "database_gone")
    assert box is not None
    assert str(path) in box.text()
    assert "deleted or moved" in box.text()
    write = next(b for b in box.buttons() if b.text() == "Write back")
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        write.click()
    assert path.exists()
    codes = {i.code for i in win.items}
    assert "MAA6" in codes
    assert "CS-A1111" not in codes  # the edit made before the file went is kept
    win.workspace.close()


def test_groups_dialog_marks_groups_that_clash_with_the_plan(qtbot) -> None:
    """MAA6 meets on Tuesdays 10.00–11.15 in period 2: the Tuesday lecture
    of CS-A1111 is marked, in words a screen reader gets too; weekdays come
    in the user's language."""
    from PySide6.QtCore import QLocale

    from domain_factories import as_item, school_maa6
    from schoolaas.ui.dialogs.groups_dialog import weekly_times

    cs = aalto_cs_a1111()
    dialog = GroupsDialog(cs, ("L01",), others=[as_item(1, school_maa6())])
    qtbot.addWidget(dialog)
    assert dialog.clashing == {"L01"}
    assert dialog.boxes["L01"].text().startswith("⚠")
    assert dialog.boxes["L01"].accessibleDescription()
    sessions = cs.groups[0].sessions
    assert weekly_times(sessions, QLocale(QLocale.Language.English)) == "Tue 10.15–12.00"
    finnish = weekly_times(sessions, QLocale(QLocale.Language.Finnish))
    assert finnish.endswith("10.15–12.00")
    assert not finnish.startswith("Tue")
