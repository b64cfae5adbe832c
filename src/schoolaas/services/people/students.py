"""Students: the counsellor's overview of every student, and adding, editing
and archiving a student with every field checked.

Each function is one unit of work. Bad input raises
:class:`StudentInputError` (an ``InvalidInput``) whose message names the
field; ``problems`` holds a message per field for a form to show. The
records these take and give (StudentInput, OverviewRow): student_records.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlmodel import Session, col, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.data.tables import PlanRow, SchoolRow, StudentRow
from schoolaas.domain.calendar import year_of
from schoolaas.domain.curriculum import Curriculum
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import MathSyllabus
from schoolaas.io.csv_cells import csv_text
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit, StorageError
from schoolaas.services.people.student_records import (
    CSV_HEADER,
    CanAudit,
    CanAuditOne,
    OverviewRow,
    StudentInput,
    csv_row,
    input_of,
    row_values,
)
from schoolaas.services.premises.buildings import unit
from schoolaas.services.views import Change
from schoolaas.wording.messages import say

NAME_MAX = 60
NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{2,19}$")
NAME_RE = re.compile(r"^[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?$")
MATRICULATION_RE = re.compile(r"^[A-Z]{1,3}\d?$")
YEARS_BACK = 6  # a student may take up to four years; keep some slack for old records

# Which subjects a language / worldview choice must belong to.
CHOICE_SUBJECTS: Mapping[str, tuple[str, ...]] = {
    "mother_tongue": ("AI",),
    "b1_language": ("TKRU", "TKFI"),
    "a_language": ("VK", "TKRU", "TKFI"),
    "worldview": ("KT", "ET"),
}
FIELD_LABELS: Mapping[str, str] = {
    "first_name": "first name",
    "last_name": "last name",
    "number": "student number",
    "school": "school",
    "group": "group",
    "start_year": "start year",
    "maths": "maths syllabus",
    "mother_tongue": "mother tongue syllabus",
    "b1_language": "B1 language syllabus",
    "a_language": "A language syllabus",
    "worldview": "worldview syllabus",
    "matriculation": "matriculation subjects",
}


class StudentInputError(InvalidInput):
    """One or more fields of a student are not valid."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        text = "; ".join(f"{FIELD_LABELS.get(k, k)}: {v}" for k, v in self.problems.items())
        super().__init__(f"Invalid student — {text}")


def current_year(today: date | None = None) -> int:
    """First calendar year of the academic year ``today`` is in."""
    return int(year_of(today or date.today())[:4])


def check_student(
    data: StudentInput,
    *,
    session: Session,
    curriculum: Curriculum,
    student_id: int | None = None,
    today: date | None = None,
) -> tuple[StudentInput, dict[str, str]]:
    """The cleaned input and a message per invalid field (empty when valid)."""
    problems: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name in ("first_name", "last_name"):
        value = " ".join(str(getattr(data, name)).split())
        if not value:
            problems[name] = say("is empty")
        elif len(value) > NAME_MAX:
            problems[name] = say("is longer than {most} characters", most=NAME_MAX)
        elif not NAME_RE.match(value):
            problems[name] = say(
                "{value!r} may hold only letters, spaces, hyphens and apostrophes", value=value
            )
        clean[name] = value
    number = str(data.number).strip()
    clean["number"] = number
    if not NUMBER_RE.match(number):
        problems["number"] = say(
            "{number!r} is not a student number (3–20 letters, digits or hyphens)", number=number
        )
    else:
        other = session.exec(select(StudentRow).where(StudentRow.number == number)).first()
        if other is not None and other.id != student_id:
            problems["number"] = say(
                "{number} already belongs to {first_name} {last_name}",
                number=number,
                first_name=other.first_name,
                last_name=other.last_name,
            )
    school = str(data.school).strip().upper()
    clean["school"] = school
    if not school:
        problems["school"] = say("is empty")
    elif session.get(SchoolRow, school) is None:
        known = ", ".join(sorted(session.exec(select(SchoolRow.code)).all())) or "-"
        problems["school"] = say(
            "no school {school!r} (known: {known})", school=school, known=known
        )
    group = str(data.group).strip()
    clean["group"] = group
    if len(group) > 20:
        problems["group"] = say("is longer than 20 characters")
    clean["start_year"] = _check_year(data.start_year, problems, current_year(today))
    maths = str(data.maths).strip().upper()
    clean["maths"] = maths
    if maths not in {m.value for m in MathSyllabus}:
        problems["maths"] = say("{maths!r} must be MAA (long) or MAB (short)", maths=maths)
    syllabi = _syllabi(curriculum)
    for name, subjects in CHOICE_SUBJECTS.items():
        value = str(getattr(data, name)).strip().upper()
        clean[name] = value
        allowed = sorted(code for code, subj in syllabi.items() if subj in subjects)
        if value not in allowed:
            problems[name] = say(
                "{value!r} is not a {curriculum_name} syllabus of {subjects} (one of {allowed})",
                value=value,
                curriculum_name=curriculum.name,
                subjects="/".join(subjects),
                allowed=", ".join(allowed),
            )
    subjects = tuple(s.strip().upper() for s in data.matriculation if s.strip())
    bad = [s for s in subjects if not MATRICULATION_RE.match(s)]
    if bad:
        problems["matriculation"] = say("not a subject code: {codes}", codes=", ".join(bad))
    clean["matriculation"] = tuple(dict.fromkeys(subjects))
    return StudentInput(**clean), problems


def _check_year(raw: int | str, problems: dict[str, str], this_year: int) -> int:
    try:
        year = int(str(raw).strip())
    except ValueError:
        problems["start_year"] = say("{raw!r} is not a year", raw=raw)
        return 0
    low, high = this_year - YEARS_BACK, this_year + 1
    if not low <= year <= high:
        problems["start_year"] = say(
            "{year} is outside {low}–{high}", year=year, low=low, high=high
        )
    return year


def _syllabi(curriculum: Curriculum) -> dict[str, str]:
    """Syllabus code -> subject; a subject without syllabi (ET) is its own code."""
    out: dict[str, str] = {}
    for module in curriculum.modules.values():
        out[module.syllabus or module.subject] = module.subject
    return out


def _curriculum() -> Curriculum:
    from schoolaas.io.curriculum import lops2021

    return lops2021()


def add_student(
    workspace: HasEngine, data: StudentInput, *, curriculum: Curriculum | None = None
) -> Change:
    """Create a student with an empty active plan; ``created_id`` is the student."""
    with unit(workspace) as session:
        row = new_student_row(data, session=session, curriculum=curriculum)
        session.add(row)
        session.flush()
        assert row.id is not None
        plan = PlanRow(student_id=row.id, name="Plan", active=True)
        session.add(plan)
        session.flush()
        return Change(
            student_ids=frozenset({row.id}),
            plan_ids=frozenset({plan.id}) if plan.id is not None else frozenset(),
            created_id=row.id,
        )


def new_student_row(
    data: StudentInput, *, session: Session, curriculum: Curriculum | None = None
) -> StudentRow:
    """The row of a new student checked as the student form checks it
    (StudentInputError naming each bad field); not yet added. Every way a
    student is created (the form, a plan file) goes through here."""
    clean, problems = check_student(data, session=session, curriculum=curriculum or _curriculum())
    if problems:
        raise StudentInputError(problems)
    return StudentRow(**row_values(clean), updated_at=datetime.now())


def update_student(
    workspace: HasEngine,
    student_id: int,
    data: StudentInput,
    *,
    curriculum: Curriculum | None = None,
    seen: StudentInput | None = None,
) -> Change:
    """``seen``: the stored values the form started from (student_input);
    refused with StaleEdit when the student holds other values now, so a
    form opened before another counsellor's edit cannot write over it."""
    with unit(workspace) as session:
        row = session.get(StudentRow, student_id)
        if row is None:
            raise NotFound("No student with id {student_id}.", student_id=student_id)
        if seen is not None and input_of(row) != seen:
            raise StaleEdit(
                "Student {number} ({name}) was changed elsewhere (last change at {when}) after "
                "this form opened; nothing was saved. Reload to see it.",
                number=row.number,
                name=f"{row.first_name} {row.last_name}",
                when=f"{row.updated_at:%d.%m.%Y %H:%M}",
            )
        clean, problems = check_student(
            data, session=session, curriculum=curriculum or _curriculum(), student_id=student_id
        )
        if problems:
            raise StudentInputError(problems)
        before = {k: getattr(row, k) for k in row_values(clean)}
        for key, value in row_values(clean).items():
            setattr(row, key, value)
        row.updated_at = datetime.now()
        session.add(row)
        return Change(student_ids=frozenset({student_id}), snapshot=before)


def archive_student(
    workspace: HasEngine, student_id: int, archived: bool = True, *, seen: bool | None = None
) -> Change:
    """Hide a student from the overview (or bring one back); nothing is
    deleted. ``seen``: whether the caller's view showed the student archived;
    refused with StaleEdit (naming who changed it and when) when another
    counsellor archived or brought the student back since."""
    with unit(workspace) as session:
        row = session.get(StudentRow, student_id)
        if row is None:
            raise NotFound("No student with id {student_id}.", student_id=student_id)
        if seen is not None and row.archived != seen:
            _refuse_archive(row, session)
        row.archived = archived
        row.updated_at = datetime.now()
        session.add(row)
        return Change(student_ids=frozenset({student_id}), snapshot={"archived": not archived})


def _refuse_archive(row: StudentRow, session: Session) -> NoReturn:
    from schoolaas.services.plans.stale import last_change

    found = last_change(session, student_id=row.id)
    who, when = (found[0], f"{found[1]:%d.%m.%Y %H:%M}") if found else (say("someone else"), "?")
    values = {"number": row.number, "name": f"{row.first_name} {row.last_name}", "who": who}
    if row.archived:
        raise StaleEdit(
            "Student {number} ({name}) was archived by {who} at {when} after this window "
            "showed it; nothing was saved. Reload to see it.",
            when=when,
            **values,
        )
    raise StaleEdit(
        "Student {number} ({name}) was brought back from the archive by {who} at {when} after "
        "this window showed it; nothing was saved. Reload to see it.",
        when=when,
        **values,
    )


def student_input(workspace: HasEngine, student_id: int) -> StudentInput:
    """The stored values of a student, as a form starts from them."""
    with unit(workspace) as session:
        row = session.get(StudentRow, student_id)
        if row is None:
            raise NotFound("No student with id {student_id}.", student_id=student_id)
        return input_of(row)


# -- overview ----------------------------------------------------------


def overview_rows(
    workspace: CanAudit,
    *,
    school: str | None = None,
    include_archived: bool = False,
    today: date | None = None,
) -> list[OverviewRow]:
    """Every student (of ``school``) with the audit of the active plan: one
    query for students and plans, one ``audit_all`` for every plan."""
    rows = student_rows(workspace, school=school, include_archived=include_archived, today=today)
    return add_audits(workspace, rows, school=school)


def student_rows(
    workspace: HasEngine,
    *,
    school: str | None = None,
    include_archived: bool = False,
    today: date | None = None,
    only: Iterable[int] | None = None,
) -> list[OverviewRow]:
    """The overview rows without the audit (fast: a list to show at once);
    ``only``: of these students alone."""
    this_year = current_year(today)
    with unit(workspace) as session:
        query = select(StudentRow).order_by(col(StudentRow.last_name), col(StudentRow.first_name))
        plan_query = select(PlanRow).where(col(PlanRow.active).is_(True))
        if only is not None:
            wanted = list(only)
            query = query.where(col(StudentRow.id).in_(wanted))
            plan_query = plan_query.where(col(PlanRow.student_id).in_(wanted))
        if school:
            query = query.where(StudentRow.school == school)
        if not include_archived:
            query = query.where(col(StudentRow.archived).is_(False))
        students = session.exec(query).all()
        plans = session.exec(plan_query).all()
    active = {p.student_id: p for p in plans}
    rows: list[OverviewRow] = []
    for s in students:
        assert s.id is not None
        plan = active.get(s.id)
        changed = max(filter(None, (s.updated_at, plan.updated_at if plan else None)), default=None)
        rows.append(
            OverviewRow(
                student_id=s.id,
                plan_id=plan.id if plan else None,
                number=s.number,
                name=f"{s.last_name}, {s.first_name}",
                school=s.school,
                group=s.group,
                start_year=s.start_year,
                year=this_year - s.start_year + 1,
                maths=s.maths,
                archived=s.archived,
                last_change=changed,
            )
        )
    return rows


def rows_of_students(
    workspace: CanAuditOne,
    student_ids: Iterable[int],
    *,
    include_archived: bool = False,
    today: date | None = None,
) -> list[OverviewRow]:
    """The overview rows of a few students, each with the audit of their
    active plan (a change made elsewhere: only these rows are worked out
    again). A student who is gone, or archived when archived students are
    not listed, has no row."""
    rows = student_rows(workspace, include_archived=include_archived, today=today, only=student_ids)
    return [with_audit(r, workspace.audit(r.plan_id)) if r.plan_id is not None else r for r in rows]


def add_audits(
    workspace: CanAudit, rows: list[OverviewRow], *, school: str | None = None
) -> list[OverviewRow]:
    """``rows`` with the audit of each active plan (one ``audit_all``)."""
    results = workspace.audit_all(school=school) if rows else {}
    out = []
    for row in rows:
        result = results.get(row.plan_id) if row.plan_id is not None else None
        out.append(with_audit(row, result) if result else row)
    return out


def with_audit(row: OverviewRow, result: AuditResult) -> OverviewRow:
    c = result.credits
    return replace(
        row,
        credits_done=c.total_done,
        credits_planned=c.total_planned,
        credits_required=c.total_required,
        compulsory_planned=c.compulsory_planned,
        compulsory_required=c.compulsory_required,
        national_planned=c.national_electives_planned,
        national_required=c.national_electives_required,
        open_errors=result.open_errors,
        open_warnings=result.open_warnings,
        accepted=result.accepted,
        audited=True,
    )


def overview_csv(rows: Iterable[OverviewRow]) -> str:
    """The overview rows as CSV text (UTF-8, comma separated, header row);
    text cells that a spreadsheet would run as formulas are escaped."""
    return csv_text(CSV_HEADER, (csv_row(r) for r in rows))


def write_overview_csv(path: Path, rows: Iterable[OverviewRow]) -> Path:
    """The overview rows written to ``path`` as CSV, whole or not at all,
    owner-only (0600: the file names students)."""
    try:
        return write_file(path, overview_csv(rows))
    except OSError as exc:
        raise StorageError(
            "Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None


def schools(workspace: HasEngine) -> list[tuple[str, str]]:
    """(code, name) of every school, for a form's choice list."""
    with unit(workspace) as session:
        rows = session.exec(select(SchoolRow).order_by(col(SchoolRow.code))).all()
        return [(r.code, r.name) for r in rows]


def syllabus_choices(curriculum: Curriculum | None = None) -> dict[str, list[str]]:
    """Valid codes for each language / worldview field of a student."""
    syllabi = _syllabi(curriculum or _curriculum())
    return {
        name: sorted(code for code, subject in syllabi.items() if subject in subjects)
        for name, subjects in CHOICE_SUBJECTS.items()
    }
