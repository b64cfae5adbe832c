"""Plan edits as undo commands. Each redo/undo calls one plan service method
(services/plans/service.py: one transaction, then the audit and the week)
and hands the returned ``Change``, which carries the new plan state, to
``apply``: the window publishes it on the application's one "changes
applied" signal (ui/changes.py), and every open window refreshes what it
shows.

A command is *executed* once before it is pushed (``execute()``), so a
refused edit (``PlannerError``) never lands on the stack; the stack's first
``redo()`` then does nothing. Later redo/undo errors are reported through
``report``, and the refused step's command leaves the history (the plan
stays as stored; undoing further back is still offered). ``apply`` also gets the moment the
step began, so the window can show how long an edit (or its undo) took to
reach the screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from schoolaas.domain.model import ItemStatus
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import Change
from schoolaas.ui.window import db_guard

ApplyChange = Callable[[Change, float], None]  # the change, when its step began
ReportError = Callable[[Exception], None]

MERGE_STATUS = 1
MERGE_GROUPS = 2
MERGE_RENAME = 3

Value = TypeVar("Value")


class Edits(Protocol):
    """The part of ``services.plans.service.PlanService`` the commands call."""

    @property
    def workspace(self) -> Any: ...  # the open database (checked before each step)

    def add_item(self, plan_id: int, offering_key: str, **kw: Any) -> Change: ...  # seen=
    def remove_item(
        self, item_id: int, *, seen: tuple[ItemStatus, str | None, tuple[str, ...]] | None = None
    ) -> Change: ...
    def restore_item(self, snapshot: dict[str, Any]) -> Change: ...
    def set_status(
        self,
        item_id: int,
        status: ItemStatus,
        grade: str | None = None,
        *,
        seen: tuple[ItemStatus, str | None] | None = None,
    ) -> Change: ...
    def set_groups(
        self, item_id: int, group_keys: tuple[str, ...], *, seen: tuple[str, ...] | None = None
    ) -> Change: ...
    def accept_finding(
        self,
        plan_id: int,
        finding_key: str,
        who: str,
        why: str,
        *,
        seen: tuple[str, ...] | None = None,
    ) -> Change: ...
    def unaccept_finding(
        self, plan_id: int, finding_key: str, *, seen: tuple[str, ...] | None = None
    ) -> Change: ...
    def create_plan(self, student_id: int, name: str) -> Change: ...
    def duplicate_plan(
        self, plan_id: int, name: str, *, seen: PlanSeen | None = None
    ) -> Change: ...
    def rename_plan(self, plan_id: int, name: str, *, seen: str | None = None) -> Change: ...
    def delete_plan(self, plan_id: int, *, seen: PlanSeen | None = None) -> Change: ...
    def restore_plan(
        self, snapshot: dict[str, Any], *, seen_active: int | None = None
    ) -> Change: ...
    def set_active_plan(self, plan_id: int, *, seen: int | None = None) -> Change: ...


class PlanCommand(QUndoCommand):
    def __init__(self, text: str, plans: Edits, apply: ApplyChange, report: ReportError):
        super().__init__(text)
        self.plans = plans
        self._apply = apply
        self._report = report
        self._executed = False

    def execute(self) -> None:
        """Do the edit now; raises the service's error if it is refused
        (or DatabaseGone when the database file is no longer there)."""
        began = time.perf_counter()
        db_guard.check(self.plans.workspace)
        self._apply(self.do(), began)
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the first redo comes from push()
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_edit)

    def _run(self, step: Callable[[], Change]) -> None:
        try:
            began = time.perf_counter()
            db_guard.check(self.plans.workspace)
            self._apply(step(), began)
        except Exception as error:  # a service error must not escape into Qt
            # the step was not taken: an obsolete command leaves the stack
            # where it is (QUndoStack drops it), so the stack never offers to
            # redo an edit that was never undone, or to undo one never redone
            self.setObsolete(True)
            self._report(error)

    def do(self) -> Change:
        raise NotImplementedError

    def undo_edit(self) -> Change:
        raise NotImplementedError


class MergingEdit(PlanCommand, Generic[Value]):
    """An edit of one value (``old`` -> ``new``) of one item or plan. Edits
    of the same kind and target in a row merge into one undo step, which
    goes back to the first old value. Subclasses set ``merge_id`` and say
    what they edit in ``target()``."""

    merge_id = -1
    old: Value
    new: Value

    def target(self) -> int:
        raise NotImplementedError

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.target() != self.target():
            return False
        self.new = other.new
        return True


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
            self._stored = tuple(change.snapshot.get("groups", self.old))
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


class ApplySuggestion(PlanCommand):
    """A suggested timetable applied as one undo step: ``removes`` (item
    ids) go and ``adds`` ((offering, groups)) come in one transaction
    (PlanService.apply_suggestion); undo takes the added items out and
    brings the removed rows back as they were."""

    def __init__(
        self,
        text: str,
        plans: Any,
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
        change: Change = self.plans.apply_suggestion(self.plan_id, self.removes, self.adds)
        self._snapshot = dict(change.snapshot)
        return change

    def undo_edit(self) -> Change:
        change: Change = self.plans.undo_suggestion(self.plan_id, self._snapshot)
        return change


class ApplySeats(PlanCommand):
    """A school's seat allocation (services/suggest/seats.py) applied to
    every plan as one undo step (PlanService.apply_allocation, one
    transaction); undo takes the added items out of every plan and brings
    the removed rows back as they were."""

    def __init__(
        self, text: str, plans: Any, apply: ApplyChange, report: ReportError, *, allocation: Any
    ):
        super().__init__(text, plans, apply, report)
        self.allocation = allocation
        self._snapshot: dict[str, Any] = {}

    def do(self) -> Change:
        change: Change = self.plans.apply_allocation(self.allocation)
        self._snapshot = dict(change.snapshot)
        return change

    def undo_edit(self) -> Change:
        change: Change = self.plans.undo_allocation(self._snapshot)
        return change
