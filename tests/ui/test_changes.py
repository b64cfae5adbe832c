"""One "changes applied" signal for the application: an edit made in one
window reaches the others through the bus they share (ui/changes.py), and
each refreshes what it shows. The tiny database: Aino plans MAA6 and
CS-A1111, which overlap every Tuesday in period 2."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))


from schoolaas.services.people import students as student_service
from schoolaas.services.people.student_records import OverviewRow
from schoolaas.ui.overview.window import OverviewWindow
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def overview(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """The students overview as the main window opens it: same database, same bus."""
    win = OverviewWindow(window.workspace, window.options, lambda *_: None, bus=window.bus)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.rows_loaded, timeout=20000):
        win.show()
    return win


def _row(overview: OverviewWindow, student_id: int) -> OverviewRow:
    return next(r for r in overview.model.rows() if r.student_id == student_id)


def test_a_plan_edit_in_the_main_window_updates_the_overview_row(
    window: MainWindow, overview: OverviewWindow, tiny, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = _row(overview, tiny.aino)
    assert before.open_errors > 0  # the Tuesday overlap
    with qtbot.waitSignal(overview.model.dataChanged, timeout=5000):
        window.edits.remove_item(tiny.cs_item)
    after = _row(overview, tiny.aino)
    assert window.result is not None
    assert after.open_errors == window.result.open_errors
    assert after.open_errors < before.open_errors
    assert not overview.is_loading()  # the edit's own audit, not the whole list again
    with qtbot.waitSignal(overview.model.dataChanged, timeout=5000):
        window.undo_stack.undo()
    assert _row(overview, tiny.aino) == before
    assert "edit + audit" in window.audit_panel.timing.text()  # an undo is timed as an edit


def test_a_student_edited_in_the_overview_shows_in_the_main_window(
    window: MainWindow, overview: OverviewWindow, tiny, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    data = replace(student_service.student_input(ws, tiny.aino), first_name="Aina")
    change = student_service.update_student(ws, tiny.aino, data)
    with qtbot.waitSignals([window.plan_refreshed, overview.rows_loaded], timeout=20000):
        overview._changed(change)  # what the overview does after its student dialog
    assert "Aina Virtanen" in window.student_label.text()
    assert window.windowTitle().startswith("Aina Virtanen")
    assert _row(overview, tiny.aino).name.startswith(("Aina", "Virtanen"))


def test_a_premises_edit_from_the_overview_reaches_the_main_window_panes(
    window: MainWindow, overview: OverviewWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    overview.show_premises()
    premises = overview._premises
    assert premises is not None
    model = premises.buildings_model
    code = model.row(0).code
    old_catalogue = window.catalogue
    with qtbot.waitSignals([window.plan_refreshed, overview.rows_loaded], timeout=20000):
        assert model.setData(model.index(0, model.names.index("name")), "Renamed hall")
    assert window.catalogue is not old_catalogue  # the service loaded the changed one
    assert window.catalogue is not None
    assert window.catalogue.buildings[code].name == "Renamed hall"
    assert window.state is not None
    assert window.state.catalogue is window.catalogue  # the panes show the new state
    assert window.detail_panel._buildings[code].name == "Renamed hall"


def test_a_settings_change_from_elsewhere_reworks_the_plan_shown(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.services.views import Change

    before = window.state
    assert before is not None
    with qtbot.waitSignal(window.plan_refreshed, timeout=10000):
        window.bus.publish(Change(settings=True, catalogue=True), None)
    assert window.state is not before  # worked out again by the plan service
    assert window.state is not None
    assert window.state.result == before.result  # the same settings: the same audit


def test_an_edit_made_while_the_overview_audits_is_not_lost(
    window: MainWindow, overview: OverviewWindow, tiny, qtbot
) -> None:  # type: ignore[no-untyped-def]
    overview.reload()
    assert overview.is_loading()
    window.edits.remove_item(tiny.cs_item)  # the rows on their way may predate it
    with qtbot.waitSignal(overview.rows_loaded, timeout=20000):
        pass  # the load that was running
    with qtbot.waitSignal(overview.rows_loaded, timeout=20000):
        pass  # and the one after it
    assert window.result is not None
    assert _row(overview, tiny.aino).open_errors == window.result.open_errors
    assert not overview.is_loading()
