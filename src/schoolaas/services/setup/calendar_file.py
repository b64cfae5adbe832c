"""Importing and exporting the school calendar file (docs/school-calendar.md).

``import_calendar(ws, path)`` reads the file (io/school_calendar.py) and
writes it in ONE transaction: buildings, rooms, travel and the walking
speed, schools, school years, periods, holidays and matriculation days are
added or updated to what the file says; the holidays of each school the file
lists, and the matriculation days of each sitting it lists, become exactly
the file's. The weekly lessons of the schools are then expanded again on the
new calendar. A dry run does all of it and rolls back, so its report is
what a real import would do. Importing the same file twice changes nothing
the second time. A bad file or a record the setup refuses comes out as
InvalidInput naming the file and the place, and nothing is written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import Session

from schoolaas import __version__ as _version
from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.io import school_calendar
from schoolaas.io.errors import ImportProblem
from schoolaas.io.files import MAX_BYTES
from schoolaas.io.school_calendar_records import (
    CalendarData,
    HolidayRecord,
    SchoolYearRecord,
    sitting_of,
)
from schoolaas.services.errors import InvalidInput, PlannerError
from schoolaas.services.imports.report import ImportReport, Updated
from schoolaas.services.imports.transaction import in_one_transaction
from schoolaas.services.premises.buildings import unit
from schoolaas.services.setup import premises_store, store
from schoolaas.services.setup.lessons import Expanded, expand_lessons

KIND = "calendar"
K = TypeVar("K")
R = TypeVar("R")


def calendar_data(workspace: HasEngine) -> CalendarData:
    """Everything the school calendar file holds, as stored now."""
    with unit(workspace) as session:
        return read_calendar(session)


def read_calendar(session: Session) -> CalendarData:
    """The calendar as stored. A school year missing for some periods (a
    database filled without the setup) is written as their first to last day."""
    periods = store.read_periods(session)
    years = {y.key: y for y in store.read_years(session)}
    for p in periods:
        known = years.get((p.school, p.year))
        if known is None or known.start > p.start or known.end < p.end:
            start = min(p.start, known.start) if known else p.start
            end = max(p.end, known.end) if known else p.end
            years[(p.school, p.year)] = SchoolYearRecord(p.school, p.year, start, end)
    return CalendarData(
        buildings=tuple(premises_store.read_buildings(session)),
        rooms=tuple(premises_store.read_rooms(session)),
        travel=tuple(premises_store.read_travel(session)),
        walking_m_per_min=premises_store.read_walking_speed(session),
        schools=tuple(store.read_schools(session)),
        years=tuple(years[k] for k in sorted(years)),
        periods=tuple(periods),
        holidays=tuple(store.read_holidays(session)),
        matriculation=tuple(store.read_matriculation(session)),
    )


def calendar_text(workspace: HasEngine) -> str:
    """The school calendar file of the database, as text."""
    return school_calendar.dump_calendar(
        calendar_data(workspace), comment=f"Written by SchoolaaS Planner {_version}."
    )


def export_calendar(workspace: HasEngine, path: str | Path) -> Path:
    """Write the school calendar file to ``path`` (atomically, owner-only)."""
    body = calendar_text(workspace)
    target = Path(path)
    try:
        write_file(target, body, folders=True)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=target, reason=exc.strerror or exc
        ) from None
    return target


def import_calendar(
    workspace: HasEngine, path: str | Path, *, dry_run: bool = False, limit: int = MAX_BYTES
) -> ImportReport:
    """Import the school calendar file at ``path``; returns what changed
    (or, with ``dry_run``, what would change: nothing is written)."""
    report = ImportReport(kind=KIND, path=str(path), dry_run=dry_run, source="school-calendar")
    try:
        data = school_calendar.load_file(path, limit=limit)
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None
    return in_one_transaction(
        workspace,
        path,
        report,
        lambda session: apply_calendar(data, session, report, path=str(path)),
    )


def apply_calendar(
    data: CalendarData, session: Session, report: ImportReport, *, path: str
) -> None:
    """Write ``data`` into the open transaction, recording what changed."""
    report.records = sum(
        len(getattr(data, f.name)) for f in fields(data) if isinstance(getattr(data, f.name), tuple)
    )
    sync = _Sync(session, report, path)
    sync.upsert("buildings", data.buildings, lambda b: b.code,
                {b.code: b for b in premises_store.read_buildings(session)},
                lambda r, new: premises_store.put_building(session, r, new=new))  # fmt: skip
    sync.upsert("rooms", data.rooms, lambda r: r.key,
                {r.key: r for r in premises_store.read_rooms(session)},
                lambda r, new: premises_store.put_room(session, r, new=new))  # fmt: skip
    sync.upsert("travel", data.travel, lambda t: " ↔ ".join(t.key),
                {" ↔ ".join(t.key): t for t in premises_store.read_travel(session)},
                lambda r, new: premises_store.put_travel(session, r, new=new))  # fmt: skip
    if premises_store.read_walking_speed(session) != data.walking_m_per_min:
        sync.run("campus", "walking_m_per_min",
                 lambda: premises_store.put_walking_speed(session,
                                                          data.walking_m_per_min))  # fmt: skip
        report.updated.append(Updated("walking speed", (f"{data.walking_m_per_min:g} m/min",)))
    sync.upsert("schools", data.schools, lambda s: s.code,
                {s.code: s for s in store.read_schools(session)},
                lambda r, new: store.put_school(session, r, new=new))  # fmt: skip
    sync.upsert("years", data.years, lambda y: f"{y.school} {y.year}",
                {f"{y.school} {y.year}": y for y in store.read_years(session)},
                lambda r, new: store.put_year(session, r, new=new))  # fmt: skip
    sync.upsert("periods", data.periods, lambda p: p.key,
                {p.key: p for p in store.read_periods(session)},
                lambda r, new: store.put_period(session, r, new=new, expand=False),
                touch=lambda old, new: sync.mark(
                    new.school.strip().upper(), new.start, new.end,
                    *((old.start, old.end) if old else ())))  # fmt: skip
    schools = {s.code.strip().upper() for s in data.schools} | {
        h.school.strip().upper() for h in data.holidays
    }
    _sync_holidays(sync, data.holidays, schools)
    _sync_matriculation(sync, data)
    done = Expanded()
    if sync.touched:  # only the schools whose calendar changed, between the days it did
        days = [d for changed in sync.touched.values() for d in changed]
        done = expand_lessons(session, schools=sync.touched, between=(min(days), max(days)))
    if done.changed:
        report.notes.append(
            f"Lessons expanded on the calendar: {done.added} added, {done.removed} removed "
            f"({done.groups} course groups with weekly lesson times)."
        )
        if not report.changed:
            counts = (f"{done.added} added", f"{done.removed} removed")
            report.updated.append(Updated("lessons", counts))


class _Sync:
    """Adds, updates and removes records, reporting each; a refusal of the
    setup becomes InvalidInput naming the file, the table and the record."""

    def __init__(self, session: Session, report: ImportReport, path: str) -> None:
        self.session, self.report, self.path = session, report, path
        self.touched: dict[str, list[date]] = defaultdict(list)  # school -> changed days

    def mark(self, school: str, *days: date) -> None:
        """The school's calendar changed on these days: expand its lessons there."""
        self.touched[school].extend(days)

    def run(self, table: str, ident: str, work: Callable[[], object]) -> None:
        try:
            work()
        except PlannerError as exc:
            raise InvalidInput(
                "{path}: [[{table}]] {ident}: {reason}",
                path=self.path,
                table=table,
                ident=ident,
                reason=exc.worded(),
            ) from None

    def upsert(
        self,
        table: str,
        records: Iterable[R],
        key: Callable[[R], str],
        stored: dict[str, Any],
        put: Callable[[R, bool], object],
        touch: Callable[[Any, Any], None] | None = None,
    ) -> None:
        seen: set[str] = set()
        for record in records:
            ident = key(record)
            if ident in seen:
                raise InvalidInput(
                    "{path}: [[{table}]] {ident} is listed twice.",
                    path=self.path,
                    table=table,
                    ident=ident,
                )
            seen.add(ident)
            old = stored.get(ident)
            label = f"{table[:-1] if table != 'travel' else table} {ident}"
            if old is not None and _same(old, record):
                self.report.unchanged.append(label)
                continue
            self.run(table, ident, lambda r=record, new=old is None: put(r, new))  # type: ignore[misc]
            if touch is not None:
                touch(old, record)
            if old is None:
                self.report.added.append(label)
            else:
                self.report.updated.append(Updated(label, _differences(old, record)))


def _same(old: object, new: object) -> bool:
    return _differences(old, new) == ()


def _differences(old: object, new: object) -> tuple[str, ...]:
    """Names of the fields that differ (text compared with spaces trimmed)."""
    out = []
    for f in fields(old):  # type: ignore[arg-type]
        if f.name == "id":
            continue
        a, b = getattr(old, f.name), getattr(new, f.name)
        if isinstance(a, str) and isinstance(b, str):
            a, b = " ".join(a.split()), " ".join(b.split())
            if f.name in ("code", "school", "building", "subject"):
                a, b = a.upper(), b.upper()
            if f.name in ("site", "site_a", "site_b", "kind"):
                a, b = a.lower(), b.lower()
        if a != b:
            out.append(f.name)
    return tuple(out)


def _sync_holidays(sync: _Sync, holidays: tuple[HolidayRecord, ...], schools: set[str]) -> None:
    session = sync.session
    stored = {
        (h.school, h.start, h.name): h for h in store.read_holidays(session) if h.school in schools
    }
    wanted: dict[tuple[Any, ...], HolidayRecord] = {}
    for h in holidays:
        key = (h.school.strip().upper(), h.start, " ".join(h.name.split()))
        if key in wanted:
            raise InvalidInput(
                "{path}: [[holidays]] {name} from {start} is listed twice for {school}.",
                path=sync.path,
                name=h.name,
                start=h.start,
                school=h.school,
            )
        wanted[key] = h
    for key in sorted(set(stored) - set(wanted)):
        old = stored[key]
        sync.run("holidays", old.name,
                 lambda old=old: store.drop_holiday(session, old.id or 0, expand=False))  # type: ignore[misc]  # fmt: skip
        sync.report.removed.append(f"holiday {old.school} {old.name} {old.start}")
        sync.mark(old.school, old.start, old.end)
    for key, h in wanted.items():
        label = f"holiday {key[0]} {key[2]} {key[1]}"
        old = stored.get(key)  # type: ignore[assignment]
        if old is not None and _same(old, h):
            sync.report.unchanged.append(label)
            continue
        holiday_id = old.id if old is not None else None
        sync.mark(key[0], h.start, h.end, *((old.start, old.end) if old is not None else ()))
        sync.run("holidays", f"{h.name} ({h.school})",
                 lambda h=h, i=holiday_id: store.put_holiday(session, h, holiday_id=i,
                                                             expand=False))  # type: ignore[misc]  # fmt: skip
        if old is None:
            sync.report.added.append(label)
        else:
            sync.report.updated.append(Updated(label, _differences(old, h)))


def _sync_matriculation(sync: _Sync, data: CalendarData) -> None:
    session = sync.session
    sittings = {sitting_of(m.day) for m in data.matriculation}
    stored = {m.key: m for m in store.read_matriculation(session) if m.sitting in sittings}
    wanted = {(m.day, m.subject.strip().upper()): m for m in data.matriculation}
    for key in sorted(set(stored) - set(wanted)):
        day, subject = key
        sync.run("matriculation", f"{day} {subject}",
                 lambda d=day, s=subject: store.drop_matriculation_day(session, d, s))  # type: ignore[misc]  # fmt: skip
        sync.report.removed.append(f"matriculation day {day} {subject}")
    for key, m in sorted(wanted.items()):
        label = f"matriculation day {key[0]} {key[1]}"
        if key in stored:
            sync.report.unchanged.append(label)
            continue
        sync.run("matriculation", f"{key[0]} {key[1]}",
                 lambda m=m: store.put_matriculation_day(session, m))  # type: ignore[misc]  # fmt: skip
        sync.report.added.append(label)
