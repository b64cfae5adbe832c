"""Undo commands that apply what a solver found as one step: a suggested
timetable for one plan, a school's seat allocation for every plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from schoolaas.services.views import Change
from schoolaas.ui.commands.base import ApplyChange, Edits, PlanCommand, ReportError

if TYPE_CHECKING:
    from schoolaas.services.suggest.seats import Allocation


class ApplySuggestion(PlanCommand):
    """A suggested timetable applied as one undo step: ``removes`` (item
    ids) go and ``adds`` ((offering, groups)) come in one transaction
    (PlanService.apply_suggestion); undo takes the added items out and
    brings the removed rows back as they were."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        plan_id: int,
        removes: tuple[int, ...],
        adds: tuple[tuple[str, tuple[str, ...]], ...],
    ):
        super().__init__(text, plans, apply, report)
        self.plan_id = plan_id
        self.removes = removes
        self.adds = adds
        self._snapshot: dict[str, Any] = {}

    def do(self) -> Change:
        change = self.plans.apply_suggestion(self.plan_id, self.removes, self.adds)
        self._snapshot = dict(change.snapshot)
        return change

    def undo_edit(self) -> Change:
        return self.plans.undo_suggestion(self.plan_id, self._snapshot)


class ApplySeats(PlanCommand):
    """A school's seat allocation (services/suggest/seats.py) applied to
    every plan as one undo step (PlanService.apply_allocation, one
    transaction); undo takes the added items out of every plan and brings
    the removed rows back as they were."""

    def __init__(
        self,
        text: str,
        plans: Edits,
        apply: ApplyChange,
        report: ReportError,
        *,
        allocation: Allocation,
    ):
        super().__init__(text, plans, apply, report)
        self.allocation = allocation
        self._snapshot: dict[str, Any] = {}

    def do(self) -> Change:
        change = self.plans.apply_allocation(self.allocation)
        self._snapshot = dict(change.snapshot)
        return change

    def undo_edit(self) -> Change:
        return self.plans.undo_allocation(self._snapshot)
