"""iCalendar timetables (.ics) -> dated events, pure (no database, no Qt).

Reads Sisu study-calendar exports (``PRODID:-//Funidata//SISU//FI``), Peppi
exports and school timetables: folded lines and escapes (the icalendar
library), UTC times, TZID times, floating times (taken as Helsinki time),
weekly and other RRULEs (expanded here with dateutil, capped), EXDATE and
RECURRENCE-ID overrides. Each event names candidate course codes and a
study group found in its SUMMARY, and the rooms in its LOCATION; the
services decide which offering and room they belong to.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from schoolaas.domain.model import SessionKind
from schoolaas.io.errors import ParseError, Problem, parse_located
from schoolaas.io.files import MAX_BYTES, decode_text, read_bytes
from schoolaas.io.ics_rooms import RoomRef, split_location
from schoolaas.io.ics_rules import RecurrenceError, is_open_ended, occurrences
from schoolaas.io.ics_text import candidate_codes, group_in, is_exam_text

HELSINKI = ZoneInfo("Europe/Helsinki")
MAX_UID = 200  # SessionRow.uid
# Sessions one file may hold once its repeat rules are expanded: a school's
# whole year is some 20,000; without a cap, 420 KB of repeating events grew
# past 1.2 GB in memory.
MAX_EVENTS = 50_000


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One dated occurrence. ``uid`` is stable across re-imports: the UID,
    plus ``#YYYYMMDDTHHMM`` of the occurrence for recurring events."""

    uid: str
    line: int  # line of the BEGIN:VEVENT in the file
    summary: str
    start: datetime  # naive Helsinki time
    end: datetime
    location: str = ""
    rooms: tuple[RoomRef, ...] = ()
    codes: tuple[str, ...] = ()  # course codes named in SUMMARY, first = most likely
    group: str | None = None  # "L01", "H02" when SUMMARY names one
    kind: SessionKind = SessionKind.TEACHING
    open_ended: bool = False  # from a rule without COUNT/UNTIL (expanded a year ahead)


@dataclass(slots=True)
class IcsParse:
    events: list[IcsEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    prodid: str = ""

    @property
    def source(self) -> str:
        """ "sisu", "peppi" or "ics" from PRODID (for the report)."""
        low = self.prodid.lower()
        if "funidata" in low or "sisu" in low:
            return "sisu"
        if "peppi" in low:
            return "peppi"
        return "ics"


def load_file(path: str | Path, *, limit: int = MAX_BYTES) -> IcsParse:
    data = read_bytes(path, limit=limit)
    text = decode_text(data, path=path, expected="an iCalendar file")
    return parse_located(path, lambda: parse_ics(text))


def parse_ics(text: str, *, max_events: int = MAX_EVENTS) -> IcsParse:
    """Parse iCalendar text into events and problems (skipped events). A
    truncated file (a component left open) and a file that expands to more
    than ``max_events`` sessions are refused whole (ParseError)."""
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ParseError("not an iCalendar file (no BEGIN:VCALENDAR)")
    _check_complete(text)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # the library raises many types on bad input
        raise ParseError(f"not a valid iCalendar file: {_short(exc)}") from None
    lines = _event_lines(text)
    out = IcsParse()
    masters: list[tuple[int, icalendar.cal.Component]] = []
    overrides: dict[str, list[tuple[int, icalendar.cal.Component]]] = {}
    number = 0
    for calendar in calendars:
        if not out.prodid:
            out.prodid = str(calendar.get("PRODID") or "")
        for component in calendar.walk("VEVENT"):
            line = lines[number] if number < len(lines) else 0
            number += 1
            if component.get("RECURRENCE-ID") is not None:
                overrides.setdefault(_uid_text(component), []).append((line, component))
            else:
                masters.append((line, component))
    seen: dict[str, int] = {}
    for line, component in masters:
        _add_event(out, line, component, overrides, seen)
        _check_count(out, line, component, max_events)
    for uid, orphans in overrides.items():  # moved occurrences without their series
        for line, component in orphans:
            _add_orphan(out, uid, line, component)
            _check_count(out, line, component, max_events)
    return out


def _check_count(out: IcsParse, line: int, component: icalendar.cal.Component, limit: int) -> None:
    if len(out.events) > limit:
        name = _str(component.get("SUMMARY")) or _uid_text(component) or "(no name)"
        raise ParseError(
            f"too many sessions: with the repeats of event {name[:80]!r} expanded the file "
            f"holds more than {limit:,} (the limit of one import); split the file",
            where=f"line {line}",
        )


_COMPONENT_LINE = re.compile(r"(BEGIN|END):([A-Z0-9-]+)\s*$", re.IGNORECASE)


def _check_complete(text: str) -> None:
    """ParseError when a component is closed out of turn or left open (a
    truncated file: the library would read no events from it, silently)."""
    open_: list[tuple[str, int]] = []
    number = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        found = _COMPONENT_LINE.match(raw.strip())
        if found is None:
            continue
        kind, name = found.group(1).upper(), found.group(2).upper()
        if kind == "BEGIN":
            open_.append((name, number))
        elif not open_ or open_[-1][0] != name:
            expected = f"END:{open_[-1][0]}" if open_ else "nothing"
            raise ParseError(f"END:{name} where {expected} was expected", where=f"line {number}")
        else:
            open_.pop()
    if open_:
        name, began = open_[-1]
        inside = "" if name == "VCALENDAR" else f" inside BEGIN:{name} of line {began}"
        raise ParseError(
            f"the file ends{inside} without END:{name}"
            f"{'' if name == 'VCALENDAR' else ' nor END:VCALENDAR'}: it is cut short "
            "(truncated); export or download it again",
            where=f"line {number}",
        )


def _add_orphan(out: IcsParse, uid: str, line: int, component: icalendar.cal.Component) -> None:
    try:
        event = _base(component, line)
        tag = _recurrence_id(component)
    except ValueError as exc:
        out.problems.append(Problem(line, uid[:MAX_UID], str(exc), line=True))
        return
    except Exception as exc:  # anything else the library throws on odd input
        out.problems.append(Problem(line, uid[:MAX_UID], f"unreadable event: {_short(exc)}", True))
        return
    out.events.append(_with_uid(event, f"{(uid or 'nouid')[: MAX_UID - 14]}#{tag}"))


def _add_event(
    out: IcsParse,
    line: int,
    component: icalendar.cal.Component,
    overrides: dict[str, list[tuple[int, icalendar.cal.Component]]],
    seen: dict[str, int],
) -> None:
    uid = _uid_text(component)
    try:
        base = _base(component, line)
        if not uid:
            uid = "nouid-" + _digest(base.summary, base.start, base.end, base.location)
        if uid in seen:
            raise ValueError(f"duplicate UID, first seen on line {seen[uid]}")
        seen[uid] = line
        replaced = {}
        for o_line, o_comp in overrides.pop(uid, []):
            try:
                replaced[_recurrence_id(o_comp)] = _base(o_comp, o_line)
            except ValueError as exc:
                out.problems.append(Problem(o_line, uid[:MAX_UID], str(exc), line=True))
        starts = occurrences(component, base.start, HELSINKI)
    except (ValueError, RecurrenceError) as exc:
        out.problems.append(Problem(line, uid[:MAX_UID], str(exc), line=True))
        return
    except Exception as exc:  # anything else the library throws on odd input
        out.problems.append(Problem(line, uid[:MAX_UID], f"unreadable event: {_short(exc)}", True))
        return
    length = base.end - base.start
    recurring = component.get("RRULE") is not None or component.get("RDATE") is not None
    open_ended = is_open_ended(component)
    for start in starts:
        if recurring:
            tag = start.strftime("%Y%m%dT%H%M")
            event = replaced.pop(tag, None) or _shift(base, start, start + length)
            out.events.append(
                _with_uid(event, f"{uid[: MAX_UID - 14]}#{tag}", open_ended=open_ended)
            )
        else:
            out.events.append(_with_uid(base, uid[:MAX_UID]))
    for tag, event in replaced.items():  # overrides of dates the rule does not produce
        out.events.append(_with_uid(event, f"{uid[: MAX_UID - 14]}#{tag}"))


def _base(component: icalendar.cal.Component, line: int) -> IcsEvent:
    errors = getattr(component, "errors", None) or []
    for prop, message in errors:
        if str(prop).upper() in {"DTSTART", "DTEND", "DURATION", "RRULE", "RECURRENCE-ID"}:
            raise ValueError(f"{prop}: {message}")
    start = _when(component, "DTSTART")
    end = _end(component, start)
    if end <= start:
        raise ValueError(f"ends ({end:%Y-%m-%d %H:%M}) before it starts ({start:%Y-%m-%d %H:%M})")
    if end - start > _MAX_LENGTH:
        raise ValueError("lasts more than 24 hours; not a lesson")
    summary = _str(component.get("SUMMARY"))
    location = _str(component.get("LOCATION"))
    description = _str(component.get("DESCRIPTION"))
    return IcsEvent(
        uid="",
        line=line,
        summary=summary,
        start=start,
        end=end,
        location=location,
        rooms=split_location(location),
        codes=candidate_codes(summary),
        group=group_in(summary),
        kind=SessionKind.EXAM if is_exam_text(summary, description) else SessionKind.TEACHING,
    )


_MAX_LENGTH = timedelta(hours=24)


def _when(component: icalendar.cal.Component, name: str) -> datetime:
    prop = component.get(name)
    if prop is None:
        raise ValueError(f"{name} is missing")
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return to_local(value)
    if isinstance(value, date):
        raise ValueError(f"{name} is a whole day ({value.isoformat()}), not a time")
    raise ValueError(f"{name} is not a date-time")


def _end(component: icalendar.cal.Component, start: datetime) -> datetime:
    if component.get("DTEND") is not None:
        return _when(component, "DTEND")
    duration = component.get("DURATION")
    if duration is not None and hasattr(duration, "dt"):
        length = duration.dt
        if isinstance(length, timedelta):
            return start + length
    raise ValueError("has neither DTEND nor DURATION")


def _recurrence_id(component: icalendar.cal.Component) -> str:
    return _when(component, "RECURRENCE-ID").strftime("%Y%m%dT%H%M")


def to_local(value: datetime) -> datetime:
    """Naive Helsinki wall time; floating times are taken as Helsinki time."""
    if value.tzinfo is None:
        return value.replace(second=0, microsecond=0)
    return value.astimezone(HELSINKI).replace(tzinfo=None, second=0, microsecond=0)


def _shift(event: IcsEvent, start: datetime, end: datetime) -> IcsEvent:
    return replace(event, start=start, end=end)


def _with_uid(event: IcsEvent, uid: str, *, open_ended: bool = False) -> IcsEvent:
    return replace(event, uid=uid, open_ended=open_ended)


def _uid_text(component: icalendar.cal.Component) -> str:
    return _str(component.get("UID"))


def _str(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice
        value = value[0] if value else ""
    return " ".join(str(value).split())


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _event_lines(text: str) -> list[int]:
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if re.match(r"\s*BEGIN:VEVENT\s*$", line, re.IGNORECASE)
    ]


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
