"""Bring a database to the current schema with Alembic (the migrations ship
inside the package, so an installed app can upgrade its users' files).

Opening an up-to-date database does not load Alembic at all: the stored
revision is compared with the head read from the version files."""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def _migrations() -> resources.abc.Traversable:
    return resources.files("schoolaas.data") / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic config for ``engine`` with the packaged migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations()))
    cfg.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return cfg


def head_revision(engine: Engine | None = None) -> str | None:
    """The newest revision of the shipped migrations (one head: a revision
    no other revision names as its down_revision)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in (_migrations() / "versions").iterdir():
        if not entry.name.endswith(".py"):
            continue
        source = entry.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        parents.update(m.group(1) for m in _DOWN.finditer(source))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database; None for a database without one."""
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except SQLAlchemyError:
        return None
    return str(row[0]) if row else None


# The key of the PostgreSQL advisory lock that serialises migrations (any
# constant the program uses for nothing else: "schoolaas" in ASCII, 8 bytes).
MIGRATION_LOCK_KEY = 0x7363686F6F6C6161


def migrate(engine: Engine) -> None:
    """Run ``alembic upgrade head`` on ``engine`` in one transaction (a
    no-op without Alembic when the database is at the head already).

    On PostgreSQL the upgrade holds a transaction-level advisory lock
    (``pg_advisory_xact_lock``, released at commit or rollback), so several
    copies opening one empty database at once take turns: the first
    migrates, the others then find the head stored and change nothing.
    (SQLite has no advisory locks; a SQLite file is one user's database.)"""
    head = head_revision()
    if head is not None and current_revision(engine) == head:
        return
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
