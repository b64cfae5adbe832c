"""The first start of an offline copy, a student at home: "Import the
school package…" takes the package their counsellor published and their
own plan file, builds a database of their own in the background and opens
it in student mode on their plan; a broken package is an error naming the
file, and no database is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_views_demo import demo_db, open_window
from PySide6.QtWidgets import QMessageBox

from schoolaas.services.imports.files import export_plan
from schoolaas.services.setup.package import export_package
from schoolaas.services.workspace import Workspace
from schoolaas.ui import options as opt
from schoolaas.ui.window.main_window import MainWindow

__all__ = ["demo_db"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

AINO = "OTA25002"
ELIAS = "OTA25001"


@pytest.fixture(scope="module")
def counsellors_files(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """What the counsellor gives: the school package and Aino's plan file."""
    folder = tmp_path_factory.mktemp("from-counsellor")
    ws = Workspace.open(str(demo_db))
    try:
        package = export_package(ws, "OTA", folder / "ota.zip").path
        plan = export_plan(ws, ws.find_student(AINO).id, folder / f"{AINO}-plan.json")
    finally:
        ws.close()
    return package, plan


def _first_start_window(demo_db: Path, tmp_path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(demo_db, tmp_path, qtbot, number=ELIAS)
    win.first_run = lambda ws: None  # the program's own database, as the app opens it
    assert win.actions_.student_mode._first_start()
    return win


def _databases(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".sqlite3" in p.name)


def test_a_student_imports_the_school_package_and_plans_at_home(
    demo_db: Path, counsellors_files: tuple[Path, Path], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    package, plan_file = counsellors_files
    win = _first_start_window(demo_db, tmp_path, qtbot)
    try:
        first = win.actions_.student_mode.first_start
        first.pick_package = lambda: package
        first.pick_plan_file = lambda: plan_file
        box = first.ask()
        assert box.isVisible()  # open(), not exec(): the test goes on
        assert box.text() == "Who is using SchoolaaS Planner on this computer?"
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert set(buttons) == {
            "Import the school package…",
            "I am a student (demo)",
            "I am a counsellor",
        }
        with qtbot.waitSignal(win.database_opened, timeout=180_000):
            buttons["Import the school package…"].click()
        home = tmp_path / "ota.sqlite3"
        assert home.is_file()
        assert win.options.get(opt.START_DATABASE) == str(home)  # opened from now on
        assert win.workspace is not None
        assert str(home) in str(win.workspace.engine.url)
        # the package's catalogue: the school's course groups and the open Aalto ones
        assert win.catalogue is not None
        schools = {o.school for o in win.catalogue.offerings.values() if o.school}
        assert schools == {"OTA"}
        assert [s.number for s in win.students()] == [AINO]  # only the student's own
        qtbot.waitUntil(lambda: win.state is not None and win.state.student.number == AINO)
        assert win.actions_.student_mode.on  # student mode on her own plan
        assert not win.actions_.overview.isVisible()
        assert not win.actions_.student_mode._first_start()  # not asked again
    finally:
        if win.workspace is not None:
            win.workspace.close()


def test_a_broken_package_names_the_file_and_leaves_no_database(
    demo_db: Path, counsellors_files: tuple[Path, Path], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _, plan_file = counsellors_files
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not a zip")
    win = _first_start_window(demo_db, tmp_path, qtbot)
    try:
        before = _databases(tmp_path)
        worker = win.actions_.student_mode.first_start.import_package(broken, plan_file)
        assert worker is not None
        qtbot.waitUntil(worker.isFinished, timeout=60_000)
        qtbot.waitUntil(lambda: _shown(win) != [], timeout=10_000)
        message = _shown(win)[0]
        assert str(broken) in message
        assert "not a ZIP file" in message
        assert "Nothing was saved." in message
        assert _databases(tmp_path) == before  # nothing half-written, nothing whole
        assert win.options.get(opt.START_DATABASE) == ""
        assert win.workspace is not None
        assert str(tmp_path / "demo.sqlite3") in str(win.workspace.engine.url)  # still open
    finally:
        if win.workspace is not None:
            win.workspace.close()


def test_cancelling_a_file_choice_does_nothing(demo_db: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _first_start_window(demo_db, tmp_path, qtbot)
    try:
        before = _databases(tmp_path)
        first = win.actions_.student_mode.first_start
        first.pick_package = lambda: None
        assert first.import_package() is None
        first.pick_package = lambda: tmp_path / "x.zip"
        first.pick_plan_file = lambda: None
        assert first.import_package() is None
        assert _databases(tmp_path) == before
    finally:
        if win.workspace is not None:
            win.workspace.close()


def _shown(win: MainWindow) -> list[str]:
    return [b.text() for b in win.findChildren(QMessageBox) if b.isVisible() and b.text()]


def test_closing_the_window_waits_for_the_import(
    demo_db: Path, counsellors_files: tuple[Path, Path], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    package, plan_file = counsellors_files
    win = _first_start_window(demo_db, tmp_path, qtbot)
    try:
        worker = win.actions_.student_mode.first_start.import_package(package, plan_file)
        assert worker is not None
        win.close()  # a thread destroyed while it runs would abort the program
        assert worker.isFinished()
        assert (tmp_path / "ota.sqlite3").is_file()  # whole, not half-written
        qtbot.wait(50)  # the worker's "done" arrives at a closed window
        assert win.options.get(opt.START_DATABASE) == str(tmp_path / "ota.sqlite3")
        assert str(tmp_path / "demo.sqlite3") in str(win.workspace.engine.url)  # not reopened
    finally:
        if win.workspace is not None:
            win.workspace.close()
