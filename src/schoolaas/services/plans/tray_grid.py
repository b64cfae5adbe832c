"""The course tray as a grid (what Wilma shows a counsellor every day):
one school year of a student's school, periods x bars, each cell the course
groups offered there with their free seats, the plan's choices marked, a
clash or a second course in one bar told at once; and beside each period
the Aalto courses starting in it, marked by whether they fit the plan.

Plain data worked out from a ``PlanState`` (no Qt); every clash answer comes
from the catalogue's ``TimetableIndex`` (domain/timetable_index.py), the
same code the audit runs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from schoolaas.data import repositories as repo
from schoolaas.domain.calendar import Period, year_of
from schoolaas.domain.model import AuditItem, Offering, Provider, StudyGroup, pick_text
from schoolaas.domain.premises import Room
from schoolaas.domain.timetable_index import TimetableIndex
from schoolaas.services.views import ItemView, PlanState
from schoolaas.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class TrayGroup:
    """One course group offered in a cell (a school offering)."""

    offering_key: str
    code: str  # "MAA6"
    label: str  # the group's name in the tray, "MAA06.1"
    name: str  # the course's name in the chosen language
    op: float
    seats: int | None  # how many it takes (None: no limit known)
    taken: int  # students whose active plan holds it
    item_id: int | None  # the plan item choosing it, None when not chosen
    clashes: bool  # chosen: clashes with another item; else: would clash with the plan
    elsewhere: str | None  # the plan holds this course in another group: its period key
    clashes_with: tuple[str, ...] = ()  # the plan's items it clashes with (their labels)

    @property
    def chosen(self) -> bool:
        return self.item_id is not None

    @property
    def free(self) -> int | None:
        return None if self.seats is None else self.seats - self.taken


@dataclass(frozen=True, slots=True)
class TrayCell:
    period: str  # period key
    bar: int
    groups: tuple[TrayGroup, ...]

    @property
    def chosen(self) -> tuple[TrayGroup, ...]:
        return tuple(g for g in self.groups if g.chosen)

    @property
    def crowded(self) -> bool:
        """Two courses chosen in one bar of one period (the audit's same-bar)."""
        return len(self.chosen) > 1


@dataclass(frozen=True, slots=True)
class AaltoCourse:
    """An Aalto realisation starting in a school period."""

    offering_key: str
    code: str
    name: str
    ects: float | None
    start: date
    end: date
    item_id: int | None  # the plan item holding it
    fits: bool  # chosen: no clash with the rest; else: would not clash with the plan
    clashes_with: tuple[str, ...] = ()  # the plan's items it clashes with (their labels)


@dataclass(frozen=True, slots=True)
class TrayGrid:
    school: str
    year: str  # "2026-27"
    years: tuple[str, ...]  # the school's years in the catalogue
    periods: tuple[Period, ...]  # the year's periods in order
    bars: tuple[int, ...]
    cells: Mapping[tuple[str, int], TrayCell]  # (period key, bar) -> cell
    aalto: Mapping[str, tuple[AaltoCourse, ...]]  # period key -> courses starting in it

    def cell(self, period: str, bar: int) -> TrayCell:
        return self.cells.get((period, bar)) or TrayCell(period, bar, ())


def school_years(state: PlanState) -> tuple[str, ...]:
    """The school years of the student's school, in order."""
    periods = state.catalogue.school_periods(state.student.school)
    return tuple(dict.fromkeys(p.year for p in periods))


def default_year(state: PlanState, today: date | None = None) -> str:
    """The year holding ``today``, else the student's first year in the
    catalogue, else the first year there is."""
    years = school_years(state)
    if not years:
        return year_of(today or date.today())
    now = year_of(today or date.today())
    if now in years:
        return now
    first = f"{state.student.start_year}-{(state.student.start_year + 1) % 100:02d}"
    return first if first in years else years[0]


def tray_grid(
    workspace: Workspace, state: PlanState, year: str, *, language: str = "en"
) -> TrayGrid:
    """The grid of ``year`` for the open plan of ``state``."""
    cat = state.catalogue
    school = state.student.school
    periods = tuple(p for p in cat.school_periods(school) if p.year == year)
    keys = {p.key for p in periods}
    offered = [
        o
        for o in cat.offerings.values()
        if o.provider == Provider.SCHOOL and o.school == school and o.period in keys
    ]
    taken = _taken(workspace, [o.key for o in offered])
    items = state.audit_items
    timetable = cat.timetable
    clashing = timetable.clashing_offerings(items)
    pairs = timetable.clash_pairs(items)
    clashing_items = {items[n].item_id for pair in pairs for n in pair}
    partners = _Partners(timetable, items, pairs)
    by_offering: dict[str, ItemView] = {}
    for row in state.items:
        if row.offering_key:
            by_offering.setdefault(row.offering_key, row)

    cells: dict[tuple[str, int], list[TrayGroup]] = defaultdict(list)
    for o in sorted(offered, key=lambda o: (o.code, o.key)):
        if o.bar is None or o.period is None:
            continue
        item = by_offering.get(o.key)
        chosen = item.id if item else None
        cells[(o.period, o.bar)].append(
            TrayGroup(
                offering_key=o.key,
                code=o.code,
                label=_label(o),
                name=pick_text(o.name, language) or o.code,
                op=o.op,
                seats=_seats(o, cat.rooms),
                taken=taken.get(o.key, 0),
                item_id=chosen,
                clashes=(chosen in clashing_items) if chosen else (o.key in clashing),
                elsewhere=_elsewhere(state, o),
                clashes_with=partners.of(chosen, o.key, clashing),
            )
        )
    bars = tuple(sorted({bar for _, bar in cells}))
    return TrayGrid(
        school=school,
        year=year,
        years=school_years(state),
        periods=periods,
        bars=bars,
        cells={k: TrayCell(k[0], k[1], tuple(v)) for k, v in cells.items()},
        aalto=_aalto(state, periods, by_offering, clashing, partners, language),
    )


class _Partners:
    """What a tray choice clashes with, in the labels of the plan's items:
    a chosen item's partners from the audit's clash pairs, a choice not in
    the plan from the clash details of its default groups (asked only for
    the choices that clash)."""

    def __init__(
        self, timetable: TimetableIndex, items: Sequence[AuditItem], pairs: set[tuple[int, int]]
    ) -> None:
        self._timetable, self._items = timetable, items
        self._chosen: dict[int, list[str]] = defaultdict(list)
        for a, b in sorted(pairs):
            self._chosen[items[a].item_id].append(_item_label(items[b]))
            self._chosen[items[b].item_id].append(_item_label(items[a]))

    def clashing_items(self) -> set[int]:
        return set(self._chosen)

    def of(self, chosen: int | None, key: str, clashing: set[str]) -> tuple[str, ...]:
        if chosen is not None:
            return tuple(dict.fromkeys(self._chosen.get(chosen, ())))
        if key not in clashing:
            return ()
        details = self._timetable.clash_details(self._items, self._timetable.default_choice(key))
        return tuple(dict.fromkeys(_item_label(c.item) for c in details))


def _item_label(item: AuditItem) -> str:
    return item.label or item.code


def _aalto(
    state: PlanState,
    periods: Sequence[Period],
    by_offering: Mapping[str, ItemView],
    clashing: set[str],
    partners: _Partners,
    language: str,
) -> dict[str, tuple[AaltoCourse, ...]]:
    """The Aalto realisations starting in each period (an exam-only
    realisation is left out: it is no course to choose)."""
    found: dict[str, list[AaltoCourse]] = {p.key: [] for p in periods}
    clashing_items = partners.clashing_items()
    for o in state.catalogue.offerings.values():
        if o.provider != Provider.AALTO or o.is_exam:
            continue
        period = _starting_in(periods, o.start)
        if period is None:
            continue
        item = by_offering.get(o.key)
        chosen = item.id if item else None
        found[period.key].append(
            AaltoCourse(
                offering_key=o.key,
                code=o.code,
                name=pick_text(o.name, language) or o.code,
                ects=o.ects,
                start=o.start,
                end=o.end,
                item_id=chosen,
                fits=(chosen not in clashing_items) if chosen else (o.key not in clashing),
                clashes_with=partners.of(chosen, o.key, clashing),
            )
        )
    return {k: tuple(sorted(v, key=lambda c: (not c.fits, c.code))) for k, v in found.items()}


def _elsewhere(state: PlanState, o: Offering) -> str | None:
    """The period of another plan item of the same course, if any."""
    other = next((i for i in state.items if i.code == o.code and i.offering_key != o.key), None)
    if other is None:
        return None
    return other.period or "?"


def _starting_in(periods: Iterable[Period], day: date) -> Period | None:
    return next((p for p in periods if p.start <= day <= p.end), None)


def _label(o: Offering) -> str:
    """The group's tray name: its lesson group's name, else its code."""
    return next((g.name for g in o.groups if g.name), o.code)


def _seats(o: Offering, rooms: Mapping[str, Room]) -> int | None:
    """Seats of the course group: its groups' own limit, the seats Aalto
    opened, else the smallest room its lessons are in."""
    limits = [g.capacity for g in o.groups if g.capacity is not None]
    if limits:
        return min(limits)
    if o.seats is not None:
        return o.seats
    return _room_seats(o.groups, rooms)


def _room_seats(groups: Iterable[StudyGroup], rooms: Mapping[str, Room]) -> int | None:
    known = [
        rooms[s.room].capacity for g in groups for s in g.sessions if s.room and s.room in rooms
    ]
    return min(known) if known else None


def _taken(workspace: Workspace, keys: list[str]) -> dict[str, int]:
    """Students whose active plan holds each offering (one query)."""
    if not keys:
        return {}
    out: dict[str, int] = defaultdict(int)
    with workspace.session() as s:
        for key, _, count in repo.planned_counts(session=s, offerings=keys):
            out[key] += count
    return dict(out)


def group_seats_left(workspace: Workspace, offering: Offering) -> dict[str, int | None]:
    """Seats still free in each study group of ``offering``: its own limit
    less the students whose active plan takes that group (None: no limit)."""
    taken: dict[str, int] = defaultdict(int)
    with workspace.session() as s:
        for _, groups, count in repo.planned_counts(session=s, offerings=[offering.key]):
            for key in groups or offering.default_groups():
                taken[key] += count
    return {
        g.key: (None if g.capacity is None else g.capacity - taken.get(g.key, 0))
        for g in offering.groups
    }
