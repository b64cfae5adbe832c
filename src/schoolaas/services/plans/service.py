"""The plan service: the one home of the edit loop. A window opens a
student's plan through it and makes every plan edit through it; each edit
returns one ``Change`` (what changed, Anki's ``OpChanges``) carrying the new
``PlanState`` of the plan the service has open: its rows, its AuditResult
and its week's blocks. The window shows that state; it never audits.

The service follows the plan a window looks at ("the open plan"): an edit
that makes a plan opens it, an edit (or undo) in another version of the
student opens that version, and a deleted open plan gives way to the
student's active one. Every database step is one unit of work: an edit is
one Workspace call, and the plan is then read again by the service's
PlanReader (services/plans/reading.py: after an edit of its items, only the
items and seat counts); the audit runs here, after the edit is stored."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from schoolaas.domain.audit import audit
from schoolaas.domain.model import ItemStatus
from schoolaas.services.errors import InvalidInput
from schoolaas.services.plans.blocks import monday_of
from schoolaas.services.plans.reading import PlanReader
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.plans.week import build_week, opening_week
from schoolaas.services.suggest.apply import apply_proposal, undo_proposal
from schoolaas.services.views import Change, PlanState, PlanView, StudentView, item_views

if TYPE_CHECKING:
    from schoolaas.domain.findings import AuditInput, AuditResult
    from schoolaas.domain.timetable_index import Clash
    from schoolaas.services.suggest.seats import Allocation
    from schoolaas.services.workspace import Workspace


class PlanService:
    """One student's plan as a window has it open, and every edit of it.

    ``language`` names the courses in the item rows. ``state`` is the last
    state handed out (None until a plan is opened)."""

    def __init__(self, workspace: Workspace, *, language: str = "en") -> None:
        self.workspace = workspace
        self.language = language
        self.state: PlanState | None = None
        self._run: Callable[[AuditInput], AuditResult] = audit
        self._reader = PlanReader(workspace)

    # --- opening and reading --------------------------------------------------

    def open_student(
        self, student_id: int, *, plan_id: int | None = None, today: date | None = None
    ) -> PlanState:
        """The student's plan ``plan_id`` (else the active one), on the week
        of its first open dated problem, else its busiest coming week."""
        ws = self.workspace
        student = ws.student(student_id)
        active = ws.active_plan(student_id)  # made when the student has none
        plans = tuple(ws.plans(student_id))
        plan = next((p for p in plans if p.id == plan_id), active)
        return self._show(student, plan, plans, jump=today or date.today())

    def open_plan(self, plan_id: int) -> PlanState:
        """Another version of the open student, on the same week."""
        state = self._need_state()
        plan = next((p for p in state.plans if p.id == plan_id), None)
        if plan is None:
            raise InvalidInput(
                "Plan {plan_id} is not a version of {student_name}.",
                plan_id=plan_id,
                student_name=state.student.name,
            )
        return self._show(state.student, plan, state.plans)

    def refresh(self, *, student: bool = False) -> PlanState:
        """The open plan worked out again after a change made elsewhere (the
        premises, the settings, the catalogue, the student's own data)."""
        state = self._need_state()
        who = self.workspace.student(state.student.id) if student else state.student
        plans = tuple(self.workspace.plans(who.id))
        plan = next((p for p in plans if p.id == state.plan.id), None)
        if plan is None:
            plan = next((p for p in plans if p.active), plans[0])
        return self._show(who, plan, plans)

    def show_week(self, monday: date) -> PlanState:
        """The open plan's blocks in another week (no audit, no database)."""
        state = self._need_state()
        monday = monday_of(monday)
        blocks, gaps = build_week(
            monday,
            state.audit_items,
            state.result.findings,
            state.catalogue.travel,
            state.catalogue.rooms,
            timetable=state.catalogue.timetable,
        )
        self.state = dataclasses.replace(
            state, monday=monday, blocks=tuple(blocks), gaps=tuple(gaps)
        )
        return self.state

    def clashing_offerings(self) -> set[str]:
        """Keys of catalogue offerings that would clash with the open plan
        ("fits my timetable"): asked after the audit is on screen."""
        state = self._need_state()
        return state.catalogue.timetable.clashing_offerings(state.audit_items)

    def clashes_of_adding(self, offering_key: str) -> list[Clash]:
        """How the offering in its default groups would clash with the open
        plan (one Clash per item; empty when it fits): asked before adding."""
        state = self._need_state()
        index = state.catalogue.timetable
        return index.clash_details(state.audit_items, index.default_choice(offering_key))

    def clashes_of_groups(self, item_id: int, group_keys: Sequence[str]) -> list[Clash]:
        """How item ``item_id`` in ``group_keys`` would clash with the rest of
        the open plan: asked before its groups change."""
        state = self._need_state()
        item = next((i for i in state.audit_items if i.item_id == item_id), None)
        if item is None or item.offering_key not in state.catalogue.offerings:
            return []
        index = state.catalogue.timetable
        others = [i for i in state.audit_items if i.item_id != item_id]
        return index.clash_details(others, index.choice(item.offering_key, tuple(group_keys)))

    # --- edits: each returns the Change with the new state -----------------------

    def add_item(
        self,
        plan_id: int,
        offering_key: str,
        *,
        group_keys: tuple[str, ...] | list[str] | None = None,
        status: ItemStatus | str = ItemStatus.PLANNED,
        seen: PlanSeen | None = None,
    ) -> Change:
        return self._after(
            self.workspace.add_item(
                plan_id, offering_key, group_keys=group_keys, status=status, seen=seen
            )
        )

    def remove_item(
        self,
        item_id: int,
        *,
        seen: tuple[ItemStatus | str, str | None, tuple[str, ...]] | None = None,
    ) -> Change:
        return self._after(self.workspace.remove_item(item_id, seen=seen))

    def restore_item(self, snapshot: dict[str, Any]) -> Change:
        return self._after(self.workspace.restore_item(snapshot))

    def set_status(
        self,
        item_id: int,
        status: ItemStatus | str,
        grade: str | None = None,
        *,
        seen: tuple[ItemStatus | str, str | None] | None = None,
    ) -> Change:
        return self._after(self.workspace.set_status(item_id, status, grade, seen=seen))

    def set_groups(
        self,
        item_id: int,
        group_keys: tuple[str, ...] | list[str],
        *,
        seen: tuple[str, ...] | list[str] | None = None,
    ) -> Change:
        return self._after(self.workspace.set_groups(item_id, group_keys, seen=seen))

    def accept_finding(
        self,
        plan_id: int,
        finding_key: str,
        who: str,
        why: str,
        *,
        seen: tuple[str, ...] | None = None,
    ) -> Change:
        return self._after(self.workspace.accept_finding(plan_id, finding_key, who, why, seen=seen))

    def unaccept_finding(
        self, plan_id: int, finding_key: str, *, seen: tuple[str, ...] | None = None
    ) -> Change:
        return self._after(self.workspace.unaccept_finding(plan_id, finding_key, seen=seen))

    def create_plan(self, student_id: int, name: str) -> Change:
        return self._after(self.workspace.create_plan(student_id, name))

    def duplicate_plan(self, plan_id: int, name: str, *, seen: PlanSeen | None = None) -> Change:
        return self._after(self.workspace.duplicate_plan(plan_id, name, seen=seen))

    def rename_plan(self, plan_id: int, name: str, *, seen: str | None = None) -> Change:
        return self._after(self.workspace.rename_plan(plan_id, name, seen=seen))

    def delete_plan(self, plan_id: int, *, seen: PlanSeen | None = None) -> Change:
        return self._after(self.workspace.delete_plan(plan_id, seen=seen))

    def restore_plan(self, snapshot: dict[str, Any], *, seen_active: int | None = None) -> Change:
        return self._after(self.workspace.restore_plan(snapshot, seen_active=seen_active))

    def set_active_plan(self, plan_id: int, *, seen: int | None = None) -> Change:
        return self._after(self.workspace.set_active_plan(plan_id, seen=seen))

    def apply_suggestion(
        self, plan_id: int, removes: Sequence[int], adds: Sequence[tuple[str, tuple[str, ...]]]
    ) -> Change:
        """A suggested timetable in one edit (services/suggest/apply.py)."""
        return self._after(apply_proposal(self.workspace, plan_id, removes, adds))

    def undo_suggestion(self, plan_id: int, snapshot: dict[str, Any]) -> Change:
        return self._after(undo_proposal(self.workspace, plan_id, snapshot))

    def apply_allocation(self, allocation: Allocation) -> Change:
        """A school's seat allocation in every plan, one edit (services/suggest/seats.py)."""
        from schoolaas.services.suggest.seats import apply_allocation

        return self._after(apply_allocation(self.workspace, allocation))

    def undo_allocation(self, snapshot: dict[str, Any]) -> Change:
        from schoolaas.services.suggest.seats import undo_allocation

        return self._after(undo_allocation(self.workspace, snapshot))

    # --- the loop ------------------------------------------------------------------

    def _after(self, change: Change) -> Change:
        """The stored edit's Change with the state of the plan to show."""
        state = self.state
        if state is None or state.student.id not in change.student_ids:
            return change  # nothing open here (a CLI or a test): the edit alone
        current = state.plan.id
        if change.item_ids and change.plan_ids == frozenset({current}):
            # an item of the open plan: the versions are as they were
            held = not (change.catalogue or change.settings or change.premises)
            shown = self._show(state.student, state.plan, state.plans, items_only=held)
            return dataclasses.replace(change, state=shown)
        plans = tuple(self.workspace.plans(state.student.id))
        ids = {p.id for p in plans}
        if _made_a_plan(change) and change.created_id in ids:
            current = change.created_id
        elif current not in ids:
            current = next((p.id for p in plans if p.active), plans[0].id)
        elif change.plan_ids and current not in change.plan_ids:
            # undo/redo of an edit in another version: open that version
            current = next((p.id for p in plans if p.id in change.plan_ids), current)
        plan = next(p for p in plans if p.id == current)
        return dataclasses.replace(change, state=self._show(state.student, plan, plans))

    def _show(
        self,
        student: StudentView,
        plan: PlanView,
        plans: Iterable[PlanView],
        *,
        jump: date | None = None,
        items_only: bool = False,
    ) -> PlanState:
        """Audit ``plan`` and lay out its week: the new state. ``items_only``:
        only items of the plan changed (the catalogue is the one held;
        otherwise a changed catalogue is loaded first)."""
        inp = self._reader.audit_input(plan.id, items_only=items_only)
        cat = self.workspace.loaded_catalogue or self.workspace.catalogue()
        result = self._run(inp)
        if jump is not None:
            monday = opening_week(inp.items, result.findings, jump)
        elif self.state is not None:
            monday = self.state.monday
        else:
            monday = monday_of(date.today())
        blocks, gaps = build_week(
            monday, inp.items, result.findings, cat.travel, cat.rooms, timetable=cat.timetable
        )
        self.state = PlanState(
            student=student,
            plan=plan,
            plans=tuple(plans),
            items=tuple(item_views(plan.id, inp.items, cat, self.language)),
            audit_items=inp.items,
            result=result,
            monday=monday,
            blocks=tuple(blocks),
            gaps=tuple(gaps),
            catalogue=cat,
        )
        return self.state

    def _need_state(self) -> PlanState:
        if self.state is None:
            raise InvalidInput("No plan is open.")
        return self.state


def _made_a_plan(change: Change) -> bool:
    """Whether the edit made (or brought back) a plan: its ``created_id`` is
    a plan's, not an item's."""
    return change.created_id is not None and change.created_id not in change.item_ids
