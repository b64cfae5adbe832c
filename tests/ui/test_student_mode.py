"""Student mode on an offline copy of the demo: the copy says whose it is
(the student_mode setting); the window opens on that student's own plan
and leaves out choosing another student, the students overview, imports,
accepting and reopening findings and grades, while the plan, catalogue,
credits, week and course tray stay. Switching back and forth happens in
the File menu; "Send to counsellor" writes the plan file and a one-page
summary PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from plan_views_demo import demo_db, open_window
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from schoolaas.services.workspace import Workspace
from schoolaas.ui.window.main_window import MainWindow

__all__ = ["demo_db"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

AINO = "OTA25002"  # a demo student with an accepted overlap (scenario 12)
ELIAS = "OTA25001"


@pytest.fixture
def student_window(demo_db: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    db = tmp_path / "student.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    ws = Workspace.open(str(db))
    ws.set_setting("student_mode", AINO)
    ws.close()
    win = open_window(db, tmp_path, qtbot, number=ELIAS)  # last opened: another student
    yield win
    if win.workspace is not None:
        win.workspace.close()


def visible_in_menus(win: MainWindow) -> set[str]:
    found: set[str] = set()
    for top in win.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else ():
            if action.isVisible() and action.text():
                found.add(action.text().replace("&", ""))
    return found


def test_a_student_sees_only_their_own_plan(student_window) -> None:  # type: ignore[no-untyped-def]
    win = student_window
    assert win.state is not None
    assert win.state.student.number == AINO  # not the student last opened
    menus = visible_in_menus(win)
    for gone in ("Choose student…", "Students overview…", "Import…", "Accept finding…"):
        assert gone not in menus
    for kept in ("Course tray…", "Three years…", "Find course", "Send to counsellor…"):
        assert kept in menus
    assert not win.actions_.overview.isEnabled()
    assert win.audit_panel.accept_button.isHidden()
    assert win.audit_panel.reopen_button.isHidden()
    assert win.plan_panel.grade.isHidden()


def test_accepting_is_refused_in_student_mode(student_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = student_window
    before = win.undo_stack.count()
    win.audit_panel.accept_requested.emit("any-finding")  # a double-click, say
    win.actions_.accept.trigger()  # a shortcut: hidden actions do nothing
    assert win.undo_stack.count() == before


def test_the_counsellor_sees_everything_and_can_switch(demo_db, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window(demo_db, tmp_path, qtbot, number=ELIAS)
    try:
        menus = visible_in_menus(win)
        assert {"Students overview…", "Accept finding…", "I am a student…"} <= menus
        assert not win.plan_panel.grade.isHidden()
        mode = win.actions_.student_mode
        mode._store(AINO)  # what choosing oneself in the picker stores
        qtbot.waitUntil(lambda: win.state is not None and win.state.student.number == AINO)
        assert "Students overview…" not in visible_in_menus(win)
        assert "I am a counsellor" in visible_in_menus(win)
        mode.choose()  # back to counsellor
        assert "Students overview…" in visible_in_menus(win)
        assert win.workspace is not None
        assert win.workspace.settings()["student_mode"] == ""
    finally:
        if win.workspace is not None:
            win.workspace.close()


def test_send_to_counsellor_writes_plan_file_and_pdf(student_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = student_window
    folder = tmp_path / "to counsellor"
    assert win.actions_.student_mode.send_to_counsellor(folder) == folder
    plan = folder / f"{AINO}-plan.json"
    pdf = folder / f"{AINO}-summary.pdf"
    assert sorted(p.name for p in folder.iterdir()) == [plan.name, pdf.name]  # both, only
    assert json.loads(plan.read_text(encoding="utf-8"))["student"]["number"] == AINO
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    assert len(pages) == 1  # the one-page summary, not the whole printed plan
    assert plan.name in pages[0].extract_text()
    box = win.actions_.student_mode.last_box
    assert isinstance(box, QMessageBox)
    assert "Open folder" in [b.text().replace("&", "") for b in box.buttons()]
    assert str(folder) in win.statusBar().currentMessage()
    box.close()


def test_first_start_asks_who_is_using_it(demo_db, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui.student import mode as student_mode

    chose: list[bool] = []
    monkeypatch.setattr(student_mode.StudentMode, "choose", lambda self: chose.append(True))
    win = open_window(demo_db, tmp_path, qtbot, number=ELIAS, setup=None)
    try:
        mode = win.actions_.student_mode
        assert not mode._first_start()  # a database opened by hand: no question
        win.first_run = lambda ws: None  # the program's own database, as the app opens it
        assert mode._first_start()
        box = mode.first_start.ask()  # opened, not exec()'d
        assert box.text() == "Who is using SchoolaaS Planner on this computer?"
        student = next(b for b in box.buttons() if "student (demo)" in b.text())
        student.click()
        assert chose == [True]  # "I am a student": which student are you?
        box = mode.first_start.ask()
        counsellor = next(b for b in box.buttons() if "counsellor" in b.text())
        counsellor.click()
        assert win.workspace is not None
        assert win.workspace.settings()["student_mode"] == ""  # asked once
        assert not mode._first_start()
    finally:
        if win.workspace is not None:
            win.workspace.close()
