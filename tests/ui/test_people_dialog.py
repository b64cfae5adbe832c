"""File → People… (issue 13): an admin of a shared PostgreSQL database sees
everyone with a login and adds, resets and removes logins; nobody else
sees the action (and the database would refuse them anyway)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sharing_fixtures import Shared, shared_database

from schoolaas.services.people import sharing
from schoolaas.services.workspace import Workspace
from schoolaas.ui.admin.actions import AdminActions
from schoolaas.ui.admin.people_dialog import PeopleDialog
from schoolaas.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

SCREENSHOT = Path(os.environ.get("SCHOOLAAS_SCREENSHOTS", "/tmp")) / "people-dialog.png"


def test_offline_copies_have_no_people_window(window: MainWindow) -> None:
    assert not window.actions_.admin.people.isVisible()


@pytest.fixture(scope="module")
def shared() -> Iterator[Shared]:
    yield from shared_database()


class _Host(QMainWindow):
    """What AdminActions reads of the main window: its workspace and its
    database_opened signal (the whole window on PostgreSQL also starts its
    live-refresh connection, which this test does not need)."""

    database_opened = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None


@pytest.mark.postgres
def test_only_an_admin_sees_people(shared: Shared, qtbot) -> None:  # type: ignore[no-untyped-def]
    for role, shown in ((shared.admin, True), (shared.ota_counsellor, False)):
        host = _Host()
        qtbot.addWidget(host)
        actions = AdminActions(host)
        host.workspace = Workspace.open(shared.url(role))
        try:
            host.database_opened.emit()
            assert actions.people.isVisible() is shown, role
        finally:
            host.workspace.close()


@pytest.mark.postgres
def test_an_admin_adds_resets_and_removes_logins(
    shared: Shared, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    engine = shared.engine(shared.admin)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **_k: told.append(str(a[2])))
    monkeypatch.setattr(PeopleDialog, "_tell_password", lambda _s, login, pw: told.append(login))
    try:
        dialog = PeopleDialog(engine)
        qtbot.addWidget(dialog)
        dialog.show()
        logins = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        assert set(logins) == {
            shared.aino,
            shared.eero,
            shared.ota_counsellor,
            shared.tap_counsellor,
            shared.admin,
        }
        assert "5" in dialog.summary.text()
        dialog.grab().save(str(SCREENSHOT))

        # a counsellor: new password shown once, then the login removed
        row = logins.index(shared.ota_counsellor)
        dialog.table.selectRow(row)
        assert dialog.reset_button.isEnabled()
        assert dialog.reset_password() is not None
        assert told[-1] == shared.ota_counsellor

        extra = shared.aino.replace("aino", "gui")
        sharing.add_counsellor(engine, extra, "a-password-1", schools=["TAP"])
        dialog.reload()
        logins = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        dialog.table.selectRow(logins.index(extra))
        assert dialog.remove()
        assert extra not in {p.role for p in sharing.people(engine)}
        assert dialog.table.rowCount() == 5

        # students from a CSV file: all or nothing, passwords owner-only
        roster = tmp_path / "roster.csv"
        roster.write_text("number,login\nOTA-1001,\n")  # Aino has a login already
        out = tmp_path / "passwords.csv"
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(str(a[2])))
        assert dialog.add_students(roster, out) == 0
        assert "has a login already" in warned[-1]
        assert not out.exists()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_students_csv_makes_logins_with_an_owner_only_password_file(
    shared: Shared, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    engine = shared.engine(shared.admin)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    aino = next(p for p in sharing.people(engine) if p.role == shared.aino)
    try:
        sharing.remove_person(engine, shared.aino)  # Aino's login goes, her plans stay
        dialog = PeopleDialog(engine)
        qtbot.addWidget(dialog)
        roster = tmp_path / "roster.csv"
        roster.write_text(f"number,login\n{aino.student_number},{shared.aino}\n")
        out = tmp_path / "passwords.csv"
        assert dialog.add_students(roster, out) == 1
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        assert out.read_text().splitlines()[1].startswith(f"OTA-1001,{shared.aino},")
        assert shared.aino in [
            dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
        ]
    finally:
        engine.dispose()
