"""The printed study plan as plain data, and how to assemble it from domain
objects. The renderer (pdf.py) reads only these dataclasses; the service
(services/reports.py) fills them from a Workspace."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

from schoolaas.domain.calendar import Period, period_at
from schoolaas.domain.findings import AuditResult, CreditSummary
from schoolaas.domain.model import (
    AuditItem,
    Finding,
    ItemStatus,
    Provider,
    Session,
    SessionKind,
)
from schoolaas.reports import text
from schoolaas.wording import findings

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
Lang = Literal["fi", "sv", "en"]


@dataclass(frozen=True, slots=True)
class StudentInfo:
    name: str
    number: str
    group: str
    start_year: int
    maths: str  # "MAA" | "MAB"


@dataclass(frozen=True, slots=True)
class ReportItem:
    item_id: int
    code: str
    name: str
    provider: Provider
    op: float
    ects: float | None
    status: ItemStatus
    grade: str | None
    name_lang: str | None = None  # the language of ``name`` when not the report's


@dataclass(frozen=True, slots=True)
class PeriodSection:
    """One block of the plan table: the items of one period."""

    key: str | None  # period key; None for items without a period
    title: str  # "2026-27, period 2" in the report's language
    items: tuple[ReportItem, ...]

    @property
    def op(self) -> float:
        return sum(i.op for i in self.items if i.status != ItemStatus.FAILED)


@dataclass(frozen=True, slots=True)
class CreditLine:
    label: str
    done: float | None
    planned: float
    required: float | None  # None: no target (school electives, university)

    @property
    def short(self) -> float:
        return max(0.0, (self.required or 0.0) - self.planned)


@dataclass(frozen=True, slots=True)
class FindingLine:
    code: str
    severity: str  # "error" | "warning" | "info"
    text: str  # worded in the report's language
    accepted_by: str | None = None
    accepted_on: date | None = None
    reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.accepted_by is None


@dataclass(frozen=True, slots=True)
class TimetableBlock:
    """One weekly meeting in the grid: a course at a weekday and time."""

    weekday: int  # 0 = Monday
    start: time
    end: time
    code: str
    provider: Provider
    room: str  # room key or ""
    weeks: int  # on how many dates of the period it meets
    exam: bool = False


@dataclass(frozen=True, slots=True)
class Timetable:
    period_key: str
    title: str
    start: date
    end: date
    blocks: tuple[TimetableBlock, ...]


@dataclass(frozen=True, slots=True)
class StudyPlanReport:
    lang: Lang
    school: str  # school name
    student: StudentInfo
    plan_name: str
    plan_id: int
    printed: date
    sections: tuple[PeriodSection, ...]
    credits: tuple[CreditLine, ...]
    university_ects: float
    findings: tuple[FindingLine, ...] = ()
    timetable: Timetable | None = None
    codes: tuple[str, ...] = field(default=())  # every course code, in table order

    @property
    def name_languages(self) -> tuple[str, ...]:
        """The other languages some names are in, for one note per table."""
        used = {i.name_lang for s in self.sections for i in s.items if i.name_lang}
        return tuple(sorted(used))

    @property
    def open_findings(self) -> tuple[FindingLine, ...]:
        return tuple(f for f in self.findings if f.is_open)

    @property
    def accepted_findings(self) -> tuple[FindingLine, ...]:
        return tuple(f for f in self.findings if not f.is_open)


def period_title(period: Period | None, lang: str) -> str:
    if period is None:
        return text.word("period_none", lang)
    if period.provider == Provider.AALTO:
        return text.word(
            "period_aalto",
            lang,
            year=period.year,
            roman=ROMAN.get(period.number, str(period.number)),
        )
    return text.word("period_school", lang, year=period.year, n=period.number)


def assemble(
    *,
    lang: Lang,
    school: str,
    student: StudentInfo,
    plan_id: int,
    plan_name: str,
    items: Sequence[AuditItem],
    names: Mapping[int, str],
    audit: AuditResult,
    periods: Mapping[str, Period],
    printed: date,
    timetable_period: str | None = None,
    name_langs: Mapping[int, str] | None = None,
) -> StudyPlanReport:
    """Build the report from a plan's resolved items and its audit.
    ``name_langs``: the language of each name in ``names`` that is not in
    ``lang`` (the data lacks it); the document says so once per table."""
    sections = _sections(items, names, periods, lang, name_langs or {})
    labels = {i.item_id: (i.label or i.code) for i in items}
    findings = tuple(_finding_line(f, labels, periods, lang) for f in _ordered(audit))
    timetable = None
    if timetable_period is not None:
        period = periods.get(timetable_period)
        if period is not None:
            timetable = build_timetable(items, period, lang)
    return StudyPlanReport(
        lang=lang,
        school=school,
        student=student,
        plan_name=plan_name,
        plan_id=plan_id,
        printed=printed,
        sections=sections,
        credits=credit_lines(audit.credits, lang),
        university_ects=audit.credits.university_ects_planned,
        findings=findings,
        timetable=timetable,
        codes=tuple(i.code for s in sections for i in s.items),
    )


def _item_period(item: AuditItem, periods: Mapping[str, Period]) -> Period | None:
    if item.period and item.period in periods:
        return periods[item.period]
    if item.sessions:  # an Aalto item without a school period: by its first date
        first = min(s.start for s in item.sessions).date()
        school = [p for p in periods.values() if p.provider == Provider.SCHOOL]
        return period_at(school, first) or period_at(periods.values(), first)
    return None


def _sections(
    items: Sequence[AuditItem],
    names: Mapping[int, str],
    periods: Mapping[str, Period],
    lang: str,
    name_langs: Mapping[int, str],
) -> tuple[PeriodSection, ...]:
    grouped: dict[str | None, list[ReportItem]] = defaultdict(list)
    for item in items:
        period = _item_period(item, periods)
        grouped[period.key if period else None].append(
            ReportItem(
                item_id=item.item_id,
                code=item.code,
                name=names.get(item.item_id, ""),
                provider=item.provider,
                op=item.op,
                ects=item.ects if item.provider == Provider.AALTO else None,
                status=item.status,
                grade=item.grade,
                name_lang=name_langs.get(item.item_id),
            )
        )

    def order(key: str | None) -> tuple[int, date, str]:
        if key is None:
            return (1, date.max, "")
        p = periods[key]
        return (0, p.start, key)

    out = []
    for key in sorted(grouped, key=order):
        rows = sorted(grouped[key], key=lambda r: (r.provider != Provider.SCHOOL, r.code))
        out.append(
            PeriodSection(key, period_title(periods.get(key) if key else None, lang), tuple(rows))
        )
    return tuple(out)


def credit_lines(c: CreditSummary, lang: str) -> tuple[CreditLine, ...]:
    return (
        CreditLine(
            text.word("credit_total", lang), c.total_done, c.total_planned, c.total_required
        ),
        CreditLine(
            text.word("credit_compulsory", lang),
            c.compulsory_done,
            c.compulsory_planned,
            c.compulsory_required,
        ),
        CreditLine(
            text.word("credit_national", lang),
            None,
            c.national_electives_planned,
            c.national_electives_required,
        ),
        CreditLine(text.word("credit_school", lang), None, c.school_electives_planned, None),
        CreditLine(text.word("credit_university", lang), None, c.university_op_planned, None),
    )


def _ordered(audit: AuditResult) -> list[Finding]:
    rank = {"error": 0, "warning": 1, "info": 2}
    return sorted(audit.findings, key=lambda f: (not f.is_open, rank.get(f.severity, 3), f.code))


def _finding_line(
    finding: Finding, labels: Mapping[int, str], periods: Mapping[str, Period], lang: str
) -> FindingLine:
    items = [labels.get(i, f"#{i}") for i in finding.item_ids]

    def period(key: str) -> str:  # "OTA:2026-27/2" reads "2026-27, period 2"
        return period_title(periods[key], lang) if key in periods else key

    sentence = findings.document(finding.code, lang, finding.numbers, items, finding.dates, period)
    acc = finding.acceptance
    return FindingLine(
        code=finding.code,
        severity=str(finding.severity),
        text=sentence,
        accepted_by=acc.who if acc else None,
        accepted_on=acc.when.date() if acc else None,
        reason=acc.why if acc else None,
    )


def build_timetable(items: Sequence[AuditItem], period: Period, lang: str) -> Timetable:
    """The weekly pattern of a period: each distinct weekday/time/room of an
    item's sessions within the period's dates, with how often it recurs."""
    counts: dict[tuple[int, time, time, str, str], int] = defaultdict(int)
    meta: dict[tuple[int, time, time, str, str], tuple[Provider, bool]] = {}
    for item in items:
        if item.status == ItemStatus.FAILED:
            continue
        for s in item.sessions:
            if s.start.date() not in period.dates or s.start.weekday() > 4:
                continue
            key = _block_key(item.code, s)
            counts[key] += 1
            meta[key] = (item.provider, s.kind == SessionKind.EXAM)
    blocks = tuple(
        TimetableBlock(
            weekday=k[0],
            start=k[1],
            end=k[2],
            code=k[3],
            provider=meta[k][0],
            room=k[4],
            weeks=n,
            exam=meta[k][1],
        )
        for k, n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3]))
    )
    return Timetable(period.key, period_title(period, lang), period.start, period.end, blocks)


def _block_key(code: str, s: Session) -> tuple[int, time, time, str, str]:
    return (s.start.weekday(), s.start.time(), s.end.time(), code, s.room or "")
