"""``schoolaas suggest``: the best timetable for a student's wishes
(docs/suggest.md), as text or JSON; exit codes as ``check``: 0 a plan
without open errors, 1 nothing fits (or the plan still has errors), 2 bad
input."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import AuditItem
from schoolaas.domain.suggest.request import Infeasible, Proposal
from schoolaas.services.errors import InvalidInput
from schoolaas.services.people.search import choose_plan
from schoolaas.services.suggest.ask import Ask, weekly_free
from schoolaas.services.suggest.run import Suggestion, run_suggestion

VERSION = 1
EXIT_OK, EXIT_FINDINGS = 0, 1  # as check (cli/core.py); bad input is 2 there too


def register(subparsers: Any) -> None:
    cmd = subparsers.add_parser(
        "suggest",
        help="suggest the best timetable for a student's wishes",
        description="Plan the wished courses across the school tray and Aalto: the best "
        "plan (wishes by priority, then fewest changes, fewer Aalto days, balanced "
        "periods), or why nothing fits. Exit codes as check.",
    )
    cmd.add_argument("student", help="student number, id or name")
    cmd.add_argument("--plan", metavar="NAME", help="plan name (default: the active plan)")
    cmd.add_argument(
        "--want",
        nargs="+",
        action="extend",
        default=[],
        metavar="CODE",
        help="courses wanted, the most important first (required unless --soft)",
    )
    cmd.add_argument(
        "--keep",
        nargs="+",
        action="extend",
        default=[],
        metavar="CODE",
        help="plan items that stay as they are",
    )
    cmd.add_argument(
        "--periods",
        nargs="+",
        action="extend",
        default=[],
        metavar="KEY",
        help="school periods to plan (default: from today's to the end of the school year)",
    )
    cmd.add_argument(
        "--free",
        action="append",
        default=[],
        metavar="'DAY HH.MM-HH.MM'",
        help="a weekly block kept free, e.g. 'fri 16.00-23.59' (repeatable)",
    )
    cmd.add_argument("--soft", action="store_true", help="wanted courses are wishes, not musts")
    cmd.add_argument("--today", type=date.fromisoformat, help="plan from this day (YYYY-MM-DD)")
    cmd.add_argument("--time-limit", type=float, default=10.0, metavar="S", help="seconds")
    cmd.add_argument("--json", action="store_true", help="JSON output")
    cmd.set_defaults(func=cmd_suggest)
    seats = subparsers.add_parser(
        "suggest-seats",
        help="assign a school's limited Aalto seats to its students at once",
        description="Every student's planned Aalto courses with limited seats, assigned at "
        "once: seats respected, no clash, as many wishes met as possible; final-year "
        "students first, then a seeded lottery (docs/suggest.md). A preview unless --apply.",
    )
    seats.add_argument("school", help="school code, e.g. OTA")
    seats.add_argument("--seed", type=int, default=0, help="the lottery's seed (default 0)")
    seats.add_argument("--today", type=date.fromisoformat, help="plan from this day (YYYY-MM-DD)")
    seats.add_argument("--time-limit", type=float, default=60.0, metavar="S", help="seconds")
    seats.add_argument("--apply", action="store_true", help="change the plans (one transaction)")
    seats.add_argument("--json", action="store_true", help="JSON output")
    seats.set_defaults(func=cmd_seats)


def cmd_suggest(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace

    if args.time_limit <= 0:
        raise InvalidInput("--time-limit must be more than 0 seconds.")
    ws = open_workspace(args)
    try:
        student = ws.find_student(args.student)
        plan = choose_plan(ws, student, args.plan)
        cat = ws.catalogue()
        ask = Ask(
            wants=tuple(args.want),
            keep=tuple(args.keep),
            periods=tuple(args.periods),
            free_time=tuple(weekly_free(text, cat, student.school) for text in args.free),
            soft=args.soft,
            today=args.today,
            time_limit=args.time_limit,
        )
        found = run_suggestion(ws, plan.id, ask)
        if args.json:
            print(
                json.dumps(
                    {
                        "version": VERSION,
                        "database": ws.where,
                        **document(found, student.name, plan.name),
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(text(found, student.name, plan.name))
    finally:
        ws.close()
    if isinstance(found.outcome, Proposal) and found.diff is not None:
        return EXIT_FINDINGS if found.diff.after.open_errors else EXIT_OK
    return EXIT_FINDINGS


def _status(found: Suggestion) -> str:
    outcome = found.outcome
    if isinstance(outcome, Proposal):
        return "optimal" if outcome.optimal else "feasible"
    return "infeasible" if isinstance(outcome, Infeasible) else "stopped"


def _item(item: AuditItem) -> dict[str, Any]:
    return {
        "code": item.code,
        "label": item.label,
        "offering": item.offering_key,
        "groups": list(item.group_keys),
        "period": item.period,
        "op": item.op,
    }


def _counts(result: AuditResult) -> dict[str, Any]:
    return {
        "errors": result.open_errors,
        "warnings": result.open_warnings,
        "credits_planned": result.credits.total_planned,
    }


def document(found: Suggestion, student: str, plan: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "student": student,
        "plan": plan,
        "status": _status(found),
        "seconds": round(found.outcome.seconds, 3),
        "periods": list(found.request.planned_periods),
    }
    outcome, diff = found.outcome, found.diff
    if isinstance(outcome, Proposal) and diff is not None:
        doc["wishes_met"] = {str(k): v for k, v in sorted(outcome.met.items())}
        doc["wishes"] = {
            str(k): sum(1 for w in found.request.wishes if w.priority == k)
            for k in sorted(outcome.met)
        }
        doc["changes"] = outcome.changes
        doc["aalto_days"] = outcome.trips
        doc["busiest_period_op"] = outcome.busiest
        doc["added"] = [_item(i) for i in diff.added]
        doc["moved"] = [{"from": _item(m.before), "to": _item(m.after)} for m in diff.moved]
        doc["removed"] = [_item(i) for i in diff.removed]
        doc["before"] = _counts(diff.before)
        doc["after"] = _counts(diff.after)
    doc["why"] = list(found.why)
    doc["alternatives"] = list(found.alternatives)
    return doc


def text(found: Suggestion, student: str, plan: str) -> str:
    outcome, diff = found.outcome, found.diff
    periods = ", ".join(found.request.planned_periods)
    lines = [f"{student} – {plan} – periods {periods}"]
    if isinstance(outcome, Proposal) and diff is not None:
        proof = "proven optimal" if outcome.optimal else "best found in the time limit"
        lines.append(f"Suggested plan ({proof}, {outcome.seconds:.2f} s):")
        for priority in sorted(outcome.met):
            total = sum(1 for w in found.request.wishes if w.priority == priority)
            lines.append(f"  wishes of priority {priority} met: {outcome.met[priority]} of {total}")
        lines.append(
            f"  changes to the plan: {outcome.changes}; new days at Aalto: {outcome.trips}"
        )
        lines.append(f"  most op in one planned period: {outcome.busiest:g}")
        if diff.empty:
            lines.append("The plan stays as it is.")
        lines.extend(f"  + {i.label or i.code}  ({i.period})" for i in diff.added)
        lines.extend(
            f"  ~ {m.before.label or m.before.code} ({m.before.period}) -> "
            f"{m.after.label or m.after.code} ({m.after.period})"
            for m in diff.moved
        )
        lines.extend(f"  - {i.label or i.code}  ({i.period})" for i in diff.removed)
        b, a = diff.before, diff.after
        lines.append(
            f"Findings: {b.open_errors} errors, {b.open_warnings} warnings before; "
            f"{a.open_errors} errors, {a.open_warnings} warnings after."
        )
        lines.append(
            f"Credits planned: {b.credits.total_planned:g} op before, "
            f"{a.credits.total_planned:g} op after."
        )
    elif isinstance(outcome, Infeasible):
        lines.append(f"Nothing fits ({outcome.seconds:.2f} s):")
        lines.extend(f"  {line}" for line in found.why)
        if found.alternatives:
            lines.append("Nearest alternatives:")
            lines.extend(f"  * {line}" for line in found.alternatives)
    else:
        lines.append("The search was stopped before it found a plan (try a longer --time-limit).")
    return "\n".join(lines)


def cmd_seats(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace
    from schoolaas.services.suggest.seats import allocate_seats, apply_allocation

    if args.time_limit <= 0:
        raise InvalidInput("--time-limit must be more than 0 seconds.")
    ws = open_workspace(args)
    try:
        if args.school not in ws.catalogue().schools:
            raise InvalidInput("There is no school {school!r}.", school=args.school)
        found = allocate_seats(
            ws, args.school, today=args.today, seed=args.seed, time_limit=args.time_limit
        )
        changed = sum(1 for g in found.wishes if g.changed and g.item_id)
        if args.apply and changed:
            apply_allocation(ws, found)
        if args.json:
            doc = {
                "version": VERSION,
                "database": ws.where,
                "school": found.school,
                "status": found.status,
                "gap": found.gap,
                "seconds": round(found.seconds + found.build_seconds, 2),
                "seed": args.seed,
                "applied": bool(args.apply and changed),
                "courses": [vars(c) for c in found.courses],
                "wishes": [
                    {
                        "student": g.student,
                        "final_year": g.final_year,
                        "lottery": g.lottery,
                        "code": g.code,
                        "now": g.current,
                        "granted": g.offering_key,
                        "groups": list(g.group_keys),
                        "why_not": g.why,
                    }
                    for g in found.wishes
                ],
            }
            print(json.dumps(doc, ensure_ascii=False, indent=2))
        else:
            print(
                f"{found.school}: {found.met} of {len(found.wishes)} wishes of "
                f"{found.students} students met ({found.status.lower()}, gap {found.gap:.1%}, "
                f"{found.seconds + found.build_seconds:.1f} s; seed {args.seed})"
            )
            for c in found.courses:
                print(
                    f"  {c.code} {c.offering_key}: {c.seats} seats, "
                    f"{c.wished} hold it, {c.granted} granted"
                )
            for g in found.wishes:
                got = (
                    f"{g.offering_key} {'+'.join(g.group_keys)}"
                    if g.offering_key
                    else f"no ({g.why})"
                )
                year = "final year, " if g.final_year else ""
                print(f"  {g.student} ({year}lottery {g.lottery}): {g.code}: {got}")
            if changed:
                verb = "changed" if args.apply else "would change (use --apply)"
                print(f"{changed} plan items {verb}.")
    finally:
        ws.close()
    return EXIT_OK
