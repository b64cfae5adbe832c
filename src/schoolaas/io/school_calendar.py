"""The school calendar file: a school's world in one TOML file
(docs/school-calendar.md), read with the standard library's tomllib and
written with tomli-w. Pure: text in, :class:`CalendarData` out, and back.

Every problem is a ParseError naming the place: the table and entry
("[[periods]] entry 3, OTA:2026-27/2"), the key, and the line of the
entry's header where the file writes entries as ``[[periods]]`` tables.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from schoolaas.io.errors import ParseError, parse_located
from schoolaas.io.files import MAX_BYTES, decode_text, read_bytes
from schoolaas.io.school_calendar_records import (
    Building,
    CalendarData,
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    Room,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
)

FORMAT = "schoolaas-school-calendar"
VERSION = 1
MAX_ENTRIES = 50_000  # per table: far above any real school's
TABLES = ("buildings", "rooms", "travel", "schools", "years", "periods", "holidays",
          "matriculation")  # fmt: skip
T = TypeVar("T")


class _Entry:
    """One entry of an array of tables, with what a message needs."""

    def __init__(self, table: str, index: int, values: object, line: int | None) -> None:
        self.table, self.index, self.line = table, index, line
        self.values: dict[str, Any] = values if isinstance(values, dict) else {}
        self.used: set[str] = set()
        if not isinstance(values, dict):
            raise self.fail(None, f"must be a table of keys, not {type(values).__name__}")

    def where(self, key: str | None = None) -> str:
        name = self.values.get("code") or self.values.get("name")
        ident = f" ({name})" if isinstance(name, str) and name else ""
        line = f", line {self.line}" if self.line else ""
        place = f"[[{self.table}]] entry {self.index + 1}{ident}{line}"
        return f"{place}, key {key!r}" if key else place

    def fail(self, key: str | None, reason: str) -> ParseError:
        return ParseError(reason, where=self.where(key))

    def get(self, key: str, kind: type[T], default: T | None = None, *, required: bool = True) -> T:
        self.used.add(key)
        if key not in self.values:
            if default is not None or not required:
                return default  # type: ignore[return-value]
            raise self.fail(key, "is missing")
        value = self.values[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is date and isinstance(value, str):
            value = _iso_date(value, self, key)
        if kind is date and isinstance(value, datetime):
            raise self.fail(key, "must be a date like 2026-10-12, without a time")
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"must be {_KIND_WORDS.get(kind, kind.__name__)}, not {value!r}")
        if kind is float and not math.isfinite(value):  # type: ignore[arg-type]
            raise self.fail(key, f"must be a finite number, not {value!r}")
        if kind is str and len(value) > 400:  # type: ignore[arg-type]
            raise self.fail(key, "is too long (more than 400 characters)")
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self.get(key, str, default)
        if default is None and not value.strip():
            raise self.fail(key, "is empty")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.get(key, list)
        if not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a non-empty list of texts")
        return [str(v) for v in value]

    def done(self) -> None:
        extra = sorted(set(self.values) - self.used)
        if extra:
            raise self.fail(extra[0], "is not a key of this table (a typing error?)")


_KIND_WORDS: dict[type, str] = {
    str: "a text in quotes",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    date: "a date like 2026-10-12",
    list: "a list [ … ]",
}


def _iso_date(text: str, entry: _Entry, key: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise entry.fail(key, f"{text!r} is not a date like 2026-10-12") from None


def _header_lines(text: str) -> dict[str, list[int]]:
    """The line of each ``[[table]]`` header, per table, in order."""
    found: dict[str, list[int]] = defaultdict(list)
    pattern = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            found[match.group(1)].append(number)
    return found


def parse_calendar(text: str) -> CalendarData:
    """The calendar in ``text``; ParseError naming the place of the first problem."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParseError(f"not valid TOML: {exc}") from None
    if doc.get("format") != FORMAT:
        raise ParseError(
            f'the first keys must be format = "{FORMAT}" and version = {VERSION} '
            "(see docs/school-calendar.md)",
            where="key 'format'",
        )
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ParseError(f"must be a whole number ({VERSION})", where="key 'version'")
    if version > VERSION:
        raise ParseError(
            f"version {version} is newer than this program reads ({VERSION}); "
            "update the planner",
            where="key 'version'",
        )
    unknown = sorted(set(doc) - {"format", "version", "campus", *TABLES})
    if unknown:
        raise ParseError("is not a table of the school calendar file", where=f"key {unknown[0]!r}")
    lines = _header_lines(text)
    walking = _campus(doc.get("campus", {}))
    return CalendarData(
        buildings=tuple(_each(doc, "buildings", lines, _building)),
        rooms=tuple(_each(doc, "rooms", lines, _room)),
        travel=tuple(_each(doc, "travel", lines, _travel)),
        walking_m_per_min=walking,
        schools=tuple(_each(doc, "schools", lines, _school)),
        years=tuple(_each(doc, "years", lines, _year)),
        periods=tuple(_each(doc, "periods", lines, _period)),
        holidays=tuple(h for hs in _each(doc, "holidays", lines, _holidays) for h in hs),
        matriculation=tuple(
            m for ms in _each(doc, "matriculation", lines, _matriculation) for m in ms
        ),
    )


def load_file(path: str | Path, *, limit: int = MAX_BYTES) -> CalendarData:
    """Read and parse the school calendar file at ``path``."""
    text = decode_text(read_bytes(path, limit=limit), path=path, expected="a TOML file")
    return parse_located(path, lambda: parse_calendar(text))


def _campus(value: object) -> float:
    from schoolaas.domain.premises import WALKING_M_PER_MIN

    if not isinstance(value, dict):
        raise ParseError("must be a table [campus]", where="key 'campus'")
    extra = sorted(set(value) - {"walking_m_per_min"})
    if extra:
        raise ParseError("is not a key of [campus]", where=f"[campus], key {extra[0]!r}")
    speed = value.get("walking_m_per_min", WALKING_M_PER_MIN)
    if isinstance(speed, bool) or not isinstance(speed, int | float) or not math.isfinite(speed):
        raise ParseError("must be a number (metres per minute)",
                         where="[campus], key 'walking_m_per_min'")  # fmt: skip
    return float(speed)


def _each(
    doc: dict[str, Any], table: str, lines: dict[str, list[int]], make: Callable[[_Entry], T]
) -> list[T]:
    values = doc.get(table, [])
    if not isinstance(values, list):
        raise ParseError(f"must be an array of tables [[{table}]]", where=f"key {table!r}")
    if len(values) > MAX_ENTRIES:
        raise ParseError(f"more than {MAX_ENTRIES} entries", where=f"[[{table}]]")
    headers = lines.get(table, [])
    use_lines = len(headers) == len(values)
    out = []
    for index, values_of in enumerate(values):
        entry = _Entry(table, index, values_of, headers[index] if use_lines else None)
        made = make(entry)
        entry.done()
        out.append(made)
    return out


def _building(e: _Entry) -> Building:
    return Building(
        code=e.text("code"),
        name=e.text("name"),
        address=e.text("address", ""),
        site=e.text("site"),
        lat=_coordinate(e, "lat", 90),
        lon=_coordinate(e, "lon", 180),
    )


def _coordinate(e: _Entry, key: str, most: float) -> float:
    value = e.get(key, float)
    if not -most <= value <= most:
        raise e.fail(key, f"{value} is not a WGS84 coordinate (-{most:g}…{most:g})")
    return value


def _room(e: _Entry) -> Room:
    return Room(
        building=e.text("building"),
        code=e.text("code"),
        capacity=e.get("capacity", int),
        kind=e.text("kind", "classroom"),
        accessible=e.get("accessible", bool, True),
    )


def _travel(e: _Entry) -> TravelRecord:
    return TravelRecord(e.text("from"), e.text("to"), e.get("minutes", int))


def _school(e: _Entry) -> SchoolRecord:
    return SchoolRecord(
        code=e.text("code"),
        name=e.text("name"),
        building=e.text("building"),
        curriculum=e.text("curriculum", "LOPS2021"),
    )


def _year(e: _Entry) -> SchoolYearRecord:
    start, end = e.get("start", date), e.get("end", date)
    return SchoolYearRecord(e.text("school"), e.text("year"), start, end)


def _period(e: _Entry) -> PeriodRecord:
    return PeriodRecord(
        school=e.text("school"),
        year=e.text("year"),
        number=e.get("number", int),
        start=e.get("start", date),
        end=e.get("end", date),
        exam_start=e.get("exam_start", date, required=False),
        exam_end=e.get("exam_end", date, required=False),
    )


def _holidays(e: _Entry) -> list[HolidayRecord]:
    """One record per school: ``school = "OTA"`` or ``schools = ["OTA", "TAP"]``."""
    if ("school" in e.values) == ("schools" in e.values):
        raise e.fail(None, "give either school = \"…\" or schools = [\"…\", …]")
    schools = [e.text("school")] if "school" in e.values else e.strings("schools")
    start = e.get("start", date)
    end = e.get("end", date, start)
    try:
        kind = HolidayKind(e.text("kind", HolidayKind.HOLIDAY.value))
    except ValueError:
        raise e.fail("kind", "must be \"holiday\" or \"no-teaching\"") from None
    name = e.text("name")
    return [HolidayRecord(s, name, start, end, kind) for s in schools]


def _matriculation(e: _Entry) -> list[MatriculationDayRecord]:
    day = e.get("day", date)
    return [MatriculationDayRecord(day, s) for s in e.strings("subjects")]


# --- writing -----------------------------------------------------------------------


def dump_calendar(data: CalendarData, *, comment: str = "") -> str:
    """The TOML text of ``data`` (what :func:`parse_calendar` reads back)."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    doc["campus"] = {"walking_m_per_min": data.walking_m_per_min}
    doc["buildings"] = [
        {"code": b.code, "name": b.name, "address": b.address, "site": b.site,
         "lat": b.lat, "lon": b.lon}
        for b in data.buildings
    ]  # fmt: skip
    doc["rooms"] = [
        {"building": r.building, "code": r.code, "capacity": r.capacity, "kind": r.kind,
         "accessible": r.accessible}
        for r in data.rooms
    ]  # fmt: skip
    doc["travel"] = [{"from": t.site_a, "to": t.site_b, "minutes": t.minutes} for t in data.travel]
    doc["schools"] = [
        {"code": s.code, "name": s.name, "building": s.building, "curriculum": s.curriculum}
        for s in data.schools
    ]
    doc["years"] = [
        {"school": y.school, "year": y.year, "start": y.start, "end": y.end} for y in data.years
    ]
    doc["periods"] = [_period_doc(p) for p in data.periods]
    doc["holidays"] = _holiday_docs(data.holidays)
    doc["matriculation"] = _matriculation_docs(data.matriculation)
    head = "# SchoolaaS school calendar (docs/school-calendar.md)\n"
    if comment:
        head += "".join(f"# {line}\n" for line in comment.splitlines())
    parts = [head + tomli_w.dumps({"format": FORMAT, "version": VERSION})]
    parts.append("[campus]\n" + tomli_w.dumps(doc["campus"]))
    for table in TABLES:  # every entry as its own [[table]]: one line to point at
        parts.extend(f"[[{table}]]\n" + tomli_w.dumps(entry) for entry in doc[table])
    return "\n".join(parts)


def _period_doc(p: PeriodRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"school": p.school, "year": p.year, "number": p.number,
                           "start": p.start, "end": p.end}  # fmt: skip
    if p.exam_start is not None and p.exam_end is not None:
        out["exam_start"], out["exam_end"] = p.exam_start, p.exam_end
    return out


def _holiday_docs(holidays: tuple[HolidayRecord, ...]) -> list[dict[str, Any]]:
    """Holidays the same at several schools written once, with ``schools``."""
    grouped: dict[tuple[str, date, date, str], list[str]] = defaultdict(list)
    for h in holidays:
        grouped[(h.name, h.start, h.end, h.kind.value)].append(h.school)
    out = []
    for (name, start, end, kind), schools in sorted(grouped.items(), key=lambda t: t[0][1:]):
        doc: dict[str, Any] = {"name": name}
        if len(schools) == 1:
            doc["school"] = schools[0]
        else:
            doc["schools"] = sorted(schools)
        doc["start"] = start
        if end != start:
            doc["end"] = end
        if kind != HolidayKind.HOLIDAY.value:
            doc["kind"] = kind
        out.append(doc)
    return out


def _matriculation_docs(days: tuple[MatriculationDayRecord, ...]) -> list[dict[str, Any]]:
    by_day: dict[date, list[str]] = defaultdict(list)
    for m in days:
        by_day[m.day].append(m.subject)
    return [{"day": day, "subjects": sorted(subjects)} for day, subjects in sorted(by_day.items())]
