"""Files with personal data, created owner-only whatever the umask: 0600
files in 0700 folders (the folders the program makes; a folder that exists
already is left as its owner set it). Every file the program writes with a
student's data goes through here: the SQLite database, PDFs, calendar and
CSV exports, plan files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_folder(folder: Path) -> Path:
    """``folder`` and its missing parents, each made 0700; returns it."""
    missing: list[Path] = []
    here = folder
    while not here.exists():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, FOLDER_MODE)
        except FileExistsError:  # made meanwhile by someone else: theirs
            continue
        os.chmod(path, FOLDER_MODE)  # mkdir's mode passes through the umask
    return folder


def write_file(path: Path, data: bytes | str, *, folders: bool = False) -> Path:
    """Write the whole file or nothing, owner-only: a 0600 temporary file
    in the same folder, renamed over ``path``. Text is written as UTF-8.
    With ``folders`` the missing folders are made (0700); without, a
    missing folder is an error (FileNotFoundError)."""
    path = Path(path)
    if folders:
        make_folder(path.parent)
    body = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def create_empty(path: Path) -> bool:
    """Create ``path`` empty and 0600 unless it exists (an SQLite database
    before SQLite opens it: its journal and WAL files take the same mode).
    True when it was made here."""
    path = Path(path)
    make_folder(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return True
