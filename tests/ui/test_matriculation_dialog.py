"""Plan → Matriculation plan…: the shown student's subjects and sittings in
a dialog; moving maths to the autumn takes the spring maths-day finding
off the audit, and Undo brings it back."""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog
from sqlmodel import Session

from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import GroupRow, OfferingRow, SessionRow
from schoolaas.ui.dialogs.matriculation_dialog import MatriculationDialog
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# the README's pictures are taken again with SCHOOLAAS_DOC_SHOTS=1; otherwise a
# run leaves the tracked files alone
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = DOCS if os.environ.get("SCHOOLAAS_DOC_SHOTS") else Path(tempfile.gettempdir()) / "shots"
EXAM = "aalto-cur-exam-march"


def _exam_on_the_maths_day(window: MainWindow, plan_id: int) -> None:
    ws = window.workspace
    assert ws is not None
    with Session(ws.engine) as s:
        s.add(
            OfferingRow(
                key=EXAM,
                provider="aalto",
                code="MS-A0001",
                name_en="Matrix algebra, exam",
                op=0,
                ects=5,
                start=date(2027, 3, 24),
                end=date(2027, 3, 24),
                realisation_type="exam-exam",
            )
        )
        s.flush()
        group = GroupRow(offering=EXAM, key="ET01", name="ET01", kind="exam")
        s.add(group)
        s.flush()
        assert group.id is not None
        s.add(
            SessionRow(
                group_id=group.id,
                start=datetime(2027, 3, 24, 9),
                end=datetime(2027, 3, 24, 12),
                kind="exam",
            )
        )
        bump_catalogue_version(session=s)
        s.commit()
    ws.add_item(plan_id, EXAM)
    window.refresh_plan()


def _matriculation_rows(window: MainWindow) -> list[str]:
    model = window.audit_panel.model
    texts = [str(model.index(r, 1).data()) for r in range(model.rowCount())]
    return [t for t in texts if "matriculation" in t]


def test_moving_maths_to_the_autumn_clears_the_spring_finding_and_undo_restores_it(
    window: MainWindow, tiny, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exam_on_the_maths_day(window, tiny.aino_plan)
    qtbot.waitUntil(lambda: len(_matriculation_rows(window)) == 1, timeout=10000)
    shown: list[MatriculationDialog] = []

    def choose_autumn(dialog: MatriculationDialog) -> int:
        shown.append(dialog)
        assert dialog.table.item(0, 0).text() == "MA"
        box = dialog.table.cellWidget(0, 1)
        assert isinstance(box, QComboBox)
        assert box.currentData() == ""  # not set yet: every sitting
        box.setCurrentIndex(box.findData("2027-autumn"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MatriculationDialog, "exec", choose_autumn)
    window.actions_.matriculation.action.trigger()
    qtbot.waitUntil(lambda: _matriculation_rows(window) == [], timeout=10000)
    assert len(shown) == 1
    assert "Aino Virtanen" in shown[0].windowTitle()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(_matriculation_rows(window)) == 1, timeout=10000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: _matriculation_rows(window) == [], timeout=10000)


def test_a_refused_plan_keeps_the_dialog_open_with_the_message(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    refused: list[str] = []

    def add_a_bad_subject(dialog: MatriculationDialog) -> int:
        if not dialog.table.rowCount() or dialog.table.rowCount() == 1:
            dialog.add_row("matikka!", "2027-spring")
        return next(answers)

    monkeypatch.setattr(MatriculationDialog, "exec", add_a_bad_subject)
    monkeypatch.setattr(MatriculationDialog, "refused", lambda self, text: refused.append(text))
    assert window.actions_.matriculation.edit() is False
    assert len(refused) == 1
    assert "not a subject code" in refused[0]
    assert window.undo_stack.count() == 0


def test_the_dialog_offers_the_sittings_in_the_users_words(qtbot) -> None:
    from schoolaas.services.people.matriculation import PlannedSubject

    dialog = MatriculationDialog(
        "Aino Virtanen (OTA-1001)",
        [PlannedSubject("MA", "2027-autumn"), PlannedSubject("AI", None)],
        ["2027-spring"],
        today=date(2026, 12, 2),
    )
    qtbot.addWidget(dialog)
    box = dialog.table.cellWidget(0, 1)
    assert isinstance(box, QComboBox)
    assert box.currentText() == "autumn 2027"
    keys = [box.itemData(i) for i in range(box.count())]
    assert keys[:3] == ["", "2026-spring", "2026-autumn"]
    assert "2028-autumn" in keys
    assert dialog.plan() == [("MA", "2027-autumn"), ("AI", None)]
    dialog.table.setCurrentCell(1, 0)
    dialog.remove_current()
    assert dialog.plan() == [("MA", "2027-autumn")]
    dialog.add_row("EN", "2027-spring")
    dialog.resize(480, 340)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "matriculation-plan.png"))
