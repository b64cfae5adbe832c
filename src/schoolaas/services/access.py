"""Who is using the app: a student, a counsellor or an admin (issue 13).

On a shared PostgreSQL server every person logs in with their own database
role; the mapping table ``person`` (written by ``schoolaas admin``) tells
which kind the role is, which student it is and which schools a counsellor
serves. The database enforces it (row-level security keyed on
``current_user``); the app reads the same mapping only to open in the mode
the login allows. An offline SQLite file is the counsellor's own copy
unless its setting ``student_mode`` names the student the copy belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

Kind = Literal["student", "counsellor", "admin"]
KINDS: tuple[Kind, ...] = ("student", "counsellor", "admin")

STUDENT_MODE_SETTING = "student_mode"  # SQLite: the student number this copy belongs to


@dataclass(frozen=True)
class Access:
    """The person using the app, as the database login tells.

    ``student_id`` is the student's own id when ``kind`` is "student";
    ``role`` the database role logged in ("" on SQLite); ``schools`` the
    schools a counsellor serves, None for every school (an admin, the
    owner of the database, an offline copy)."""

    kind: Kind
    role: str = ""
    student_id: int | None = None
    schools: tuple[str, ...] | None = None

    @property
    def is_student(self) -> bool:
        return self.kind == "student"

    @property
    def sees_overview(self) -> bool:
        """Whether the students' overview (other students) is shown."""
        return self.kind != "student"

    @property
    def may_accept(self) -> bool:
        """Accepting findings, recording grades and completed courses."""
        return self.kind != "student"

    @property
    def may_administer(self) -> bool:
        """School set-up, imports and user management (the admin window)."""
        return self.kind == "admin"


COUNSELLOR = Access("counsellor")  # an offline copy, the default


def access_of(session: Session) -> Access:
    """Who the session's login is: the mapping table on PostgreSQL, the
    ``student_mode`` setting on SQLite."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        return _postgres_access(session)
    return _offline_access(session)


def _offline_access(session: Session) -> Access:
    number = session.execute(
        text("SELECT value FROM setting WHERE key = :key"), {"key": STUDENT_MODE_SETTING}
    ).scalar_one_or_none()
    if not number or not number.strip():
        return COUNSELLOR
    student_id = session.execute(
        text("SELECT id FROM student WHERE number = :number"), {"number": number.strip()}
    ).scalar_one_or_none()
    return Access("student", student_id=student_id)


def _postgres_access(session: Session) -> Access:
    role = str(session.execute(text("SELECT current_user")).scalar_one())
    found = _mapped(session, role)
    if found is not None:
        return found
    # Not a person of the sharing set-up: the database's owner or a
    # superuser (a database not set up for sharing, or the admin who set
    # it up) sees everything; any other login is refused rows by the
    # database's policies and shown as a counsellor of no school.
    if _is_owner(session, role):
        return Access("admin", role=role)
    return Access("counsellor", role=role, schools=())


def _mapped(session: Session, role: str) -> Access | None:
    try:
        with session.begin_nested():
            row = session.execute(
                text("SELECT kind, student_id FROM person WHERE role_name = :role"),
                {"role": role},
            ).one_or_none()
            if row is None:
                return None
            schools = session.execute(
                text("SELECT school FROM person_school WHERE role_name = :role ORDER BY school"),
                {"role": role},
            ).scalars()
            school_codes = tuple(str(s) for s in schools)
    except DBAPIError:  # no mapping table (not migrated yet) or no right to read it
        return None
    kind = str(row.kind)
    if kind not in KINDS:
        return Access("counsellor", role=role, schools=())
    if kind == "student":
        return Access("student", role=role, student_id=row.student_id)
    if kind == "admin":
        return Access("admin", role=role)
    return Access("counsellor", role=role, schools=school_codes)


def _is_owner(session: Session, role: str) -> bool:
    """A superuser, or the owner of the planner's tables (who is not bound
    by row-level security)."""
    return bool(
        session.execute(
            text(
                "SELECT r.rolsuper OR EXISTS ("
                "  SELECT 1 FROM pg_tables t"
                "  WHERE t.tablename = 'student' AND t.schemaname = current_schema()"
                "  AND t.tableowner = r.rolname)"
                " FROM pg_roles r WHERE r.rolname = :role"
            ),
            {"role": role},
        ).scalar_one_or_none()
    )
