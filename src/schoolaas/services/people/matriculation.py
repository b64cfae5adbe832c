"""A student's matriculation plan: which subjects the student writes and in
which sitting ("2027-spring", "2027-autumn"). Stored on the student
(``matriculation`` the subjects, ``matriculation_sittings`` subject ->
sitting); the audit's matriculation check reads both, so an exam on the
spring maths day concerns a student who writes maths in the spring only.
Each function is one unit of work; bad input raises InvalidInput."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from schoolaas.data.engine import HasEngine
from schoolaas.data.tables import MatriculationDayRow, StudentRow
from schoolaas.domain.matriculation import parse_sitting, sitting_of, sitting_order
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises.buildings import unit
from schoolaas.services.rules import SUBJECT_RE
from schoolaas.services.views import Change

MAX_SITTINGS = 3  # a student writes in at most three consecutive sittings


@dataclass(frozen=True, slots=True)
class PlannedSubject:
    subject: str  # "MA"
    sitting: str | None  # "2027-autumn"; None: not set (counts in every sitting)


def matriculation_plan(workspace: HasEngine, student_id: int) -> list[PlannedSubject]:
    """The subjects the student writes, in the order stored, with their sittings."""
    with unit(workspace) as session:
        row = _student(session, student_id)
        sittings = dict(row.matriculation_sittings or {})
        return [PlannedSubject(s, sittings.get(s)) for s in row.matriculation or ()]


def sittings_with_days(workspace: HasEngine) -> list[str]:
    """The sittings the database has matriculation days for, in order (what
    a form offers; any sitting may be typed)."""
    with unit(workspace) as session:
        days = [r.day for r in session.exec(select(MatriculationDayRow)).all()]
    return sorted({sitting_of(d) for d in days}, key=sitting_order)


def set_sitting(workspace: HasEngine, student_id: int, subject: str, sitting: str) -> Change:
    """Write ``subject`` in ``sitting`` ("spring 2027", "2027-autumn",
    "kevät 2027" ...): the subject is added to the student's subjects when
    missing. Refused when the plan would span more than three consecutive
    sittings."""
    code = _subject(subject)
    try:
        key = parse_sitting(sitting)
    except ValueError:
        raise InvalidInput(
            "{sitting!r} is not a matriculation sitting; write it like 'spring 2027' or "
            "'2027-autumn'.",
            sitting=sitting,
        ) from None
    with unit(workspace) as session:
        row = _student(session, student_id)
        subjects = list(row.matriculation or ())
        sittings = dict(row.matriculation_sittings or {})
        before: dict[str, object] = {
            "matriculation": list(subjects),
            "matriculation_sittings": dict(sittings),
        }
        if code not in subjects:
            subjects.append(code)
        sittings[code] = key
        _check_span(sittings)
        _store(session, row, subjects, sittings)
        return Change(student_ids=frozenset({student_id}), snapshot=before)


def clear_sitting(workspace: HasEngine, student_id: int, subject: str) -> Change:
    """Keep ``subject`` but forget its sitting (it then counts in every sitting)."""
    code = _subject(subject)
    with unit(workspace) as session:
        row = _student(session, student_id)
        sittings = dict(row.matriculation_sittings or {})
        if code not in sittings:
            raise NotFound(
                "Student {number} has no sitting set for {subject}.",
                number=row.number,
                subject=code,
            )
        before: dict[str, object] = {"matriculation_sittings": dict(sittings)}
        del sittings[code]
        _store(session, row, list(row.matriculation or ()), sittings)
        return Change(student_ids=frozenset({student_id}), snapshot=before)


def remove_subject(workspace: HasEngine, student_id: int, subject: str) -> Change:
    """The student no longer writes ``subject`` (nor its sitting)."""
    code = _subject(subject)
    with unit(workspace) as session:
        row = _student(session, student_id)
        subjects = list(row.matriculation or ())
        if code not in subjects:
            raise NotFound(
                "Student {number} does not write {subject} in the matriculation examination.",
                number=row.number,
                subject=code,
            )
        sittings = dict(row.matriculation_sittings or {})
        before: dict[str, object] = {
            "matriculation": list(subjects),
            "matriculation_sittings": dict(sittings),
        }
        subjects.remove(code)
        sittings.pop(code, None)
        _store(session, row, subjects, sittings)
        return Change(student_ids=frozenset({student_id}), snapshot=before)


def set_plan(workspace: HasEngine, student_id: int, plan: list[tuple[str, str | None]]) -> Change:
    """Replace the whole matriculation plan (a dialog's save): (subject,
    sitting or None) pairs, in order."""
    subjects: list[str] = []
    sittings: dict[str, str] = {}
    for subject, sitting in plan:
        code = _subject(subject)
        if code in subjects:
            raise InvalidInput("{subject} is listed twice.", subject=code)
        subjects.append(code)
        if sitting:
            try:
                sittings[code] = parse_sitting(sitting)
            except ValueError:
                raise InvalidInput(
                    "{sitting!r} is not a matriculation sitting; write it like 'spring 2027' "
                    "or '2027-autumn'.",
                    sitting=sitting,
                ) from None
    _check_span(sittings)
    with unit(workspace) as session:
        row = _student(session, student_id)
        before: dict[str, object] = {
            "matriculation": list(row.matriculation or ()),
            "matriculation_sittings": dict(row.matriculation_sittings or {}),
        }
        _store(session, row, subjects, sittings)
        return Change(student_ids=frozenset({student_id}), snapshot=before)


def _subject(text: str) -> str:
    code = text.strip().upper()
    if not SUBJECT_RE.match(code):
        raise InvalidInput(
            "{subject!r} is not a subject code of the matriculation examination (MA, AI, EN…).",
            subject=text,
        )
    return code


def _check_span(sittings: dict[str, str]) -> None:
    """At most three consecutive sittings from the first to the last."""
    if not sittings:
        return
    order = sorted(sittings.values(), key=sitting_order)
    (y1, s1), (y2, s2) = sitting_order(order[0]), sitting_order(order[-1])
    span = (y2 * 2 + s2) - (y1 * 2 + s1) + 1
    if span > MAX_SITTINGS:
        raise InvalidInput(
            "The sittings {first} to {last} span {count} sittings; the matriculation "
            "examination is written in at most three consecutive sittings.",
            first=order[0],
            last=order[-1],
            count=span,
        )


def _student(session: Session, student_id: int) -> StudentRow:
    row = session.get(StudentRow, student_id)
    if row is None:
        raise NotFound("No student with id {student_id}.", student_id=student_id)
    return row


def _store(
    session: Session, row: StudentRow, subjects: list[str], sittings: dict[str, str]
) -> None:
    row.matriculation = subjects
    row.matriculation_sittings = {s: sittings[s] for s in subjects if s in sittings}
    row.updated_at = datetime.now()
    session.add(row)
