"""A shared PostgreSQL database set up for sharing (issue 13): the three
group roles, what each may do, and one login role per person.

Row-level security (who sees which rows) is schema and comes with the
migrations (0005_row_level_security); roles are cluster-wide and creating
them needs the CREATEROLE right, so they are made here, by ``schoolaas
admin init``, run by the owner of the tables (who granted nothing to
anybody before). Everything here is one transaction: a batch of students
either all get their logins or none does.

Grants, by kind (row-level security narrows each to the rows):

=============  ==============================================================
student        reads the catalogue, calendars and premises; reads their own
               student row; reads and edits their own plans and items
               (a trigger refuses grades, results and acceptances)
counsellor     reads the catalogue; reads and edits the students, plans,
               items and acceptances of their own schools
admin          everything, and user management (CREATEROLE)
=============  ==============================================================

Passwords are never sent to the server as text: libpq hashes them
(SCRAM-SHA-256) on the client, so no server log can show them."""

from __future__ import annotations

import csv
import io
import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from schoolaas.data.schema import migrate
from schoolaas.data.url import engine_url
from schoolaas.services.access import KINDS, Kind
from schoolaas.services.errors import InvalidInput, NotFound, StorageError

GROUPS: dict[Kind, str] = {
    "student": "schoolaas_student",
    "counsellor": "schoolaas_counsellor",
    "admin": "schoolaas_admin",
}

# Every table of the schema is in exactly one of these (tests/services/
# test_sharing_tables.py fails when a new table is not): a new table with
# personal data needs a row-level security policy in a migration first.
PERSONAL = ("student", "plan", "plan_item", "acceptance", "change_log", "person", "person_school")
CATALOGUE = (
    "building",
    "room",
    "travel",
    "school",
    "period",
    "matriculation_day",
    "module",
    "offering",
    "study_group",
    "session",
    "credit_override",
    "setting",
    "school_year",
    "holiday",
    "lesson_pattern",
    "local_course",
)
_PLANS = ("plan", "plan_item", "acceptance")

ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{1,62}$")


@dataclass(frozen=True)
class Person:
    """One login of the shared database, as ``schoolaas admin list`` shows."""

    role: str
    kind: str
    name: str
    student_number: str | None
    schools: tuple[str, ...]
    can_log_in: bool


def _grants(schema: str, tables: set[str]) -> list[str]:
    student, counsellor, admin = GROUPS["student"], GROUPS["counsellor"], GROUPS["admin"]
    everyone = f"{student}, {counsellor}, {admin}"
    catalogue = ", ".join(f'"{t}"' for t in CATALOGUE if t in tables)
    sql = [
        f'GRANT USAGE ON SCHEMA "{schema}" TO {everyone}',
        f"GRANT SELECT ON alembic_version, {catalogue} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {catalogue} TO {admin}",
        # student: their own row (only its updated_at: a plan edit touches it)
        f"GRANT SELECT, UPDATE (updated_at) ON student TO {student}",
        f"GRANT SELECT, INSERT, DELETE, UPDATE (name, active, updated_at, version) "
        f"ON plan TO {student}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON plan_item TO {student}",
        f"GRANT SELECT, INSERT, DELETE ON acceptance TO {student}",
        f"GRANT SELECT ON change_log, person, person_school TO {student}, {counsellor}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON student, plan, plan_item, acceptance "
        f"TO {counsellor}, {admin}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON change_log, person, person_school TO {admin}",
        # erasing a student: the entries about them become tombstones
        f"GRANT UPDATE (who, action, before, after) ON change_log TO {counsellor}",
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {counsellor}, {admin}',
    ]
    sql += [f"GRANT USAGE, SELECT ON SEQUENCE {t}_id_seq TO {student}" for t in _PLANS]
    return sql


def connect(url: str, password: str | None = None) -> Engine:
    """An engine for user management on ``url``. The password comes from
    libpq's own places (``~/.pgpass``, ``PGPASSWORD``, a service file) or
    from ``password`` (asked at a prompt), never from the URL: a URL given
    on a command line is visible to every user of the machine (``ps``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput("{url!r} is not a database URL.", url=url) from None
    if parsed.password is not None:
        raise InvalidInput(
            "Do not put a password in the database URL (anyone on the machine can read a "
            "command line): use ~/.pgpass, PGPASSWORD or a service file, or let the program "
            "ask for it."
        )
    if not parsed.drivername.startswith("postgresql"):
        raise InvalidInput(
            "Logins and rights are for a shared PostgreSQL database; "
            "{where} is one person's own file.",
            where=parsed.database or url,
        )
    args = {"password": password} if password is not None else {}
    return create_engine(engine_url(url), connect_args=args)


def needs_password(engine: Engine) -> bool:
    """True when the server asks for a password libpq did not find."""
    try:
        with engine.connect():
            return False
    except OperationalError as exc:
        reason = str(exc.orig).lower()
        return "password" in reason and ("no password" in reason or "authentication" in reason)


def read_student_rows(path: Path) -> list[tuple[int, str, str]]:
    """The rows of a students' CSV file: a header with ``number`` (the
    student number) and optionally ``login``; (line, number, login)."""
    try:
        body = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidInput(
            "Cannot read {path}: {reason}.", path=path, reason=exc.strerror
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput("{path} is not UTF-8 text.", path=path) from None
    reader = csv.DictReader(io.StringIO(body))
    fields = [f.strip().lower() for f in reader.fieldnames or ()]
    if "number" not in fields:
        raise InvalidInput(
            "{path}: the first line must name the columns: number (and login).", path=path
        )
    reader.fieldnames = fields
    rows = []
    for line, row in enumerate(reader, start=2):
        number = (row.get("number") or "").strip()
        if not number:
            raise InvalidInput(
                "{path} line {line}: the student number is empty.", path=path, line=line
            )
        rows.append((line, number, (row.get("login") or "").strip()))
    if not rows:
        raise InvalidInput("{path} names no students.", path=path)
    return rows


def init_sharing(engine: Engine) -> list[str]:
    """Make the group roles (those missing) and grant each kind what it may
    do on this database's tables; returns what was done, for the admin.
    Run again after an upgrade that adds tables. Needs the owner of the
    tables with the CREATEROLE right (or a superuser)."""
    done: list[str] = []
    if engine.dialect.name == "postgresql":
        try:
            migrate(engine)
        except DBAPIError as exc:
            raise StorageError("The database refused: {reason}", reason=_reason(exc)) from None
    with _admin_transaction(engine) as conn:
        schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
        tables = set(
            conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"),
                {"schema": schema},
            ).scalars()
        )
        missing = [t for t in PERSONAL if t not in tables]
        if missing:
            raise InvalidInput(
                "The database {where} has no table {table}: open it with the planner "
                "once (it brings the tables up to date), then set it up for sharing.",
                where=engine.url.database or "",
                table=missing[0],
            )
        for kind, group in GROUPS.items():
            if not _role_exists(conn, group):
                conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
                done.append(f"created group role {group} ({kind})")
        for statement in _grants(schema, tables):
            conn.execute(text(statement))
        done.append(f"granted each kind its rights on schema {schema}")
    return done


def add_counsellor(
    engine: Engine, role: str, password: str, *, schools: Sequence[str], name: str = ""
) -> None:
    """A counsellor's login, reading and editing the students of ``schools``."""
    codes = tuple(dict.fromkeys(s.strip() for s in schools if s.strip()))
    if not codes:
        raise InvalidInput("Give the schools the counsellor {role} serves.", role=role)
    with _admin_transaction(engine) as conn:
        known = set(conn.execute(text("SELECT code FROM school")).scalars())
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise NotFound("There is no school {school}.", school=", ".join(unknown))
        _create_login(conn, role, password, "counsellor", name=name)
        for code in codes:
            conn.execute(
                text("INSERT INTO person_school (role_name, school) VALUES (:role, :school)"),
                {"role": role, "school": code},
            )


def add_admin(engine: Engine, role: str, password: str, *, name: str = "") -> None:
    """An admin's login: school set-up, imports and user management."""
    with _admin_transaction(engine) as conn:
        _create_login(conn, role, password, "admin", name=name)


@dataclass(frozen=True)
class NewStudentLogin:
    role: str
    student_number: str
    password: str


def student_login_name(number: str) -> str:
    """The login a student gets by default: their student number in lower
    case, other characters than letters and digits as "_" ("OTA-1001" ->
    "ota_1001")."""
    name = re.sub(r"[^a-z0-9]+", "_", number.strip().lower()).strip("_")
    return name if name[:1].isalpha() else f"s_{name}"


def add_students(engine: Engine, rows: Iterable[tuple[int, str, str]]) -> list[NewStudentLogin]:
    """Logins for students of the database: (line, student number, login
    name or "" for the default). Each gets a new random password (returned
    once, for the admin to hand over). All or nothing: a bad line stops the
    batch with its line number and makes no login."""
    made: list[NewStudentLogin] = []
    with _admin_transaction(engine) as conn:
        for line, number, login in rows:
            student = conn.execute(
                text("SELECT id, first_name, last_name FROM student WHERE number = :number"),
                {"number": number.strip()},
            ).one_or_none()
            if student is None:
                raise NotFound(
                    "Line {line}: there is no student with the number {number!r}.",
                    line=line,
                    number=number,
                )
            role = login.strip() or student_login_name(number)
            password = new_password()
            try:
                _create_login(
                    conn,
                    role,
                    password,
                    "student",
                    name=f"{student.first_name} {student.last_name}",
                    student_id=student.id,
                )
            except (InvalidInput, NotFound) as exc:
                raise InvalidInput("Line {line}: {reason}", line=line, reason=str(exc)) from None
            made.append(NewStudentLogin(role, number.strip(), password))
    return made


def new_password() -> str:
    """A random password a person can type (about 100 bits)."""
    return "-".join(secrets.token_urlsafe(6) for _ in range(3))


def reset_password(engine: Engine, role: str, password: str) -> None:
    with _admin_transaction(engine) as conn:
        _need_person(conn, role)
        _check_password(password)
        conn.exec_driver_sql(
            f"ALTER ROLE {_quoted(role)} PASSWORD '{_hashed(conn, role, password)}'"
        )


def remove_person(engine: Engine, role: str) -> None:
    """The person's login role and mapping go; their data (a student's
    plans) stays, for a counsellor to keep or erase."""
    with _admin_transaction(engine) as conn:
        _need_person(conn, role)
        conn.execute(text("DELETE FROM person WHERE role_name = :role"), {"role": role})
        conn.execute(text(f"DROP ROLE {_quoted(role)}"))


def people(engine: Engine) -> list[Person]:
    """Everyone with a login, by kind and name."""
    with _admin_transaction(engine) as conn:
        rows = conn.execute(
            text(
                "SELECT p.role_name, p.kind, p.name, s.number, "
                "  COALESCE((SELECT string_agg(ps.school, ',' ORDER BY ps.school) "
                "            FROM person_school ps WHERE ps.role_name = p.role_name), ''), "
                "  COALESCE(r.rolcanlogin, false) "
                "FROM person p LEFT JOIN student s ON s.id = p.student_id "
                "LEFT JOIN pg_roles r ON r.rolname = p.role_name "
                "ORDER BY p.kind, p.name, p.role_name"
            )
        ).all()
    return [
        Person(r[0], r[1], r[2], r[3], tuple(x for x in r[4].split(",") if x), bool(r[5]))
        for r in rows
    ]


# --- helpers ---------------------------------------------------------------------


@contextmanager
def _admin_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction of user management on a PostgreSQL database; what
    the database refuses comes out as StorageError with its reason."""
    if engine.dialect.name != "postgresql":
        raise InvalidInput(
            "Logins and rights are for a shared PostgreSQL database; "
            "{where} is one person's own file.",
            where=engine.url.database or "",
        )
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        raise StorageError("The database refused: {reason}", reason=_reason(exc)) from None


def _reason(exc: DBAPIError) -> str:
    original = exc.orig
    return str(original).strip().splitlines()[0] if original is not None else str(exc)


def _role_exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role})
    return found.first() is not None


def _need_person(conn: Connection, role: str) -> None:
    found = conn.execute(text("SELECT 1 FROM person WHERE role_name = :role"), {"role": role})
    if found.first() is None:
        raise NotFound("There is no person with the login {role!r}.", role=role)


def _check_role_name(role: str) -> None:
    if not ROLE_NAME.match(role) or role.startswith("pg_") or role in GROUPS.values():
        raise InvalidInput(
            "{role!r} cannot be a login: use 2 to 63 lower-case letters, digits and "
            "underscores, starting with a letter.",
            role=role,
        )


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise InvalidInput("A password needs at least 8 characters.")


def _quoted(role: str) -> str:
    _check_role_name(role)
    return f'"{role}"'


def _hashed(conn: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` made by libpq on this
    side (psycopg's PGconn.encrypt_password): the text never reaches the
    server. Its characters are base64 and ``$:``, safe in a literal."""
    dbapi = conn.connection.dbapi_connection
    pgconn = dbapi.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    value = bytes(verifier).decode("ascii")
    if "'" in value or "\\" in value:  # never: base64 and $: only
        raise StorageError("The database refused: {reason}", reason="bad password hash")
    return value


def _create_login(
    conn: Connection,
    role: str,
    password: str,
    kind: Kind,
    *,
    name: str = "",
    student_id: int | None = None,
) -> None:
    if kind not in KINDS:
        raise InvalidInput("{kind!r} is not a kind of person.", kind=kind)
    quoted = _quoted(role)
    _check_password(password)
    if _role_exists(conn, role):
        raise InvalidInput("The login {role!r} exists already.", role=role)
    if student_id is not None:
        taken = conn.execute(
            text("SELECT role_name FROM person WHERE student_id = :id"), {"id": student_id}
        ).scalar_one_or_none()
        if taken is not None:
            raise InvalidInput("The student has a login already: {role!r}.", role=taken)
    extra = " CREATEROLE" if kind == "admin" else ""
    conn.exec_driver_sql(  # not text(): the verifier's ":" would read as parameters
        f"CREATE ROLE {quoted} LOGIN{extra} PASSWORD '{_hashed(conn, role, password)}' "
        f"IN ROLE {GROUPS[kind]}"
    )
    if kind == "admin" and int(str(conn.execute(text("SHOW server_version_num")).scalar())) >= (
        160000
    ):  # PostgreSQL 16: granting a group needs its ADMIN OPTION
        groups = f"{GROUPS['student']}, {GROUPS['counsellor']}, {GROUPS['admin']}"
        conn.execute(text(f"GRANT {groups} TO {quoted} WITH ADMIN OPTION"))
    conn.execute(
        text(
            "INSERT INTO person (role_name, kind, student_id, name) "
            "VALUES (:role, :kind, :student_id, :name)"
        ),
        {"role": role, "kind": kind, "student_id": student_id, "name": name.strip()},
    )
