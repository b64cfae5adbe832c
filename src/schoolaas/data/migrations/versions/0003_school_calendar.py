"""The school's calendar: school years, holidays and weekly lesson patterns.

1. ``school_year``: a school's academic year with its first and last day;
   filled for existing databases from the school periods (first start, last
   end of each school and year).
2. ``holiday``: named ranges or single days without lessons per school
   (autumn break, Christmas, winter break, Easter, no-teaching days).
3. ``lesson_pattern``: the weekly lesson times of a school group, so its
   dated lessons can be expanded again when the calendar changes. Existing
   groups have none (their lessons stay as they are).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "school_year",
        sa.Column("school", sa.String(length=20), nullable=False),
        sa.Column("year", sa.String(length=10), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["school"], ["school.code"]),
        sa.PrimaryKeyConstraint("school", "year"),
    )
    op.create_table(
        "holiday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["school"], ["school.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("school", "start", "name"),
    )
    op.create_index(op.f("ix_holiday_school"), "holiday", ["school"], unique=False)
    op.create_table(
        "lesson_pattern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("room", sa.String(length=60), nullable=True),
        sa.Column("building", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["group_id"], ["study_group.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_lesson_pattern_group_id"), "lesson_pattern", ["group_id"], unique=False
    )
    _fill_school_years()


def _fill_school_years() -> None:
    """One school year per school and year of the existing school periods."""
    op.execute(
        sa.text(
            'INSERT INTO school_year (school, year, start, "end") '
            'SELECT p.school, p.year, MIN(p.start), MAX(p."end") FROM period p '
            "JOIN school s ON s.code = p.school "
            "GROUP BY p.school, p.year"
        )
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_lesson_pattern_group_id"), table_name="lesson_pattern")
    op.drop_table("lesson_pattern")
    op.drop_index(op.f("ix_holiday_school"), table_name="holiday")
    op.drop_table("holiday")
    op.drop_table("school_year")
