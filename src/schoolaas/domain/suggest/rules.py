"""The rule families of a suggestion's model, each over its Choices: seats
and exams rule single study groups out (Blocks), one course per bar per
period, prerequisites, workload and graduation add constraints, each
while its rule's assumption literal holds (Choices.rule)."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from schoolaas.domain.audit import exam_weeks
from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.model import AuditItem, ItemStatus, Provider
from schoolaas.domain.plan_checks import exam_findings
from schoolaas.domain.prerequisites import earlier, prerequisites_of
from schoolaas.domain.suggest.choices import Choices, op100, unit_item
from schoolaas.domain.suggest.request import Part, Rule


def bar_blocks(model: Choices) -> None:
    """One course per bar per period: no school option beside an item
    that stays in its (period, bar)."""
    taken: dict[tuple[str, int], list[int]] = defaultdict(list)
    for item in model.scheduled:
        if item.provider == Provider.SCHOOL and item.bar is not None and item.period:
            taken[(item.period, item.bar)].append(item.item_id)
    if not taken:
        return
    for w, wish in enumerate(model.request.wishes):
        for o, option in enumerate(wish.options):
            item = option.item
            if item.provider != Provider.SCHOOL or item.bar is None or not item.period:
                continue
            for item_id in taken.get((item.period, item.bar), ()):
                model.blocks.same_bar[(w, o)].append(item_id)


def one_per_bar(model: Choices) -> None:
    """One course per bar per period: school options of one (period,
    bar) at most one."""
    shared: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for (w, o), x in model.x.items():
        item = model.request.wishes[w].options[o].item
        if item.provider != Provider.SCHOOL or item.bar is None or not item.period:
            continue
        if (w, o) in model.live_options:
            shared[(item.period, item.bar)].append(x)
    for xs in shared.values():
        if len(xs) > 1:
            model.cp.add_at_most_one(xs)


def seat_blocks(model: Choices) -> None:
    """Seats of the offering and of the study group, and room capacity,
    left after every other student's plan (AuditInput.load): full is off
    (Blocks; pruned, only when the rule is in force)."""
    if model.prune and Rule.SEATS not in model.request.in_force:
        return
    base = model.request.base
    load, seats, rooms = base.load, base.seats, base.rooms
    own_offerings, own_groups = _own(model)
    own_rooms: set[tuple[str, str]] | None = None
    for w, wish in enumerate(model.request.wishes):
        for o, option in enumerate(wish.options):
            key = option.key
            limit = seats.get(key)
            if limit is not None:
                others = load.offering.get(key, 0) - (key in own_offerings)
                if others + 1 > limit:
                    model.blocks.option_rule[(w, o)].append(Rule.SEATS)
    for u, facts in model.units.items():
        w, o, g = u
        key = model.request.wishes[w].options[o].key
        limit = seats.get(group_seat_key(key, g))
        full = False
        if limit is not None:
            others = load.group.get((key, g), 0) - ((key, g) in own_groups)
            full = others + 1 > limit
        if not full and load.room_session:
            for s in facts.sessions:
                room = rooms.get(s.room) if s.room else None
                if room is None:
                    continue
                if own_rooms is None:
                    own_rooms = _own_rooms(model)
                at = (s.room or "", model.index.iso_text(s.start))
                others = load.room_session.get(at, 0) - (at in own_rooms)
                if others + 1 > room.capacity:
                    full = True
                    break
        if full:
            model.blocks.rule[u].append(Rule.SEATS)


def exam_blocks(model: Choices) -> None:
    """No university exam in the school's exam weeks or on the
    student's matriculation days (the audit's exam check, per group):
    a finding is off (Blocks; pruned, only when the rule is in force)."""
    if model.prune and Rule.EXAMS not in model.request.in_force:
        return
    base = model.request.base
    weeks = exam_weeks(base)
    for u in model.units:
        w, o, g = u
        option = model.request.wishes[w].options[o]
        if option.item.provider != Provider.AALTO:
            continue
        found = exam_findings(
            (unit_item(option, g, model.index),),
            weeks,
            base.matriculation_days,
            base.matriculation_subjects,
        )
        if found:
            model.blocks.rule[u].append(Rule.EXAMS)


def prerequisites(model: Choices) -> None:
    """An option with prerequisites needs each met by a completed item,
    or by a scheduled item or another wish's option in an earlier period
    (as prerequisites.py reads the plan); an item that stays and needs
    a wish's course gets it in time."""
    periods = model.request.base.periods
    part = Part("rule", rule=Rule.PREREQUISITES)
    covering: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for w, o in model.x:
        item = model.request.wishes[w].options[o].item
        for code in {item.code, *item.modules}:
            covering[code].append((w, o))
    fixed = [i for i in model.fixed if i.status != ItemStatus.FAILED]
    live = model.live_options

    def met_by_fixed(item: AuditItem, needed: str) -> bool:
        for other in fixed:
            if other is item or needed not in {other.code, *other.modules}:
                continue
            if other.status == ItemStatus.COMPLETED:
                return True
            order = earlier(other, item, periods)
            if order is None or order:
                return True
        return False

    for (w, o), x in model.x.items():
        if (w, o) not in live:
            continue  # pruned: never taken
        item = model.request.wishes[w].options[o].item
        for needed in prerequisites_of(item):
            if needed in {item.code, *item.modules} or met_by_fixed(item, needed):
                continue
            providers = [
                model.x[p]
                for p in covering.get(needed, ())
                if p[0] != w
                and p in live
                and earlier(model.request.wishes[p[0]].options[p[1]].item, item, periods)
                is not False
            ]
            model.cp.add_bool_or([x.Not(), model.part(part).Not(), *providers])
            if not providers:
                model.blocks.option_rule[(w, o)].append(Rule.PREREQUISITES)
    for item in model.scheduled:
        for needed in prerequisites_of(item):
            if met_by_fixed(item, needed):
                continue
            takers = [
                p
                for p in covering.get(needed, ())
                if earlier(model.request.wishes[p[0]].options[p[1]].item, item, periods)
                is not False
            ]
            if takers:  # else the plan lacks it already: not the suggestion's doing
                literals = [model.x[p] for p in takers if p in live]
                model.cp.add_bool_or([model.part(part).Not(), *literals]).only_enforce_if(
                    model.part(Part("kept", item_id=item.item_id))
                )


def workload(model: Choices) -> None:
    """Op per school period and scheduled minutes per week within the
    rules (a period or week already over them with the items that stay
    may not grow)."""
    rules = model.request.base.rules
    part = model.rule(Rule.WORKLOAD)
    fixed_op: dict[str, int] = defaultdict(int)
    for item in model.fixed:
        if item.status != ItemStatus.FAILED and item.period:
            fixed_op[item.period] += op100(item.op)
    by_period: dict[str, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
    for (w, o), x in model.x.items():
        item = model.request.wishes[w].options[o].item
        if item.period:
            terms = by_period[item.period]  # the period counts, pruned options or not
            if (w, o) in model.live_options:
                terms.append((op100(item.op), x))
    cap = op100(rules.max_op_per_period)
    for period, terms in by_period.items():
        total = fixed_op[period] + cp_model.LinearExpr.weighted_sum(
            [x for _, x in terms], [op for op, _ in terms]
        )
        model.period_load[period] = total
        model.cp.add(total <= max(cap, fixed_op[period])).only_enforce_if(part)
    fixed_minutes: dict[int, int] = defaultdict(int)
    for item in model.scheduled:
        for week, minutes in model.index.facts(item.sessions).weeks or ():
            fixed_minutes[week] += minutes
    by_week: dict[int, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
    for u, facts in model.units.items():
        if u not in model.live:
            continue  # pruned: never taken
        for week, minutes in facts.weeks or ():
            by_week[week].append((minutes, model.y[u]))
    limit = round(rules.max_hours_per_week * 60)
    for week, terms in by_week.items():
        most = max(limit, fixed_minutes[week])
        if fixed_minutes[week] + sum(m for m, _ in terms) <= most:
            continue  # cannot be exceeded
        busy = cp_model.LinearExpr.weighted_sum([y for _, y in terms], [m for m, _ in terms])
        model.cp.add(fixed_minutes[week] + busy <= most).only_enforce_if(part)


def graduation(model: Choices) -> None:
    """The graduation targets stay reachable if they are now (with every
    wish's current item): 150 op (Rules.total_op) from what stays, what
    is chosen and the most the later periods can hold; and, when the plan
    reaches the end of upper secondary school, every compulsory module
    of the student's syllabus that the plan covers now stays covered.
    A target the plan misses already is the audit's finding, not the
    suggestion's doing."""
    base = model.request.base
    rules = base.rules
    wishes = model.request.wishes
    part = model.rule(Rule.GRADUATION)
    counted = [i for i in model.fixed if i.status != ItemStatus.FAILED]
    current = [w.current for w in wishes if w.current is not None]
    have = sum(op100(i.op) for i in counted)
    reserve = model.request.later_periods * op100(rules.max_op_per_period)
    target = op100(rules.total_op)
    if have + reserve + sum(op100(i.op) for i in current) >= target:
        taken = [(key, x) for key, x in model.x.items() if key in model.live_options]
        chosen = cp_model.LinearExpr.weighted_sum(
            [x for _, x in taken], [op100(wishes[w].options[o].item.op) for (w, o), _ in taken]
        )
        model.cp.add(have + reserve + chosen >= target).only_enforce_if(part)
    if model.request.later_periods:
        return
    covered = {c for i in counted for c in (i.code, *i.modules)}
    now = {c for i in current for c in (i.code, *i.modules)}
    covering: dict[str, list[cp_model.IntVar]] = defaultdict(list)
    for (w, o), x in model.x.items():
        if (w, o) not in model.live_options:
            continue  # pruned: never taken
        item = wishes[w].options[o].item
        for code in {item.code, *item.modules}:
            covering[code].append(x)
    for module in base.curriculum.required(base.choices):
        if module.code not in covered and module.code in now:
            model.cp.add_bool_or([part.Not(), *covering.get(module.code, [])])


def _own(model: Choices) -> tuple[set[str], set[tuple[str, str]]]:
    """What the student's plan holds now (counted in the Load already)."""
    offerings: set[str] = set()
    groups: set[tuple[str, str]] = set()
    for item in model.request.base.items:
        if item.status in SCHEDULED and item.offering_key:
            offerings.add(item.offering_key)
            for g in item.group_keys:
                groups.add((item.offering_key, g))
    return offerings, groups


def _own_rooms(model: Choices) -> set[tuple[str, str]]:
    """The (room, start) of the plan's scheduled sessions now."""
    rooms: set[tuple[str, str]] = set()
    for item in model.request.base.items:
        if item.status in SCHEDULED and item.offering_key:
            for s in item.sessions:
                if s.room:
                    rooms.add((s.room, model.index.iso_text(s.start)))
    return rooms


__all__ = [
    "bar_blocks",
    "exam_blocks",
    "graduation",
    "one_per_bar",
    "prerequisites",
    "seat_blocks",
    "workload",
]
