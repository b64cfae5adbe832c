"""Notice when the SQLite file of the open database is deleted, moved or
replaced while the window is open, before an edit would be written into a
file that no longer has a name (and be lost when the program closes), and
put what the open connection still holds back in place.

(A workaround in the ui layer: the check and the write-back belong in
``services.workspace`` and move there when core adds them.)"""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from schoolaas.services.errors import StorageError

_SQLITE_PREFIX = "sqlite:///"

_known: weakref.WeakKeyDictionary[Any, tuple[Path, int, int]] = weakref.WeakKeyDictionary()


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseGuard", text)


class DatabaseGone(StorageError):
    """The database file is not where it was opened (``path``)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def database_file(workspace: object) -> Path | None:
    """The SQLite file of ``workspace``; None for servers and memory."""
    url = getattr(workspace, "url", None)
    if not isinstance(url, str) or not url.startswith(_SQLITE_PREFIX):
        return None
    name = url.removeprefix(_SQLITE_PREFIX).split("?", 1)[0]
    if not name or name == ":memory:":
        return None
    return Path(name)


def remember(workspace: object) -> None:
    """Note which file ``workspace`` has open (call right after opening)."""
    path = database_file(workspace)
    if path is None:
        return
    try:
        st = path.stat()
        _known[workspace] = (path, st.st_dev, st.st_ino)
    except (OSError, TypeError):
        pass


def check(workspace: object) -> None:
    """Raise DatabaseGone when the file opened is no longer at its path."""
    try:
        known = _known.get(workspace)
    except TypeError:
        return
    if known is None:
        return
    path, dev, ino = known
    try:
        st = path.stat()
    except FileNotFoundError:
        reason = tr("it was deleted or moved")
    except OSError as error:
        reason = error.strerror or str(error)
    else:
        if (st.st_dev, st.st_ino) == (dev, ino):
            return
        reason = tr("another file has taken its place")
    message = (
        tr("The database %1 is no longer there: %2 while the planner was open.")
        .replace("%1", str(path))
        .replace("%2", reason)
        + "\n\n"
        + tr(
            "The edit was not made. Everything stored before is still open in the "
            "planner: choose Write back to put it at %1 again."
        ).replace("%1", str(path))
    )
    raise DatabaseGone(message, path)


def write_back(workspace: Any, path: Path) -> None:
    """Copy what ``workspace``'s open connection holds into a new file at
    ``path`` (refused if something is there). Raises StorageError."""
    if path.exists():
        raise StorageError(tr("%1 exists again; it was left as it is.").replace("%1", str(path)))
    raw = workspace.engine.raw_connection()
    try:
        source = raw.driver_connection
        if not isinstance(source, sqlite3.Connection):
            raise StorageError(tr("Only an SQLite file can be written back."))
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
            tr("The database could not be written back to %1: %2")
            .replace("%1", str(path))
            .replace("%2", str(error))
        ) from None
    finally:
        raw.close()
    if copied != count:
        raise StorageError(
            tr("The database could not be written back to %1: %2")
            .replace("%1", str(path))
            .replace("%2", f"{copied} of {count} students")
        )


def _remove_if_empty(path: Path) -> None:
    """An emptied write-ahead log (or its index) of the old file: a new file
    at the same name must not read it."""
    try:
        if path.name.endswith("-shm") or path.stat().st_size == 0:
            os.remove(path)
    except OSError:
        pass
