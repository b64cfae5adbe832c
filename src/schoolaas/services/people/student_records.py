"""The records the student services take and give: what a student form
gives (StudentInput) and the values of a student's row as one, one line of
the students overview (OverviewRow) and its cells in the overview's CSV,
and what a workspace offers to audit the overview's plans (CanAudit,
CanAuditOne). The services: students.py."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Protocol

from schoolaas.data.engine import HasEngine
from schoolaas.data.tables import StudentRow
from schoolaas.domain.findings import AuditResult


@dataclass(frozen=True)
class StudentInput:
    """What a form gives for one student (text as typed)."""

    first_name: str
    last_name: str
    number: str
    school: str
    start_year: int | str
    group: str = ""
    maths: str = "MAA"
    mother_tongue: str = "AI1"
    b1_language: str = "TKRUB1"
    a_language: str = "VKENA1"
    worldview: str = "KT1"
    matriculation: tuple[str, ...] = field(default_factory=tuple)


def input_of(row: StudentRow) -> StudentInput:
    values = {f.name: getattr(row, f.name) for f in fields(StudentInput)}
    values["matriculation"] = tuple(row.matriculation or ())
    return StudentInput(**values)


def row_values(clean: StudentInput) -> dict[str, Any]:
    values = {f.name: getattr(clean, f.name) for f in fields(StudentInput)}
    values["matriculation"] = list(clean.matriculation)
    return values


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One line of the students overview."""

    student_id: int
    plan_id: int | None
    number: str
    name: str
    school: str
    group: str
    start_year: int
    year: int  # study year (1 = first)
    maths: str
    credits_done: float = 0.0
    credits_planned: float = 0.0
    credits_required: float = 150.0
    compulsory_planned: float = 0.0
    compulsory_required: float = 0.0
    national_planned: float = 0.0
    national_required: float = 20.0
    open_errors: int = 0
    open_warnings: int = 0
    accepted: int = 0
    audited: bool = False
    archived: bool = False
    last_change: datetime | None = None

    @property
    def compulsory_ok(self) -> bool:
        return self.audited and self.compulsory_planned >= self.compulsory_required

    @property
    def national_ok(self) -> bool:
        return self.audited and self.national_planned >= self.national_required

    @property
    def status(self) -> str:
        """ "errors", "warnings", "ok", or "unknown" when there is no audit."""
        if not self.audited:
            return "unknown"
        if self.open_errors:
            return "errors"
        if self.open_warnings:
            return "warnings"
        return "ok"


class CanAudit(HasEngine, Protocol):
    def audit_all(self, *, school: str | None = None) -> dict[int, AuditResult]: ...


class CanAuditOne(HasEngine, Protocol):
    def audit(self, plan_id: int) -> AuditResult: ...


CSV_HEADER = (
    "number", "last_name_first_name", "school", "group", "year", "maths", "credits_done",
    "credits_planned", "credits_required", "compulsory_planned", "compulsory_required",
    "national_electives_planned", "national_electives_required", "open_errors",
    "open_warnings", "accepted", "last_change",
)  # fmt: skip


def csv_row(r: OverviewRow) -> tuple[object, ...]:
    audited = (
        (r.credits_done, r.credits_planned, r.credits_required, r.compulsory_planned,
         r.compulsory_required, r.national_planned, r.national_required, r.open_errors,
         r.open_warnings, r.accepted)
        if r.audited
        else ("",) * 10
    )  # fmt: skip
    return (r.number, r.name, r.school, r.group, r.year, r.maths, *audited,
            r.last_change.isoformat(timespec="minutes") if r.last_change else "")  # fmt: skip
