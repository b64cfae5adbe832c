"""The change log follows ``student.matriculation_sittings`` on SQLite.

Migration 0006 added the column after the change log's triggers (0004)
were made; SQLite's triggers name each column, so a change of the
sittings alone was not logged and no entry held them. The student's three
triggers are made again with the column (data/change_log_triggers.py).
PostgreSQL's trigger function logs the whole row: nothing to do there.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from schoolaas.data.change_log_triggers import drop_sqlite_triggers, sqlite_triggers

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STUDENT_0004 = (
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
)
_STUDENT = (*_STUDENT_0004[:13], "matriculation_sittings:json", *_STUDENT_0004[13:])


def _recreate(columns: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for statement in [*drop_sqlite_triggers("student"), *sqlite_triggers("student", columns)]:
        op.execute(statement)


def upgrade() -> None:
    _recreate(_STUDENT)


def downgrade() -> None:
    _recreate(_STUDENT_0004)
