"""Undo commands that edit a student's plan versions: rename, duplicate,
make one active, delete, and make an empty one."""

from __future__ import annotations

from typing import Any

from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import Change
from schoolaas.ui.commands.base import (
    MERGE_RENAME,
    ApplyChange,
    Edits,
    MergingEdit,
    PlanCommand,
    ReportError,
)


class RenamePlan(MergingEdit[str]):
    """Renaming one plan again merges with the last rename."""

    merge_id = MERGE_RENAME

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        old: str,
        new: str,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id, self.old, self.new = plan_id, old, new

    def target(self) -> int:
        return self.plan_id

    def do(self) -> Change:
        return self.plans.rename_plan(self.plan_id, self.new, seen=self.old)

    def undo_edit(self) -> Change:
        return self.plans.rename_plan(self.plan_id, self.old, seen=self.new)


class NewPlanCommand(PlanCommand):
    """A command that makes a new plan. Undo deletes it (keeping its
    snapshot); redo restores that very plan, so later commands that name its
    id still find it. Subclasses say how the plan is made in ``create()``."""

    def __init__(self, text: str, plans: Edits, apply: ApplyChange, report: ReportError):
        super().__init__(text, plans, apply, report)
        self.created_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def create(self) -> Change:
        raise NotImplementedError

    def do(self) -> Change:
        if self._snapshot is not None:
            return self.plans.restore_plan(self._snapshot)
        change = self.create()
        self.created_id = change.created_id
        return change

    def undo_edit(self) -> Change:
        assert self.created_id is not None
        change = self.plans.delete_plan(self.created_id)
        self._snapshot = change.snapshot
        return change


class DuplicatePlan(NewPlanCommand):
    """A copy of a plan version."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        name: str,
        seen: PlanSeen | None = None,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id, self.name = plan_id, name
        self.seen = seen  # the source plan's items as the window showed them

    def create(self) -> Change:
        return self.plans.duplicate_plan(self.plan_id, self.name, seen=self.seen)


class SetActivePlan(PlanCommand):
    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        previous_id: int,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id, self.previous_id = plan_id, previous_id

    def do(self) -> Change:  # refused if the window's active plan is no longer so
        return self.plans.set_active_plan(self.plan_id, seen=self.previous_id)

    def undo_edit(self) -> Change:
        return self.plans.set_active_plan(self.previous_id, seen=self.plan_id)


class DeletePlan(PlanCommand):
    """Undo restores the plan with its items and acceptances (same ids).
    ``seen``: the plan's items as the window showed them; the delete is
    refused when someone changed them since, and its undo when someone made
    another plan active after it (StaleEdit)."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        seen: PlanSeen | None = None,
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id = plan_id
        self.seen = seen
        self._snapshot: dict[str, Any] = {}

    def do(self) -> Change:
        change = self.plans.delete_plan(self.plan_id, seen=self.seen)
        self._snapshot = change.snapshot
        return change

    def undo_edit(self) -> Change:
        after = self._snapshot.get("active_after") if self.seen is not None else None
        return self.plans.restore_plan(
            self._snapshot, seen_active=after if isinstance(after, int) else None
        )


class CreatePlan(NewPlanCommand):
    """An empty plan version."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        student_id: int,
        name: str,
    ):
        super().__init__(text, plans, apply, report)
        self.student_id, self.name = student_id, name

    def create(self) -> Change:
        return self.plans.create_plan(self.student_id, self.name)
