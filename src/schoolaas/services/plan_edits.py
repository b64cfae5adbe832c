"""The plan edits a Workspace offers (it inherits them): each one unit of
work over services/plans/editing.py (items and acceptances) or versions.py
(a student's plan versions), returning the Change it made."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from sqlmodel import Session

from schoolaas.domain.model import ItemStatus
from schoolaas.services.plans import editing, versions
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import Change


class PlanEdits:
    """Item, acceptance and plan-version edits, each in ``session()``: the
    unit of work of the Workspace that inherits them."""

    def session(self) -> AbstractContextManager[Session]:
        raise NotImplementedError  # Workspace.session

    def add_item(
        self,
        plan_id: int,
        offering_key: str,
        *,
        group_keys: tuple[str, ...] | list[str] | None = None,
        status: ItemStatus | str = ItemStatus.PLANNED,
        seen: PlanSeen | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.add_item(
                plan_id, offering_key, group_keys=group_keys, status=status, seen=seen, session=s
            )

    def remove_item(self, item_id: int, *, seen: editing.ItemSeen | None = None) -> Change:
        with self.session() as s:
            return editing.remove_item(item_id, seen=seen, session=s)

    def restore_item(self, snapshot: dict[str, Any]) -> Change:
        with self.session() as s:
            return editing.restore_item(snapshot, session=s)

    def set_status(
        self,
        item_id: int,
        status: ItemStatus | str,
        grade: str | None = None,
        *,
        seen: tuple[ItemStatus | str, str | None] | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.set_status(item_id, status, grade, seen=seen, session=s)

    def set_groups(
        self,
        item_id: int,
        group_keys: tuple[str, ...] | list[str],
        *,
        seen: tuple[str, ...] | list[str] | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.set_groups(item_id, group_keys, seen=seen, session=s)

    def accept_finding(
        self,
        plan_id: int,
        finding_key: str,
        who: str,
        why: str,
        *,
        seen: editing.AcceptanceSeen | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.accept_finding(plan_id, finding_key, who, why, seen=seen, session=s)

    def unaccept_finding(
        self, plan_id: int, finding_key: str, *, seen: editing.AcceptanceSeen | None = None
    ) -> Change:
        with self.session() as s:
            return editing.unaccept_finding(plan_id, finding_key, seen=seen, session=s)

    def create_plan(self, student_id: int, name: str) -> Change:
        with self.session() as s:
            return versions.create_plan(student_id, name, session=s)

    def duplicate_plan(self, plan_id: int, name: str, *, seen: PlanSeen | None = None) -> Change:
        with self.session() as s:
            return versions.duplicate_plan(plan_id, name, seen=seen, session=s)

    def rename_plan(self, plan_id: int, name: str, *, seen: str | None = None) -> Change:
        with self.session() as s:
            return versions.rename_plan(plan_id, name, seen=seen, session=s)

    def delete_plan(self, plan_id: int, *, seen: PlanSeen | None = None) -> Change:
        with self.session() as s:
            return versions.delete_plan(plan_id, seen=seen, session=s)

    def restore_plan(self, snapshot: dict[str, Any], *, seen_active: int | None = None) -> Change:
        with self.session() as s:
            return versions.restore_plan(snapshot, seen_active=seen_active, session=s)

    def set_active_plan(self, plan_id: int, *, seen: int | None = None) -> Change:
        with self.session() as s:
            return versions.set_active_plan(plan_id, seen=seen, session=s)
