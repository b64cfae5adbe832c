"""From stored plans to the audit's input: plan items resolved against the
catalogue (op, period, sessions of the chosen groups), the student's
choices, exam weeks and matriculation days, load across all students and
the counsellor's acceptances. The audit itself is domain.audit.audit.

What every plan pointing at the same course shares is worked out once per
catalogue and kept by a :class:`ResolvedItems` (the Workspace holds one for
the catalogue it holds). Auditing many plans on two cores:
services/audit/two_processes.py."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

from schoolaas.data.tables import AcceptanceRow, StudentRow
from schoolaas.domain.calendar import Period, period_at
from schoolaas.domain.curriculum import Choices, Curriculum, Rules
from schoolaas.domain.findings import AuditInput, Load
from schoolaas.domain.matriculation import writes_on
from schoolaas.domain.model import (
    Acceptance,
    AuditItem,
    ItemStatus,
    MathSyllabus,
    Offering,
    Provider,
    Session,
)
from schoolaas.services.catalogue.load import Catalogue

PERIODS_PER_YEAR = 5
_PERIOD_KEY = re.compile(r"(\d{4})-\d{2}/(\d+)$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def rules_from_settings(settings: Mapping[str, str]) -> Rules:
    """Rules with every number a stored setting may override
    (keys: the Rules field names, and compulsory_op_MAA / compulsory_op_MAB)."""
    base = Rules()
    changes: dict[str, object] = {}
    for f in fields(base):
        if f.name == "compulsory_op":
            continue
        value = _float(settings.get(f.name))
        if value is not None:
            changes[f.name] = value
    compulsory = dict(base.compulsory_op)
    for syllabus in MathSyllabus:
        value = _float(settings.get(f"compulsory_op_{syllabus.value}"))
        if value is not None:
            compulsory[syllabus] = value
    return replace(base, **changes, compulsory_op=compulsory)  # type: ignore[arg-type]


def _float(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        return None


def compute_load(counts: Iterable[tuple[str, tuple[str, ...], int]], cat: Catalogue) -> Load:
    """Students planned per offering, group and room session, from the
    GROUP BY counts of repositories.planned_counts."""
    by_offering: dict[str, int] = defaultdict(int)
    by_group: dict[tuple[str, str], int] = defaultdict(int)
    by_room: dict[tuple[str, str], int] = defaultdict(int)
    iso: dict[datetime, str] = {}  # each start's ISO text once (the catalogue shares the starts)
    for key, group_keys, count in counts:
        by_offering[key] += count
        offering = cat.offerings.get(key)
        if offering is None:
            continue
        for gkey in group_keys or offering.default_groups():
            by_group[(key, gkey)] += count
            group = offering.group(gkey)
            for s in group.sessions if group else ():
                if s.room:
                    start = s.start
                    text = iso.get(start)
                    if text is None:
                        text = iso[start] = start.isoformat()
                    by_room[(s.room, text)] += count
    return Load(room_session=dict(by_room), offering=dict(by_offering), group=dict(by_group))


def choices_of(student: StudentRow) -> Choices:
    try:
        maths = MathSyllabus(student.maths)
    except ValueError:
        maths = MathSyllabus.MAA
    return Choices(
        maths=maths,
        mother_tongue=student.mother_tongue,
        b1_language=student.b1_language,
        a_language=student.a_language,
        worldview=student.worldview,
    )


class ItemRecord(Protocol):
    """A stored plan item: a PlanItemRow, or a light row with its columns."""

    @property
    def id(self) -> int | None: ...
    @property
    def plan_id(self) -> int: ...
    @property
    def offering(self) -> str | None: ...
    @property
    def code(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def grade(self) -> str | None: ...
    @property
    def groups(self) -> list[str]: ...
    @property
    def period(self) -> str | None: ...
    @property
    def op(self) -> float | None: ...
    @property
    def ects(self) -> float | None: ...


_Middle = tuple[
    str,  # label
    str,  # subject
    tuple[str, ...],  # modules
    float | None,  # ects
    str | None,  # offering_key
    tuple[str, ...],  # group_keys
    str | None,  # period
    int | None,  # period_index
    int | None,  # bar
    str | None,  # school
    tuple[Session, ...],  # sessions
    bool,  # is_exam
    tuple[str, ...],  # prerequisites
    tuple[str, ...],  # overlaps_with
    tuple[Session, ...],  # exam_sessions
]


@dataclass(frozen=True, slots=True)
class _Shared:
    """What every item with the same target (offering, groups, period, code,
    provider, ECTS) shares for students of one school and start year: an
    AuditItem's fields but the item's own (id, status, op override, grade)."""

    code: str
    provider: Provider
    op: float  # the base op, before the item's own override
    middle: _Middle  # AuditItem's fields from label to exam_sessions, in order

    @classmethod
    def of(cls, item: AuditItem) -> _Shared:
        middle = (
            *(item.label, item.subject, item.modules, item.ects, item.offering_key),
            *(item.group_keys, item.period, item.period_index, item.bar, item.school),
            *(item.sessions, item.is_exam, item.prerequisites, item.overlaps_with),
            item.exam_sessions,
        )
        return cls(item.code, item.provider, item.op, middle)


# ItemResolver.resolve passes AuditItem's fields by position (440,000 items
# per check --all on espoo: keywords and one attribute read per field cost
# a third of the item's making): the item's own fields come first and last
_ORDER = (
    "item_id",
    "code",
    "provider",
    "status",
    "op",
    "label",
    "subject",
    "modules",
    "ects",
    "offering_key",
    "group_keys",
    "period",
    "period_index",
    "bar",
    "school",
    "sessions",
    "is_exam",
    "prerequisites",
    "overlaps_with",
    "exam_sessions",
    "grade",
)
if tuple(f.name for f in fields(AuditItem)) != _ORDER:
    raise RuntimeError("ItemResolver.resolve fills AuditItem by position: update it")


class ResolvedItems:
    """Plan items resolved against one catalogue: what the items pointing at
    the same course share (their sessions, period, label ...) is worked out
    once and kept here, so thousands of plans taking the same courses
    resolve fast; and the rules of the catalogue's settings. The Workspace
    keeps one per catalogue and makes a new one with each new catalogue, so
    nothing outlives the catalogue it was worked out from."""

    def __init__(self, cat: Catalogue) -> None:
        self.catalogue = cat
        self.rules = rules_from_settings(cat.settings)
        self.shared: dict[tuple[str | None, int], dict[tuple[Any, ...], _Shared]] = {}
        # by (school, start year), then (offering, groups, period, code, provider, ects)
        self._exam_days: dict[tuple[Any, ...], dict[date, str]] = {}

    def resolver(self, student: StudentRow) -> ItemResolver:
        return ItemResolver(self.catalogue, self.rules, student, self)

    def matriculation_days(
        self, wanted: frozenset[str], sittings: Mapping[str, str]
    ) -> dict[date, str]:
        """Per matriculation exam day, the subject a student writing
        ``wanted`` in ``sittings`` writes that day, else the day's first
        subject (worked out once per choice of subjects and sittings)."""
        key = (wanted, tuple(sorted(sittings.items())))
        found = self._exam_days.get(key)
        if found is None:
            found = self._exam_days[key] = {}
            for day, subjects in self.catalogue.matriculation_days.items():
                mine = [s for s in subjects if writes_on(s, day, wanted, sittings)]
                found[day] = (mine or list(subjects))[0]
        return dict(found)

    def sessions(self, offering: Offering, group_keys: tuple[str, ...]) -> tuple[Session, ...]:
        """Sessions of the chosen groups in time order: the catalogue's
        timetable index keeps one tuple per choice, shared by every item
        making it (and by the audit's facts of it)."""
        return self.catalogue.timetable.sessions(offering.key, group_keys)


class ItemResolver:
    """Resolves one student's plan items against the catalogue (what items
    share is kept in ``resolved``: pass the Workspace's to share it between
    plans; a new one otherwise)."""

    def __init__(
        self,
        cat: Catalogue,
        rules: Rules,
        student: StudentRow,
        resolved: ResolvedItems | None = None,
    ) -> None:
        self.cat = cat
        self.rules = rules
        self.student = student
        self.resolved = resolved if resolved is not None else ResolvedItems(cat)
        self.curriculum: Curriculum = cat.school_curriculum(student.school)
        self.periods: list[Period] = cat.school_periods(student.school)
        self._school = student.school
        self._start_year = student.start_year
        cohort = (student.school, student.start_year)
        mine = self.resolved.shared.get(cohort)
        if mine is None:
            mine = self.resolved.shared[cohort] = {}
        self._shared = mine  # what items of students of this school and start year share

    def resolve(self, row: ItemRecord) -> AuditItem:
        """The item as the audit sees it. Everything but the item's own id,
        status, grade and op override depends only on what it points at and
        on the student's school and start year: that part is kept in
        ``self.resolved``."""
        groups = row.groups
        key = (
            row.offering,
            tuple(groups) if groups else (),
            row.period,
            row.code,
            row.provider,
            row.ects,
        )
        b = self._shared.get(key)
        if b is None:
            b = self._shared[key] = _Shared.of(self._resolve_shared(row, key[1]))
        op = row.op
        return AuditItem(
            row.id or 0,
            b.code,
            b.provider,
            _STATUSES.get(row.status, _PLANNED),
            b.op if op is None else op,
            *b.middle,
            row.grade,
        )

    def _resolve_shared(self, row: ItemRecord, group_keys: tuple[str, ...]) -> AuditItem:
        """The item as ``row`` would resolve with id 0, planned, no grade."""
        offering = self.cat.offerings.get(row.offering) if row.offering else None
        provider = _provider(offering.provider if offering else row.provider)
        chosen = group_keys or (offering.default_groups() if offering else ())
        period = self.period_key(row, offering)
        module = self.curriculum.module(row.code)
        local = self.curriculum.local_course(row.code) if offering is None else None
        modules = (offering.modules if offering else ()) or ((row.code,) if module else ())
        sessions = self.resolved.sessions(offering, chosen) if offering else ()
        return AuditItem(
            item_id=0,
            code=row.code,
            provider=provider,
            status=ItemStatus.PLANNED,
            op=self.base_op(row, offering),
            label=label_of(row, offering, group_keys),
            subject=(offering.subject if offering else "")
            or (module.subject if module else "")
            or (local.subject if local else ""),
            modules=modules,
            ects=row.ects if row.ects is not None else (offering.ects if offering else None),
            offering_key=row.offering,
            group_keys=chosen,
            period=period,
            period_index=self.period_index(period, offering),
            bar=offering.bar if offering else None,
            school=offering.school if offering else None,
            sessions=sessions,
            is_exam=offering.is_exam if offering else False,
            prerequisites=offering.prerequisites if offering else (),
            overlaps_with=(offering.overlaps_with if offering else ())
            or ((local.wraps,) if local and local.wraps else ()),
            exam_sessions=self.cat.own_exams(offering, chosen) if offering else (),
        )

    def op(self, row: ItemRecord, offering: Offering | None) -> float:
        """The item's op override, else what base_op says."""
        return row.op if row.op is not None else self.base_op(row, offering)

    def base_op(self, row: ItemRecord, offering: Offering | None) -> float:
        """The course's credit override, else ECTS x rate for university
        studies, else the offering's or the curriculum module's op."""
        override = self.cat.credit_overrides.get(row.code)
        if override is not None:
            return override
        provider = offering.provider if offering else _provider(row.provider)
        ects = offering.ects if offering else row.ects
        if provider == Provider.AALTO and ects is not None:
            return ects * self.rules.ects_to_op
        if offering is not None:
            return offering.op
        module = self.curriculum.module(row.code)
        if module is not None:
            return module.op
        local = self.curriculum.local_course(row.code)
        return (local.op or 0.0) if local else 0.0

    def period_key(self, row: ItemRecord, offering: Offering | None) -> str | None:
        if row.period:
            return row.period
        if offering is None:
            return None
        if offering.provider == Provider.SCHOOL and offering.period:
            return offering.period
        found = self.school_period_at(offering.start)
        return found.key if found else offering.period

    def school_period_at(self, day: date) -> Period | None:
        """The student's school period containing ``day``, else the next one
        to start after it, else the last one before it."""
        found = period_at(self.periods, day)
        if found is not None:
            return found
        later = [p for p in self.periods if p.start > day]
        if later:
            return later[0]
        return self.periods[-1] if self.periods else None

    def period_index(self, period: str | None, offering: Offering | None) -> int | None:
        """year offset from the student's start year * 5 + period number."""
        parsed = _parse_period(period, self.cat) if period else None
        if parsed is None and offering is not None:
            aalto = period_at(self.cat.aalto_periods(), offering.start)
            parsed = (int(aalto.year[:4]), aalto.number) if aalto else None
        if parsed is None:
            return None
        first_year, number = parsed
        return (first_year - self._start_year) * PERIODS_PER_YEAR + number


def _parse_period(key: str, cat: Catalogue) -> tuple[int, int] | None:
    known = cat.periods.get(key)
    if known is not None and known.year[:4].isdigit():
        return int(known.year[:4]), known.number
    match = _PERIOD_KEY.search(key)
    if match:
        return int(match.group(1)), int(match.group(2))
    year, _, number = key.rpartition("/")
    if year[-7:-3].isdigit() and number in _ROMAN:
        return int(year[-7:-3]), _ROMAN[number]
    return None


def label_of(row: ItemRecord, offering: Offering | None, group_keys: Sequence[str]) -> str:
    """What a person calls the item: the school group code ("MAA06.1") or the
    Aalto code with the chosen groups ("CS-A1111 L01+H02")."""
    if offering is None:
        return row.code
    if offering.provider == Provider.SCHOOL:
        tail = offering.key.rsplit(":", 1)[-1]
        return tail or offering.code
    return f"{offering.code} {'+'.join(group_keys)}" if group_keys else offering.code


def _provider(value: str) -> Provider:
    try:
        return Provider(value)
    except ValueError:
        return Provider.SCHOOL


_STATUSES = {s.value: s for s in ItemStatus}
_PLANNED = ItemStatus.PLANNED  # a module constant: an enum member lookup costs ~70 ns


def build_input(
    plan_id: int,
    student: StudentRow,
    items: Sequence[ItemRecord],
    acceptances: Sequence[AcceptanceRow],
    cat: Catalogue,
    load: Load,
    resolved: ResolvedItems | None = None,
) -> AuditInput:
    """The audit's input for one plan; ``resolved``: the Workspace's for
    ``cat`` (shared between plans), else one made for this plan."""
    shared = resolved if resolved is not None else ResolvedItems(cat)
    resolver = shared.resolver(student)
    rules = resolver.rules
    periods = resolver.periods
    wanted = frozenset(student.matriculation or ())
    sittings = dict(student.matriculation_sittings or {})
    days = shared.matriculation_days(wanted, sittings)
    return AuditInput(
        plan_id=plan_id,
        items=tuple(resolver.resolve(row) for row in items),
        curriculum=resolver.curriculum,
        choices=choices_of(student),
        rules=rules,
        travel=cat.travel,
        rooms=cat.rooms,
        timetable=cat.timetable,
        periods={p.key: p for p in periods},
        exam_weeks=tuple(p.exam_week for p in periods if p.exam_week is not None),
        matriculation_days=days,
        matriculation_subjects=wanted,
        matriculation_sittings=sittings,
        load=load,
        seats=cat.seats,
        acceptances={
            a.finding_key: Acceptance(a.finding_key, a.who, a.at, a.why) for a in acceptances
        },
    )


class PlanRows(NamedTuple):
    """The stored rows one plan's AuditInput is made of (Workspace.plan_rows)."""

    student: StudentRow
    items: Sequence[ItemRecord]
    acceptances: Sequence[AcceptanceRow]
    counts: list[tuple[str, tuple[str, ...], int]]  # planned counts (repositories)


def room_sharing(items: Iterable[Any], cat: Catalogue) -> set[str]:
    """The offerings whose load one plan's audit reads: the plan's own, and
    every offering with a session in a room at the same start as one of the
    plan's sessions (they share the room: Catalogue.room_sharers). Counting
    only these gives the same figures for this plan as counting every
    offering, at a fraction of the cost."""
    sharers = cat.room_sharers
    out: set[str] = set()
    for item in items:
        planned = cat.offerings.get(item.offering) if item.offering else None
        if planned is None:
            continue
        out.add(planned.key)
        for gkey in tuple(item.groups or ()) or planned.default_groups():
            chosen = planned.group(gkey)
            for s in chosen.sessions if chosen else ():
                if s.room:
                    out.update(sharers.get((s.room, s.start), ()))
    return out
