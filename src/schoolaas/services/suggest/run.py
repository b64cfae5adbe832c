"""Run a suggestion for a plan and say what it means: the proposal as a
diff against the plan (added, moved, removed; findings and credits before
and after, from the real audit), or why nothing fits and the nearest
alternatives."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import AuditItem, ItemStatus, Provider
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import (
    Infeasible,
    Outcome,
    Part,
    Proposal,
    Request,
    Stopped,
)
from schoolaas.domain.suggest.solve import Cancel, Progress, suggest
from schoolaas.domain.timetable_facts import ChoiceFacts
from schoolaas.services.suggest.ask import Ask, build_request
from schoolaas.services.suggest.words import explanation, item_name
from schoolaas.wording.messages import word

if TYPE_CHECKING:
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.workspace import Workspace


@dataclass(frozen=True)
class Moved:
    before: AuditItem
    after: AuditItem


@dataclass(frozen=True)
class Diff:
    """The proposal against the plan."""

    added: tuple[AuditItem, ...]
    moved: tuple[Moved, ...]
    removed: tuple[AuditItem, ...]
    before: AuditResult
    after: AuditResult

    @property
    def empty(self) -> bool:
        return not (self.added or self.moved or self.removed)


@dataclass(frozen=True)
class Suggestion:
    """A suggestion's outcome with what the app and the CLI show of it."""

    plan_id: int
    request: Request
    outcome: Outcome
    diff: Diff | None = None
    why: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()

    @property
    def fits(self) -> bool:
        return isinstance(self.outcome, Proposal)


def run_suggestion(
    ws: Workspace,
    plan_id: int,
    ask: Ask,
    *,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Suggestion:
    request, cat = build_request(ws, plan_id, ask)
    return settle(
        request,
        cat,
        plan_id,
        suggest(request, cat.timetable, cancel=cancel, progress=progress),
        lang,
    )


def settle(
    request: Request, cat: Catalogue, plan_id: int, outcome: Outcome, lang: str | None = None
) -> Suggestion:
    """The Suggestion of ``outcome``: the diff, or the words and alternatives."""
    if isinstance(outcome, Proposal):
        return Suggestion(plan_id, request, outcome, diff=diff(request, outcome))
    if isinstance(outcome, Infeasible):
        model = Model(request, cat.timetable, objective=False)
        lang_ = lang or "en"
        return Suggestion(
            plan_id,
            request,
            outcome,
            why=tuple(explanation(model, outcome.parts, lang_)),
            alternatives=tuple(alternatives(request, cat, outcome.parts, lang_)),
        )
    assert isinstance(outcome, Stopped)
    return Suggestion(plan_id, request, outcome)


def diff(request: Request, proposal: Proposal) -> Diff:
    before = audit(request.base)
    after = audit(replace(request.base, items=proposal.items))
    old = {i.item_id: i for i in request.base.items}
    new = {i.item_id: i for i in proposal.items}
    added = tuple(i for i in proposal.items if i.item_id not in old)
    removed = tuple(i for i in request.base.items if i.item_id not in new)
    moved = tuple(
        Moved(old[k], new[k])
        for k in new
        if k in old
        and (old[k].offering_key, tuple(sorted(old[k].group_keys)))
        != (new[k].offering_key, tuple(sorted(new[k].group_keys)))
    )
    return Diff(added, moved, removed, before, after)


def alternatives(request: Request, cat: Catalogue, parts: tuple[Part, ...], lang: str) -> list[str]:
    """The nearest ways out: drop the least important wish of the set (by
    minimality the rest then fits); or take a wished course at another
    time, where the catalogue runs it outside the planned periods and it
    fits the plan as it stands."""
    out: list[str] = []
    wishes = [p.wish for p in parts if p.kind == "wish"]
    if wishes:
        lowest = max(wishes, key=lambda w: (request.wishes[w].priority, w))
        out.append(
            word("Leave out {code}: the rest fits.", {"code": request.wishes[lowest].code}, lang)
        )
    kept = [p.item_id for p in parts if p.kind == "kept"]
    for item_id in kept[:2]:
        item = next(i for i in request.base.items if i.item_id == item_id)
        out.append(
            word("Let {item} move or go: the rest fits.", {"item": item_name(item, lang)}, lang)
        )
    planned = set(request.planned_periods)
    fixed = [i for i in request.fixed if i.status in (ItemStatus.PLANNED, ItemStatus.ENROLLED)]
    index = cat.timetable
    starts = [cat.periods[p].start for p in request.planned_periods if p in cat.periods]
    first = min(starts) if starts else date.min
    for w in wishes:
        code = request.wishes[w].code
        elsewhere: dict[object, ChoiceFacts] = {
            o.key: index.default_choice(o.key)
            for o in cat.offerings.values()
            if o.code == code
            and o.key not in {opt.key for opt in request.wishes[w].options}
            and (o.provider == Provider.AALTO or o.period not in planned)
            and o.start >= first
            and o.groups
        }
        free = sorted(str(k) for k in set(elsewhere) - index.clashing_choices(fixed, elsewhere))
        for key in free[:2]:
            offering = cat.offerings[key]
            out.append(
                word(
                    "{code} also runs {start} – {end} ({key}) and fits the plan as it stands.",
                    {
                        "code": code,
                        "start": _date(offering.start),
                        "end": _date(offering.end),
                        "key": key,
                    },
                    lang,
                )
            )
    return out


def _date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


__all__ = ["Ask", "Cancel", "Diff", "Moved", "Suggestion", "diff", "run_suggestion", "settle"]
