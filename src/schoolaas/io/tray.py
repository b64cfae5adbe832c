"""School course tray (kurssitarjotin) CSV -> course groups with weekly slots.

Columns (header row required, any order, see docs/tray-csv.md):
period, bar, course_code, group, teacher, room, slots, and optional start,
end, name, op. ``slots`` is "Tue 10:00-11:15; Thu 12:30-13:45" (English,
Finnish or Swedish weekday abbreviations; "10.00" works too).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from schoolaas.domain.calendar import WeeklySlot
from schoolaas.domain.codes import normalise_code
from schoolaas.io.csv_cells import read_rows
from schoolaas.io.errors import Problem, parse_located
from schoolaas.io.files import MAX_BYTES, decode_text, read_bytes

REQUIRED = ("period", "bar", "course_code", "slots")
OPTIONAL = ("group", "teacher", "room", "start", "end", "name", "op")
_PERIOD = re.compile(r"^([A-ZÅÄÖ0-9]{1,20}):(\d{4})-(\d{2})/([1-9])$")
_SLOT = re.compile(
    r"^([^\W\d_]+)\.?\s+(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$", re.UNICODE
)
_DAYS = {
    **dict.fromkeys(("mon", "monday", "ma", "maanantai", "mån", "måndag"), 0),
    **dict.fromkeys(("tue", "tuesday", "ti", "tiistai", "tis", "tisdag"), 1),
    **dict.fromkeys(("wed", "wednesday", "ke", "keskiviikko", "ons", "onsdag"), 2),
    **dict.fromkeys(("thu", "thursday", "to", "torstai", "tor", "torsdag"), 3),
    **dict.fromkeys(("fri", "friday", "pe", "perjantai", "fre", "fredag"), 4),
    **dict.fromkeys(("sat", "saturday", "la", "lauantai", "lör", "lördag"), 5),
    **dict.fromkeys(("sun", "sunday", "su", "sunnuntai", "sön", "söndag"), 6),
}
MAX_ROWS = 20_000


@dataclass(frozen=True, slots=True)
class TrayRow:
    """One course group of the tray."""

    line: int
    period: str  # "OTA:2026-27/2"
    school: str  # "OTA"
    year: str  # "2026-27"
    bar: int | None
    code: str  # normalised course/module code, "MAA6"
    group_code: str  # what Wilma calls the group, "MAA06.1"
    slots: tuple[WeeklySlot, ...]
    teacher: str = ""
    room: str = ""
    start: date | None = None
    end: date | None = None
    name: str = ""
    op: float | None = None
    local_subject: str = ""  # the subject of a local course (services fill it)

    @property
    def key(self) -> str:
        """Offering key, "OTA:2026-27:MAA06.1"."""
        return f"{self.school}:{self.year}:{self.group_code}"


def parse_tray(text: str) -> tuple[list[TrayRow], list[Problem]]:
    return read_rows(
        text,
        REQUIRED,
        what="a tray CSV",
        doc="docs/tray-csv.md",
        most=MAX_ROWS,
        row=_row,
        key=lambda row: row.key,
        twice=lambda row, first: f"group {row.group_code} listed twice (line {first})",
        ident=lambda cells: cells.get("course_code", "")[:60],
    )


def load_file(path: str | Path, *, limit: int = MAX_BYTES) -> tuple[list[TrayRow], list[Problem]]:
    text = decode_text(read_bytes(path, limit=limit), path=path, expected="a CSV file")
    return parse_located(path, lambda: parse_tray(text))


def parse_slots(text: str) -> tuple[WeeklySlot, ...]:
    slots = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        match = _SLOT.match(part)
        if not match:
            raise ValueError(f"slot {part!r} is not like 'Tue 10:00-11:15'")
        day = _DAYS.get(match.group(1).lower())
        if day is None:
            raise ValueError(f"slot {part!r}: unknown weekday {match.group(1)!r}")
        h1, m1, h2, m2 = (int(match.group(i)) for i in range(2, 6))
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise ValueError(f"slot {part!r}: not a time of day")
        if (h2, m2) <= (h1, m1):
            raise ValueError(f"slot {part!r} ends before it starts")
        slots.append(WeeklySlot(day, time(h1, m1), time(h2, m2)))
    if not slots:
        raise ValueError("slots are empty")
    return tuple(slots)


def _row(line: int, record: dict[str, str]) -> TrayRow:
    period = record.get("period", "").upper()
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(f"period {period!r} is not like OTA:2026-27/2")
    school, first, second = match.group(1), int(match.group(2)), int(match.group(3))
    if (first + 1) % 100 != second:
        raise ValueError(f"period {period!r}: {first}-{second:02d} is not an academic year")
    raw = record.get("course_code", "").replace(" ", "")
    if not raw or len(raw) > 60:
        raise ValueError("course_code is empty" if not raw else "course_code is too long")
    group = record.get("group", "")
    group_code = raw if "." in raw or not group else f"{raw}.{group}"
    start, end = _day(record.get("start", ""), "start"), _day(record.get("end", ""), "end")
    if start and end and end < start:
        raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
    return TrayRow(
        line=line,
        period=period,
        school=school,
        year=f"{match.group(2)}-{match.group(3)}",
        bar=_bar(record.get("bar", "")),
        code=normalise_code(raw),
        group_code=group_code[:60],
        slots=parse_slots(record.get("slots", "")),
        teacher=record.get("teacher", "")[:200],
        room=record.get("room", "")[:60],
        start=start,
        end=end,
        name=record.get("name", "")[:200],
        op=_op(record.get("op", "")),
    )


def _bar(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 99:
        raise ValueError(f"bar {text!r} is not a number 1-99")
    return int(text)


def _day(text: str, what: str) -> date | None:
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        found = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)  # 1.9.2026
        if found:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a real date") from None
    raise ValueError(f"{what} {text!r} is not a date like 2026-09-01 or 1.9.2026")


def _op(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValueError(f"op {text!r} is not a number") from None
    if not math.isfinite(value) or not 0 <= value <= 100:
        raise ValueError(f"op {text!r} is not a sensible number of credits")
    return value
