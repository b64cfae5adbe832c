"""The school's own curriculum and the students' matriculation sittings
(issue 12).

1. ``local_course``: a school's local courses (school-specific code,
   subject, names, op, which may be unset while incomplete, and the Aalto
   course a local course wraps, if any).
2. ``student.matriculation_sittings``: subject -> sitting ("2027-autumn")
   of the subjects a student writes; ``{}`` for existing students (their
   subjects count in every sitting, as before).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "local_course",
        sa.Column("school", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.Column("name_fi", sa.String(), nullable=False),
        sa.Column("name_sv", sa.String(), nullable=False),
        sa.Column("op", sa.Float(), nullable=True),
        sa.Column("wraps", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(["school"], ["school.code"]),
        sa.PrimaryKeyConstraint("school", "code"),
    )
    # plain ADD COLUMN (SQLite does it in place; the constant default fills
    # the existing rows)
    op.add_column(
        "student",
        sa.Column(
            "matriculation_sittings", sa.JSON(), nullable=False, server_default=sa.text("'{}'")
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_column("matriculation_sittings")
    op.drop_table("local_course")
