"""One active plan per student, held by the database, and row versions.

1. Repair: a student with more than one active plan keeps the newest
   (latest ``updated_at``, then highest id) active; the others are made
   inactive (none is deleted). Two overlapping "set active plan" calls
   before this revision could leave such a pair.
2. A partial unique index ``uq_plan_one_active`` on ``plan(student_id)
   WHERE active`` (SQLite and PostgreSQL both have partial indexes).
3. A ``version`` column (1 for existing rows) on the edited tables
   (student, plan, plan_item, acceptance): SQLAlchemy's ``version_id_col``
   compares it in every UPDATE, so an edit from a stale view is refused.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VERSIONED = ("student", "plan", "plan_item", "acceptance")


def _repair_active_plans() -> None:
    """Keep the newest active plan of each student active, no other."""
    plan = sa.table(
        "plan",
        sa.column("id", sa.Integer),
        sa.column("student_id", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("updated_at", sa.DateTime),
    )
    newest = plan.alias("newest")
    keep = (
        sa.select(newest.c.id)
        .where(newest.c.student_id == plan.c.student_id, newest.c.active == sa.true())
        .order_by(newest.c.updated_at.desc(), newest.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    op.execute(
        plan.update().where(plan.c.active == sa.true(), plan.c.id != keep).values(active=sa.false())
    )


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN and CREATE INDEX (no batch mode): SQLite
    # does both in place, so the tables are not copied, dropped and renamed.
    _repair_active_plans()
    op.create_index(
        "uq_plan_one_active",
        "plan",
        ["student_id"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )
    for table in _VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(_VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    op.drop_index("uq_plan_one_active", table_name="plan")
