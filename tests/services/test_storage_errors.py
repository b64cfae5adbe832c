"""A database that cannot be used gives a StorageError naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from planner_fixtures import CS_KEY, Tiny, build_tiny, sqlite_url

from schoolaas.services.errors import PlannerError, StorageError
from schoolaas.services.workspace import Workspace


def test_a_database_deleted_under_an_open_workspace(tmp_path: Path) -> None:
    tiny = build_tiny(sqlite_url(tmp_path))
    path = tmp_path / "planner.sqlite3"
    ws = Workspace.open(tiny.url)
    assert ws.students()
    ws.close()
    for p in tmp_path.glob("planner.sqlite3*"):
        p.unlink()
    with pytest.raises(StorageError) as err:
        ws.students()
    assert str(path) in str(err.value)
    assert "no planner data" in str(err.value)
    ws.close()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StorageError, match="not an SQLite database") as err:
        Workspace.open(str(path))
    assert str(path) in str(err.value)


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Cannot create the database"):
        Workspace(str(blocker / "sub" / "planner.sqlite3"))


def test_a_url_that_is_not_a_database_url() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        Workspace("nosuchdialect://host/db")


def test_a_read_only_database_refuses_edits_and_keeps_data(tmp_path: Path) -> None:
    tiny = build_tiny(sqlite_url(tmp_path))
    path = tmp_path / "planner.sqlite3"
    with Workspace(f"sqlite:///file:{path}?mode=ro&uri=true") as ws:
        with pytest.raises(StorageError, match="read-only") as err:
            ws.add_item(tiny.eero_plan, CS_KEY)
        assert str(path) in str(err.value)
        assert ws.items(tiny.eero_plan) == []


def test_a_failed_edit_leaves_nothing_half_written(ws: Workspace, tiny: Tiny) -> None:
    before = ws.items(tiny.aino_plan)
    with pytest.raises(PlannerError):
        ws.duplicate_plan(tiny.aino_plan, "")
    assert [p.name for p in ws.plans(tiny.aino)] == ["Plan"]
    assert ws.items(tiny.aino_plan) == before


def test_a_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    tiny = build_tiny(sqlite_url(tmp_path))
    with Workspace(tiny.url) as ws, ws.session() as s:
        from sqlalchemy import text

        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StorageError, match="newer version"):
        Workspace.open(tiny.url)
