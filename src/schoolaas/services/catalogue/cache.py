"""The loaded catalogue kept on disk between runs, for SQLite databases.

Loading a city's catalogue from the database (450,000 sessions) takes
1.5-2 s; reading it back from this cache takes about a third of a second.
A cached copy is used only when everything it was made from is the same:

- the database file (its resolved path and inode) and the catalogue
  fingerprint (``repositories.catalogue_fingerprint``: the version every
  service that edits the catalogue bumps, the row counts and the highest
  session id), exactly what decides when an open workspace reloads;
- the program: the cache format and the source of the modules that define
  the catalogue's objects (a changed class never reads an old copy).

Anything else (no copy, another key, a truncated or unreadable file) is a
miss and the catalogue is loaded from the database as before: the cache can
make a load faster, never different. A workspace writes it after its first
load when that took WORTH_SAVING_S or more (not after a reload in a running
app, which would wait for the write). PostgreSQL is not cached (a shared
server has other writers). Files live in the user's cache directory (or
$SCHOOLAAS_CACHE_DIR), one per database, written to a temporary file and
renamed; SCHOOLAAS_CATALOGUE_CACHE=0 turns the cache off.

Sessions, groups, offerings and date ranges are written as their field
values and rebuilt by filling their slots (catalogue.slot_filler): the
default pickling of a frozen slots dataclass calls Python code per object
and would take longer than the database.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import fields, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from schoolaas.data.url import sqlite_path
from schoolaas.domain import calendar, curriculum, model, premises
from schoolaas.services.catalogue import load as catalogue_module
from schoolaas.services.catalogue.load import Catalogue, slot_filler

FORMAT = 1
DIR_ENV = "SCHOOLAAS_CACHE_DIR"
SWITCH_ENV = "SCHOOLAAS_CATALOGUE_CACHE"  # "0" turns the cache off
WORTH_SAVING_S = 0.3  # a catalogue that loads faster than this is not written


def enabled() -> bool:
    return os.environ.get(SWITCH_ENV, "").strip() != "0"


def cache_dir() -> Path:
    configured = os.environ.get(DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("schoolaas", appauthor=False))


def cache_file(db: Path) -> Path:
    name = hashlib.sha256(str(db.resolve()).encode()).hexdigest()[:20]
    return cache_dir() / "catalogue" / f"{name}.pickle"


def load(url: str, fingerprint: tuple[Any, ...]) -> Catalogue | None:
    """The cached catalogue of the database at ``url`` when its key matches
    (see the module's docstring), else None."""
    db = sqlite_path(url)
    if db is None or not enabled():
        return None
    try:
        key = _key(db, fingerprint)
        with cache_file(db).open("rb") as source:
            if pickle.load(source) != key:  # the small header first: a miss costs little
                return None
            collecting = gc.isenabled()
            gc.disable()  # half a million new objects without cycles
            try:
                found = pickle.load(source)
            finally:
                if collecting:
                    gc.enable()
    except Exception:  # no file, another program's file, truncated: load from the database
        return None
    return found if isinstance(found, Catalogue) else None


def save(url: str, fingerprint: tuple[Any, ...], cat: Catalogue) -> bool:
    """Writes ``cat`` for the database at ``url``; False when it was not
    written (PostgreSQL, switched off, or the cache directory is not
    writable: the cache is only ever a shortcut)."""
    db = sqlite_path(url)
    if db is None or not enabled():
        return False
    target = cache_file(db)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        key = _key(db, fingerprint)
        buffer = io.BytesIO()
        writer = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        writer.dispatch_table = _DISPATCH
        writer.dump(key)
        writer.clear_memo()
        writer.dump(replace(cat, memo={}))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, target)
    except Exception:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return False
    return True


def _key(db: Path, fingerprint: tuple[Any, ...]) -> str:
    """What a cached copy must have been made from: raises OSError when the
    database file is missing."""
    stat = db.stat()
    return repr((FORMAT, _code_stamp(), str(db.resolve()), stat.st_ino, tuple(fingerprint)))


@cache
def _code_stamp() -> str:
    """A digest of the source of the modules whose objects the cache holds."""
    digest = hashlib.sha256(sys.version.encode())
    for module in (model, calendar, premises, curriculum, catalogue_module, sys.modules[__name__]):
        source = getattr(module, "__file__", None)
        digest.update(Path(source).read_bytes() if source else module.__name__.encode())
    return digest.hexdigest()


def _fast(cls: type[Any], name: str) -> Callable[[Any], tuple[Any, ...]]:
    """A reducer writing ``cls``'s field values and rebuilding the object
    with the module-level filler ``name`` (found again by its name)."""
    filler = slot_filler(cls)
    if filler is not cls:  # not a slots class: the class itself rebuilds it
        filler.__name__ = filler.__qualname__ = name
        filler.__module__ = __name__
        globals()[name] = filler
    values = attrgetter(*(f.name for f in fields(cls)))

    def reduce(obj: Any) -> tuple[Any, ...]:
        return filler, values(obj)

    return reduce


_DISPATCH: dict[type[Any], Callable[[Any], Any]] = {
    **copyreg.dispatch_table,
    model.Session: _fast(model.Session, "_new_session"),
    model.StudyGroup: _fast(model.StudyGroup, "_new_group"),
    model.Offering: _fast(model.Offering, "_new_offering"),
    model.DateRange: _fast(model.DateRange, "_new_date_range"),
}
