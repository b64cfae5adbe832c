"""Benchmarks of "Suggest a timetable" (issue 14) on the espoo data set.

    uv run python bench/suggest.py                 # all rows, 200 students each
    uv run python bench/suggest.py --quick         # espoo-10pct, 30 students

Rows (docs/suggest.md explains the model):
- one student, one school year (periods 1-5 of 2026-27), the plan's planned
  courses in it as wishes and 2-4 sampled Aalto courses wished above them:
  time of suggest() (model + CP-SAT), proven optimal or not; the request's
  making (database, catalogue lookups) reported apart;
- the same against exhaustive enumeration (Semester.ly's way: every
  combination of one option and one study group per type per wish, depth
  first, pruning only what clashes) on requests whose space holds at least
  10^5 combinations: both with the rules clashes, bars, seats and exams (the
  enumerator does not know prerequisites, workload and graduation, so those
  are left out of both), same optimum required;
- a whole school's seats (Otaniemi, 700 students): services/suggest/seats
  with a 60 s limit, the optimality gap reported;
- infeasibility: required Aalto wishes that cannot all fit, until 200 such
  cases: time to the minimal explanation, and minimality checked by removing
  each element (the rest must fit) and the whole set (must not).

The data set is copied to the temporary directory and migrated there, so
the shared bench/out files are never touched.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import ensure

from schoolaas.domain.audit import audit
from schoolaas.domain.model import ItemStatus, Provider, Severity
from schoolaas.domain.suggest.choices import op100
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import (
    Infeasible,
    Proposal,
    Request,
    Rule,
)
from schoolaas.domain.suggest.solve import fits, suggest
from schoolaas.services.errors import InvalidInput
from schoolaas.services.suggest.ask import Ask, build_request
from schoolaas.services.workspace import Workspace

YEAR_START = date(2026, 8, 1)  # plan the whole school year 2026-27
YEAR_END = date(2027, 6, 1)
ENUMERATION_RULES = frozenset({Rule.SEATS, Rule.EXAMS})
# credit shortfalls: with later periods left the plan need not meet them yet
CREDITS = ("total-short", "compulsory-short", "national-electives-short", "arts-short")


class OutOfTime(Exception):
    pass


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def open_copy(factor: float) -> Workspace:
    data = ensure("espoo", factor=factor)
    folder = Path(tempfile.gettempdir()) / "schoolaas-suggest-bench"
    folder.mkdir(exist_ok=True)
    copy = folder / data.path.name
    if not copy.exists() or copy.stat().st_mtime < data.path.stat().st_mtime:
        shutil.copyfile(data.path, copy)
    return Workspace.open(str(copy))


def aalto_codes(ws: Workspace) -> list[str]:
    cat = ws.catalogue()
    return sorted(
        {
            o.code
            for o in cat.offerings.values()
            if o.provider == Provider.AALTO and YEAR_START <= o.start < YEAR_END and o.groups
        }
    )


def requests(
    ws: Workspace, rnd: random.Random, codes: list[str], *, soft: bool
) -> Iterator[tuple[int, Request, float]]:
    """(plan id, request, seconds to make it) for sampled students."""
    plans = ws.active_plans()
    for plan in rnd.sample(plans, len(plans)):
        wants = tuple(rnd.sample(codes, rnd.randint(2, 4)))
        started = time.perf_counter()
        try:
            req, _ = build_request(
                ws, plan.id, Ask(wants=wants, soft=soft, today=YEAR_START, time_limit=10.0)
            )
        except InvalidInput:
            continue  # a wanted code not offered in the student's periods: sample again
        yield plan.id, req, time.perf_counter() - started


# --- exhaustive enumeration ------------------------------------------------------


def space(req: Request) -> int:
    """Combinations of one option and one group per type per wish (or none)."""
    total = 1
    for wish in req.wishes:
        total *= 1 + sum(_product(len(s) for s in o.slots) for o in wish.options)
    return total


def _product(values: Iterator[int]) -> int:
    out = 1
    for v in values:
        out *= v
    return out


class Enumerator:
    """Every clash-free combination, depth first, scored as the model's
    objective (model.weights): the best value and how many were scored."""

    def __init__(self, model: Model) -> None:
        self.model = model
        req = model.request
        blocks = model.blocks
        rules = req.in_force
        self.partners = {u: set(v) for u, v in blocks.clash_units.items()}
        self.choices: list[list[tuple[int, tuple[str, ...]] | None]] = []
        for w, wish in enumerate(req.wishes):
            options: list[tuple[int, tuple[str, ...]] | None] = [None]
            for o, option in enumerate(wish.options):
                if blocks.same_bar.get((w, o)) or any(
                    r in rules for r in blocks.option_rule.get((w, o), ())
                ):
                    continue
                slots = []
                for slot in option.slots:
                    slots.append(
                        [
                            g
                            for g in slot
                            if not blocks.clash_kept.get((w, o, g))
                            and not blocks.clash_free.get((w, o, g))
                            and not any(r in rules for r in blocks.rule.get((w, o, g), ()))
                        ]
                    )
                options.extend((o, combo) for combo in itertools.product(*slots))
            self.choices.append(options)
        self.fixed_op: dict[str, int] = {}
        for item in model.fixed:
            if item.status != ItemStatus.FAILED and item.period:
                self.fixed_op[item.period] = self.fixed_op.get(item.period, 0) + op100(item.op)
        self.aalto_days = {
            d.toordinal()
            for item in model.scheduled
            if item.provider == Provider.AALTO
            for d in model.index.facts(item.sessions).dates
        }
        self.best = -(2**63)
        self.scored = 0
        self.deadline = float("inf")

    def value(self, picked: list[tuple[int, tuple[str, ...]] | None]) -> int:
        model, req, weights = self.model, self.model.request, self.model.weights
        total = 0
        load = dict.fromkeys(model.period_load, 0)
        days: set[int] = set()
        for w, choice in enumerate(picked):
            if choice is None:
                continue
            o, groups = choice
            wish = req.wishes[w]
            option = wish.options[o]
            total += weights[f"take {w}"]
            current = wish.current
            if (
                current is not None
                and current.offering_key == option.key
                and sorted(current.group_keys) == sorted(groups)
            ):
                total += weights["same"]
            if option.item.period in load:
                load[option.item.period] += op100(option.item.op)
            if option.item.provider == Provider.AALTO:
                for g in groups:
                    days.update(d.toordinal() for d in model.units[(w, o, g)].dates)
        total -= weights["trip"] * len(days - self.aalto_days)
        busiest = max((self.fixed_op.get(p, 0) + v for p, v in load.items()), default=0)
        return total - busiest

    def run(self) -> int:
        picked: list[tuple[int, tuple[str, ...]] | None] = []
        chosen: list[tuple[int, int, str]] = []
        bars: set[tuple[str, int]] = set()
        req = self.model.request

        def walk(w: int) -> None:
            if w == len(self.choices):
                self.scored += 1
                if not self.scored % 4096 and time.perf_counter() > self.deadline:
                    raise OutOfTime
                self.best = max(self.best, self.value(picked))
                return
            for choice in self.choices[w]:
                if choice is None:
                    picked.append(None)
                    walk(w + 1)
                    picked.pop()
                    continue
                o, groups = choice
                item = req.wishes[w].options[o].item
                bar = (item.period or "", item.bar) if item.bar is not None else None
                if bar is not None and bar in bars:
                    continue
                units = [(w, o, g) for g in groups]
                if any(self.partners.get(u, set()).intersection(chosen) for u in units):
                    continue
                picked.append(choice)
                chosen.extend(units)
                if bar is not None:
                    bars.add(bar)  # type: ignore[arg-type]
                walk(w + 1)
                if bar is not None:
                    bars.discard(bar)  # type: ignore[arg-type]
                del chosen[-len(units) :]
                picked.pop()

        walk(0)
        return self.best


def proposal_value(model: Model, proposal: Proposal) -> int:
    enumerator = Enumerator(model)
    picked: list[tuple[int, tuple[str, ...]] | None] = []
    for choice in proposal.choices:
        if choice.offering_key is None:
            picked.append(None)
        else:
            wish = model.request.wishes[choice.wish]
            o = next(n for n, opt in enumerate(wish.options) if opt.key == choice.offering_key)
            picked.append((o, choice.group_keys))
    return enumerator.value(picked)


# --- the rows --------------------------------------------------------------------------


def one_year(ws: Workspace, rnd: random.Random, codes: list[str], count: int) -> dict[str, object]:
    index = ws.catalogue().timetable
    solve, build, optimal, new_errors, sizes = [], [], 0, 0, []
    cpu: list[float] = []
    kept: list[Request] = []
    for _, req, made in requests(ws, rnd, codes, soft=True):
        started, used = time.perf_counter(), time.process_time()
        found = suggest(req, index)
        solve.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
        build.append(made)
        assert isinstance(found, Proposal), found
        optimal += found.optimal
        before = {f.key for f in audit(req.base).findings if f.severity == Severity.ERROR}
        after = audit(replace(req.base, items=found.items))
        new_errors += any(
            f.severity == Severity.ERROR
            and f.key.replace("prerequisite-later:", "prerequisite-missing:") not in before
            and f.code not in CREDITS
            for f in after.findings
        )
        sizes.append(space(req))
        kept.append(req)
        if len(solve) == count:
            break
    return {
        "students": len(solve),
        "p50_s": statistics.median(solve),
        "p95_s": pct(solve, 0.95),
        "max_s": max(solve),
        "cpu_p50_s": statistics.median(cpu),  # this process's CPU time (a shared machine)
        "cpu_p95_s": pct(cpu, 0.95),
        "cpu_max_s": max(cpu),
        "optimal": optimal,
        "request_p50_s": statistics.median(build),
        "proposals_with_new_errors": new_errors,
        "space_median": statistics.median(sizes),
        "_requests": kept,
    }


def two_period_requests(ws: Workspace, rnd: random.Random, count: int) -> list[Request]:
    """Requests over two periods (the third and fourth of 2026-27, Aalto
    wishes among the courses starting in them) whose space holds 10^5 to
    10^9 combinations: a whole year's (10^11 and more) is out of the
    enumeration's reach altogether."""
    cat = ws.catalogue()
    plans = ws.active_plans()
    found: list[Request] = []
    for plan in rnd.sample(plans, len(plans)):
        school = ws.student(plan.student_id).school
        periods = [
            p for p in cat.school_periods(school) if p.year == "2026-27" and p.number in (3, 4)
        ]
        if len(periods) != 2:
            continue
        codes = sorted(
            {
                o.code
                for o in cat.offerings.values()
                if o.provider == Provider.AALTO
                and periods[0].start <= o.start <= periods[1].end
                and o.groups
            }
        )
        wants = tuple(rnd.sample(codes, rnd.randint(2, 4)))
        ask = Ask(wants=wants, soft=True, periods=tuple(p.key for p in periods), today=YEAR_START)
        try:
            req, _ = build_request(ws, plan.id, ask)
        except InvalidInput:
            continue
        if 10**5 <= space(req) <= 10**9:
            found.append(req)
            if len(found) == count:
                break
    return found


def against_enumeration(
    ws: Workspace, reqs: list[Request], count: int, limit: float
) -> dict[str, object]:
    index = ws.catalogue().timetable
    rows = []
    big = sorted((space(r), n) for n, r in enumerate(reqs) if space(r) >= 10**5)
    # spread over the sizes: the smallest, the largest and between
    picks = sorted({big[round(k * (len(big) - 1) / max(count - 1, 1))] for k in range(count)})
    for size, n in picks if big else []:
        req = replace(reqs[n], rules=ENUMERATION_RULES)
        started, cpu = time.perf_counter(), time.process_time()
        found = suggest(req, index)  # the model's making from the request included
        cp_seconds = time.perf_counter() - started
        cp_cpu = time.process_time() - cpu
        assert isinstance(found, Proposal)
        model = Model(req, index)
        cp_value = proposal_value(model, found)
        enumerator = Enumerator(model)
        started, cpu = time.perf_counter(), time.process_time()
        enumerator.deadline = started + limit
        try:
            best: int | None = enumerator.run()
        except OutOfTime:
            best = None  # stopped: the ratio is a lower bound
        seconds = time.perf_counter() - started
        enum_cpu = time.process_time() - cpu
        rows.append(
            {
                "space": size,
                "scored": enumerator.scored,
                "cp_sat_s": round(cp_seconds, 4),
                "enumeration_s": round(seconds, 3),
                "finished": best is not None,
                "ratio": round(seconds / cp_seconds, 1),
                # CPU time of this process on each side: the machine is shared, and
                # the wall ratio moves with the load between the two measurements
                "cp_sat_cpu_s": round(cp_cpu, 4),
                "enumeration_cpu_s": round(enum_cpu, 3),
                "ratio_cpu": round(enum_cpu / max(cp_cpu, 1e-6), 1),
                "same_optimum": None if best is None else best == cp_value and found.optimal,
            }
        )
        print(f"  enumeration: {rows[-1]}", flush=True)
    if not rows:
        return {"cases": rows}
    wall = [float(r["ratio"]) for r in rows]  # type: ignore[arg-type]
    cpu_ratios = [float(r["ratio_cpu"]) for r in rows]  # type: ignore[arg-type]
    summary = {
        "ratio_median": statistics.median(wall),
        "ratio_cpu_median": statistics.median(cpu_ratios),
        "at_least_100x": sum(r >= 100 for r in wall),
        "at_least_100x_cpu": sum(r >= 100 for r in cpu_ratios),
        "same_optimum": sum(r["same_optimum"] is True for r in rows),
        "finished": sum(r["finished"] is True for r in rows),
    }
    print(f"  enumeration summary ({len(rows)} cases): {summary}", flush=True)
    return {"cases": rows, **summary}


def infeasible(
    ws: Workspace, rnd: random.Random, codes: list[str], count: int
) -> dict[str, object]:
    index = ws.catalogue().timetable
    seconds, minimal, sizes, tried = [], 0, [], 0
    for _, req, _made in requests(ws, rnd, codes, soft=False):
        tried += 1
        started = time.perf_counter()
        found = suggest(req, index)
        took = time.perf_counter() - started
        if not isinstance(found, Infeasible):
            continue
        seconds.append(took)
        parts = list(found.parts)
        ok = not fits(req, index, parts) and all(
            fits(req, index, [p for p in parts if p != part]) for part in parts
        )
        minimal += ok
        sizes.append(len(parts))
        if len(seconds) == count:
            break
    return {
        "cases": len(seconds),
        "requests_tried": tried,
        "minimal": minimal,
        "p50_s": statistics.median(seconds),
        "p95_s": pct(seconds, 0.95),
        "max_s": max(seconds),
        "parts_median": statistics.median(sizes),
        "parts_max": max(sizes),
    }


def seat_allocation(ws: Workspace, school: str, seed: int) -> dict[str, object]:
    from collections import Counter

    from schoolaas.services.suggest.seats import allocate_seats

    started = time.perf_counter()
    found = allocate_seats(ws, school, today=YEAR_START, seed=seed, time_limit=60.0)
    return {
        "school": school,
        "students_with_wishes": found.students,
        "wishes": len(found.wishes),
        "met": found.met,
        "status": found.status,
        "gap": found.gap,
        "search_s": round(found.seconds, 2),
        "build_s": round(found.build_seconds, 2),
        "total_s": round(time.perf_counter() - started, 2),
        "rules_given_way": found.rules_given_way,
        "not_met_because": dict(Counter(g.why for g in found.wishes if g.offering_key is None)),
        "final_year_met": sum(1 for g in found.wishes if g.final_year and g.offering_key),
        "final_year_wishes": sum(1 for g in found.wishes if g.final_year),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="espoo-10pct, 30 students")
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--enumerate", type=int, default=5, help="requests to enumerate")
    parser.add_argument("--enumeration-limit", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--only", choices=["year", "enumeration", "infeasible", "seats"], action="append"
    )
    args = parser.parse_args(argv)
    count = min(30, args.students) if args.quick else args.students
    ws = open_copy(0.1 if args.quick else 1.0)
    ws.catalogue()
    codes = aalto_codes(ws)
    only = set(args.only or ["year", "enumeration", "infeasible", "seats"])
    out: dict[str, object] = {}
    if "year" in only:
        year = one_year(ws, random.Random(args.seed), codes, count)
        reqs = year.pop("_requests")
        out["one_year"] = year
        print("one student, one school year:", json.dumps(year), flush=True)
        if "enumeration" in only:  # the year's largest spaces: the enumeration stops
            out["enumeration_one_year"] = against_enumeration(
                ws,
                reqs,  # type: ignore[arg-type]
                args.enumerate,
                args.enumeration_limit,
            )
    if "enumeration" in only:
        two = two_period_requests(ws, random.Random(args.seed + 2), 4 * args.enumerate)
        out["enumeration_two_periods"] = against_enumeration(
            ws, two, args.enumerate, args.enumeration_limit
        )
    if "infeasible" in only:
        out["infeasible"] = infeasible(ws, random.Random(args.seed + 1), codes, count)
        print("infeasibility:", json.dumps(out["infeasible"]), flush=True)
    if "seats" in only:
        out["seats"] = seat_allocation(ws, "OTA", args.seed)
        print("seat allocation:", json.dumps(out["seats"]), flush=True)
    target = Path(__file__).resolve().parent / "out" / "suggest.json"
    target.write_text(json.dumps(out, indent=1, default=str))
    print(f"written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
