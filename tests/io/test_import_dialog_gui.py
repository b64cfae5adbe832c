"""File → Import…: the dry-run report comes first, Import only after it,
then a real import with its report. (Kept here with the importer tests;
skipped where PySide6 is absent.)"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from importer_helpers import FIXTURES, snapshot

from schoolaas.ui.dialogs.import_dialog import ImportDialog

SAMPLE = FIXTURES / "aalto_sample.json"


def test_check_then_import(qtbot, ws):
    dialog = ImportDialog(ws)
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()  # no file yet
    dialog.set_file("aalto", SAMPLE)
    assert dialog.check_button.isEnabled()
    assert not dialog.import_button.isEnabled()  # only after a dry run
    before = snapshot(ws)
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as checked:
        dialog.check_button.click()
    assert checked.args[0].dry_run
    assert "14 added" in dialog.report.toPlainText()
    assert snapshot(ws) == before
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        dialog.import_button.click()
    report = imported.args[0]
    assert not report.dry_run
    assert len(report.added) == 14
    assert ws.offering("aalto-CUR-205925-3121705").ects == 5
    assert not dialog.import_button.isEnabled()  # a new check before importing again
    assert not dialog.progress.isVisible()


def test_changing_the_file_after_a_check_needs_a_new_check(qtbot, ws):
    dialog = ImportDialog(ws)
    qtbot.addWidget(dialog)
    dialog.set_file("aalto", SAMPLE)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.check_button.click()
    dialog.set_file("ics", FIXTURES / "ics" / "sisu_cs_a1111.ics")
    assert not dialog.import_button.isEnabled()
    assert dialog.course.isVisibleTo(dialog)


def test_bad_file_shows_the_message_and_writes_nothing(qtbot, ws, tmp_path):
    bad = tmp_path / "renamed.json"
    bad.write_bytes(b"%PDF-1.4\n")
    dialog = ImportDialog(ws)
    qtbot.addWidget(dialog)
    dialog.set_file("aalto", bad)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.check_button.click()
    assert "PDF" in failed.args[0]
    text = dialog.report.toPlainText()
    assert "Nothing was imported." in text
    assert "renamed.json" in text
    assert not dialog.import_button.isEnabled()
