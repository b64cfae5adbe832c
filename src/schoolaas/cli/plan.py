"""``schoolaas plan ACTION STUDENT …``: what the window does to a plan, from
the command line, over the same plan service (services/plans/service.py),
so a counsellor can script routine work:

    schoolaas plan show STUDENT [--plan NAME]
    schoolaas plan add STUDENT COURSE [--groups L01,H02] [--period KEY]
    schoolaas plan remove STUDENT ITEM
    schoolaas plan status STUDENT ITEM STATUS [--grade GRADE]
    schoolaas plan accept STUDENT FINDING --reason TEXT [--who NAME]
    schoolaas plan reopen STUDENT FINDING
    schoolaas plan duplicate STUDENT --name NEW
    schoolaas plan activate STUDENT --plan NAME

COURSE is an offering key, or a course code (with --period when the code
is offered in more than one period). ITEM is a plan item's id or its
course code. FINDING is a finding's key or its number in ``plan show``.
Every edit works on the active plan unless --plan names another; each
prints what it did and the plan's audit after it. Exit 0 when done, 2 on
bad input (nothing stored)."""

from __future__ import annotations

import argparse
from typing import Any

from schoolaas.cli.check_output import summary_line
from schoolaas.cli.core import open_workspace
from schoolaas.domain.model import Finding, ItemStatus
from schoolaas.services.errors import Ambiguous, InvalidInput, NotFound
from schoolaas.services.plans.service import PlanService
from schoolaas.services.views import Change, ItemView, PlanState
from schoolaas.wording import findings as words

EXIT_OK = 0
ACTIONS = ("show", "add", "remove", "status", "accept", "reopen", "duplicate", "activate")


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser(
        "plan",
        help="edit a student's plan: add, remove, status and grade, accept, duplicate, activate",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="COURSE: offering key or course code; ITEM: item id or course code; "
        "FINDING: finding key or its number in 'plan show'.",
    )
    plan.add_argument("action", choices=ACTIONS)
    plan.add_argument("student", metavar="STUDENT", help="student number, id or name")
    plan.add_argument("what", nargs="*", metavar="ARG", help="COURSE, ITEM [STATUS] or FINDING")
    plan.add_argument("--plan", metavar="NAME", help="plan name (default: the active plan)")
    plan.add_argument("--groups", metavar="KEYS", help="add: study groups, comma-separated")
    plan.add_argument("--period", metavar="KEY", help="add: the period of a course code")
    plan.add_argument("--grade", metavar="GRADE", help="status: the grade (on its scale)")
    plan.add_argument("--reason", metavar="TEXT", help="accept: why the finding is acceptable")
    plan.add_argument("--who", metavar="NAME", help="accept: who accepts (default: your login)")
    plan.add_argument("--name", metavar="NEW", help="duplicate: the copy's name")
    plan.set_defaults(func=cmd_plan)


def cmd_plan(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        service = PlanService(ws)
        student = ws.find_student(args.student)
        plan_id = _plan_id(service, student.id, args.plan)
        state = service.open_student(student.id, plan_id=plan_id)
        run = {
            "show": _show,
            "add": _add,
            "remove": _remove,
            "status": _status,
            "accept": _accept,
            "reopen": _reopen,
            "duplicate": _duplicate,
            "activate": _activate,
        }[args.action]
        run(service, state, args)
        return EXIT_OK
    finally:
        ws.close()


def _plan_id(service: PlanService, student_id: int, name: str | None) -> int | None:
    if name is None:
        return None
    plans = service.workspace.plans(student_id)
    found = [p for p in plans if p.name.casefold() == name.strip().casefold()]
    if not found:
        raise NotFound(
            "The student has no plan {name!r} (plans: {known}).",
            name=name,
            known=", ".join(p.name for p in plans),
        )
    return found[0].id


def _args(args: argparse.Namespace, count: int, usage: str) -> list[str]:
    if len(args.what) != count:
        raise InvalidInput("Usage: schoolaas plan {usage}", usage=usage)
    return list(args.what)


def _say(change: Change, done: str) -> None:
    state = change.state
    print(done)
    if state is not None:
        print(f"Plan '{state.plan.name}': {summary_line(state.result)}")


# --- reading ---------------------------------------------------------------------


def _show(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    _args(args, 0, "show STUDENT [--plan NAME]")
    active = " (active)" if state.plan.active else ""
    print(f"{state.student.name} ({state.student.number}), plan '{state.plan.name}'{active}")
    print(f"{'id':>6}  {'code':<10} {'status':<10} {'grade':<5} {'op':>5}  period / groups")
    for item in sorted(state.items, key=lambda i: (i.period or "", i.code)):
        groups = "+".join(item.group_keys)
        print(
            f"{item.id:>6}  {item.code:<10} {item.status:<10} {item.grade or '':<5} "
            f"{item.op:>5g}  {item.period or '-'} {groups}".rstrip()
        )
    print("Findings:")
    for n, finding in enumerate(state.result.findings, start=1):
        mark = "accepted" if finding.acceptance else finding.severity
        print(f"{n:>3}. [{mark}] {words.sentence(finding)}")
        print(f"     key: {finding.key}")
        if finding.acceptance is not None:
            a = finding.acceptance
            print(f"     accepted by {a.who} on {a.when:%d.%m.%Y}: {a.why}")
    print(summary_line(state.result))


# --- items -----------------------------------------------------------------------


def _add(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    (course,) = _args(args, 1, "add STUDENT COURSE [--groups KEYS] [--period KEY]")
    key = _offering(state, course, args.period)
    groups = tuple(g.strip() for g in args.groups.split(",") if g.strip()) if args.groups else None
    change = service.add_item(state.plan.id, key, group_keys=groups)
    offering = state.catalogue.offerings[key]
    chosen = "+".join(groups) if groups else "default groups"
    _say(change, f"Added {offering.code} ({key}, {chosen}) as item {change.created_id}.")


def _offering(state: PlanState, course: str, period: str | None) -> str:
    offerings = state.catalogue.offerings
    if course in offerings:
        return course
    code = course.strip().upper().replace(" ", "")
    found = [
        o
        for o in offerings.values()
        if o.code.upper() == code and (period is None or period in (o.period, o.key))
    ]
    if not found and period is not None:
        found = [
            o
            for o in offerings.values()
            if o.code.upper() == code and period in {p.key for p in _periods_of(state, o.start)}
        ]
    if not found:
        raise NotFound("There is no course offering {course!r} in the catalogue.", course=course)
    if len(found) > 1:
        raise Ambiguous(
            "{course} is offered {count} times; give the offering key or --period: {keys}.",
            tuple(o.key for o in found),
            course=course,
            count=len(found),
            keys=", ".join(f"{o.key} ({o.period or o.start})" for o in found[:8]),
        )
    return found[0].key


def _periods_of(state: PlanState, day: Any) -> list[Any]:
    return [p for p in state.catalogue.periods.values() if p.start <= day <= p.end]


def _item(state: PlanState, text: str) -> ItemView:
    if text.isdigit():
        found = [i for i in state.items if i.id == int(text)]
    else:
        code = text.strip().upper().replace(" ", "")
        found = [i for i in state.items if i.code.upper() == code]
    if not found:
        raise NotFound("Plan {plan!r} has no item {item!r}.", plan=state.plan.name, item=text)
    if len(found) > 1:
        raise Ambiguous(
            "Plan {plan!r} holds {item} {count} times; give the item id: {ids}.",
            tuple(str(i.id) for i in found),
            plan=state.plan.name,
            item=text,
            count=len(found),
            ids=", ".join(str(i.id) for i in found),
        )
    return found[0]


def _remove(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    (text,) = _args(args, 1, "remove STUDENT ITEM")
    item = _item(state, text)
    change = service.remove_item(item.id)
    _say(change, f"Removed {item.code} (item {item.id}).")


def _status(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    text, status = _args(args, 2, "status STUDENT ITEM STATUS [--grade GRADE]")
    item = _item(state, text)
    try:
        wanted = ItemStatus(status.strip().lower())
    except ValueError:
        raise InvalidInput(
            "{status!r} is not a status; use one of: {known}.",
            status=status,
            known=", ".join(s.value for s in ItemStatus),
        ) from None
    change = service.set_status(item.id, wanted, args.grade)
    grade = f", grade {args.grade}" if args.grade else ""
    _say(change, f"{item.code} (item {item.id}) is now {wanted.value}{grade}.")


# --- findings --------------------------------------------------------------------


def _finding(state: PlanState, text: str) -> Finding:
    findings = state.result.findings
    if text.isdigit() and 1 <= int(text) <= len(findings):
        return findings[int(text) - 1]
    found = next((f for f in findings if f.key == text), None)
    if found is None:
        raise NotFound(
            "Plan {plan!r} has no finding {finding!r} (see: schoolaas plan show).",
            plan=state.plan.name,
            finding=text,
        )
    return found


def _accept(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    (text,) = _args(args, 1, "accept STUDENT FINDING --reason TEXT")
    if not args.reason or not args.reason.strip():
        raise InvalidInput("Accepting a finding needs --reason TEXT.")
    finding = _finding(state, text)
    who = args.who or _login()
    change = service.accept_finding(state.plan.id, finding.key, who, args.reason)
    _say(change, f"Accepted: {words.sentence(finding)} (by {who}: {args.reason.strip()})")


def _reopen(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    (text,) = _args(args, 1, "reopen STUDENT FINDING")
    finding = _finding(state, text)
    if finding.acceptance is None:
        raise InvalidInput("That finding is not accepted: {key}.", key=finding.key)
    reason = finding.acceptance.why
    change = service.unaccept_finding(state.plan.id, finding.key)
    _say(change, f"Reopened: {words.sentence(finding)} (it was accepted: {reason})")


def _login() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError):
        return "counsellor"


# --- plans -----------------------------------------------------------------------


def _duplicate(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    _args(args, 0, "duplicate STUDENT --name NEW [--plan NAME]")
    if not args.name or not args.name.strip():
        raise InvalidInput("Duplicating a plan needs --name NEW.")
    change = service.duplicate_plan(state.plan.id, args.name)
    made = next(
        (p for p in service.workspace.plans(state.student.id) if p.id == change.created_id), None
    )
    name = made.name if made else args.name
    _say(change, f"Copied plan '{state.plan.name}' to '{name}' (not active).")


def _activate(service: PlanService, state: PlanState, args: argparse.Namespace) -> None:
    _args(args, 0, "activate STUDENT --plan NAME")
    if args.plan is None:
        raise InvalidInput("Say which plan to make active: --plan NAME.")
    if state.plan.active:
        print(f"Plan '{state.plan.name}' is the active plan already.")
        return
    change = service.set_active_plan(state.plan.id)
    _say(change, f"Plan '{state.plan.name}' is now the active plan.")
