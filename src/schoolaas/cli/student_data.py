"""``schoolaas student history|export|erase STUDENT``: a student's change
history, everything stored about them (one JSON file, docs/personal-data.md)
and erasing them (asks, or needs ``--force``). Counsellor or admin only:
the services refuse anyone else (services/access.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from schoolaas.cli.core import open_workspace
from schoolaas.services.people import history, personal_data
from schoolaas.services.workspace import Workspace

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers: Any) -> None:
    student = subparsers.add_parser(
        "student",
        help="one student's change history and personal data (export, erase)",
        description="history: who changed what of the student's data, and when (printed, or "
        "--out FILE as CSV or JSON); export: everything stored about the student as one "
        "JSON file (--out FILE, docs/personal-data.md); erase: the student's rows deleted "
        "and their data in the change log replaced (asks, or --force).",
    )
    student.add_argument("action", choices=("history", "export", "erase"))
    student.add_argument("student", help="student number, id or name")
    student.add_argument("--out", type=Path, metavar="FILE", help="the file to write")
    student.add_argument(
        "--format", choices=history.FORMATS, help="history: csv or json (default: the suffix)"
    )
    student.add_argument(
        "--force", action="store_true", help="erase: do not ask (needed without a terminal)"
    )
    student.set_defaults(func=cmd_student)


def cmd_student(args: argparse.Namespace) -> int:
    if args.action == "export" and args.out is None:
        print("schoolaas: student export needs --out FILE.", file=sys.stderr)
        return EXIT_BAD_INPUT
    run = {"history": cmd_history, "export": cmd_export, "erase": cmd_erase}[args.action]
    return run(args)


def _open(args: argparse.Namespace) -> Workspace:
    return open_workspace(args)


def cmd_history(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        student = ws.find_student(args.student)
        entries = history.student_history(ws, student.id)
        if args.out is not None:
            path = history.write_history(args.out, entries, args.format)
            print(f"{len(entries)} changes of {student.number} written to {path}.")
            return EXIT_OK
        for e in entries:
            print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.who}  {e.describe()}")
        return EXIT_OK
    finally:
        ws.close()


def cmd_export(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        student = ws.find_student(args.student)
        data = personal_data.export_student(ws, student.id)
        path = personal_data.write_export(args.out, data)
        print(f"Everything stored about {student.number} written to {path}.")
        return EXIT_OK
    finally:
        ws.close()


def cmd_erase(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        student = ws.find_student(args.student)
        if not args.force:
            if not sys.stdin.isatty():
                print(
                    f"schoolaas: erasing {student.number} cannot be undone; "
                    "confirm on a terminal or add --force.",
                    file=sys.stderr,
                )
                return EXIT_BAD_INPUT
            answer = input(
                f"Erase {student.number} ({student.name}) and everything stored about them? "
                "This cannot be undone. Type the student number to confirm: "
            )
            if answer.strip() != student.number:
                print("Nothing was erased.")
                return EXIT_BAD_INPUT
        personal_data.erase_student(ws, student.id)
        print(f"{student.number} erased; the change log keeps only that something changed.")
        return EXIT_OK
    finally:
        ws.close()
