"""Migrations: an empty database migrates to exactly the tables of the code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import schoolaas.data.tables  # noqa: F401  (registers the tables)
from schoolaas.data.engine import make_engine
from schoolaas.data.schema import current_revision, head_revision, migrate


def test_migrating_an_empty_database_gives_exactly_the_tables_of_the_code(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": _of_dialect(conn.dialect.name)}
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, SQLModel.metadata)
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    engine.dispose()
    assert diff == []
    assert tables == set(SQLModel.metadata.tables)


def _of_dialect(dialect: str) -> Callable[..., bool]:
    """Leave out the code's indexes made only on another database
    (``Index.ddl_if(dialect=...)``, e.g. migration 0008's per dialect)."""

    def include(obj: object, _name: str, kind: str, reflected: bool, _other: object) -> bool:
        only = getattr(obj, "_ddl_if", None)
        return reflected or kind != "index" or only is None or only.dialect in (None, dialect)

    return include


def test_migrate_twice_is_a_no_op_and_records_the_head(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "m.sqlite3"))
    assert current_revision(engine) is None
    migrate(engine)
    migrate(engine)
    assert current_revision(engine) == head_revision(engine)
    assert head_revision(engine) == "0008"
    engine.dispose()


def test_migrations_ship_inside_the_package() -> None:
    from importlib import resources

    versions = resources.files("schoolaas.data") / "migrations" / "versions"
    assert any(p.name.startswith("0001") for p in versions.iterdir())


def test_head_read_from_the_files_is_alembics_head(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from schoolaas.data.schema import alembic_config

    engine = make_engine(str(tmp_path / "h.sqlite3"))
    assert head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    engine.dispose()


def test_an_in_memory_database_migrates_on_the_callers_connection() -> None:
    engine = make_engine("sqlite://")
    migrate(engine)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert set(SQLModel.metadata.tables) <= tables
