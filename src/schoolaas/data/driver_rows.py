"""Reading many rows without SQLAlchemy's work per row: driver_rows (the
database driver's own tuples, a batch at a time, streamed from a
server-side cursor on PostgreSQL) and plan items as read-only ItemRecords
(item_records_where: what repositories.item_records and
active_item_records give). Like the repositories, each takes the caller's
``session``."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from sqlalchemy import Select, String, cast
from sqlalchemy import select as sa_select
from sqlmodel import Session

from schoolaas.data.tables import PlanItemRow


class ItemRecord(NamedTuple):
    """A plan item's columns, read-only (attribute names as on PlanItemRow)."""

    id: int | None
    plan_id: int
    offering: str | None
    code: str
    provider: str
    status: str
    grade: str | None
    groups: list[str]
    period: str | None
    op: float | None
    ects: float | None
    note: str


def item_records_where(where: Any, session: Session) -> list[ItemRecord]:
    """Plan items matching ``where`` as ItemRecords, ordered by plan and id
    (all kept: read in one go, not streamed; on PostgreSQL a server-side
    cursor took some 0.1 s more of the server and of the wall clock for the
    440,000 items of espoo).
    Equal group lists are parsed once and shared: the records are read-only.
    The group lists come as JSON text on every database (a CAST: psycopg
    would parse PostgreSQL's json itself, once per row, a list each)."""
    table = PlanItemRow.__table__  # type: ignore[attr-defined]
    columns = [
        cast(table.c.groups, String) if name == "groups" else table.c[name]
        for name in ItemRecord._fields
    ]
    query = sa_select(*columns).where(where).order_by(table.c.plan_id, table.c.id)
    at = ItemRecord._fields.index("groups")
    parsed: dict[Any, list[str]] = {}
    make = ItemRecord._make
    out: list[ItemRecord] = []
    append = out.append
    for row in driver_rows(query, session=session):
        values = list(row)
        raw = values[at]
        groups = parsed.get(raw) if raw.__class__ is str else None
        if groups is None:
            # JSON text (SQLite; parsed once per distinct text) or a list
            # from drivers that parse JSON themselves
            groups = list(json.loads(raw) if isinstance(raw, str) else raw or ())
            if raw.__class__ is str:
                parsed[raw] = groups
        values[at] = groups  # records with equal choices share one list: read-only
        append(make(values))
    return out


_CURSOR_NUMBERS = itertools.count(1)
DRIVER_BATCH = 10_000  # rows per fetch (a round trip on PostgreSQL)


def driver_rows(
    query: Select[*tuple[Any, ...]], *, session: Session, stream: bool = False
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples of what the database driver
    reads (no SQLAlchemy Row and no result conversion per row, which cost
    more CPU than the driver's own reading: the 450,000 sessions of espoo
    took 0.8-1.1 s on PostgreSQL and 1.1 s on SQLite through SQLAlchemy's
    rows, 0.3-0.4 s and 0.7-0.85 s so), fetched a batch at a time.

    The query runs on the session's own connection, in its transaction and
    as its login, so row-level security limits it as any other query. With
    ``stream`` (many rows) it runs on PostgreSQL in a server-side cursor, the
    rows not all held by the client at once (two more round trips: not for a
    few rows); SQLite's cursor reads as it is fetched from anyway.

    Only for queries whose columns the driver already gives as wanted (ints,
    floats, texts; JSON CAST to text; times as the caller expects them from
    each driver) and whose parameters need no conversion (ints, texts)."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    arguments: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    if stream and dialect.driver in ("psycopg", "psycopg2"):  # a named cursor: server-side
        cursor = connection.connection.cursor(f"schoolaas_rows_{next(_CURSOR_NUMBERS)}")
    else:
        cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), arguments)
        while rows := cursor.fetchmany(DRIVER_BATCH):
            yield from rows
    finally:
        cursor.close()
