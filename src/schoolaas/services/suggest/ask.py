"""From a student's plan and a few words (the courses wanted, what stays,
which periods) to the suggestion's Request (domain/suggest/request.py):
the plan's AuditInput with the load of every candidate offering, and per
wish the offerings of the catalogue it may take in the planned periods,
resolved as the audit resolves plan items."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import TYPE_CHECKING

from schoolaas.data import repositories as repo
from schoolaas.data.tables import StudentRow
from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.codes import normalise_code
from schoolaas.domain.findings import AuditInput, Load
from schoolaas.domain.model import (
    DateRange,
    GroupKind,
    ItemStatus,
    Offering,
    Provider,
    Session,
)
from schoolaas.domain.suggest.request import FreeTime, Option, Request, Wish
from schoolaas.services.audit.inputs import (
    PERIODS_PER_YEAR,
    ItemResolver,
    compute_load,
)
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.errors import InvalidInput

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace

YEARS = 3  # upper secondary school: three years of five periods
_KINDS = (GroupKind.LESSON, GroupKind.LECTURE, GroupKind.EXERCISE, GroupKind.EXAM, GroupKind.OTHER)


@dataclass(frozen=True)
class Ask:
    """What the student asks. ``wants``: course codes wanted (required
    unless ``soft``; the first the most important); ``keep``: codes of plan
    items that stay as they are; ``periods``: school period keys to plan
    (none: from the period of ``today`` to the end of its school year);
    ``free_time``: blocks kept free."""

    wants: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    free_time: tuple[FreeTime, ...] = ()
    soft: bool = False
    today: date | None = None
    time_limit: float = 10.0
    workers: int = 1
    extra: tuple[str, ...] = field(default=())  # codes wished at a lower priority


@dataclass(frozen=True, slots=True)
class _Row:
    """A plan item row as ItemResolver reads it (an offering not yet planned)."""

    offering: str | None
    code: str
    provider: str
    id: int | None = 0
    plan_id: int = 0
    status: str = ItemStatus.PLANNED.value
    grade: str | None = None
    groups: list[str] = field(default_factory=list)
    period: str | None = None
    op: float | None = None
    ects: float | None = None


def _student_row(ws: Workspace, student_id: int) -> StudentRow:
    view = ws.student(student_id)
    return StudentRow(
        id=view.id,
        number=view.number,
        first_name=view.first_name,
        last_name=view.last_name,
        school=view.school,
        start_year=view.start_year,
        maths=view.maths.value,
        mother_tongue=view.mother_tongue,
        b1_language=view.b1_language,
        a_language=view.a_language,
        worldview=view.worldview,
        matriculation=list(view.matriculation),
    )


def planned_periods(
    cat: Catalogue, school: str, asked: Sequence[str], today: date
) -> tuple[str, ...]:
    """The periods asked (checked against the school's), else those from
    the period of ``today`` (or the next to start) to the end of its year."""
    periods = cat.school_periods(school)
    keys = [p.key for p in periods]
    if asked:
        unknown = [p for p in asked if p not in keys]
        if unknown:
            raise InvalidInput(
                "Unknown period {period!r}: the periods of school {school} are {known}.",
                period=unknown[0],
                school=school,
                known=", ".join(keys) or "none",
            )
        return tuple(p for p in keys if p in asked)
    coming = [p for p in periods if p.end >= today]
    if not coming:
        return ()
    year = coming[0].year
    return tuple(p.key for p in coming if p.year == year)


def build_request(ws: Workspace, plan_id: int, ask: Ask) -> tuple[Request, Catalogue]:
    """The Request for ``ask`` about plan ``plan_id`` (see module doc)."""
    cat = ws.catalogue()
    base = ws.audit_input(plan_id)
    plan = ws.plan(plan_id)
    student = _student_row(ws, plan.student_id)
    resolver = ItemResolver(cat, base.rules, student)
    periods = planned_periods(cat, student.school, ask.periods, ask.today or date.today())
    if not periods:
        raise InvalidInput(
            "There is no school period left to plan for {school}.", school=student.school
        )
    in_range = set(periods)
    keep = {normalise_code(c) for c in ask.keep}
    wants = [normalise_code(c) for c in ask.wants]
    extra = [normalise_code(c) for c in ask.extra]
    codes = {i.code for i in base.items if i.status == ItemStatus.PLANNED and i.period in in_range}
    codes.update(wants)
    codes.update(extra)
    offerings = _offerings_by_code(cat, student.school, resolver, in_range, codes)
    unknown = [c for c in (*wants, *extra) if c not in offerings]
    if unknown:
        raise InvalidInput(
            "{code} is not offered in the planned periods ({periods}).",
            code=unknown[0],
            periods=", ".join(periods),
        )
    wishes: list[Wish] = []
    taken: set[str] = set()
    for item in base.items:  # the plan's planned courses in the periods: wishes to keep
        if (
            item.status != ItemStatus.PLANNED
            or item.period not in in_range
            or item.code in keep
            or item.code in taken
            or item.code not in offerings
        ):
            continue
        taken.add(item.code)
        wanted = item.code in wants
        wishes.append(
            Wish(
                code=item.code,
                options=offerings[item.code],
                priority=1 if wanted else 2,
                required=wanted and not ask.soft,
                current=item,
            )
        )
    for rank, code in enumerate((*wants, *extra)):
        if code in taken:
            continue
        taken.add(code)
        wanted = rank < len(wants)
        wishes.append(
            Wish(
                code=code,
                options=offerings[code],
                priority=1 if wanted else 3,
                required=wanted and not ask.soft,
            )
        )
    last = max(resolver.period_index(p, None) or 0 for p in periods)
    later = max(0, YEARS * PERIODS_PER_YEAR - last)
    candidates = {o.key for w in wishes for o in w.options}
    base = replace(base, load=_load(ws, cat, base, candidates))
    kept = frozenset(i.item_id for i in base.items if i.code in keep)
    return (
        Request(
            base=base,
            wishes=tuple(wishes),
            kept=kept,
            free_time=ask.free_time,
            planned_periods=periods,
            later_periods=later,
            time_limit=ask.time_limit,
            workers=ask.workers,
        ),
        cat,
    )


def _offerings_by_code(
    cat: Catalogue, school: str, resolver: ItemResolver, periods: set[str], codes: set[str]
) -> dict[str, tuple[Option, ...]]:
    """Every offering the student may take in ``periods``, as Options by
    course code (school course groups of the student's school; Aalto
    realisations whose first day lies in one of the periods)."""
    out: dict[str, list[Option]] = {}
    for offering in cat.offerings.values():
        if offering.code not in codes:
            continue
        if offering.provider == Provider.SCHOOL and (
            offering.school != school or offering.period not in periods
        ):
            continue
        if not offering.groups:
            continue
        item = resolver.resolve(
            _Row(offering=offering.key, code=offering.code, provider=offering.provider.value)
        )
        if item.period not in periods:
            continue
        out.setdefault(offering.code, []).append(Option(item, _slots(offering)))
    return {code: tuple(sorted(opts, key=lambda o: o.key)) for code, opts in out.items()}


def _slots(offering: Offering) -> tuple[tuple[str, ...], ...]:
    """One study group of each type: the groups of each kind."""
    return tuple(
        keys for kind in _KINDS if (keys := tuple(g.key for g in offering.groups if g.kind == kind))
    )


def _load(ws: Workspace, cat: Catalogue, base: AuditInput, keys: Iterable[str]) -> Load:
    """The load of the plan's offerings and of every candidate, and of the
    offerings sharing a room with them at the same time."""
    sharers = cat.room_sharers
    wanted = {i.offering_key for i in base.items if i.offering_key}
    for key in keys:
        wanted.add(key)
        for group in cat.offerings[key].groups:
            for meeting in group.sessions:
                if meeting.room:
                    wanted.update(sharers.get((meeting.room, meeting.start), ()))
    with ws.session() as db:
        counts = repo.planned_counts(session=db, offerings=sorted(wanted))
    return compute_load(counts, cat)


_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def weekly_free(text: str, cat: Catalogue, school: str) -> FreeTime:
    """A free-time block from ``DAY HH.MM-HH.MM`` ("fri 16.00-23.59"; ':' or
    '.' between hours and minutes), every week of the school's periods."""

    parts = text.replace(",", " ").split()
    try:
        day = _DAYS[parts[0][:3].lower()]
        start_text, end_text = parts[1].split("-")
        slot = WeeklySlot(day, _clock(start_text), _clock(end_text))
    except (IndexError, KeyError, ValueError, TypeError):
        raise InvalidInput(
            "Free time {text!r} is not of the form DAY HH.MM-HH.MM (for example fri 16.00-23.59).",
            text=text,
        ) from None
    periods = cat.school_periods(school)
    sessions: list[Session] = []
    for period in periods:
        sessions.extend(expand_weekly([slot], DateRange(period.start, period.end)))
    return FreeTime(text, tuple(sorted(sessions, key=lambda s: s.start)))


def _clock(text: str) -> time:
    hour, _, minute = text.replace(".", ":").partition(":")
    return time(int(hour), int(minute or 0))
