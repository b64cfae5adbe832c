"""What every plan edit's undo command is: ``PlanCommand`` (executed once
before it is pushed, then undone and redone through the plan service),
``MergingEdit`` (edits of one value in a row merge into one undo step) and
``Edits``, the part of the plan service the commands call."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from schoolaas.domain.model import ItemStatus
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import Change
from schoolaas.ui.window import db_guard

if TYPE_CHECKING:  # not at start: it brings in the solver
    from schoolaas.services.suggest.seats import Allocation

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
    def apply_suggestion(
        self, plan_id: int, removes: Sequence[int], adds: Sequence[tuple[str, tuple[str, ...]]]
    ) -> Change: ...
    def undo_suggestion(self, plan_id: int, snapshot: dict[str, Any]) -> Change: ...
    def apply_allocation(self, allocation: Allocation) -> Change: ...
    def undo_allocation(self, snapshot: dict[str, Any]) -> Change: ...


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
