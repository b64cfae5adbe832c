"""Student mode can be changed in Settings too (issue 15): on an offline
copy the Settings dialog's local tab carries the window's "I am a
counsellor" / "I am a student…" switch, and pressing it changes the mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_views_demo import demo_db, open_window

from schoolaas.services.workspace import Workspace

__all__ = ["demo_db"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

AINO = "OTA25002"
ELIAS = "OTA25001"


def test_settings_switches_a_student_copy_back_to_counsellor(
    demo_db: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "student.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    ws = Workspace.open(str(db))
    ws.set_setting("student_mode", AINO)
    ws.close()
    win = open_window(db, tmp_path, qtbot, number=ELIAS)
    try:
        assert win.workspace is not None
        assert win.workspace.access.is_student
        dialog = win.actions_.settings_dialog()
        assert dialog is not None
        qtbot.addWidget(dialog)
        button = dialog.local_action
        assert button.text().replace("&", "") == "I am a counsellor"
        button.click()
        assert not win.workspace.access.is_student  # the whole window follows
        assert win.actions_.overview.isVisible()
        assert button.text().replace("&", "") == "I am a student…"
    finally:
        if win.workspace is not None:
            win.workspace.close()
