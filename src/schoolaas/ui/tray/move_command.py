"""Moving a plan item to another period as one undo step: the item is the
same course in the other period, so the move drops the item and chooses the
course's offering there (two plan service calls, one Change on the bus).
Undo drops the new item and brings the old one back with its id."""

from __future__ import annotations

import dataclasses
from typing import Any

from schoolaas.domain.model import ItemStatus
from schoolaas.services.views import Change
from schoolaas.ui.commands.base import ApplyChange, Edits, PlanCommand, ReportError


class MoveItem(PlanCommand):
    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        item_id: int,
        seen: tuple[ItemStatus, str | None, tuple[str, ...]],
        offering_key: str,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id, self.item_id, self.seen = plan_id, item_id, seen
        self.offering_key = offering_key
        self.new_id: int | None = None
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] | None = None

    def do(self) -> Change:
        dropped = self.plans.remove_item(self.item_id, seen=self.seen)
        self._old = dropped.snapshot
        if self._new is not None:  # redo after undo: the same new row again
            return _both(dropped, self.plans.restore_item(self._new))
        try:
            added = self.plans.add_item(self.plan_id, self.offering_key, status=self.seen[0])
        except Exception:
            self.plans.restore_item(self._old)  # nothing half-done
            raise
        self.new_id = added.created_id
        return _both(dropped, added)

    def undo_edit(self) -> Change:
        assert self.new_id is not None
        dropped = self.plans.remove_item(self.new_id)
        self._new = dropped.snapshot
        return _both(dropped, self.plans.restore_item(self._old))


def _both(first: Change, second: Change) -> Change:
    """One Change for the two steps (the second carries the state)."""
    return dataclasses.replace(
        second,
        plan_ids=first.plan_ids | second.plan_ids,
        item_ids=first.item_ids | second.item_ids,
        student_ids=first.student_ids | second.student_ids,
    )
