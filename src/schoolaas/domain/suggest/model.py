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
from collections.abc import Hashable

from ortools.sat.python import cp_model

from schoolaas.domain.model import AuditItem, ItemStatus, Provider, Session
from schoolaas.domain.suggest.choices import Choices, Unit
from schoolaas.domain.suggest.objective import objective as add_objective
from schoolaas.domain.suggest.request import Part, Request
from schoolaas.domain.suggest.rules import (
    bar_blocks,
    exam_blocks,
    graduation,
    one_per_bar,
    prerequisites,
    seat_blocks,
    workload,
)
from schoolaas.domain.timetable_facts import ChoiceFacts
from schoolaas.domain.timetable_index import TimetableIndex


class Model(Choices):
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
        super().__init__(request, index, cp=cp, prune=prune)
        self._signatures: dict[int, tuple[ChoiceFacts, tuple[object, ...]]] = {}  # by id
        self._unit_pairs: list[tuple[Unit, Unit]] = []  # the full model's clashing units
        # why a choice is off (Blocks), before any variable: pruned, it gets none
        seat_blocks(self)
        exam_blocks(self)
        self._prune_rules()
        self._fixed_clashes()
        bar_blocks(self)
        self._prune_fixed()
        self._choices()
        self._unary()
        self._clashes()
        one_per_bar(self)
        prerequisites(self)
        workload(self)
        graduation(self)
        if objective:
            add_objective(self)

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


def _alone(sessions: tuple[Session, ...]) -> AuditItem:
    """A planned item holding only ``sessions`` (a free-time block asked
    about as an item of its own)."""
    return AuditItem(0, "", Provider.SCHOOL, ItemStatus.PLANNED, 0, sessions=sessions)


__all__ = ["Model"]
