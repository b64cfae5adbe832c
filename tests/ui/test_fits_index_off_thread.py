""""Fits my timetable" after the database opens: the catalogue's day index
it asks (0.6-0.8 s for espoo's 21,911 offerings) is worked out in the
thread that opens the database, once, so the first plan shown does not hold
the window while it is built; the catalogue then marks the plan's courses
and the clashing ones as the index tells."""

from __future__ import annotations

import threading
from functools import cached_property
from typing import Any

import pytest

from schoolaas.domain.timetable_index import TimetableIndex

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def built_in(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the day index is worked out in (recorded from before the
    ``window`` fixture opens the database: autouse fixtures come first)."""
    threads: list[threading.Thread] = []
    work_out = TimetableIndex.__dict__["_every_day"].func

    def recorded(index: TimetableIndex) -> Any:
        threads.append(threading.current_thread())
        return work_out(index)

    every_day = cached_property(recorded)
    every_day.__set_name__(TimetableIndex, "_every_day")
    monkeypatch.setattr(TimetableIndex, "_every_day", every_day)
    return threads


def test_the_day_index_is_built_once_off_the_window_thread(window, built_in, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.state is not None  # Aino's plan is shown
    model = window.catalogue_panel.model
    planned = {i.offering_key for i in window.state.items if i.offering_key}
    assert planned
    # "fits" has answered when the catalogue marks the plan's own courses
    qtbot.waitUntil(lambda: all(model.planned(key) for key in planned), timeout=5000)

    assert len(built_in) == 1
    assert built_in[0] is not threading.main_thread()
    # the answer is the one the index gives the plan on screen
    marked = {key for key in window.catalogue.offerings if model.clashes(key)}
    assert marked == window.catalogue.timetable.clashing_offerings(window.state.audit_items)
