"""The free-room dialog on the tiny database: the free rooms of a weekly
pattern, a booking the room-use view shows at once, and its undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from planner_fixtures import MAA6_KEY, Tiny

from schoolaas.services.workspace import Workspace
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.premises.free_room_dialog import FreeRoomDialog
from schoolaas.ui.premises.view import PremisesView


@pytest.fixture
def ws(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()


def _maa6_in(view: PremisesView, room: str) -> bool:
    return any(b.session.code == "MAA6" and b.session.room == room for b in view.grid.blocks)


def test_find_book_and_undo_in_room_use(ws: Workspace, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    bus = ChangeBus()
    view = PremisesView(ws, bus=bus)
    qtbot.addWidget(view)
    view.set_day(date(2026, 10, 5))
    dialog = FreeRoomDialog(ws, bus=bus)
    qtbot.addWidget(dialog)
    dialog.set_course(MAA6_KEY, "MAA06.1")
    dialog.set_weekly("OTA:2026-27/2", "Thu 12:30-13:30; Tue 14:00-15:00")
    dialog.size_spin.setValue(20)
    assert dialog.find()
    qtmodeltester.check(dialog.model)
    # U006 holds CS-A1111's exercise on Thursdays; M1 has one seat
    assert [r.key for r in dialog.model.rows()] == ["OIH-A101"]
    assert "14 lessons" in dialog.summary.text()
    dialog.set_weekly("OTA:2026-27/2", "Thu 14:15-15:30")
    assert dialog.find()
    keys = [r.key for r in dialog.model.rows()]
    assert keys == ["OIH-A101", "OK1-U006"]  # the school's own building first
    dialog.table.selectRow(1)
    assert dialog.book(), dialog.message.text()
    assert _maa6_in(view, "OK1-U006")  # the room-use view reloaded from the bus
    dialog.undo_stack.undo()
    assert not _maa6_in(view, "OK1-U006")
    dialog.undo_stack.redo()
    assert _maa6_in(view, "OK1-U006")


def test_bad_pattern_and_missing_choice_are_said_plainly(ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FreeRoomDialog(ws)
    qtbot.addWidget(dialog)
    dialog.set_weekly("OTA:2026-27/2", "Someday 08:00-09:00")
    assert not dialog.find()
    assert "weekday" in dialog.message.text()
    dialog.set_dated("2026-10-06 13:00-14:00\n1.10.2026 13:00-14:00")
    assert dialog.find()
    assert [r.key for r in dialog.model.rows()] == ["OIH-A101"]
    assert not dialog.book()  # no course group chosen
    assert "course group" in dialog.message.text()
    assert dialog.undo_stack.count() == 0
