"""Edits of a plan's items and acceptances, and the locks and reads every
plan edit starts with. Each function works inside the caller's session (one
unit of work opened by the Workspace), checks its input first, touches the
``updated_at`` of the plan and the student, and returns a views.Change whose
``snapshot`` holds what an undo needs. A student's plan versions (make,
copy, rename, delete, activate): services/plans/versions.py."""

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


def change_of(plan: PlanRow, **kwargs: Any) -> Change:
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
    return change_of(plan, item_ids=frozenset({item.id or 0}), created_id=item.id)


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
    return change_of(plan, item_ids=frozenset({item_id}), snapshot=snapshot)


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
    return change_of(plan, item_ids=frozenset({row.id or 0}), created_id=row.id)


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
    return change_of(plan, item_ids=frozenset({item_id}), snapshot=before)


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
    return change_of(plan, item_ids=frozenset({item_id}), snapshot=before)


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
    return change_of(plan, snapshot=before)


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
    return change_of(plan, snapshot=before)
