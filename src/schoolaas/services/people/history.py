"""A student's change history (issue 13): the change log the database
writes (migration 0004, ``change_log``) read per student, worded for the
History dialog, and exported as CSV (formula-escaped, io/csv_cells.py) or
JSON, owner-only (data/private_files.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.data.tables import AcceptanceRow, ChangeLogRow, PlanItemRow, PlanRow, StudentRow
from schoolaas.io.csv_cells import csv_text
from schoolaas.services.errors import InvalidInput, StorageError
from schoolaas.services.premises.buildings import unit
from schoolaas.wording.messages import say

ERASED = {"erased": True}  # the tombstone an erased student's entries carry
# The fields of a change in the order of the table's columns (PostgreSQL's
# jsonb keeps its keys in an order of its own).
_COLUMN_ORDER: dict[str, tuple[str, ...]] = {
    str(model.__tablename__): tuple(model.__table__.columns.keys())  # type: ignore[union-attr]
    for model in (StudentRow, PlanRow, PlanItemRow, AcceptanceRow)
}
_NOT_SHOWN = frozenset({"id", "version", "updated_at", "plan_id", "student_id"})


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One change of a student's data, as the change log holds it."""

    id: int
    at: datetime
    who: str
    table: str  # "student", "plan", "plan_item", "acceptance"
    row_id: int | None
    action: str  # "insert", "update", "delete", "erase"
    student_id: int | None
    plan_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def erased(self) -> bool:
        return self.before == ERASED or self.after == ERASED or self.action == "erase"

    def changed_fields(self) -> list[tuple[str, object, object]]:
        """(field, before, after) of each field an update changed."""
        if self.before is None or self.after is None or self.erased:
            return []
        order = _COLUMN_ORDER.get(self.table, ())
        names = sorted(
            (k for k in self.after if k not in _NOT_SHOWN),
            key=lambda k: (order.index(k) if k in order else len(order), k),
        )
        return [
            (k, self.before.get(k), self.after.get(k))
            for k in names
            if self.before.get(k) != self.after.get(k)
        ]

    def describe(self) -> str:
        """The change in one plain sentence, in the language messages follow."""
        if self.erased:
            return say("Personal data erased.")
        row = self.before if self.before is not None else self.after or {}  # named as it was
        thing = _thing(self.table, row)
        if self.action == "insert":
            return say("{thing} added.", thing=thing)
        if self.action == "delete":
            return say("{thing} removed.", thing=thing)
        fields = "; ".join(
            f"{name} {_shown(old)} → {_shown(new)}" for name, old, new in self.changed_fields()
        )
        return say("{thing} changed: {fields}.", thing=thing, fields=fields)


def _thing(table: str, row: dict[str, Any]) -> str:
    if table == "student":
        name = f"{row.get('first_name', '')} {row.get('last_name', '')}".strip()
        return say("Student {name}", name=name or row.get("number", ""))
    if table == "plan":
        return say("Plan {name}", name=row.get("name", ""))
    if table == "plan_item":
        return say("Course {name}", name=row.get("code", ""))
    return say("Acceptance of {name}", name=row.get("finding_key", ""))


def _shown(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    return str(value)


def _loaded(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def entry_of(row: ChangeLogRow) -> ChangeEntry:
    return ChangeEntry(
        id=row.id or 0,
        at=row.at,
        who=row.who,
        table=row.tab,
        row_id=row.row_id,
        action=row.action,
        student_id=row.student_id,
        plan_id=row.plan_id,
        before=_loaded(row.before),
        after=_loaded(row.after),
    )


def student_history(workspace: HasEngine, student_id: int) -> list[ChangeEntry]:
    """Every logged change of the student's data, oldest first."""
    with unit(workspace) as session:
        query = (
            select(ChangeLogRow)
            .where(ChangeLogRow.student_id == student_id)
            .order_by(col(ChangeLogRow.id))
        )
        return [entry_of(r) for r in session.exec(query).all()]


CSV_HEADER = ("at", "who", "table", "row", "action", "plan", "change", "before", "after")


def history_csv(entries: Iterable[ChangeEntry]) -> str:
    """The entries as CSV text; text a spreadsheet would run is escaped."""
    return csv_text(
        CSV_HEADER,
        (
            (
                e.at.isoformat(sep=" ", timespec="seconds"),
                e.who,
                e.table,
                e.row_id if e.row_id is not None else "",
                e.action,
                e.plan_id if e.plan_id is not None else "",
                e.describe(),
                _json(e.before),
                _json(e.after),
            )
            for e in entries
        ),
    )


def _json(value: object) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def history_records(entries: Iterable[ChangeEntry]) -> list[dict[str, Any]]:
    """The entries as JSON-ready records (also part of a personal-data export)."""
    return [
        {
            "at": e.at.isoformat(timespec="seconds"),
            "who": e.who,
            "table": e.table,
            "row_id": e.row_id,
            "action": e.action,
            "plan_id": e.plan_id,
            "before": e.before,
            "after": e.after,
        }
        for e in entries
    ]


def history_json(entries: Iterable[ChangeEntry]) -> str:
    return json.dumps(history_records(entries), ensure_ascii=False, indent=2) + "\n"


FORMATS = ("csv", "json")


def write_history(path: Path, entries: Sequence[ChangeEntry], fmt: str | None = None) -> Path:
    """The entries written to ``path`` as CSV or JSON (by ``fmt``, else by
    the file's suffix), whole or not at all, owner-only."""
    kind = (fmt or Path(path).suffix.lstrip(".") or "csv").lower()
    if kind not in FORMATS:
        raise InvalidInput("Cannot write the history as {kind!r}; use csv or json.", kind=kind)
    body = history_csv(entries) if kind == "csv" else history_json(entries)
    try:
        return write_file(Path(path), body)
    except OSError as exc:
        raise StorageError(
            "Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
