"""Checks on the plan's shape: two courses of one bar, the same course
twice, university exams in the school's exam week or on a matriculation
exam day, and items whose course the catalogue does not know."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from schoolaas.domain.curriculum import Curriculum
from schoolaas.domain.finding_keys import (
    SCHEDULED,
    item_ident,
    keyed_pair,
    label,
    pair_numbers,
)
from schoolaas.domain.finding_numbers import (
    DuplicateNumbers,
    ExamWeekNumbers,
    ItemNumbers,
    MatriculationNumbers,
    PairNumbers,
    SameBarNumbers,
)
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.matriculation import writes_on
from schoolaas.domain.model import (
    AuditItem,
    DateRange,
    Finding,
    ItemStatus,
    Provider,
    SessionKind,
    Severity,
)

# Enum members as module constants: looking up a member (ItemStatus.FAILED)
# costs some 70 ns in Python 3.11, a module constant a tenth of that.
_FAILED = ItemStatus.FAILED
_SCHOOL = Provider.SCHOOL
_AALTO = Provider.AALTO
_EXAM = SessionKind.EXAM


def same_bar_findings(items: Sequence[AuditItem]) -> list[Finding]:
    """SAME_BAR error for two school items of one bar in one period (they
    meet at the same times by construction, dated sessions or not).

    numbers: SameBarNumbers: bar, period (key), code_a/code_b, label_a/label_b.
    """
    by_bar: dict[tuple[str, int], list[AuditItem]] = {}
    for item in items:
        if (
            item.status in SCHEDULED
            and item.provider == _SCHOOL
            and item.bar is not None
            and item.period
        ):
            by_bar.setdefault((item.period, item.bar), []).append(item)
    findings = []
    shared = sorted(bar for bar, group in by_bar.items() if len(group) > 1)
    for period, bar in shared:
        group = by_bar[(period, bar)]
        for n, first in enumerate(group):
            for second in group[n + 1 :]:
                a, b, key = keyed_pair(FindingCode.SAME_BAR, first, second)
                findings.append(
                    Finding(
                        code=FindingCode.SAME_BAR,
                        severity=Severity.ERROR,
                        key=key,
                        item_ids=(a.item_id, b.item_id),
                        numbers=SameBarNumbers(bar=bar, period=period, **pair_numbers(a, b)),
                    )
                )
    return findings


def duplicate_findings(items: Sequence[AuditItem]) -> list[Finding]:
    """DUPLICATE warnings among items that are not failed (a failed item and
    its retake are fine): one code held by two items; one curriculum module
    covered by two school items with different codes (a course covering
    MAA5+MAA6 and MAA6 itself); codes the catalogue marks as overlapping
    courses (only one of them counts).

    numbers: DuplicateNumbers: code (the code or module) with count and
    label; or, for overlapping courses, PairNumbers.
    """
    counted = [i for i in items if i.status != _FAILED]
    if _all_distinct(counted):
        return []
    by_code: dict[str, list[AuditItem]] = {}
    by_module: dict[str, list[AuditItem]] = {}
    for item in counted:
        by_code.setdefault(item.code, []).append(item)
        if item.provider == _SCHOOL:
            for module in item.modules or (item.code,):
                by_module.setdefault(module, []).append(item)
    # Items within a finding come in key order (ident, then id). Only the
    # few groups that make a finding are sorted, not every item of the plan.
    twice = sorted(code for code, group in by_code.items() if len(group) > 1)
    findings = [_duplicate(code, _in_key_order(by_code[code])) for code in twice]
    shared = sorted(module for module, group in by_module.items() if len(group) > 1)
    for module in shared:
        group = by_module[module]
        if len({i.code for i in group}) > 1:  # one code twice is reported above
            findings.append(_duplicate(module, _in_key_order(group), f"module:{module}"))
    linked: set[tuple[str, str]] = set()
    for item in counted:
        for other_code in item.overlaps_with:
            if other_code != item.code and other_code in by_code:
                linked.add((min(item.code, other_code), max(item.code, other_code)))
    for code_a, code_b in sorted(linked):
        group_a, group_b = _in_key_order(by_code[code_a]), _in_key_order(by_code[code_b])
        findings.append(
            Finding(
                code=FindingCode.DUPLICATE,
                severity=Severity.WARNING,
                key=f"{FindingCode.DUPLICATE}:{code_a}:{code_b}",
                item_ids=tuple(i.item_id for i in (*group_a, *group_b)),
                numbers=PairNumbers(**pair_numbers(group_a[0], group_b[0])),
            )
        )
    return findings


def _all_distinct(counted: list[AuditItem]) -> bool:
    """No code twice, no module covered twice, no overlapping courses: the
    usual plan, told by two set sizes instead of grouping every item."""
    codes = [i.code for i in counted]
    covers = [m for i in counted if i.provider == _SCHOOL for m in i.modules or (i.code,)]
    return (
        len(set(codes)) == len(codes)
        and len(set(covers)) == len(covers)
        and not any(i.overlaps_with for i in counted)
    )


def _in_key_order(group: list[AuditItem]) -> list[AuditItem]:
    if len(group) < 2:
        return group
    return sorted(group, key=lambda i: (item_ident(i), i.item_id))


def _duplicate(code: str, group: list[AuditItem], key: str = "") -> Finding:
    return Finding(
        code=FindingCode.DUPLICATE,
        severity=Severity.WARNING,
        key=f"{FindingCode.DUPLICATE}:{key or code}",
        item_ids=tuple(i.item_id for i in group),
        numbers=DuplicateNumbers(code=code, count=len(group), label=label(group[0])),
    )


def _exam_days(item: AuditItem, picked: frozenset[str]) -> list[date]:
    """The days of the item's exams: its chosen sessions of the exam kind
    (all of them for an exam realisation), and the exams that belong to it
    by default (its exam group, a separate exam realisation), unless the
    plan holds an exam realisation of the same course (``picked``): then
    that item is the exam."""
    days = [s.start.date() for s in item.sessions if item.is_exam or s.kind == _EXAM]
    if item.exam_sessions and item.code not in picked:
        days.extend(s.start.date() for s in item.exam_sessions)
    return days


def exam_findings(
    items: Sequence[AuditItem],
    exam_weeks: Sequence[DateRange],
    matriculation_days: Mapping[date, str],
    matriculation_subjects: frozenset[str],
    matriculation_sittings: Mapping[str, str] | None = None,
) -> list[Finding]:
    """EXAM_WEEK and MATRICULATION errors for university exams, one per item.
    An exam day clashes with a matriculation day only when the student
    writes that day's subject in the sitting the day belongs to
    (``matriculation_sittings``: subject -> sitting; see matriculation.py).

    EXAM_WEEK numbers (ExamWeekNumbers): count (dates), code, label,
    week_start, week_end (the first exam week hit). MATRICULATION numbers
    (MatriculationNumbers): count, code, label, subject (the subjects
    written those days).
    """
    findings = []
    sittings = matriculation_sittings or {}
    picked = frozenset(i.code for i in items if i.is_exam and i.status in SCHEDULED)
    for item in items:
        if item.status not in SCHEDULED or item.provider != _AALTO:
            continue
        days = sorted(set(_exam_days(item, picked)))
        if not days:
            continue
        in_week = [(d, w) for d in days for w in exam_weeks if w.start <= d <= w.end]
        if in_week:
            week = in_week[0][1]
            hit = tuple(sorted({d for d, _ in in_week}))
            findings.append(
                Finding(
                    code=FindingCode.EXAM_WEEK,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.EXAM_WEEK}:{item_ident(item)}",
                    item_ids=(item.item_id,),
                    dates=hit,
                    numbers=ExamWeekNumbers(
                        count=len(hit),
                        code=item.code,
                        label=label(item),
                        week_start=week.start,
                        week_end=week.end,
                    ),
                )
            )
        clash = [
            (d, subject)
            for d in days
            if (subject := matriculation_days.get(d)) is not None
            and writes_on(subject, d, matriculation_subjects, sittings)
        ]
        if clash:
            subjects = sorted({s for _, s in clash})
            findings.append(
                Finding(
                    code=FindingCode.MATRICULATION,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.MATRICULATION}:{item_ident(item)}",
                    item_ids=(item.item_id,),
                    dates=tuple(d for d, _ in clash),
                    numbers=MatriculationNumbers(
                        count=len(clash),
                        code=item.code,
                        label=label(item),
                        subject=tuple(subjects),
                    ),
                )
            )
    return findings


def unknown_code_findings(items: Sequence[AuditItem], curriculum: Curriculum) -> list[Finding]:
    """UNKNOWN_CODE warning for a planned or enrolled item that points at no
    offering and is no curriculum module nor a local course of the
    student's school (so nothing about it can be checked). Completed
    history without an offering is fine.

    numbers: ItemNumbers: code, label.
    """
    findings = []
    for item in items:
        if item.status not in SCHEDULED or item.offering_key:
            continue
        if item.provider == _SCHOOL and (
            item.modules
            or curriculum.module(item.code) is not None
            or curriculum.local_course(item.code) is not None
        ):
            continue
        findings.append(
            Finding(
                code=FindingCode.UNKNOWN_CODE,
                severity=Severity.WARNING,
                key=f"{FindingCode.UNKNOWN_CODE}:{item.code}",
                item_ids=(item.item_id,),
                numbers=ItemNumbers(code=item.code, label=label(item)),
            )
        )
    return findings
