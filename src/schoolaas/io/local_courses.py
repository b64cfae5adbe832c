"""A school's local curriculum CSV: the school's own courses, one a row.

Columns (header row required, any order; see docs/local-courses-csv.md):
school, code, and optional name (or name_fi), name_sv, op, subject, kind,
wraps. ``kind`` is "school-specific" (Finnish "koulukohtainen", Swedish
"skolspecifik"; empty means the same): a local course is never compulsory
nor a national elective, so any other kind is refused for that row.
``op`` may be empty: the course is read as incomplete (no credits set
yet), not refused. ``wraps`` names the Aalto course the local course is in
fact ("CS-A1111"): a student earns its credits once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from schoolaas.domain.codes import local_form, normalise_code
from schoolaas.io.csv_cells import read_rows
from schoolaas.io.errors import Problem, parse_located
from schoolaas.io.files import MAX_BYTES, decode_text, read_bytes

REQUIRED = ("school", "code")
OPTIONAL = ("name", "name_fi", "name_sv", "op", "subject", "kind", "wraps")
KIND = "school-specific"
_KINDS = {"", "school-specific", "school specific", "local", "koulukohtainen", "skolspecifik"}
_CODE = re.compile(r"^[^\s,;]{1,60}$")
_SCHOOL = re.compile(r"^[A-ZÅÄÖ0-9]{1,20}$")
_AALTO = re.compile(r"^[A-Z]{1,6}-?[A-Z]?\d{2,5}[A-Z0-9.]*$")
_SUBJECT = re.compile(r"^[A-ZÅÄÖ0-9]{0,20}$")
MAX_ROWS = 5_000


@dataclass(frozen=True, slots=True)
class LocalCourseLine:
    """One local course of the file."""

    line: int
    school: str  # "OTA"
    code: str  # the school's code, as written (group suffix and padding dropped)
    name_fi: str = ""
    name_sv: str = ""
    op: float | None = None  # None: no credits yet (incomplete)
    subject: str = ""
    wraps: str | None = None  # Aalto course code


def parse_local_courses(text: str) -> tuple[list[LocalCourseLine], list[Problem]]:
    return read_rows(
        text,
        REQUIRED,
        what="a local curriculum CSV",
        doc="docs/local-courses-csv.md",
        most=MAX_ROWS,
        row=_row,
        key=lambda row: (row.school, local_form(row.code)),
        twice=lambda row, first: f"{row.school} {row.code} listed twice (line {first})",
        ident=lambda cells: f"{cells.get('school', '')} {cells.get('code', '')}".strip()[:80],
    )


def load_file(
    path: str | Path, *, limit: int = MAX_BYTES
) -> tuple[list[LocalCourseLine], list[Problem]]:
    text = decode_text(read_bytes(path, limit=limit), path=path, expected="a CSV file")
    return parse_located(path, lambda: parse_local_courses(text))


def _row(line: int, record: dict[str, str]) -> LocalCourseLine:
    school = record.get("school", "").upper()
    if not _SCHOOL.match(school):
        raise ValueError(f"school {school!r} is not a school code like OTA")
    raw = "".join(record.get("code", "").split())
    if not raw:
        raise ValueError("code is empty")
    if not _CODE.match(raw):
        raise ValueError(f"code {raw[:60]!r} is too long or holds a separator")
    kind = record.get("kind", "").lower()
    if kind not in _KINDS:
        raise ValueError(
            f"kind {kind!r}: a local course is school-specific (never compulsory nor a "
            "national elective)"
        )
    wraps = normalise_code(record.get("wraps", "")) or None
    if wraps is not None and not _AALTO.match(wraps.upper()):
        raise ValueError(f"wraps {wraps!r} is not an Aalto course code like CS-A1111")
    subject = record.get("subject", "").upper()
    if not _SUBJECT.match(subject):
        raise ValueError(f"subject {subject!r} is not a subject code")
    return LocalCourseLine(
        line=line,
        school=school,
        code=local_code(raw),
        name_fi=(record.get("name_fi") or record.get("name") or "")[:200],
        name_sv=record.get("name_sv", "")[:200],
        op=_op(record.get("op", "")),
        subject=subject,
        wraps=wraps,
    )


def local_code(raw: str) -> str:
    """The code a local course is stored under: as the school writes it,
    upper case, without a group suffix or zero padding ("TEK01.2" -> "TEK1")."""
    return local_form(raw)


def _op(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValueError(f"op {text!r} is not a number") from None
    if not math.isfinite(value) or not 0 < value <= 100:
        raise ValueError(f"op {text!r} is not a sensible number of credits")
    return value
