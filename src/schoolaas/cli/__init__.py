"""The command line: ``schoolaas [--db URL] COMMAND ...``.

Each command group lives in its own module of this package with a
``register(subparsers)`` function; a command's parser sets
``func=handler`` where ``handler(args) -> int`` returns the exit code.
Every command gets ``--db URL`` (default: $SCHOOLAAS_DB, else the user's
SQLite file), also accepted before the command. Exit codes: 0 ok, 1 open
errors found, 2 bad input (one line on stderr, never a traceback; an
unexpected error is reported the same way, with its traceback only when
SCHOOLAAS_DEBUG is set).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from schoolaas.cli.desktop import app_module, demo_builder
from schoolaas.services.errors import PlannerError

DEBUG_ENV = "SCHOOLAAS_DEBUG"
EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage on one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The full parser; given ``argv`` whose command lives in cli.core, only
    that module is loaded (the other groups pull in PDF and import libraries
    that ``check`` does not need)."""
    parser = _Parser(
        prog="schoolaas",
        description="SchoolaaS Planner: study plans across the upper secondary school and "
        "Aalto University. Without a command the desktop app opens.",
    )
    add_db_option(parser, default=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in _groups_for(argv):
        group.register(subparsers)
    for sub in subparsers.choices.values():
        if not any("--db" in action.option_strings for action in sub._actions):
            add_db_option(sub, default=argparse.SUPPRESS)
    return parser


def _groups_for(argv: Sequence[str] | None) -> list[ModuleType]:
    """The command groups to register: core alone when ``argv`` names one of
    its commands, else all of them."""
    from schoolaas.cli import core

    words = iter(argv or ())
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            if argv is not None and word in core.COMMANDS:
                return [core]
            break
    from schoolaas.cli import (
        admin,
        curriculum,
        imports,
        plan,
        reports,
        rooms,
        setup,
        student_data,
        suggest,
    )

    return [core, imports, reports, rooms, student_data, suggest, admin, setup, curriculum, plan]


def add_db_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database: an SQLAlchemy URL (postgresql://...) or an SQLite file path "
        "(default: $SCHOOLAAS_DB, else the planner's own file)",
    )


def _app_only(words: Sequence[str]) -> tuple[str | None] | None:
    """(the --db value, None when not given) when the command line names no
    command, so the desktop app opens; None when there is a command or an
    option to parse (then the full parser runs). ``--db ""`` stays "": the
    app reports it rather than opening the default database."""
    if not words:
        return (None,)
    if len(words) == 2 and words[0] == "--db":
        return (words[1],)
    if len(words) == 1 and words[0].startswith("--db="):
        return (words[0].removeprefix("--db="),)
    return None


def _open_app_fast(url: str | None) -> int | None:
    """Start the app before any command group (SQLAlchemy, reportlab,
    icalendar) is imported: the window paints first, the worker thread
    loads the rest. None when the app cannot be imported (the normal path
    then prints why)."""
    app = app_module()
    if app is None:
        return None
    code: int = app.run(url, first_run=demo_builder)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    words = list(argv) if argv is not None else sys.argv[1:]
    app_only = _app_only(words)
    if app_only is not None:
        app_code = _open_app_fast(app_only[0])
        if app_code is not None:
            return app_code
    from sqlalchemy.exc import SQLAlchemyError

    parser = build_parser(words)
    args = parser.parse_args(words)  # --help and bad usage exit here (0 / 2), as argparse does
    try:
        if getattr(args, "func", None) is None:
            from schoolaas.cli.core import open_app

            return open_app(args)
        code: int = args.func(args)
        return code
    except PlannerError as exc:
        return fail(str(exc))
    except SQLAlchemyError as exc:
        first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["?"])[0]
        return fail(f"database error: {first}")
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get(DEBUG_ENV):
            raise
        return fail(
            f"unexpected error ({type(exc).__name__}: {exc}); "
            f"run with {DEBUG_ENV}=1 for the details"
        )


def fail(message: str) -> int:
    print(f"schoolaas: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
