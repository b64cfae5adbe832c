"""The main window at 1024×700 (issue 15): it fits the screen, every pane
keeps a usable size, the timetable's blocks keep their times, and growing
the window widens the panes again. The demo database gives a full week."""

from __future__ import annotations

import shutil
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Provider
from schoolaas.seed.demo import build_demo
from schoolaas.services.plans.blocks import Block
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.panes.catalogue_model import CODE, NAME
from schoolaas.ui.panes.findings_model import TEXT
from schoolaas.ui.widgets.timetable import TimetableWidget
from schoolaas.ui.widgets.timetable_blocks import fit_block_text, time_span
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ELIAS = "OTA25001"  # demo scenario 1: a full week with a clash on Tuesday
SMALL = (1024, 700)
LARGE = (1400, 900)


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
    win.resize(*SMALL)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=60000):
        win.open_database(str(db), create_demo=False)
    qtbot.wait(50)  # the first-run dock sizes are applied after the first layout
    assert win.result is not None
    overlap = next(f for f in win.result.findings if f.code == FindingCode.OVERLAP)
    win.timetable_panel.set_monday(overlap.dates[0])
    yield win
    if win.workspace is not None:
        win.workspace.close()


def _resize(win: MainWindow, qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    win.resize(*size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    qtbot.wait(50)  # the docks' shares are laid out on the next pass


def _widths(win: MainWindow) -> dict[str, int]:
    out = {name: dock.width() for name, dock in win.docks.docks.items()}
    out["timetable"] = win.timetable.width()
    return out


def test_the_window_works_at_1024_by_700_and_widens_again(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _resize(window, qtbot, SMALL)
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0], hint
    assert hint.height() <= SMALL[1], hint
    assert window.size().toTuple() == SMALL, "nothing forces the window bigger"

    docks = window.docks.docks
    for name, dock in docks.items():
        assert dock.isVisible(), name
        assert not dock.visibleRegion().isEmpty(), name
    # the catalogue: its filters (two combos a row) and code + name in view
    assert docks["catalogue"].width() >= 240
    catalogue = window.catalogue_panel.table
    assert catalogue.columnWidth(NAME) >= 100
    assert catalogue.columnWidth(CODE) + catalogue.columnWidth(NAME) <= catalogue.viewport().width()
    # the audit: its bars, and a finding's words in a column a word wide
    assert docks["audit"].width() >= 220
    assert window.audit_panel.table.columnWidth(TEXT) >= 50
    # the timetable: five days of at least 80 px ("13.15–14.30" and a margin)
    assert window.timetable.width() >= 5 * 80 + 50
    # the plan: five rows in view, every column without scrolling sideways
    plan = window.plan_panel.table
    assert plan.viewport().height() >= 5 * plan.verticalHeader().defaultSectionSize()
    assert not plan.horizontalScrollBar().isVisible()
    assert docks["detail"].height() >= 80

    # every block with text of its own shows its times, in full
    blocks = window.timetable.blocks()
    shown = [i for i in range(len(blocks)) if window.timetable.block_text(i)]
    assert len(shown) >= 10, "the demo week is full"
    for i in shown:
        b = blocks[i]
        assert time_span(b.start, b.end) in window.timetable.block_text(i), b

    small = _widths(window)
    plan_height = docks["plan"].height()
    _resize(window, qtbot, LARGE)
    large = _widths(window)
    for name in ("catalogue", "audit", "timetable"):
        assert large[name] > small[name] + 50, (name, small[name], large[name])
    assert docks["plan"].height() > plan_height + 40
    assert catalogue.columnWidth(NAME) >= 100
    # and back: the panes give the room back
    _resize(window, qtbot, SMALL)
    back = _widths(window)
    for name in ("catalogue", "audit", "timetable"):
        assert abs(back[name] - small[name]) <= 12, (name, small[name], back[name])


def test_a_dragged_separator_is_kept_when_the_window_grows(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _resize(window, qtbot, SMALL)
    docks = window.docks.docks
    window.resizeDocks([docks["catalogue"]], [300], _horizontal())
    qtbot.waitUntil(lambda: docks["catalogue"].width() == 300)
    window.docks.take_shares()  # what a mouse release on the separator does
    _resize(window, qtbot, LARGE)
    assert docks["catalogue"].width() == pytest.approx(300 * LARGE[0] / SMALL[0], abs=8)


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _block(start: time, end: time, title: str = "MAA07.2 Integraalilaskenta") -> Block:
    return Block(1, start, end, title, "OIH-A102", "MAA07.2", Provider.SCHOOL)


def test_the_name_is_shortened_before_the_times(qapp) -> None:  # type: ignore[no-untyped-def]
    plain = QFontMetrics(QFont(qapp.font()))
    bold_font = QFont(qapp.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    b = _block(time(10, 15), time(11, 45))
    span = "10.15–11.45"
    line = plain.height()
    roomy = fit_block_text(bold, plain, b, "", 400, 3 * line)
    assert roomy.title == b.title
    assert roomy.lines == [span, "OIH-A102"]
    # narrow: the title becomes its code, the times stay whole, the room goes
    narrow = fit_block_text(bold, plain, b, "", plain.horizontalAdvance(span) + 2, 2 * line)
    assert narrow.title == "MAA07.2"
    assert narrow.lines == [span]
    # one line high: the times first, the name after them as far as it fits
    flat = fit_block_text(bold, plain, b, "⚠ ", 400, line)
    assert flat.title == ""
    assert flat.lines[0].startswith("⚠ " + span + " MAA07.2")
    # too narrow for the times: whole hours are written short before any cut
    hours = _block(time(10), time(11, 15))
    short = fit_block_text(bold, plain, hours, "", plain.horizontalAdvance("10–11.15") + 1, 40)
    assert short.lines[0] == "10–11.15"


def test_a_block_shows_what_it_paints(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = TimetableWidget()
    qtbot.addWidget(widget)
    widget.resize(470, 360)  # the timetable's size in a 1024×700 window
    widget.set_week(date(2026, 9, 7), [_block(time(10, 15), time(11, 45))], [])
    assert "10.15–11.45" in widget.block_text(0).splitlines()
