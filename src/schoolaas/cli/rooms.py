"""Free rooms and room bookings:

    schoolaas rooms free --size N (--period P --slot "Mon 08:15-09:30" ... | --lesson
                         "2026-10-05 08:15-09:30" ...) [--school S] [--kind K] [--course C]
    schoolaas rooms book ROOM --course C [--group G] (--period P --slot ... | --lesson ...)

``free`` lists the rooms free on every lesson of the pattern (nearest to the
school first); ``book`` puts a school course group's lessons in a room
(refused, nothing written, when the room is taken on one of the dates).
Exit 0 when done, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from schoolaas.domain.model import Session
from schoolaas.services.errors import InvalidInput
from schoolaas.services.premises import free_rooms as service
from schoolaas.services.workspace import Workspace

EXIT_OK = 0
PATTERN = (
    "A weekly pattern is --period KEY with one --slot per weekly lesson ('Mon 08:15-09:30'; "
    "the period's exam week is left out); single lessons are --lesson '2026-10-05 08:15-09:30'."
)


def register(subparsers: Any) -> None:
    rooms = subparsers.add_parser(
        "rooms", help="find a free room for a lesson pattern, book it for a course group"
    )
    sub = rooms.add_subparsers(dest="rooms_command", metavar="ACTION", required=True)

    free = sub.add_parser(
        "free",
        help="rooms free on every lesson of a pattern",
        description=f"List the rooms holding --size students that are free on every lesson. "
        f"{PATTERN}",
    )
    _pattern_options(free)
    free.add_argument("--size", type=int, required=True, metavar="N", help="students in the group")
    free.add_argument("--school", metavar="CODE", help="walking times from this school's building")
    free.add_argument("--kind", metavar="KIND", help="only rooms of this kind, e.g. lab")
    free.add_argument(
        "--course", metavar="C", help="a school course group that may move (its own lessons "
        "do not block its room): offering key or course code"
    )  # fmt: skip
    free.add_argument("--group", metavar="G", help="with --course: its study group key")
    free.add_argument("--json", action="store_true", help="JSON output")
    free.set_defaults(func=cmd_free)

    book = sub.add_parser(
        "book",
        help="book a room for a school course group",
        description=f"Put the lessons of a school course group in ROOM: a lesson the group "
        f"has at that time moves there, a missing one is added. {PATTERN}",
    )
    book.add_argument("room", metavar="ROOM", help="room key, e.g. OIH-A101")
    book.add_argument("--course", required=True, metavar="C", help="offering key or course code")
    book.add_argument("--group", metavar="G", help="study group key (when the course has several)")
    _pattern_options(book)
    book.set_defaults(func=cmd_book)


def _pattern_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(  # as cli.add_db_option: --db also after the action
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database: an SQLAlchemy URL (postgresql://...) or an SQLite file path "
        "(default: $SCHOOLAAS_DB, else the planner's own file)",
    )
    parser.add_argument("--period", metavar="KEY", help="school period, e.g. OTA:2026-27/2")
    parser.add_argument(
        "--slot", action="append", default=[], metavar="'DAY HH:MM-HH:MM'", help="weekly lesson"
    )
    parser.add_argument(
        "--lesson", action="append", default=[], metavar="'DATE HH:MM-HH:MM'", help="one lesson"
    )


def lessons_of(ws: Workspace, args: argparse.Namespace) -> tuple[Session, ...]:
    """The lessons of the pattern the options give."""
    if args.lesson and (args.period or args.slot):
        raise InvalidInput("Give either --period with --slot, or --lesson, not both.")
    if args.lesson:
        return service.dated_lessons(service.parse_lesson(text) for text in args.lesson)
    if not args.period:
        raise InvalidInput("Give --period with --slot, or --lesson.")
    slots = [service.parse_slot(text) for text in args.slot]
    return service.weekly_lessons(ws, args.period, slots)


def cmd_free(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace

    ws = open_workspace(args)
    try:
        lessons = lessons_of(ws, args)
        group = service.find_group(ws, args.course, args.group) if args.course else None
        found = service.find_free_rooms(
            ws, lessons, args.size, school=args.school, kind=args.kind, group=group
        )
    finally:
        ws.close()
    first, last = lessons[0].start, lessons[-1].start
    if args.json:
        doc = {
            "lessons": len(lessons),
            "first": first.isoformat(),
            "last": last.isoformat(),
            "size": args.size,
            "rooms": [
                {
                    "room": f.key,
                    "building": f.room.building,
                    "kind": f.room.kind,
                    "capacity": f.room.capacity,
                    "walk_minutes": f.walk,
                }
                for f in found
            ],
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{len(lessons)} lesson(s) {first:%d.%m.%Y}–{last:%d.%m.%Y}, {args.size} students:")
    print(f"{'Room':<16} {'Kind':<14} {'Seats':>5}  Walk")
    for f in found:
        walk = "?" if f.walk is None else f"{f.walk} min"
        print(f"{f.key:<16} {f.room.kind:<14} {f.room.capacity:>5}  {walk}")
    print(f"{len(found)} free room{'s' if len(found) != 1 else ''}")
    return EXIT_OK


def cmd_book(args: argparse.Namespace) -> int:
    from schoolaas.cli.core import open_workspace

    ws = open_workspace(args)
    try:
        lessons = lessons_of(ws, args)
        group = service.find_group(ws, args.course, args.group)
        booking, _ = service.book_room(ws, group, args.room, lessons)
    finally:
        ws.close()
    print(
        f"Booked {booking.room} for {booking.offering_key} {booking.group_key}: "
        f"{len(booking.moved)} lesson(s) moved there, {len(booking.created)} added."
    )
    return EXIT_OK
