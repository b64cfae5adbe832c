"""Personal data of one student (issue 13, GDPR): everything stored about
them exported as one JSON file (described field by field in
docs/personal-data.md), and the student erased: their rows gone and their
personal data in the change log replaced by a tombstone, in one
transaction. A counsellor (of the student's school) or an admin only."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from schoolaas.data import repositories as repo
from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.data.tables import ChangeLogRow, SettingRow, StudentRow
from schoolaas.services.access import STUDENT_MODE_SETTING, Access
from schoolaas.services.errors import NotAllowed, NotFound, StorageError
from schoolaas.services.people.history import ERASED, entry_of, history_records
from schoolaas.services.premises.buildings import unit
from schoolaas.services.views import Change

EXPORT_FORMAT = "schoolaas-personal-data"
EXPORT_VERSION = 1


class HasAccess(HasEngine, Protocol):
    """A workspace that knows who is using it (services/access.py)."""

    @property
    def access(self) -> Access: ...


def check_may_handle(access: Access, student: StudentRow) -> None:
    """Refuse (NotAllowed) unless a counsellor of the student's school or an
    admin is using the app."""
    if access.kind == "admin":
        return
    if access.kind == "counsellor" and (access.schools is None or student.school in access.schools):
        return
    raise NotAllowed(
        "Only a counsellor of the student's school or an admin may export or erase "
        "a student's personal data."
    )


def _need_student(student_id: int, session: Session) -> StudentRow:
    row = session.get(StudentRow, student_id)
    if row is None:
        raise NotFound("There is no student with id {student_id}.", student_id=student_id)
    return row


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _dump(row: Any) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.model_dump().items()}


def export_student(workspace: HasAccess, student_id: int) -> dict[str, Any]:
    """Everything stored about the student, as JSON-ready data."""
    access = workspace.access
    with unit(workspace) as session:
        student = _need_student(student_id, session)
        check_may_handle(access, student)
        plans = repo.plans_of(student_id, session=session)
        ids = [p.id or 0 for p in plans]
        items = repo.items_of(ids, session=session) if ids else []
        accs = repo.acceptances_of(ids, session=session) if ids else []
        log = session.exec(
            select(ChangeLogRow)
            .where(ChangeLogRow.student_id == student_id)
            .order_by(col(ChangeLogRow.id))
        ).all()
        logins = _logins(student_id, session)
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": datetime.now().isoformat(timespec="seconds"),
            "student": _dump(student),
            "plans": [
                {
                    **_dump(plan),
                    "items": [_dump(i) for i in items if i.plan_id == plan.id],
                    "acceptances": [_dump(a) for a in accs if a.plan_id == plan.id],
                }
                for plan in plans
            ],
            "change_log": history_records(entry_of(r) for r in log),
            "logins": logins,
        }


def write_export(path: Path, data: dict[str, Any]) -> Path:
    """The export written to ``path`` as one JSON file, owner-only."""
    body = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    try:
        return write_file(Path(path), body)
    except OSError as exc:
        raise StorageError(
            "Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None


def _logins(student_id: int, session: Session) -> list[dict[str, Any]]:
    """The student's database login (the sharing set-up's ``person`` table,
    when the database has one)."""
    try:
        with session.begin_nested():
            rows = session.execute(
                text("SELECT role_name, kind, name FROM person WHERE student_id = :id"),
                {"id": student_id},
            ).all()
    except DBAPIError:  # no sharing set-up in this database
        return []
    return [{"role_name": str(r.role_name), "kind": str(r.kind), "name": str(r.name)} for r in rows]


def erase_student(workspace: HasAccess, student_id: int) -> Change:
    """Erase the student: their items, acceptances, plans and their own row
    deleted, and every change-log entry about them keeps only when, who
    and what kind of change (its before and after replaced by the
    tombstone ``{"erased": true}``; the entry of the erase itself says
    ``erase``). One transaction: all of it or nothing."""
    access = workspace.access
    with unit(workspace) as session:
        student = _need_student(student_id, session)
        check_may_handle(access, student)
        number = student.number
        plans = repo.plans_of(student_id, session=session)
        ids = [p.id or 0 for p in plans]
        for row in [
            *repo.items_of(ids, session=session),
            *repo.acceptances_of(ids, session=session),
        ]:
            session.delete(row)
        session.flush()
        for plan in plans:
            session.delete(plan)
        session.flush()
        roles = [str(r["role_name"]) for r in _logins(student_id, session)]
        _forget_logins(student_id, session)
        session.delete(student)
        session.flush()
        _tombstone(student_id, roles, session)
        mode = session.get(SettingRow, STUDENT_MODE_SETTING)
        if mode is not None and mode.value.strip() == number:
            session.delete(mode)
        return Change(student_ids=frozenset({student_id}), plan_ids=frozenset(ids))


def _forget_logins(student_id: int, session: Session) -> None:
    try:
        with session.begin_nested():
            session.execute(text("DELETE FROM person WHERE student_id = :id"), {"id": student_id})
    except DBAPIError:
        return


def _tombstone(student_id: int, roles: list[str], session: Session) -> None:
    stone = json.dumps(ERASED)
    session.execute(
        update(ChangeLogRow)
        .where(col(ChangeLogRow.student_id) == student_id)
        .values(before=stone, after=stone)
    )
    if roles:  # the student's own login name is theirs too
        session.execute(
            update(ChangeLogRow).where(col(ChangeLogRow.who).in_(roles)).values(who="(erased)")
        )
    last = session.exec(
        select(ChangeLogRow)
        .where(
            ChangeLogRow.student_id == student_id,
            ChangeLogRow.tab == "student",
            ChangeLogRow.action == "delete",
        )
        .order_by(col(ChangeLogRow.id).desc())
    ).first()
    if last is not None:
        last.action = "erase"
        session.add(last)
    session.flush()
