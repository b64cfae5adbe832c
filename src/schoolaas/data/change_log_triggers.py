"""The SQL of the change log's SQLite triggers (migration 0004), for the
migrations that add a column to a logged table: SQLite has no way to turn
a whole row into JSON, so its triggers name each column, and a migration
that adds one recreates the table's triggers with the new list (PostgreSQL's
trigger function logs ``to_jsonb`` of the row: nothing to do there). Each
migration passes the columns as they are at its revision."""

from __future__ import annotations

from collections.abc import Sequence

ACTIONS = {"INSERT": "insert", "UPDATE": "update", "DELETE": "delete"}
NOT_AN_EDIT = ("updated_at", "version")


def _json_object(columns: Sequence[str], alias: str) -> str:
    parts = []
    for spec in columns:
        name, _, kind = spec.partition(":")
        value = f'{alias}."{name}"'
        if kind == "json":
            value = f"json({value})"
        elif kind == "bool":
            value = f"json(CASE WHEN {value} THEN 'true' ELSE 'false' END)"
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


def _owners(table: str, alias: str) -> tuple[str, str]:
    """SQL of the (student id, plan id) a row of ``table`` belongs to."""
    if table == "student":
        return f"{alias}.id", "NULL"
    if table == "plan":
        return f"{alias}.student_id", f"{alias}.id"
    return f"(SELECT p.student_id FROM plan p WHERE p.id = {alias}.plan_id)", f"{alias}.plan_id"


def drop_sqlite_triggers(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS change_log_{table}_{a}" for a in ACTIONS.values()]


def sqlite_triggers(table: str, columns: Sequence[str]) -> list[str]:
    """CREATE TRIGGER statements logging inserts, updates and deletes of
    ``table``; ``columns`` as ``name``, ``name:json`` or ``name:bool``."""
    edited = [c.partition(":")[0] for c in columns]
    differs = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in edited if c not in NOT_AN_EDIT)
    statements = []
    for event, action in ACTIONS.items():
        alias = "OLD" if event == "DELETE" else "NEW"
        student, plan = _owners(table, alias)
        before = _json_object(columns, "OLD") if event != "INSERT" else "NULL"
        after = _json_object(columns, "NEW") if event != "DELETE" else "NULL"
        when = f"WHEN {differs} " if event == "UPDATE" else ""
        statements.append(
            f'CREATE TRIGGER change_log_{table}_{action} AFTER {event} ON "{table}" '
            f"FOR EACH ROW {when}BEGIN "
            "INSERT INTO change_log (at, who, client, student_id, plan_id, tab, row_id, "
            "action, before, after) VALUES ("
            "strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'), schoolaas_user(), "
            f"schoolaas_client(), {student}, {plan}, '{table}', {alias}.id, '{action}', "
            f"{before}, {after}); END"
        )
    return statements
