"""`schoolaas student history|export|erase`: a student's change history,
their personal data as one owner-only JSON file, and erasing them (asks on
a terminal, refuses without one unless --force)."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest
from planner_fixtures import Tiny

from schoolaas.cli import main
from schoolaas.services.workspace import Workspace


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_history_prints_and_writes_csv(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "student", "history", "OTA-1001", "--db", db_path)
    assert code == 0
    assert "Student Aino Virtanen added." in out
    code, out, _ = _run(
        capsys, "student", "history", "OTA-1001", "--db", db_path, "--out", str(tmp_path / "h.csv")
    )
    assert code == 0
    assert (tmp_path / "h.csv").read_text().startswith("at,who,table")
    assert stat.S_IMODE((tmp_path / "h.csv").stat().st_mode) == 0o600


def test_export_writes_one_owner_only_json_file(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "aino.json"
    code, out, _ = _run(
        capsys, "student", "export", "OTA-1001", "--db", db_path, "--out", str(out_file)
    )
    assert code == 0
    assert str(out_file) in out
    assert json.loads(out_file.read_text())["student"]["first_name"] == "Aino"
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600


def test_erase_needs_a_terminal_or_force(
    db_path: str, tiny_db: Tiny, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _, err = _run(capsys, "student", "erase", "OTA-1001", "--db", db_path)
    assert code == 2
    assert "--force" in err
    with Workspace(tiny_db.url) as ws:
        assert ws.student(tiny_db.aino).first_name == "Aino"
    code, out, _ = _run(capsys, "student", "erase", "OTA-1001", "--db", db_path, "--force")
    assert code == 0
    assert "erased" in out
    code, _, err = _run(capsys, "student", "export", "OTA-1001", "--db", db_path, "--out", "x")
    assert code == 2  # no such student any more
    assert "OTA-1001" in err


def test_erase_on_a_terminal_asks_for_the_student_number(
    db_path: str, tiny_db: Tiny, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    assert _run(capsys, "student", "erase", "OTA-1001", "--db", db_path)[0] == 2
    with Workspace(tiny_db.url) as ws:
        assert ws.student(tiny_db.aino).first_name == "Aino"
    monkeypatch.setattr("sys.stdin", Terminal("OTA-1001\n"))
    assert _run(capsys, "student", "erase", "OTA-1001", "--db", db_path)[0] == 0
    with Workspace(tiny_db.url) as ws:
        assert [s.number for s in ws.students(include_archived=True)] == ["TAP-2001"]
