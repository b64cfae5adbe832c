"""The Aalto half of a scale data set: campus rooms and a catalogue of course
unit realisations (with study groups and generated sessions), derived from
the shipped Aalto sample: its names, department prefixes, realisation types
and group shapes, under new codes."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Any

from schoolaas.seed.scale_calendar import Span, weekly
from schoolaas.seed.scale_data import (
    AALTO_EXAM_TIMES,
    AALTO_LEVELS,
    AALTO_SLOTS,
    CAMPUS_BUILDINGS,
    CAMPUS_ROOMS,
)

NO_SKIP: frozenset[date] = frozenset()


@dataclass(frozen=True, slots=True)
class CampusRoom:
    key: str
    building: str
    code: str
    capacity: int
    kind: str


@dataclass(slots=True)
class GroupPlan:
    """A study group and the weekly pattern its sessions follow."""

    key: str
    name: str
    kind: str  # GroupKind value
    capacity: int | None
    slots: tuple[tuple[int, time, time], ...]  # weekday, start, end
    start: date
    end: date
    room: str | None
    building: str | None
    session_kind: str = "teaching"
    skip: frozenset[date] = NO_SKIP

    def sessions(self) -> Iterator[tuple[datetime, datetime]]:
        for weekday, t0, t1 in self.slots:
            yield from weekly(self.start, self.end, weekday, t0, t1, self.skip)


@dataclass(slots=True)
class Realisation:
    key: str
    code: str
    year: str
    start: date
    end: date
    is_exam: bool
    seats: int | None
    groups: list[GroupPlan]
    row: dict[str, Any]


def campus_rooms() -> list[CampusRoom]:
    rooms = []
    for building, (halls, classrooms) in CAMPUS_ROOMS.items():
        for code, capacity in halls:
            rooms.append(CampusRoom(f"{building}-{code}", building, code, capacity, "lecture hall"))
        wings = "MUX" if building == "OK1" else building[0]
        for i in range(classrooms):
            wing = wings[i % len(wings)]
            code = f"{wing}{2 + i // 12}{30 + i % 12:02d}"
            capacity = (24, 30, 36, 40)[i % 4]
            rooms.append(CampusRoom(f"{building}-{code}", building, code, capacity, "classroom"))
    return rooms


def building_rows() -> list[dict[str, Any]]:
    return [
        {"code": c, "name": n, "address": a, "site": s, "lat": lat, "lon": lon}
        for c, n, a, s, lat, lon in CAMPUS_BUILDINGS
    ]


def _sample() -> list[dict[str, Any]]:
    path = resources.files("schoolaas.resources") / "data" / "aalto_sample.json"
    records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("type", "").startswith("teaching")]


def _base_name(name: dict[str, str]) -> dict[str, str]:
    """'Mechanics, Lecture' -> 'Mechanics' in every language."""
    return {lang: text.split(",")[0].strip() for lang, text in name.items() if text}


@dataclass(slots=True)
class _Unit:
    code: str
    name: dict[str, str]
    ects: float
    kind: str
    exercises: int
    period: int  # 1..5
    span: int  # periods it runs over: 1 or 2
    seats: int | None
    prerequisites: list[str]
    overlaps: list[str]
    has_exam: bool
    languages: list[str]
    teachers: list[str]


def _units(rng: random.Random, count: int) -> list[_Unit]:
    sample = _sample()
    numbers: dict[str, int] = {}
    units: list[_Unit] = []
    for i in range(count):
        rec = sample[i % len(sample)]
        prefix = rec["code"].strip().split("-")[0]
        n = numbers[prefix] = numbers.get(prefix, 0) + 1
        level = "" if re.fullmatch(r"[A-Z]+-\d+", rec["code"].strip()) else rng.choice(AALTO_LEVELS)
        code = f"{prefix}-{level}{2000 + n:04d}"
        name = {k: f"{v} {n}" for k, v in _base_name(rec["name"]).items()}
        exercises = sum(1 for g in rec.get("studySubGroups", []) if "Exercise" in str(g["type"]))
        same_prefix = [u.code for u in units[-40:] if u.code.startswith(prefix + "-")]
        units.append(
            _Unit(
                code=code,
                name=name,
                ects=float(rng.choice((5, 5, 5, 5, 3, 10)) if prefix != "ALC" else 3),
                kind=rec["type"],
                exercises=min(exercises, 6) if rng.random() < 0.8 else rng.randint(0, 3),
                period=rng.randint(1, 5),
                span=2 if rng.random() < 0.15 else 1,
                seats=rng.choice((5, 10, 15, 20, 30)) if rng.random() < 0.4 else None,
                prerequisites=[rng.choice(same_prefix)]
                if same_prefix and rng.random() < 0.1
                else [],
                overlaps=[rng.choice(same_prefix)] if same_prefix and rng.random() < 0.03 else [],
                has_exam=rng.random() < 0.12,
                languages=list(rec.get("languageOfInstructionCodes") or ["fi"]),
                teachers=[f"Teacher {rng.randint(1, 400)}"],
            )
        )
    return units


def catalogue(
    rng: random.Random, count: int, aalto: dict[str, tuple[Span, ...]], rooms: list[CampusRoom]
) -> list[Realisation]:
    """``count`` realisations: each unit runs once a year, in the same period;
    some units also have a separate exam realisation in the evaluation week."""
    halls = [r for r in rooms if r.kind == "lecture hall"]
    classes = [r for r in rooms if r.kind == "classroom"]
    years = sorted(aalto)
    per_unit = len(years)
    units = _units(rng, max(1, -(-count // per_unit)))
    out: list[Realisation] = []
    serial = 700000
    for year in years:
        spans = aalto[year]
        for unit in units:
            if len(out) >= count:
                return out
            first = spans[unit.period - 1]
            last = spans[min(unit.period + unit.span - 2, len(spans) - 1)]
            serial += 1
            out.append(_teaching(rng, unit, serial, year, first, last, halls, classes))
            if unit.has_exam and len(out) < count:
                serial += 1
                out.append(_exam(rng, unit, serial, year, last, halls))
    return out


def _row(unit: _Unit, key: str, year: str, start: date, end: date, kind: str) -> dict[str, Any]:
    return {
        "key": key,
        "provider": "aalto",
        "code": unit.code,
        "name_fi": unit.name.get("fi", ""),
        "name_sv": unit.name.get("sv", ""),
        "name_en": unit.name.get("en", ""),
        "op": unit.ects,
        "start": start,
        "end": end,
        "subject": "KO",
        "modules": [],
        "ects": unit.ects,
        "ects_min": unit.ects,
        "realisation_type": kind,
        "school": None,
        "period": None,
        "bar": None,
        "prerequisites": unit.prerequisites,
        "overlaps_with": unit.overlaps,
        "seats": unit.seats,
        "languages": unit.languages,
        "teachers": unit.teachers,
        "generated_sessions": True,
        "source": "scale",
        "source_hash": "",
    }


def _teaching(
    rng: random.Random,
    unit: _Unit,
    serial: int,
    year: str,
    first: Span,
    last: Span,
    halls: list[CampusRoom],
    classes: list[CampusRoom],
) -> Realisation:
    key = f"aalto-CUR-{serial}"
    start, end = first.start, last.teach_end
    hall = rng.choice(halls)
    days = rng.sample(range(5), 2)
    lecture_slots = tuple((d, *rng.choice(AALTO_SLOTS)) for d in days)
    online = unit.kind.endswith("online")
    groups = [
        GroupPlan(
            "L01",
            "L01",
            "lecture",
            None,
            () if online else lecture_slots,
            start,
            end,
            None if online else hall.key,
            None if online else hall.building,
        )
    ]
    for h in range(unit.exercises):
        room = rng.choice(classes)
        slot = (rng.randrange(5), *rng.choice(AALTO_SLOTS))
        groups.append(
            GroupPlan(
                f"H{h + 1:02d}",
                f"H{h + 1:02d}",
                "exercise",
                room.capacity,
                (slot,),
                start + timedelta(days=7),
                end,
                room.key,
                room.building,
            )
        )
    row = _row(unit, key, year, start, end, unit.kind)
    return Realisation(key, unit.code, year, start, end, False, unit.seats, groups, row)


def _exam(
    rng: random.Random, unit: _Unit, serial: int, year: str, span: Span, halls: list[CampusRoom]
) -> Realisation:
    key = f"aalto-CUR-{serial}"
    day = span.exam_start + timedelta(days=rng.randrange(5))
    while day.weekday() > 4:
        day -= timedelta(days=1)
    hall = rng.choice(halls)
    t0, t1 = rng.choice(AALTO_EXAM_TIMES)
    group = GroupPlan(
        "KT01",
        "KT01",
        "exam",
        None,
        ((day.weekday(), t0, t1),),
        day,
        day,
        hall.key,
        hall.building,
        session_kind="exam",
    )
    row = _row(unit, key, year, day, day, "exam-exam")
    row["name_en"] = f"{row['name_en']}, Exam"
    return Realisation(key, unit.code, year, day, day, True, unit.seats, [group], row)
