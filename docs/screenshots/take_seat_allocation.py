"""seat-allocation.png: Plan → Allocate Aalto seats… with a preview, on the
demo database with CS-C1000's seats cut to one (so that a final-year
student's wish goes before a second-year student's), offscreen:

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/take_seat_allocation.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from schoolaas.data.tables import OfferingRow
from schoolaas.seed.demo import build_demo
from schoolaas.services.workspace import Workspace
from schoolaas.ui import options as opt
from schoolaas.ui.i18n import Translations
from schoolaas.ui.window.main_window import MainWindow

HERE = Path(__file__).resolve().parent
AINO = "OTA24001"  # a final-year student of Otaniemi with limited-seat wishes
CUT = "demo-CS-C1000-2027-01-11"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp())
    Translations(app, cache=tmp / "qm").set_language("en")
    db = tmp / "demo.sqlite3"
    with Workspace.open(str(db)) as ws:
        build_demo(ws)
        with ws.session() as s:
            offering = s.exec(select(OfferingRow).where(OfferingRow.key == CUT)).one()
            offering.seats = 1
            s.add(offering)
        student = ws.find_student(AINO).id
    options = opt.Options(tmp / "ui.ini")
    options.set(opt.LAST_STUDENT_ID, student)
    win = MainWindow(options)
    win.show()
    opened = QEventLoop()
    win.database_opened.connect(opened.quit)
    win.open_database(str(db), create_demo=False)
    opened.exec()
    dialog = win.actions_.seats.open()
    assert dialog is not None
    dialog.resize(1100, 600)
    previewed = QEventLoop()
    dialog.previewed.connect(previewed.quit)
    dialog.preview()
    previewed.exec()
    dialog.tabs.setCurrentWidget(dialog.students)
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(HERE / "seat-allocation.png"))
    print(dialog.status.text())
    dialog.reject()
    win.close()
    if win.workspace is not None:
        win.workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
