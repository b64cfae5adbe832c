"""The School setup window on the tiny database: a holiday added in the
window is stored, undo removes it from the store, redo brings it back; an
invalid date or a refused value is said plainly and nothing is stored;
every table passes Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from planner_fixtures import Tiny
from PySide6.QtCore import Qt

from schoolaas.services import setup
from schoolaas.services.setup import HolidayKind, HolidayRecord, SetupKind
from schoolaas.services.workspace import Workspace
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.setup import record_form
from schoolaas.ui.setup.window import KINDS, SetupWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform


@pytest.fixture
def ws(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()


@pytest.fixture
def window(ws: Workspace, qtbot: Any) -> SetupWindow:
    win = SetupWindow(ws, bus=ChangeBus())
    qtbot.addWidget(win)
    return win


def _fill(monkeypatch: pytest.MonkeyPatch, *steps: dict[str, str] | None) -> list[str]:
    """Each exec() of the add form types the next step's fields and presses
    OK (None: Cancel); the errors the form showed are collected."""
    shown: list[str] = []
    queue = list(steps)

    def fake_exec(form: record_form.RecordForm) -> int:
        if form.error.text():
            shown.append(form.error.text())
        step = queue.pop(0) if queue else None
        if step is None:
            return 0
        for name, text in step.items():
            form.set_text(name, text)
        return 1

    monkeypatch.setattr(record_form.RecordForm, "exec", fake_exec)
    return shown


def _holidays(ws: Workspace) -> list[tuple[str, date, date]]:
    return [(h.name, h.start, h.end) for h in setup.holidays(ws, "OTA")]


def test_add_a_holiday_undo_and_redo(window: SetupWindow, ws: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _holidays(ws)
    _fill(monkeypatch, {"school": "OTA", "name": "Autumn break", "start": "19.10.2026",
                        "end": "2026-10-23", "kind": "holiday"})  # fmt: skip
    assert window.add(SetupKind.HOLIDAY)
    added = ("Autumn break", date(2026, 10, 19), date(2026, 10, 23))
    assert _holidays(ws) == sorted([*before, added], key=lambda h: (h[1], h[0]))
    shown = [r.name for r in window.tab[SetupKind.HOLIDAY].model.rows()]
    assert "Autumn break" in shown
    window.undo_stack.undo()
    assert _holidays(ws) == before
    assert "Autumn break" not in [r.name for r in window.tab[SetupKind.HOLIDAY].model.rows()]
    window.undo_stack.redo()
    assert added in _holidays(ws)


def test_an_invalid_date_is_refused_with_a_message(
    window: SetupWindow, ws: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    before = _holidays(ws)
    shown = _fill(
        monkeypatch,
        {"school": "OTA", "name": "Christmas", "start": "31.2.2026", "end": "6.1.2027"},
        {"start": "23.12.2026", "end": "22.12.2026"},  # now it ends before it starts
        None,
    )
    assert not window.add(SetupKind.HOLIDAY)
    assert "'31.2.2026' is not a date" in shown[0]
    assert "ends (2026-12-22) before it starts (2026-12-23)" in shown[1]
    assert _holidays(ws) == before
    assert window.undo_stack.count() == 0


def test_editing_a_cell_is_one_undo_step(window: SetupWindow, ws: Workspace) -> None:
    setup.add_holiday(ws, HolidayRecord("OTA", "Sports day", date(2026, 10, 7), date(2026, 10, 7),
                                        HolidayKind.NO_TEACHING))  # fmt: skip
    window.reload()
    model = window.tab[SetupKind.HOLIDAY].model
    row = next(n for n, r in enumerate(model.rows()) if r.name == "Sports day")
    end = model.index(row, model.shown.index("end"))
    assert not model.setData(end, "7.13.2026")
    assert "is not a date" in window.message.text()
    assert model.setData(end, "8.10.2026")
    assert (date(2026, 10, 7), date(2026, 10, 8)) in [(h.start, h.end) for h in setup.holidays(ws)]
    assert model.index(row, model.shown.index("end")).data() == "8.10.2026"
    window.undo_stack.undo()
    assert ("Sports day", date(2026, 10, 7), date(2026, 10, 7)) in _holidays(ws)
    seats = window.tab[SetupKind.ROOM].model
    a101 = next(n for n, r in enumerate(seats.rows()) if r.key == "OIH-A101")
    assert not seats.setData(seats.index(a101, seats.shown.index("capacity")), "lots")
    assert "is not a whole number" in window.message.text()


def test_a_room_in_use_is_not_removed(window: SetupWindow, ws: Workspace) -> None:
    tab = window.show_kind(SetupKind.ROOM)
    row = next(n for n, r in enumerate(tab.model.rows()) if r.key == "OIH-A101")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert not window.remove_current(SetupKind.ROOM)
    assert "OIH-A101" in window.message.text()
    assert "OIH-A101" in [r.key for r in setup.rooms(ws)]


def test_walking_speed_and_keyboard(window: SetupWindow, ws: Workspace) -> None:
    old = setup.walking_speed(ws)
    assert window.set_walking_speed(80.0)
    assert setup.walking_speed(ws) == 80.0
    window.undo_stack.undo()
    assert setup.walking_speed(ws) == old
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert all(window.tabs.tabText(n).count("&") == 1 for n in range(len(KINDS)))
    for kind in KINDS:
        view = window.tab[kind].view
        assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert view.accessibleName()


def test_every_table_passes_the_model_tester(window: SetupWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        model = window.tab[kind].model
        assert model.rowCount() > 0 or kind in (SetupKind.YEAR, SetupKind.HOLIDAY), kind
        qtmodeltester.check(model)


def test_the_rooms_tab_opens_the_free_room_finder(window: SetupWindow) -> None:
    dialog = window.find_free_room()
    assert dialog.isVisible()
    assert dialog.workspace is window.workspace
    dialog.close()


def test_the_kind_of_a_holiday_is_chosen_from_a_list(window: SetupWindow, ws: Workspace) -> None:
    setup.add_holiday(ws, HolidayRecord("OTA", "Staff day", date(2026, 10, 9), date(2026, 10, 9)))
    window.reload()
    tab = window.show_kind(SetupKind.HOLIDAY)
    row = next(n for n, r in enumerate(tab.model.rows()) if r.name == "Staff day")
    cell = tab.model.index(row, tab.model.shown.index("kind"))
    assert cell.data() == "holiday"
    delegate = tab.view.itemDelegateForIndex(cell)
    editor = delegate.createEditor(tab.view.viewport(), None, cell)  # type: ignore[arg-type]
    assert [editor.itemText(n) for n in range(editor.count())] == ["holiday", "no-teaching day"]
    editor.setCurrentIndex(1)
    delegate.setModelData(editor, tab.model, cell)
    stored = next(h for h in setup.holidays(ws) if h.name == "Staff day")
    assert stored.kind == HolidayKind.NO_TEACHING
    assert not tab.model.setData(cell, "weekend")
    assert "is not one of holiday, no-teaching day" in window.message.text()
