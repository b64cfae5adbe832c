"""The school's own curriculum and the students' matriculation plans:

    schoolaas local-courses list [--school S]
    schoolaas local-courses set SCHOOL CODE [--name N] [--name-sv N] [--op OP]
                                [--subject S] [--wraps AALTO-CODE]
    schoolaas local-courses wrap SCHOOL CODE AALTO-CODE | --none
    schoolaas local-courses remove SCHOOL CODE
    schoolaas local-courses match SCHOOL CODE
    schoolaas matriculation show STUDENT
    schoolaas matriculation set STUDENT SUBJECT SITTING
    schoolaas matriculation clear STUDENT SUBJECT
    schoolaas matriculation remove STUDENT SUBJECT

A whole local curriculum is imported with ``schoolaas import local-courses
FILE`` (docs/local-courses-csv.md). Exit 0 when done, 2 on bad input.
"""

from __future__ import annotations

import argparse
from typing import Any

from schoolaas.domain.codes import local_form
from schoolaas.services.catalogue import local_courses as courses
from schoolaas.services.people import matriculation

EXIT_OK = 0


def register(subparsers: Any) -> None:
    local = subparsers.add_parser(
        "local-courses",
        help="a school's own courses (school-specific electives) and the Aalto courses they wrap",
    )
    sub = local.add_subparsers(dest="local_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list the local courses")
    listing.add_argument("--school", metavar="S", help="only this school's")
    listing.set_defaults(func=cmd_list)

    edit = sub.add_parser(
        "set",
        help="add or change a local course",
        description="Add a local course or change the one with this school and code. A course "
        "without --op is incomplete: it counts 0 op until its credits are set.",
    )
    edit.add_argument("school", metavar="SCHOOL")
    edit.add_argument("code", metavar="CODE")
    edit.add_argument("--name", default="", help="Finnish name")
    edit.add_argument("--name-sv", default="", help="Swedish name")
    edit.add_argument("--op", type=float, default=None, help="credits (op)")
    edit.add_argument("--subject", default="", help="subject code, e.g. FY")
    edit.add_argument("--wraps", default=None, metavar="AALTO-CODE", help="the Aalto course it is")
    edit.set_defaults(func=cmd_set)

    wrap = sub.add_parser(
        "wrap",
        help="link a local course to the Aalto course it is in fact (credits count once)",
    )
    wrap.add_argument("school", metavar="SCHOOL")
    wrap.add_argument("code", metavar="CODE")
    target = wrap.add_mutually_exclusive_group(required=True)
    target.add_argument("aalto", nargs="?", metavar="AALTO-CODE")
    target.add_argument("--none", action="store_true", help="remove the link")
    wrap.set_defaults(func=cmd_wrap)

    remove = sub.add_parser("remove", help="remove a local course no course group or plan uses")
    remove.add_argument("school", metavar="SCHOOL")
    remove.add_argument("code", metavar="CODE")
    remove.set_defaults(func=cmd_remove)

    match = sub.add_parser(
        "match", help="what a code as the school writes it is (module, local course, unknown)"
    )
    match.add_argument("school", metavar="SCHOOL")
    match.add_argument("code", metavar="CODE")
    match.set_defaults(func=cmd_match)

    matr = subparsers.add_parser(
        "matriculation", help="which subjects a student writes in which matriculation sitting"
    )
    msub = matr.add_subparsers(dest="matriculation_command", metavar="ACTION", required=True)
    show = msub.add_parser("show", help="a student's subjects and sittings")
    show.add_argument("student", metavar="STUDENT", help="student number, id or name")
    show.set_defaults(func=cmd_show)
    put = msub.add_parser(
        "set",
        help="write SUBJECT in SITTING ('spring 2027', '2027-autumn', 'kevät 2027' ...)",
    )
    put.add_argument("student", metavar="STUDENT")
    put.add_argument("subject", metavar="SUBJECT")
    put.add_argument("sitting", metavar="SITTING")
    put.set_defaults(func=cmd_sitting)
    clear = msub.add_parser("clear", help="forget the subject's sitting (counts in every sitting)")
    clear.add_argument("student", metavar="STUDENT")
    clear.add_argument("subject", metavar="SUBJECT")
    clear.set_defaults(func=cmd_clear)
    drop = msub.add_parser("remove", help="the student no longer writes the subject")
    drop.add_argument("student", metavar="STUDENT")
    drop.add_argument("subject", metavar="SUBJECT")
    drop.set_defaults(func=cmd_drop)


def _ws(args: argparse.Namespace) -> Any:
    from schoolaas.cli.core import open_workspace

    return open_workspace(args)


def cmd_list(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        found = courses.local_courses(ws, args.school)
    finally:
        ws.close()
    for c in found:
        op = f"{c.op:g} op" if c.op is not None else "no credits yet (incomplete)"
        wraps = f"  = {c.wraps}" if c.wraps else ""
        print(f"{c.school}\t{c.code}\t{c.subject or '-'}\t{op}\t{c.name_fi}{wraps}")
    if not found:
        print("no local courses")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        view = courses.LocalCourseView(
            args.school, args.code, args.name, args.name_sv, args.op, args.subject, args.wraps
        )
        courses.save_local_course(ws, view)
    finally:
        ws.close()
    print(f"saved {args.school.upper()} {local_form(args.code)}")
    return EXIT_OK


def cmd_wrap(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        courses.set_wraps(ws, args.school, args.code, None if args.none else args.aalto)
    finally:
        ws.close()
    what = "no Aalto course" if args.none else args.aalto
    print(f"{args.school.upper()} {args.code} wraps {what}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        courses.remove_local_course(ws, args.school, args.code)
    finally:
        ws.close()
    print(f"removed {args.school.upper()} {args.code}")
    return EXIT_OK


def cmd_match(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        found = courses.match_code(ws, args.school, args.code)
    finally:
        ws.close()
    print(f"{found.written}\t{found.kind}\t{found.code}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        student = ws.find_student(args.student)
        plan = matriculation.matriculation_plan(ws, student.id)
    finally:
        ws.close()
    for entry in plan:
        print(f"{entry.subject}\t{entry.sitting or 'sitting not set'}")
    if not plan:
        print(f"{student.number} writes no matriculation subjects")
    return EXIT_OK


def cmd_sitting(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        student = ws.find_student(args.student)
        matriculation.set_sitting(ws, student.id, args.subject, args.sitting)
        plan = matriculation.matriculation_plan(ws, student.id)
    finally:
        ws.close()
    sitting = next(e.sitting for e in plan if e.subject == args.subject.strip().upper())
    print(f"{student.number} writes {args.subject.strip().upper()} in {sitting}")
    return EXIT_OK


def cmd_clear(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        student = ws.find_student(args.student)
        matriculation.clear_sitting(ws, student.id, args.subject)
    finally:
        ws.close()
    print(f"{student.number}: {args.subject.strip().upper()} counts in every sitting")
    return EXIT_OK


def cmd_drop(args: argparse.Namespace) -> int:
    ws = _ws(args)
    try:
        student = ws.find_student(args.student)
        matriculation.remove_subject(ws, student.id, args.subject)
    finally:
        ws.close()
    print(f"{student.number} no longer writes {args.subject.strip().upper()}")
    return EXIT_OK
