"""What a suggestion is asked and what it answers, as plain data.

A :class:`Request` holds the student's plan as the audit sees it (its
``AuditInput``), which of its items stay as they are, the wishes with the
choices the catalogue offers for each, personal free-time blocks and how
far the plan reaches. The service layer builds it (services/suggest); the
model (model.py) and the search (solve.py) only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from schoolaas.domain.findings import AuditInput
from schoolaas.domain.model import AuditItem, Session


@dataclass(frozen=True, slots=True)
class Option:
    """One offering a wish may take: a school course group in one period
    and bar, or an Aalto realisation. ``item`` is the offering resolved as
    a planned item (op, period, bar, prerequisites; its group_keys and
    sessions are replaced by the chosen ones). ``slots``: per group type
    the group keys to pick one of (a school course group: one slot holding
    its lesson group; an Aalto realisation: its lectures, its exercise
    groups, its exams...)."""

    item: AuditItem
    slots: tuple[tuple[str, ...], ...]

    @property
    def key(self) -> str:
        return self.item.offering_key or ""


@dataclass(frozen=True, slots=True)
class Wish:
    """A course the student wants. ``priority`` 1 is the most important;
    a ``required`` wish must be met (else the suggestion explains why not).
    ``current`` is the plan's item for it, if the plan holds one."""

    code: str
    options: tuple[Option, ...]
    priority: int = 1
    required: bool = False
    current: AuditItem | None = None


@dataclass(frozen=True, slots=True)
class FreeTime:
    """A personal block kept free ("nothing after 16.00 on Fridays")."""

    name: str
    sessions: tuple[Session, ...]


@dataclass(frozen=True)
class Request:
    """One student's question. ``base``: the plan's AuditInput; the items
    of ``base`` that are no wish's ``current`` stay as they are; ``kept``
    names the item ids among them that are locked on purpose (they appear
    in explanations). ``later_periods``: school periods after the planned
    ones that can still take credits (0: the plan reaches the end of upper
    secondary school, so the graduation targets must be met by it)."""

    base: AuditInput
    wishes: tuple[Wish, ...]
    kept: frozenset[int] = frozenset()
    free_time: tuple[FreeTime, ...] = ()
    planned_periods: tuple[str, ...] = ()
    later_periods: int = 0
    time_limit: float = 10.0
    workers: int = 1
    rules: frozenset[Rule] = frozenset()  # the rules in force; empty: every Rule

    @property
    def in_force(self) -> frozenset[Rule]:
        return self.rules or frozenset(Rule)

    @property
    def current_ids(self) -> frozenset[int]:
        return frozenset(w.current.item_id for w in self.wishes if w.current is not None)

    @property
    def fixed(self) -> tuple[AuditItem, ...]:
        """The plan's items that stay as they are."""
        moving = self.current_ids
        return tuple(i for i in self.base.items if i.item_id not in moving)


class Rule(StrEnum):
    """The hard rules an explanation may name (each one switchable as a whole)."""

    SEATS = "seats"  # seats, study-group and room capacity left
    EXAMS = "exams"  # no university exam in an exam week or on a matriculation day
    PREREQUISITES = "prerequisites"  # prerequisites in earlier periods
    WORKLOAD = "workload"  # op per school period, hours per week
    GRADUATION = "graduation"  # 150 op and the compulsory modules reachable


@dataclass(frozen=True, slots=True)
class Part:
    """One element of an explanation: a wish (index into Request.wishes), a
    kept item (item id), a free-time block (index) or a rule."""

    kind: str  # "wish", "kept", "free", "rule"
    wish: int = -1
    item_id: int = 0
    free: int = -1
    rule: Rule | None = None


@dataclass(frozen=True, slots=True)
class Choice:
    """What the suggestion picks for one wish: the offering and groups, or
    nothing (the wish is not met)."""

    wish: int
    offering_key: str | None
    group_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Proposal:
    """The answer. ``optimal``: proven best; ``items``: the whole plan as
    proposed (kept items, then the chosen ones; a new item has a negative
    id); ``score``: wishes met per priority, changes, Aalto days, most op
    in one period."""

    choices: tuple[Choice, ...]
    items: tuple[AuditItem, ...]
    optimal: bool
    met: dict[int, int] = field(default_factory=dict)  # priority -> wishes met
    changes: int = 0
    trips: int = 0
    busiest: float = 0.0
    seconds: float = 0.0


@dataclass(frozen=True)
class Infeasible:
    """Nothing fits: a minimal set of wishes, kept items, free-time blocks
    and rules that cannot hold together (remove any one and the rest fits)."""

    parts: tuple[Part, ...]
    seconds: float = 0.0


@dataclass(frozen=True)
class Stopped:
    """The search was cancelled or ran out of time before any plan was found."""

    seconds: float = 0.0


Outcome = Proposal | Infeasible | Stopped
