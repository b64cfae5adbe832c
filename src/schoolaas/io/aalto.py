"""Aalto open course API (``courseunitrealisations``) JSON -> Offerings.

Pure: no database, no Qt. Every record is either turned into an
:class:`Offering` or reported as a :class:`Problem` with its index, id and
reason. Records carry no sessions (those come from iCalendar or by hand).
Credits go 1:1 into ``op``; services apply the school's conversion.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from schoolaas.domain.codes import normalise_code
from schoolaas.domain.model import GroupKind, Offering, Provider, StudyGroup
from schoolaas.io.errors import ParseError, Problem, parse_located
from schoolaas.io.files import MAX_BYTES, load_json

SUBJECT = "KO"  # "Korkeakouluopinnot": university studies as a local subject
LANGS = ("fi", "sv", "en")
MAX_KEY = 120  # OfferingRow.key length
MAX_CODE = 60
MAX_GROUP_KEY = 60

_LECTURE = re.compile(r"^L\d*$")
_EXERCISE = re.compile(r"^(XX)?[HA]\d*$")
_EXAM = re.compile(r"^(KT|ET)\d*$")
_CODE_LIKE = re.compile(r"^[A-Z]{1,5}\d+(?:[_ ]|$)")
_KIND_OF_LABEL = {
    "lecture": GroupKind.LECTURE,
    "luento": GroupKind.LECTURE,
    "exercise": GroupKind.EXERCISE,
    "harjoitus": GroupKind.EXERCISE,
    "small group teaching": GroupKind.EXERCISE,
    "pienryhmäopetus": GroupKind.EXERCISE,
    "laboratoriotyöt": GroupKind.EXERCISE,
    "exam": GroupKind.EXAM,
    "tentti": GroupKind.EXAM,
}


@dataclass(slots=True)
class AaltoParse:
    """Result of reading an Aalto file: the good records and the skipped ones."""

    offerings: list[Offering] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    indexes: list[int] = field(default_factory=list)  # record index of each offering

    @property
    def total(self) -> int:
        return len(self.offerings) + len(self.problems)


class _Skip(Exception):
    """A record that cannot be imported; the message is the reason."""


def group_kind(key: str, type_label: str = "") -> GroupKind:
    """Kind of an Aalto study sub-group from its name: L01 lecture; H01, XXH01,
    A01, XXA01 exercise; KT, KT01, ET02 exam. Other code-like names (LAB01,
    P01, VK1) take the kind from the group's type label ("Small group
    teaching", "Exam"); free text such as "En osallistu harjoituksiin" (an
    opt-out) stays other whatever its label says."""
    name = key.strip().upper()
    if _LECTURE.match(name):
        return GroupKind.LECTURE
    if _EXERCISE.match(name):
        return GroupKind.EXERCISE
    if _EXAM.match(name):
        return GroupKind.EXAM
    if _CODE_LIKE.match(name):
        return _KIND_OF_LABEL.get(type_label.strip().lower(), GroupKind.OTHER)
    return GroupKind.OTHER


def parse_realisations(data: object) -> AaltoParse:
    """Parse decoded JSON: a list of realisation records, or one record."""
    if isinstance(data, Mapping):
        records: list[object] = [data]
    elif isinstance(data, list):
        records = data
    else:
        raise ParseError(
            f"expected a list of Aalto course realisations or one realisation, "
            f"got {_json_type(data)}"
        )
    out = AaltoParse()
    seen: dict[str, int] = {}
    for index, record in enumerate(records):
        ident = _record_id(record)
        try:
            offering = _offering(record)
            if offering.key in seen:
                raise _Skip(f"duplicate id, first seen in record {seen[offering.key]}")
        except _Skip as skip:
            out.problems.append(Problem(index, ident, str(skip)))
            continue
        seen[offering.key] = index
        out.offerings.append(offering)
        out.indexes.append(index)
    return out


def load_file(path: str | Path, *, limit: int = MAX_BYTES) -> AaltoParse:
    """Read an Aalto API JSON file (a list or one object)."""
    data = load_json(path, limit=limit)
    return parse_located(path, lambda: parse_realisations(data))


def _record_id(record: object) -> str:
    if isinstance(record, Mapping):
        value = record.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)[:MAX_KEY]
    return ""


def _offering(record: object) -> Offering:
    if not isinstance(record, Mapping):
        raise _Skip(f"a record must be a JSON object, got {_json_type(record)}")
    key = _text(record, "id", required=True)
    if len(key) > MAX_KEY:
        raise _Skip(f"id is longer than {MAX_KEY} characters")
    code = normalise_code(_text(record, "code", required=True))
    if not code:
        raise _Skip("code is empty")
    if len(code) > MAX_CODE:
        raise _Skip(f"code is longer than {MAX_CODE} characters")
    start = _date(record, "startDate")
    end = _date(record, "endDate")
    if end < start:
        raise _Skip(f"endDate {end.isoformat()} is before startDate {start.isoformat()}")
    ects_min, ects = _credits(record)
    return Offering(
        key=key,
        provider=Provider.AALTO,
        code=code,
        name=_localized(record.get("name")),
        op=ects,
        start=start,
        end=end,
        subject=SUBJECT,
        ects=ects,
        ects_min=ects_min,
        realisation_type=_text(record, "type"),
        groups=_groups(record.get("studySubGroups")),
        languages=_strings(record.get("languageOfInstructionCodes")),
        teachers=_strings(record.get("teachers")),
    )


def _text(record: Mapping[str, object], name: str, *, required: bool = False) -> str:
    value = record.get(name)
    if value is None or value == "":
        if required:
            raise _Skip(f"{name} is missing")
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Skip(f"{name} must be text, got {_json_type(value)}")
    return str(value).strip()


def _date(record: Mapping[str, object], name: str) -> date:
    value = record.get(name)
    if value is None or value == "":
        raise _Skip(f"{name} is missing")
    if not isinstance(value, str):
        raise _Skip(f"{name} must be a date like 2025-09-01, got {_json_type(value)}")
    text = value.strip()
    # The API gives plain dates; accept a timestamp by its date part.
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise _Skip(f"{name} {value!r} is not a date like 2025-09-01")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Skip(f"{name} {value!r} is not a real date") from None


def _number(value: object, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _Skip(f"{what} must be a number, got {_json_type(value)}")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            raise _Skip(f"{what} {value!r} is not a number") from None
    else:
        raise _Skip(f"{what} must be a number, got {_json_type(value)}")
    if not math.isfinite(number) or number < 0 or number > 1000:
        raise _Skip(f"{what} {value!r} is not a sensible number of credits")
    return number


def _credits(record: Mapping[str, object]) -> tuple[float | None, float]:
    """(min, max) ECTS. ``credits{min,max}`` first, else ``mincredits``."""
    credits = record.get("credits")
    low = high = None
    if isinstance(credits, Mapping):
        low = _number(credits.get("min"), "credits.min")
        high = _number(credits.get("max"), "credits.max")
    elif credits is not None:
        high = _number(credits, "credits")
    fallback = _number(record.get("mincredits"), "mincredits")
    if low is None:
        low = fallback
    if high is None:
        high = low
    if high is None:
        raise _Skip("credits are missing")
    if low is not None and low > high:
        raise _Skip(f"credits.min {low:g} is greater than credits.max {high:g}")
    return low, high


def _localized(value: object) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value.strip()} if value.strip() else {}
    if not isinstance(value, Mapping):
        return {}
    return {
        lang: text.strip()
        for lang in LANGS
        if isinstance(text := value.get(lang), str) and text.strip()
    }


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for item in value:
        if isinstance(item, Mapping):  # some API versions give teacher objects
            item = item.get("name") or item.get("fullName")
        if isinstance(item, str) and item.strip() and item.strip() not in out:
            out.append(item.strip())
    return tuple(out)


def _groups(value: object) -> tuple[StudyGroup, ...]:
    if not isinstance(value, list):
        return ()
    groups: list[StudyGroup] = []
    used: set[str] = set()
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            continue
        names = _localized(item.get("name"))
        key = names.get("en") or names.get("fi") or names.get("sv")
        if not key:
            key = _text_or(item.get("id"), f"G{number:02d}")
        key = key[:MAX_GROUP_KEY]
        if key in used:
            key = f"{key[: MAX_GROUP_KEY - 4]}#{number}"
        used.add(key)
        kinds = _localized(item.get("type"))
        label = kinds.get("en") or kinds.get("fi") or kinds.get("sv") or key
        groups.append(StudyGroup(key=key, name=label, kind=group_kind(key, label)))
    return tuple(groups)


def _text_or(value: object, default: str) -> str:
    return value.strip() if isinstance(value, str) and value.strip() else default


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
