"""A whole school's seats on the Aalto courses whose upper secondary seats
are limited, assigned at once (docs/suggest.md, "A whole school").

Every student's planned items of such courses in the planned periods are
wishes; each student's choices are one domain/suggest Model (their own
clashes, bars, exams, prerequisites, workload and graduation rules, asked
of the catalogue's TimetableIndex), all in one CP-SAT model, with each
offering's and study group's seats shared among the school's students.

A student's rules (exams, prerequisites, workload, graduation) hold unless
the student's own plan makes one impossible (it then gives way, for that
student only, and is reported): each weighs more than every wish together.

Fairness rule: final-year students first, then a seeded lottery. Every wish
of a final-year student outweighs all wishes of the others together; within
a year group more wishes met beats fewer, and the lottery (a random order of
the students, drawn from ``seed``) only breaks ties. Re-running with the same
seed and data gives the same allocation.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ortools.sat.python import cp_model

from schoolaas.data import repositories as repo
from schoolaas.data.tables import StudentRow
from schoolaas.domain.calendar import year_of
from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.model import ItemStatus, Provider
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import Request, Rule, Wish
from schoolaas.domain.suggest.solve import Cancel
from schoolaas.services.audit.inputs import PERIODS_PER_YEAR, ItemResolver, compute_load
from schoolaas.services.errors import NotFound, StaleEdit
from schoolaas.services.plans import editing
from schoolaas.services.suggest.ask import YEARS, _offerings_by_code, planned_periods
from schoolaas.services.views import Change

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace


@dataclass(frozen=True)
class Granted:
    """One wish of one student: what the allocation gives, or None and why."""

    plan_id: int
    student: str
    final_year: bool
    lottery: int  # the student's place in the lottery (1 first)
    code: str
    current: str | None  # the offering the plan holds now
    offering_key: str | None
    group_keys: tuple[str, ...] = ()
    why: str = ""
    item_id: int = 0  # the plan's item of the wish
    current_groups: tuple[str, ...] = ()
    current_grade: str | None = None  # the item's grade when the allocation was made

    @property
    def changed(self) -> bool:
        """Whether applying the allocation changes the plan's item."""
        return (self.offering_key, sorted(self.group_keys)) != (
            self.current,
            sorted(self.current_groups),
        )


@dataclass(frozen=True)
class Course:
    code: str
    offering_key: str
    seats: int  # seats for the school's students (after the other schools')
    wished: int  # students whose plan holds it now
    granted: int


@dataclass
class Allocation:
    school: str
    optimal: bool
    objective: float
    bound: float
    seconds: float  # the search
    build_seconds: float  # reading the plans and making the model
    students: int
    status: str = ""
    wishes: list[Granted] = field(default_factory=list)
    courses: list[Course] = field(default_factory=list)

    @property
    def gap(self) -> float:
        """(bound - objective) / bound: 0 when proven optimal."""
        return 0.0 if not self.bound else max(0.0, (self.bound - self.objective) / self.bound)

    rules_given_way: int = 0  # students' rules that had to give way

    @property
    def met(self) -> int:
        return sum(1 for g in self.wishes if g.offering_key is not None)


def _student_row(view: object) -> StudentRow:
    return StudentRow(
        id=getattr(view, "id", None),
        number=getattr(view, "number", ""),
        first_name=getattr(view, "first_name", ""),
        last_name=getattr(view, "last_name", ""),
        school=getattr(view, "school", ""),
        start_year=getattr(view, "start_year", 0),
    )


def allocate_seats(
    ws: Workspace,
    school: str,
    *,
    today: date | None = None,
    seed: int = 0,
    time_limit: float = 60.0,
    workers: int = 2,
    periods: Sequence[str] = (),
    cancel: Cancel | None = None,
) -> Allocation:
    """The best allocation of the school's limited Aalto seats (see module doc).
    ``cancel`` (the app's Cancel, from another thread) stops the search: the
    allocation is then the best found so far, or none (status UNKNOWN)."""
    started = time.perf_counter()
    today = today or date.today()
    cat = ws.catalogue()
    index = cat.timetable
    planned = planned_periods(cat, school, periods, today)
    in_range = set(planned)
    limited = {
        o.code
        for o in cat.offerings.values()
        if o.provider == Provider.AALTO and o.key in cat.seats
    }
    inputs = ws.audit_all_detailed(school=school)
    students = {s.id: s for s in ws.students(school=school)}
    plans = {p.id: p for p in ws.active_plans(school=school)}
    with ws.session() as db:
        load = compute_load(repo.planned_counts(session=db), cat)
    year = int(year_of(today)[:4])
    order = sorted(plans)
    random.Random(seed).shuffle(order)
    lottery = {plan_id: n + 1 for n, plan_id in enumerate(order)}
    cp = cp_model.CpModel()
    models: list[tuple[int, Model]] = []
    rules: list[cp_model.IntVar] = []
    holding: dict[str, int] = defaultdict(int)  # the school's students holding it now
    holding_group: dict[tuple[str, str], int] = defaultdict(int)
    for plan_id, (inp, _result) in sorted(inputs.items()):
        if cancel is not None and cancel.cancelled:
            break  # stopped while the model was being made: no search (below)
        plan = plans.get(plan_id)
        student = students.get(plan.student_id) if plan is not None else None
        if student is None:
            continue
        for item in inp.items:
            if item.status in SCHEDULED and item.offering_key:
                holding[item.offering_key] += 1
                for g in item.group_keys:
                    holding_group[(item.offering_key, g)] += 1
        wanted = [
            i
            for i in inp.items
            if i.provider == Provider.AALTO
            and i.status == ItemStatus.PLANNED
            and i.code in limited
            and i.period in in_range
        ]
        if not wanted:
            continue
        resolver = ItemResolver(cat, inp.rules, _student_row(student))
        options = _offerings_by_code(cat, school, resolver, in_range, {i.code for i in wanted})
        wishes = tuple(Wish(i.code, options.get(i.code, ()), priority=1, current=i) for i in wanted)
        last = max(resolver.period_index(p, None) or 0 for p in planned)
        request = Request(
            base=replace(inp, load=load),
            wishes=wishes,
            planned_periods=planned,
            later_periods=max(0, YEARS * PERIODS_PER_YEAR - last),
            rules=frozenset(Rule) - {Rule.SEATS},
        )
        model = Model(request, index, objective=False, cp=cp)
        for part, literal in model.parts.items():
            if part.rule is None:
                cp.add(literal == 1)  # the student's items stay
            elif part.rule == Rule.SEATS:
                cp.add(literal == 0)  # seats: shared below
            else:
                rules.append(literal)  # held unless the student's plan cannot
        models.append((plan_id, model))
    # the seats left for the school: each offering's and group's, after the other schools'
    by_offering: dict[str, list[cp_model.IntVar]] = defaultdict(list)
    by_group: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    for _plan_id, model in models:
        for (w, o), x in model.x.items():
            by_offering[model.request.wishes[w].options[o].key].append(x)
        for (w, o, g), y in model.y.items():
            by_group[(model.request.wishes[w].options[o].key, g)].append(y)
    left: dict[str, int] = {}
    for key, xs in by_offering.items():
        limit = cat.seats.get(key)
        if limit is not None:
            left[key] = max(0, limit - (load.offering.get(key, 0) - holding[key]))
            cp.add(sum(xs) <= left[key])
    for (key, g), ys in by_group.items():
        limit = cat.seats.get(group_seat_key(key, g))
        if limit is not None:
            others = load.group.get((key, g), 0) - holding_group[(key, g)]
            cp.add(sum(ys) <= max(0, limit - others))
    # the fairness rule as weights (module doc)
    total = sum(len(m.take) for _, m in models)
    base = total + 1
    others_sum = total * (base + total) + 1
    terms: list[cp_model.IntVar] = []
    weights: list[int] = []
    final: dict[int, bool] = {}
    for plan_id, model in models:
        student = students[plans[plan_id].student_id]
        final[plan_id] = year - student.start_year + 1 >= YEARS
        rank = total + 1 - min(lottery[plan_id], total)  # first in the lottery: the most
        weight = base + rank + (others_sum if final[plan_id] else 0)
        terms.extend(model.take)
        weights.extend([weight] * len(model.take))
    # a student's rules hold unless their own plan makes them impossible:
    # each outweighs every wish of the school together
    above = sum(weights) + 1
    terms.extend(rules)
    weights.extend([above] * len(rules))
    cp.maximize(cp_model.LinearExpr.weighted_sum(terms, weights))
    built = time.perf_counter()
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    if cancel is not None:
        cancel.attach(solver)
    try:
        stopped = cancel is not None and cancel.cancelled  # before the search began
        status = cp_model.UNKNOWN if stopped else solver.solve(cp)
    finally:
        if cancel is not None:
            cancel.attach(None)
    searched = time.perf_counter()
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    out = Allocation(
        school=school,
        optimal=status == cp_model.OPTIMAL,
        objective=solver.objective_value if found else 0.0,
        bound=solver.best_objective_bound if found else 0.0,
        seconds=searched - built,
        build_seconds=built - started,
        students=len(models),
        status=solver.status_name(status),
        rules_given_way=sum(1 for r in rules if found and not solver.value(r)),
    )
    granted: dict[str, int] = defaultdict(int)
    wished: dict[str, int] = defaultdict(int)
    for plan_id, model in models:
        student = students[plans[plan_id].student_id]
        for w, wish in enumerate(model.request.wishes):
            current = wish.current.offering_key if wish.current else None
            if current:
                wished[current] += 1
            picked = next(
                (o for o in range(len(wish.options)) if found and solver.value(model.x[(w, o)])),
                None,
            )
            if picked is None:
                out.wishes.append(
                    Granted(
                        plan_id,
                        student.name,
                        final[plan_id],
                        lottery[plan_id],
                        wish.code,
                        current,
                        None,
                        why=_why_not(model, w, left),
                        item_id=wish.current.item_id if wish.current else 0,
                        current_groups=wish.current.group_keys if wish.current else (),
                        current_grade=wish.current.grade if wish.current else None,
                    )
                )
                continue
            option = wish.options[picked]
            groups = tuple(
                next(g for g in slot if solver.value(model.y[(w, picked, g)]))
                for slot in option.slots
            )
            granted[option.key] += 1
            out.wishes.append(
                Granted(
                    plan_id,
                    student.name,
                    final[plan_id],
                    lottery[plan_id],
                    wish.code,
                    current,
                    option.key,
                    groups,
                    item_id=wish.current.item_id if wish.current else 0,
                    current_groups=wish.current.group_keys if wish.current else (),
                    current_grade=wish.current.grade if wish.current else None,
                )
            )
    for key in sorted(set(wished) | set(granted)):
        offering = cat.offerings.get(key)
        if offering is not None and key in left:
            out.courses.append(Course(offering.code, key, left[key], wished[key], granted[key]))
    return out


def apply_allocation(ws: Workspace, allocation: Allocation) -> Change:
    """The allocation in every plan at once, in one transaction: a wish
    granted elsewhere (another realisation or groups) moves, a wish not
    granted leaves the plan. The Change's snapshot holds the rows removed
    and the ids added (services/suggest/apply.undo_proposal per plan).

    Refused as a whole (StaleEdit, nothing changed) when a wish's item is
    no longer as the allocation saw it: removed, or its status, grade or
    groups changed after the preview (another window, another counsellor)."""
    removed: list[dict[str, object]] = []
    added: list[int] = []
    plans: set[int] = set()
    students: set[int] = set()
    with ws.session() as s:
        for wish in allocation.wishes:
            if not wish.changed or not wish.item_id:
                continue
            plan = editing.need_plan(wish.plan_id, session=s)
            plans.add(wish.plan_id)
            students.add(plan.student_id)
            seen = (ItemStatus.PLANNED, wish.current_grade, wish.current_groups)
            try:
                removed.append(editing.remove_item(wish.item_id, seen=seen, session=s).snapshot)
            except (StaleEdit, NotFound):  # the whole allocation is rolled back
                raise StaleEdit(
                    "{code} in the plan of {student} changed after the preview; nothing was "
                    "changed. Run Preview again.",
                    code=wish.code,
                    student=wish.student,
                ) from None
            if wish.offering_key is not None:
                change = editing.add_item(
                    wish.plan_id, wish.offering_key, group_keys=wish.group_keys, session=s
                )
                added.append(change.created_id or 0)
    return Change(
        plan_ids=frozenset(plans),
        item_ids=frozenset((*added, *(int(str(r.get("id") or 0)) for r in removed))),
        student_ids=frozenset(students),
        snapshot={"removed": removed, "added": added},
    )


def undo_allocation(ws: Workspace, snapshot: dict[str, Any]) -> Change:
    """Undo ``apply_allocation`` in one transaction: the items it added go and
    the rows it removed come back as they were (its Change's snapshot)."""
    added = [int(i) for i in snapshot.get("added", ())]
    removed = list(snapshot.get("removed", ()))
    done: list[Change] = []
    with ws.session() as s:
        done.extend(editing.remove_item(item_id, session=s) for item_id in added)
        done.extend(editing.restore_item(row, session=s) for row in removed)
    return Change(
        plan_ids=frozenset(p for c in done for p in c.plan_ids),
        item_ids=frozenset((*added, *(int(r.get("id") or 0) for r in removed))),
        student_ids=frozenset(p for c in done for p in c.student_ids),
        snapshot={"removed": [c.snapshot for c in done[: len(added)]], "added": []},
    )


def _why_not(model: Model, w: int, left: dict[str, int]) -> str:
    """Why a wish got nothing: "seats" (a choice fits the student, its seats
    went to students ahead in the order), "no seats" (every choice that fits
    has none left for the school), or "clash" (no choice fits the student's
    own plan and rules)."""
    wish = model.request.wishes[w]
    blocks = model.blocks
    fitting = []
    for o, option in enumerate(wish.options):
        if blocks.same_bar.get((w, o)) or any(
            r != Rule.SEATS for r in blocks.option_rule.get((w, o), ())
        ):
            continue
        if all(
            any(
                not blocks.clash_kept.get((w, o, g))
                and not any(r != Rule.SEATS for r in blocks.rule.get((w, o, g), ()))
                for g in slot
            )
            for slot in option.slots
        ):
            fitting.append(option.key)
    if not fitting:
        return "clash"
    return "seats" if any(left.get(key, 1) > 0 for key in fitting) else "no seats"


__all__ = [
    "Allocation",
    "Course",
    "Granted",
    "allocate_seats",
    "apply_allocation",
    "undo_allocation",
]
