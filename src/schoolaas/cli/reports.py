"""Printed study plans and calendar files from the command line.

schoolaas pdf STUDENT -o FILE [--lang fi|sv|en] [--plan NAME] [--period KEY]
schoolaas pdf STUDENT --summary -o FILE [--lang fi|sv|en] [--plan NAME]
schoolaas pdf --group GROUP [--school CODE] -o DIR [--merged] [--jobs N]
schoolaas ics STUDENT -o FILE [--plan NAME]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from schoolaas.reports.text import LANGUAGES
from schoolaas.services.errors import InvalidInput
from schoolaas.services.people.search import choose_plan

# The services (reportlab, icalendar) are imported by the handlers, so that
# building the parser for any other command stays fast.

EXIT_OK, EXIT_FAILED = 0, 1


def register(subparsers: Any) -> None:
    pdf = subparsers.add_parser(
        "pdf",
        help="print a study plan (or a whole group's) as PDF",
        description="A student's study plan as an A4 PDF to sign: courses by period, credits "
        "against the rules, findings, the week timetable of a period and signature lines. "
        "With --group, every student of a home group: one PDF each into a folder, or one "
        "merged PDF (--merged), using every core. Exit code 1: some students failed.",
    )
    pdf.add_argument("student", nargs="?", help="student number, id or name")
    pdf.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help="PDF file (a folder takes the student's name; '-' = stdout); "
        "with --group a folder, or the merged PDF's file",
    )
    pdf.add_argument("--lang", choices=LANGUAGES, default="fi", help="document language")
    pdf.add_argument("--plan", metavar="NAME", help="plan name (default: the active plan)")
    pdf.add_argument(
        "--period",
        metavar="KEY",
        help="school period of the timetable, e.g. OTA:2026-27/2 or 2026-27/2 "
        "(default: the running period)",
    )
    pdf.add_argument(
        "--summary",
        action="store_true",
        help="one page only: credits against the targets, the Aalto courses and the open "
        "findings (what 'Send to counsellor' sends with the plan file)",
    )
    pdf.add_argument("--group", metavar="GROUP", help="print every student of this home group")
    pdf.add_argument("--school", metavar="CODE", help="with --group: only this school")
    pdf.add_argument("--merged", action="store_true", help="with --group: one PDF for all")
    pdf.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="with --group: processes to use (default: one per 100 students, up to every core)",
    )
    pdf.set_defaults(func=cmd_pdf)

    ics = subparsers.add_parser(
        "ics",
        help="export a plan's sessions as an iCalendar file",
        description="Every session of the plan as RFC 5545 iCalendar (Europe/Helsinki). "
        "Importing a new export again updates the events instead of duplicating them.",
    )
    ics.add_argument("student", help="student number, id or name")
    ics.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the .ics file to write ('-' = stdout)",
    )
    ics.add_argument("--plan", metavar="NAME", help="plan name (default: the active plan)")
    ics.add_argument("--lang", choices=LANGUAGES, default="fi", help="language of course names")
    ics.add_argument(
        "--completed",
        action="store_true",
        help="also the sessions of completed courses (default: planned and enrolled)",
    )
    ics.set_defaults(func=cmd_ics)


def _open(args: argparse.Namespace) -> Any:
    from schoolaas.cli.core import open_workspace

    return open_workspace(args)


def cmd_pdf(args: argparse.Namespace) -> int:
    if args.group and args.student:
        raise InvalidInput("Give either a student or --group, not both.")
    if not args.group and not args.student:
        raise InvalidInput("Give a student (number, id or name) or --group GROUP.")
    if not args.group and (args.merged or args.school or args.jobs):
        raise InvalidInput("--merged, --school and --jobs go with --group.")
    if args.group and args.plan:
        raise InvalidInput("--plan works with one student; a group prints active plans.")
    if args.summary and (args.group or args.period):
        raise InvalidInput("--summary prints one student's plan on one page, without --group "
                           "or --period.")  # fmt: skip
    if args.jobs < 0:
        raise InvalidInput(f"--jobs must be 0 or more, not {args.jobs}.")
    from schoolaas.services.printing import reports
    from schoolaas.services.printing.batch import file_name

    ws = _open(args)
    try:
        if args.group:
            return _group(ws, args)
        student = ws.find_student(args.student)
        plan = choose_plan(ws, student, args.plan)
        if args.summary:
            from schoolaas.services.plans.send import file_stem, summary_pdf

            stem = file_stem(student.number, student.id)
            data = summary_pdf(ws, student.id, plan.id, f"{stem}-plan.json", lang=args.lang)
            name = f"{stem}-summary.pdf"
        else:
            data = reports.study_plan_pdf(
                ws, student.id, plan.id, lang=args.lang, period=args.period
            )
            name = file_name(student)
        target = _target(args.output, name)
        if target is None:
            sys.stdout.buffer.write(data)
            return EXIT_OK
        reports.write_bytes(target, data)
        what = "summary of the study plan" if args.summary else "study plan"
        print(f"Wrote the {what} of {student.name} ({plan.name}) to {target}.")
        return EXIT_OK
    finally:
        ws.close()


def _target(output: str, default_name: str) -> Path | None:
    if output == "-":
        return None
    path = Path(output).expanduser()
    if path.is_dir():
        return path / default_name
    if not path.parent.exists():
        raise InvalidInput(f"The folder {path.parent} does not exist.")
    return path


def _group(ws: Any, args: argparse.Namespace) -> int:
    from schoolaas.services.printing.batch import BatchRequest, run_batch, students_of_group

    students = students_of_group(ws, args.group, args.school)
    target = Path(args.output).expanduser()
    if args.merged and target.suffix.lower() != ".pdf":
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in args.group)
        target = target / f"{text_group(args.lang)}-{safe}.pdf"
    request = BatchRequest(
        url=ws.url,
        student_ids=tuple(s.id for s in students),
        target=target,
        merged=args.merged,
        lang=args.lang,
        period=args.period,
        today=date.today(),
        workers=args.jobs,
    )
    show = sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if show:
            print(f"\r{done}/{total} {name[:40]:<40}", end="", file=sys.stderr, flush=True)

    result = run_batch(request, progress=progress)
    if show:
        print(file=sys.stderr)
    for sid, message in result.failed:
        print(f"schoolaas: student {sid}: {message}", file=sys.stderr)
    where = result.files[0] if args.merged and result.files else target
    print(
        f"Wrote {result.done} of {len(students)} study plans of group {args.group} to "
        f"{where} in {result.seconds:.1f} s ({result.workers} process"
        f"{'es' if result.workers > 1 else ''})."
    )
    return EXIT_FAILED if result.failed else EXIT_OK


def text_group(lang: str) -> str:
    return {"fi": "opintosuunnitelmat", "sv": "studieplaner"}.get(lang, "study-plans")


def cmd_ics(args: argparse.Namespace) -> int:
    from schoolaas.services.printing import reports
    from schoolaas.services.printing.batch import file_name

    ws = _open(args)
    try:
        student = ws.find_student(args.student)
        plan = choose_plan(ws, student, args.plan)
        if args.output == "-":
            data, _ = reports.plan_calendar_bytes(
                ws, student.id, plan.id, lang=args.lang, completed=args.completed
            )
            sys.stdout.buffer.write(data)
            return EXIT_OK
        target = _target(args.output, file_name(student).removesuffix(".pdf") + ".ics")
        assert target is not None
        count = reports.export_ics(
            ws, student.id, target, plan.id, lang=args.lang, completed=args.completed
        )
        print(f"Wrote {count} sessions of {student.name} ({plan.name}) to {target}.")
        return EXIT_OK
    finally:
        ws.close()
