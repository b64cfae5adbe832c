"""The choices of one suggestion's CP-SAT model: its variables, the
assumption literals an explanation may name (``parts``) and why a choice
is off (``Blocks``); model.py builds them, rules.py and objective.py add
the rule families and the objective over them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model

from schoolaas.domain.finding_keys import SCHEDULED
from schoolaas.domain.model import AuditItem, ItemStatus, Provider
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


class Choices:
    """The variables of one request: ``take[w]`` (wish w is met), ``x[w, o]``
    (it takes option o) and ``y[w, o, g]`` (one study group of a group type
    of the option). ``prune``: the parts in force are constants (see Model)."""

    def __init__(
        self,
        request: Request,
        index: TimetableIndex,
        *,
        cp: cp_model.CpModel | None = None,
        prune: bool = False,
    ) -> None:
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
        self.live: set[Unit] = set(self.units)
        self.live_options: set[tuple[int, int]] = {
            (w, o) for w, wish in enumerate(request.wishes) for o in range(len(wish.options))
        }
        self.period_load: dict[str, cp_model.LinearExpr] = {}  # op per period (workload)
        self.score: dict[str, cp_model.LinearExpr | cp_model.IntVar] = {}
        self.weights: dict[str, int] = {}  # of the objective's terms (bench/suggest.py)

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


__all__ = ["Blocks", "Choices", "Unit", "chosen_item", "op100", "unit_item"]
