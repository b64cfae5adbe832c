"""Students overview: loads in a worker, sorts, filters, opens a plan, edits."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from schoolaas.seed.scale import build_scale
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import Options
from schoolaas.ui.overview.model import KEYS
from schoolaas.ui.overview.student_dialog import StudentDialog
from schoolaas.ui.overview.window import OverviewWindow

# The offscreen platform warns once that it cannot resize native windows.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("overview") / "school.sqlite3"
    ws = Workspace.open(str(path))
    build_scale(ws.engine, "one-school", factor=0.02)  # 14 students
    ws.close()
    return path


@pytest.fixture
def window(db_path: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    ws = Workspace.open(str(db_path))
    opened: list[tuple[int, int]] = []
    win = OverviewWindow(ws, Options(tmp_path / "o.ini"), lambda s, p: opened.append((s, p)))
    qtbot.addWidget(win)
    win.opened = opened  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.rows_loaded, timeout=20000):
        win.show()
    yield win
    ws.close()


def _column(win: OverviewWindow, key: str) -> list[str]:
    c = KEYS.index(key)
    return [win.proxy.index(r, c).data() for r in range(win.proxy.rowCount())]


def test_loads_every_student_with_audit(window: OverviewWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert window.model.rowCount() == 14
    assert window.load_seconds is not None
    assert all(r.audited for r in window.model.rows())
    assert "14 of 14 students" in window.count_label.text()
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)


def test_sorting_by_errors_and_name(window: OverviewWindow) -> None:
    window.table.sortByColumn(KEYS.index("errors"), Qt.SortOrder.DescendingOrder)
    errors = [int(x) for x in _column(window, "errors")]
    assert errors == sorted(errors, reverse=True)
    assert errors[0] == max(r.open_errors for r in window.model.rows())
    window.table.sortByColumn(KEYS.index("name"), Qt.SortOrder.AscendingOrder)
    names = _column(window, "name")
    assert names == sorted(names, key=str.casefold)


def test_filter_by_group_status_and_search(window: OverviewWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = window.model.rows()
    group = rows[0].group
    window.group_box.setCurrentIndex(window.group_box.findData(group))
    assert set(_column(window, "group")) == {group}
    assert window.proxy.rowCount() == sum(r.group == group for r in rows)
    window.group_box.setCurrentIndex(0)
    window.status_box.setCurrentIndex(window.status_box.findData("ok"))
    assert window.proxy.rowCount() == sum(r.status == "ok" for r in rows)
    window.status_box.setCurrentIndex(window.status_box.findData("short"))
    assert window.proxy.rowCount() == sum(r.credits_planned < 150 for r in rows)
    window.status_box.setCurrentIndex(0)
    target = rows[3]
    qtbot.keyClicks(window.search, target.number)
    assert _column(window, "number") == [target.number]
    assert "1 of 14 students" in window.count_label.text()


def test_double_click_opens_the_plan(window: OverviewWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.sortByColumn(KEYS.index("number"), Qt.SortOrder.AscendingOrder)
    index = window.proxy.index(2, KEYS.index("name"))
    row = window.model.row(window.proxy.mapToSource(index).row())
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.opened == [(row.student_id, row.plan_id)]  # type: ignore[attr-defined]


def test_export_selection_as_csv(window: OverviewWindow, tmp_path: Path) -> None:
    window.table.selectRow(0)
    window.table.selectRow(1)
    window.table.selectionModel().select(
        window.proxy.index(1, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = window.selected_rows()
    target = tmp_path / "out.csv"
    window.export_to(target, chosen)
    lines = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["number"] for r in lines] == [r.number for r in chosen]
    assert lines[0]["open_errors"] == str(chosen[0].open_errors)


def test_add_student_dialog_shows_field_messages(window: OverviewWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(window.workspace, None, window, default_school="OTA")
    qtbot.addWidget(dialog)
    first = dialog.editors["first_name"]
    number = dialog.editors["number"]
    assert isinstance(first, QLineEdit)
    assert isinstance(number, QLineEdit)
    first.setText("Aino")
    number.setText("x")
    dialog.accept()
    assert dialog.result() == 0
    assert not dialog.errors["number"].isHidden()
    assert "not a student number" in dialog.errors["number"].text()
    assert "is empty" in dialog.errors["last_name"].text()
    assert dialog.errors["school"].isHidden()
    dialog.editors["last_name"].setText("Aalto")  # type: ignore[attr-defined]
    number.setText("OTA-9001")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.change is not None
    assert dialog.change.created_id is not None
    assert window.workspace.student(dialog.change.created_id).name == "Aino Aalto"
    from schoolaas.services.people.students import archive_student

    archive_student(window.workspace, dialog.change.created_id)  # the db is shared


@pytest.mark.slow
def test_print_selected_study_plans(window: OverviewWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    chosen = window.model.rows()[:2]
    with qtbot.waitSignal(window.printed, timeout=120_000) as blocker:
        window.print_to(tmp_path, chosen)
    assert blocker.args[1] == ""
    assert blocker.args[0] == 2
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 2
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)


def test_archive_selected_after_confirmation(window: OverviewWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    gone = window.selected_rows()[0]
    before = window.model.rowCount()
    with qtbot.waitSignal(window.rows_loaded, timeout=20000):
        window.archive_selected()
    assert window.model.rowCount() == before - 1
    assert gone.student_id not in {r.student_id for r in window.model.rows()}
    from schoolaas.services.people.students import archive_student

    archive_student(window.workspace, gone.student_id, archived=False)  # the db is shared


def test_default_school_and_saved_columns(db_path: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui import options as opts

    options = Options(tmp_path / "d.ini")
    options.set(opts.DEFAULT_SCHOOL, "OTA")
    ws = Workspace.open(str(db_path))
    win = OverviewWindow(ws, options, lambda s, p: None)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.rows_loaded, timeout=20000):
        pass
    assert win.school_box.currentData() == "OTA"
    win.table.horizontalHeader().resizeSection(1, 333)
    win.close()
    assert options.get(opts.OVERVIEW_HEADER)
    again = OverviewWindow(ws, options, lambda s, p: None)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.rows_loaded, timeout=20000):
        pass
    assert again.table.horizontalHeader().sectionSize(1) == 333
    again.close()
    ws.close()


def test_edit_student_dialog_loads_and_saves(window: OverviewWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = window.model.rows()[0]
    dialog = StudentDialog(window.workspace, row.student_id, window)
    qtbot.addWidget(dialog)
    number = dialog.editors["number"]
    group = dialog.editors["group"]
    assert isinstance(number, QLineEdit)
    assert isinstance(group, QLineEdit)
    assert number.text() == row.number
    assert group.text() == row.group
    group.setText("99X")
    dialog.accept()
    assert dialog.result() == 1
    assert window.workspace.student(row.student_id).group == "99X"
    group.setText(row.group)
    dialog.accept()


def test_audit_again_keeps_the_row_audited(window: OverviewWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    before = window.selected_rows()[0]
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    after = window.model.rows()[
        [r.student_id for r in window.model.rows()].index(before.student_id)
    ]
    assert after.audited
    assert after.open_errors == before.open_errors
    assert window.statusBar().currentMessage().startswith("1 plan")
