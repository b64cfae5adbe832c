"""The demo database and a main window on it, for the tests of the plan's
own views (tray grid, three years, student mode): built once per module,
copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from schoolaas.seed.demo import build_demo
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.window.main_window import MainWindow

ELIAS = "OTA25001"  # demo scenario 1: MAA07.2 (bar 3) overlaps CS-A1111 L01


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = Workspace.open(str(path))
    build_demo(ws)
    ws.close()
    return path


def open_window(  # type: ignore[no-untyped-def]
    demo_db: Path,
    tmp_path: Path,
    qtbot,
    number: str = ELIAS,
    setup: Callable[[Options], object] | None = None,
) -> MainWindow:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db, db)
    ws = Workspace.open(str(db))
    student = ws.find_student(number).id
    ws.close()
    opts = Options(tmp_path / "ui.ini")
    opts.set(LAST_STUDENT_ID, student)
    if setup is not None:
        setup(opts)
    win = MainWindow(opts)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=60000):
        win.open_database(str(db), create_demo=False)
    return win


@pytest.fixture
def demo_window(demo_db: Path, tmp_path: Path, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(demo_db, tmp_path, qtbot)
    yield win
    if win.workspace is not None:
        win.workspace.close()
