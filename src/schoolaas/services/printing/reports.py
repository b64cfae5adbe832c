"""Printed study plans and calendar exports of one student, from a Workspace.

``study_plan_report`` gathers the student, the plan, its resolved items, the
audit and the sessions of the chosen period into a StudyPlanReport (plain
data); ``study_plan_pdf`` renders it; ``plan_ics`` writes the plan's sessions
as iCalendar. Errors are PlannerErrors with a sentence a user can read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from schoolaas.data.private_files import write_file
from schoolaas.domain.calendar import Period
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import AuditItem, ItemStatus
from schoolaas.io import ics_export
from schoolaas.reports.pdf import render_pdf
from schoolaas.reports.study_plan import Lang, StudentInfo, StudyPlanReport, assemble, period_title
from schoolaas.reports.text import LANGUAGES
from schoolaas.services.errors import InvalidInput, NotFound, StorageError
from schoolaas.services.views import PlanView, StudentView, item_name, item_name_in
from schoolaas.services.workspace import Workspace

Audited = tuple[Sequence[AuditItem], AuditResult]  # a plan's resolved items and audit


@dataclass(frozen=True, slots=True)
class PeriodChoice:
    key: str
    title: str


def check_lang(lang: str) -> Lang:
    if lang not in LANGUAGES:
        raise InvalidInput("Unknown document language {lang!r}: use fi, sv or en.", lang=lang)
    return cast(Lang, lang)


def student_plan(
    ws: Workspace, student_id: int, plan_id: int | None
) -> tuple[StudentView, PlanView]:
    """The student and the plan ``plan_id`` (None: the active plan), which
    must be the student's own."""
    student = ws.student(student_id)
    plan = ws.plan(plan_id) if plan_id is not None else ws.active_plan(student_id)
    if plan.student_id != student.id:
        raise InvalidInput(
            "Plan {plan_name!r} is not a plan of {student_name}.",
            plan_name=plan.name,
            student_name=student.name,
        )
    return student, plan


def period_choices(ws: Workspace, student: StudentView, lang: str = "en") -> list[PeriodChoice]:
    """The student's school periods, in date order, for the timetable choice."""
    cat = ws.catalogue()
    return [PeriodChoice(p.key, period_title(p, lang)) for p in cat.school_periods(student.school)]


def default_period(
    ws: Workspace,
    student: StudentView,
    plan_id: int,
    today: date,
    items: Sequence[AuditItem] | None = None,
) -> str | None:
    """The school period to draw: the one running today, else the next one
    with sessions in the plan, else the last one with sessions."""
    periods = ws.catalogue().school_periods(student.school)
    if not periods:
        return None
    if items is None:
        items = ws.audit_items(plan_id)
    days = sorted(s.start.date() for i in items for s in i.sessions)
    running = next((p for p in periods if today in p.dates), None)
    if running is not None and any(d in running.dates for d in days):
        return running.key
    used = [p for p in periods if any(d in p.dates for d in days)]
    upcoming = [p for p in used if p.end >= today]
    if upcoming:
        return upcoming[0].key
    if used:
        return used[-1].key
    return running.key if running else None


def study_plan_report(
    ws: Workspace,
    student_id: int,
    plan_id: int | None = None,
    *,
    lang: str = "fi",
    period: str | None = None,
    today: date | None = None,
    audited: Audited | None = None,
) -> StudyPlanReport:
    """Everything the printed plan shows, as plain data. ``period`` is a
    school period key ("OTA:2026-27/2"); None picks one (see default_period).
    ``audited``: the plan's resolved items and audit when the caller has
    them already (a batch audits all plans at once)."""
    language = check_lang(lang)
    today = today or date.today()
    student, plan = student_plan(ws, student_id, plan_id)
    cat = ws.catalogue()
    if audited is None or audited[1].plan_id != plan.id:
        audit_input, result = ws.audit_detailed(plan.id)
        items: Sequence[AuditItem] = audit_input.items
    else:
        items, result = audited
    if period is not None:
        period = resolve_period(cat.periods, student, period)
    else:
        period = default_period(ws, student, plan.id, today, items)
    named = {i.item_id: item_name_in(i, cat, language) for i in items}
    names = {key: name for key, (name, _) in named.items()}
    school = cat.schools.get(student.school)
    return assemble(
        lang=language,
        school=school.name if school else student.school,
        student=StudentInfo(
            name=student.name,
            number=student.number,
            group=student.group,
            start_year=student.start_year,
            maths=str(student.maths),
        ),
        plan_id=plan.id,
        plan_name=plan.name,
        items=items,
        names=names,
        name_langs={key: used for key, (_, used) in named.items() if used != language},
        audit=result,
        periods=cat.periods,
        printed=today,
        timetable_period=period,
    )


def resolve_period(periods: Mapping[str, Period], student: StudentView, key: str) -> str:
    """A period key as typed: "OTA:2026-27/2", or "2026-27/2" for the
    student's own school."""
    key = key.strip()
    for candidate in (key, f"{student.school}:{key}"):
        if candidate in periods:
            return candidate
    own = sorted((p for p in periods.values() if p.school == student.school), key=lambda p: p.start)
    known = ", ".join(p.key for p in own[:10]) or "none"
    raise NotFound(
        "There is no period {key!r} (periods of the student's school: {known}).",
        key=key,
        known=known,
    )


def study_plan_pdf(
    ws: Workspace,
    student_id: int,
    plan_id: int | None = None,
    *,
    lang: str = "fi",
    period: str | None = None,
    today: date | None = None,
) -> bytes:
    report = study_plan_report(ws, student_id, plan_id, lang=lang, period=period, today=today)
    return render_pdf(report)


def write_bytes(path: Path, data: bytes) -> None:
    """Write a whole file or nothing, owner-only (0600 in a folder made
    0700): a temporary file renamed into place."""
    try:
        write_file(path, data)
    except OSError as exc:
        raise StorageError(
            "Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None


UPCOMING = frozenset({ItemStatus.PLANNED, ItemStatus.ENROLLED})
EVERY = frozenset({ItemStatus.PLANNED, ItemStatus.ENROLLED, ItemStatus.COMPLETED})


def plan_calendar_bytes(
    ws: Workspace,
    student_id: int,
    plan_id: int | None = None,
    *,
    lang: str = "fi",
    completed: bool = False,
) -> tuple[bytes, int]:
    """The plan's sessions as iCalendar bytes, and the number of events:
    planned and enrolled courses; ``completed`` adds the finished ones."""
    language = check_lang(lang)
    student, plan = student_plan(ws, student_id, plan_id)
    cat = ws.catalogue()
    items = ws.audit_items(plan.id)
    names = {i.item_id: item_name(i, cat, language) for i in items}
    statuses = EVERY if completed else UPCOMING
    courses = ics_export.courses_for_plan(items, cat.offerings, names, language, statuses)
    cal = ics_export.plan_calendar(
        plan.id,
        courses,
        buildings=cat.buildings,
        rooms=cat.rooms,
        title=f"{student.name} – {plan.name}",
        lang=language,
    )
    return ics_export.to_ics(cal), sum(len(c.sessions) for c in courses)


def export_ics(
    ws: Workspace,
    student_id: int,
    path: Path,
    plan_id: int | None = None,
    *,
    lang: str = "fi",
    completed: bool = False,
) -> int:
    """Write the plan's calendar to ``path``; returns the number of events."""
    data, count = plan_calendar_bytes(ws, student_id, plan_id, lang=lang, completed=completed)
    problems = ics_export.validate_ics(data)
    if problems:  # a bug, not bad input: say what is wrong rather than write it
        raise InvalidInput("The calendar did not validate: {problem}.", problem=problems[0])
    write_bytes(path, data)
    return count
