"""Undo commands that edit a plan's items and findings: add and remove an
item, set its status or its study groups, accept a finding or reopen it."""

from __future__ import annotations

from typing import Any

from schoolaas.domain.model import ItemStatus
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import Change
from schoolaas.ui.commands.base import (
    MERGE_GROUPS,
    MERGE_STATUS,
    ApplyChange,
    Edits,
    MergingEdit,
    PlanCommand,
    ReportError,
)


class AddItem(PlanCommand):
    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        offering_key: str,
        group_keys: tuple[str, ...] | None = None,
        seen: PlanSeen | None = None,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id = plan_id
        self.offering_key = offering_key
        self.group_keys = group_keys
        self.seen = seen  # the plan's items as the window showed them (None: no check)
        self.item_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def do(self) -> Change:
        if self._snapshot is not None:  # redo after undo: the same row again
            return self.plans.restore_item(self._snapshot)
        kw: dict[str, Any] = {}
        if self.group_keys is not None:
            kw["group_keys"] = self.group_keys
        if self.seen is not None:
            kw["seen"] = self.seen
        change = self.plans.add_item(self.plan_id, self.offering_key, **kw)
        self.item_id = change.created_id
        return change

    def undo_edit(self) -> Change:
        """Refused (StaleEdit) when the added item was changed elsewhere since."""
        assert self.item_id is not None
        added = (ItemStatus.PLANNED, None, tuple(self.group_keys or ()))
        seen = added if self.seen is not None else None
        change = self.plans.remove_item(self.item_id, seen=seen)
        self._snapshot = change.snapshot
        return change


class RemoveItem(PlanCommand):
    """``seen``: the item's status, grade and groups as the window showed
    them (None: no check); a stale view's removal is refused (StaleEdit)."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        item_id: int,
        seen: tuple[ItemStatus, str | None, tuple[str, ...]] | None = None,
    ):
        super().__init__(text, plans, apply, report)
        self.item_id = item_id
        self.seen = seen
        self._snapshot: dict[str, Any] = {}

    def do(self) -> Change:
        change = self.plans.remove_item(self.item_id, seen=self.seen)
        self._snapshot = change.snapshot
        return change

    def undo_edit(self) -> Change:
        return self.plans.restore_item(self._snapshot)


class SetStatus(MergingEdit[tuple[ItemStatus, str | None]]):
    """Consecutive status changes of one item merge into one undo step.
    Each step says what it saw (``old`` before the edit, ``new`` before its
    undo): the service refuses it (StaleEdit) if the item holds something
    else by then, so a stale window never writes over another's change."""

    merge_id = MERGE_STATUS

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        item_id: int,
        old: tuple[ItemStatus, str | None],
        new: tuple[ItemStatus, str | None],
    ):
        super().__init__(text, plans, apply, report)
        self.item_id, self.old, self.new = item_id, old, new

    def target(self) -> int:
        return self.item_id

    def do(self) -> Change:
        return self.plans.set_status(self.item_id, self.new[0], self.new[1], seen=self.old)

    def undo_edit(self) -> Change:
        return self.plans.set_status(self.item_id, self.old[0], self.old[1], seen=self.new)


class SetGroups(MergingEdit[tuple[str, ...]]):
    """Choosing study groups of one item again merges with the last choice.
    Each step says what it saw, as SetStatus does."""

    merge_id = MERGE_GROUPS

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        item_id: int,
        old: tuple[str, ...],
        new: tuple[str, ...],
    ):
        super().__init__(text, plans, apply, report)
        self.item_id, self.old, self.new = item_id, old, new
        # the groups as stored before the first step: () when the item held
        # its offering's default groups (``old`` shows them resolved)
        self._stored: tuple[str, ...] | None = None

    def target(self) -> int:
        return self.item_id

    def do(self) -> Change:
        change = self.plans.set_groups(self.item_id, self.new, seen=self.old)
        if self._stored is None:
            stored = change.snapshot.get("groups", self.old)
            self._stored = tuple(stored) if isinstance(stored, (list, tuple)) else self.old
        return change

    def undo_edit(self) -> Change:
        """Back to the groups as stored: an item that held the default
        groups holds them again as such, as the edit before it left it (an
        undo of adding it compares with that)."""
        back = self.old if self._stored is None else self._stored
        return self.plans.set_groups(self.item_id, back, seen=self.new)


class AcceptFinding(PlanCommand):
    """Accept a finding (``seen``: the acceptance the window showed, ``()``
    for none, None for no check); its undo reopens it, refused (StaleEdit)
    if someone else changed the acceptance meanwhile."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        finding_key: str,
        who: str,
        why: str,
        seen: tuple[str, ...] | None = None,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id, self.finding_key, self.who, self.why = plan_id, finding_key, who, why
        self.seen = seen

    def _accepted(self) -> tuple[str, ...]:
        return (self.who.strip(), self.why.strip())  # as the service stores them

    def do(self) -> Change:
        return self.plans.accept_finding(
            self.plan_id, self.finding_key, self.who, self.why, seen=self.seen
        )

    def undo_edit(self) -> Change:
        seen = None if self.seen is None else self._accepted()
        return self.plans.unaccept_finding(self.plan_id, self.finding_key, seen=seen)


class UnacceptFinding(AcceptFinding):
    """Reopen an accepted finding (``who`` and ``why``: the acceptance the
    window showed; ``seen`` set to check it); its undo accepts it again."""

    def do(self) -> Change:
        seen = None if self.seen is None else self._accepted()
        return self.plans.unaccept_finding(self.plan_id, self.finding_key, seen=seen)

    def undo_edit(self) -> Change:
        return self.plans.accept_finding(
            self.plan_id,
            self.finding_key,
            self.who,
            self.why,
            seen=None if self.seen is None else (),
        )
