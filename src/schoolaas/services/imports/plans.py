"""Plan files in and out of the database, and curriculum modules in.

A plan file's student is matched by student number (created when new, if
the school exists); its plans by name. A plan whose items and acceptances
are the same is unchanged; a changed one has its items replaced."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from schoolaas.data.tables import (
    AcceptanceRow,
    ModuleRow,
    OfferingRow,
    PlanItemRow,
    PlanRow,
    SchoolRow,
    StudentRow,
)
from schoolaas.domain.curriculum import Curriculum
from schoolaas.io.errors import Problem
from schoolaas.io.planfile import FileAcceptance, FileItem, FilePlan, FileStudent, PlanFile
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.report import ImportReport, Progress, Updated, chunks
from schoolaas.services.people.student_records import StudentInput
from schoolaas.services.people.students import StudentInputError, new_student_row
from schoolaas.services.plans.grades import checked_grade

_STUDENT_FIELDS = (
    "first_name", "last_name", "school", "group", "start_year", "maths",
    "mother_tongue", "b1_language", "a_language", "worldview",
)  # fmt: skip
_ITEM_FIELDS = ("code", "provider", "offering", "status", "grade", "period", "op", "ects", "note")


def apply_plan(
    plan_file: PlanFile, session: Session, report: ImportReport, progress: Progress | None
) -> None:
    report.source = f"plan file version {plan_file.version}"
    report.records = len(plan_file.plans)
    student, _created = _student(plan_file.student, session, report)
    assert student.id is not None
    _sittings(plan_file.student, student, session, report)
    known = _known_offerings(plan_file, session)
    existing = {
        p.name: p for p in session.exec(select(PlanRow).where(PlanRow.student_id == student.id))
    }
    has_active = any(p.active for p in existing.values())
    for done, plan in enumerate(plan_file.plans, start=1):
        label = f"plan '{plan.name}' of {student.number}"
        items = [_item_row(_graded(i, plan), known, report) for i in plan.items]
        row = existing.get(plan.name)
        if row is None:
            active = plan.active and not has_active  # one active plan per student
            row = PlanRow(student_id=student.id, name=plan.name, active=active)
            session.add(row)
            session.flush()
            has_active = has_active or active
            _write(row, items, plan, session)
            report.added.append(f"{label} ({len(items)} items)")
        else:
            assert row.id is not None
            changed = _differences(row.id, items, plan, session)
            if not changed:
                report.unchanged.append(label)
            else:
                _clear(row.id, session)
                _write(row, items, plan, session)
                row.updated_at = datetime.now()
                session.add(row)
                report.updated.append(Updated(label, changed))
        if progress:
            progress(done, len(plan_file.plans))
    if plan_file.plans and not has_active:
        first = session.exec(select(PlanRow).where(PlanRow.student_id == student.id)).first()
        if first is not None:
            first.active = True
            session.add(first)
    session.flush()


def _student(data: FileStudent, session: Session, report: ImportReport) -> tuple[StudentRow, bool]:
    row = session.exec(select(StudentRow).where(StudentRow.number == data.number)).first()
    if row is not None:
        differs = [f for f in ("first_name", "last_name") if getattr(row, f) != getattr(data, f)]
        if differs:
            report.notes.append(
                f"student {data.number} is {row.first_name} {row.last_name} in the database, "
                f"{data.first_name} {data.last_name} in the file: the database's name is kept"
            )
        return row, False
    if session.get(SchoolRow, data.school) is None:
        raise InvalidInput(
            "The plan file's student {number} belongs to school {school!r}, which is "
            "not in the database.",
            number=data.number,
            school=data.school,
        )
    try:  # checked as the student form checks a new student
        row = new_student_row(
            StudentInput(
                number=data.number,
                matriculation=data.matriculation,
                **{f: getattr(data, f) for f in _STUDENT_FIELDS},
            ),
            session=session,
        )
    except StudentInputError as exc:
        raise InvalidInput(
            "The plan file's student {number} cannot be added: {problems}",
            number=data.number,
            problems=str(exc),
        ) from None
    session.add(row)
    session.flush()
    report.added.append(f"student {data.number} {data.first_name} {data.last_name}")
    return row, True


def _known_offerings(plan_file: PlanFile, session: Session) -> set[str]:
    keys = sorted({i.offering for p in plan_file.plans for i in p.items if i.offering})
    known: set[str] = set()
    for part in chunks(keys):
        known.update(session.exec(select(OfferingRow.key).where(col(OfferingRow.key).in_(part))))
    return known


def _item_row(item: FileItem, known: set[str], report: ImportReport) -> FileItem:
    if item.offering and item.offering not in known:
        report.notes.append(
            f"{item.code}: course offering {item.offering} is not in the catalogue; "
            "the item is kept by its code"
        )
        return replace(item, offering=None)
    return item


def _graded(item: FileItem, plan: FilePlan) -> FileItem:
    """The item with its grade checked as the plan pane checks it."""
    try:
        return replace(item, grade=checked_grade(item.provider, item.grade, code=item.code))
    except InvalidInput as exc:
        raise InvalidInput(
            "The plan file's plan {plan!r}: {problem}", plan=plan.name, problem=str(exc)
        ) from None


def _item_values(item: FileItem | PlanItemRow) -> dict[str, Any]:
    """A plan item's values, named alike in a file and in the database; all
    but the groups (a tuple in a file, a list in the database)."""
    return {f: getattr(item, f) for f in _ITEM_FIELDS}


def _item_key(item: FileItem | PlanItemRow) -> tuple[object, ...]:
    return (*_item_values(item).values(), tuple(item.groups))


def _differences(
    plan_id: int, items: list[FileItem], plan: FilePlan, session: Session
) -> tuple[str, ...]:
    rows = session.exec(select(PlanItemRow).where(PlanItemRow.plan_id == plan_id)).all()
    accs = session.exec(select(AcceptanceRow).where(AcceptanceRow.plan_id == plan_id)).all()
    changed = []
    if sorted(map(_item_key, rows), key=repr) != sorted(map(_item_key, items), key=repr):
        changed.append("items")
    have = sorted((a.finding_key, a.who, a.why, a.at.isoformat()) for a in accs)
    want = sorted((a.finding_key, a.who, a.why, _at(a).isoformat()) for a in plan.acceptances)
    if have != want:
        changed.append("acceptances")
    return tuple(changed)


def _clear(plan_id: int, session: Session) -> None:
    for table in (PlanItemRow, AcceptanceRow):
        for row in session.exec(select(table).where(table.plan_id == plan_id)).all():
            session.delete(row)
    session.flush()


def _write(row: PlanRow, items: list[FileItem], plan: FilePlan, session: Session) -> None:
    assert row.id is not None
    for i in items:
        session.add(PlanItemRow(plan_id=row.id, groups=list(i.groups), **_item_values(i)))
    for a in plan.acceptances:
        session.add(
            AcceptanceRow(
                plan_id=row.id, finding_key=a.finding_key, who=a.who, at=_at(a), why=a.why
            )
        )


def _at(a: FileAcceptance) -> datetime:
    return datetime.fromisoformat(a.at).replace(tzinfo=None, microsecond=0)


def _sittings(data: FileStudent, row: StudentRow, session: Session, report: ImportReport) -> None:
    """The file's matriculation sittings for the subjects the student
    writes replace the stored ones (the student's own choice, like the
    plans); sittings of other subjects are reported and ignored."""
    writes = list(row.matriculation or ())
    ignored = sorted(s for s in data.matriculation_sittings if s not in writes)
    if ignored:
        report.notes.append(
            f"student {row.number} does not write {', '.join(ignored)} in the matriculation "
            "examination: the file's sittings for it were ignored"
        )
    wanted = {s: k for s, k in data.matriculation_sittings.items() if s in writes}
    if not data.matriculation_sittings or wanted == dict(row.matriculation_sittings or {}):
        return
    row.matriculation_sittings = wanted
    row.updated_at = datetime.now()
    session.add(row)
    session.flush()
    report.updated.append(Updated(f"student {row.number}", ("matriculation sittings",)))


def plan_file_of(student_id: int, session: Session, exported_by: str) -> PlanFile:
    """Everything of one student as a plan file."""
    student = session.get(StudentRow, student_id)
    if student is None:
        raise InvalidInput("No student {student_id}.", student_id=student_id)
    plans = session.exec(
        select(PlanRow).where(PlanRow.student_id == student_id).order_by(col(PlanRow.id))
    ).all()
    out = []
    for p in plans:
        items = session.exec(
            select(PlanItemRow).where(PlanItemRow.plan_id == p.id).order_by(col(PlanItemRow.id))
        ).all()
        accs = session.exec(select(AcceptanceRow).where(AcceptanceRow.plan_id == p.id)).all()
        out.append(
            FilePlan(
                name=p.name,
                active=p.active,
                items=tuple(_file_item(r) for r in items),
                acceptances=tuple(
                    FileAcceptance(
                        a.finding_key, a.who, a.at.replace(microsecond=0).isoformat(), a.why
                    )
                    for a in accs
                ),
            )
        )
    return PlanFile(
        student=FileStudent(
            number=student.number,
            matriculation=tuple(student.matriculation),
            matriculation_sittings=dict(student.matriculation_sittings or {}),
            **{f: getattr(student, f) for f in _STUDENT_FIELDS},
        ),
        plans=tuple(out),
        exported_at=datetime.now().replace(microsecond=0).isoformat(),
        exported_by=exported_by,
    )


def _file_item(r: PlanItemRow) -> FileItem:
    return FileItem(groups=tuple(r.groups), **_item_values(r))


def apply_curriculum(
    curriculum: Curriculum,
    problems: list[Problem],
    session: Session,
    report: ImportReport,
    progress: Progress | None,
) -> None:
    report.source = curriculum.name
    report.records = len(curriculum.modules) + len(problems)
    report.skipped.extend(problems)
    existing = {
        m.code: m
        for m in session.exec(select(ModuleRow).where(ModuleRow.curriculum == curriculum.name))
    }
    total = len(curriculum.modules)
    for done, module in enumerate(curriculum.modules.values(), start=1):
        values = {
            "subject": module.subject,
            "syllabus": module.syllabus,
            "name_fi": module.name.get("fi", ""),
            "name_sv": module.name.get("sv", ""),
            "op": module.op,
            "compulsory": module.compulsory,
        }
        label = f"{curriculum.name} {module.code}"
        row = existing.pop(module.code, None)
        if row is None:
            session.add(ModuleRow(curriculum=curriculum.name, code=module.code, **values))  # type: ignore[arg-type]
            report.added.append(label)
        else:
            changed = tuple(k for k, v in values.items() if getattr(row, k) != v)
            if changed:
                for k, v in values.items():
                    setattr(row, k, v)
                session.add(row)
                report.updated.append(Updated(label, changed))
            else:
                report.unchanged.append(label)
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)
    if existing:
        report.notes.append(
            f"{len(existing)} modules of {curriculum.name} in the database are not in this "
            f"file and were kept: {', '.join(sorted(existing)[:10])}"
        )
    session.flush()
