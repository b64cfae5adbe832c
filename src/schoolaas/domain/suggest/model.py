"""The CP-SAT model of one suggestion (docs/suggest.md says how it is weighed).

Choices: ``take[w]`` (wish w is met), ``x[w, o]`` (it takes option o: a
school course group in one period and bar, or an Aalto realisation) and one
study group per group type of the option (``y``; a school course group has
one slot holding its lesson group, so its ``y`` is its ``x``).

What clashes is asked of the catalogue's TimetableIndex
(``clashing_pairs``: the audit's own overlap sweep and travel walk), once
for every study group of every option, every item that stays and every
free-time block: two clashing study groups of two wishes are "not both";
a study group clashing with an item that stays or a free-time block is
off while that item or block is assumed. The unary rules read the audit's
figures (seats and capacity from ``AuditInput.load`` and ``seats``, the
exam check of plan_checks on the study group alone).

Every element an explanation may name is an assumption literal
(``self.parts``): a required wish, an item that stays, a free-time block,
a rule family (Rule). Without the literal its constraints are off, so
CP-SAT's sufficient assumptions and a deletion filter give a minimal set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model

from schoolaas.domain.audit import exam_weeks
from schoolaas.domain.calendar import Period
from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.plan_checks import exam_findings
from schoolaas.domain.prerequisites import _earlier as earlier_than
from schoolaas.domain.prerequisites import prerequisites_of
from schoolaas.domain.suggest.request import Option, Part, Request, Rule
from schoolaas.domain.timetable_facts import ChoiceFacts
from schoolaas.domain.timetable_index import TimetableIndex

Unit = tuple[int, int, str]
"""(wish, option, group key): one study group of one option of one wish."""

HUNDREDTHS = 100  # op are compared in hundredths (the audit compares floats)


def op100(value: float) -> int:
    return round(value * HUNDREDTHS)


@dataclass
class Blocks:
    """Why a study group or an option is off, for the explanation's words."""

    clash_kept: dict[Unit, list[int]] = field(default_factory=lambda: defaultdict(list))
    clash_free: dict[Unit, list[int]] = field(default_factory=lambda: defaultdict(list))
    clash_units: dict[Unit, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    same_bar: dict[tuple[int, int], list[int]] = field(default_factory=lambda: defaultdict(list))
    rule: dict[Unit, list[Rule]] = field(default_factory=lambda: defaultdict(list))
    option_rule: dict[tuple[int, int], list[Rule]] = field(
        default_factory=lambda: defaultdict(list)
    )


def unit_item(option: Option, group: str, index: TimetableIndex) -> AuditItem:
    """The option holding one study group only (what the unary checks read)."""
    groups = (group,)
    return replace(option.item, group_keys=groups, sessions=index.sessions(option.key, groups))


def chosen_item(
    option: Option, groups: tuple[str, ...], index: TimetableIndex, item_id: int
) -> AuditItem:
    """The plan item the suggestion makes of ``option`` with ``groups``."""
    item = option.item
    label = item.label
    if item.provider == Provider.AALTO:
        label = f"{item.code} {'+'.join(groups)}" if groups else item.code
    return replace(
        item,
        item_id=item_id,
        status=ItemStatus.PLANNED,
        group_keys=groups,
        sessions=index.sessions(option.key, groups),
        label=label,
    )


class Model:
    """The model of one request (see the module doc). ``objective=False``:
    feasibility only (the explanation's searches).

    ``prune=True``: the search model of suggest(), every part in force
    assumed for good: a study group or option that a rule in force, an item
    that stays or a free-time block rules out gets no variable and is never
    asked about again (its clashes with other choices), the parts are
    constants and there are no assumptions. Its optimum is the full model's
    with every part assumed; it cannot explain (suggest builds the full
    model when it finds nothing)."""

    def __init__(
        self,
        request: Request,
        index: TimetableIndex,
        *,
        objective: bool = True,
        cp: cp_model.CpModel | None = None,
        prune: bool = False,
    ) -> None:
        """``cp``: a model to add to (a whole school's seat allocation puts
        every student's choices into one), else a new one."""
        self.request = request
        self.index = index
        self.prune = prune
        self.cp = cp if cp is not None else cp_model.CpModel()
        self.blocks = Blocks()
        self.parts: dict[Part, cp_model.IntVar] = {}
        self.take: list[cp_model.IntVar] = []
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        self.y: dict[Unit, cp_model.IntVar] = {}
        self.fixed = request.fixed
        self.scheduled = [i for i in self.fixed if i.status in SCHEDULED]
        self.units: dict[Unit, ChoiceFacts] = {
            (w, o, g): index.choice(option.key, (g,))
            for w, wish in enumerate(request.wishes)
            for o, option in enumerate(wish.options)
            for slot in option.slots
            for g in slot
        }
        self._constants = (self.cp.new_constant(0), self.cp.new_constant(1)) if prune else None
        self._signatures: dict[int, tuple[ChoiceFacts, tuple[object, ...]]] = {}  # by id
        self._unit_pairs: list[tuple[Unit, Unit]] = []  # the full model's clashing units
        # why a choice is off (Blocks), before any variable: pruned, it gets none
        self._seats()
        self._exams()
        self.live: set[Unit] = set(self.units)
        self.live_options: set[tuple[int, int]] = {
            (w, o) for w, wish in enumerate(request.wishes) for o in range(len(wish.options))
        }
        self._prune_rules()
        self._fixed_clashes()
        self._bars_taken()
        self._prune_fixed()
        self._choices()
        self._unary()
        self._clashes()
        self._same_bar()
        self._prerequisites()
        self._workload()
        self._graduation()
        self.score: dict[str, cp_model.LinearExpr | cp_model.IntVar] = {}
        self.weights: dict[str, int] = {}  # of the objective's terms (bench/suggest.py)
        if objective:
            self._objective()

    # --- assumption literals ------------------------------------------------
    def part(self, part: Part) -> cp_model.IntVar:
        if self._constants is not None:  # pruned: every part in force holds
            held = part.rule is None or part.rule in self.request.in_force
            return self._constants[held]
        found = self.parts.get(part)
        if found is None:
            found = self.parts[part] = self.cp.new_bool_var(f"part {part}")
        return found

    def rule(self, rule: Rule) -> cp_model.IntVar:
        return self.part(Part("rule", rule=rule))

    def _off(self, var: cp_model.IntVar, part: Part) -> None:
        """``var`` is off while ``part`` holds."""
        self.cp.add_bool_or([var.Not(), self.part(part).Not()])

    # --- pruning (prune=True) -----------------------------------------------
    def _prune_rules(self) -> None:
        """Pruned: the options and study groups a rule in force rules out."""
        if not self.prune:
            return
        rules = self.request.in_force
        for key, found in self.blocks.option_rule.items():
            if any(r in rules for r in found):
                self.live_options.discard(key)
        for u, found in self.blocks.rule.items():
            if any(r in rules for r in found):
                self.live.discard(u)

    def _prune_fixed(self) -> None:
        """Pruned: the study groups clashing with an item that stays or a
        free-time block, the options beside an item that stays in their
        bar, and the options with a group type none of whose groups is left."""
        if not self.prune:
            return
        blocks = self.blocks
        self.live.difference_update(blocks.clash_kept)
        self.live.difference_update(blocks.clash_free)
        self.live_options.difference_update(blocks.same_bar)
        for w, wish in enumerate(self.request.wishes):
            for o, option in enumerate(wish.options):
                if (w, o) in self.live_options and all(
                    any((w, o, g) in self.live for g in slot) for slot in option.slots
                ):
                    continue
                self.live_options.discard((w, o))
                self.live.difference_update((w, o, g) for slot in option.slots for g in slot)

    # --- the choices ---------------------------------------------------------
    def _choices(self) -> None:
        cp = self.cp
        off = self._constants[0] if self._constants is not None else None
        for w, wish in enumerate(self.request.wishes):
            take = cp.new_bool_var(f"take {w}")
            self.take.append(take)
            xs = []
            for o, option in enumerate(wish.options):
                if off is not None and (w, o) not in self.live_options:
                    self.x[(w, o)] = off
                    self.y.update(((w, o, g), off) for slot in option.slots for g in slot)
                    continue
                x = self.x[(w, o)] = cp.new_bool_var(f"x {w} {o}")
                xs.append(x)
                for slot in option.slots:
                    if len(slot) == 1:
                        self.y[(w, o, slot[0])] = x
                        continue
                    ys = []
                    for g in slot:
                        if off is not None and (w, o, g) not in self.live:
                            self.y[(w, o, g)] = off
                            continue
                        y = self.y[(w, o, g)] = cp.new_bool_var(f"y {w} {o} {g}")
                        ys.append(y)
                    cp.add_exactly_one([*ys, x.Not()])  # one of the type when taken
            cp.add_exactly_one([*xs, take.Not()])  # one option when taken
            if wish.required:
                cp.add(take == 1).only_enforce_if(self.part(Part("wish", wish=w)))

    def _unary(self) -> None:
        """The full model: every choice the Blocks rule out is off while
        the reason (an item that stays, a block, a rule) holds. Pruned, such
        choices have no variable."""
        if self.prune:
            return
        blocks = self.blocks
        for u, ids in blocks.clash_kept.items():
            for item_id in ids:
                self._off(self.y[u], Part("kept", item_id=item_id))
        for u, blocks_free in blocks.clash_free.items():
            for n in blocks_free:
                self._off(self.y[u], Part("free", free=n))
        for key, ids in blocks.same_bar.items():
            for item_id in ids:
                self._off(self.x[key], Part("kept", item_id=item_id))
        for key, rules in blocks.option_rule.items():
            for rule in rules:
                self._off(self.x[key], Part("rule", rule=rule))
        for u, rules in blocks.rule.items():
            for rule in rules:
                self._off(self.y[u], Part("rule", rule=rule))

    def _classes(self, units: list[Unit]) -> list[list[Unit]]:
        """The units grouped by their sessions (start, end and building of
        each): the index's answer is the same for every member."""
        classes: dict[tuple[object, ...], list[Unit]] = defaultdict(list)
        for u in units:
            classes[self._signature_of(self.units[u])].append(u)
        return list(classes.values())

    def _signature_of(self, facts: ChoiceFacts) -> tuple[object, ...]:
        """The signature of ``facts``, worked out once per facts object."""
        found = self._signatures.get(id(facts))
        if found is None or found[0] is not facts:
            found = self._signatures[id(facts)] = (facts, self._signature(facts))
        return found[1]

    def _all_clashes(self) -> None:
        """The full model (every study group has a variable): one question
        to the index over the classes of every study group, item that stays
        and free-time block; the pairs of two study groups are kept for
        _clashes."""
        index = self.index
        keyed: dict[Hashable, ChoiceFacts] = {}
        keyed.update(self.units.items())
        for item in self.scheduled:
            if item.sessions:
                keyed[("kept", item.item_id)] = index.facts(item.sessions)
        for n, block in enumerate(self.request.free_time):
            if block.sessions:
                keyed[("free", n)] = index.facts(block.sessions)
        classes: dict[tuple[object, ...], list[Hashable]] = defaultdict(list)
        for key, facts in keyed.items():
            classes[self._signature_of(facts)].append(key)
        members = list(classes.values())
        pairs: list[tuple[Hashable, Hashable]] = []
        for group in members:  # the same sessions overlap each other
            if keyed[group[0]].sessions:
                pairs.extend((a, b) for n, a in enumerate(group) for b in group[n + 1 :])
        firsts = {n: keyed[group[0]] for n, group in enumerate(members)}
        for found in index.clashing_pairs(firsts):
            first, second = tuple(found)
            pairs.extend((a, b) for a in members[first] for b in members[second])
        for a, b in pairs:
            assert isinstance(a, tuple)
            assert isinstance(b, tuple)
            if len(a) == 3 and len(b) == 3:  # two study groups
                self._unit_pairs.append((a, b))
            elif len(a) == 3 or len(b) == 3:  # a study group and what stays
                unit, (tag, ident) = (a, b) if len(a) == 3 else (b, a)
                if tag == "kept":
                    self.blocks.clash_kept[unit].append(int(ident))
                else:
                    self.blocks.clash_free[unit].append(int(ident))

    def _fixed_clashes(self) -> None:
        """Which study groups clash with an item that stays or a free-time
        block, each asked of the TimetableIndex alone with the study group
        (once per class of study groups with the same sessions). The full
        model asks every pair at once (_all_clashes)."""
        if not self.prune:
            self._all_clashes()
            return
        index = self.index
        classes = self._classes([u for u in self.units if u in self.live])
        firsts = {n: self.units[members[0]] for n, members in enumerate(classes)}
        days: set[int] = set()
        for facts in firsts.values():
            days.update(index.spans(facts))
        fixed: list[tuple[Part, AuditItem]] = [
            (Part("kept", item_id=item.item_id), item) for item in self.scheduled if item.sessions
        ]
        fixed.extend(
            (Part("free", free=n), _alone(block.sessions))
            for n, block in enumerate(self.request.free_time)
            if block.sessions
        )
        for part, item in fixed:
            mine = index.spans(index.facts(item.sessions)).keys()
            if mine.isdisjoint(days):
                continue
            near = {n: f for n, f in firsts.items() if not mine.isdisjoint(index.spans(f))}
            for n in index.clashing_choices((item,), near):
                for u in classes[n]:
                    if part.kind == "kept":
                        self.blocks.clash_kept[u].append(part.item_id)
                    else:
                        self.blocks.clash_free[u].append(part.free)

    def _clashes(self) -> None:
        """Every two study groups of two wishes that clash, as the
        TimetableIndex tells: not both. Choices with the same sessions
        (start, end, building of each) get the same answer, so the index is
        asked once per such class (the course groups of one bar and period
        of a tray form one). Pruned: the study groups left only."""
        if not self.prune:
            self._add_unit_clashes(self._unit_pairs)
            return
        classes = self._classes([u for u in self.units if u in self.live])
        pairs: list[tuple[Unit, Unit]] = []
        for group in classes:  # the same sessions overlap each other
            if self.units[group[0]].sessions:
                pairs.extend((a, b) for n, a in enumerate(group) for b in group[n + 1 :])
        firsts = {n: self.units[group[0]] for n, group in enumerate(classes)}
        for found in self.index.clashing_pairs(firsts):
            first, second = tuple(found)
            pairs.extend((a, b) for a in classes[first] for b in classes[second])
        self._add_unit_clashes(pairs)

    def _add_unit_clashes(self, pairs: list[tuple[Unit, Unit]]) -> None:
        for ua, ub in pairs:
            if ua[0] == ub[0]:
                continue  # one wish takes one option: never both anyway
            self.cp.add_bool_or([self.y[ua].Not(), self.y[ub].Not()])
            self.blocks.clash_units[ua].append(ub)
            self.blocks.clash_units[ub].append(ua)

    def _signature(self, facts: ChoiceFacts) -> tuple[object, ...]:
        return tuple(
            (s.start, s.end, building)
            for s, building in zip(facts.sessions, facts.buildings, strict=True)
        )

    def _bars_taken(self) -> None:
        """One course per bar per period: no school option beside an item
        that stays in its (period, bar)."""
        taken: dict[tuple[str, int], list[int]] = defaultdict(list)
        for item in self.scheduled:
            if item.provider == Provider.SCHOOL and item.bar is not None and item.period:
                taken[(item.period, item.bar)].append(item.item_id)
        if not taken:
            return
        for w, wish in enumerate(self.request.wishes):
            for o, option in enumerate(wish.options):
                item = option.item
                if item.provider != Provider.SCHOOL or item.bar is None or not item.period:
                    continue
                for item_id in taken.get((item.period, item.bar), ()):
                    self.blocks.same_bar[(w, o)].append(item_id)

    def _same_bar(self) -> None:
        """One course per bar per period: school options of one (period,
        bar) at most one."""
        shared: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
        for (w, o), x in self.x.items():
            item = self.request.wishes[w].options[o].item
            if item.provider != Provider.SCHOOL or item.bar is None or not item.period:
                continue
            if (w, o) in self.live_options:
                shared[(item.period, item.bar)].append(x)
        for xs in shared.values():
            if len(xs) > 1:
                self.cp.add_at_most_one(xs)

    def _own(self) -> tuple[set[str], set[tuple[str, str]]]:
        """What the student's plan holds now (counted in the Load already)."""
        offerings: set[str] = set()
        groups: set[tuple[str, str]] = set()
        for item in self.request.base.items:
            if item.status in SCHEDULED and item.offering_key:
                offerings.add(item.offering_key)
                for g in item.group_keys:
                    groups.add((item.offering_key, g))
        return offerings, groups

    def _own_rooms(self) -> set[tuple[str, str]]:
        """The (room, start) of the plan's scheduled sessions now."""
        rooms: set[tuple[str, str]] = set()
        for item in self.request.base.items:
            if item.status in SCHEDULED and item.offering_key:
                for s in item.sessions:
                    if s.room:
                        rooms.add((s.room, self.index.iso_text(s.start)))
        return rooms

    def _seats(self) -> None:
        """Seats of the offering and of the study group, and room capacity,
        left after every other student's plan (AuditInput.load): full is off
        (Blocks; pruned, only when the rule is in force)."""
        if self.prune and Rule.SEATS not in self.request.in_force:
            return
        base = self.request.base
        load, seats, rooms = base.load, base.seats, base.rooms
        own_offerings, own_groups = self._own()
        own_rooms: set[tuple[str, str]] | None = None
        for w, wish in enumerate(self.request.wishes):
            for o, option in enumerate(wish.options):
                key = option.key
                limit = seats.get(key)
                if limit is not None:
                    others = load.offering.get(key, 0) - (key in own_offerings)
                    if others + 1 > limit:
                        self.blocks.option_rule[(w, o)].append(Rule.SEATS)
        for u, facts in self.units.items():
            w, o, g = u
            key = self.request.wishes[w].options[o].key
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
                        own_rooms = self._own_rooms()
                    at = (s.room or "", self.index.iso_text(s.start))
                    others = load.room_session.get(at, 0) - (at in own_rooms)
                    if others + 1 > room.capacity:
                        full = True
                        break
            if full:
                self.blocks.rule[u].append(Rule.SEATS)

    def _exams(self) -> None:
        """No university exam in the school's exam weeks or on the
        student's matriculation days (the audit's exam check, per group):
        a finding is off (Blocks; pruned, only when the rule is in force)."""
        if self.prune and Rule.EXAMS not in self.request.in_force:
            return
        base = self.request.base
        weeks = exam_weeks(base)
        for u in self.units:
            w, o, g = u
            option = self.request.wishes[w].options[o]
            if option.item.provider != Provider.AALTO:
                continue
            found = exam_findings(
                (unit_item(option, g, self.index),),
                weeks,
                base.matriculation_days,
                base.matriculation_subjects,
            )
            if found:
                self.blocks.rule[u].append(Rule.EXAMS)

    def _prerequisites(self) -> None:
        """An option with prerequisites needs each met by a completed item,
        or by a scheduled item or another wish's option in an earlier period
        (as prerequisites.py reads the plan); an item that stays and needs
        a wish's course gets it in time."""
        periods = self.request.base.periods
        part = Part("rule", rule=Rule.PREREQUISITES)
        covering: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for w, o in self.x:
            item = self.request.wishes[w].options[o].item
            for code in {item.code, *item.modules}:
                covering[code].append((w, o))
        fixed = [i for i in self.fixed if i.status != ItemStatus.FAILED]
        live = self.live_options

        def met_by_fixed(item: AuditItem, needed: str) -> bool:
            for other in fixed:
                if other is item or needed not in {other.code, *other.modules}:
                    continue
                if other.status == ItemStatus.COMPLETED:
                    return True
                order = _earlier(other, item, periods)
                if order is None or order:
                    return True
            return False

        for (w, o), x in self.x.items():
            if (w, o) not in live:
                continue  # pruned: never taken
            item = self.request.wishes[w].options[o].item
            for needed in prerequisites_of(item):
                if needed in {item.code, *item.modules} or met_by_fixed(item, needed):
                    continue
                providers = [
                    self.x[p]
                    for p in covering.get(needed, ())
                    if p[0] != w
                    and p in live
                    and _earlier(self.request.wishes[p[0]].options[p[1]].item, item, periods)
                    is not False
                ]
                self.cp.add_bool_or([x.Not(), self.part(part).Not(), *providers])
                if not providers:
                    self.blocks.option_rule[(w, o)].append(Rule.PREREQUISITES)
        for item in self.scheduled:
            for needed in prerequisites_of(item):
                if met_by_fixed(item, needed):
                    continue
                takers = [
                    p
                    for p in covering.get(needed, ())
                    if _earlier(self.request.wishes[p[0]].options[p[1]].item, item, periods)
                    is not False
                ]
                if takers:  # else the plan lacks it already: not the suggestion's doing
                    literals = [self.x[p] for p in takers if p in live]
                    self.cp.add_bool_or([self.part(part).Not(), *literals]).only_enforce_if(
                        self.part(Part("kept", item_id=item.item_id))
                    )

    def _workload(self) -> None:
        """Op per school period and scheduled minutes per week within the
        rules (a period or week already over them with the items that stay
        may not grow)."""
        rules = self.request.base.rules
        part = self.rule(Rule.WORKLOAD)
        fixed_op: dict[str, int] = defaultdict(int)
        for item in self.fixed:
            if item.status != ItemStatus.FAILED and item.period:
                fixed_op[item.period] += op100(item.op)
        by_period: dict[str, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
        for (w, o), x in self.x.items():
            item = self.request.wishes[w].options[o].item
            if item.period:
                terms = by_period[item.period]  # the period counts, pruned options or not
                if (w, o) in self.live_options:
                    terms.append((op100(item.op), x))
        cap = op100(rules.max_op_per_period)
        self.period_load: dict[str, cp_model.LinearExpr] = {}
        for period, terms in by_period.items():
            total = fixed_op[period] + cp_model.LinearExpr.weighted_sum(
                [x for _, x in terms], [op for op, _ in terms]
            )
            self.period_load[period] = total
            self.cp.add(total <= max(cap, fixed_op[period])).only_enforce_if(part)
        fixed_minutes: dict[int, int] = defaultdict(int)
        for item in self.scheduled:
            for week, minutes in self.index.facts(item.sessions).weeks or ():
                fixed_minutes[week] += minutes
        by_week: dict[int, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
        for u, facts in self.units.items():
            if u not in self.live:
                continue  # pruned: never taken
            for week, minutes in facts.weeks or ():
                by_week[week].append((minutes, self.y[u]))
        limit = round(rules.max_hours_per_week * 60)
        for week, terms in by_week.items():
            most = max(limit, fixed_minutes[week])
            if fixed_minutes[week] + sum(m for m, _ in terms) <= most:
                continue  # cannot be exceeded
            busy = cp_model.LinearExpr.weighted_sum([y for _, y in terms], [m for m, _ in terms])
            self.cp.add(fixed_minutes[week] + busy <= most).only_enforce_if(part)

    def _graduation(self) -> None:
        """The graduation targets stay reachable if they are now (with every
        wish's current item): 150 op (Rules.total_op) from what stays, what
        is chosen and the most the later periods can hold; and, when the plan
        reaches the end of upper secondary school, every compulsory module
        of the student's syllabus that the plan covers now stays covered.
        A target the plan misses already is the audit's finding, not the
        suggestion's doing."""
        base = self.request.base
        rules = base.rules
        wishes = self.request.wishes
        part = self.rule(Rule.GRADUATION)
        counted = [i for i in self.fixed if i.status != ItemStatus.FAILED]
        current = [w.current for w in wishes if w.current is not None]
        have = sum(op100(i.op) for i in counted)
        reserve = self.request.later_periods * op100(rules.max_op_per_period)
        target = op100(rules.total_op)
        if have + reserve + sum(op100(i.op) for i in current) >= target:
            taken = [(key, x) for key, x in self.x.items() if key in self.live_options]
            chosen = cp_model.LinearExpr.weighted_sum(
                [x for _, x in taken], [op100(wishes[w].options[o].item.op) for (w, o), _ in taken]
            )
            self.cp.add(have + reserve + chosen >= target).only_enforce_if(part)
        if self.request.later_periods:
            return
        covered = {c for i in counted for c in (i.code, *i.modules)}
        now = {c for i in current for c in (i.code, *i.modules)}
        covering: dict[str, list[cp_model.IntVar]] = defaultdict(list)
        for (w, o), x in self.x.items():
            if (w, o) not in self.live_options:
                continue  # pruned: never taken
            item = wishes[w].options[o].item
            for code in {item.code, *item.modules}:
                covering[code].append(x)
        for module in base.curriculum.required(base.choices):
            if module.code not in covered and module.code in now:
                self.cp.add_bool_or([part.Not(), *covering.get(module.code, [])])

    # --- the objective -------------------------------------------------------
    def _objective(self) -> None:
        """Lexicographic, as one weighted sum (docs/suggest.md): wishes met
        by priority, then changes to the plan, then days at Aalto, then the
        most op in one planned period."""
        cp = self.cp
        wishes = self.request.wishes
        # level D: the busiest planned period
        most = sum(op100(i.op) for i in self.fixed) + sum(
            op100(w.options[o].item.op) for w in wishes for o in range(len(w.options))
        )
        busiest = cp.new_int_var(0, max(most, 0), "busiest")
        for total in self.period_load.values():
            cp.add(busiest >= total)
        d_max = max(most, 0)
        # level C: days with an Aalto session not already such a day
        aalto_days = {
            day.toordinal()
            for item in self.scheduled
            if item.provider == Provider.AALTO
            for day in self.index.facts(item.sessions).dates
        }
        trip: dict[int, cp_model.IntVar] = {}
        for u, facts in self.units.items():
            w, o, _ = u
            if wishes[w].options[o].item.provider != Provider.AALTO or u not in self.live:
                continue
            for day in {d.toordinal() for d in facts.dates} - aalto_days:
                var = trip.get(day)
                if var is None:
                    var = trip[day] = cp.new_bool_var(f"trip {day}")
                cp.add_implication(self.y[u], var)
        c_max = len(trip)
        # level B: wishes whose current item the suggestion changes
        sames: list[cp_model.IntVar] = []
        for w, wish in enumerate(wishes):
            current = wish.current
            if current is None:
                continue
            same = cp.new_bool_var(f"same {w}")
            sames.append(same)
            found = _option_of(wish.options, current.offering_key)
            if found is None:
                cp.add(same == 0)
                continue
            cp.add_implication(same, self.x[(w, found)])
            groups = wish.options[found].slots
            known = {g for slot in groups for g in slot}
            if not set(current.group_keys) <= known or len(current.group_keys) != len(groups):
                cp.add(same == 0)
                continue
            for g in current.group_keys:
                cp.add_implication(same, self.y[(w, found, g)])
        b_max = len(sames)
        # level A: wishes met, each priority above every lower one together
        weight = (b_max + 1) * (c_max + 1) * (d_max + 1)
        terms: list[cp_model.IntVar] = []
        weights: list[int] = []
        for priority in sorted({w.priority for w in wishes}, reverse=True):
            members = [n for n, w in enumerate(wishes) if w.priority == priority]
            terms.extend(self.take[n] for n in members)
            weights.extend([weight] * len(members))
            for n in members:
                self.weights[f"take {n}"] = weight
            weight *= len(members) + 1
        if weight >= 2**62:
            raise ValueError("too many priorities to weigh in one objective")
        # maximise wishes, then unchanged items; minimise trips, then the busiest
        terms.extend(sames)
        weights.extend([(c_max + 1) * (d_max + 1)] * len(sames))
        trips = list(trip.values())
        terms.extend(trips)
        weights.extend([-(d_max + 1)] * len(trips))
        terms.append(busiest)
        weights.append(-1)
        cp.maximize(cp_model.LinearExpr.weighted_sum(terms, weights))
        self.weights.update(same=(c_max + 1) * (d_max + 1), trip=d_max + 1, busiest=1)
        self.score = {
            "changes": b_max - cp_model.LinearExpr.sum(sames),
            "trips": cp_model.LinearExpr.sum(trips),
            "busiest": busiest,
        }


def _option_of(options: tuple[Option, ...], key: str | None) -> int | None:
    return next((n for n, option in enumerate(options) if option.key == key), None)


def _alone(sessions: tuple[Session, ...]) -> AuditItem:
    """A planned item holding only ``sessions`` (a free-time block asked
    about as an item of its own)."""
    return AuditItem(0, "", Provider.SCHOOL, ItemStatus.PLANNED, 0, sessions=sessions)


def _earlier(before: AuditItem, after: AuditItem, periods: Mapping[str, Period]) -> bool | None:
    """Whether ``before`` lies in an earlier period than ``after`` (None:
    cannot be told), as prerequisites.py orders items."""
    return earlier_than(before, after, periods)


__all__ = ["Blocks", "Model", "Unit", "chosen_item", "op100", "unit_item"]
