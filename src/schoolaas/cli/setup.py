"""School setup and school calendar commands:

    schoolaas setup list KIND [--school CODE]
    schoolaas setup add KIND FIELD=VALUE ...
    schoolaas setup change KIND KEY FIELD=VALUE ...
    schoolaas setup remove KIND KEY
    schoolaas setup walking-speed [METRES_PER_MINUTE]
    schoolaas calendar import FILE [--dry-run] [--all] [--new]
    schoolaas calendar export FILE      (- for standard output)
    schoolaas package export SCHOOL FILE [--all-aalto]
    schoolaas package import FILE [--dry-run] [--new]
    schoolaas package plan FILE [--dry-run]

KIND is school | year | period | holiday | building | room | travel |
matriculation. KEY names one record: a school, building or room code
("OTA", "OIH", "OIH-A101"), a school year "OTA:2026-27", a period
"OTA:2026-27/2", a holiday's id (shown by list), a travel pair
"tapiola:otaniemi", a matriculation day "2027-03-24:MA". Exit 0 when done, 2
on bad input or a refused edit, with one line on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from schoolaas.services import setup
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.setup import calendar_file, package

EXIT_OK = 0
DRY_RUN = "show what would change, write nothing"
KINDS = [k.value for k in setup.SetupKind]
KEYS = {
    "school": "CODE",
    "year": "SCHOOL:YEAR",
    "period": "SCHOOL:YEAR/NUMBER",
    "holiday": "ID",
    "building": "CODE",
    "room": "BUILDING-CODE",
    "travel": "SITE:SITE",
    "matriculation": "DATE:SUBJECT",
}


def register(subparsers: Any) -> None:
    kinds = " | ".join(KINDS)
    sub = subparsers.add_parser(
        "setup",
        help="list, add, change and remove the school's calendar and premises",
        description="The school setup: schools, school years, periods and exam weeks, "
        "holidays, buildings, rooms, travel times between sites and matriculation exam days. "
        "Fields are given as FIELD=VALUE (dates as 2026-10-12). Keys: "
        + "; ".join(f"{k} {v}" for k, v in KEYS.items()),
    )
    actions = sub.add_subparsers(dest="action", metavar="ACTION", parser_class=type(sub))
    listing = actions.add_parser("list", help="list the records of KIND")
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help=kinds)
    listing.add_argument("--school", metavar="CODE", help="only this school's records")
    listing.set_defaults(func=cmd_list)
    add = actions.add_parser("add", help="add a record: FIELD=VALUE for each field")
    add.add_argument("kind", choices=KINDS, metavar="KIND", help=kinds)
    add.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    add.set_defaults(func=cmd_add)
    change = actions.add_parser("change", help="change fields of the record KEY")
    change.add_argument("kind", choices=KINDS, metavar="KIND", help=kinds)
    change.add_argument("key", metavar="KEY")
    change.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(func=cmd_change)
    remove = actions.add_parser("remove", help="remove the record KEY (refused while it is used)")
    remove.add_argument("kind", choices=KINDS, metavar="KIND", help=kinds)
    remove.add_argument("key", metavar="KEY")
    remove.set_defaults(func=cmd_remove)
    walking = actions.add_parser("walking-speed", help="show or set the campus walking speed")
    walking.add_argument("speed", nargs="?", type=float, metavar="METRES_PER_MINUTE")
    walking.set_defaults(func=cmd_walking)

    cal = subparsers.add_parser(
        "calendar",
        help="import or export the school calendar file (TOML)",
        description="The school calendar file (docs/school-calendar.md): the school's "
        "premises, travel, schools, years, periods, holidays and matriculation days in one "
        "TOML file. Import is one transaction; importing the same file again changes nothing.",
    )
    cal_actions = cal.add_subparsers(dest="action", metavar="ACTION", parser_class=type(cal))
    imp = cal_actions.add_parser("import", help="import a school calendar file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.add_argument("--all", action="store_true", help="list every record, not the first 40")
    imp.add_argument(
        "--new",
        action="store_true",
        help="make the database when there is none yet (empty: no demo data)",
    )
    imp.set_defaults(func=cmd_calendar_import)
    exp = cal_actions.add_parser("export", help="write the school calendar file")
    exp.add_argument("file", metavar="FILE", help="the file to write, or - for standard output")
    exp.set_defaults(func=cmd_calendar_export)
    pkg = subparsers.add_parser(
        "package",
        help="the school package: publish it, load it at home, take a student's plan back",
        description="A school package (one ZIP) holds the school calendar, the school's course "
        "groups with their lessons and the Aalto offerings open to its students. A student "
        "loads it into an empty database of their own and plans there; their plan comes back "
        "as a plan file ('package plan'), whose acceptances, grades and completed statuses "
        "are ignored (only a counsellor records them).",
    )
    pkg_actions = pkg.add_subparsers(dest="action", metavar="ACTION", parser_class=type(pkg))
    pexp = pkg_actions.add_parser("export", help="write the school package of SCHOOL")
    pexp.add_argument("school", metavar="SCHOOL", help="school code, e.g. OTA")
    pexp.add_argument("file", metavar="FILE")
    pexp.add_argument(
        "--all-aalto", action="store_true", help="every Aalto offering, not only those with seats"
    )
    pexp.set_defaults(func=cmd_package_export)
    pimp = pkg_actions.add_parser("import", help="load a school package into an empty database")
    pimp.add_argument("file", metavar="FILE")
    pimp.add_argument("--dry-run", action="store_true", help=DRY_RUN)
    pimp.add_argument("--new", action="store_true", help="make the database when there is none")
    pimp.set_defaults(func=cmd_package_import)
    pplan = pkg_actions.add_parser(
        "plan", help="take a student's plan file back (their plans, not grades or acceptances)"
    )
    pplan.add_argument("file", metavar="FILE")
    pplan.add_argument("--dry-run", action="store_true", help=DRY_RUN)
    pplan.set_defaults(func=cmd_package_plan)
    for nested in (
        *actions.choices.values(), *cal_actions.choices.values(), *pkg_actions.choices.values()
    ):
        nested.add_argument(  # as cli/__init__.add_db_option, for the nested commands
            "--db",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="database: an SQLAlchemy URL (postgresql://...) or an SQLite file path "
            "(default: $SCHOOLAAS_DB, else the planner's own file)",
        )


def _workspace(args: argparse.Namespace, *, create: bool = False) -> Any:
    from schoolaas.cli.core import open_workspace

    return open_workspace(args, create=create)


# --- setup -------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        found = setup.records(ws, args.kind)
    finally:
        ws.close()
    if args.school:
        code = args.school.strip().upper()
        found = [r for r in found if getattr(r, "school", getattr(r, "code", None)) == code]
    for record in found:
        print(line_of(record))
    print(f"{len(found)} {args.kind} record{'s' if len(found) != 1 else ''}")
    return EXIT_OK


def line_of(record: object) -> str:
    """One record as FIELD=VALUE words (what ``add`` takes back)."""
    words = []
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if value is None:
            continue
        text = value.value if hasattr(value, "value") else str(value)
        words.append(f"{f.name}={_quoted(text)}")
    return "  ".join(words)


def _quoted(text: str) -> str:
    return f'"{text}"' if (" " in text or not text) else text


def cmd_add(args: argparse.Namespace) -> int:
    cls = setup.RECORD_TYPES[setup.SetupKind(args.kind)]
    values = _values(args.values, cls)
    missing = [f.name for f in fields(cls) if f.name not in values and _required(f)]
    if missing:
        raise InvalidInput(
            "Adding a {kind} needs {missing} (as FIELD=VALUE).",
            kind=args.kind,
            missing=", ".join(f"{m}=…" for m in missing),
        )
    record = cls(**values)
    ws = _workspace(args)
    try:
        done = setup.add(ws, record)
    finally:
        ws.close()
    print(f"Added {args.kind}: {line_of(done.snapshot['after'])}")
    return EXIT_OK


def cmd_change(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        before = find(ws, args.kind, args.key)
        after = replace(before, **_values(args.values, type(before)))
        done = setup.change(ws, before, after)
    finally:
        ws.close()
    print(f"Changed {args.kind}: {line_of(done.snapshot['after'])}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        record = find(ws, args.kind, args.key)
        setup.remove(ws, record)
    finally:
        ws.close()
    print(f"Removed {args.kind}: {line_of(record)}")
    return EXIT_OK


def cmd_walking(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        if args.speed is not None:
            setup.set_walking_speed(ws, args.speed)
        speed = setup.walking_speed(ws)
    finally:
        ws.close()
    print(f"Campus walking speed: {speed:g} metres per minute")
    return EXIT_OK


def find(ws: Any, kind: str, key: str) -> setup.Record:
    """The stored record of ``kind`` named by ``key`` (see KEYS)."""
    wanted = key.strip()
    for record in setup.records(ws, kind):
        if _key_text(record) == wanted or _key_text(record).upper() == wanted.upper():
            return record
    raise NotFound(
        "There is no {kind} {key} (the key is {form}; see schoolaas setup list {kind}).",
        kind=kind,
        key=key,
        form=KEYS[kind],
    )


def _key_text(record: object) -> str:
    if isinstance(record, setup.SchoolRecord | setup.Building):
        return record.code
    if isinstance(record, setup.SchoolYearRecord):
        return f"{record.school}:{record.year}"
    if isinstance(record, setup.PeriodRecord | setup.Room):
        return record.key
    if isinstance(record, setup.HolidayRecord):
        return str(record.id)
    if isinstance(record, setup.TravelRecord):
        return ":".join(record.key)
    if isinstance(record, setup.MatriculationDayRecord):
        return f"{record.day.isoformat()}:{record.subject}"
    return ""


def _required(f: Any) -> bool:
    from dataclasses import MISSING

    return f.default is MISSING and f.default_factory is MISSING


def _values(words: list[str], cls: type) -> dict[str, Any]:
    """FIELD=VALUE words as typed values of ``cls``'s fields."""
    kinds = {f.name: str(f.type) for f in fields(cls)}
    out: dict[str, Any] = {}
    for word in words:
        name, sep, text = word.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in kinds or name == "id":
            raise InvalidInput(
                "{word!r}: give FIELD=VALUE with FIELD one of {names}.",
                word=word,
                names=", ".join(n for n in kinds if n != "id"),
            )
        out[name] = _typed(name, kinds[name], text.strip())
    return out


def _typed(name: str, kind: str, text: str) -> Any:
    try:
        if "date" in kind:
            return None if (text == "" and "None" in kind) else date.fromisoformat(text)
        if kind.startswith("int"):
            return int(text)
        if kind.startswith("float"):
            return float(text.replace(",", "."))
        if kind.startswith("bool"):
            if text.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise ValueError(text)
            return text.lower() in ("true", "yes", "1")
        if "HolidayKind" in kind:
            return setup.HolidayKind(text)
    except ValueError:
        raise InvalidInput(
            "{name}={text!r}: not {what}.",
            name=name,
            text=text,
            what=_WHAT.get(kind.split(" ")[0], "a valid value"),
        ) from None
    return text


_WHAT = {
    "date": "a date like 2026-10-12",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "HolidayKind": "holiday or no-teaching",
}


# --- calendar file --------------------------------------------------------------------


def _import_workspace(args: argparse.Namespace, scratch: Path) -> Any:
    """Where an import goes. A dry run with ``--new`` for a database that is
    not there yet runs against an empty throw-away database in ``scratch``:
    a dry run writes nothing, not even the empty file."""
    if args.dry_run and args.new and _database_missing(args):
        from schoolaas.cli.core import open_workspace

        return open_workspace(argparse.Namespace(db=str(scratch / "dry-run.sqlite3")), create=True)
    return _workspace(args, create=args.new)


def _database_missing(args: argparse.Namespace) -> bool:
    from schoolaas.data.url import default_db_path, is_default, missing_database

    url = getattr(args, "db", None)
    if is_default(url):
        return not default_db_path().exists()
    return missing_database(url) is not None


def cmd_calendar_import(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="schoolaas-dry-run-") as scratch:
        return _calendar_import(args, Path(scratch))


def _calendar_import(args: argparse.Namespace, scratch: Path) -> int:
    ws = _import_workspace(args, scratch)
    try:
        report = calendar_file.import_calendar(ws, args.file, dry_run=args.dry_run)
    finally:
        ws.close()
    for line in report.lines(limit=1_000_000 if args.all else 40):
        print(line)
    return EXIT_OK


def cmd_calendar_export(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        if args.file == "-":
            sys.stdout.write(calendar_file.calendar_text(ws))
            return EXIT_OK
        path = calendar_file.export_calendar(ws, args.file)
    finally:
        ws.close()
    print(f"Wrote the school calendar to {path}")
    return EXIT_OK


# --- school package -----------------------------------------------------------------


def cmd_package_export(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        done = package.export_package(ws, args.school, args.file, all_aalto=args.all_aalto)
    finally:
        ws.close()
    print(
        f"Wrote the school package of {done.school} to {done.path}: "
        f"{done.school_offerings} school course groups, {done.aalto_offerings} Aalto "
        f"offerings, {done.sessions} dated sessions"
    )
    return EXIT_OK


def cmd_package_import(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="schoolaas-dry-run-") as scratch:
        return _package_import(args, Path(scratch))


def _package_import(args: argparse.Namespace, scratch: Path) -> int:
    ws = _import_workspace(args, scratch)
    try:
        report = package.import_package(ws, args.file, dry_run=args.dry_run)
    finally:
        ws.close()
    for line in report.lines():
        print(line)
    return EXIT_OK


def cmd_package_plan(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        report = package.import_student_plan(ws, args.file, dry_run=args.dry_run)
    finally:
        ws.close()
    for line in report.lines():
        print(line)
    return EXIT_OK
