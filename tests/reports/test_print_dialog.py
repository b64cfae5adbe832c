"""The print dialog driven like a user on the tiny database (offscreen Qt)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from planner_fixtures import Tiny
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from schoolaas.io.ics_export import validate_ics
from schoolaas.services.workspace import Workspace
from schoolaas.ui.dialogs.print_dialog import PrintDialog


def _dialog(qtbot: QtBot, ws: Workspace, tiny: Tiny, opened: list[Path]) -> PrintDialog:
    dialog = PrintDialog(ws, ws.student(tiny.aino), ws.plan(tiny.aino_plan), opener=opened.append)
    qtbot.addWidget(dialog)
    return dialog


def test_choices_offer_languages_and_the_schools_periods(
    qtbot: QtBot, ws: Workspace, tiny: Tiny
) -> None:
    dialog = _dialog(qtbot, ws, tiny, [])
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "fi",
        "sv",
        "en",
    ]
    keys = [dialog.period.itemData(i) for i in range(dialog.period.count())]
    assert keys == ["", "OTA:2026-27/1", "OTA:2026-27/2"]
    dialog.language.setCurrentIndex(2)
    assert dialog.period.itemText(2) == "2026-27, period 2"
    assert dialog.only_student.isChecked()
    assert "25A" in dialog.group_merged.text()


def test_print_one_student_opens_the_pdf(
    qtbot: QtBot, ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    opened: list[Path] = []
    dialog = _dialog(qtbot, ws, tiny, opened)
    dialog.language.setCurrentIndex(2)
    dialog.period.setCurrentIndex(dialog.period.findData("OTA:2026-27/2"))
    target = tmp_path / "aino.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_to(target)
    assert opened == [target]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Week timetable: 2026-27, period 2" in text
    assert "Aino Virtanen" in text


def test_calendar_export_from_the_dialog(
    qtbot: QtBot, ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    opened: list[Path] = []
    dialog = _dialog(qtbot, ws, tiny, opened)
    target = tmp_path / "aino.ics"
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.export_calendar_to(target)
    assert validate_ics(target.read_bytes()) == []
    assert opened == []  # a calendar file is not opened in a viewer
    assert dialog.print_button.isEnabled()


def test_error_is_shown_not_raised(
    qtbot: QtBot, ws: Workspace, tiny: Tiny, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "schoolaas.ui.dialogs.print_dialog.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    dialog = _dialog(qtbot, ws, tiny, [])
    dialog.print_to(tmp_path / "missing-folder" / "x.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Cannot write" in shown[0]
    assert dialog.print_button.isEnabled()


def test_group_one_pdf_per_student(qtbot: QtBot, ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    opened: list[Path] = []
    dialog = _dialog(qtbot, ws, tiny, opened)
    dialog.group_files.setChecked(True)
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_to(tmp_path / "pdfs")
    assert opened == [tmp_path / "pdfs"]
    assert [p.name for p in (tmp_path / "pdfs").iterdir()] == ["Virtanen_Aino_OTA-1001.pdf"]
    assert dialog.progress.maximum() == 1
