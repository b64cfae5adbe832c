"""Core commands: open the app, build the demo, list students and courses,
check plans (human text or the JSON of docs/check-json.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from schoolaas.data.url import EMPTY_URL, is_blank, is_default, missing_database
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import pick_text
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.collector import collector_paused
from schoolaas.services.errors import PlannerError, StorageError
from schoolaas.services.people.search import choose_plan
from schoolaas.services.views import PlanView, StudentView
from schoolaas.services.workspace import Workspace
from schoolaas.wording.findings import format_date

from . import check_output
from .desktop import app_module, demo_builder

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = frozenset({"demo", "students", "courses", "check"})  # registered below


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="build the demo database (first run)")
    demo.add_argument(
        "--reset",
        action="store_true",
        help="wipe the database and rebuild it (refused when it holds other than demo data)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="with --reset: wipe it even when it holds students or courses the demo did not make",
    )
    demo.set_defaults(func=cmd_demo)

    students = subparsers.add_parser("students", help="list students")
    students.add_argument("--search", default="", help="words of a name, number or group")
    students.add_argument("--school", help="school code, e.g. OTA")
    students.add_argument("--archived", action="store_true", help="include archived students")
    students.set_defaults(func=cmd_students)

    courses = subparsers.add_parser("courses", help="list course offerings of the catalogue")
    courses.add_argument("--search", default="", metavar="TEXT", help="words of a code or name")
    courses.add_argument("--provider", choices=["school", "aalto"])
    courses.add_argument("--period", metavar="P", help="period key, e.g. OTA:2026-27/2")
    courses.set_defaults(func=cmd_courses)

    check = subparsers.add_parser(
        "check",
        help="check a student's plan against the rules",
        description="Exit code 0: no open errors; 1: open errors; 2: bad input.",
    )
    check.add_argument("student", nargs="?", help="student number, id or name")
    check.add_argument("--plan", metavar="NAME", help="plan name (default: the active plan)")
    check.add_argument("--all", action="store_true", help="check every student's active plan")
    check.add_argument("--school", help="with --all: only this school")
    check.add_argument("--json", action="store_true", help="JSON output (docs/check-json.md)")
    check.set_defaults(func=cmd_check)


# --- opening the database ----------------------------------------------------


def is_default_url(args: argparse.Namespace) -> bool:
    return is_default(getattr(args, "db", None))


def open_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """The Workspace of ``--db``. The default database is created (with the
    demo) on first use; any other SQLite file must exist unless ``create``."""
    url = getattr(args, "db", None)
    if is_blank(url):
        raise StorageError(EMPTY_URL)
    if is_default_url(args):
        return Workspace.open(url, first_run=None if create else demo_builder)
    path = missing_database(url)
    if path is not None and not create:
        raise StorageError(
            f"There is no database at {path}: check the --db path "
            f"(or make one there with: schoolaas demo --db {path})."
        )
    return Workspace.open(url)


def open_app(args: argparse.Namespace) -> int:
    app = app_module()
    if app is None:
        print(
            "schoolaas: the desktop app is not available in this installation; "
            "see schoolaas --help for the commands.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    code: int = app.run(getattr(args, "db", None), first_run=demo_builder)
    return code


# --- commands ----------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from schoolaas.seed.demo import build_demo

    ws = open_workspace(args, create=True)
    try:
        summary = build_demo(ws, reset=args.reset, force=args.force)
    finally:
        ws.close()
    print(
        f"Demo database ready at {ws.where}: {summary.students} students, "
        f"{summary.offerings} course offerings ({summary.school_offerings} school, "
        f"{summary.aalto_offerings} Aalto), {summary.sessions} sessions."
    )
    for line in summary.lines()[2:]:  # the scenario students to try `check` on
        print(line)
    return EXIT_OK


def cmd_students(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        rows = ws.students(args.search, school=args.school, include_archived=args.archived)
    finally:
        ws.close()
    if rows:
        print(f"{'id':>5}  {'number':<12} {'name':<32} {'school':<7}group")
    for s in rows:
        flag = "  (archived)" if s.archived else ""
        print(f"{s.id:>5}  {s.number:<12} {s.name:<32} {s.school:<7}{s.group}{flag}")
    print(f"{len(rows)} student{'s' if len(rows) != 1 else ''}")
    return EXIT_OK


def cmd_courses(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        found = ws.search_offerings(args.search, args.provider, args.period)
    finally:
        ws.close()
    for o in found:
        credits = f"{o.ects:g} ECTS" if o.ects is not None else f"{o.op:g} op"
        dates = f"{format_date(o.start)}–{format_date(o.end)}"
        print(
            f"{o.code:<12} {o.provider.value:<6} {dates:<23} {credits:<9} "
            f"{pick_text(o.name)}  [{o.key}]"
        )
    print(f"{len(found)} offering{'s' if len(found) != 1 else ''}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.all == bool(args.student):
        raise PlannerError("Give either a student (number, id or name) or --all.")
    ws = open_workspace(args)
    try:
        if args.all:
            return _check_all(ws, args)
        return _check_one(ws, args)
    finally:
        ws.close()


def _check_one(ws: Workspace, args: argparse.Namespace) -> int:
    student = ws.find_student(args.student)
    plan = choose_plan(ws, student, args.plan)
    inp, result = ws.audit_detailed(plan.id)
    cat = ws.catalogue()
    labels = {i.item_id: i.label for i in inp.items}
    if args.json:
        doc = check_output.plan_json(student, plan, result, labels, _school(cat, student))
        _print_json(ws, doc)
    else:
        print(check_output.plan_text(student, plan, result, _school(cat, student)))
    return EXIT_FINDINGS if result.open_errors else EXIT_OK


def _check_all(ws: Workspace, args: argparse.Namespace) -> int:
    """Every active plan (of --school). The cyclic garbage collector stays
    paused for the whole command, not only for the audit: the command makes
    no reference cycles, and a collection over the catalogue and every
    result afterwards took 0.7 s of CPU on espoo before the process exits."""
    with collector_paused():
        return _check_all_plans(ws, args)


def _check_all_plans(ws: Workspace, args: argparse.Namespace) -> int:
    labelled = ws.audit_all_labelled(school=args.school) if args.json else None
    results = (
        {pid: result for pid, (_, result) in labelled.items()}
        if labelled is not None
        else ws.audit_all(school=args.school)
    )
    students = {s.id: s for s in ws.students(school=args.school)}
    plans: list[tuple[StudentView, PlanView, AuditResult]] = [
        (students[plan.student_id], plan, results[plan.id])
        for plan in ws.active_plans(school=args.school)
        if plan.id in results and plan.student_id in students
    ]
    plans.sort(key=lambda t: (t[0].school, t[0].last_name, t[0].first_name, t[0].id))
    failing = sum(1 for _, _, r in plans if r.open_errors)
    if args.json:
        cat = ws.catalogue()
        labels = {pid: names for pid, (names, _) in (labelled or {}).items()}
        doc = check_output.all_json(plans, lambda s: _school(cat, s), labels)
        _print_json(ws, doc)
    else:
        print(check_output.all_text(plans))
    return EXIT_FINDINGS if failing else EXIT_OK


def _print_json(ws: Workspace, doc: dict[str, Any]) -> None:
    """A check's JSON document (docs/check-json.md) with its version and database."""
    print(
        json.dumps(
            {"version": check_output.VERSION, "database": ws.where, **doc},
            ensure_ascii=False,
            indent=2,
        )
    )


def _school(cat: Catalogue, student: StudentView) -> str:
    info = cat.schools.get(student.school)
    return info.name if info else student.school
