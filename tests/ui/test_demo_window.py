"""The main window on the demo database, driven like a counsellor would:
scenario 1 (MAA7 in bar 3 against CS-A1111 L01 on Tuesdays) comes and goes
with the course; the clash is accepted with a reason; versions switch.
Also the screenshot check: the window renders, with a real font."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from schoolaas.domain.findings import FindingCode
from schoolaas.seed.demo import build_demo
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.panes.catalogue_model import KEY_ROLE
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ELIAS = "OTA25001"  # demo scenario 1: plain overlap


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = Workspace.open(str(path))
    build_demo(ws)
    ws.close()
    return path


@pytest.fixture
def window(demo_db: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db, db)
    ws = Workspace.open(str(db))
    elias = ws.find_student(ELIAS).id
    ws.close()
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, elias)
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=60000):
        win.open_database(str(db), create_demo=False)
    yield win
    if win.workspace is not None:
        win.workspace.close()


def open_overlaps(win: MainWindow) -> list:
    assert win.result is not None
    return [f for f in win.result.findings if f.code == FindingCode.OVERLAP and f.is_open]


def test_scenario_one_comes_and_goes_with_the_course(window: MainWindow, qtbot) -> None:
    assert window.student is not None
    assert window.student.number == ELIAS
    cs = next(i for i in window.items if i.code == "CS-A1111")
    assert open_overlaps(window), "the demo plan starts with scenario 1"
    # remove it from the plan: the clash goes
    window.plan_panel.select_item(cs.id)
    window.actions_.remove.trigger()
    assert not open_overlaps(window)
    # search as you type, pick the realisation, add it with the button
    window.actions_.find.trigger()
    qtbot.keyClicks(window.catalogue_panel.search, "CS-A1111")
    proxy = window.catalogue_panel.proxy
    keys = [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]
    assert cs.offering_key in keys
    assert window.catalogue_panel.select_key(cs.offering_key)
    details = window.detail_panel.toPlainText()
    assert "CS-A1111" in details
    assert "counts as 5 op" in details
    assert "left)" in details, "seats left for upper secondary students"
    qtbot.mouseClick(window.catalogue_panel.add_button, Qt.MouseButton.LeftButton)
    clash = open_overlaps(window)
    assert clash, "the clash is back in the audit"
    texts = [window.audit_panel.model.index(r, 1).data() for r in range(len(clash))]
    assert any("MAA07" in t and "CS-A1111" in t for t in texts)
    window.timetable_panel.set_monday(clash[0].dates[0])
    assert any(b.clash for b in window.timetable.blocks()), "and on the timetable"
    assert window.last_edit_ms > 0
    # undo: gone again
    window.actions_.undo.trigger()
    assert not open_overlaps(window)
    assert not any(b.clash for b in window.timetable.blocks())
    window.actions_.redo.trigger()
    assert open_overlaps(window)


def test_accept_clash_then_switch_version_and_student(window: MainWindow) -> None:
    finding = open_overlaps(window)[0]
    assert window.edits.accept_finding(finding.key, "lecture recorded; teacher agreed")
    assert not open_overlaps(window)
    window.timetable_panel.set_monday(finding.dates[0])
    clashing = [b for b in window.timetable.blocks() if b.clash]
    assert clashing
    assert all(b.accepted for b in clashing), "accepted clashes stay drawn, marked accepted"
    # a second version without the Aalto course
    assert window.edits.duplicate_plan("Without Aalto")
    copy = window.plan.id
    window.edits.remove_item(next(i.id for i in window.items if i.code == "CS-A1111"))
    assert window.audit_panel.university.format().startswith("0 op")
    window.actions_.prev_plan.trigger()
    assert window.plan.id != copy
    assert any(i.code == "CS-A1111" for i in window.items)
    # another study group (Helmi, scenario 12)
    helmi = window.workspace.find_student("OTA25002")
    window.open_student(helmi.id)
    assert window.windowTitle().startswith("Helmi Järvinen")
    assert window.result.accepted >= 1


def test_screenshot_is_not_blank_and_text_uses_a_real_font(window: MainWindow, tmp_path) -> None:
    window.timetable_panel.set_monday(open_overlaps(window)[0].dates[0])
    image = window.grab().toImage()
    path = tmp_path / "main-window.png"
    assert image.save(str(path))
    assert path.stat().st_size > 20_000
    sample = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(sample) > 50, "a blank or one-colour window"
    assert render_text("CS-A1111 Ohjelmointi", window.font()) != render_text(
        "MAA7 Integraalilaskenta", window.font()
    )
    assert render_text("ÄÖÅ", window.font()) != render_text("", window.font())


def render_text(text: str, font: QFont) -> bytes:
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, 400, 40), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return bytes(image.constBits())


def test_plan_opens_on_what_is_ahead_and_the_period_of_the_week(window: MainWindow, qtbot) -> None:
    """Elias has a year of completed courses: the plan opens scrolled to
    the first course still ahead, and the period selector names the period
    of the week shown (the week of his clash)."""
    table = window.plan_panel.table
    qtbot.waitUntil(lambda: table.rowAt(1) > 0, timeout=3000)  # scrolled past what is done
    top = table.rowAt(1)
    status = table.model().index(top, 4).data()
    assert status in ("planned", "enrolled")
    assert "period 2" in window.timetable_panel.periods.currentText()
    clash = [b for b in window.timetable.blocks() if b.clash]
    assert {b.title.split()[0] for b in clash} == {"MAA07.2", "CS-A1111"}
    assert window.timetable.bands(), "the clashing blocks share a readable band"
