"""Plan files: a student's plans as versioned JSON a student can send to a
counsellor (``schoolaas export-plan`` / ``schoolaas import plan``).

Format ``schoolaas-plan`` version 1; the schema is docs/plan-file.schema.json
and the prose docs/plan-file.md. Readers accept any version up to
:data:`VERSION` and refuse newer ones with a message.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from schoolaas.domain.codes import normalise_code
from schoolaas.domain.matriculation import parse_sitting
from schoolaas.domain.model import ItemStatus, MathSyllabus, Provider
from schoolaas.io.errors import ParseError, parse_located
from schoolaas.io.files import MAX_BYTES, load_json

FORMAT = "schoolaas-plan"
VERSION = 1


@dataclass(frozen=True, slots=True)
class FileStudent:
    number: str
    first_name: str
    last_name: str
    school: str
    group: str = ""
    start_year: int = 0
    maths: str = "MAA"
    mother_tongue: str = "AI1"
    b1_language: str = "TKRUB1"
    a_language: str = "VKENA1"
    worldview: str = "KT1"
    matriculation: tuple[str, ...] = ()
    # subject -> sitting ("2027-autumn") of the subjects whose sitting is set
    matriculation_sittings: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FileItem:
    code: str
    provider: str = "school"
    offering: str | None = None
    status: str = "planned"
    grade: str | None = None
    groups: tuple[str, ...] = ()
    period: str | None = None
    op: float | None = None
    ects: float | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FileAcceptance:
    finding_key: str
    who: str
    at: str  # ISO date-time
    why: str


@dataclass(frozen=True, slots=True)
class FilePlan:
    name: str
    active: bool = False
    items: tuple[FileItem, ...] = ()
    acceptances: tuple[FileAcceptance, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanFile:
    student: FileStudent
    plans: tuple[FilePlan, ...] = ()
    exported_at: str = ""
    exported_by: str = ""
    version: int = VERSION
    extra: Mapping[str, object] = field(default_factory=dict)


def dump_plan(plan: PlanFile) -> str:
    body = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": plan.exported_at or datetime.now().replace(microsecond=0).isoformat(),
        "exported_by": plan.exported_by,
        "student": _lists(asdict(plan.student)),
        "plans": [_lists(asdict(p)) for p in plan.plans],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def parse_plan(data: object) -> PlanFile:
    if not isinstance(data, Mapping):
        raise ParseError("a plan file is a JSON object")
    if data.get("format") != FORMAT:
        raise ParseError(f'not a plan file ("format" is not {FORMAT!r})')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ParseError('"version" must be a whole number')
    if version > VERSION:
        raise ParseError(
            f"plan file version {version} is newer than this program reads ({VERSION}); "
            "update SchoolaaS Planner"
        )
    student = _student(_obj(data.get("student"), "student"))
    plans_raw = data.get("plans")
    if not isinstance(plans_raw, list):
        raise ParseError('"plans" must be a list', where="plans")
    plans = tuple(_plan(p, i) for i, p in enumerate(plans_raw))
    names = [p.name for p in plans]
    if len(set(names)) != len(names):
        raise ParseError("two plans have the same name", where="plans")
    return PlanFile(
        student=student,
        plans=plans,
        exported_at=_str(data.get("exported_at"), "exported_at"),
        exported_by=_str(data.get("exported_by"), "exported_by"),
        version=version,
    )


def load_file(path: str | Path, *, limit: int = MAX_BYTES) -> PlanFile:
    data = load_json(path, limit=limit)
    return parse_located(path, lambda: parse_plan(data))


def _student(raw: Mapping[str, object]) -> FileStudent:
    where = "student"
    number = _str(raw.get("number"), f"{where}.number", required=True, limit=20)
    maths = _str(raw.get("maths"), f"{where}.maths") or "MAA"
    if maths not in {m.value for m in MathSyllabus}:
        raise ParseError(f"maths {maths!r} is not MAA or MAB", where=where)
    year = raw.get("start_year", 0)
    if isinstance(year, bool) or not isinstance(year, int) or not 0 <= year <= 3000:
        raise ParseError("start_year must be a year", where=where)
    return FileStudent(
        number=number,
        first_name=_str(raw.get("first_name"), f"{where}.first_name", required=True),
        last_name=_str(raw.get("last_name"), f"{where}.last_name", required=True),
        school=_str(raw.get("school"), f"{where}.school", required=True, limit=20),
        group=_str(raw.get("group"), f"{where}.group"),
        start_year=year,
        maths=maths,
        mother_tongue=_str(raw.get("mother_tongue"), where) or "AI1",
        b1_language=_str(raw.get("b1_language"), where) or "TKRUB1",
        a_language=_str(raw.get("a_language"), where) or "VKENA1",
        worldview=_str(raw.get("worldview"), where) or "KT1",
        matriculation=_strs(raw.get("matriculation"), f"{where}.matriculation"),
        matriculation_sittings=_sittings(
            raw.get("matriculation_sittings"), f"{where}.matriculation_sittings"
        ),
    )


def _sittings(value: object, where: str) -> dict[str, str]:
    """subject -> sitting key; each sitting as matriculation.parse_sitting reads it."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ParseError('must be an object of subject: sitting ("MA": "2027-autumn")', where=where)
    out: dict[str, str] = {}
    for subject, sitting in value.items():
        try:
            out[subject.strip().upper()[:20]] = parse_sitting(sitting)
        except ValueError as exc:
            raise ParseError(str(exc), where=f"{where}.{subject}") from None
    return out


def _plan(raw: object, index: int) -> FilePlan:
    where = f"plans[{index}]"
    body = _obj(raw, where)
    name = _str(body.get("name"), f"{where}.name", required=True, limit=200)
    items_raw = body.get("items", [])
    if not isinstance(items_raw, list):
        raise ParseError('"items" must be a list', where=where)
    accepted = body.get("acceptances", [])
    if not isinstance(accepted, list):
        raise ParseError('"acceptances" must be a list', where=where)
    return FilePlan(
        name=name,
        active=body.get("active") is True,
        items=tuple(_item(it, f"{where}.items[{i}]") for i, it in enumerate(items_raw)),
        acceptances=tuple(
            _acceptance(a, f"{where}.acceptances[{i}]") for i, a in enumerate(accepted)
        ),
    )


def _item(raw: object, where: str) -> FileItem:
    body = _obj(raw, where)
    code = normalise_code(_str(body.get("code"), f"{where}.code", required=True, limit=60))
    provider = _str(body.get("provider"), where) or "school"
    if provider not in {p.value for p in Provider}:
        raise ParseError(f"provider {provider!r} is not school or aalto", where=where)
    status = _str(body.get("status"), where) or "planned"
    if status not in {s.value for s in ItemStatus}:
        raise ParseError(f"status {status!r} is not planned/enrolled/completed/failed", where=where)
    return FileItem(
        code=code,
        provider=provider,
        offering=_str(body.get("offering"), f"{where}.offering", limit=120) or None,
        status=status,
        grade=_str(body.get("grade"), f"{where}.grade", limit=20) or None,
        groups=_strs(body.get("groups"), f"{where}.groups"),
        period=_str(body.get("period"), f"{where}.period", limit=40) or None,
        op=_num(body.get("op"), f"{where}.op"),
        ects=_num(body.get("ects"), f"{where}.ects"),
        note=_str(body.get("note"), f"{where}.note", limit=2000),
    )


def _acceptance(raw: object, where: str) -> FileAcceptance:
    body = _obj(raw, where)
    at = _str(body.get("at"), f"{where}.at", required=True)
    try:
        datetime.fromisoformat(at)
    except ValueError:
        raise ParseError(f"'at' {at!r} is not a date-time", where=where) from None
    return FileAcceptance(
        finding_key=_str(body.get("finding_key"), where, required=True, limit=400),
        who=_str(body.get("who"), f"{where}.who", required=True),
        at=at,
        why=_str(body.get("why"), f"{where}.why", required=True, limit=2000),
    )


def _obj(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ParseError("must be a JSON object", where=where)
    return value


def _str(value: object, where: str, *, required: bool = False, limit: int = 200) -> str:
    if value is None or value == "":
        if required:
            raise ParseError("is missing", where=where)
        return ""
    if not isinstance(value, str):
        raise ParseError("must be text", where=where)
    if len(value) > limit:
        raise ParseError(f"is longer than {limit} characters", where=where)
    return value.strip()


def _strs(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParseError("must be a list of text", where=where)
    return tuple(v.strip()[:60] for v in value if v.strip())


def _num(value: object, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParseError("must be a number", where=where)
    if not math.isfinite(value) or not 0 <= value <= 1000:
        raise ParseError("is not a sensible number of credits", where=where)
    return float(value)


def _lists(value: object) -> object:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items() if k != "extra"}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value
