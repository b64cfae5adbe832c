"""The engine and the unit of work for a database URL (read in data/url.py)."""

from __future__ import annotations

import getpass
import os
import uuid
import weakref
from collections.abc import Callable, Iterator
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
    client = f"schoolaas-{uuid.uuid4().hex[:12]}"
    url_text = engine_url(resolved)
    if url_text.startswith("postgresql"):  # the change log's "client" (migration 0004)
        engine = create_engine(url_text, connect_args={"application_name": client})
    else:
        engine = create_engine(url_text)
    _CLIENTS[engine] = client
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _sqlite_functions(client))
    return engine


_CLIENTS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def client_of(engine: Engine) -> str:
    """The name this engine's connections sign the change log with (the
    ``client`` column): tells a window its own edits from other copies'."""
    return _CLIENTS.get(engine, "")


def os_user() -> str:
    """Who changes a SQLite database: the operating-system user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name and no passwd entry
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _sqlite_functions(client: str) -> Callable[[object, object], None]:
    """The SQL functions the change-log triggers of a SQLite database call
    (migration 0004): ``schoolaas_user()`` and ``schoolaas_client()``."""
    user = os_user()

    def register(dbapi_connection: object, _record: object) -> None:
        create = dbapi_connection.create_function  # type: ignore[attr-defined]
        create("schoolaas_user", 0, lambda: user)
        create("schoolaas_client", 0, lambda: client)

    return register


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
