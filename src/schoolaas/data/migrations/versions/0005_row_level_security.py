"""Who may read and write which rows, held by PostgreSQL (issue 13).

1. ``person``: a login role's kind ("student", "counsellor", "admin") and,
   for a student, which student it is; ``person_school``: the schools a
   counsellor serves. Both dialects have the tables (the schema is the same
   everywhere); only PostgreSQL reads them.
2. PostgreSQL only (a no-op on SQLite, one user's own file):

   - functions that tell the logged-in person's kind, student and schools,
     read by ``session_user`` (the role that logged in; ``SECURITY
     DEFINER``, so they read ``person`` whatever the caller may read);
   - row-level security on every table with personal data: ``student``
     (a student sees their own row, a counsellor the students of their
     schools, an admin all), ``plan`` (of a visible student),
     ``plan_item`` and ``acceptance`` (of a visible plan), ``change_log``
     (of a visible student; a counsellor also reads and tombstones the
     entries of a student no longer there, to erase one), ``person`` and
     ``person_school`` (one's own row; an admin all). A role with no
     ``person`` row sees nothing; the tables' owner (and a superuser) is
     not bound by row-level security, so a database not set up for
     sharing works as before;
   - ``schoolaas_planned_counts``: the seats taken per offering and group
     choice, counted over all students whoever asks (numbers only);
   - a trigger that keeps results in the counsellor's hands: a student
     cannot record or change a grade or a completed/failed course, nor
     add, change or remove an acceptance, except copying one of their own
     into another of their plans (duplicating a plan) and removing such a
     copy.

The roles themselves and the grants to them are not schema: ``CREATE ROLE``
is cluster-wide and needs the CREATEROLE right, which the login that
migrates a database need not have, so ``schoolaas admin init`` makes the
group roles and grants (services/people/sharing.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT"

_FUNCTIONS = (
    f"""CREATE FUNCTION schoolaas_kind() RETURNS text {_DEFINER} AS $$
    SELECT kind FROM person WHERE role_name = session_user $$""",
    f"""CREATE FUNCTION schoolaas_student_id() RETURNS integer {_DEFINER} AS $$
    SELECT student_id FROM person WHERE role_name = session_user AND kind = 'student' $$""",
    f"""CREATE FUNCTION schoolaas_schools() RETURNS text[] {_DEFINER} AS $$
    SELECT COALESCE(array_agg(s.school::text), '{{}}') FROM person p
    JOIN person_school s ON s.role_name = p.role_name
    WHERE p.role_name = session_user AND p.kind = 'counsellor' $$""",
    f"""CREATE FUNCTION schoolaas_student_exists(integer) RETURNS boolean {_DEFINER} AS $$
    SELECT EXISTS (SELECT 1 FROM student WHERE id = $1) $$""",
    # How many active plans take a seat in each offering and group choice:
    # counts of all students, whoever asks (a student's or counsellor's
    # audit of seat limits needs them; no row is shown, only numbers).
    f"""CREATE FUNCTION schoolaas_planned_counts(wanted text[])
    RETURNS TABLE (offering text, groups text, n bigint) {_DEFINER} AS $$
    SELECT i.offering::text, i.groups::text, count(*)
    FROM plan_item i JOIN plan p ON p.id = i.plan_id JOIN student s ON s.id = p.student_id
    WHERE i.offering IS NOT NULL AND i.status IN ('planned', 'enrolled')
      AND p.active AND NOT s.archived AND (wanted IS NULL OR i.offering = ANY (wanted))
    GROUP BY i.offering, i.groups::text $$""",
)

_ERASED = (
    "((SELECT schoolaas_kind()) = 'counsellor' AND student_id IS NOT NULL "
    "AND NOT schoolaas_student_exists(student_id))"
)

# Each function is wrapped in a scalar subquery so PostgreSQL evaluates it
# once per statement (an InitPlan), not once per row.
_ADMIN = "(SELECT schoolaas_kind()) = 'admin'"
_SEES_STUDENT = (
    f"({_ADMIN} OR id = (SELECT schoolaas_student_id()) "
    "OR school IN (SELECT unnest(schoolaas_schools())))"
)
_POLICIES: dict[str, tuple[str, ...]] = {
    "student": (f"CREATE POLICY sees_student ON student USING {_SEES_STUDENT}",),
    "plan": ("CREATE POLICY sees_plan ON plan USING (student_id IN (SELECT id FROM student))",),
    "plan_item": (
        "CREATE POLICY sees_plan_item ON plan_item USING (plan_id IN (SELECT id FROM plan))",
    ),
    "acceptance": (
        "CREATE POLICY sees_acceptance ON acceptance USING (plan_id IN (SELECT id FROM plan))",
    ),
    "change_log": (
        "CREATE POLICY sees_change_log ON change_log FOR SELECT "
        f"USING ({_ADMIN} OR student_id IN (SELECT id FROM student) OR {_ERASED})",
        f"CREATE POLICY admin_change_log ON change_log USING ({_ADMIN})",
        # erasing a student (GDPR): the counsellor tombstones the entries of
        # the student just deleted, never those of a student who is there
        f"CREATE POLICY erase_change_log ON change_log FOR UPDATE USING ({_ERASED}) "
        f"WITH CHECK ({_ERASED})",
    ),
    "person": (
        "CREATE POLICY own_person ON person FOR SELECT USING (role_name = session_user)",
        f"CREATE POLICY admin_person ON person USING ({_ADMIN})",
    ),
    "person_school": (
        "CREATE POLICY own_school ON person_school FOR SELECT USING (role_name = session_user)",
        f"CREATE POLICY admin_school ON person_school USING ({_ADMIN})",
    ),
}

_RESULT = "('completed', 'failed')"

# A student's copy of a result: an item of another of their own plans with
# the same course, status, grade and credits.
_ITEM_GUARD = f"""
CREATE FUNCTION schoolaas_guard_item() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    me integer;
    row_ plan_item := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    IF schoolaas_kind() IS DISTINCT FROM 'student' THEN
        RETURN row_;
    END IF;
    me := schoolaas_student_id();
    IF TG_OP <> 'INSERT' AND (OLD.status IN {_RESULT} OR OLD.grade IS NOT NULL) THEN
        IF TG_OP = 'UPDATE' AND (NEW.plan_id, NEW.code, NEW.offering, NEW.status, NEW.grade,
                                 NEW.op, NEW.ects)
           IS NOT DISTINCT FROM (OLD.plan_id, OLD.code, OLD.offering, OLD.status, OLD.grade,
                                 OLD.op, OLD.ects) THEN
            RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' AND EXISTS (
            SELECT 1 FROM plan_item o JOIN plan p ON p.id = o.plan_id
            WHERE p.student_id = me AND o.id <> OLD.id AND o.plan_id <> OLD.plan_id
              AND o.code = OLD.code AND o.status = OLD.status
              AND o.grade IS NOT DISTINCT FROM OLD.grade) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'a student cannot change or remove the result of course %', OLD.code
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP <> 'DELETE' AND (NEW.status IN {_RESULT} OR NEW.grade IS NOT NULL) THEN
        IF TG_OP = 'INSERT' AND EXISTS (
            SELECT 1 FROM plan_item o JOIN plan p ON p.id = o.plan_id
            WHERE p.student_id = me AND o.plan_id <> NEW.plan_id
              AND o.code = NEW.code AND o.status = NEW.status
              AND o.grade IS NOT DISTINCT FROM NEW.grade
              AND o.op IS NOT DISTINCT FROM NEW.op AND o.ects IS NOT DISTINCT FROM NEW.ects)
           AND NOT EXISTS (
            SELECT 1 FROM plan_item o WHERE o.plan_id = NEW.plan_id AND o.code = NEW.code
              AND (o.status IN {_RESULT} OR o.grade IS NOT NULL)) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a student cannot record a grade or a result of course %', NEW.code
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN row_;
END
$$
"""

_ACCEPTANCE_GUARD = """
CREATE FUNCTION schoolaas_guard_acceptance() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    me integer;
    row_ acceptance := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    IF schoolaas_kind() IS DISTINCT FROM 'student' THEN
        RETURN row_;
    END IF;
    me := schoolaas_student_id();
    IF TG_OP <> 'UPDATE' AND EXISTS (
        SELECT 1 FROM acceptance o JOIN plan p ON p.id = o.plan_id
        WHERE p.student_id = me AND o.id <> row_.id AND o.plan_id <> row_.plan_id
          AND o.finding_key = row_.finding_key AND o.who = row_.who AND o.why = row_.why) THEN
        RETURN row_;
    END IF;
    RAISE EXCEPTION 'a student cannot accept a finding or change an acceptance'
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("role_name"),
        sa.UniqueConstraint("student_id"),
    )
    op.create_table(
        "person_school",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("school", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["role_name"], ["person.role_name"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["school"], ["school.code"]),
        sa.PrimaryKeyConstraint("role_name", "school"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in (*_FUNCTIONS, _ITEM_GUARD, _ACCEPTANCE_GUARD):
        op.execute(function)
    for table, policies in _POLICIES.items():
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        for policy in policies:
            op.execute(policy)
    for table in ("plan_item", "acceptance"):
        op.execute(
            f'CREATE TRIGGER student_guard_{table} BEFORE INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION schoolaas_guard_{table.replace('plan_', '')}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("plan_item", "acceptance"):
            op.execute(f'DROP TRIGGER IF EXISTS student_guard_{table} ON "{table}"')
        for table, policies in _POLICIES.items():
            for policy in policies:
                name = policy.split()[2]
                op.execute(f'DROP POLICY IF EXISTS {name} ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        for name in (
            "schoolaas_guard_acceptance()",
            "schoolaas_guard_item()",
            "schoolaas_planned_counts(text[])",
            "schoolaas_student_exists(integer)",
            "schoolaas_schools()",
            "schoolaas_student_id()",
            "schoolaas_kind()",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {name}")
    op.drop_table("person_school")
    op.drop_table("person")
