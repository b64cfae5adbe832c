"""The audit of one study plan: every conflict and credit rule at once.

``audit(inp)`` runs the checks of the sibling modules on plain data and
returns an :class:`AuditResult` (findings + credit summary). It has no I/O.

- overlap.py       OVERLAP (sort + sweep per day; ``naive_overlaps`` is the
                   all-pairs baseline the benchmarks compare it with)
- travel_check.py  TRAVEL
- capacity.py      ROOM_CAPACITY, SEAT_LIMIT (counts from ``AuditInput.load``)
- prerequisites.py PREREQUISITE_MISSING, PREREQUISITE_LATER
- plan_checks.py   SAME_BAR, DUPLICATE, EXAM_WEEK, MATRICULATION, UNKNOWN_CODE
- credits.py       TOTAL_SHORT, COMPULSORY_SHORT, NATIONAL_ELECTIVES_SHORT,
                   ARTS_SHORT and the CreditSummary
- workload.py      PERIOD_WORKLOAD, WEEK_HOURS

timeline.py buckets the sessions by day (and picks the days the overlap
sweep and the travel walk need); the catalogue's TimetableIndex
(``AuditInput.timetable``; timetable_index.py, its facts half in
timetable_facts.py) holds per sessions tuple what every plan with that
tuple would otherwise work out again.

Time-based checks (overlap, travel, capacity, seats, exams, weekly hours)
look at planned and enrolled items only: completed and failed items are
history. Finding keys never hold item ids (scheme: finding_keys.py), so an
acceptance stored under a key keeps applying; an accepted finding stays in
the list with ``acceptance`` set. Findings come errors first, then
warnings, then info; within a severity by code (FindingCode order), then key.
"""

from __future__ import annotations

from dataclasses import replace

from schoolaas.domain.capacity import room_findings, seat_findings
from schoolaas.domain.credits import credit_audit
from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.findings import AuditInput, AuditResult, FindingCode
from schoolaas.domain.model import DateRange, Finding, Provider, Severity
from schoolaas.domain.overlap import naive_overlaps, overlap_findings, sweep_overlaps
from schoolaas.domain.plan_checks import (
    duplicate_findings,
    exam_findings,
    same_bar_findings,
    unknown_code_findings,
)
from schoolaas.domain.prerequisites import prerequisite_findings
from schoolaas.domain.timeline import busy_days, day_slots
from schoolaas.domain.timetable_facts import TimetableFacts
from schoolaas.domain.travel_check import travel_findings
from schoolaas.domain.workload import period_findings, week_findings

_SEVERITY_RANK: dict[str, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_CODE_RANK = {code.value: n for n, code in enumerate(FindingCode)}
_SCHOOL = Provider.SCHOOL  # a module constant: an enum member lookup costs ~70 ns


def audit(inp: AuditInput) -> AuditResult:
    """Every finding of the plan in ``inp`` and its credit summary."""
    items = inp.items
    scheduled = tuple(i for i in items if i.status in SCHEDULED)
    timetable = inp.timetable or TimetableFacts(travel=inp.travel, rooms=inp.rooms)
    buckets = day_slots(scheduled, timetable)
    clashing, moving = busy_days(buckets)
    credits = credit_audit(items, inp.curriculum, inp.choices, inp.rules)
    findings: list[Finding] = [
        *overlap_findings(scheduled, clashing),
        *travel_findings(scheduled, inp.travel, moving, inp.rooms),
        *room_findings(scheduled, inp.rooms, inp.load, timetable),
        *seat_findings(scheduled, inp.seats, inp.load),
        *prerequisite_findings(items, inp.periods),
        *same_bar_findings(items),
        *duplicate_findings(items),
        *exam_findings(
            scheduled,
            exam_weeks(inp),
            inp.matriculation_days,
            inp.matriculation_subjects,
            inp.matriculation_sittings,
        ),
        *unknown_code_findings(items, inp.curriculum),
        *credits.findings,
        *period_findings(items, inp.periods, inp.rules),
        *week_findings(scheduled, buckets, inp.rules, timetable),
    ]
    findings = _unique_keys(findings)
    if inp.acceptances:
        findings = [_accepted(f, inp) for f in findings]
    findings.sort(key=sort_key)
    return AuditResult(plan_id=inp.plan_id, findings=tuple(findings), credits=credits.summary)


def exam_weeks(inp: AuditInput) -> tuple[DateRange, ...]:
    """The school's exam weeks: those given, plus those of the school periods
    (an Aalto period's evaluation week is where Aalto exams belong)."""
    weeks = list(inp.exam_weeks)
    seen = {(w.start, w.end) for w in weeks}  # DateRange equality, without its Python-level __eq__
    for period in inp.periods.values():
        week = period.exam_week
        if week is None or period.provider != _SCHOOL:
            continue
        if (week.start, week.end) not in seen:
            seen.add((week.start, week.end))
            weeks.append(week)
    return tuple(weeks)


def sort_key(finding: Finding) -> tuple[int, int, str, tuple[int, ...]]:
    """Errors, warnings, info; then FindingCode order; then key."""
    return (
        _SEVERITY_RANK.get(finding.severity, 3),
        _CODE_RANK.get(str(finding.code), len(_CODE_RANK)),
        finding.key,
        finding.item_ids,
    )


def _accepted(finding: Finding, inp: AuditInput) -> Finding:
    acceptance = inp.acceptances.get(finding.key)
    return finding if acceptance is None else replace(finding, acceptance=acceptance)


def _unique_keys(findings: list[Finding]) -> list[Finding]:
    """Two findings never share a key (it would accept both at once): a
    repeated key, which only identical items can cause, gets "~2", "~3"..."""
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        count = seen.get(finding.key, 0) + 1
        seen[finding.key] = count
        out.append(finding if count == 1 else replace(finding, key=f"{finding.key}~{count}"))
    return out


__all__ = ["audit", "naive_overlaps", "sort_key", "sweep_overlaps"]
