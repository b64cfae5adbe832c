"""``schoolaas admin ...``: a shared PostgreSQL database set up for sharing
(docs/shared-database.md): ``init`` (tables, group roles, rights),
``add-counsellor``, ``add-admin``, ``add-students CSV``, ``reset-password``,
``remove-person``, ``list``.

The admin's own password comes from libpq's places (``~/.pgpass``,
``PGPASSWORD``, a service file) or a prompt; a new person's password from a
prompt (twice) or ``--generate``. Never from the command line: ``ps`` shows
a command line to every user of the machine."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from schoolaas.data.private_files import write_file
from schoolaas.data.url import ENV_VAR
from schoolaas.io.csv_cells import csv_text
from schoolaas.services.errors import InvalidInput, StorageError
from schoolaas.services.people import sharing

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers: Any) -> None:
    admin = subparsers.add_parser(
        "admin",
        help="set a shared PostgreSQL database up for sharing: roles, rights, logins",
        description="User management of a shared PostgreSQL database (docs/shared-database.md). "
        "Your own password comes from ~/.pgpass, PGPASSWORD, a service file or a prompt; "
        "never put it in --db.",
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="bring the tables up to date, make the group roles and grant their rights"
    )
    init.set_defaults(func=cmd_init)
    counsellor = actions.add_parser("add-counsellor", help="a counsellor's login")
    counsellor.add_argument("login", help="the database login (role) name")
    counsellor.add_argument(
        "--school", action="append", required=True, metavar="CODE", help="a school they serve"
    )
    counsellor.add_argument("--name", default="", help="the person's name")
    _password_options(counsellor)
    counsellor.set_defaults(func=cmd_add_counsellor)
    add_admin = actions.add_parser("add-admin", help="an admin's login (user management)")
    add_admin.add_argument("login")
    add_admin.add_argument("--name", default="")
    _password_options(add_admin)
    add_admin.set_defaults(func=cmd_add_admin)
    students = actions.add_parser(
        "add-students",
        help="logins for students listed in a CSV file (columns: number, login)",
        description="One login per row of CSV (header: number[,login]; the login defaults to "
        "the student number in lower case). Each gets a new random password, written with "
        "the login to --out (owner-only; default: CSV.logins.csv) for handing over. All or "
        "nothing.",
    )
    students.add_argument("csv", type=Path, metavar="CSV")
    students.add_argument("--out", type=Path, metavar="FILE")
    students.set_defaults(func=cmd_add_students)
    reset = actions.add_parser("reset-password", help="a new password for a login")
    reset.add_argument("login")
    _password_options(reset)
    reset.set_defaults(func=cmd_reset_password)
    remove = actions.add_parser(
        "remove-person", help="remove a login (the student's plans stay; erase them apart)"
    )
    remove.add_argument("login")
    remove.add_argument("--force", action="store_true", help="do not ask")
    remove.set_defaults(func=cmd_remove_person)
    listing = actions.add_parser("list", help="everyone with a login")
    listing.set_defaults(func=cmd_list)
    for action in actions.choices.values():
        action.add_argument(
            "--db",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="the shared database: postgresql://USER@HOST/DATABASE, no password "
            "(default: $SCHOOLAAS_DB)",
        )


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--generate",
        action="store_true",
        help="make a random password and print it once (instead of asking for one)",
    )


# --- the admin's own connection ---------------------------------------------------


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def open_engine(args: argparse.Namespace) -> Engine:
    """The engine of ``--db`` (or $SCHOOLAAS_DB) as the admin: libpq finds
    the password itself, else it is asked on the terminal."""
    url = getattr(args, "db", None) or os.environ.get(ENV_VAR)
    if not url:
        raise InvalidInput(
            "Name the shared database: --db postgresql://USER@HOST/DATABASE or {var}.",
            var=ENV_VAR,
        )
    engine = sharing.connect(url)
    if not sharing.needs_password(engine):
        return engine
    engine.dispose()
    if not sys.stdin.isatty():
        raise StorageError(
            "The server asks for a password: put it in ~/.pgpass, PGPASSWORD or a service "
            "file, or run the command on a terminal to be asked."
        )
    return sharing.connect(url, _ask(f"Password of {engine.url.username or 'you'}: "))


def _new_password(args: argparse.Namespace, login: str) -> tuple[str, bool]:
    """(the new person's password, whether it was generated)."""
    if args.generate:
        return sharing.new_password(), True
    if not sys.stdin.isatty():
        raise InvalidInput("Give {login}'s password on a terminal, or use --generate.", login=login)
    first = _ask(f"New password for {login}: ")
    if _ask("The same again: ") != first:
        raise InvalidInput("The two passwords differ; nothing was changed.")
    return first, False


def _told(login: str, password: str, generated: bool) -> None:
    if generated:
        print(f"Password of {login} (shown once; hand it over in person): {password}")


# --- the actions ---------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    try:
        for line in sharing.init_sharing(engine):
            print(line)
    finally:
        engine.dispose()
    print("The database is set up for sharing. Add people with: schoolaas admin add-counsellor")
    return EXIT_OK


def cmd_add_counsellor(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    try:
        password, generated = _new_password(args, args.login)
        sharing.add_counsellor(engine, args.login, password, schools=args.school, name=args.name)
    finally:
        engine.dispose()
    print(f"Counsellor {args.login} added ({', '.join(args.school)}).")
    _told(args.login, password, generated)
    return EXIT_OK


def cmd_add_admin(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    try:
        password, generated = _new_password(args, args.login)
        sharing.add_admin(engine, args.login, password, name=args.name)
    finally:
        engine.dispose()
    print(f"Admin {args.login} added.")
    _told(args.login, password, generated)
    return EXIT_OK


def cmd_add_students(args: argparse.Namespace) -> int:
    rows = sharing.read_student_rows(args.csv)
    out: Path = args.out or args.csv.with_name(args.csv.name + ".logins.csv")
    if out.exists():
        raise InvalidInput("{path} exists already; give another --out FILE.", path=out)
    engine = open_engine(args)
    try:
        made = sharing.add_students(engine, rows)
    finally:
        engine.dispose()
    body = csv_text(
        ("number", "login", "password"), [(m.student_number, m.role, m.password) for m in made]
    )
    try:
        write_file(out, body)
    except OSError as exc:  # the logins are made: show the passwords rather than lose them
        print(f"schoolaas: cannot write {out} ({exc.strerror}); the passwords:", file=sys.stderr)
        print(body, end="")
        return EXIT_BAD_INPUT
    print(f"{len(made)} student logins added; their passwords are in {out} (owner-only).")
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    try:
        password, generated = _new_password(args, args.login)
        sharing.reset_password(engine, args.login, password)
    finally:
        engine.dispose()
    print(f"The password of {args.login} is changed.")
    _told(args.login, password, generated)
    return EXIT_OK


def cmd_remove_person(args: argparse.Namespace) -> int:
    if not args.force:
        if not sys.stdin.isatty():
            print(
                f"schoolaas: removing {args.login} cannot be undone; "
                "confirm on a terminal or add --force.",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        answer = input(f"Remove the login {args.login}? Type the login to confirm: ")
        if answer.strip() != args.login:
            print("Nothing was removed.")
            return EXIT_BAD_INPUT
    engine = open_engine(args)
    try:
        sharing.remove_person(engine, args.login)
    finally:
        engine.dispose()
    print(f"The login {args.login} is removed.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    try:
        people = sharing.people(engine)
    finally:
        engine.dispose()
    for p in people:
        what = p.student_number or ", ".join(p.schools) or ""
        locked = "" if p.can_log_in else "  (cannot log in)"
        print(f"{p.kind:<11} {p.role:<24} {p.name:<30} {what}{locked}")
    print(f"{len(people)} people.")
    return EXIT_OK
