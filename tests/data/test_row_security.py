"""Who may do what on the shared PostgreSQL database, held by the database
itself (issue 13): each test connects as a REAL login role that neither
owns the tables nor is a superuser (both would bypass row-level security)
and writes SQL by hand, as a student with the URL and psql could.

Table by table, another student's rows are invisible and unwritable; a
student cannot record a grade, a result or an acceptance; a counsellor
sees and edits only the students of their own schools. Skipped without
SCHOOLAAS_TEST_PG_URL (CI sets it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sharing_fixtures import Shared, shared_database
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import schoolaas.data.tables  # noqa: F401  (registers the tables)
from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import NotAllowed, PlannerError
from schoolaas.services.people import personal_data, sharing
from schoolaas.services.workspace import Workspace

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def shared() -> Iterator[Shared]:
    yield from shared_database()


@pytest.fixture(scope="module")
def results(shared: Shared) -> Shared:
    """Aino's MAA6 completed with a 9 and a finding of her plan accepted,
    recorded by the owner; Eero has an item and an acceptance too."""
    engine = shared.engine(shared.ota_counsellor)
    tiny = shared.tiny
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE plan_item SET status = 'completed', grade = '9' WHERE id = :id"),
            {"id": tiny.maa6_item},
        )
        conn.execute(
            text(
                "INSERT INTO acceptance (plan_id, finding_key, who, at, why) "
                "VALUES (:plan, 'overlap:x', 'Counsellor', now(), 'agreed')"
            ),
            {"plan": tiny.aino_plan},
        )
    engine.dispose()
    engine = shared.engine(shared.tap_counsellor)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan_item (plan_id, offering, code, provider, status, groups, note) "
                "VALUES (:plan, 'aalto-cur-1111', 'CS-A1111', 'aalto', 'planned', '[]', '')"
            ),
            {"plan": tiny.eero_plan},
        )
        conn.execute(
            text(
                "INSERT INTO acceptance (plan_id, finding_key, who, at, why) "
                "VALUES (:plan, 'short:y', 'Counsellor', now(), 'fine')"
            ),
            {"plan": tiny.eero_plan},
        )
    engine.dispose()
    return shared


def _as(shared: Shared, role: str) -> Iterator[Connection]:
    """A connection of ``role`` inside a transaction rolled back at the end
    (what a refused statement tried is never kept, whatever happened)."""
    engine = shared.engine(role)
    with engine.connect() as conn:
        transaction = conn.begin()
        try:
            yield conn
        finally:
            transaction.rollback()
    engine.dispose()


@pytest.fixture
def aino(results: Shared) -> Iterator[Connection]:
    yield from _as(results, results.aino)


@pytest.fixture
def ota(results: Shared) -> Iterator[Connection]:
    yield from _as(results, results.ota_counsellor)


def _refused(conn: Connection, sql: str, **params: object) -> str:
    """Run ``sql`` in a savepoint and return the database's refusal."""
    savepoint = conn.begin_nested()
    try:
        conn.execute(text(sql), params)
    except DBAPIError as exc:
        savepoint.rollback()
        return str(exc.orig)
    savepoint.rollback()
    pytest.fail(f"the database let it through: {sql}")


def _rowcount(conn: Connection, sql: str, **params: object) -> int:
    savepoint = conn.begin_nested()
    try:
        return conn.execute(text(sql), params).rowcount
    finally:
        savepoint.rollback()


def _written(conn: Connection, sql: str, **params: object) -> int | str:
    """The rows ``sql`` changed, or the database's refusal."""
    savepoint = conn.begin_nested()
    try:
        return conn.execute(text(sql), params).rowcount
    except DBAPIError as exc:
        return str(exc.orig)
    finally:
        savepoint.rollback()


def _count(conn: Connection, sql: str, **params: object) -> int:
    return int(conn.execute(text(sql), params).scalar_one())


# --- the tables -------------------------------------------------------------------


def test_every_table_is_decided_personal_or_catalogue() -> None:
    """A new table must be sorted before it can be shared: personal tables
    get row-level security, catalogue tables are read-only to all but admins."""
    personal, catalogue = set(sharing.PERSONAL), set(sharing.CATALOGUE)
    assert not personal & catalogue
    assert personal <= set(SQLModel.metadata.tables)
    undecided = set(SQLModel.metadata.tables) - personal - catalogue
    assert not undecided, (
        f"new tables {sorted(undecided)}: add each to services/people/sharing.py PERSONAL "
        "(and give it a row-level security policy in a migration) or CATALOGUE"
    )


def test_row_level_security_is_on_for_every_personal_table(shared: Shared) -> None:
    engine = shared.engine(shared.admin)
    with engine.connect() as conn:
        on = dict(
            conn.execute(
                text(
                    "SELECT relname, relrowsecurity FROM pg_class "
                    "WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'"
                )
            ).all()
        )
    engine.dispose()
    assert {t: on[t] for t in sharing.PERSONAL} == dict.fromkeys(sharing.PERSONAL, True)


# (table, SQL of the other student's rows, an UPDATE of them, a DELETE of them)
OTHER_STUDENTS_ROWS = {
    "student": "student WHERE id = :eero",
    "plan": "plan WHERE student_id = :eero",
    "plan_item": "plan_item WHERE plan_id = :eero_plan",
    "acceptance": "acceptance WHERE plan_id = :eero_plan",
    "change_log": "change_log WHERE student_id = :eero",
}
SET = {
    "student": "first_name = 'x'",
    "plan": "name = 'x'",
    "plan_item": "note = 'x'",
    "acceptance": "why = 'x'",
    "change_log": "who = 'x'",
}


@pytest.mark.parametrize("table", list(OTHER_STUDENTS_ROWS))
def test_another_students_rows_are_invisible_and_unwritable(
    results: Shared, aino: Connection, table: str
) -> None:
    tiny = results.tiny
    ids = {"eero": tiny.eero, "eero_plan": tiny.eero_plan}
    rows = OTHER_STUDENTS_ROWS[table]
    owner = results.engine(results.tap_counsellor)  # Eero's rows do exist
    with owner.connect() as conn:
        assert _count(conn, f"SELECT count(*) FROM {rows}", **ids) > 0
    owner.dispose()
    assert _count(aino, f"SELECT count(*) FROM {rows}", **ids) == 0
    for sql in (
        f"UPDATE {rows.replace(' WHERE', f' SET {SET[table]} WHERE')}",
        f"DELETE FROM {rows}",
    ):
        written = _written(aino, sql, **ids)  # nothing visible, nothing written,
        assert written == 0 or "permission denied" in str(written)  # or refused outright


def test_a_student_sees_only_their_own_rows_in_every_personal_table(
    results: Shared, aino: Connection
) -> None:
    tiny = results.tiny
    assert aino.execute(text("SELECT id FROM student")).scalars().all() == [tiny.aino]
    assert set(aino.execute(text("SELECT student_id FROM plan")).scalars()) == {tiny.aino}
    assert set(aino.execute(text("SELECT plan_id FROM plan_item")).scalars()) == {tiny.aino_plan}
    assert set(aino.execute(text("SELECT plan_id FROM acceptance")).scalars()) == {tiny.aino_plan}
    assert set(aino.execute(text("SELECT student_id FROM change_log")).scalars()) <= {tiny.aino}
    assert aino.execute(text("SELECT role_name FROM person")).scalars().all() == [results.aino]
    assert _count(aino, "SELECT count(*) FROM person_school") == 0


def test_a_student_cannot_put_rows_into_another_students_plan(
    results: Shared, aino: Connection
) -> None:
    tiny = results.tiny
    refusal = _refused(
        aino,
        "INSERT INTO plan_item (plan_id, offering, code, provider, status, groups, note) "
        "VALUES (:plan, 'OTA:2026-27:MAA06.1', 'MAA6', 'school', 'planned', '[]', '')",
        plan=tiny.eero_plan,
    )
    assert "row-level security" in refusal
    refusal = _refused(
        aino,
        "INSERT INTO plan (student_id, name, active) VALUES (:eero, 'mine', false)",
        eero=tiny.eero,
    )
    assert "row-level security" in refusal
    refusal = _refused(  # nor move their own plan to another student
        aino,
        "UPDATE plan SET student_id = :eero WHERE id = :plan",
        eero=tiny.eero,
        plan=tiny.aino_plan,
    )
    assert "permission denied" in refusal or "row-level security" in refusal


def test_a_student_cannot_record_grades_results_or_acceptances(
    results: Shared, aino: Connection
) -> None:
    tiny = results.tiny
    for sql in (
        "UPDATE plan_item SET grade = '10' WHERE id = :maa6",  # their completed MAA6
        "UPDATE plan_item SET status = 'planned', grade = NULL WHERE id = :maa6",
        "DELETE FROM plan_item WHERE id = :maa6",
        "UPDATE plan_item SET status = 'completed' WHERE id = :cs",
        "UPDATE plan_item SET grade = '8' WHERE id = :cs",
        "UPDATE plan_item SET status = 'failed' WHERE id = :cs",
    ):
        assert "cannot" in _refused(aino, sql, maa6=tiny.maa6_item, cs=tiny.cs_item)
    insert = (
        "INSERT INTO plan_item (plan_id, offering, code, provider, status, grade, groups, note) "
        "VALUES (:plan, 'aalto-cur-exam-0111', 'MS-A0111', 'aalto', :status, :grade, '[]', '')"
    )
    for status, grade in (("completed", "5"), ("completed", None), ("planned", "5")):
        refusal = _refused(aino, insert, plan=tiny.aino_plan, status=status, grade=grade)
        assert "cannot record a grade" in refusal
    refusal = _refused(
        aino,
        "INSERT INTO acceptance (plan_id, finding_key, who, at, why) "
        "VALUES (:plan, 'overlap:z', 'Counsellor', now(), 'forged')",
        plan=tiny.aino_plan,
    )
    assert "cannot accept" in refusal
    assert "cannot accept" in _refused(aino, "DELETE FROM acceptance")
    assert "permission denied" in _refused(aino, "UPDATE acceptance SET why = 'mine'")
    assert "permission denied" in _refused(aino, "UPDATE student SET first_name = 'x'")
    assert "permission denied" in _refused(aino, "UPDATE student SET school = 'TAP'")
    assert "permission denied" in _refused(aino, "UPDATE change_log SET who = 'x'")
    assert "permission denied" in _refused(aino, "DELETE FROM change_log")


def test_a_student_cannot_change_the_catalogue_nor_the_people(aino: Connection) -> None:
    for sql in (
        "UPDATE offering SET op = 99",
        "UPDATE setting SET value = '1'",
        "INSERT INTO setting (key, value) VALUES ('x', 'y')",
        "DELETE FROM session",
        "UPDATE person SET kind = 'admin'",
        "INSERT INTO person (role_name, kind, name) VALUES ('me2', 'admin', '')",
        "INSERT INTO person_school (role_name, school) VALUES (current_user, 'OTA')",
        "CREATE ROLE t13_nobody LOGIN",
        "ALTER TABLE plan_item DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE plan_item DISABLE TRIGGER student_guard_plan_item",
        "SET session_replication_role = replica",
    ):
        refusal = _refused(aino, sql)
        assert "permission denied" in refusal or "must be owner" in refusal, refusal


def test_a_student_edits_their_own_planned_items_in_the_app(results: Shared) -> None:
    tiny = results.tiny
    ws = Workspace.open(results.url(results.aino))
    try:
        assert ws.access.kind == "student"
        assert ws.access.student_id == tiny.aino
        assert [s.id for s in ws.students()] == [tiny.aino]
        change = ws.add_item(tiny.aino_plan, "aalto-cur-exam-0111")
        item = change.created_id
        assert item is not None
        ws.set_status(item, ItemStatus.ENROLLED)
        assert {i.id: i.status for i in ws.items(tiny.aino_plan)}[item] == ItemStatus.ENROLLED
        with pytest.raises(NotAllowed, match="may not do this"):
            ws.set_status(item, ItemStatus.COMPLETED, "5")
        assert {i.id: i.status for i in ws.items(tiny.aino_plan)}[item] == ItemStatus.ENROLLED
        copy = ws.duplicate_plan(tiny.aino_plan, "What if").created_id  # results copied
        assert copy is not None
        copied = {i.code: (i.status, i.grade) for i in ws.items(copy)}
        assert copied["MAA6"] == (ItemStatus.COMPLETED, "9")
        ws.delete_plan(copy)  # and the copy removed again: the original stays
        ws.remove_item(item)
        with pytest.raises(PlannerError):
            ws.plans(tiny.eero)  # another student is not found at all
    finally:
        ws.close()


def test_seats_are_counted_over_every_student_whoever_asks(results: Shared) -> None:
    """Aino's audit counts the seats Eero takes in CS-A1111 too (a number,
    not his row): the seat-limit check works in a student's app."""
    ws = Workspace.open(results.url(results.aino))
    try:
        assert ws.planned_students("aalto-cur-1111") == 2
        with ws.session() as s:
            assert (
                s.execute(
                    text("SELECT count(*) FROM plan_item WHERE offering = 'aalto-cur-1111'")
                ).scalar()
                == 1
            )
    finally:
        ws.close()


# --- counsellors, admins, strangers -----------------------------------------------


def test_a_counsellor_sees_and_edits_only_their_schools_students(
    results: Shared, ota: Connection
) -> None:
    tiny = results.tiny
    assert ota.execute(text("SELECT id FROM student")).scalars().all() == [tiny.aino]
    assert set(ota.execute(text("SELECT student_id FROM plan")).scalars()) == {tiny.aino}
    assert (
        _rowcount(ota, "UPDATE plan_item SET note = 'x' WHERE plan_id = :p", p=tiny.eero_plan) == 0
    )
    assert _rowcount(ota, "DELETE FROM acceptance WHERE plan_id = :p", p=tiny.eero_plan) == 0
    assert _rowcount(ota, "UPDATE student SET first_name = 'x' WHERE id = :e", e=tiny.eero) == 0
    # their own school's student: grades, results and acceptances are theirs to record
    assert _rowcount(ota, "UPDATE plan_item SET grade = '10' WHERE id = :i", i=tiny.maa6_item) == 1
    # but not moved to a school they do not serve, nor a student added there
    assert "row-level security" in _refused(
        ota, "UPDATE student SET school = 'TAP' WHERE id = :a", a=tiny.aino
    )
    assert "row-level security" in _refused(
        ota,
        'INSERT INTO student (number, first_name, last_name, school, "group", start_year, '
        "maths, mother_tongue, b1_language, a_language, worldview, matriculation, archived, "
        "updated_at) VALUES ('TAP-9', 'A', 'B', 'TAP', '', 2025, 'MAA', 'AI1', 'B1', 'A', "
        "'KT1', '[]', false, now())",
    )
    assert "permission denied" in _refused(
        ota, "INSERT INTO person_school VALUES (current_user, 'TAP')"
    )
    assert "permission denied" in _refused(ota, "UPDATE offering SET op = 1")


def test_a_counsellors_workspace_lists_only_their_schools(results: Shared) -> None:
    ws = Workspace.open(results.url(results.tap_counsellor))
    try:
        assert ws.access.kind == "counsellor"
        assert ws.access.schools == ("TAP",)
        assert [s.id for s in ws.students()] == [results.tiny.eero]
        assert {p.student_id for p in ws.active_plans()} == {results.tiny.eero}
    finally:
        ws.close()


def test_every_plan_audit_reads_only_the_rows_the_login_sees(results: Shared) -> None:
    """audit_all reads the catalogue and the plan items through driver
    cursors (data/driver_rows.py; the sessions through a server-side
    cursor): the same policies limit them as any query of the login."""
    tiny = results.tiny
    for login, plan, student in (
        (results.tap_counsellor, tiny.eero_plan, tiny.eero),
        (results.aino, tiny.aino_plan, tiny.aino),
    ):
        ws = Workspace.open(results.url(login))
        try:
            audits = ws.audit_all_labelled()
            assert set(audits) == {plan}
            labels, _ = audits[plan]
            assert set(labels) == {i.id for i in ws.items(plan)} != set()
            assert {p.student_id for p in ws.active_plans()} == {student}
        finally:
            ws.close()


def test_a_login_without_a_person_row_sees_nothing(results: Shared) -> None:
    for conn in _as(results, results.stranger):
        for table in sharing.PERSONAL:
            assert _count(conn, f"SELECT count(*) FROM {table}") == 0, table
        assert _rowcount(conn, "UPDATE plan_item SET note = 'x'") == 0


def test_an_admin_sees_everyone_and_manages_logins(results: Shared) -> None:
    engine = results.engine(results.admin)
    try:
        with engine.connect() as conn:
            assert _count(conn, "SELECT count(*) FROM student") == 2
        kinds = {p.role: p.kind for p in sharing.people(engine)}
        assert kinds[results.aino] == "student"
        assert kinds[results.ota_counsellor] == "counsellor"
        role = results.aino.replace("aino", "extra")
        sharing.add_counsellor(engine, role, "another-secret", schools=["OTA"])
        try:
            assert {p.role: p.schools for p in sharing.people(engine)}[role] == ("OTA",)
            sharing.reset_password(engine, role, "yet-another-1")
        finally:
            sharing.remove_person(engine, role)
        assert role not in {p.role for p in sharing.people(engine)}
    finally:
        engine.dispose()
    ws = Workspace.open(results.url(results.admin))
    try:
        assert ws.access.kind == "admin"
        assert ws.access.may_administer
    finally:
        ws.close()


def test_a_counsellor_cannot_manage_logins(results: Shared) -> None:
    engine = results.engine(results.ota_counsellor)
    try:
        with pytest.raises(PlannerError):
            sharing.add_counsellor(engine, "t13_sneaky", "a-password-1", schools=["OTA"])
        with pytest.raises(PlannerError):
            sharing.remove_person(engine, results.aino)
    finally:
        engine.dispose()
    admin = results.engine(results.admin)
    try:
        assert results.aino in {p.role for p in sharing.people(admin)}
    finally:
        admin.dispose()


def test_a_counsellor_erases_only_their_schools_student_and_the_log_keeps_tombstones(
    results: Shared,
) -> None:
    """(Last: Eero is gone afterwards.) The counsellor of another school
    cannot even find him; his own counsellor erases him, and the change log
    entries about him keep only when, who and what kind of change."""
    tiny = results.tiny
    other = Workspace.open(results.url(results.ota_counsellor))
    try:
        with pytest.raises(PlannerError):
            personal_data.erase_student(other, tiny.eero)
    finally:
        other.close()
    ws = Workspace.open(results.url(results.tap_counsellor))
    try:
        personal_data.erase_student(ws, tiny.eero)
    finally:
        ws.close()
    admin = results.engine(results.admin)
    try:
        with admin.connect() as conn:
            assert _count(conn, "SELECT count(*) FROM student WHERE id = :e", e=tiny.eero) == 0
            kept = conn.execute(
                text("SELECT before, after FROM change_log WHERE student_id = :e"), {"e": tiny.eero}
            ).all()
    finally:
        admin.dispose()
    assert kept
    assert all("Lahtinen" not in f"{before}{after}" for before, after in kept)
