"""The main window at 1024×700 and grown to 1400×900 (issue 15), on the
demo database, offscreen:

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/take_small_window.py [SUFFIX]

small-window.png and small-window-large.png in this folder (SUFFIX, e.g.
"-before", is added to the names)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from schoolaas.domain.findings import FindingCode
from schoolaas.seed.demo import build_demo
from schoolaas.services.workspace import Workspace
from schoolaas.ui import options as opt
from schoolaas.ui.window.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ELIAS = "OTA25001"  # a full week with a clash on Tuesday


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    suffix = sys.argv[1] if len(sys.argv) > 1 else ""
    app = QApplication(["schoolaas"])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        db = tmp / "demo.sqlite3"
        ws = Workspace.open(str(db))
        build_demo(ws)
        elias = ws.find_student(ELIAS).id
        ws.close()
        shutil.copyfile(db, tmp / "copy.sqlite3")
        options = opt.Options(tmp / "ui.ini")
        options.set(opt.LAST_STUDENT_ID, elias)
        win = MainWindow(options)
        win.resize(1024, 700)
        win.show()
        loop = QEventLoop()
        win.database_opened.connect(loop.quit)
        win.open_database(str(db), create_demo=False)
        loop.exec()
        wait(500)
        assert win.result is not None
        overlap = next(f for f in win.result.findings if f.code == FindingCode.OVERLAP)
        win.timetable_panel.set_monday(overlap.dates[0])
        wait(300)
        win.grab().save(str(HERE / f"small-window{suffix}.png"))
        win.resize(1400, 900)
        wait(500)
        win.grab().save(str(HERE / f"small-window-large{suffix}.png"))
        if win.workspace is not None:
            win.workspace.close()
        win.close()


if __name__ == "__main__":
    main()
