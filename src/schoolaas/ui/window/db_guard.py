"""Watch the SQLite file of the open workspace while the window is open:
``remember`` it when opened, ``check`` it before every edit. What a file is,
whether it is still there and how to write it back are services/storage.py's;
the window shows the DatabaseGone it raises (window/errors.py)."""

from __future__ import annotations

import contextlib
import weakref
from typing import Any

from schoolaas.services import storage
from schoolaas.services.storage import DatabaseGone, write_back

__all__ = ["DatabaseGone", "check", "remember", "write_back"]

_known: weakref.WeakKeyDictionary[Any, storage.FileId] = weakref.WeakKeyDictionary()


def remember(workspace: object) -> None:
    """Note which file ``workspace`` has open (call right after opening)."""
    known = storage.file_of(workspace)
    if known is not None:
        with contextlib.suppress(TypeError):  # an object that cannot be weakly referenced
            _known[workspace] = known


def check(workspace: object) -> None:
    """Raise DatabaseGone when the file opened is no longer at its path."""
    try:
        known = _known.get(workspace)
    except TypeError:
        return
    if known is not None:
        storage.check(known)
