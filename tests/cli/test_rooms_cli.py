"""`schoolaas rooms free / book` on the tiny database: the free rooms of a
pattern with seats, kind and walking time; a booking that room use shows."""

from __future__ import annotations

import json
from datetime import date

import pytest

from schoolaas.cli import main
from schoolaas.services.premises import buildings
from schoolaas.services.workspace import Workspace


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_free_lists_rooms_with_seats_kind_and_walk(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = ("--period", "OTA:2026-27/2", "--slot", "Tue 10:30-11:30", "--db", db_path)
    code, out, err = _run(capsys, "rooms", "free", "--size", "20", "--school", "OTA", *pattern)
    assert (code, err) == (0, "")
    assert "7 lesson(s) 06.10.2026–17.11.2026, 20 students:" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("OK1-") or "OIH-" in line]
    assert rows == [["OK1-U006", "classroom", "40", "3", "min"]]  # A101 holds MAA6 then
    code, out, _ = _run(capsys, "rooms", "free", "--size", "20", "--json", *pattern)
    assert json.loads(out)["rooms"][0]["room"] == "OK1-U006"


def test_book_then_room_use_shows_it(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, "rooms", "book", "OK1-U006", "--course", "MAA6", "--period", "OTA:2026-27/2",
        "--slot", "Thu 14:15-15:30", "--db", db_path,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert (
        "Booked OK1-U006 for OTA:2026-27:MAA06.1 MAA06.1: 0 lesson(s) moved there, 7 added." in out
    )
    with Workspace(f"sqlite:///{db_path}") as ws:
        week = buildings.room_week(ws, date(2026, 10, 5))
    assert "MAA6" in [s.code for s in week.of_room("OK1-U006")]


def test_bad_input_is_one_line(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(
        capsys, "rooms", "book", "OK1-U006", "--course", "MAA6", "--period", "OTA:2026-27/2",
        "--slot", "Thu 12:30-13:30", "--db", db_path,
    )  # fmt: skip
    assert code == 2
    assert err.startswith("schoolaas: Room OK1-U006 is taken on 01.10.2026, 08.10.2026")
    code, _, err = _run(
        capsys, "rooms", "free", "--size", "5", "--slot", "Xx 9-10", "--db", db_path
    )
    assert code == 2
    assert "--period" in err
