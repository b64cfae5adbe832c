"""Screenshots of issue 15's views on the demo database, offscreen:

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/take_plan_views.py

tray-grid.png, three-years.png, student-mode.png, finnish-tray.png,
swedish-three-years.png and swedish-main.png in this folder."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from schoolaas.seed.demo import build_demo
from schoolaas.services.workspace import Workspace
from schoolaas.ui import options as opt
from schoolaas.ui.i18n import Translations
from schoolaas.ui.tray.tray_window import TrayWindow
from schoolaas.ui.tray.years_window import YearsWindow
from schoolaas.ui.window.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ELIAS, AINO = "OTA25001", "OTA25002"


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def window(app: QApplication, db: Path, tmp: Path, lang: str, number: str) -> MainWindow:
    options = opt.Options(tmp / f"{lang}-{number}.ini")
    options.set(opt.LANGUAGE, lang)
    ws = Workspace.open(str(db))
    options.set(opt.LAST_STUDENT_ID, ws.find_student(number).id)
    ws.close()
    win = MainWindow(options)
    win.resize(1360, 860)
    win.show()
    done: list[bool] = []
    win.database_opened.connect(lambda: done.append(True))
    win.open_database(str(db), create_demo=False)
    while not done:
        app.processEvents()
    settle(app)
    return win


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    translations = Translations(app, cache=Path(tempfile.mkdtemp()) / "qm")
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "demo.sqlite3"
    ws = Workspace.open(str(db))
    build_demo(ws)
    ws.close()

    translations.set_language("en")
    win = window(app, db, tmp, "en", ELIAS)
    tray = TrayWindow(win, win)
    tray.resize(1500, 980)
    tray.show()
    settle(app)
    tray.grab().save(str(HERE / "tray-grid.png"))
    years = YearsWindow(win, win)
    years.resize(1700, 900)
    years.show()
    settle(app)
    years.grab().save(str(HERE / "three-years.png"))
    tray.close()
    years.close()
    win.close()

    student_db = tmp / "student.sqlite3"
    student_db.write_bytes(db.read_bytes())
    ws = Workspace.open(str(student_db))
    ws.set_setting("student_mode", AINO)
    ws.close()
    win = window(app, student_db, tmp, "en", AINO)
    file_menu = win.menuBar().actions()[0].menu()
    assert file_menu is not None
    win.grab().save(str(HERE / "student-mode.png"))
    win.close()

    translations.set_language("fi")
    win = window(app, db, tmp, "fi", ELIAS)
    tray = TrayWindow(win, win)
    tray.resize(1500, 980)
    tray.show()
    settle(app)
    tray.grab().save(str(HERE / "finnish-tray.png"))
    tray.close()
    win.close()

    translations.set_language("sv")
    win = window(app, db, tmp, "sv", ELIAS)
    win.grab().save(str(HERE / "swedish-main.png"))
    years = YearsWindow(win, win)
    years.resize(1700, 900)
    years.show()
    settle(app)
    years.grab().save(str(HERE / "swedish-three-years.png"))
    years.close()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
