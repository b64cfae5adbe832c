"""Plain records the services hand to the UI, the CLI and the reports, and
how they are made from rows and audit items. The UI holds these and ids,
never a database session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from schoolaas.domain.model import ItemStatus, MathSyllabus, Provider
from schoolaas.wording.names import name_in, shown_name

if TYPE_CHECKING:
    from schoolaas.data.tables import PlanRow, StudentRow
    from schoolaas.domain.findings import AuditResult
    from schoolaas.domain.model import AuditItem
    from schoolaas.services.audit.inputs import ItemRecord
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


# --- made from rows and audit items ---------------------------------------------


def student_view(row: StudentRow | Any, shared: dict[Any, Any] | None = None) -> StudentView:
    """The view of a StudentRow (or a record with its columns); ``shared``
    keeps one object per equal school, group, language and matriculation
    list across a list of students (the driver makes new ones per row)."""
    try:
        maths = MathSyllabus(row.maths)
    except ValueError:
        maths = MathSyllabus.MAA
    one = ({} if shared is None else shared).setdefault
    school, group, mother_tongue = row.school, row.group, row.mother_tongue
    b1, a, worldview = row.b1_language, row.a_language, row.worldview
    matriculation = tuple(row.matriculation or ())
    return StudentView(
        id=row.id or 0,
        number=row.number,
        first_name=row.first_name,
        last_name=row.last_name,
        school=one(school, school),
        group=one(group, group),
        start_year=row.start_year,
        maths=maths,
        mother_tongue=one(mother_tongue, mother_tongue),
        b1_language=one(b1, b1),
        a_language=one(a, a),
        worldview=one(worldview, worldview),
        matriculation=one(matriculation, matriculation),
        archived=row.archived,
        updated_at=row.updated_at,
    )


def plan_view(row: PlanRow) -> PlanView:
    return PlanView(
        id=row.id or 0,
        student_id=row.student_id,
        name=row.name,
        active=row.active,
        updated_at=row.updated_at,
    )


def item_name(item: AuditItem, cat: Catalogue, lang: str = "en") -> str:
    """The course's name: the offering's, else the curriculum module's, else the code."""
    offering = cat.offerings.get(item.offering_key) if item.offering_key else None
    if offering is not None:
        return shown_name(offering.name, lang) or offering.code
    for curriculum in [*cat.curricula.values(), cat.curriculum("LOPS2021")]:
        module = curriculum.module(item.code)
        if module is not None:
            return shown_name(module.name, lang) or item.code
    return item.code


def item_name_in(item: AuditItem, cat: Catalogue, lang: str = "en") -> tuple[str, str]:
    """Like item_name, unmarked, with the language the name is in (``lang``
    for the code): a document says once that some names are in another
    language instead of on every row."""
    offering = cat.offerings.get(item.offering_key) if item.offering_key else None
    if offering is not None:
        name, used = name_in(offering.name, lang)
        return (name, used) if name else (offering.code, lang)
    for curriculum in [*cat.curricula.values(), cat.curriculum("LOPS2021")]:
        module = curriculum.module(item.code)
        if module is not None:
            name, used = name_in(module.name, lang)
            return (name, used) if name else (item.code, lang)
    return item.code, lang


def item_view(row: ItemRecord, item: AuditItem, cat: Catalogue) -> ItemView:
    return ItemView(
        id=row.id or 0,
        plan_id=row.plan_id,
        code=row.code,
        name=item_name(item, cat),
        provider=item.provider,
        status=item.status,
        op=item.op,
        ects=item.ects,
        period=item.period,
        offering_key=row.offering,
        group_keys=tuple(row.groups or ()),
        grade=row.grade,
    )


def item_views(
    plan_id: int, items: Sequence[AuditItem], cat: Catalogue, language: str = "en"
) -> list[ItemView]:
    """The plan table's rows from the audit's items (no second query)."""
    return [
        ItemView(
            id=i.item_id,
            plan_id=plan_id,
            code=i.code,
            name=item_name(i, cat, language),
            provider=i.provider,
            status=i.status,
            op=i.op,
            ects=i.ects,
            period=i.period,
            offering_key=i.offering_key,
            group_keys=i.group_keys,
            grade=i.grade,
        )
        for i in items
    ]
