"""Reading and writing the school calendar inside one open transaction:
schools, school years, periods, holidays and matriculation days (the
premises, buildings to walking speed: premises_store.py).

The public use cases (services/setup/api.py) wrap each of these in a unit
of work; the school calendar import calls them all in one. Every ``put_``
checks its record (services/setup/checks.py) and what it refers to, adds or
updates the row, and expands the lessons again when the calendar changed;
every ``drop_`` refuses with InvalidInput naming what still uses the
record."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from schoolaas.data.tables import (
    BuildingRow,
    HolidayRow,
    LessonPatternRow,
    MatriculationDayRow,
    OfferingRow,
    PeriodRow,
    SchoolRow,
    SchoolYearRow,
)
from schoolaas.io.school_calendar_records import (
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    SchoolRecord,
    SchoolYearRecord,
)
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.setup import uses
from schoolaas.services.setup.checks import (
    check_holiday,
    check_matriculation_day,
    check_period,
    check_school,
    check_school_year,
)
from schoolaas.services.setup.lessons import expand_lessons

# --- reading -----------------------------------------------------------------


def read_schools(session: Session) -> list[SchoolRecord]:
    rows = session.exec(select(SchoolRow).order_by(col(SchoolRow.code))).all()
    return [SchoolRecord(r.code, r.name, r.building, r.curriculum) for r in rows]


def read_years(session: Session, school: str | None = None) -> list[SchoolYearRecord]:
    query = select(SchoolYearRow).order_by(col(SchoolYearRow.school), col(SchoolYearRow.year))
    if school:
        query = query.where(SchoolYearRow.school == school)
    return [SchoolYearRecord(r.school, r.year, r.start, r.end) for r in session.exec(query)]


def read_periods(
    session: Session, school: str | None = None, year: str | None = None
) -> list[PeriodRecord]:
    """School periods (Aalto's are imported with its catalogue)."""
    query = select(PeriodRow).where(col(PeriodRow.school).is_not(None))
    if school:
        query = query.where(PeriodRow.school == school)
    if year:
        query = query.where(PeriodRow.year == year)
    query = query.order_by(col(PeriodRow.school), col(PeriodRow.year), col(PeriodRow.number))
    return [_period(r) for r in session.exec(query)]


def _period(r: PeriodRow) -> PeriodRecord:
    return PeriodRecord(
        r.school or "", r.year, r.number, r.start, r.end, r.exam_start, r.exam_end
    )


def read_holidays(session: Session, school: str | None = None) -> list[HolidayRecord]:
    query = select(HolidayRow).order_by(
        col(HolidayRow.school), col(HolidayRow.start), col(HolidayRow.name)
    )
    if school:
        query = query.where(HolidayRow.school == school)
    return [_holiday(r) for r in session.exec(query)]


def _holiday(r: HolidayRow) -> HolidayRecord:
    try:
        kind = HolidayKind(r.kind)
    except ValueError:
        kind = HolidayKind.HOLIDAY
    return HolidayRecord(r.school, r.name, r.start, r.end, kind, r.id)


def read_matriculation(session: Session) -> list[MatriculationDayRecord]:
    rows = session.exec(
        select(MatriculationDayRow).order_by(
            col(MatriculationDayRow.day), col(MatriculationDayRow.subject)
        )
    ).all()
    return [MatriculationDayRecord(r.day, r.subject) for r in rows]


# --- schools -------------------------------------------------------------------


def put_school(session: Session, record: SchoolRecord, *, new: bool) -> SchoolRecord:
    r = check_school(record)
    if session.get(BuildingRow, r.building) is None:
        raise InvalidInput(
            "School {code}: there is no building {building!r}; add the building first.",
            code=r.code,
            building=r.building,
        )
    row = session.get(SchoolRow, r.code)
    new_or_known(row, new, "School {key} is already in the setup.", "There is no school {key}.",
                 r.code)  # fmt: skip
    row = row or SchoolRow(code=r.code, name="", building=r.building)
    row.name, row.building, row.curriculum = r.name, r.building, r.curriculum
    session.add(row)
    session.flush()
    return r


def drop_school(session: Session, code: str) -> SchoolRecord:
    """Remove a school with its own years, periods and holidays; refused
    while students or course groups belong to it."""
    row = session.get(SchoolRow, code)
    if row is None:
        raise NotFound("There is no school {key}.", key=code)
    users = uses.school_users(session, code)
    if users:
        raise InvalidInput(
            "School {code} cannot be removed: it is still used by {users}.", code=code, users=users
        )
    for key in [p.key for p in read_periods(session, code)]:
        drop_period(session, key)
    for table in (HolidayRow, SchoolYearRow):
        for r in session.exec(select(table).where(table.school == code)).all():
            session.delete(r)
    session.flush()
    session.delete(row)
    session.flush()
    return SchoolRecord(row.code, row.name, row.building, row.curriculum)


# --- school years -------------------------------------------------------------


def put_year(session: Session, record: SchoolYearRecord, *, new: bool) -> SchoolYearRecord:
    r = check_school_year(record)
    _school_exists(session, r.school, f"School year {r.school} {r.year}")
    row = session.get(SchoolYearRow, (r.school, r.year))
    new_or_known(row, new, "School year {key} is already in the setup.",
                 "There is no school year {key}.", f"{r.school} {r.year}")  # fmt: skip
    outside = [
        p.key for p in read_periods(session, r.school, r.year) if p.start < r.start or p.end > r.end
    ]
    if outside:
        raise InvalidInput(
            "School year {school} {year}: {start}–{end} would leave out period(s) {periods}.",
            school=r.school,
            year=r.year,
            start=r.start,
            end=r.end,
            periods=uses.listed(outside),
        )
    row = row or SchoolYearRow(school=r.school, year=r.year, start=r.start, end=r.end)
    row.start, row.end = r.start, r.end
    session.add(row)
    session.flush()
    return r


def drop_year(session: Session, school: str, year: str) -> SchoolYearRecord:
    """Remove a school year and its periods; refused while a period of it is
    used by course groups or plan items."""
    row = session.get(SchoolYearRow, (school, year))
    if row is None:
        raise NotFound("There is no school year {key}.", key=f"{school} {year}")
    for period in read_periods(session, school, year):
        drop_period(session, period.key)
    session.delete(row)
    session.flush()
    return SchoolYearRecord(row.school, row.year, row.start, row.end)


# --- periods -------------------------------------------------------------------


def put_period(
    session: Session, record: PeriodRecord, *, new: bool, expand: bool = True
) -> PeriodRecord:
    """Add or change a school period; a change of its dates moves the
    lessons of its groups that ran from its first to its last day, and any
    change expands them again (the exam week has no lessons)."""
    r = check_period(record)
    _school_exists(session, r.school, f"Period {r.key}")
    year = session.get(SchoolYearRow, (r.school, r.year))
    if year is None:
        raise InvalidInput(
            "Period {key}: the school year {school} {year} is not in the setup; add it first.",
            key=r.key,
            school=r.school,
            year=r.year,
        )
    if r.start < year.start or r.end > year.end:
        raise InvalidInput(
            "Period {key}: {start}–{end} is outside the school year {year_start}–{year_end}.",
            key=r.key,
            start=r.start,
            end=r.end,
            year_start=year.start,
            year_end=year.end,
        )
    for other in read_periods(session, r.school):
        if other.key != r.key and other.start <= r.end and r.start <= other.end:
            raise InvalidInput(
                "Period {key}: {start}–{end} overlaps period {other} ({other_start}–{other_end}).",
                key=r.key,
                start=r.start,
                end=r.end,
                other=other.key,
                other_start=other.start,
                other_end=other.end,
            )
    row = session.get(PeriodRow, r.key)
    new_or_known(row, new, "Period {key} is already in the setup.", "There is no period {key}.",
                 r.key)  # fmt: skip
    if row is not None and row.school is None:
        raise InvalidInput("Period {key} is an Aalto period, not a school's.", key=r.key)
    if row is not None and (row.start, row.end) != (r.start, r.end):
        _move_period_dates(session, r.key, (row.start, row.end), (r.start, r.end))
    row = row or PeriodRow(
        key=r.key, provider="school", school=r.school, year=r.year, number=r.number,
        start=r.start, end=r.end,
    )  # fmt: skip
    row.start, row.end, row.exam_start, row.exam_end = r.start, r.end, r.exam_start, r.exam_end
    session.add(row)
    session.flush()
    if expand:
        expand_lessons(session, periods=[r.key])
    return r


def _move_period_dates(
    session: Session, key: str, old: tuple[date, date], new: tuple[date, date]
) -> None:
    """Course groups and weekly patterns that ran over the whole old period
    run over the new one (a group with its own dates keeps them)."""
    offerings = session.exec(select(OfferingRow).where(OfferingRow.period == key)).all()
    for o in offerings:
        o.start = new[0] if o.start == old[0] else o.start
        o.end = new[1] if o.end == old[1] else o.end
        session.add(o)
    from schoolaas.data.tables import GroupRow  # local: only this edit needs it

    patterns = session.exec(
        select(LessonPatternRow)
        .join(GroupRow, col(GroupRow.id) == LessonPatternRow.group_id)
        .where(col(GroupRow.offering).in_([o.key for o in offerings] or [""]))
    ).all()
    for p in patterns:
        p.first = new[0] if p.first == old[0] else p.first
        p.last = new[1] if p.last == old[1] else p.last
        session.add(p)
    session.flush()


def drop_period(session: Session, key: str) -> PeriodRecord:
    row = session.get(PeriodRow, key)
    if row is None or row.school is None:
        raise NotFound("There is no school period {key}.", key=key)
    users = uses.period_users(session, key)
    if users:
        raise InvalidInput(
            "Period {key} cannot be removed: it is still used by {users}.", key=key, users=users
        )
    record = _period(row)
    session.delete(row)
    session.flush()
    return record


# --- holidays ----------------------------------------------------------------


def put_holiday(
    session: Session, record: HolidayRecord, *, holiday_id: int | None = None, expand: bool = True
) -> HolidayRecord:
    """Add a holiday (``holiday_id`` None) or change the stored one; the
    school's lessons on the days it adds or frees are expanded again."""
    r = check_holiday(record)
    _school_exists(session, r.school, f"Holiday {r.name}")
    same = session.exec(
        select(HolidayRow).where(
            HolidayRow.school == r.school, HolidayRow.start == r.start, HolidayRow.name == r.name
        )
    ).first()
    if same is not None and same.id != holiday_id:
        raise InvalidInput(
            "Holiday {name} from {start} is already in the setup of {school}.",
            name=r.name,
            start=r.start,
            school=r.school,
        )
    row: HolidayRow | None = None
    schools = {r.school}
    days = [r.start, r.end]
    if holiday_id is not None:
        row = session.get(HolidayRow, holiday_id)
        if row is None:
            raise NotFound("There is no holiday with id {key}.", key=holiday_id)
        schools.add(row.school)
        days += [row.start, row.end]
    row = row or HolidayRow(school=r.school, name=r.name, start=r.start, end=r.end)
    row.school, row.name, row.kind, row.start, row.end = (
        r.school, r.name, r.kind.value, r.start, r.end,
    )  # fmt: skip
    session.add(row)
    session.flush()
    if expand:
        expand_lessons(session, schools=schools, between=(min(days), max(days)))
    return HolidayRecord(r.school, r.name, r.start, r.end, r.kind, row.id)


def drop_holiday(session: Session, holiday_id: int, *, expand: bool = True) -> HolidayRecord:
    row = session.get(HolidayRow, holiday_id)
    if row is None:
        raise NotFound("There is no holiday with id {key}.", key=holiday_id)
    record = _holiday(row)
    session.delete(row)
    session.flush()
    if expand:
        expand_lessons(session, schools=[record.school], between=(record.start, record.end))
    return record


# --- matriculation days -----------------------------------------------------------


def put_matriculation_day(
    session: Session, record: MatriculationDayRecord
) -> MatriculationDayRecord:
    r = check_matriculation_day(record)
    if session.get(MatriculationDayRow, (r.day, r.subject)) is not None:
        raise InvalidInput(
            "Matriculation day {day} {subject} is already in the setup.",
            day=r.day,
            subject=r.subject,
        )
    session.add(MatriculationDayRow(day=r.day, subject=r.subject))
    session.flush()
    return r


def drop_matriculation_day(session: Session, day: date, subject: str) -> MatriculationDayRecord:
    row = session.get(MatriculationDayRow, (day, subject.strip().upper()))
    if row is None:
        raise NotFound(
            "There is no matriculation day {key}.", key=f"{day.isoformat()} {subject}"
        )
    session.delete(row)
    session.flush()
    return MatriculationDayRecord(row.day, row.subject)


# --- shared -------------------------------------------------------------------------


def _school_exists(session: Session, code: str, what: str) -> None:
    if session.get(SchoolRow, code) is None:
        raise InvalidInput(
            "{what}: there is no school {code}; add the school first.", what=what, code=code
        )


def new_or_known(row: object, new: bool, taken: str, missing: str, key: str) -> None:
    """Adding refuses a key in use; changing refuses a key not stored."""
    if new and row is not None:
        raise InvalidInput(taken, key=key)
    if not new and row is None:
        raise NotFound(missing, key=key)
