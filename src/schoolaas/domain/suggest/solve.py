"""The search: the best plan for a request, proven optimal when CP-SAT
finishes in time; when nothing fits, a minimal set of what cannot hold
together (CP-SAT's sufficient assumptions, then a deletion filter that
drops every element without which it still does not fit)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from schoolaas.domain.suggest.choices import chosen_item
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import (
    Choice,
    Infeasible,
    Outcome,
    Part,
    Proposal,
    Request,
    Stopped,
)
from schoolaas.domain.timetable_index import TimetableIndex

SEARCH_PARAMETERS: dict[str, bool | int | float] = {
    "cp_model_presolve": False,
    "cp_model_probing_level": 0,
    "symmetry_level": 0,
}
"""CP-SAT parameters of the search (see _search_solver)."""

QUICK_PARAMETERS: dict[str, bool | int | float] = {
    **SEARCH_PARAMETERS,
    "linearization_level": 0,
    "max_deterministic_time": 0.02,
}
"""The first, quick try of the search: without the LP relaxation, and
stopped after 0.02 units of CP-SAT's deterministic time (the same on a busy
machine as on a quiet one); most requests are proven optimal in it."""

Progress = Callable[[float, float, float], None]
"""(objective found, best bound, seconds) on every better plan found."""


class Cancel:
    """Stops a running search from another thread (the app's Cancel)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._solver: cp_model.CpSolver | None = None
        self.cancelled = False

    def attach(self, solver: cp_model.CpSolver | None) -> None:
        with self._lock:
            self._solver = solver
            if solver is not None and self.cancelled:
                solver.stop_search()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._solver is not None:
                self._solver.stop_search()


class _Found(cp_model.CpSolverSolutionCallback):
    def __init__(self, progress: Progress, started: float) -> None:
        super().__init__()
        self.progress = progress
        self.started = started

    def on_solution_callback(self) -> None:
        self.progress(
            self.objective_value, self.best_objective_bound, time.perf_counter() - self.started
        )


def _solver(request: Request, workers: int | None = None) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = request.time_limit
    solver.parameters.num_workers = workers or request.workers
    return solver


def _search_solver(
    request: Request, parameters: dict[str, bool | int | float], seconds: float
) -> cp_model.CpSolver:
    """The solver of the pruned model. Its models are small (tens to a few
    hundred Booleans, pairwise clauses, a few linear sums), so CP-SAT's
    start-up work (presolve, probing, symmetry detection) costs more than the
    search itself (docs/suggest.md, "The search")."""
    solver = _solver(request)
    solver.parameters.max_time_in_seconds = max(seconds, 0.001)
    for name, value in parameters.items():
        setattr(solver.parameters, name, value)
    return solver


def suggest(
    request: Request,
    index: TimetableIndex,
    *,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """The best plan for ``request`` (a Proposal), else why nothing fits
    (Infeasible), else Stopped (cancelled or out of time with no plan)."""
    started = time.perf_counter()
    model = Model(request, index, prune=True)
    callback = _Found(progress, started) if progress is not None else None
    solver = _search_solver(request, QUICK_PARAMETERS, request.time_limit)
    status = _run(model, solver, callback, cancel)
    left = request.time_limit - (time.perf_counter() - started)
    stopped = cancel is not None and cancel.cancelled
    if status in (cp_model.FEASIBLE, cp_model.UNKNOWN) and left > 0 and not stopped:
        # the quick try did not settle it: again, with the LP relaxation
        second = _search_solver(request, SEARCH_PARAMETERS, left)
        again = _run(model, second, callback, cancel)
        if again in (cp_model.OPTIMAL, cp_model.INFEASIBLE) or (
            again == cp_model.FEASIBLE
            and (status == cp_model.UNKNOWN or second.objective_value >= solver.objective_value)
        ):
            solver, status = second, again
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _proposal(model, solver, status == cp_model.OPTIMAL, started)
    if status == cp_model.INFEASIBLE and not (cancel and cancel.cancelled):
        # the explanation needs every part as an assumption: the full model
        found = minimal(Model(request, index, objective=False), cancel=cancel)
        if found is not None:
            return Infeasible(found, time.perf_counter() - started)
    return Stopped(time.perf_counter() - started)


def _run(
    model: Model,
    solver: cp_model.CpSolver,
    callback: cp_model.CpSolverSolutionCallback | None,
    cancel: Cancel | None,
) -> cp_model.CpSolverStatus:
    if cancel is not None:
        cancel.attach(solver)
    try:
        return solver.solve(model.cp, callback)
    finally:
        if cancel is not None:
            cancel.attach(None)


def _proposal(model: Model, solver: cp_model.CpSolver, optimal: bool, started: float) -> Proposal:
    request, index = model.request, model.index
    choices: list[Choice] = []
    items = list(model.fixed)
    met: dict[int, int] = {}
    for w, wish in enumerate(request.wishes):
        met.setdefault(wish.priority, 0)
        picked = next(
            (o for o in range(len(wish.options)) if solver.boolean_value(model.x[(w, o)])), None
        )
        if picked is None:
            choices.append(Choice(w, None))
            continue
        option = wish.options[picked]
        groups = tuple(
            next(g for g in slot if solver.boolean_value(model.y[(w, picked, g)]))
            for slot in option.slots
        )
        choices.append(Choice(w, option.key, groups))
        met[wish.priority] += 1
        item_id = wish.current.item_id if wish.current is not None else -(w + 1)
        items.append(chosen_item(option, groups, index, item_id))
    score = {name: int(solver.value(expr)) for name, expr in model.score.items()}
    return Proposal(
        choices=tuple(choices),
        items=tuple(items),
        optimal=optimal,
        met=met,
        changes=score.get("changes", 0),
        trips=score.get("trips", 0),
        busiest=score.get("busiest", 0) / 100,
        seconds=time.perf_counter() - started,
    )


def _order(model: Model, part: Part) -> tuple[int, int]:
    """The deletion filter tries rules first, then free-time blocks, items
    that stay, and wishes from the lowest priority: what it can drop goes
    first, so an explanation keeps the wishes and items a person asked for."""
    if part.kind == "rule":
        return (0, 0)
    if part.kind == "free":
        return (1, part.free)
    if part.kind == "kept":
        return (2, part.item_id)
    return (3, -model.request.wishes[part.wish].priority)


def explain(
    request: Request, index: TimetableIndex, *, cancel: Cancel | None = None
) -> Infeasible | None:
    """A minimal set of parts that cannot hold together; None when the
    request fits after all."""
    started = time.perf_counter()
    found = minimal(Model(request, index, objective=False), cancel=cancel)
    return None if found is None else Infeasible(found, time.perf_counter() - started)


def minimal(model: Model, *, cancel: Cancel | None = None) -> tuple[Part, ...] | None:
    """A minimal set of the model's parts that cannot hold together (the
    model without objective); None when all of them fit."""
    parts = in_force(model)
    solver = _solver(model.request, workers=1)  # sufficient assumptions need one worker
    if cancel is not None:
        cancel.attach(solver)
    try:
        core = _core(model, solver, parts)
        if core is None:
            return None
        core.sort(key=lambda p: _order(model, p))
        n = 0
        while n < len(core):
            trial = core[:n] + core[n + 1 :]
            smaller = _core(model, solver, trial)
            if smaller is None:
                n += 1  # needed: without it the rest fits
            else:
                kept = set(smaller)  # holds every part found needed before n
                core = [p for p in trial if p in kept]
    finally:
        if cancel is not None:
            cancel.attach(None)
    return tuple(core)


def in_force(model: Model) -> list[Part]:
    """The model's parts but the rules the request leaves out."""
    rules = model.request.in_force
    return [p for p in model.parts if p.rule is None or p.rule in rules]


def _core(model: Model, solver: cp_model.CpSolver, parts: Sequence[Part]) -> list[Part] | None:
    """The parts CP-SAT found sufficient for infeasibility when only
    ``parts`` are assumed; None when they fit together."""
    literals = [model.parts[p] for p in parts]
    model.cp.clear_assumptions()
    model.cp.add_assumptions(literals)
    status = solver.solve(model.cp)
    if status != cp_model.INFEASIBLE:
        return None
    by_index = {lit.index: p for p, lit in zip(parts, literals, strict=True)}
    needed = solver.sufficient_assumptions_for_infeasibility()
    found = [by_index[i] for i in needed if i in by_index]
    return found or list(parts)


def fits(request: Request, index: TimetableIndex, parts: Sequence[Part]) -> bool:
    """Whether only ``parts`` (of every part the request has) fit together
    (the minimality check of the tests and the benchmark)."""
    model = Model(request, index, objective=False)
    solver = _solver(request, workers=1)
    return _core(model, solver, [p for p in parts if p in model.parts]) is None


__all__ = ["Cancel", "Progress", "explain", "fits", "in_force", "minimal", "suggest"]
