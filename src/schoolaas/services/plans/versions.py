"""Plan versions: a student's plans made, copied, renamed, deleted, restored
and made the active one. Like the item edits (services/plans/editing.py),
each function works inside the caller's session, touches the plan and the
student, and returns a views.Change whose ``snapshot`` holds what an undo
needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col, select

from schoolaas.data import repositories as repo
from schoolaas.data.tables import AcceptanceRow, PlanItemRow, PlanRow, StudentRow
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.plans import stale
from schoolaas.services.plans.editing import (
    change_of,
    item_snapshot,
    lock_student,
    need_plan,
    plan_to_edit,
    touch,
)
from schoolaas.services.views import Change

NAME_MAX = 80


def clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("A plan needs a name.")
    if len(text) > NAME_MAX:
        raise InvalidInput("A plan name can be at most {most} characters.", most=NAME_MAX)
    return text


def _free_name(student_id: int, name: str, *, session: Session) -> str:
    text = clean_name(name)
    if repo.plan_name_taken(student_id, text, session=session):
        raise InvalidInput("The student already has a plan called {text!r}.", text=text)
    return text


def create_plan(student_id: int, name: str, *, session: Session) -> Change:
    student = session.get(StudentRow, student_id)
    if student is None:
        raise NotFound("There is no student with id {student_id}.", student_id=student_id)
    lock_student(student_id, session=session)
    text = _free_name(student_id, name, session=session)
    first = not repo.plans_of(student_id, session=session)
    plan = repo.add(PlanRow(student_id=student_id, name=text, active=first), session=session)
    touch(plan, session=session)
    return change_of(plan, created_id=plan.id)


def duplicate_plan(
    plan_id: int, name: str, *, seen: stale.PlanSeen | None = None, session: Session
) -> Change:
    """``seen``: the source plan's items as the caller's view showed them;
    refused with StaleEdit when the copy would differ from what was shown."""
    source = plan_to_edit(plan_id, session=session)
    stale.check_plan(source, seen, session=session)
    text = _free_name(source.student_id, name, session=session)
    copy = repo.add(PlanRow(student_id=source.student_id, name=text, active=False), session=session)
    new_id = copy.id or 0
    for item in repo.items_of([plan_id], session=session):
        data = item_snapshot(item)
        data.pop("id")
        session.add(PlanItemRow(**{**data, "plan_id": new_id}))
    for acc in repo.acceptances_of([plan_id], session=session):
        session.add(
            AcceptanceRow(
                plan_id=new_id, finding_key=acc.finding_key, who=acc.who, at=acc.at, why=acc.why
            )
        )
    session.flush()
    touch(copy, session=session)
    return Change(
        plan_ids=frozenset({plan_id, new_id}),
        student_ids=frozenset({source.student_id}),
        created_id=new_id,
    )


def rename_plan(plan_id: int, name: str, *, seen: str | None = None, session: Session) -> Change:
    """``seen``: the name the caller's view showed (a window's rename, or
    the name its undo goes back from); refused with StaleEdit if the plan
    is called something else now."""
    plan = plan_to_edit(plan_id, session=session)
    if seen is not None and seen != plan.name:
        raise StaleEdit(
            "Plan {seen!r} was renamed elsewhere to {plan_name!r} (at {when}) after this "
            "window showed it; nothing was saved. Reload to see it.",
            seen=seen,
            plan_name=plan.name,
            when=f"{plan.updated_at:%d.%m.%Y %H:%M}",
        )
    text = clean_name(name)
    if text != plan.name and repo.plan_name_taken(plan.student_id, text, session=session):
        raise InvalidInput("The student already has a plan called {text!r}.", text=text)
    before = {"name": plan.name}
    plan.name = text
    touch(plan, session=session)
    return change_of(plan, snapshot=before)


def delete_plan(plan_id: int, *, seen: stale.PlanSeen | None = None, session: Session) -> Change:
    """Delete a plan with its items and acceptances. The student's only plan
    cannot go; when the active plan goes, the most recent other one becomes
    active. The snapshot holds everything restore_plan needs, and the id of
    the active plan after the deletion (``active_after``). ``seen``: the
    plan's items as the caller's view showed them (refused, StaleEdit, when
    someone changed them since: their work would go with the plan)."""
    plan = plan_to_edit(plan_id, session=session)
    stale.check_plan(plan, seen, session=session)
    others = [p for p in repo.plans_of(plan.student_id, session=session) if p.id != plan_id]
    if not others:
        raise InvalidInput(
            "Plan {plan_name!r} is the student's only plan; it cannot be deleted.",
            plan_name=plan.name,
        )
    items = repo.items_of([plan_id], session=session)
    accs = repo.acceptances_of([plan_id], session=session)
    snapshot: dict[str, object] = {
        "plan": plan.model_dump(),
        "items": [item_snapshot(i) for i in items],
        "acceptances": [a.model_dump() for a in accs],
    }
    for row in [*items, *accs]:
        session.delete(row)
    session.flush()
    session.delete(plan)
    session.flush()
    if plan.active:
        newest = max(others, key=lambda p: (p.updated_at, p.id or 0))
        newest.active = True
        touch(newest, session=session)
    else:
        touch(others[0], session=session)
    snapshot["active_after"] = stale.active_plan_id(plan.student_id, session=session)
    return Change(
        plan_ids=frozenset({plan_id, *(p.id or 0 for p in others)}),
        item_ids=frozenset(i.id or 0 for i in items),
        student_ids=frozenset({plan.student_id}),
        snapshot=snapshot,
    )


def restore_plan(
    snapshot: dict[str, Any], *, seen_active: int | None = None, session: Session
) -> Change:
    """Undo of delete_plan: the plan, its items and acceptances with their
    ids. ``seen_active``: the student's active plan as the caller's view
    showed it; a plan that was active is restored active only while that is
    so (StaleEdit otherwise: another counsellor chose the active plan since)."""
    try:
        plan = PlanRow(**snapshot["plan"])
        items = [PlanItemRow(**d) for d in snapshot["items"]]
        accs = [AcceptanceRow(**d) for d in snapshot["acceptances"]]
    except (TypeError, KeyError) as exc:
        message = f"Cannot restore the plan: the snapshot is incomplete ({exc})."
        raise InvalidInput(message) from None
    if plan.id is not None and repo.get_plan(plan.id, session=session) is not None:
        raise InvalidInput("Plan {plan_id} exists already; nothing to restore.", plan_id=plan.id)
    lock_student(plan.student_id, session=session)
    if plan.active:
        stale.check_active(plan.student_id, seen_active, session=session)
        for other in repo.plans_of(plan.student_id, session=session):
            other.active = False
            session.add(other)
    repo.add(plan, session=session)
    repo.add_all([*items, *accs], session=session)
    touch(plan, session=session)
    return Change(
        plan_ids=frozenset({plan.id or 0}),
        student_ids=frozenset({plan.student_id}),
        item_ids=frozenset(i.id or 0 for i in items),
        created_id=plan.id,
    )


def set_active_plan(plan_id: int, *, seen: int | None = None, session: Session) -> Change:
    """Make ``plan_id`` its student's one active plan.

    Safe when two calls overlap: the student's row is locked first
    (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite has one writer at a
    time and its write transaction starts at the first UPDATE), the other
    active plan is switched off in SQL as it is then, and only then this
    one on; the partial unique index ``uq_plan_one_active`` refuses any
    second active plan whatever happens.

    ``seen``: the id of the plan the caller's view showed active (a
    window's switch, or the plan its undo switches back from); refused with
    StaleEdit when another plan is active by then."""
    plan = need_plan(plan_id, session=session)
    student_id = plan.student_id
    session.execute(
        sa_select(col(StudentRow.id)).where(col(StudentRow.id) == student_id).with_for_update()
    )
    if seen is not None:
        active = session.exec(
            select(PlanRow).where(PlanRow.student_id == student_id, col(PlanRow.active))
        ).first()
        if active is not None and active.id != seen:
            raise StaleEdit(
                "Plan {plan_name!r} was made the active plan elsewhere (at {when}) after this "
                "window showed another; nothing was saved. Reload to see it.",
                plan_name=active.name,
                when=f"{active.updated_at:%d.%m.%Y %H:%M}",
            )
    switched_off = session.execute(
        update(PlanRow)
        .where(
            col(PlanRow.student_id) == student_id,
            col(PlanRow.active),
            col(PlanRow.id) != plan_id,
        )
        .values(active=False, version=col(PlanRow.version) + 1)
        .returning(col(PlanRow.id))
        .execution_options(synchronize_session="fetch")
    )
    before = next(iter(switched_off.scalars().all()), None)
    session.execute(
        update(PlanRow)
        .where(col(PlanRow.id) == plan_id, ~col(PlanRow.active))
        .values(active=True, version=col(PlanRow.version) + 1)
        .execution_options(synchronize_session="fetch")
    )
    touch(plan, session=session)
    plans = repo.plans_of(student_id, session=session)
    return Change(
        plan_ids=frozenset(p.id or 0 for p in plans),
        student_ids=frozenset({student_id}),
        snapshot={"previous": before},
    )


def ensure_plan(student_id: int, *, session: Session) -> PlanRow:
    """The student's active plan; the first plan made active if none is;
    a new plan "Plan" if the student has none."""
    plans = repo.plans_of(student_id, session=session)
    active = next((p for p in plans if p.active), None)
    if active is not None:
        return active
    if plans:
        plans[0].active = True
        session.add(plans[0])
        session.flush()
        return plans[0]
    return repo.add(PlanRow(student_id=student_id, name="Plan", active=True), session=session)
