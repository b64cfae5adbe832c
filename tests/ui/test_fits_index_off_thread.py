""""Fits my timetable" after the database opens: the catalogue's day index
it asks (0.8 s for espoo's 21,911 offerings) is worked out in the thread
that opens the database, once, so the first plan shown does not hold the
window while it is built; the catalogue then marks the plan's courses and
the clashing ones as the index tells."""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from schoolaas.domain.timetable_index import TimetableIndex
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_day_index_is_built_once_off_the_window_thread(
    tiny, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    built_in: list[threading.Thread] = []
    work_out = TimetableIndex.__dict__["_every_day"].func

    def recorded(index: TimetableIndex) -> Any:
        built_in.append(threading.current_thread())
        return work_out(index)

    every_day = cached_property(recorded)
    every_day.__set_name__(TimetableIndex, "_every_day")
    monkeypatch.setattr(TimetableIndex, "_every_day", every_day)

    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(tiny.url, create_demo=False)
    assert win.state is not None  # Aino's plan is shown
    model = win.catalogue_panel.model

    def marked() -> set[str]:
        return {key for key in win.catalogue.offerings if model.clashes(key)}

    planned = {i.offering_key for i in win.state.items if i.offering_key}
    assert planned
    # "fits" has answered when the catalogue marks the plan's own courses
    qtbot.waitUntil(lambda: all(model.planned(key) for key in planned), timeout=5000)

    assert len(built_in) == 1
    assert built_in[0] is not threading.main_thread()
    # the answer is the one the index gives the plan on screen
    assert marked() == win.catalogue.timetable.clashing_offerings(win.state.audit_items)
    win.workspace.close()
