"""The change log: who changed what of a student's data, and when.

A table ``change_log`` and triggers on ``student``, ``plan``, ``plan_item``
and ``acceptance`` that write one row per inserted, updated or deleted row
in the same transaction as the change: the table, the row's id, the
student and plan it belongs to, the action, the row before and after as
JSON, when, and who:

- PostgreSQL: ``session_user``, the role that logged in (the trigger
  function is ``SECURITY DEFINER`` so users need no right to write the log
  themselves; ``current_user`` inside it would be the function's owner).
  The same trigger sends ``NOTIFY schoolaas_changes`` with what changed
  (services/live.py listens), and ``client`` is the connection's
  ``application_name`` (the copy of the program that made the change).
- SQLite: the functions ``schoolaas_user()`` (the operating-system user)
  and ``schoolaas_client()``, which data/engine.py registers on every
  connection the program opens.

An update that changes only ``updated_at`` or ``version`` (a plan touched
because one of its items changed) is not logged.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The logged tables and their columns at this revision (JSON columns marked).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "student": (
        "id",
        "number",
        "first_name",
        "last_name",
        "school",
        "group",
        "start_year",
        "maths",
        "mother_tongue",
        "b1_language",
        "a_language",
        "worldview",
        "matriculation:json",
        "archived:bool",
        "updated_at",
        "version",
    ),
    "plan": ("id", "student_id", "name", "active:bool", "updated_at", "version"),
    "plan_item": (
        "id",
        "plan_id",
        "offering",
        "code",
        "provider",
        "status",
        "grade",
        "groups:json",
        "period",
        "op",
        "ects",
        "note",
        "version",
    ),
    "acceptance": ("id", "plan_id", "finding_key", "who", "at", "why", "version"),
}
_NOT_AN_EDIT = ("updated_at", "version")
_ACTIONS = {"INSERT": "insert", "UPDATE": "update", "DELETE": "delete"}


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("client", sa.String(), nullable=False, server_default=""),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("tab", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_log_student_id", "change_log", ["student_id", "id"])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _COLUMNS:
            op.execute(f'DROP TRIGGER IF EXISTS change_log_{table} ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS schoolaas_log_change()")
    else:
        for table in _COLUMNS:
            for action in _ACTIONS.values():
                op.execute(f"DROP TRIGGER IF EXISTS change_log_{table}_{action}")
    op.drop_index("ix_change_log_student_id", table_name="change_log")
    op.drop_table("change_log")


# --- PostgreSQL: one trigger function for the four tables -----------------------

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION schoolaas_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    one_row jsonb := COALESCE(new_row, old_row);
    the_plan integer;
    the_student integer;
    the_client text := COALESCE(current_setting('application_name', true), '');
BEGIN
    IF TG_OP = 'UPDATE'
       AND (old_row - 'updated_at' - 'version') = (new_row - 'updated_at' - 'version') THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'student' THEN
        the_student := (one_row ->> 'id')::integer;
    ELSIF TG_TABLE_NAME = 'plan' THEN
        the_plan := (one_row ->> 'id')::integer;
        the_student := (one_row ->> 'student_id')::integer;
    ELSE
        the_plan := (one_row ->> 'plan_id')::integer;
        SELECT p.student_id INTO the_student FROM plan p WHERE p.id = the_plan;
    END IF;
    INSERT INTO change_log (at, who, client, student_id, plan_id, tab, row_id, action,
                            before, after)
    VALUES (clock_timestamp()::timestamp, session_user, the_client, the_student, the_plan,
            TG_TABLE_NAME, (one_row ->> 'id')::integer, lower(TG_OP),
            old_row::text, new_row::text);
    PERFORM pg_notify('schoolaas_changes', json_build_object(
        'schema', TG_TABLE_SCHEMA, 'table', TG_TABLE_NAME, 'action', lower(TG_OP),
        'row_id', (one_row ->> 'id')::integer, 'plan_id', the_plan,
        'student_id', the_student, 'client', the_client)::text);
    RETURN COALESCE(NEW, OLD);
END
$$
"""


def _postgresql_triggers() -> None:
    op.execute(_PG_FUNCTION)
    for table in _COLUMNS:
        op.execute(
            f'CREATE TRIGGER change_log_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION schoolaas_log_change()"
        )


# --- SQLite: three triggers per table ---------------------------------------------


def _json_object(table: str, alias: str) -> str:
    parts = []
    for spec in _COLUMNS[table]:
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


def _sqlite_triggers() -> None:
    for table, columns in _COLUMNS.items():
        edited = [c.partition(":")[0] for c in columns]
        differs = " OR ".join(
            f'OLD."{c}" IS NOT NEW."{c}"' for c in edited if c not in _NOT_AN_EDIT
        )
        for event, action in _ACTIONS.items():
            alias = "OLD" if event == "DELETE" else "NEW"
            student, plan = _owners(table, alias)
            before = _json_object(table, "OLD") if event != "INSERT" else "NULL"
            after = _json_object(table, "NEW") if event != "DELETE" else "NULL"
            when = f"WHEN {differs} " if event == "UPDATE" else ""
            op.execute(
                f'CREATE TRIGGER change_log_{table}_{action} AFTER {event} ON "{table}" '
                f"FOR EACH ROW {when}BEGIN "
                "INSERT INTO change_log (at, who, client, student_id, plan_id, tab, row_id, "
                "action, before, after) VALUES ("
                "strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'), schoolaas_user(), "
                f"schoolaas_client(), {student}, {plan}, '{table}', {alias}.id, '{action}', "
                f"{before}, {after}); END"
            )
