"""The database URL, read in one place: which database a URL (or a bare
path, or nothing) means, how to name it to a person, and its SQLite file.

The URL is the one switch between the embedded default (an SQLite file in
the user's data directory) and a shared PostgreSQL server."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from schoolaas.data.private_files import make_folder

ENV_VAR = "SCHOOLAAS_DB"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("schoolaas", "SchoolaaS")) / "planner.sqlite3"


EMPTY_URL = 'The database URL is empty (--db ""): give a database URL or an SQLite file path.'


def resolve_url(url: str | None = None) -> str:
    """The URL given, else $SCHOOLAAS_DB, else the user's SQLite file.
    A bare path is taken as an SQLite file (its folder is made, owner-only).
    An empty URL given on purpose is a mistake: ValueError."""
    if url is not None and not url.strip():
        raise ValueError(EMPTY_URL)
    url = url or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in url:
        path = Path(url).expanduser()
        make_folder(path.parent)
        url = f"sqlite:///{path}"
    return url


def is_blank(url: str | None) -> bool:
    """True for a URL given as empty (``--db ""``): an error, not the default."""
    return url is not None and not url.strip()


def missing_database(url: str | None) -> Path | None:
    """The SQLite file a URL other than the default names when there is no
    such file (a mistyped ``--db`` path): opening it would make a new
    database. None for the default, servers, memory and existing files."""
    if is_default(url) or is_blank(url):
        return None
    path = sqlite_path(resolve_url(url))
    return path if path is not None and not path.exists() else None


def is_default(url: str | None) -> bool:
    """True when neither ``url`` nor $SCHOOLAAS_DB names a database
    (``--db ""`` is not the default: see is_blank)."""
    return url is None and not os.environ.get(ENV_VAR)


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
    """The database file of an SQLite URL; None for servers and memory.
    A URI filename (``sqlite:///file:/x.db?mode=ro&uri=true``) names /x.db."""
    parsed = _parsed(url)
    if parsed is None or parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    if is_uri_filename(url) and parsed.database.startswith("file:"):
        return Path(parsed.database.removeprefix("file:"))
    return Path(parsed.database)


def is_uri_filename(url: str) -> bool:
    """An SQLite URL whose file is given as a URI (``?uri=true``): SQLite
    reads its mode (``mode=ro``...) from the URI."""
    parsed = _parsed(url)
    return parsed is not None and str(parsed.query.get("uri", "")).lower() == "true"


def describe_url(url: str) -> str:
    """How to name the database to a person: the file, or the URL without
    its password."""
    parsed = _parsed(url)
    if parsed is None:
        return url
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database)) if parsed.database else "(in memory)"
    return parsed.render_as_string(hide_password=True)
