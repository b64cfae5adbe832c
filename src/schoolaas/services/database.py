"""Opening a planner database and its units of work, with the database's
failures turned into the planner's errors (StorageError naming the database,
StaleEdit, NotAllowed): what a Workspace stands on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from schoolaas.data.engine import make_engine, unit_of_work
from schoolaas.data.schema import migrate
from schoolaas.data.url import resolve_url
from schoolaas.services.errors import NotAllowed, PlannerError, StaleEdit, StorageError

# PostgreSQL's SQLSTATE of a refusal by rights, row-level security or the
# student guard (migration 0005): the login may not do it.
INSUFFICIENT_PRIVILEGE = "42501"
# Two transactions that could not both go on (a deadlock, a serialisation
# failure): PostgreSQL rolled this one back, so nothing of it was saved.
AT_THE_SAME_MOMENT = ("40P01", "40001")


def open_engine(url: str | None) -> tuple[str, Engine]:
    """``url`` resolved (data/url.py) and an engine for it; a file that cannot
    be made or a URL the planner cannot use is a StorageError."""
    try:
        resolved = resolve_url(url)
        return resolved, make_engine(resolved)
    except OSError as exc:
        raise StorageError(
            "Cannot create the database at {url}: {reason}.",
            url=url,
            reason=exc.strerror or exc,
        ) from None
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StorageError(
            "{url!r} is not a database URL the planner can use ({exc}).", url=url, exc=exc
        ) from None


def migrate_schema(engine: Engine, where: str) -> None:
    """Bring the schema of the database (named ``where``) up to date."""
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        raise storage_error(where, exc) from None
    except Exception as exc:  # alembic.util.CommandError: a newer schema
        if type(exc).__name__ != "CommandError":
            raise
        raise StorageError(
            "The database {where} was made by a newer version of the planner ({exc}).",
            where=where,
            exc=exc,
        ) from None


@contextmanager
def unit_of_work_in(engine: Engine, where: str) -> Iterator[Session]:
    """One unit of work for services: committed at the end, rolled back on
    error; database errors become StorageError naming ``where``."""
    try:
        with unit_of_work(engine) as session:
            yield session
    except PlannerError:
        raise
    except StaleDataError:  # a row's version changed between our read and write
        raise StaleEdit(
            "Someone else saved a change to the same data at the same moment; "
            "nothing was saved. Reload to see it."
        ) from None
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) in AT_THE_SAME_MOMENT:
            raise StaleEdit(
                "Someone else saved a change to the same data at the same moment; "
                "nothing was saved. Reload to see it."
            ) from None
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise NotAllowed(
                "Your login may not do this; the database refused it ({reason}). "
                "Nothing was saved.",
                reason=str(exc.orig).strip().splitlines()[0],
            ) from None
        raise storage_error(where, exc) from None
    except SQLAlchemyError as exc:
        raise storage_error(where, exc) from None
    except OSError as exc:
        raise StorageError(
            "The database {where} cannot be used: {exc}.", where=where, exc=exc
        ) from None


def storage_error(where: str, exc: SQLAlchemyError) -> StorageError:
    return StorageError(f"The database {where} cannot be used: {explain(exc)}.")


def explain(exc: SQLAlchemyError) -> str:
    """The driver's reason in one line, in words a user can act on."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    reason = text[0] if text else type(exc).__name__
    low = reason.lower()
    if "no such table" in low or ("relation" in low and "does not exist" in low):
        return f"it holds no planner data ({reason}); is this the right database?"
    if "file is not a database" in low:
        return "the file is not an SQLite database"
    if "database is locked" in low:
        return "another program is writing to it; try again in a moment"
    if "unable to open database file" in low:
        return "the file cannot be opened (missing folder or no permission)"
    if "readonly" in low or "read-only" in low:
        return "it is read-only"
    return reason
