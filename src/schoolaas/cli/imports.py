"""Import and plan-file commands:

    schoolaas import KIND FILE [--dry-run] [--course CODE] [--curriculum NAME]
    schoolaas export-plan STUDENT -o plan.json

KIND is aalto | ics | curriculum | tray | plan | local-courses. Exit 0 when the file was
read (skipped records are listed, not fatal), 2 on a bad file or database
trouble, with one line on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from schoolaas.services.imports.files import (
    DESCRIPTIONS,
    ImportKind,
    export_plan,
    import_file,
    plan_json,
)

EXIT_OK = 0


def register(subparsers: Any) -> None:
    kinds = ", ".join(f"{k.value}: {DESCRIPTIONS[k]}" for k in ImportKind)
    imp = subparsers.add_parser(
        "import",
        help="import courses, timetables, the curriculum, a course tray or a plan file",
        description=f"Import a file in one transaction. Kinds: {kinds}. "
        "Re-importing the same file changes nothing; a newer file updates what changed.",
    )
    imp.add_argument(
        "kind",
        choices=[k.value for k in ImportKind],
        metavar="KIND",
        help="aalto | ics | curriculum | tray | plan | local-courses",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.add_argument(
        "--course", metavar="CODE", help="ics: put events into this course (code or offering key)"
    )
    imp.add_argument("--curriculum", metavar="NAME", help="curriculum: its name (default LOPS2021)")
    imp.add_argument("--all", action="store_true", help="list every record, not the first 40")
    imp.set_defaults(func=cmd_import)

    exp = subparsers.add_parser(
        "export-plan",
        help="write a student's plans to a plan file (JSON)",
        description="Write every plan of STUDENT to a versioned JSON plan file "
        "(docs/plan-file.md) that 'schoolaas import plan FILE' reads back.",
    )
    exp.add_argument("student", metavar="STUDENT", help="student number, id or name")
    exp.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the file to write, or - for standard output",
    )
    exp.set_defaults(func=cmd_export_plan)  # fmt: skip


def cmd_import(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace

    ws = open_workspace(args)
    try:
        report = import_file(
            ws,
            args.kind,
            args.file,
            dry_run=args.dry_run,
            course=args.course,
            curriculum=args.curriculum,
        )
    finally:
        ws.close()
    limit = 1_000_000 if args.all else 40
    for line in report.lines(limit=limit):
        print(line)
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace

    ws = open_workspace(args)
    try:
        student = ws.find_student(args.student)
        if args.output == "-":
            sys.stdout.write(plan_json(ws, student.id))
            return EXIT_OK
        path = export_plan(ws, student.id, args.output)
    finally:
        ws.close()
    print(f"Wrote the plans of {student.name} ({student.number}) to {path}")
    return EXIT_OK
