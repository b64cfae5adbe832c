"""`schoolaas students` prints a header over its columns (issue 15)."""

from __future__ import annotations

import pytest

from schoolaas.cli import main


def test_students_prints_a_header(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["students", "--db", db_path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "number", "name", "school", "group"]
    assert any("OTA-1001" in line for line in lines[1:])
    assert lines[-1] == "2 students"
