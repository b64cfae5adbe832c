"""What ``schoolaas check`` prints: plain English text, or the JSON
documented in docs/check-json.md (keep the two in step; bump VERSION on any
change that is not a pure addition)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from schoolaas.domain.finding_numbers import Numbers
from schoolaas.domain.findings import AuditResult, CreditSummary
from schoolaas.domain.model import Finding, Severity
from schoolaas.services.views import PlanView, StudentView
from schoolaas.wording import findings as words

VERSION = 1
Row = tuple[StudentView, PlanView, AuditResult]


# --- text ------------------------------------------------------------------


def plan_text(student: StudentView, plan: PlanView, result: AuditResult, school: str) -> str:
    lines = [
        f"{student.name} ({student.number}), {school}, group {student.group or '-'}, "
        f"plan {plan.name!r}",
        credits_line(result.credits),
    ]
    open_errors = [f for f in result.findings if f.is_open and f.severity == Severity.ERROR]
    open_warnings = [f for f in result.findings if f.is_open and f.severity == Severity.WARNING]
    infos = [f for f in result.findings if f.is_open and f.severity == Severity.INFO]
    accepted = [f for f in result.findings if not f.is_open]
    for title, group in (
        ("Errors", open_errors),
        ("Warnings", open_warnings),
        ("Notes", infos),
        ("Accepted", accepted),
    ):
        if not group:
            continue
        lines.append(f"{title} ({len(group)}):")
        for finding in group:
            lines.append(f"  - {words.sentence(finding)}")
            if finding.acceptance is not None:
                lines.append(f"    {acceptance_line(finding)}")
    lines.append(summary_line(result))
    return "\n".join(lines)


def acceptance_line(finding: Finding) -> str:
    """The acceptance under its finding: "accepted by Koski on 1.9.2026: recorded"."""
    text = words.acceptance_of(finding, "en")
    return text[:1].lower() + text[1:]


def fmt_num(value: float | None) -> str:
    return "" if value is None else words.format_number(value, "en")


def credits_line(c: CreditSummary) -> str:
    return (
        f"Credits: {fmt_num(c.total_planned)} of {fmt_num(c.total_required)} op planned "
        f"({fmt_num(c.total_done)} done); compulsory {fmt_num(c.compulsory_planned)} of "
        f"{fmt_num(c.compulsory_required)}; national electives "
        f"{fmt_num(c.national_electives_planned)} of {fmt_num(c.national_electives_required)}; "
        f"university studies {fmt_num(c.university_op_planned)} op "
        f"({fmt_num(c.university_ects_planned)} ECTS)."
    )


def summary_line(result: AuditResult) -> str:
    if not result.open_errors and not result.open_warnings:
        verdict = "OK: no open errors or warnings"
    else:
        verdict = (
            f"{_count(result.open_errors, 'open error')}, "
            f"{_count(result.open_warnings, 'open warning')}"
        )
    if result.accepted:
        verdict += f", {_count(result.accepted, 'accepted finding')}"
    return f"Result: {verdict}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def all_text(rows: Sequence[Row]) -> str:
    lines = []
    for student, plan, result in rows:
        lines.append(
            f"{student.number:<12} {student.name:<32} {student.school:<5} "
            f"errors {result.open_errors:>3}  warnings {result.open_warnings:>3}  "
            f"accepted {result.accepted:>3}  plan {plan.name!r}"
        )
    failing = sum(1 for _, _, r in rows if r.open_errors)
    lines.append(
        f"{_count(len(rows), 'student')} checked: {failing} with open errors, "
        f"{len(rows) - failing} without."
    )
    return "\n".join(lines)


# --- JSON ------------------------------------------------------------------


def finding_json(finding: Finding, labels: Mapping[int, str]) -> dict[str, Any]:
    acc = finding.acceptance
    return {
        "code": finding.code,
        "severity": str(finding.severity),
        "key": finding.key,
        "open": finding.is_open,
        "message": words.sentence(finding),
        "item_ids": list(finding.item_ids),
        "items": [labels.get(i, str(i)) for i in finding.item_ids],
        "dates": [d.isoformat() for d in finding.dates],
        "numbers": numbers_json(finding.numbers),
        "acceptance": None
        if acc is None
        else {"who": acc.who, "when": acc.when.isoformat(timespec="seconds"), "why": acc.why},
    }


def numbers_json(numbers: Numbers) -> dict[str, float | int | str]:
    """A finding's typed numbers as format version 1 writes them: every
    field by name, a number or a string; a tuple of figures comma-separated
    ("60,60,45", "" when empty), a date ISO ("2026-11-19")."""
    out: dict[str, float | int | str] = {}
    for f in fields(numbers):
        value = getattr(numbers, f.name)
        if isinstance(value, tuple):
            value = ",".join(str(part) for part in value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[f.name] = value
    return out


def credits_json(c: CreditSummary) -> dict[str, Any]:
    out: dict[str, Any] = {f.name: getattr(c, f.name) for f in fields(c) if f.name != "by_subject"}
    out["by_subject"] = {
        subject: {"planned": planned, "required": required}
        for subject, (planned, required) in c.by_subject.items()
    }
    return out


def summary_json(result: AuditResult) -> dict[str, Any]:
    return {
        "ok": result.open_errors == 0,
        "open_errors": result.open_errors,
        "open_warnings": result.open_warnings,
        "accepted": result.accepted,
    }


def student_json(student: StudentView, school: str) -> dict[str, Any]:
    return {
        "id": student.id,
        "number": student.number,
        "name": student.name,
        "school": student.school,
        "school_name": school,
        "group": student.group,
        "start_year": student.start_year,
        "maths": str(student.maths),
    }


def plan_json(
    student: StudentView,
    plan: PlanView,
    result: AuditResult,
    labels: Mapping[int, str],
    school: str,
) -> dict[str, Any]:
    return {
        "student": student_json(student, school),
        "plan": {"id": plan.id, "name": plan.name, "active": plan.active},
        "summary": summary_json(result),
        "credits": credits_json(result.credits),
        "findings": [finding_json(f, labels) for f in result.findings],
    }


def all_json(
    rows: Sequence[Row],
    school_of: Callable[[StudentView], str],
    labels: Mapping[int, Mapping[int, str]],
) -> dict[str, Any]:
    plans = [plan_json(s, p, r, labels.get(p.id, {}), school_of(s)) for s, p, r in rows]
    return {
        "summary": {
            "students": len(rows),
            "with_open_errors": sum(1 for _, _, r in rows if r.open_errors),
            "open_errors": sum(r.open_errors for _, _, r in rows),
            "open_warnings": sum(r.open_warnings for _, _, r in rows),
            "accepted": sum(r.accepted for _, _, r in rows),
        },
        "plans": plans,
    }
