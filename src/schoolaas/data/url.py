"""The database URL, read in one place: which database a URL (or a bare
path, or nothing) means, how to name it to a person, and its SQLite file.

The URL is the one switch between the embedded default (an SQLite file in
the user's data directory) and a shared PostgreSQL server."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

ENV_VAR = "SCHOOLAAS_DB"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("schoolaas", "SchoolaaS")) / "planner.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """The URL given, else $SCHOOLAAS_DB, else the user's SQLite file.
    A bare path is taken as an SQLite file (its folder is made)."""
    url = url or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in url:
        path = Path(url).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    return url


def is_default(url: str | None) -> bool:
    """True when neither ``url`` nor $SCHOOLAAS_DB names a database."""
    return not url and not os.environ.get(ENV_VAR)


def engine_url(url: str) -> str:
    """The URL SQLAlchemy is given: plain ``postgresql://`` means psycopg 3."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _parsed(url: str) -> URL | None:
    try:
        return make_url(url)
    except ArgumentError:
        return None


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL; None for servers and memory."""
    parsed = _parsed(url)
    if parsed is None or parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def describe_url(url: str) -> str:
    """How to name the database to a person: the file, or the URL without
    its password."""
    parsed = _parsed(url)
    if parsed is None:
        return url
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database)) if parsed.database else "(in memory)"
    return parsed.render_as_string(hide_password=True)
