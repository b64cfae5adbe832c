"""What still uses a record the counsellor wants to remove: the lessons in
a room, the plan items and course groups of a period, the rooms of a
building. Each function returns a short, readable list ("" when nothing
uses it); the services refuse the removal with that list in the message."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from schoolaas.data.tables import (
    GroupRow,
    LessonPatternRow,
    OfferingRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    StudentRow,
)

SHOWN = 5  # names listed before "and N more"


def listed(names: list[str], total: int | None = None) -> str:
    """ "a, b, c and 4 more" """
    total = len(names) if total is None else total
    shown = ", ".join(names[:SHOWN])
    more = total - min(len(names), SHOWN)
    return f"{shown} and {more} more" if more > 0 else shown


def room_users(session: Session, key: str) -> str:
    """The groups with lessons in room ``key``: "MAA6 group MAA06.1
    (24 lesson(s), 2026-10-01–2026-11-19), …"."""
    rows = session.execute(
        sa_select(col(OfferingRow.code), col(GroupRow.key), func.count(),
                  func.min(SessionRow.start), func.max(SessionRow.start))
        .join(GroupRow, col(GroupRow.id) == SessionRow.group_id)
        .join(OfferingRow, col(OfferingRow.key) == GroupRow.offering)
        .where(col(SessionRow.room) == key)
        .group_by(col(OfferingRow.code), col(GroupRow.key))
        .order_by(func.min(SessionRow.start), col(GroupRow.key))
    ).all()  # fmt: skip
    names = [
        f"{code} group {group} ({n} lesson(s), {_day(first)}–{_day(last)})"
        for code, group, n, first, last in rows
    ]
    patterns = session.exec(
        select(func.count()).select_from(LessonPatternRow).where(LessonPatternRow.room == key)
    ).one()
    if not names and patterns:
        return f"{patterns} weekly lesson time(s)"
    return listed(names)


def building_users(session: Session, code: str) -> str:
    rooms = session.exec(
        select(RoomRow.key).where(RoomRow.building == code).order_by(col(RoomRow.key))
    ).all()
    schools = session.exec(select(SchoolRow.code).where(SchoolRow.building == code)).all()
    sessions = session.exec(
        select(func.count()).select_from(SessionRow).where(SessionRow.building == code)
    ).one()
    parts = []
    if schools:
        parts.append(f"school {', '.join(schools)}")
    if rooms:
        parts.append(f"room(s) {listed(list(rooms))}")
    if sessions:
        parts.append(f"{sessions} lesson(s)")
    return "; ".join(parts)


def period_users(session: Session, key: str) -> str:
    """The course groups and plan items of period ``key``."""
    offerings = session.exec(
        select(OfferingRow.key).where(OfferingRow.period == key).order_by(col(OfferingRow.key))
    ).all()
    items = session.exec(
        select(StudentRow.number, PlanItemRow.code)
        .join(PlanRow, col(PlanRow.id) == PlanItemRow.plan_id)
        .join(StudentRow, col(StudentRow.id) == PlanRow.student_id)
        .where(PlanItemRow.period == key)
        .order_by(col(StudentRow.number), col(PlanItemRow.code))
    ).all()
    parts = []
    if offerings:
        parts.append(f"{len(offerings)} course group(s): {listed(list(offerings))}")
    if items:
        parts.append(
            f"{len(items)} plan item(s): {listed([f'{c} of student {n}' for n, c in items])}"
        )
    return "; ".join(parts)


def school_users(session: Session, code: str) -> str:
    students = session.exec(
        select(StudentRow.number).where(StudentRow.school == code).order_by(col(StudentRow.number))
    ).all()
    offerings = session.exec(
        select(OfferingRow.key).where(OfferingRow.school == code).order_by(col(OfferingRow.key))
    ).all()
    parts = []
    if students:
        parts.append(f"{len(students)} student(s): {listed(list(students))}")
    if offerings:
        parts.append(f"{len(offerings)} course group(s): {listed(list(offerings))}")
    return "; ".join(parts)


def _day(value: datetime | str) -> str:
    return value.date().isoformat() if isinstance(value, datetime) else str(value)[:10]
