"""Plain records the services hand to the UI, the CLI and the reports.
The UI holds these and ids, never a database session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from schoolaas.domain.model import ItemStatus, MathSyllabus, Provider

if TYPE_CHECKING:
    from schoolaas.domain.findings import AuditResult
    from schoolaas.domain.model import AuditItem
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.plans.blocks import Block, TravelGap


@dataclass(frozen=True, slots=True)
class StudentView:
    id: int
    number: str
    first_name: str
    last_name: str
    school: str
    group: str
    start_year: int
    maths: MathSyllabus
    mother_tongue: str = "AI1"
    b1_language: str = "TKRUB1"
    a_language: str = "VKENA1"
    worldview: str = "KT1"
    matriculation: tuple[str, ...] = ()
    archived: bool = False
    updated_at: datetime | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class PlanView:
    id: int
    student_id: int
    name: str
    active: bool
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ItemView:
    """One plan item as shown in the plan list."""

    id: int
    plan_id: int
    code: str
    name: str
    provider: Provider
    status: ItemStatus
    op: float
    ects: float | None
    period: str | None
    offering_key: str | None
    group_keys: tuple[str, ...] = ()
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class PlanState:
    """One plan as a window shows it, all worked out by the plan service
    (services/plans/service.py): its student and versions, its rows, the
    audit's items and result, and the week's blocks. Plain data, no Qt."""

    student: StudentView
    plan: PlanView
    plans: tuple[PlanView, ...]  # the student's versions
    items: tuple[ItemView, ...]
    audit_items: tuple[AuditItem, ...]
    result: AuditResult
    monday: date  # the week of ``blocks`` and ``gaps``
    blocks: tuple[Block, ...]
    gaps: tuple[TravelGap, ...]
    catalogue: Catalogue  # the catalogue the items were resolved in


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit changed, so each view can decide whether to refresh
    (Anki's ``OpChanges``); the plan service adds the new ``state`` of the
    plan it has open."""

    plan_ids: frozenset[int] = frozenset()
    item_ids: frozenset[int] = frozenset()
    student_ids: frozenset[int] = frozenset()
    catalogue: bool = False
    premises: bool = False
    settings: bool = False
    created_id: int | None = None  # id of a row the edit created
    snapshot: dict[str, object] = field(default_factory=dict)  # what undo needs
    state: PlanState | None = None  # the plan after the edit (plan service only)
