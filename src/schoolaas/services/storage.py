"""The SQLite file under an open workspace: noticing that it was deleted,
moved or replaced while the program had it open (before an edit is written
into a file that no longer has a name, and lost when the program closes),
and putting what the open connection still holds back at its path.
Servers and in-memory databases have no file: nothing to watch."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from schoolaas.data.url import sqlite_path
from schoolaas.services.errors import StorageError

FileId = tuple[Path, int, int]  # the path, and the device and inode opened there

WRITE_BACK = (
    "\n\nThe edit was not made. Everything stored before is still open in the planner: "
    "choose Write back to put it at {path} again."
)


class DatabaseGone(StorageError):
    """The database file is not where it was opened (``path``)."""

    @property
    def path(self) -> Path:
        return Path(str(self.values["path"]))


def file_of(workspace: object) -> FileId | None:
    """Which file ``workspace`` has open (None for servers and memory)."""
    url = getattr(workspace, "url", None)
    path = sqlite_path(url) if isinstance(url, str) else None
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return path, st.st_dev, st.st_ino


def check(known: FileId) -> None:
    """Raise DatabaseGone when the file opened is no longer at its path."""
    path, dev, ino = known
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DatabaseGone(
            "The database {path} is no longer there: it was deleted or moved while the "
            "planner was open." + WRITE_BACK,
            path=path,
        ) from None
    except OSError as error:
        raise DatabaseGone(
            "The database {path} is no longer there: {reason} while the planner was open."
            + WRITE_BACK,
            path=path,
            reason=error.strerror or error,
        ) from None
    if (st.st_dev, st.st_ino) != (dev, ino):
        raise DatabaseGone(
            "The database {path} is no longer there: another file has taken its place while "
            "the planner was open." + WRITE_BACK,
            path=path,
        )


def write_back(workspace: Any, path: Path) -> None:
    """Copy what ``workspace``'s open connection holds into a new file at
    ``path`` (refused if something is there). Raises StorageError."""
    if path.exists():
        raise StorageError("{path} exists again; it was left as it is.", path=path)
    raw = workspace.engine.raw_connection()
    try:
        source = raw.driver_connection
        if not isinstance(source, sqlite3.Connection):
            raise StorageError("Only an SQLite file can be written back.")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log left at path: emptied
        (count,) = source.execute("SELECT count(*) FROM student").fetchone()
        for stale in ("-wal", "-shm"):
            _remove_if_empty(Path(f"{path}{stale}"))
        target = sqlite3.connect(path)
        try:
            source.backup(target)
            (copied,) = target.execute("SELECT count(*) FROM student").fetchone()
        finally:
            target.close()
    except sqlite3.Error as error:
        raise StorageError(
            "The database could not be written back to {path}: {reason}", path=path, reason=error
        ) from None
    finally:
        raw.close()
    if copied != count:
        raise StorageError(
            "The database could not be written back to {path}: {copied} of {count} students",
            path=path,
            copied=copied,
            count=count,
        )


def _remove_if_empty(path: Path) -> None:
    """An emptied write-ahead log (or its index) of the old file: a new file
    at the same name must not read it."""
    try:
        if path.name.endswith("-shm") or path.stat().st_size == 0:
            os.remove(path)
    except OSError:
        pass
