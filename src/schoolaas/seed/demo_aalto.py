"""The demo's Aalto catalogue: the 14 real realisations of the shipped
sample moved 52 weeks on (same weekdays, demo year 2026-27) plus plausible
realisations the demo makes up (source "demo-generated").

The real records are read by the importer's parser
(``schoolaas.io.aalto.parse_realisations``), so their codes, names, credits
and study-group kinds are what ``schoolaas import aalto`` of the same file
stores; a re-import only finds the dates the demo moved.

The Aalto API gives no times or rooms, so every session here is generated
(``generated_sessions``): lectures and exercise groups at Aalto's slots
(8.15-10.00, 10.15-12.00, 12.15-14.00, 14.15-16.00, 16.15-18.00) in real
Otaniemi buildings, exams 9.00-12.00 in an exam hall."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Any

from schoolaas.domain.model import Offering
from schoolaas.io.aalto import parse_realisations
from schoolaas.seed.demo_aalto_specs import EXTRA, SAMPLE_PATTERNS, SPREAD, Pattern
from schoolaas.seed.demo_premises import PUBLIC_HOLIDAYS, aalto_period_rows

SHIFT = timedelta(weeks=52)
SLOTS = (
    (time(8, 15), time(10, 0)),
    (time(10, 15), time(12, 0)),
    (time(12, 15), time(14, 0)),
    (time(14, 15), time(16, 0)),
    (time(16, 15), time(18, 0)),
)
EXAM_TIME = (time(9, 0), time(12, 0))
EXAM_ROOMS = ("OK1-E", "DIP-Lumituuli")
OVERLAPPING = {
    "CS-A1111": ("CS-A1113", "AYCS-A1111"),
    "CS-A1113": ("CS-A1111", "AYCS-A1111"),
    "AYCS-A1111": ("CS-A1111", "CS-A1113"),
}


@dataclass
class AaltoGroup:
    key: str
    name: str
    kind: str  # lecture, exercise, exam, other (GroupKind values)
    sessions: list[tuple[datetime, datetime, str, str, str]] = field(default_factory=list)
    # (start, end, room key, building, kind)


@dataclass
class AaltoRealisation:
    row: dict[str, object]
    groups: list[AaltoGroup]

    @property
    def key(self) -> str:
        return str(self.row["key"])

    @property
    def code(self) -> str:
        return str(self.row["code"])

    @property
    def start(self) -> date:
        value = self.row["start"]
        assert isinstance(value, date)
        return value

    @property
    def ects(self) -> float:
        value = self.row["ects"]
        return float(value) if isinstance(value, int | float) else 0.0

    @property
    def seats(self) -> int | None:
        value = self.row["seats"]
        return value if isinstance(value, int) else None

    @property
    def is_exam(self) -> bool:
        return str(self.row["realisation_type"]).startswith("exam")

    @property
    def overlaps_with(self) -> tuple[str, ...]:
        return OVERLAPPING.get(self.code, ())

    def group(self, key: str) -> AaltoGroup:
        return next(g for g in self.groups if g.key == key)


def load_sample() -> list[dict[str, Any]]:
    path = resources.files("schoolaas.resources") / "data" / "aalto_sample.json"
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def sample_offerings() -> list[Offering]:
    """The shipped sample read by the importer's parser (original dates)."""
    parsed = parse_realisations(load_sample())
    if parsed.problems:
        raise ValueError(
            "the shipped Aalto sample has records the parser skips: "
            + "; ".join(f"record {p.index} ({p.id}): {p.reason}" for p in parsed.problems)
        )
    return parsed.offerings


def build_aalto() -> list[AaltoRealisation]:
    book = RoomBook()
    out = [_from_sample(offering, book) for offering in sample_offerings()]
    out.extend(_from_spec(spec, book) for spec in EXTRA)
    periods = aalto_period_rows()
    for real in out:  # the Aalto period the realisation starts in, for filtering
        real.row["period"] = next(
            (p["key"] for p in periods if p["start"] <= real.start <= p["end"]),  # type: ignore[operator]
            None,
        )
    return out


def _from_sample(offering: Offering, book: RoomBook) -> AaltoRealisation:
    """A parsed record moved 52 weeks on, with generated sessions."""
    o = offering
    pattern = SAMPLE_PATTERNS[(o.code, o.realisation_type)]
    real = AaltoRealisation(
        row=_row(
            key=o.key,
            code=o.code,
            name=dict(o.name),
            start=o.start + SHIFT,
            end=o.end + SHIFT,
            ects=o.ects if o.ects is not None else o.op,
            ects_min=o.ects_min,
            rtype=o.realisation_type,
            seats=pattern.seats,
            languages=list(o.languages),
            teachers=list(o.teachers),
            source="demo",
        ),
        groups=[AaltoGroup(g.key, g.name, g.kind.value) for g in o.groups],
    )
    _generate(real, pattern, book)
    return real


def _from_spec(spec: Pattern, book: RoomBook) -> AaltoRealisation:
    assert spec.extra is not None
    x = spec.extra
    groups = [AaltoGroup(k, label, kind) for k, label, kind in x.groups]
    real = AaltoRealisation(
        row=_row(
            key=x.key,
            code=x.code,
            name={"en": x.name_en, "fi": x.name_fi},
            start=x.start,
            end=x.end,
            ects=x.ects,
            ects_min=x.ects,
            rtype=x.rtype,
            seats=spec.seats,
            languages=list(x.languages),
            teachers=list(x.teachers),
            source="demo-generated",
        ),
        groups=groups,
    )
    _generate(real, spec, book)
    return real


def _row(
    *,
    key: str,
    code: str,
    name: dict[str, str],
    start: date,
    end: date,
    ects: float,
    ects_min: float | None,
    rtype: str,
    seats: int | None,
    languages: list[str],
    teachers: list[str],
    source: str,
) -> dict[str, object]:
    return {
        "key": key,
        "provider": "aalto",
        "code": code,
        "name_fi": name.get("fi", ""),
        "name_sv": name.get("sv", ""),
        "name_en": name.get("en", ""),
        "op": ects,
        "start": start,
        "end": end,
        "subject": "KO",
        "modules": [],
        "ects": ects,
        "ects_min": ects_min,
        "realisation_type": rtype,
        "school": None,
        "period": None,
        "bar": None,
        "prerequisites": [],
        "overlaps_with": list(OVERLAPPING.get(code, ())),
        "seats": seats,
        "languages": languages,
        "teachers": teachers,
        "generated_sessions": True,
        "source": source,
        "source_hash": "",
    }


def _weekly(start: date, end: date, weekday: int) -> list[date]:
    day = start + timedelta(days=(weekday - start.weekday()) % 7)
    out = []
    while day <= end:
        if not any(day in h for h in PUBLIC_HOLIDAYS):
            out.append(day)
        day += timedelta(days=7)
    return out


def _working_day(day: date, step: int = -1) -> date:
    """``day``, or the nearest weekday outside the holidays in direction ``step``."""
    while day.weekday() >= 5 or any(day in h for h in PUBLIC_HOLIDAYS):
        day += timedelta(days=step)
    return day


# Rooms a group moves to when its usual room is taken (same building first).
HALLS = (
    "OK1-M1",
    "OK1-M2",
    "OK1-U3",
    "VARE-R001",
    "CS-T1",
    "CS-T2",
    "TUAS-TU1",
    "TUAS-TU2",
    "ECON-A1",
)
CLASSROOMS = (
    "OK1-M232",
    "OK1-U006",
    "OK1-Y228",
    "OK1-Y229",
    "VARE-Q202",
    "CS-A106",
    "CS-C106",
    "TUAS-1017",
    "DF-Lab",
)


class RoomBook:
    """Which campus room is taken at which Aalto slot, so generated groups do
    not share a room (exams may: Aalto seats several exams in one hall)."""

    def __init__(self) -> None:
        self.taken: set[tuple[str, date, int]] = set()

    def choose(
        self, preferred: tuple[str, ...], pool: tuple[str, ...], days: list[date], slot: int
    ) -> str:
        first = preferred[0]
        building = first.split("-")[0]
        others = sorted(
            (r for r in pool if r not in preferred), key=lambda r: r.split("-")[0] != building
        )
        for room in (*preferred, *others):
            if all((room, d, slot) not in self.taken for d in days):
                self.taken.update((room, d, slot) for d in days)
                return room
        return first  # every room taken: keep the usual one


def _generate(real: AaltoRealisation, pattern: Pattern, book: RoomBook) -> None:
    start, end = real.start, real.row["end"]
    assert isinstance(end, date)
    exercise_n = exam_n = 0
    # realisations on the default spread start at different slots of the week
    spread = zlib.crc32(real.code.encode()) % 25 if pattern.exercises == SPREAD else 0
    for group in real.groups:
        role = group.kind  # the parser reads LAB01/P01 as exercises, VK1 as an exam
        if role == "lecture":
            for weekday, slot, room in pattern.lectures:
                days = _weekly(start, end, weekday)
                _add(group, days, slot, book.choose((room,), HALLS, days, slot))
        elif role == "exercise":
            weekday, slot = pattern.exercise_slot(exercise_n + spread)
            rooms = pattern.exercise_rooms
            n = exercise_n % len(rooms)
            days = _weekly(start, end, weekday)
            _add(group, days, slot, book.choose(rooms[n:] + rooms[:n], CLASSROOMS, days, slot))
            exercise_n += 1
        elif role == "exam":
            # the first exam on the last day, retakes four weeks apart
            first = pattern.exam_day or end
            day = (
                _working_day(first)
                if not exam_n
                else _working_day(first + timedelta(weeks=4 * exam_n), step=1)
            )
            room = EXAM_ROOMS[exam_n % len(EXAM_ROOMS)]
            group.sessions.append(
                (
                    datetime.combine(day, EXAM_TIME[0]),
                    datetime.combine(day, EXAM_TIME[1]),
                    room,
                    room.split("-")[0],
                    "exam",
                )
            )
            exam_n += 1


def _add(group: AaltoGroup, days: list[date], slot: int, room: str) -> None:
    t0, t1 = SLOTS[slot]
    for day in days:
        group.sessions.append(
            (
                datetime.combine(day, t0),
                datetime.combine(day, t1),
                room,
                room.split("-")[0],
                "teaching",
            )
        )
