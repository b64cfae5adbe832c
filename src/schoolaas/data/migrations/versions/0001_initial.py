"""Initial schema: every table of data/tables.py.

Portable types only (String, Integer, Float, Boolean, Date, DateTime, JSON),
so the same revision runs on SQLite and PostgreSQL.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "building",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_building_site"), ["site"], unique=False)

    op.create_table(
        "credit_override",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("op", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "matriculation_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("day", "subject"),
    )
    op.create_table(
        "module",
        sa.Column("curriculum", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("syllabus", sa.String(), nullable=False),
        sa.Column("name_fi", sa.String(), nullable=False),
        sa.Column("name_sv", sa.String(), nullable=False),
        sa.Column("op", sa.Float(), nullable=False),
        sa.Column("compulsory", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("curriculum", "code"),
    )
    op.create_table(
        "offering",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name_fi", sa.String(), nullable=False),
        sa.Column("name_sv", sa.String(), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("op", sa.Float(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("modules", sa.JSON(), nullable=False),
        sa.Column("ects", sa.Float(), nullable=True),
        sa.Column("ects_min", sa.Float(), nullable=True),
        sa.Column("realisation_type", sa.String(), nullable=False),
        sa.Column("school", sa.String(), nullable=True),
        sa.Column("period", sa.String(), nullable=True),
        sa.Column("bar", sa.Integer(), nullable=True),
        sa.Column("prerequisites", sa.JSON(), nullable=False),
        sa.Column("overlaps_with", sa.JSON(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("teachers", sa.JSON(), nullable=False),
        sa.Column("generated_sessions", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("offering", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offering_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_offering_period"), ["period"], unique=False)
        batch_op.create_index(batch_op.f("ix_offering_provider"), ["provider"], unique=False)
        batch_op.create_index(batch_op.f("ix_offering_school"), ["school"], unique=False)

    op.create_table(
        "period",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("school", sa.String(), nullable=True),
        sa.Column("year", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("exam_start", sa.Date(), nullable=True),
        sa.Column("exam_end", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_school"), ["school"], unique=False)
        batch_op.create_index(batch_op.f("ix_period_year"), ["year"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "travel",
        sa.Column("site_a", sa.String(length=40), nullable=False),
        sa.Column("site_b", sa.String(length=40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("site_a", "site_b"),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("building", sa.String(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("accessible", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building"],
            ["building.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("building", "code"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_building"), ["building"], unique=False)

    op.create_table(
        "school",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("building", sa.String(), nullable=False),
        sa.Column("curriculum", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building"],
            ["building.code"],
        ),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "study_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offering", sa.String(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["offering"],
            ["offering.key"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("offering", "key"),
    )
    with op.batch_alter_table("study_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_study_group_offering"), ["offering"], unique=False)

    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("room", sa.String(), nullable=True),
        sa.Column("building", sa.String(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["study_group.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_start"), ["start"], unique=False)

    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("school", sa.String(), nullable=False),
        sa.Column("group", sa.String(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("maths", sa.String(), nullable=False),
        sa.Column("mother_tongue", sa.String(), nullable=False),
        sa.Column("b1_language", sa.String(), nullable=False),
        sa.Column("a_language", sa.String(), nullable=False),
        sa.Column("worldview", sa.String(), nullable=False),
        sa.Column("matriculation", sa.JSON(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["school"],
            ["school.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_school"), ["school"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("student_id", "name"),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_student_id"), ["student_id"], unique=False)

    op.create_table(
        "acceptance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("finding_key", sa.String(length=400), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("why", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "finding_key"),
    )
    with op.batch_alter_table("acceptance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_acceptance_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("offering", sa.String(), nullable=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("grade", sa.String(), nullable=True),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("period", sa.String(), nullable=True),
        sa.Column("op", sa.Float(), nullable=True),
        sa.Column("ects", sa.Float(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["offering"],
            ["offering.key"],
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_item_offering"), ["offering"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_item_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_item_offering"))

    op.drop_table("plan_item")
    with op.batch_alter_table("acceptance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptance_plan_id"))

    op.drop_table("acceptance")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_student_id"))

    op.drop_table("plan")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_school"))

    op.drop_table("student")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_start"))
        batch_op.drop_index(batch_op.f("ix_session_group_id"))

    op.drop_table("session")
    with op.batch_alter_table("study_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_study_group_offering"))

    op.drop_table("study_group")
    op.drop_table("school")
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_building"))

    op.drop_table("room")
    op.drop_table("travel")
    op.drop_table("setting")
    with op.batch_alter_table("period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_year"))
        batch_op.drop_index(batch_op.f("ix_period_school"))

    op.drop_table("period")
    with op.batch_alter_table("offering", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offering_school"))
        batch_op.drop_index(batch_op.f("ix_offering_provider"))
        batch_op.drop_index(batch_op.f("ix_offering_period"))
        batch_op.drop_index(batch_op.f("ix_offering_code"))

    op.drop_table("offering")
    op.drop_table("module")
    op.drop_table("matriculation_day")
    op.drop_table("credit_override")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_building_site"))

    op.drop_table("building")
