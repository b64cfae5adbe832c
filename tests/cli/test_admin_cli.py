"""``schoolaas admin``: setting a shared PostgreSQL database up for sharing
from the command line (issue 13). Passwords never come from the command
line; new students' passwords go to an owner-only file."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from planner_fixtures import PG_ENV, Tiny, _pg_schema, build_tiny
from sqlalchemy import text

from schoolaas.cli import main
from schoolaas.data.engine import make_engine


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["admin", "list", "--db", "postgresql://boss:secret@db.example/school"]) == 2
    err = capsys.readouterr().err
    assert "Do not put a password in the database URL" in err
    assert "secret" not in err


def test_an_sqlite_file_has_no_logins(tiny_db: Tiny, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["admin", "init", "--db", tiny_db.url]) == 2
    assert "shared PostgreSQL database" in capsys.readouterr().err


def test_a_new_persons_password_is_not_read_from_a_pipe(
    tiny_db: Tiny, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a terminal and without --generate nothing is made (and the
    command never takes a password argument)."""
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code = main(["admin", "add-admin", "t13_nobody", "--db", server])
    assert code == 2
    assert "on a terminal, or use --generate" in capsys.readouterr().err


@pytest.fixture
def shared_db() -> Iterator[tuple[str, Tiny, str]]:
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set")
    suffix = uuid.uuid4().hex[:6]
    schema = _pg_schema(server)
    url = next(schema)
    try:
        yield url, build_tiny(url), suffix
    finally:
        schema.close()
        engine = make_engine(server)
        with engine.begin() as conn:
            for role in conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :like"),
                {"like": f"%{suffix}"},
            ).scalars():
                conn.execute(text(f'DROP ROLE "{role}"'))
        engine.dispose()


@pytest.mark.postgres
def test_init_add_list_reset_remove(
    shared_db: tuple[str, Tiny, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, tiny, suffix = shared_db
    assert main(["admin", "init", "--db", url]) == 0
    assert "set up for sharing" in capsys.readouterr().out

    bad = tmp_path / "bad.csv"  # all or nothing: line 3 is unknown, so line 2 is not added either
    bad.write_text(f"number,login\nOTA-1001,aino_{suffix}\nXX-1,x_{suffix}\n")
    assert main(["admin", "add-students", str(bad), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "Line 3" in err
    assert "XX-1" in err

    roster = tmp_path / "students.csv"
    roster.write_text(f"number,login\nOTA-1001,aino_{suffix}\nTAP-2001,eero_{suffix}\n")
    out = tmp_path / "logins.csv"
    assert main(["admin", "add-students", str(roster), "--out", str(out), "--db", url]) == 0
    assert "2 student logins added" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = out.read_text().splitlines()
    assert lines[0] == "number,login,password"
    assert lines[1].startswith(f"OTA-1001,aino_{suffix},")
    assert len(lines[1].split(",")[2]) >= 20

    counsellor = f"ota_{suffix}"
    args = ["admin", "add-counsellor", counsellor, "--school", "OTA", "--generate"]
    assert main([*args, "--db", url]) == 0
    assert f"Password of {counsellor}" in capsys.readouterr().out
    assert (
        main(
            [
                "admin",
                "add-counsellor",
                f"x_{suffix}",
                "--school",
                "NOPE",
                "--generate",
                "--db",
                url,
            ]
        )
        == 2
    )
    assert "There is no school NOPE" in capsys.readouterr().err

    assert main(["admin", "list", "--db", url]) == 0
    listing = capsys.readouterr().out
    assert f"aino_{suffix}" in listing
    assert "OTA-1001" in listing
    assert counsellor in listing
    assert "3 people." in listing

    assert main(["admin", "reset-password", counsellor, "--generate", "--db", url]) == 0
    assert "is changed" in capsys.readouterr().out
    assert main(["admin", "remove-person", counsellor, "--force", "--db", url]) == 0
    assert f"The login {counsellor} is removed." in capsys.readouterr().out
    assert main(["admin", "list", "--db", url]) == 0
    assert counsellor not in capsys.readouterr().out
    engine = make_engine(url)
    with engine.connect() as conn:
        gone = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": counsellor})
        assert gone.first() is None
    engine.dispose()
    assert tiny.aino  # the students' data stays
