"""`schoolaas check / students / courses`: output a person can read, the
documented JSON, exit codes 0/1/2 and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from planner_fixtures import Tiny

from schoolaas.cli import main
from schoolaas.services.workspace import Workspace

Run = tuple[int, str, str]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _accept_everything(tiny: Tiny, plan_id: int) -> None:
    with Workspace(tiny.url) as ws:
        for finding in ws.audit(plan_id).findings:
            ws.accept_finding(plan_id, finding.key, "Koski", "agreed with the principal")


def test_check_names_the_overlap_with_dates_and_rooms(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "check", "OTA-1001", "--db", db_path)
    assert code == 1
    assert err == ""
    assert "Aino Virtanen (OTA-1001), Otaniemen lukio" in out
    overlap = next(line for line in out.splitlines() if "overlap" in line)
    assert "MAA06.1 and CS-A1111 L01+H01" in overlap
    assert "OIH-A101" in overlap
    assert "OK1-M1" in overlap
    assert "60 min" in overlap
    assert "6.10.2026" in overlap
    assert "17.11.2026" in overlap
    assert "Total credits short: 8 op planned of 150 required (142 op missing)" in out
    assert out.rstrip().splitlines()[-1].startswith("Result: ")


def test_check_exits_0_when_every_error_is_accepted(
    tiny_db: Tiny, db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _accept_everything(tiny_db, tiny_db.eero_plan)
    code, out, _ = _run(capsys, "--db", db_path, "check", "Eero Lahtinen")
    assert code == 0
    assert "Accepted (" in out
    assert "accepted by Koski on" in out
    assert "agreed with the principal" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "Nobody"], "No student matches 'Nobody'"),
        (["check", "25"], "2 students match '25'"),
        (["check", "OTA-1001", "--plan", "Dream"], "has no plan called 'Dream'"),
        (["check"], "either a student"),
        (["check", "OTA-1001", "--all"], "either a student"),
        (["courses", "--period", "1999-00/7"], "Unknown period"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    db_path: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = _run(capsys, *argv, "--db", db_path)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_unusable_databases_exit_2_naming_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    code, _, err = _run(capsys, "check", "x", "--db", str(missing))
    assert (code, err.count("\n")) == (2, 1)
    assert str(missing) in err
    assert not missing.exists()  # a typo does not leave an empty database behind
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database\n" * 100)
    code, _, err = _run(capsys, "students", "--db", str(junk))
    assert (code, err.count("\n")) == (2, 1)
    assert str(junk) in err
    code, _, err = _run(capsys, "students", "--db", "nosuchdialect://x/y")
    assert (code, err.count("\n")) == (2, 1)
    assert "not a database URL" in err


def test_check_json_has_the_documented_fields(
    tiny_db: Tiny, db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "check", "OTA-1001", "--json", "--db", db_path)
    assert code == 1
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["database"] == db_path
    assert set(doc) == {"version", "database", "student", "plan", "summary", "credits", "findings"}
    assert doc["student"]["number"] == "OTA-1001"
    assert doc["student"]["school_name"] == "Otaniemen lukio"
    assert doc["plan"] == {"id": tiny_db.aino_plan, "name": "Plan", "active": True}
    assert doc["summary"]["ok"] is False
    assert doc["summary"]["open_errors"] == len(
        [f for f in doc["findings"] if f["open"] and f["severity"] == "error"]
    )
    assert doc["credits"]["total_required"] == 150
    assert doc["credits"]["by_subject"]["MA"] == {"planned": 3, "required": 20}
    overlap = next(f for f in doc["findings"] if f["code"] == "overlap")
    assert set(overlap) == {
        "code",
        "severity",
        "key",
        "open",
        "message",
        "item_ids",
        "items",
        "dates",
        "numbers",
        "acceptance",
    }
    assert overlap["dates"][0] == "2026-10-06"
    assert sorted(overlap["items"]) == ["CS-A1111 L01+H01", "MAA06.1"]
    assert overlap["numbers"]["room_a"] == "OIH-A101"
    assert overlap["acceptance"] is None
    assert "6.10.2026" in overlap["message"]


def test_check_all_json_and_text(
    tiny_db: Tiny, db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "check", "--all", "--json", "--db", db_path)
    assert code == 1
    doc = json.loads(out)
    assert doc["summary"]["students"] == 2
    assert doc["summary"]["with_open_errors"] == 2
    assert [p["student"]["number"] for p in doc["plans"]] == ["OTA-1001", "TAP-2001"]
    assert "MAA06.1" in doc["plans"][0]["findings"][0]["items"]
    code, out, _ = _run(capsys, "check", "--all", "--school", "TAP", "--db", db_path)
    assert code == 1
    assert "TAP-2001" in out
    assert "OTA-1001" not in out
    assert "1 student checked: 1 with open errors, 0 without." in out
    _accept_everything(tiny_db, tiny_db.eero_plan)
    code, out, _ = _run(capsys, "check", "--all", "--school", "TAP", "--db", db_path)
    assert code == 0


def test_students_and_courses_lists(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "students", "--search", "aino", "--db", db_path)
    assert code == 0
    assert "OTA-1001" in out
    assert "Eero" not in out
    code, out, _ = _run(capsys, "courses", "--provider", "aalto", "--db", db_path)
    assert code == 0
    assert "CS-A1111" in out
    assert "1.9.2026–19.11.2026" in out
    assert "MAA6" not in out
    code, out, _ = _run(capsys, "courses", "--search", "derivaatta", "--db", db_path)
    assert "MAA6" in out
    assert "1 offering" in out


def test_the_database_comes_from_the_environment(
    db_path: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCHOOLAAS_DB", db_path)
    code, out, _ = _run(capsys, "students")
    assert code == 0
    assert "2 students" in out


def test_no_command_without_the_app_gives_a_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "schoolaas.ui.app", raising=False)
    for qt in ("PySide6", "PySide6.QtCore"):  # an installation without Qt
        monkeypatch.setitem(sys.modules, qt, None)
    code, _, err = _run(capsys)
    assert code == 2
    assert "desktop app is not available" in err


@pytest.mark.slow
def test_python_dash_m_runs_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "schoolaas", "check", "x", "--db", str(tmp_path / "no.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "There is no database at" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_first_run_builds_the_demo_in_the_default_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "data" / "planner.sqlite3"
    monkeypatch.setattr("schoolaas.data.url.default_db_path", lambda: target)
    code, out, _ = _run(capsys, "students")
    assert code == 0
    assert target.exists()
    assert int(out.strip().splitlines()[-1].split()[0]) >= 20
    code, out, _ = _run(capsys, "demo", "--reset")
    assert code == 0
    assert "Demo database ready" in out


def test_usage_errors_exit_2_in_one_line(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", "--bogus-option", "--db", db_path])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus-option" in err
    assert len(err.strip().splitlines()) == 1


def test_help_lists_every_command_group(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("check", "students", "courses", "demo"):
        assert command in out


def test_core_commands_load_only_the_core_group() -> None:
    from schoolaas.cli import build_parser

    def commands(argv: list[str] | None) -> set[str]:
        parser = build_parser(argv)
        return set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]

    assert commands(["--db", "x.sqlite3", "check", "OTA-1001"]) == {
        "check",
        "students",
        "courses",
        "demo",
    }
    assert commands(None) >= {"check", "students", "courses", "demo"}


def test_an_unexpected_error_is_one_line_unless_debugging(
    db_path: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Workspace, "students", broken)
    code, _, err = _run(capsys, "students", "--db", db_path)
    assert code == 2
    assert err.strip() == (
        "schoolaas: unexpected error (ZeroDivisionError: boom); "
        "run with SCHOOLAAS_DEBUG=1 for the details"
    )
    monkeypatch.setenv("SCHOOLAAS_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["students", "--db", db_path])


def test_an_empty_db_is_an_error_not_the_default_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "planner.sqlite3"
    monkeypatch.setattr("schoolaas.data.url.default_db_path", lambda: default)
    for argv in (("students", "--db", ""), ("--db=", "students"), ("demo", "--db", "")):
        code, _, err = _run(capsys, *argv)
        assert code == 2, argv
        assert 'The database URL is empty (--db "")' in err
    assert not default.exists()


def test_a_mistyped_db_path_is_an_error_and_makes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "plannr.sqlite3"
    code, _, err = _run(capsys, "students", "--db", str(typo))
    assert code == 2
    assert f"There is no database at {typo}: check the --db path" in err
    assert not typo.exists()


def test_the_app_gets_an_empty_db_as_given() -> None:
    from schoolaas.cli import _app_only

    assert _app_only([]) == (None,)
    assert _app_only(["--db", ""]) == ("",)
    assert _app_only(["--db=x.sqlite3"]) == ("x.sqlite3",)
    assert _app_only(["students"]) is None


def test_demo_reset_refuses_a_database_of_real_data(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "demo", "--reset", "--db", db_path)
    assert code == 2
    assert out == ""
    assert "The database holds data the demo did not make:" in err
    assert "course offering" in err
    assert "give --force to replace it" in err
    code, out, _ = _run(capsys, "students", "--db", db_path)
    assert code == 0
    assert "Aino" in out  # nothing deleted
