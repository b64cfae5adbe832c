"""The school setup use cases: list, add, change and remove each kind of
record of a school's world. Each call is one unit of work and returns a
:class:`~schoolaas.services.views.Change` (``catalogue`` and ``premises`` or
``settings`` set, so windows refresh) whose ``snapshot`` holds
``"before"`` and ``"after"`` (the record before and after the edit, None
when there was or is none): what an undo needs. ``change_*`` takes the
record as the caller last saw it (``before``) and refuses with StaleEdit
when the stored one differs now. Bad input raises InvalidInput naming the
record and field; removing something still used raises InvalidInput
naming what uses it; an unknown key raises NotFound."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlmodel import Session

from schoolaas.data.engine import HasEngine
from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.io.school_calendar_records import (
    Building,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    Room,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
)
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.premises.buildings import unit
from schoolaas.services.setup import premises_store, store
from schoolaas.services.setup.lessons import expand_lessons
from schoolaas.services.views import Change

T = TypeVar("T")

Record = (
    SchoolRecord
    | SchoolYearRecord
    | PeriodRecord
    | HolidayRecord
    | Building
    | Room
    | TravelRecord
    | MatriculationDayRecord
)


class SetupKind(StrEnum):
    """The kinds of record of the school setup (the CLI's KIND words)."""

    SCHOOL = "school"
    YEAR = "year"
    PERIOD = "period"
    HOLIDAY = "holiday"
    BUILDING = "building"
    ROOM = "room"
    TRAVEL = "travel"
    MATRICULATION = "matriculation"


RECORD_TYPES: dict[SetupKind, type] = {
    SetupKind.SCHOOL: SchoolRecord,
    SetupKind.YEAR: SchoolYearRecord,
    SetupKind.PERIOD: PeriodRecord,
    SetupKind.HOLIDAY: HolidayRecord,
    SetupKind.BUILDING: Building,
    SetupKind.ROOM: Room,
    SetupKind.TRAVEL: TravelRecord,
    SetupKind.MATRICULATION: MatriculationDayRecord,
}
_PREMISES = frozenset({SetupKind.BUILDING, SetupKind.ROOM, SetupKind.TRAVEL})


def kind_of(record: object) -> SetupKind:
    """The kind of a setup record; InvalidInput for anything else."""
    for kind, cls in RECORD_TYPES.items():
        if type(record) is cls:
            return kind
    raise InvalidInput("{what} is not a record of the school setup.", what=type(record).__name__)


def _edit(
    workspace: HasEngine,
    kind: SetupKind,
    work: Callable[[Session], tuple[object, object]],
) -> Change:
    """Run ``work`` (returning before, after) as one unit of work."""
    with unit(workspace) as session:
        before, after = work(session)
        bump_catalogue_version(session=session)
    return Change(
        catalogue=True,
        premises=kind in _PREMISES,
        settings=kind not in _PREMISES,
        snapshot={"kind": kind.value, "before": before, "after": after},
    )


def _read(workspace: HasEngine, read: Callable[[Session], T]) -> T:
    with unit(workspace) as session:
        return read(session)


def _seen(stored: object, before: object, what: str) -> None:
    if stored != before:
        raise StaleEdit(
            "{what} was changed by someone else since you saw it; nothing was saved. "
            "Reload to see it.",
            what=what,
        )


def _one(records: list[T], match: Callable[[T], bool], missing: str, key: object) -> T:
    found = next((r for r in records if match(r)), None)
    if found is None:
        raise NotFound(missing, key=key)
    return found


# --- schools -------------------------------------------------------------------


def schools(workspace: HasEngine) -> list[SchoolRecord]:
    """Every school, by code."""
    return _read(workspace, store.read_schools)


def add_school(workspace: HasEngine, record: SchoolRecord) -> Change:
    """Add a school; its building must exist."""
    return _edit(workspace, SetupKind.SCHOOL,
                 lambda s: (None, store.put_school(s, record, new=True)))  # fmt: skip


def change_school(workspace: HasEngine, before: SchoolRecord, after: SchoolRecord) -> Change:
    """Change a school's name, building or curriculum (not its code)."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.code, after.code, "school code")
        stored = _one(store.read_schools(s), lambda r: r.code == before.code,
                      "There is no school {key}.", before.code)  # fmt: skip
        _seen(stored, before, f"School {before.code}")
        return stored, store.put_school(s, after, new=False)

    return _edit(workspace, SetupKind.SCHOOL, work)


def remove_school(workspace: HasEngine, code: str) -> Change:
    """Remove a school with its years, periods and holidays; refused while
    students or course groups belong to it."""
    return _edit(workspace, SetupKind.SCHOOL, lambda s: (store.drop_school(s, code), None))


# --- school years ----------------------------------------------------------------


def school_years(workspace: HasEngine, school: str | None = None) -> list[SchoolYearRecord]:
    """The school years (of ``school``), by school and year."""
    return _read(workspace, lambda s: store.read_years(s, school))


def add_school_year(workspace: HasEngine, record: SchoolYearRecord) -> Change:
    return _edit(workspace, SetupKind.YEAR, lambda s: (None, store.put_year(s, record, new=True)))


def change_school_year(
    workspace: HasEngine, before: SchoolYearRecord, after: SchoolYearRecord
) -> Change:
    """Change a school year's first and last day (its periods must still fit)."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.key, after.key, "school and year")
        name = f"{before.school} {before.year}"
        stored = _one(store.read_years(s, before.school), lambda r: r.key == before.key,
                      "There is no school year {key}.", name)  # fmt: skip
        _seen(stored, before, f"School year {before.school} {before.year}")
        return stored, store.put_year(s, after, new=False)

    return _edit(workspace, SetupKind.YEAR, work)


def remove_school_year(workspace: HasEngine, school: str, year: str) -> Change:
    """Remove a school year and its periods; refused while any of them is used."""
    return _edit(workspace, SetupKind.YEAR, lambda s: (store.drop_year(s, school, year), None))


# --- periods -------------------------------------------------------------------------


def periods(
    workspace: HasEngine, school: str | None = None, year: str | None = None
) -> list[PeriodRecord]:
    """School periods (of ``school`` and ``year``), in order."""
    return _read(workspace, lambda s: store.read_periods(s, school, year))


def add_period(workspace: HasEngine, record: PeriodRecord) -> Change:
    """Add a period inside its school year, overlapping no other period."""
    return _edit(workspace, SetupKind.PERIOD,
                 lambda s: (None, store.put_period(s, record, new=True)))  # fmt: skip


def change_period(workspace: HasEngine, before: PeriodRecord, after: PeriodRecord) -> Change:
    """Change a period's dates or exam week; its lessons follow (groups that
    ran over the whole period run over the new dates, none in the exam week)."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.key, after.key, "period key")
        stored = _one(store.read_periods(s, before.school, before.year),
                      lambda r: r.key == before.key, "There is no period {key}.",
                      before.key)  # fmt: skip
        _seen(stored, before, f"Period {before.key}")
        return stored, store.put_period(s, after, new=False)

    return _edit(workspace, SetupKind.PERIOD, work)


def remove_period(workspace: HasEngine, key: str) -> Change:
    """Remove a school period; refused while course groups or plan items use it."""
    return _edit(workspace, SetupKind.PERIOD, lambda s: (store.drop_period(s, key), None))


# --- holidays and no-teaching days -----------------------------------------------------


def holidays(workspace: HasEngine, school: str | None = None) -> list[HolidayRecord]:
    """Holidays and no-teaching days (of ``school``), by school and date."""
    return _read(workspace, lambda s: store.read_holidays(s, school))


def add_holiday(workspace: HasEngine, record: HolidayRecord) -> Change:
    """Add a holiday; the school's lessons on its days are removed. The new
    row's id is ``Change.created_id``."""
    with unit(workspace) as session:
        after = store.put_holiday(session, record)
        bump_catalogue_version(session=session)
    return Change(
        catalogue=True,
        settings=True,
        created_id=after.id,
        snapshot={"kind": SetupKind.HOLIDAY.value, "before": None, "after": after},
    )


def change_holiday(workspace: HasEngine, before: HolidayRecord, after: HolidayRecord) -> Change:
    """Change the holiday ``before.id``; lessons follow the new days."""
    if before.id is None:
        raise InvalidInput("Holiday {name}: say which stored holiday to change.", name=before.name)
    holiday_id = before.id

    def work(s: Session) -> tuple[object, object]:
        stored = _one(store.read_holidays(s), lambda r: r.id == holiday_id,
                      "There is no holiday with id {key}.", holiday_id)  # fmt: skip
        _seen(stored, before, f"Holiday {before.name}")
        return stored, store.put_holiday(s, after, holiday_id=holiday_id)

    return _edit(workspace, SetupKind.HOLIDAY, work)


def remove_holiday(workspace: HasEngine, holiday_id: int) -> Change:
    """Remove a holiday; the school's lessons on its days come back."""
    return _edit(workspace, SetupKind.HOLIDAY,
                 lambda s: (store.drop_holiday(s, holiday_id), None))  # fmt: skip


# --- buildings -------------------------------------------------------------------------


def buildings(workspace: HasEngine) -> list[Building]:
    return _read(workspace, premises_store.read_buildings)


def add_building(workspace: HasEngine, record: Building) -> Change:
    return _edit(workspace, SetupKind.BUILDING,
                 lambda s: (None, premises_store.put_building(s, record, new=True)))  # fmt: skip


def change_building(workspace: HasEngine, before: Building, after: Building) -> Change:
    """Change a building's name, address, site or coordinates (not its code)."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.code, after.code, "building code")
        stored = _one(premises_store.read_buildings(s), lambda r: r.code == before.code,
                      "There is no building {key}.", before.code)  # fmt: skip
        _seen(stored, before, f"Building {before.code}")
        return stored, premises_store.put_building(s, after, new=False)

    return _edit(workspace, SetupKind.BUILDING, work)


def remove_building(workspace: HasEngine, code: str) -> Change:
    """Remove a building; refused while rooms, a school or lessons use it."""
    return _edit(
        workspace, SetupKind.BUILDING, lambda s: (premises_store.drop_building(s, code), None)
    )


# --- rooms --------------------------------------------------------------------------------


def rooms(workspace: HasEngine, building: str | None = None) -> list[Room]:
    return _read(workspace, lambda s: premises_store.read_rooms(s, building))


def add_room(workspace: HasEngine, record: Room) -> Change:
    return _edit(
        workspace, SetupKind.ROOM, lambda s: (None, premises_store.put_room(s, record, new=True))
    )


def change_room(workspace: HasEngine, before: Room, after: Room) -> Change:
    """Change a room's capacity, kind or accessibility (not its building or code)."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.key, after.key, "room")
        stored = _one(premises_store.read_rooms(s, before.building), lambda r: r.key == before.key,
                      "There is no room {key}.", before.key)  # fmt: skip
        _seen(stored, before, f"Room {before.key}")
        return stored, premises_store.put_room(s, after, new=False)

    return _edit(workspace, SetupKind.ROOM, work)


def remove_room(workspace: HasEngine, key: str) -> Change:
    """Remove a room ("OIH-A101"); refused while lessons are held in it,
    naming the groups and their dates."""
    return _edit(workspace, SetupKind.ROOM, lambda s: (premises_store.drop_room(s, key), None))


# --- travel and walking speed ----------------------------------------------------------------


def travel(workspace: HasEngine) -> list[TravelRecord]:
    """Minutes between sites, one record per pair."""
    return _read(workspace, premises_store.read_travel)


def add_travel(workspace: HasEngine, record: TravelRecord) -> Change:
    return _edit(workspace, SetupKind.TRAVEL,
                 lambda s: (None, premises_store.put_travel(s, record, new=True)))  # fmt: skip


def change_travel(workspace: HasEngine, before: TravelRecord, after: TravelRecord) -> Change:
    """Change the minutes between two sites."""

    def work(s: Session) -> tuple[object, object]:
        _code_kept(before.key, after.key, "pair of sites")
        stored = _one(premises_store.read_travel(s), lambda r: r.key == before.key,
                      "There is no travel time {key}.", " ↔ ".join(before.key))  # fmt: skip
        _seen(stored, TravelRecord(*before.key, before.minutes), "Travel " + " ↔ ".join(before.key))
        return stored, premises_store.put_travel(s, after, new=False)

    return _edit(workspace, SetupKind.TRAVEL, work)


def remove_travel(workspace: HasEngine, site_a: str, site_b: str) -> Change:
    return _edit(workspace, SetupKind.TRAVEL,
                 lambda s: (premises_store.drop_travel(s, site_a, site_b), None))  # fmt: skip


def walking_speed(workspace: HasEngine) -> float:
    """The campus walking speed in metres per minute (travel within a site)."""
    return _read(workspace, premises_store.read_walking_speed)


def set_walking_speed(workspace: HasEngine, m_per_min: float) -> Change:
    """Set the walking speed; snapshot before/after are the speeds."""

    def work(s: Session) -> tuple[object, object]:
        return premises_store.read_walking_speed(s), premises_store.put_walking_speed(s, m_per_min)

    change = _edit(workspace, SetupKind.TRAVEL, work)
    return Change(catalogue=True, premises=True, settings=True, snapshot=change.snapshot)


# --- matriculation exam days --------------------------------------------------------------------


def matriculation_days(workspace: HasEngine) -> list[MatriculationDayRecord]:
    """Every subject's exam day, by date; ``record.sitting`` groups them."""
    return _read(workspace, store.read_matriculation)


def add_matriculation_day(workspace: HasEngine, record: MatriculationDayRecord) -> Change:
    return _edit(workspace, SetupKind.MATRICULATION,
                 lambda s: (None, store.put_matriculation_day(s, record)))  # fmt: skip


def change_matriculation_day(
    workspace: HasEngine, before: MatriculationDayRecord, after: MatriculationDayRecord
) -> Change:
    """Move a subject's exam to another day (or another subject to the day)."""

    def work(s: Session) -> tuple[object, object]:
        old = store.drop_matriculation_day(s, before.day, before.subject)
        return old, store.put_matriculation_day(s, after)

    return _edit(workspace, SetupKind.MATRICULATION, work)


def remove_matriculation_day(workspace: HasEngine, day: date, subject: str) -> Change:
    return _edit(workspace, SetupKind.MATRICULATION,
                 lambda s: (store.drop_matriculation_day(s, day, subject), None))  # fmt: skip


# --- any kind ------------------------------------------------------------------------------------


def records(workspace: HasEngine, kind: SetupKind | str) -> list[Record]:
    """Every record of ``kind`` (as the per-kind listing functions)."""
    readers: dict[SetupKind, Callable[[Session], list[Record]]] = {
        SetupKind.SCHOOL: lambda s: list(store.read_schools(s)),
        SetupKind.YEAR: lambda s: list(store.read_years(s)),
        SetupKind.PERIOD: lambda s: list(store.read_periods(s)),
        SetupKind.HOLIDAY: lambda s: list(store.read_holidays(s)),
        SetupKind.BUILDING: lambda s: list(premises_store.read_buildings(s)),
        SetupKind.ROOM: lambda s: list(premises_store.read_rooms(s)),
        SetupKind.TRAVEL: lambda s: list(premises_store.read_travel(s)),
        SetupKind.MATRICULATION: lambda s: list(store.read_matriculation(s)),
    }
    return _read(workspace, readers[parse_kind(kind)])


def add(workspace: HasEngine, record: Record) -> Change:
    """Add any setup record (the undo of a removal)."""
    adders: dict[SetupKind, Callable[[HasEngine, object], Change]] = {
        SetupKind.SCHOOL: add_school,  # type: ignore[dict-item]
        SetupKind.YEAR: add_school_year,  # type: ignore[dict-item]
        SetupKind.PERIOD: add_period,  # type: ignore[dict-item]
        SetupKind.HOLIDAY: add_holiday,  # type: ignore[dict-item]
        SetupKind.BUILDING: add_building,  # type: ignore[dict-item]
        SetupKind.ROOM: add_room,  # type: ignore[dict-item]
        SetupKind.TRAVEL: add_travel,  # type: ignore[dict-item]
        SetupKind.MATRICULATION: add_matriculation_day,  # type: ignore[dict-item]
    }
    return adders[kind_of(record)](workspace, record)


def change(workspace: HasEngine, before: Record, after: Record) -> Change:
    """Change any setup record from ``before`` (as seen) to ``after``."""
    kind = kind_of(before)
    if kind_of(after) is not kind:
        raise InvalidInput("A {kind} can only be changed into a {kind}.", kind=kind.value)
    changers: dict[SetupKind, Callable[[HasEngine, object, object], Change]] = {
        SetupKind.SCHOOL: change_school,  # type: ignore[dict-item]
        SetupKind.YEAR: change_school_year,  # type: ignore[dict-item]
        SetupKind.PERIOD: change_period,  # type: ignore[dict-item]
        SetupKind.HOLIDAY: change_holiday,  # type: ignore[dict-item]
        SetupKind.BUILDING: change_building,  # type: ignore[dict-item]
        SetupKind.ROOM: change_room,  # type: ignore[dict-item]
        SetupKind.TRAVEL: change_travel,  # type: ignore[dict-item]
        SetupKind.MATRICULATION: change_matriculation_day,  # type: ignore[dict-item]
    }
    return changers[kind](workspace, before, after)


def remove(workspace: HasEngine, record: Record) -> Change:
    """Remove any setup record (found by its key; a holiday by its id)."""
    if isinstance(record, SchoolRecord):
        return remove_school(workspace, record.code)
    if isinstance(record, SchoolYearRecord):
        return remove_school_year(workspace, record.school, record.year)
    if isinstance(record, PeriodRecord):
        return remove_period(workspace, record.key)
    if isinstance(record, HolidayRecord):
        if record.id is None:
            found = [h for h in holidays(workspace, record.school) if h.key == record.key]
            if not found:
                raise NotFound("There is no holiday {key}.", key=f"{record.name} {record.start}")
            return remove_holiday(workspace, found[0].id or 0)
        return remove_holiday(workspace, record.id)
    if isinstance(record, Building):
        return remove_building(workspace, record.code)
    if isinstance(record, Room):
        return remove_room(workspace, record.key)
    if isinstance(record, TravelRecord):
        return remove_travel(workspace, record.site_a, record.site_b)
    if isinstance(record, MatriculationDayRecord):
        return remove_matriculation_day(workspace, record.day, record.subject)
    raise InvalidInput("{what} is not a record of the school setup.", what=type(record).__name__)


def parse_kind(kind: SetupKind | str) -> SetupKind:
    try:
        return SetupKind(kind)
    except ValueError:
        raise InvalidInput(
            "Unknown kind {kind!r}; use one of {choices}.",
            kind=kind,
            choices=", ".join(k.value for k in SetupKind),
        ) from None


def reexpand_lessons(workspace: HasEngine, school: str | None = None) -> Change:
    """Expand every weekly lesson pattern (of ``school``) on the calendar
    again; ``snapshot`` holds the numbers of lessons added and removed."""
    with unit(workspace) as session:
        done = expand_lessons(session, schools=[school] if school else None)
        if done.changed:
            bump_catalogue_version(session=session)
    return Change(
        catalogue=done.changed,
        snapshot={"added": done.added, "removed": done.removed, "groups": done.groups},
    )


def _code_kept(old: object, new: object, what: str) -> None:
    if old != new:
        raise InvalidInput(
            "The {what} cannot be changed ({old} → {new}); add a new one and remove the old.",
            what=what,
            old=old,
            new=new,
        )
