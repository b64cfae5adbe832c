"""Plan edits. Each function works inside the caller's session (one unit of
work opened by the Workspace), checks its input first, touches the
``updated_at`` of the plan and the student, and returns a views.Change whose
``snapshot`` holds what an undo needs."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col, select

from schoolaas.data import repositories as repo
from schoolaas.data.tables import (
    AcceptanceRow,
    GroupRow,
    OfferingRow,
    PlanItemRow,
    PlanRow,
    StudentRow,
)
from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.plans import stale
from schoolaas.services.plans.grades import checked_grade
from schoolaas.services.views import Change

NAME_MAX = 80


def need_plan(plan_id: int, *, session: Session) -> PlanRow:
    plan = repo.get_plan(plan_id, session=session)
    if plan is None:
        raise NotFound("There is no plan with id {plan_id}.", plan_id=plan_id)
    return plan


def lock_student(student_id: int, *, session: Session) -> None:
    """Take the student's row lock before an edit of their data writes
    anything (``SELECT ... FOR NO KEY UPDATE`` on PostgreSQL; SQLite has one
    writer at a time). Every edit of a student's plans takes this lock
    first, so two edits of one student's data wait for each other in one
    order instead of deadlocking (an item edit locks its plan and then the
    student when it touches them; switching the active plan locks the
    student and then the plans)."""
    session.execute(
        sa_select(col(StudentRow.id))
        .where(col(StudentRow.id) == student_id)
        .with_for_update(key_share=True)
    )


def plan_to_edit(plan_id: int, *, session: Session) -> PlanRow:
    """The plan an edit changes, its student's row locked (lock_student,
    found through the plan) and the plan read under the lock: what another
    edit saved while this one waited is what this one compares with
    (``seen``), not a row read before."""
    _lock_student_of(plan_id=plan_id, session=session)
    plan = session.get(PlanRow, plan_id, populate_existing=True)
    if plan is None:
        raise NotFound("There is no plan with id {plan_id}.", plan_id=plan_id)
    return plan


def item_to_edit(item_id: int, *, session: Session) -> tuple[PlanItemRow, PlanRow]:
    """The item an edit changes and its plan, read (in one query) under the
    student's lock (see plan_to_edit)."""
    _lock_student_of(item_id=item_id, session=session)
    found = session.execute(
        sa_select(PlanItemRow, PlanRow)
        .join(PlanRow, col(PlanRow.id) == col(PlanItemRow.plan_id))
        .where(col(PlanItemRow.id) == item_id)
        .execution_options(populate_existing=True)
    ).first()
    if found is None:
        raise NotFound("There is no plan item with id {item_id}.", item_id=item_id)
    return found[0], found[1]


def _lock_student_of(
    *, plan_id: int | None = None, item_id: int | None = None, session: Session
) -> None:
    """lock_student for the student of plan ``plan_id`` (or of the plan of
    item ``item_id``), found in the same statement: the lock comes before
    the edit reads the plan or item, so those reads see what it waited for."""
    query = sa_select(col(StudentRow.id)).join(
        PlanRow, col(PlanRow.student_id) == col(StudentRow.id)
    )
    if item_id is not None:
        query = query.join(PlanItemRow, col(PlanItemRow.plan_id) == col(PlanRow.id)).where(
            col(PlanItemRow.id) == item_id
        )
    else:
        query = query.where(col(PlanRow.id) == plan_id)
    session.execute(query.with_for_update(key_share=True, of=StudentRow))


def need_item(item_id: int, *, session: Session) -> PlanItemRow:
    item = repo.get_item(item_id, session=session)
    if item is None:
        raise NotFound("There is no plan item with id {item_id}.", item_id=item_id)
    return item


def touch(plan: PlanRow, *, session: Session) -> None:
    """Mark the plan and its student as changed now.

    Plain UPDATEs of ``updated_at`` that leave the row versions alone: an
    edit of one item is not an edit of the plan's or the student's own
    fields, so two counsellors editing different items of one plan do not
    refuse each other's edits (services/errors.StaleEdit)."""
    now = datetime.now()
    session.add(plan)
    session.flush()
    for table, key in ((PlanRow, plan.id), (StudentRow, plan.student_id)):
        session.execute(
            update(table)
            .where(col(table.id) == key)
            .values(updated_at=now)
            .execution_options(synchronize_session="evaluate")
        )


def _change(plan: PlanRow, **kwargs: Any) -> Change:
    return Change(
        plan_ids=frozenset({plan.id or 0}),
        student_ids=frozenset({plan.student_id}),
        **kwargs,
    )


def parse_status(status: ItemStatus | str) -> ItemStatus:
    try:
        return ItemStatus(status)
    except ValueError:
        allowed = ", ".join(s.value for s in ItemStatus)
        raise InvalidInput(
            "Unknown status {status!r}; use one of {allowed}.", status=status, allowed=allowed
        ) from None


def _check_groups(offering: str, group_keys: tuple[str, ...], *, session: Session) -> None:
    if not group_keys:
        return
    query = select(GroupRow.key).where(GroupRow.offering == offering)
    known = set(session.exec(query).all())
    unknown = [k for k in group_keys if k not in known]
    if unknown:
        have = ", ".join(sorted(known)) or "none"
        raise InvalidInput(
            "Course {offering} has no group {groups} (groups: {have}).",
            offering=offering,
            groups=", ".join(unknown),
            have=have,
        )


def add_item(
    plan_id: int,
    offering_key: str,
    *,
    group_keys: tuple[str, ...] | list[str] | None = None,
    status: ItemStatus | str = ItemStatus.PLANNED,
    seen: stale.PlanSeen | None = None,
    session: Session,
) -> Change:
    """``seen``: the plan's items as the caller's view showed them
    (stale.plan_seen); refused with StaleEdit when the plan holds others."""
    plan = plan_to_edit(plan_id, session=session)
    stale.check_plan(plan, seen, session=session)
    offering = session.get(OfferingRow, offering_key)
    if offering is None:
        raise NotFound(
            "There is no course offering {offering_key!r} in the catalogue.",
            offering_key=offering_key,
        )
    keys = tuple(group_keys or ())
    _check_groups(offering_key, keys, session=session)
    item = repo.add(
        PlanItemRow(
            plan_id=plan_id,
            offering=offering.key,
            code=offering.code,
            provider=offering.provider,
            status=parse_status(status).value,
            groups=list(keys),
            period=offering.period if offering.provider == "school" else None,
            ects=offering.ects,
        ),
        session=session,
    )
    touch(plan, session=session)
    return _change(plan, item_ids=frozenset({item.id or 0}), created_id=item.id)


def item_snapshot(item: PlanItemRow) -> dict[str, Any]:
    data = item.model_dump()
    data["groups"] = list(item.groups or ())
    return data


def remove_item(item_id: int, *, seen: ItemSeen | None = None, session: Session) -> Change:
    """``seen``: the item's status, grade and groups as the caller's view
    showed them; refused with StaleEdit when it holds something else now."""
    item, plan = item_to_edit(item_id, session=session)
    if seen is not None and not _same_item(seen, item):
        _refuse_stale(item, plan)
    snapshot = item_snapshot(item)
    session.delete(item)
    touch(plan, session=session)
    return _change(plan, item_ids=frozenset({item_id}), snapshot=snapshot)


def restore_item(snapshot: dict[str, Any], *, session: Session) -> Change:
    try:
        row = PlanItemRow(**snapshot)
        plan_id = int(snapshot["plan_id"])
    except (TypeError, ValueError, KeyError) as exc:
        message = f"Cannot restore the plan item: the snapshot is incomplete ({exc})."
        raise InvalidInput(message) from None
    plan = plan_to_edit(plan_id, session=session)
    if row.id is not None and repo.get_item(row.id, session=session) is not None:
        raise InvalidInput("Plan item {row_id} exists already; nothing to restore.", row_id=row.id)
    if row.offering and session.get(OfferingRow, row.offering) is None:
        raise NotFound(
            "Course offering {offering!r} is no longer in the catalogue.", offering=row.offering
        )
    repo.add(row, session=session)
    touch(plan, session=session)
    return _change(plan, item_ids=frozenset({row.id or 0}), created_id=row.id)


ItemSeen = tuple[ItemStatus | str, str | None, tuple[str, ...]]  # status, grade, groups


def _seen_item(seen: ItemSeen) -> tuple[str, str | None, tuple[str, ...]]:
    return parse_status(seen[0]).value, seen[1], tuple(seen[2])


def _same_item(seen: ItemSeen, item: PlanItemRow) -> bool:
    status, grade, groups = _seen_item(seen)
    stored = parse_status(item.status).value, item.grade
    return (status, grade) == stored and _same_groups(groups, item)


def _same_groups(seen: tuple[str, ...] | list[str], item: PlanItemRow) -> bool:
    """Whether a view showed the item's groups: a row with no groups holds
    the offering's default groups, which a view shows resolved (an item
    just added from the catalogue), so any groups seen match it."""
    return not item.groups or tuple(seen) == tuple(item.groups)


def _refuse_stale(item: PlanItemRow, plan: PlanRow) -> NoReturn:
    raise StaleEdit(
        "Course {item_code} of plan {plan_name!r} was changed elsewhere (last change of the "
        "plan at {when}) after this window showed it; nothing was saved. Reload to see it.",
        item_code=item.code,
        plan_name=plan.name,
        when=f"{plan.updated_at:%d.%m.%Y %H:%M}",
    )


def set_status(
    item_id: int,
    status: ItemStatus | str,
    grade: str | None = None,
    *,
    seen: tuple[ItemStatus | str, str | None] | None = None,
    session: Session,
) -> Change:
    """``seen``: the status and grade the caller's view showed (a window's
    edit, or the value its undo goes back from); refused with StaleEdit when
    the row holds something else now. The row's version is compared in the
    UPDATE too, so a writer between this read and the write is caught."""
    new = parse_status(status)
    item, plan = item_to_edit(item_id, session=session)
    if seen is not None and (parse_status(seen[0]).value, seen[1]) != (item.status, item.grade):
        _refuse_stale(item, plan)
    before = {"status": item.status, "grade": item.grade}
    item.status = new.value
    item.grade = checked_grade(item.provider, grade, code=item.code)
    session.add(item)
    touch(plan, session=session)
    return _change(plan, item_ids=frozenset({item_id}), snapshot=before)


def set_groups(
    item_id: int,
    group_keys: tuple[str, ...] | list[str],
    *,
    seen: tuple[str, ...] | list[str] | None = None,
    session: Session,
) -> Change:
    """``seen``: the groups the caller's view showed (see set_status)."""
    item, plan = item_to_edit(item_id, session=session)
    if seen is not None and not _same_groups(seen, item):
        _refuse_stale(item, plan)
    keys = tuple(group_keys)
    if keys and not item.offering:
        raise InvalidInput(
            "Item {item_code} is not linked to a course offering with groups.", item_code=item.code
        )
    if item.offering:
        _check_groups(item.offering, keys, session=session)
    before = {"groups": list(item.groups or ())}
    item.groups = list(keys)
    session.add(item)
    touch(plan, session=session)
    return _change(plan, item_ids=frozenset({item_id}), snapshot=before)


AcceptanceSeen = tuple[str, ...]  # (who, why) as a view showed them; () for none


def _check_acceptance(
    plan: PlanRow, row: AcceptanceRow | None, seen: AcceptanceSeen | None
) -> None:
    """Refuse (StaleEdit) when the acceptance is not what the view showed."""
    now: AcceptanceSeen = () if row is None else (row.who, row.why)
    if seen is None or tuple(seen) == now or row is None:
        return
    raise StaleEdit(
        "The acceptance of finding {finding_key!r} in plan {plan_name!r} was changed by "
        "{who} at {when} after this window showed it; nothing was saved. Reload to see it.",
        finding_key=row.finding_key,
        plan_name=plan.name,
        who=row.who,
        when=f"{row.at:%d.%m.%Y %H:%M}",
    )


def accept_finding(
    plan_id: int,
    finding_key: str,
    who: str,
    why: str,
    *,
    seen: AcceptanceSeen | None = None,
    session: Session,
) -> Change:
    """``seen``: the acceptance the caller's view showed, ``()`` for none."""
    plan = plan_to_edit(plan_id, session=session)
    if not finding_key.strip():
        raise InvalidInput("Which finding to accept is missing (empty finding key).")
    if not who.strip():
        raise InvalidInput("Say who accepts the finding.")
    if not why.strip():
        raise InvalidInput("Give a reason for accepting the finding.")
    row = repo.get_acceptance(plan_id, finding_key, session=session)
    _check_acceptance(plan, row, seen)
    before: dict[str, object] = {}
    if row is None:
        row = AcceptanceRow(
            plan_id=plan_id, finding_key=finding_key, who=who.strip(), why=why.strip()
        )
    else:
        before = {"who": row.who, "why": row.why, "at": row.at}
        row.who, row.why, row.at = who.strip(), why.strip(), datetime.now()
    repo.add(row, session=session)
    touch(plan, session=session)
    return _change(plan, snapshot=before)


def unaccept_finding(
    plan_id: int, finding_key: str, *, seen: AcceptanceSeen | None = None, session: Session
) -> Change:
    """``seen``: the acceptance (who, why) the caller's view showed."""
    plan = plan_to_edit(plan_id, session=session)
    row = repo.get_acceptance(plan_id, finding_key, session=session)
    _check_acceptance(plan, row, seen)
    if row is None:
        raise NotFound(
            "Plan {plan_id} has no acceptance for finding {finding_key!r}.",
            plan_id=plan_id,
            finding_key=finding_key,
        )
    before = {"finding_key": row.finding_key, "who": row.who, "why": row.why, "at": row.at}
    session.delete(row)
    touch(plan, session=session)
    return _change(plan, snapshot=before)


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
    return _change(plan, created_id=plan.id)


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
    return _change(plan, snapshot=before)


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


def plan_ids_of(student_id: int, *, session: Session) -> list[int]:
    query = select(PlanRow.id).where(PlanRow.student_id == student_id).order_by(col(PlanRow.id))
    return [i for i in session.exec(query).all() if i is not None]
