"""Credits of a plan against the graduation rules (LOPS 2021 shape).

How the op are counted (``planned`` = every item that is not failed,
``done`` = completed items only):

- Each code counts once: a second item with the same code, or a course the
  catalogue marks as overlapping one already counted, adds nothing (the
  audit warns about it as DUPLICATE). Completed items are counted first.
- A school item covers ``AuditItem.modules``; when that is empty and its code
  is a curriculum module, it covers that module. Each module counts once,
  with the op the curriculum gives it. A covered module that is compulsory
  for the student's choices counts as compulsory, any other national
  module as a national elective. Op of the item beyond its modules' op, and
  school items with no module at all, are school-specific electives.
- Music and visual arts (MU, KU): of their compulsory modules
  ``rules.arts_op`` (6) op count as compulsory, at least ``arts_min_each``
  (2) op from each; compulsory arts op beyond 6 count as national electives.
- A short-maths (MAB) student's MAA modules count as their MAB equivalents
  through ``curriculum.maths_equivalence`` (MAA2 -> MAB2 ...); op beyond the
  MAB module's op, MAA modules without an equivalent and a second MAA
  module mapping to an already covered MAB module count as national
  electives.
- University (Aalto) items are school-specific electives with their op
  (already converted from ECTS by the services); their ECTS are kept as
  ``university_ects_planned``. They can make up the total, never the
  compulsory modules or the national electives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from schoolaas.domain.curriculum import ARTS, Choices, Curriculum, Module, Requirement, Rules
from schoolaas.domain.finding_numbers import (
    ArtsShortNumbers,
    CompulsoryShortNumbers,
    ShortNumbers,
)
from schoolaas.domain.findings import CreditSummary, FindingCode
from schoolaas.domain.model import AuditItem, Finding, ItemStatus, MathSyllabus, Provider, Severity

ARTS_KEY = "MU+KU"  # by_subject key of the music + visual arts rule
_EPS = 1e-9
_ORDER = {ItemStatus.COMPLETED: 0, ItemStatus.ENROLLED: 1, ItemStatus.PLANNED: 2}


# Enum members as module constants: looking up a member (ItemStatus.FAILED)
# costs some 70 ns in Python 3.11, a module constant a tenth of that.
_FAILED = ItemStatus.FAILED
_COMPLETED = ItemStatus.COMPLETED
_AALTO = Provider.AALTO
_MAA = MathSyllabus.MAA
_MAB = MathSyllabus.MAB


@dataclass
class Tally:
    """Op of one set of items, split the way the rules need them."""

    compulsory: dict[str, float] = field(default_factory=dict)  # subject -> op (not arts)
    arts: dict[str, float] = field(default_factory=dict)  # MU / KU -> compulsory op
    national: float = 0.0
    school: float = 0.0
    university_op: float = 0.0
    university_ects: float = 0.0
    covered: set[str] = field(default_factory=set)  # module codes counted

    def copy(self) -> Tally:
        return Tally(
            dict(self.compulsory),
            dict(self.arts),
            self.national,
            self.school,
            self.university_op,
            self.university_ects,
            set(self.covered),
        )


def counted_items(items: Iterable[AuditItem]) -> list[AuditItem]:
    """Items that add credits: not failed, each code once (see module doc)."""
    alive = [i for i in items if i.status != _FAILED]
    if _nothing_to_drop(alive):
        return alive  # nothing to drop, so the order does not matter
    ordered = sorted(alive, key=_count_order)
    seen: set[str] = set()
    blocked: set[str] = set()
    out = []
    for item in ordered:
        if item.code in seen or item.code in blocked or seen.intersection(item.overlaps_with):
            continue
        seen.add(item.code)
        blocked.update(item.overlaps_with)
        out.append(item)
    return out


def _nothing_to_drop(alive: list[AuditItem]) -> bool:
    return len({i.code for i in alive}) == len(alive) and not any(i.overlaps_with for i in alive)


def _leading_completed(alive: list[AuditItem]) -> int | None:
    """How many items lead the list completed, when no completed item
    follows; else None."""
    count = 0
    for item in alive:
        if item.status != _COMPLETED:
            break
        count += 1
    if any(i.status == _COMPLETED for i in alive[count:]):
        return None
    return count


def _count_order(item: AuditItem) -> tuple[int, bool, int, int]:
    """Completed first, then enrolled, then planned; earlier periods first."""
    return (
        _ORDER.get(item.status, 3),
        item.period_index is None,
        item.period_index or 0,
        item.item_id,
    )


def requirement(curriculum: Curriculum, choices: Choices) -> Requirement:
    """The Requirement of ``choices`` (kept by the curriculum: a city's
    audits ask the same few questions thousands of times)."""
    return curriculum.requirement(choices)


class _Counter:
    def __init__(self, curriculum: Curriculum, choices: Choices, rules: Rules):
        self.curriculum = curriculum
        self.choices = choices
        self.rules = rules
        self.required = requirement(curriculum, choices).codes

    def tally(self, items: Iterable[AuditItem]) -> Tally:
        return self._tally(counted_items(items))[0]

    def tallies(self, items: Sequence[AuditItem]) -> tuple[Tally, Tally]:
        """The planned and the done Tally. A plan usually lists its completed
        items first and repeats no code: counted_items then keeps the item
        order, so the done Tally is the planned one as it stood after the
        completed items (the same additions in the same order), copied
        there instead of counted again."""
        alive = [i for i in items if i.status != _FAILED]
        if _nothing_to_drop(alive):
            done_count = _leading_completed(alive)
            if done_count is not None:
                planned, done = self._tally(alive, done_count)
                assert done is not None
                return planned, done
        done_items = (i for i in items if i.status == _COMPLETED)
        return self.tally(items), self.tally(done_items)

    def _tally(self, counted: list[AuditItem], copy_at: int = -1) -> tuple[Tally, Tally | None]:
        """The Tally of ``counted`` (in that order), and a copy of it as it
        stood after the first ``copy_at`` items."""
        tally = Tally()
        copied = None
        module_of = self.curriculum.modules.get
        covered = tally.covered
        required = self.required
        mab = self.choices.maths == _MAB
        for n, item in enumerate(counted):
            if n == copy_at:
                copied = tally.copy()
            if item.provider == _AALTO:
                tally.university_op += item.op
                tally.school += item.op
                if item.ects is not None:
                    tally.university_ects += item.ects
                elif self.rules.ects_to_op > 0:
                    tally.university_ects += item.op / self.rules.ects_to_op
                continue
            # its modules; with none listed, its code when that is a module
            modules_op = 0.0
            for code in item.modules or (item.code,):
                module = module_of(code)
                if module is None:
                    continue
                modules_op += module.op
                if module.code in covered:
                    continue
                if mab and module.syllabus == _MAA:
                    self.credit(tally, module)
                    continue
                # credit() and classify() written out for the usual module:
                # two calls per module cost more than the work they do
                covered.add(module.code)
                if module.code not in required:
                    tally.national += module.op
                elif module.subject in ARTS:
                    tally.arts[module.subject] = tally.arts.get(module.subject, 0.0) + module.op
                else:
                    compulsory = tally.compulsory
                    compulsory[module.subject] = compulsory.get(module.subject, 0.0) + module.op
            rest = item.op - modules_op
            if rest > _EPS:
                tally.school += rest
        if copy_at == len(counted):
            copied = tally.copy()
        return tally, copied

    def credit(self, tally: Tally, module: Module) -> None:
        if module.code in tally.covered:
            return
        tally.covered.add(module.code)
        if self.choices.maths == _MAB and module.syllabus == _MAA:
            target = self.curriculum.module(self.curriculum.maths_equivalence.get(module.code, ""))
            if target is None or target.code in tally.covered:
                tally.national += module.op
                return
            tally.covered.add(target.code)
            self.classify(tally, target)
            if module.op > target.op:
                tally.national += module.op - target.op
            return
        self.classify(tally, module)

    def classify(self, tally: Tally, module: Module) -> None:
        if module.code not in self.required:
            tally.national += module.op
        elif module.subject in ARTS:
            tally.arts[module.subject] = tally.arts.get(module.subject, 0.0) + module.op
        else:
            tally.compulsory[module.subject] = tally.compulsory.get(module.subject, 0.0) + module.op


@dataclass(frozen=True)
class CreditAudit:
    summary: CreditSummary
    findings: tuple[Finding, ...]


def _arts_counted(tally: Tally, rules: Rules) -> tuple[float, float]:
    """(arts op counted as compulsory, arts op beyond that)."""
    total = sum(tally.arts.values())
    counted = min(rules.arts_op, total)
    return counted, total - counted


def _totals(tally: Tally, rules: Rules) -> tuple[float, float, float]:
    """(compulsory, national electives, total) of a tally."""
    arts, extra = _arts_counted(tally, rules)
    compulsory = sum(tally.compulsory.values()) + arts
    national = tally.national + extra
    return compulsory, national, compulsory + national + tally.school


def credit_audit(
    items: Iterable[AuditItem], curriculum: Curriculum, choices: Choices, rules: Rules
) -> CreditAudit:
    """The CreditSummary and the credit findings (TOTAL_SHORT,
    COMPULSORY_SHORT, NATIONAL_ELECTIVES_SHORT, ARTS_SHORT; all errors).

    numbers: TOTAL_SHORT and NATIONAL_ELECTIVES_SHORT: ShortNumbers
    (required, planned, short). COMPULSORY_SHORT: CompulsoryShortNumbers
    (subject, syllabus of the missing modules, missing module codes).
    ARTS_SHORT: ArtsShortNumbers (mu, ku, min_each).
    """
    items = tuple(items)
    counter = _Counter(curriculum, choices, rules)
    planned, done = counter.tallies(items)
    compulsory_planned, national_planned, total_planned = _totals(planned, rules)
    compulsory_done, _, total_done = _totals(done, rules)
    need = requirement(curriculum, choices)
    required_here = need.others
    by_subject_required = need.by_subject
    compulsory = planned.compulsory
    by_subject = {
        s: (round(compulsory.get(s, 0.0), 2), r) for s, r in need.by_subject_rounded.items()
    }
    has_arts = need.has_arts
    arts_counted, _ = _arts_counted(planned, rules)
    if has_arts:
        by_subject[ARTS_KEY] = (round(arts_counted, 2), rules.arts_op)
    summary_required = rules.compulsory_op.get(
        choices.maths, need.by_subject_total + (rules.arts_op if has_arts else 0)
    )
    summary = CreditSummary(
        total_done=round(total_done, 2),
        total_planned=round(total_planned, 2),
        total_required=rules.total_op,
        compulsory_done=round(compulsory_done, 2),
        compulsory_planned=round(compulsory_planned, 2),
        compulsory_required=summary_required,
        national_electives_planned=round(national_planned, 2),
        national_electives_required=rules.national_elective_op,
        school_electives_planned=round(planned.school, 2),
        university_op_planned=round(planned.university_op, 2),
        university_ects_planned=round(planned.university_ects, 2),
        by_subject=by_subject,
    )
    findings: list[Finding] = []
    if total_planned < rules.total_op - _EPS:
        findings.append(
            _short(
                FindingCode.TOTAL_SHORT, ShortNumbers(**_shortfall(rules.total_op, total_planned))
            )
        )
    for subject, needed in by_subject_required.items():
        got = planned.compulsory.get(subject, 0.0)
        if got < needed - _EPS:
            missing = [
                m for m in required_here if m.subject == subject and m.code not in planned.covered
            ]
            numbers = CompulsoryShortNumbers(
                **_shortfall(needed, got),
                subject=subject,
                syllabus=tuple(sorted({m.syllabus or m.subject for m in missing})),
                missing=tuple(m.code for m in missing),
            )
            findings.append(_short(FindingCode.COMPULSORY_SHORT, numbers, subject))
    if national_planned < rules.national_elective_op - _EPS:
        findings.append(
            _short(
                FindingCode.NATIONAL_ELECTIVES_SHORT,
                ShortNumbers(**_shortfall(rules.national_elective_op, national_planned)),
            )
        )
    if has_arts:
        mu, ku = planned.arts.get("MU", 0.0), planned.arts.get("KU", 0.0)
        if (
            arts_counted < rules.arts_op - _EPS
            or mu < rules.arts_min_each - _EPS
            or ku < rules.arts_min_each - _EPS
        ):
            findings.append(
                _short(
                    FindingCode.ARTS_SHORT,
                    ArtsShortNumbers(
                        **_shortfall(rules.arts_op, arts_counted),
                        mu=round(mu, 2),
                        ku=round(ku, 2),
                        min_each=rules.arts_min_each,
                    ),
                )
            )
    return CreditAudit(summary, tuple(findings))


class _Shortfall(TypedDict):
    """The fields of finding_numbers.ShortNumbers, to pass as ``**``."""

    required: float
    planned: float
    short: float


def _shortfall(required: float, planned: float) -> _Shortfall:
    return {
        "required": round(required, 2),
        "planned": round(planned, 2),
        "short": round(required - planned, 2),
    }


def _short(code: FindingCode, numbers: ShortNumbers, suffix: str = "") -> Finding:
    return Finding(
        code=code,
        severity=Severity.ERROR,
        key=f"{code}:{suffix}" if suffix else str(code),
        numbers=numbers,
    )
