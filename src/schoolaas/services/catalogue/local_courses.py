"""A school's own curriculum on top of the national one: its local courses
(school-specific electives, never compulsory nor national electives), each
possibly still without credits (incomplete) and possibly wrapping an Aalto
course (then the two are one course: planning both is a duplicate and the
credits count once). Read, added, changed, linked and removed here; the
CLI (cli/curriculum.py) and the setup window call these. Each function is
one unit of work; bad input raises InvalidInput."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import LocalCourseRow, ModuleRow, OfferingRow, PlanItemRow, SchoolRow
from schoolaas.domain.codes import CodeMatch, CodeMatcher, local_form, normalise_code
from schoolaas.io.curriculum import lops2021
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises.buildings import unit
from schoolaas.services.views import Change

_AALTO = re.compile(r"^[A-Z]{1,6}-?[A-Z]?\d{2,5}[A-Z0-9.]*$")
_CODE = re.compile(r"^[^\s,;]{1,60}$")


@dataclass(frozen=True, slots=True)
class LocalCourseView:
    school: str
    code: str
    name_fi: str = ""
    name_sv: str = ""
    op: float | None = None  # None: incomplete
    subject: str = ""
    wraps: str | None = None

    @property
    def complete(self) -> bool:
        return self.op is not None


def local_courses(workspace: HasEngine, school: str | None = None) -> list[LocalCourseView]:
    """The local courses (of ``school``), by school and code."""
    with unit(workspace) as session:
        query = select(LocalCourseRow).order_by(
            col(LocalCourseRow.school), col(LocalCourseRow.code)
        )
        if school is not None:
            query = query.where(LocalCourseRow.school == school.upper())
        return [_view(r) for r in session.exec(query).all()]


def save_local_course(workspace: HasEngine, course: LocalCourseView) -> Change:
    """Add the course, or change the one with its school and code."""
    with unit(workspace) as session:
        school = _school(session, course.school)
        code = _code(course.code)
        if normalise_code(code) in _national(session, school.curriculum):
            raise InvalidInput(
                "{code} is a module of the national curriculum; a local course needs the "
                "school's own code.",
                code=code,
            )
        op = course.op
        if op is not None and (not math.isfinite(op) or not 0 < op <= 100):
            raise InvalidInput("{op} is not a sensible number of credits.", op=op)
        row = session.get(LocalCourseRow, (school.code, code)) or LocalCourseRow(
            school=school.code, code=code
        )
        row.name_fi = course.name_fi.strip()[:200]
        row.name_sv = course.name_sv.strip()[:200]
        row.op = op
        row.subject = course.subject.strip().upper()[:20]
        row.wraps = _wrapped(course.wraps)
        session.add(row)
        bump_catalogue_version(session=session)
    return Change(catalogue=True)


def set_wraps(workspace: HasEngine, school: str, code: str, aalto_code: str | None) -> Change:
    """Link the local course to the Aalto course it is in fact (None:
    unlink). Returns a Change whose snapshot holds the link before (undo)."""
    with unit(workspace) as session:
        row = _need(session, school, code)
        before = row.wraps
        row.wraps = _wrapped(aalto_code)
        session.add(row)
        bump_catalogue_version(session=session)
    return Change(catalogue=True, snapshot={"wraps": before})


def remove_local_course(workspace: HasEngine, school: str, code: str) -> Change:
    """Refused while a course group of the tray or a plan item uses it."""
    with unit(workspace) as session:
        row = _need(session, school, code)
        groups = session.exec(
            select(func.count())
            .select_from(OfferingRow)
            .where(OfferingRow.school == row.school, OfferingRow.code == row.code)
        ).one()
        items = session.exec(
            select(func.count())
            .select_from(PlanItemRow)
            .join(OfferingRow, col(PlanItemRow.offering) == col(OfferingRow.key), isouter=True)
            .where(
                PlanItemRow.code == row.code,
                (col(OfferingRow.school) == row.school) | (col(PlanItemRow.offering).is_(None)),
            )
        ).one()
        if groups or items:
            raise InvalidInput(
                "Local course {school} {code} is still used by {groups} course groups and "
                "{items} plan items; it was kept.",
                school=row.school,
                code=row.code,
                groups=groups,
                items=items,
            )
        session.delete(row)
        bump_catalogue_version(session=session)
    return Change(catalogue=True)


def match_code(workspace: HasEngine, school: str, written: str) -> CodeMatch:
    """What a code as ``school`` writes it is: a national module, one of
    its local courses, or unknown."""
    with unit(workspace) as session:
        found = _school(session, school)
        local = session.exec(
            select(LocalCourseRow.code).where(LocalCourseRow.school == found.code)
        ).all()
        matcher = CodeMatcher(_national(session, found.curriculum), local, (found.code,))
    return matcher.match(written)


def _view(row: LocalCourseRow) -> LocalCourseView:
    return LocalCourseView(
        row.school, row.code, row.name_fi, row.name_sv, row.op, row.subject, row.wraps
    )


def _school(session: Session, code: str) -> SchoolRow:
    row = session.get(SchoolRow, code.strip().upper())
    if row is None:
        raise NotFound("There is no school {code!r}.", code=code)
    return row


def _need(session: Session, school: str, code: str) -> LocalCourseRow:
    row = session.get(LocalCourseRow, (school.strip().upper(), local_form(code)))
    if row is None:
        raise NotFound("School {school} has no local course {code}.", school=school, code=code)
    return row


def _code(text: str) -> str:
    code = local_form(text)
    if not _CODE.match(code):
        raise InvalidInput("{code!r} is not a course code.", code=text)
    return code


def _wrapped(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    code = normalise_code(text)
    if not _AALTO.match(code.upper()):
        raise InvalidInput("{code!r} is not an Aalto course code like CS-A1111.", code=text)
    return code


def _national(session: Session, curriculum: str) -> frozenset[str]:
    codes = session.exec(select(ModuleRow.code).where(ModuleRow.curriculum == curriculum)).all()
    return frozenset(codes) if codes else frozenset(lops2021().modules)
