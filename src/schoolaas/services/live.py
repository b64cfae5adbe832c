"""Other copies' changes, as they happen (issue 13, live refresh).

``ChangeWatcher(engine).poll()`` answers, cheaply and without waiting,
what other copies of the program (other counsellors, another window's
workspace) changed in the database since the last poll, as one
``views.Change`` (students, plans, items; ``catalogue`` when the catalogue,
premises or settings changed), or None. The app asks about once a second
(ui/live.py) and publishes the answer on its ChangeBus, so every window
reacts as to an edit made elsewhere.

- PostgreSQL: the change-log trigger sends ``NOTIFY schoolaas_changes``
  with what changed (migration 0004); the watcher LISTENs on a connection
  of its own and reads the notifications that arrived.
- SQLite: ``PRAGMA data_version`` on a connection of its own changes when
  another connection committed; only then are the new change-log entries
  read.

Changes this workspace's own connections made are left out (the change
log's ``client``, data/engine.client_of): the window published those as it
made them."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy.engine import Engine
from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.engine import client_of
from schoolaas.services.views import Change

CHANNEL = "schoolaas_changes"
CATALOGUE_EVERY = 5  # PostgreSQL: the catalogue's fingerprint every 5th poll


class ChangeWatcher:
    """What other copies changed since the last poll (see the module)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.client = client_of(engine)
        self._fairy: Any = engine.raw_connection()  # a connection of its own, kept
        self._conn: Any = cast(Any, self._fairy.driver_connection)  # sqlite3 or psycopg
        self._postgres = engine.dialect.name == "postgresql"
        self._polls = 0
        self._fingerprint = self._catalogue_fingerprint()
        if self._postgres:
            self._conn.rollback()
            self._conn.autocommit = True
            self._conn.execute(f"LISTEN {CHANNEL}")
            self._schema = str(self._conn.execute("SELECT current_schema()").fetchone()[0])
        else:
            self._version = self._data_version()
            self._last_id = self._newest_entry()

    def close(self) -> None:
        """Give the connection up (a LISTEN ends with it)."""
        if self._fairy is not None:
            self._fairy.invalidate()  # closed, not returned to the pool listening
            self._fairy = None

    def poll(self) -> Change | None:
        """What others changed since the last poll, or None (no change)."""
        if self._fairy is None:
            return None
        self._polls += 1
        entries = self._postgres_entries() if self._postgres else self._sqlite_entries()
        catalogue = False
        # SQLite: only when someone committed something
        look = self._polls % CATALOGUE_EVERY == 0 if self._postgres else self._sqlite_changed
        if look:
            fingerprint = self._catalogue_fingerprint()
            catalogue = fingerprint != self._fingerprint
            self._fingerprint = fingerprint
        return changes_of(entries, self.client, catalogue=catalogue)

    # --- PostgreSQL --------------------------------------------------------------

    def _postgres_entries(self) -> list[dict[str, Any]]:
        found = []
        for note in self._conn.notifies(timeout=0):
            try:
                payload = json.loads(note.payload)
            except ValueError:
                continue
            if isinstance(payload, dict) and payload.get("schema") == self._schema:
                found.append(payload)
        return found

    # --- SQLite ------------------------------------------------------------------

    _sqlite_changed = False

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _newest_entry(self) -> int:
        return int(self._conn.execute("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0])

    def _sqlite_entries(self) -> list[dict[str, Any]]:
        version = self._data_version()
        self._sqlite_changed = version != self._version
        if not self._sqlite_changed:
            return []
        self._version = version
        rows = self._conn.execute(
            "SELECT id, tab, row_id, plan_id, student_id, client FROM change_log WHERE id > ? "
            "ORDER BY id",
            (self._last_id,),
        ).fetchall()
        if rows:
            self._last_id = int(rows[-1][0])
        keys = ("id", "table", "row_id", "plan_id", "student_id", "client")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def _catalogue_fingerprint(self) -> tuple[Any, ...]:
        with Session(self.engine) as session:
            return repo.catalogue_fingerprint(session=session)


def changes_of(
    entries: list[dict[str, Any]], own_client: str, *, catalogue: bool = False
) -> Change | None:
    """One Change of the change-log entries (or notifications) made by
    other clients; None when there is none and the catalogue is the same."""
    students: set[int] = set()
    plans: set[int] = set()
    items: set[int] = set()
    for entry in entries:
        if own_client and entry.get("client") == own_client:
            continue
        if entry.get("student_id") is not None:
            students.add(int(entry["student_id"]))
        if entry.get("plan_id") is not None:
            plans.add(int(entry["plan_id"]))
        if entry.get("table") == "plan_item" and entry.get("row_id") is not None:
            items.add(int(entry["row_id"]))
    if not (students or plans or items or catalogue):
        return None
    return Change(
        student_ids=frozenset(students),
        plan_ids=frozenset(plans),
        item_ids=frozenset(items),
        catalogue=catalogue,
        settings=catalogue,
    )
