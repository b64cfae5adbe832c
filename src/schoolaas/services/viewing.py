"""Rows to the plain views of services/views.py."""

from __future__ import annotations

from collections.abc import Sequence

from schoolaas.data.tables import PlanRow, StudentRow
from schoolaas.domain.model import AuditItem, MathSyllabus, pick_text
from schoolaas.services.audit.inputs import ItemRecord
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.views import ItemView, PlanView, StudentView


def student_view(row: StudentRow) -> StudentView:
    try:
        maths = MathSyllabus(row.maths)
    except ValueError:
        maths = MathSyllabus.MAA
    return StudentView(
        id=row.id or 0,
        number=row.number,
        first_name=row.first_name,
        last_name=row.last_name,
        school=row.school,
        group=row.group,
        start_year=row.start_year,
        maths=maths,
        mother_tongue=row.mother_tongue,
        b1_language=row.b1_language,
        a_language=row.a_language,
        worldview=row.worldview,
        matriculation=tuple(row.matriculation or ()),
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
        return pick_text(offering.name, lang) or offering.code
    for curriculum in [*cat.curricula.values(), cat.curriculum("LOPS2021")]:
        module = curriculum.module(item.code)
        if module is not None:
            return pick_text(module.name, lang) or item.code
    return item.code


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
