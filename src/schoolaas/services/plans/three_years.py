"""The three years at a glance (what Sisu's timeline shows): the student's
school periods as columns from the first autumn to graduation, the plan's
items as cards in the period they count in, the op of each period split by
kind (compulsory, national elective, school-specific, university) with the
running totals the graduation targets are read against, and the
matriculation sittings in each period.

The kinds come from the audit's own credit count (domain/credits.py): the
totals after each period are the count of the items up to that period, and
a period's op are the difference from the period before. A card moved to
another period is the same course in that period: ``move_target`` names the
offering to choose there (the UI makes the move one undoable edit)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from schoolaas.domain.calendar import Period
from schoolaas.domain.credits import credit_audit
from schoolaas.domain.findings import AuditInput
from schoolaas.domain.model import AuditItem, ItemStatus, Offering, Provider
from schoolaas.services.errors import InvalidInput
from schoolaas.services.views import ItemView, PlanState

YEARS = 3  # the upper secondary school's usual length


@dataclass(frozen=True, slots=True)
class OpByKind:
    compulsory: float = 0.0
    national: float = 0.0
    school: float = 0.0  # school-specific electives (not university)
    university: float = 0.0

    @property
    def total(self) -> float:
        return self.compulsory + self.national + self.school + self.university

    def minus(self, other: OpByKind) -> OpByKind:
        return OpByKind(
            max(0.0, round(self.compulsory - other.compulsory, 2)),
            max(0.0, round(self.national - other.national, 2)),
            max(0.0, round(self.school - other.school, 2)),
            max(0.0, round(self.university - other.university, 2)),
        )


@dataclass(frozen=True, slots=True)
class Card:
    item_id: int
    code: str
    label: str  # "MAA07.2", "CS-A1111 L01+H02"
    name: str
    provider: Provider
    status: ItemStatus
    op: float
    grade: str | None


@dataclass(frozen=True, slots=True)
class Sitting:
    """A matriculation exam day in a period, and whether the student writes."""

    day: date
    subjects: tuple[str, ...]
    writes: bool


@dataclass(frozen=True, slots=True)
class Column:
    period: Period | None  # None: the items in no period of the three years
    cards: tuple[Card, ...]
    op: OpByKind  # this period's op
    running: OpByKind  # the totals after this period
    sittings: tuple[Sitting, ...]


@dataclass(frozen=True, slots=True)
class Targets:
    total: float  # 150
    compulsory: float  # 94 (MAB) or 102 (MAA)
    national: float  # 20


@dataclass(frozen=True, slots=True)
class ThreeYears:
    columns: tuple[Column, ...]  # in order; a last one without a period for the rest
    targets: Targets


def three_years(state: PlanState, inp: AuditInput) -> ThreeYears:
    """The plan of ``state`` over the student's school years; ``inp`` is
    the plan's AuditInput (its curriculum, choices and rules)."""
    cat = state.catalogue
    student = state.student
    periods = cat.school_periods(student.school)
    first = student.start_year
    in_plan = {i.period for i in state.audit_items if i.period}
    years = {f"{y}-{(y + 1) % 100:02d}" for y in range(first, first + YEARS)}
    shown = [p for p in periods if p.year in years or (p.key in in_plan and p.start.year > first)]
    keys = {p.key for p in shown}
    names = {i.id: i for i in state.items}
    cards: dict[str | None, list[Card]] = defaultdict(list)
    for item in state.audit_items:
        column = item.period if item.period in keys else None
        cards[column].append(_card(item, names.get(item.item_id)))

    columns: list[Column] = []
    counted: list[AuditItem] = []
    rest = [i for i in state.audit_items if i.period not in keys]
    by_period: dict[str, list[AuditItem]] = defaultdict(list)
    for item in state.audit_items:
        if item.period in keys:
            by_period[item.period or ""].append(item)
    counted.extend(rest)  # done elsewhere or earlier: counted before the first period
    before = _kinds(counted, inp)
    for period in shown:
        counted.extend(by_period.get(period.key, ()))
        after = _kinds(counted, inp)
        columns.append(
            Column(
                period=period,
                cards=tuple(cards.get(period.key, ())),
                op=after.minus(before),
                running=after,
                sittings=_sittings(state, period),
            )
        )
        before = after
    if cards.get(None):
        first_total = _kinds(rest, inp)
        columns.append(Column(None, tuple(cards[None]), first_total, first_total, ()))
    summary = state.result.credits
    return ThreeYears(
        columns=tuple(columns),
        targets=Targets(
            total=summary.total_required,
            compulsory=summary.compulsory_required,
            national=summary.national_electives_required,
        ),
    )


def move_target(state: PlanState, item_id: int, period_key: str) -> str:
    """The offering the item becomes when moved to ``period_key``: the same
    course offered in that period (a group the plan does not clash with,
    when there is one). Refused when the course is not offered there."""
    item = next((i for i in state.audit_items if i.item_id == item_id), None)
    if item is None:
        raise InvalidInput("The plan has no item {item_id}.", item_id=item_id)
    cat = state.catalogue
    period = cat.periods.get(period_key)
    if period is None:
        raise InvalidInput("There is no period {period}.", period=period_key)
    found = [o for o in cat.offerings.values() if o.code == item.code and _in_period(o, period)]
    if not found:
        raise InvalidInput(
            "{code} is not offered in period {number} of {year}.",
            code=item.code,
            number=period.number,
            year=period.year,
        )
    if any(o.key == item.offering_key for o in found):
        return item.offering_key or ""
    others = [i for i in state.audit_items if i.item_id != item_id]
    clashing = cat.timetable.clashing_choices(
        others, {o.key: cat.timetable.default_choice(o.key) for o in found}
    )
    free = [o for o in found if o.key not in clashing]
    return sorted(free or found, key=lambda o: o.key)[0].key


def _in_period(o: Offering, period: Period) -> bool:
    if o.provider == Provider.SCHOOL:
        return o.period == period.key
    return not o.is_exam and period.start <= o.start <= period.end


def _kinds(items: Sequence[AuditItem], inp: AuditInput) -> OpByKind:
    s = credit_audit(items, inp.curriculum, inp.choices, inp.rules).summary
    university = s.university_op_planned
    return OpByKind(
        compulsory=s.compulsory_planned,
        national=s.national_electives_planned,
        school=max(0.0, round(s.school_electives_planned - university, 2)),
        university=university,
    )


def _card(item: AuditItem, view: ItemView | None) -> Card:
    return Card(
        item_id=item.item_id,
        code=item.code,
        label=item.label or item.code,
        name=view.name if view else item.code,
        provider=item.provider,
        status=item.status,
        op=item.op,
        grade=item.grade,
    )


def _sittings(state: PlanState, period: Period) -> tuple[Sitting, ...]:
    writes = set(state.student.matriculation)
    days = state.catalogue.matriculation_days
    return tuple(
        Sitting(day, subjects, bool(writes & set(subjects)))
        for day, subjects in sorted(days.items())
        if period.start <= day <= period.end
    )
