"""A proposal applied to the plan in one unit of work, and undone in one:
the items it removes or moves go (their rows kept as snapshots), the
items it adds or moves to come; undo takes the new ones out and brings the
old rows back as they were."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from schoolaas.services.errors import InvalidInput
from schoolaas.services.plans import editing
from schoolaas.services.views import Change

if TYPE_CHECKING:
    from schoolaas.services.suggest.run import Diff
    from schoolaas.services.workspace import Workspace

Adds = Sequence[tuple[str, tuple[str, ...]]]  # (offering key, group keys)


def edits_of(diff: Diff) -> tuple[tuple[int, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The item ids a proposal takes out and the (offering, groups) it puts
    in: a moved item is one of each."""
    removes = (*(i.item_id for i in diff.removed), *(m.before.item_id for m in diff.moved))
    adds = tuple(
        (i.offering_key or "", tuple(i.group_keys))
        for i in (*diff.added, *(m.after for m in diff.moved))
    )
    return removes, adds


def apply_proposal(ws: Workspace, plan_id: int, removes: Sequence[int], adds: Adds) -> Change:
    """Remove ``removes`` and add ``adds`` to plan ``plan_id`` at once; the
    Change's snapshot holds what undo needs."""
    with ws.session() as s:
        plan = editing.need_plan(plan_id, session=s)
        student = plan.student_id
        removed: list[dict[str, Any]] = []
        for item_id in removes:
            item = editing.need_item(item_id, session=s)
            if item.plan_id != plan_id:
                raise InvalidInput(
                    "Plan item {item_id} is not in plan {plan_id}.",
                    item_id=item_id,
                    plan_id=plan_id,
                )
            removed.append(editing.remove_item(item_id, session=s).snapshot)
        added = [
            editing.add_item(plan_id, key, group_keys=groups, session=s).created_id or 0
            for key, groups in adds
        ]
    return Change(
        plan_ids=frozenset({plan_id}),
        item_ids=frozenset((*removes, *added)),
        student_ids=frozenset({student}),
        snapshot={"removed": removed, "added": added},
    )


def undo_proposal(ws: Workspace, plan_id: int, snapshot: dict[str, Any]) -> Change:
    """Take out the items a proposal added and bring back those it removed."""
    added = [int(i) for i in snapshot.get("added", ())]
    removed = list(snapshot.get("removed", ()))
    with ws.session() as s:
        plan = editing.need_plan(plan_id, session=s)
        student = plan.student_id
        gone = [editing.remove_item(item_id, session=s).snapshot for item_id in added]
        for row in removed:
            editing.restore_item(row, session=s)
    return Change(
        plan_ids=frozenset({plan_id}),
        item_ids=frozenset((*added, *(int(r.get("id") or 0) for r in removed))),
        student_ids=frozenset({student}),
        snapshot={"removed": gone, "added": []},
    )
