"""Stale views of a whole plan (issue 13): adding an item, duplicating,
deleting or restoring a plan from a window that showed the plan (or the
student's active plan) as it no longer is. The caller passes what its view
showed (``seen``); when the database holds something else the edit is
refused with StaleEdit naming who changed the plan and when (from the
change log), and nothing is saved. Edits of single items, names and
acceptances check their own rows (services/plans/editing.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from sqlmodel import Session, col, select

from schoolaas.data.tables import ChangeLogRow, PlanItemRow, PlanRow
from schoolaas.services.errors import StaleEdit
from schoolaas.wording.messages import say

# A plan as a view showed it: (item id, status, grade) of each item, by id.
PlanSeen = tuple[tuple[int, str, str | None], ...]


class ShownItem(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def status(self) -> object: ...  # an ItemStatus or its value
    @property
    def grade(self) -> str | None: ...


def plan_seen(items: Iterable[ShownItem]) -> PlanSeen:
    """What a view shows of a plan's items (ItemViews, or rows)."""
    return seen_of((i.id, i.status, i.grade) for i in items)


def seen_of(triples: Iterable[tuple[int | None, object, str | None]]) -> PlanSeen:
    """plan_seen of (item id, status, grade) triples (three columns read)."""
    return tuple(
        sorted(
            (i or 0, str(getattr(status, "value", status)), grade) for i, status, grade in triples
        )
    )


def last_change(
    session: Session, *, plan_id: int | None = None, student_id: int | None = None
) -> tuple[str, datetime] | None:
    """Who made the newest logged change of the plan (or of the student's
    data), and when."""
    query = select(ChangeLogRow).order_by(col(ChangeLogRow.id).desc())
    if plan_id is not None:
        query = query.where(ChangeLogRow.plan_id == plan_id)
    if student_id is not None:
        query = query.where(ChangeLogRow.student_id == student_id)
    row = session.exec(query).first()
    return None if row is None else (row.who, row.at)


def _who_when(session: Session, **where: int | None) -> dict[str, str]:
    found = last_change(session, **where)
    if found is None:
        return {"who": say("someone else"), "when": "?"}
    return {"who": found[0], "when": f"{found[1]:%d.%m.%Y %H:%M}"}


def check_plan(plan: PlanRow, seen: PlanSeen | None, *, session: Session) -> None:
    """Refuse (StaleEdit) when the plan's items are not what ``seen`` showed."""
    if seen is None:
        return
    columns = select(PlanItemRow.id, PlanItemRow.status, PlanItemRow.grade)
    now = seen_of(session.exec(columns.where(PlanItemRow.plan_id == plan.id)).all())
    if tuple(tuple(s) for s in seen) == now:
        return
    raise StaleEdit(
        "Plan {plan_name!r} was changed by {who} at {when} after this window showed it; "
        "nothing was saved. Reload to see it.",
        plan_name=plan.name,
        **_who_when(session, plan_id=plan.id),
    )


def active_plan_id(student_id: int, *, session: Session) -> int | None:
    query = select(PlanRow.id).where(PlanRow.student_id == student_id, col(PlanRow.active))
    return session.exec(query).first()


def check_active(student_id: int, seen: int | None, *, session: Session) -> None:
    """Refuse (StaleEdit) when the student's active plan is not ``seen``."""
    if seen is None:
        return
    active = active_plan_id(student_id, session=session)
    if active is None or active == seen:
        return
    plan = session.get(PlanRow, active)
    raise StaleEdit(
        "Another plan, {plan_name!r}, is the student's active plan now (last changed by {who} "
        "at {when}), not the one this window showed; nothing was saved. Reload to see it.",
        plan_name=plan.name if plan is not None else active,
        **_who_when(session, plan_id=active),
    )
