"""Repository functions: plain queries over the tables, each taking the
caller's ``session`` as a keyword argument (the caller owns the transaction).
Bulk readers return rows or tuples; the services turn them into domain
objects and views."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    or_,
    text,
    type_coerce,
    update,
)
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from schoolaas.data.driver_rows import ItemRecord, driver_rows, item_records_where
from schoolaas.data.tables import (
    AcceptanceRow,
    BuildingRow,
    CreditOverrideRow,
    GroupRow,
    MatriculationDayRow,
    ModuleRow,
    OfferingRow,
    PeriodRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    SettingRow,
    StudentRow,
    TravelRow,
)

RowT = TypeVar("RowT", bound=SQLModel)
_Q = TypeVar("_Q", bound=Select[Any])  # a query of students, ORM rows or plain records

# Statuses that occupy a seat or a room now (completed and failed do not).
ACTIVE_STATUSES = ("planned", "enrolled")


def add(row: RowT, *, session: Session) -> RowT:
    """Insert ``row`` and flush so its generated id is known."""
    session.add(row)
    session.flush()
    return row


def add_all(rows: Iterable[SQLModel], *, session: Session) -> None:
    session.add_all(list(rows))
    session.flush()


# --- students and plans -----------------------------------------------------


def get_student(student_id: int, *, session: Session) -> StudentRow | None:
    return session.get(StudentRow, student_id)


def student_by_number(number: str, *, session: Session) -> StudentRow | None:
    return session.exec(select(StudentRow).where(StudentRow.number == number)).first()


def list_students(
    search: str = "",
    *,
    school: str | None = None,
    include_archived: bool = False,
    session: Session,
) -> Sequence[StudentRow]:
    """Students whose name, number or group contains every word of ``search``."""
    return session.exec(_students(select(StudentRow), search, school, include_archived)).all()


def student_records(
    search: str = "",
    *,
    school: str | None = None,
    include_archived: bool = False,
    session: Session,
) -> Sequence[Any]:
    """The students of :func:`list_students` as light read-only records
    (StudentRow column names as attributes): no ORM object per row, which
    for the 7,700 students of espoo took some 18 MB while the list was read."""
    table = StudentRow.__table__  # type: ignore[attr-defined]
    query = _students(sa_select(*table.c), search, school, include_archived)
    return session.execute(query).all()


def _students(query: _Q, search: str, school: str | None, include_archived: bool) -> _Q:
    if school:
        query = query.where(col(StudentRow.school) == school)
    if not include_archived:
        query = query.where(col(StudentRow.archived).is_(False))
    for word in search.split():
        pattern = f"%{word.lower()}%"
        query = query.where(
            or_(
                func.lower(StudentRow.first_name).like(pattern),
                func.lower(StudentRow.last_name).like(pattern),
                func.lower(StudentRow.number).like(pattern),
                func.lower(StudentRow.group).like(pattern),
            )
        )
    return query.order_by(col(StudentRow.last_name), col(StudentRow.first_name), col(StudentRow.id))


def get_plan(plan_id: int, *, session: Session) -> PlanRow | None:
    return session.get(PlanRow, plan_id)


def plans_of(student_id: int, *, session: Session) -> Sequence[PlanRow]:
    query = select(PlanRow).where(PlanRow.student_id == student_id).order_by(col(PlanRow.id))
    return session.exec(query).all()


def active_plans(*, school: str | None = None, session: Session) -> Sequence[PlanRow]:
    """The active plan of every student who is not archived."""
    query = (
        select(PlanRow)
        .join(StudentRow, col(StudentRow.id) == PlanRow.student_id)
        .where(col(PlanRow.active).is_(True), col(StudentRow.archived).is_(False))
        .order_by(col(PlanRow.id))
    )
    if school:
        query = query.where(StudentRow.school == school)
    return session.exec(query).all()


def active_plan_students(*, school: str | None = None, session: Session) -> list[tuple[int, int]]:
    """(plan id, student id) of the active plan of every student who is not
    archived (of ``school``), in plan id order: active_plans without ORM
    objects, for thousands of plans."""
    query = (
        sa_select(col(PlanRow.id), col(PlanRow.student_id))
        .join(StudentRow, col(StudentRow.id) == PlanRow.student_id)
        .where(col(PlanRow.active).is_(True), col(StudentRow.archived).is_(False))
        .order_by(col(PlanRow.id))
    )
    if school:
        query = query.where(col(StudentRow.school) == school)
    return [(int(pid), int(sid)) for pid, sid in session.execute(query)]


def students_by_id(ids: Iterable[int], *, session: Session) -> dict[int, StudentRow]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = session.exec(select(StudentRow).where(col(StudentRow.id).in_(wanted))).all()
    return {row.id: row for row in rows if row.id is not None}


def plan_name_taken(student_id: int, name: str, *, session: Session) -> bool:
    query = select(PlanRow.id).where(PlanRow.student_id == student_id, PlanRow.name == name)
    return session.exec(query).first() is not None


# --- plan items and acceptances ---------------------------------------------


def get_item(item_id: int, *, session: Session) -> PlanItemRow | None:
    return session.get(PlanItemRow, item_id)


def items_of(plan_ids: Iterable[int], *, session: Session) -> Sequence[PlanItemRow]:
    """Items of all ``plan_ids`` in one query, ordered by plan and id."""
    wanted = list(set(plan_ids))
    if not wanted:
        return []
    query = (
        select(PlanItemRow)
        .where(col(PlanItemRow.plan_id).in_(wanted))
        .order_by(col(PlanItemRow.plan_id), col(PlanItemRow.id))
    )
    return session.exec(query).all()


def item_records(plan_ids: Iterable[int], *, session: Session) -> Sequence[ItemRecord]:
    """Items of all ``plan_ids`` as light read-only records (named tuples
    with the PlanItemRow column names), ordered by plan and id: no ORM
    objects, for reading thousands of items at once."""
    wanted = list(set(plan_ids))
    if not wanted:
        return []
    table = PlanItemRow.__table__  # type: ignore[attr-defined]
    return item_records_where(table.c.plan_id.in_(wanted), session)


def active_item_records(
    *, first: int, last: int, school: str | None = None, session: Session
) -> Sequence[ItemRecord]:
    """The items of the active plans (students not archived, of ``school``)
    whose ids lie in first..last, as item_records gives them: the plans by a
    subquery and an id range rather than a list of thousands of ids (half
    the time on 440,000 items)."""
    table = PlanItemRow.__table__  # type: ignore[attr-defined]
    active = select(PlanRow.id).where(
        col(PlanRow.active).is_(True),
        col(PlanRow.id).between(first, last),
        col(PlanRow.student_id).in_(_current_students(school)),
    )
    return item_records_where(
        table.c.plan_id.between(first, last) & table.c.plan_id.in_(active), session
    )


def _current_students(school: str | None) -> Any:
    query = select(StudentRow.id).where(col(StudentRow.archived).is_(False))
    return query.where(StudentRow.school == school) if school else query


def acceptances_of(plan_ids: Iterable[int], *, session: Session) -> Sequence[AcceptanceRow]:
    wanted = list(set(plan_ids))
    if not wanted:
        return []
    query = (
        select(AcceptanceRow)
        .where(col(AcceptanceRow.plan_id).in_(wanted))
        .order_by(col(AcceptanceRow.id))
    )
    return session.exec(query).all()


def get_acceptance(plan_id: int, finding_key: str, *, session: Session) -> AcceptanceRow | None:
    query = select(AcceptanceRow).where(
        AcceptanceRow.plan_id == plan_id, AcceptanceRow.finding_key == finding_key
    )
    return session.exec(query).first()


def _row_security_active(session: Session) -> bool:
    """Whether row-level security limits what this login sees of the plans
    (PostgreSQL, a login other than the tables' owner)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(session.execute(text("SELECT row_security_active('plan_item')")).scalar())


def planned_counts(
    *, session: Session, offerings: Iterable[str] | None = None
) -> list[tuple[str, tuple[str, ...], int]]:
    """How many items of active plans (students not archived, status planned
    or enrolled) point at each offering with each choice of groups: one
    GROUP BY query, over all offerings or only ``offerings``. Returns
    (offering key, group keys, count). A login bound by row-level security
    (a student or counsellor of a shared database) counts through
    ``schoolaas_planned_counts`` (migration 0005): every student's seat,
    no row shown."""
    if _row_security_active(session):
        wanted = None if offerings is None else sorted(set(offerings))
        rows = session.execute(
            text("SELECT offering, groups, n FROM schoolaas_planned_counts(:wanted)"),
            {"wanted": wanted},
        ).all()
        return [(str(o), tuple(str(k) for k in json.loads(g or "[]")), int(n)) for o, g, n in rows]
    groups_text = cast(PlanItemRow.groups, String)
    query = select(PlanItemRow.offering, groups_text, func.count()).where(
        col(PlanItemRow.offering).is_not(None),
        col(PlanItemRow.status).in_(ACTIVE_STATUSES),
    )
    if offerings is None:
        # every offering: the active plans as a subquery rather than a join,
        # so SQLite scans the items once instead of looking up a plan and a
        # student per item (3x faster on 440,000 items)
        active = (
            select(PlanRow.id)
            .join(StudentRow, col(StudentRow.id) == PlanRow.student_id)
            .where(col(PlanRow.active).is_(True), col(StudentRow.archived).is_(False))
        )
        query = query.where(col(PlanItemRow.plan_id).in_(active))
    else:
        # a few offerings (one plan's audit): their items by the offering
        # index, then each item's plan and student (the subquery form is
        # 30x slower here)
        query = (
            query.join(PlanRow, col(PlanRow.id) == PlanItemRow.plan_id)
            .join(StudentRow, col(StudentRow.id) == PlanRow.student_id)
            .where(
                col(PlanRow.active).is_(True),
                col(StudentRow.archived).is_(False),
                col(PlanItemRow.offering).in_(sorted(set(offerings))),
            )
        )
    query = query.group_by(PlanItemRow.offering, groups_text)
    out: list[tuple[str, tuple[str, ...], int]] = []
    for offering, groups, count in session.exec(query).all():
        keys = tuple(json.loads(groups)) if groups else ()
        out.append((str(offering), tuple(str(k) for k in keys), int(count)))
    return out


# --- catalogue, premises, calendar, settings --------------------------------


def all_rows(table: type[RowT], *, session: Session) -> Sequence[RowT]:
    return session.exec(select(table)).all()


def offering_records(*, session: Session) -> Sequence[Any]:
    """Every offering as a light read-only record (OfferingRow column names
    as attributes), ordered by key."""
    table = OfferingRow.__table__  # type: ignore[attr-defined]
    # JSON lists come as their text on every database (a CAST: psycopg would
    # parse PostgreSQL's json itself), which the caller parses once per
    # distinct value; most are "[]"
    columns = [cast(c, String).label(c.name) if isinstance(c.type, JSON) else c for c in table.c]
    return session.execute(sa_select(*columns).order_by(table.c.key)).all()


def group_tuples(*, session: Session) -> Sequence[tuple[Any, ...]]:
    """(id, offering, key, name, kind, capacity) of every study group."""
    query = sa_select(
        col(GroupRow.id),
        col(GroupRow.offering),
        col(GroupRow.key),
        col(GroupRow.name),
        col(GroupRow.kind),
        col(GroupRow.capacity),
    ).order_by(col(GroupRow.offering), col(GroupRow.id))
    return list(driver_rows(query, session=session))


def session_tuples(*, session: Session) -> Iterator[tuple[Any, ...]]:
    """(group id, start, end, room, building, kind) of every session, streamed
    (not all rows in memory at once: 450,000 sessions at the scale of Espoo).
    start and end come as the driver gives them (driver_rows: no SQLAlchemy
    conversion): a datetime, or on SQLite the stored ISO text, which the
    caller parses once per distinct value."""
    query = sa_select(
        col(SessionRow.group_id),
        type_coerce(col(SessionRow.start), String),
        type_coerce(col(SessionRow.end), String),
        col(SessionRow.room),
        col(SessionRow.building),
        col(SessionRow.kind),
    ).order_by(col(SessionRow.group_id), col(SessionRow.start))
    return driver_rows(query, session=session, stream=True)


def catalogue_fingerprint(*, session: Session) -> tuple[Any, ...]:
    """A cheap tuple (one query, asked before every audit in the app) that
    changes when the catalogue, premises, calendar or settings change: the
    ``catalogue_version`` setting every service that edits them bumps
    (imports, premises, settings), and as a safety net for other writers
    the row counts of the tables and the highest session id. The session
    table is not counted: counting its 450,000 rows at the scale of Espoo
    took 11 ms of every audit; new sessions raise the highest id."""
    counts = [
        select(func.count()).select_from(table).scalar_subquery()
        for table in (
            OfferingRow,
            GroupRow,
            RoomRow,
            BuildingRow,
            PeriodRow,
            TravelRow,
            SchoolRow,
            MatriculationDayRow,
            ModuleRow,
            CreditOverrideRow,
            SettingRow,
        )
    ]
    max_session = select(func.max(SessionRow.id)).scalar_subquery()
    version = select(SettingRow.value).where(SettingRow.key == CATALOGUE_VERSION).scalar_subquery()
    return tuple(session.execute(sa_select(*counts, max_session, version)).one())


CATALOGUE_VERSION = "catalogue_version"


def bump_catalogue_version(*, session: Session) -> None:
    """Mark the catalogue as changed so open workspaces reload it.

    The increment is one UPDATE (``value = value + 1`` computed by the
    database, the row locked by the UPDATE), never read-modify-write in
    Python, so concurrent writers lose no increment. A value that is not a
    number (set by hand) restarts at 1; a missing row is inserted in a
    savepoint, and if another writer inserted it first, incremented."""
    if _increment_catalogue_version(session) == 0:
        try:
            with session.begin_nested():
                session.add(SettingRow(key=CATALOGUE_VERSION, value="1"))
        except IntegrityError:  # inserted meanwhile by another writer
            _increment_catalogue_version(session)
    session.flush()


def _increment_catalogue_version(session: Session) -> int:
    value = col(SettingRow.value)
    digits_removed: Any = value
    for digit in "0123456789":
        digits_removed = func.replace(digits_removed, digit, "")
    is_number = (value != "") & (digits_removed == "") & (func.length(value) < 18)
    bumped = case(
        (is_number, cast(cast(value, BigInteger) + 1, String)),
        else_=literal("1"),
    )
    statement = (
        update(SettingRow)
        .where(col(SettingRow.key) == CATALOGUE_VERSION)
        .values(value=bumped)
        .execution_options(synchronize_session="fetch")
    )
    result = session.execute(statement)
    return int(result.rowcount)  # type: ignore[attr-defined]


def settings(*, session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.exec(select(SettingRow)).all()}


def set_setting(key: str, value: str, *, session: Session) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
        session.add(row)
    session.flush()


def credit_overrides(*, session: Session) -> dict[str, float]:
    return {row.code: row.op for row in session.exec(select(CreditOverrideRow)).all()}


def has_any(table: type[SQLModel], *, session: Session) -> bool:
    return session.exec(select(func.count()).select_from(table)).one() > 0
