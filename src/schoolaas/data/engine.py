"""The engine and the unit of work for a database URL (read in data/url.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from schoolaas.data.private_files import create_empty
from schoolaas.data.url import engine_url, is_uri_filename, resolve_url, sqlite_path


class HasEngine(Protocol):
    """Anything with an engine (a Workspace, or a bare holder in tests and
    tools): what the services' free functions take."""

    engine: Engine


def make_engine(url: str | None = None) -> Engine:
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None and not is_uri_filename(resolved):  # a URI's mode may forbid creating
        create_empty(path)  # owner-only before SQLite makes it with the umask's mode
    engine = create_engine(engine_url(resolved))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
