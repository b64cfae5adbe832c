"""The catalogue as domain objects: every offering with its groups and
sessions, the premises, the calendar and the settings, loaded in a handful
of bulk queries (no query per row), so 4,000 realisations load at once.
What is derived from a catalogue (the periods of each school in date order,
the offerings sharing a room at the same time) is worked out once on first
ask and kept by the Catalogue object itself (``functools.cached_property``):
it goes when the catalogue goes."""

from __future__ import annotations

import json
from array import array
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.tables import (
    BuildingRow,
    LocalCourseRow,
    MatriculationDayRow,
    ModuleRow,
    OfferingRow,
    PeriodRow,
    RoomRow,
    SchoolRow,
    TravelRow,
)
from schoolaas.domain.calendar import Period
from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.curriculum import Curriculum, LocalCourse, Module
from schoolaas.domain.model import (
    DateRange,
    GroupKind,
    Offering,
    Provider,
    SessionKind,
    StudyGroup,
)
from schoolaas.domain.model import (
    Session as DomainSession,
)
from schoolaas.domain.premises import WALKING_M_PER_MIN, Building, Room, TravelModel
from schoolaas.domain.timetable_index import TimetableIndex
from schoolaas.io.curriculum import lops2021
from schoolaas.io.maths_switch import national_pairs


@dataclass(frozen=True, slots=True)
class SchoolInfo:
    code: str  # "OTA"
    name: str  # "Otaniemen lukio"
    building: str  # building code of the school's own premises
    curriculum: str = "LOPS2021"
    site: str = ""  # travel-matrix site of the building


@dataclass(frozen=True)
class Catalogue:
    offerings: dict[str, Offering]
    buildings: dict[str, Building]
    rooms: dict[str, Room]  # by room key "OK1-M1"
    periods: dict[str, Period]  # school and Aalto periods by key
    travel: TravelModel
    schools: dict[str, SchoolInfo]
    matriculation_days: dict[date, tuple[str, ...]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    credit_overrides: dict[str, float] = field(default_factory=dict)  # code -> op
    curricula: dict[str, Curriculum] = field(default_factory=dict)  # from the module table
    seats: dict[str, int] = field(default_factory=dict)  # offering key -> seats for lukio
    local_courses: dict[str, dict[str, LocalCourse]] = field(default_factory=dict)
    # school -> its local courses by code (the school's own curriculum)

    @cached_property
    def periods_by_school(self) -> dict[str, tuple[Period, ...]]:
        """Each school's periods in date order (every plan's audit input asks)."""
        by_school: dict[str, list[Period]] = defaultdict(list)
        for p in self.periods.values():
            if p.school is not None:
                by_school[p.school].append(p)
        return {s: tuple(sorted(ps, key=_period_order)) for s, ps in by_school.items()}

    @cached_property
    def aalto_calendar(self) -> tuple[Period, ...]:
        """The Aalto periods in date order."""
        found = (p for p in self.periods.values() if p.provider == Provider.AALTO)
        return tuple(sorted(found, key=_period_order))

    @cached_property
    def room_sharers(self) -> dict[tuple[str, datetime], frozenset[str]]:
        """(room, start) -> the offerings with a session there then, for
        the (room, start) pairs used by more than one offering: whose load
        one plan's audit must count (see inputs.room_sharing)."""
        # one int per session in an array per room: the start's number among
        # the distinct starts, then the offering's number (3.6 MB for the
        # 450,000 sessions of espoo; a dict entry per room and start took some
        # 25 MB while this ran); each room's sorted, equal starts side by side
        keys = list(self.offerings)
        shift = len(keys).bit_length()
        starts: dict[datetime, int] = {}  # start -> its number, shifted
        moments: list[datetime] = []
        by_room: dict[str, array[int]] = {}
        start_code, room_codes = starts.get, by_room.get
        for number, offering in enumerate(self.offerings.values()):
            for group in offering.groups:
                for s in group.sessions:
                    room = s.room
                    if room:
                        at = start_code(s.start)
                        if at is None:
                            at = starts[s.start] = len(moments) << shift
                            moments.append(s.start)
                        codes = room_codes(room)
                        if codes is None:
                            codes = by_room[room] = array("q")
                        codes.append(at | number)
        mask = (1 << shift) - 1
        same: dict[frozenset[str], frozenset[str]] = {}  # one set per equal set (3,826 of 22,459)
        out: dict[tuple[str, datetime], frozenset[str]] = {}
        for room, codes in by_room.items():
            ordered = sorted(codes)
            runs: dict[int, set[int]] = {}  # start number -> offering numbers
            # the places where a code has the same start as the one before it
            for i in [i for i in range(1, len(ordered)) if ordered[i] ^ ordered[i - 1] <= mask]:
                owners = runs.get(ordered[i] >> shift)
                if owners is None:
                    owners = runs[ordered[i] >> shift] = {ordered[i - 1] & mask}
                owners.add(ordered[i] & mask)
            for at, owners in runs.items():
                if len(owners) > 1:
                    found = frozenset(keys[n] for n in owners)
                    out[(room, moments[at])] = same.setdefault(found, found)
        return out

    @cached_property
    def timetable(self) -> TimetableIndex:
        """When a student is busy, and where: the one index of this catalogue
        (domain/timetable_index.py) that the audit, the week, "fits my
        timetable" and the group picker ask; it goes with the catalogue."""
        return TimetableIndex(self.offerings, self.travel, self.rooms)

    def school_periods(self, school: str | None) -> list[Period]:
        """The periods of one school, in date order."""
        return list(self.periods_by_school.get(school, ())) if school is not None else []

    def aalto_periods(self) -> list[Period]:
        return list(self.aalto_calendar)

    def curriculum(self, name: str) -> Curriculum:
        """The named curriculum: from the database when it holds modules for
        it, else the LOPS 2021 shipped with the program."""
        return self.curricula.get(name) or self.shipped_lops2021

    def school_curriculum(self, school: str | None) -> Curriculum:
        """The curriculum of ``school``: its national curriculum with the
        school's local courses on top (one object per school, kept)."""
        found = self.school_curricula.get(school or "")
        if found is None:
            info = self.schools.get(school or "")
            found = self.curriculum(info.curriculum if info else "LOPS2021")
            local = self.local_courses.get(school or "")
            if local:
                found = replace(found, local=local)
            self.school_curricula[school or ""] = found
        return found

    @cached_property
    def school_curricula(self) -> dict[str, Curriculum]:
        """What school_curriculum worked out, by school code."""
        return {}

    @cached_property
    def exam_realisations(self) -> dict[str, tuple[Offering, ...]]:
        """Aalto exam realisations by course code, in date order."""
        found: dict[str, list[Offering]] = defaultdict(list)
        for offering in self.offerings.values():
            if offering.provider == Provider.AALTO and offering.is_exam:
                found[offering.code].append(offering)
        return {code: tuple(sorted(o, key=_by_start)) for code, o in found.items()}

    def own_exams(self, offering: Offering, chosen: tuple[str, ...]) -> tuple[DomainSession, ...]:
        """The exam that belongs to an Aalto teaching realisation by default
        when the plan chose none of its exam groups: its first exam group,
        else the first separate exam realisation of the course from its
        start until EXAM_REACH_DAYS after its end (the exam-week and
        matriculation checks read these; the clash checks do not)."""
        if offering.provider != Provider.AALTO or offering.is_exam:
            return ()
        exams = [g for g in offering.groups if g.kind == GroupKind.EXAM and g.sessions]
        if exams:
            if any(g.key in chosen for g in exams):
                return ()
            return min(exams, key=_first_start).sessions
        last = offering.end + timedelta(days=EXAM_REACH_DAYS)
        for exam in self.exam_realisations.get(offering.code, ()):
            if offering.start <= exam.start <= last:
                return self.timetable.sessions(exam.key, exam.default_groups())
        return ()

    @cached_property
    def shipped_lops2021(self) -> Curriculum:
        """The LOPS 2021 shipped with the program (parsed once per catalogue)."""
        return lops2021()


def _period_order(period: Period) -> tuple[date, str]:
    return period.start, period.key


EXAM_REACH_DAYS = 42  # a separate exam realisation up to six weeks after the teaching


def _by_start(offering: Offering) -> tuple[date, str]:
    return offering.start, offering.key


def _first_start(group: StudyGroup) -> datetime:
    return min(s.start for s in group.sessions)


def load_catalogue(*, session: Session) -> Catalogue:
    """The whole catalogue."""
    settings = repo.settings(session=session)
    buildings = {
        row.code: Building(row.code, row.name, row.address, row.site, row.lat, row.lon)
        for row in repo.all_rows(BuildingRow, session=session)
    }
    rooms = {
        row.key: Room(row.building, row.code, row.capacity, row.kind, row.accessible)
        for row in repo.all_rows(RoomRow, session=session)
    }
    schools = {
        row.code: SchoolInfo(
            row.code,
            row.name,
            row.building,
            row.curriculum,
            buildings[row.building].site if row.building in buildings else "",
        )
        for row in repo.all_rows(SchoolRow, session=session)
    }
    days: dict[date, list[str]] = defaultdict(list)
    for day_row in repo.all_rows(MatriculationDayRow, session=session):
        days[day_row.day].append(day_row.subject)
    local = _local_courses(session)
    offerings = _school_courses(_offerings(session), schools, rooms, local)
    return Catalogue(
        offerings=offerings,
        buildings=buildings,
        rooms=rooms,
        periods={p.key: p for p in map(_period, repo.all_rows(PeriodRow, session=session))},
        travel=_travel(session, buildings, settings),
        schools=schools,
        matriculation_days={d: tuple(sorted(s)) for d, s in days.items()},
        settings=settings,
        credit_overrides=repo.credit_overrides(session=session),
        curricula=_curricula(session),
        seats=_seats(offerings),
        local_courses=local,
    )


def _local_courses(session: Session) -> dict[str, dict[str, LocalCourse]]:
    found: dict[str, dict[str, LocalCourse]] = defaultdict(dict)
    for row in repo.all_rows(LocalCourseRow, session=session):
        found[row.school][row.code] = LocalCourse(
            school=row.school,
            code=row.code,
            subject=row.subject,
            name={"fi": row.name_fi, "sv": row.name_sv},
            op=row.op,
            wraps=row.wraps or None,
        )
    return dict(found)


def _school_courses(
    offerings: dict[str, Offering],
    schools: Mapping[str, SchoolInfo],
    rooms: Mapping[str, Room],
    local: Mapping[str, Mapping[str, LocalCourse]],
) -> dict[str, Offering]:
    """School courses as the checks need them: a lesson with no room (or a
    room the premises do not know) and no building is at the school's own
    building, so the travel check sees where the student comes from; a
    local course that wraps an Aalto course counts as the same course, and
    one imported before its credits were set takes them from the local
    curriculum."""
    for key, offering in offerings.items():
        if offering.provider != Provider.SCHOOL or offering.school is None:
            continue
        school = schools.get(offering.school)
        home = school.building if school else ""
        course = local.get(offering.school, {}).get(offering.code)
        changes: dict[str, Any] = {}
        if home and any(_nowhere(s, rooms) for g in offering.groups for s in g.sessions):
            changes["groups"] = tuple(_at_home(g, home, rooms) for g in offering.groups)
        if course is not None and course.wraps and course.wraps not in offering.overlaps_with:
            changes["overlaps_with"] = (*offering.overlaps_with, course.wraps)
        if course is not None and course.op is not None and not offering.op:
            changes["op"] = course.op  # imported while the course had no credits yet
        if changes:
            offerings[key] = replace(offering, **changes)
    return offerings


def _nowhere(session: DomainSession, rooms: Mapping[str, Room]) -> bool:
    return not session.building and (session.room is None or session.room not in rooms)


def _at_home(group: StudyGroup, home: str, rooms: Mapping[str, Room]) -> StudyGroup:
    sessions = tuple(replace(s, building=home) if _nowhere(s, rooms) else s for s in group.sessions)
    return replace(group, sessions=sessions)


def _seats(offerings: dict[str, Offering]) -> dict[str, int]:
    """Seats open to upper secondary students per offering, and each study
    group's own capacity under ``group_seat_key``."""
    seats = {k: o.seats for k, o in offerings.items() if o.seats is not None}
    for key, offering in offerings.items():
        for group in offering.groups:
            if group.capacity is not None:
                seats[group_seat_key(key, group.key)] = group.capacity
    return seats


def _period(row: PeriodRow) -> Period:
    exam = None
    if row.exam_start and row.exam_end and row.exam_start <= row.exam_end:
        exam = DateRange(row.exam_start, row.exam_end)
    return Period(
        key=row.key,
        provider=Provider(row.provider),
        year=row.year,
        number=row.number,
        dates=DateRange(row.start, max(row.start, row.end)),
        exam_week=exam,
        school=row.school,
    )


def _travel(
    session: Session, buildings: Mapping[str, Building], settings: Mapping[str, str]
) -> TravelModel:
    matrix = {(r.site_a, r.site_b): r.minutes for r in repo.all_rows(TravelRow, session=session)}
    return TravelModel(
        buildings=dict(buildings),
        site_minutes=matrix,
        walking_m_per_min=_number(settings.get("walking_m_per_min"), WALKING_M_PER_MIN),
        buffer_minutes=int(_number(settings.get("travel_buffer_minutes"), 0)),
    )


def _number(text: str | None, default: float) -> float:
    try:
        return float(text) if text else default
    except ValueError:
        return default


def _curricula(session: Session) -> dict[str, Curriculum]:
    by_name: dict[str, dict[str, Module]] = defaultdict(dict)
    for row in repo.all_rows(ModuleRow, session=session):
        by_name[row.curriculum][row.code] = Module(
            code=row.code,
            subject=row.subject,
            syllabus=row.syllabus,
            name={"fi": row.name_fi, "sv": row.name_sv},
            op=row.op,
            compulsory=row.compulsory,
        )
    return {
        name: Curriculum(name, modules, maths_equivalence=national_pairs())
        for name, modules in by_name.items()
    }


def _offerings(session: Session) -> dict[str, Offering]:
    sessions: dict[int, list[DomainSession]] = defaultdict(list)
    kinds = {k.value: k for k in SessionKind}
    teaching = SessionKind.TEACHING
    # equal times and room/building names become one object each: a bar's
    # lessons share their starts across a dozen groups, a room's name across
    # hundreds of sessions (about 80 MB less for the espoo data set); a time
    # stored as text (SQLite) is parsed once per distinct value
    times: dict[Any, datetime] = {}
    names: dict[Any, Any] = {}
    name = names.setdefault
    current: list[DomainSession] = []
    current_group = None
    # the rows come in group order: one list per group, no lookup per row
    for group_id, raw_start, raw_end, room, building, kind in repo.session_tuples(session=session):
        if group_id != current_group:
            current = sessions[group_id]
            current_group = group_id
        start = times.get(raw_start)
        if start is None:
            start = times[raw_start] = _as_datetime(raw_start)
        end = times.get(raw_end)
        if end is None:
            end = times[raw_end] = _as_datetime(raw_end)
        if end <= start:
            continue  # a broken record cannot be placed on a timetable
        current.append(
            DomainSession(
                start, end, name(room, room), name(building, building), kinds.get(kind, teaching)
            )
        )
    groups: dict[str, list[StudyGroup]] = defaultdict(list)
    for group_id, offering, key, group_name, kind, capacity in repo.group_tuples(session=session):
        groups[offering].append(
            StudyGroup(
                key=name(key, key),  # "L01", "H01": a handful of texts over 31,779 groups
                name=name(group_name, group_name),
                kind=_group_kind(kind),
                sessions=tuple(sessions.get(group_id, ())),
                capacity=capacity,
            )
        )
    texts: dict[str, tuple[str, ...]] = {}  # JSON list texts, each parsed once
    return {
        row.key: offering_from_row(row, tuple(groups.get(row.key, ())), texts, names)
        for row in repo.offering_records(session=session)
    }


def _as_datetime(value: Any) -> datetime:
    """A stored time: a datetime from drivers that parse it, else the ISO
    text SQLite keeps ("2026-09-01 08:15:00.000000")."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def offering_from_row(
    row: OfferingRow | Any,
    groups: tuple[StudyGroup, ...] = (),
    texts: dict[str, tuple[str, ...]] | None = None,
    shared: dict[Any, Any] | None = None,
) -> Offering:
    """The offering of a stored row (an OfferingRow or a record with its
    columns); ``texts`` keeps the JSON list texts already parsed, ``shared``
    one object per equal text, date and set of names across the rows: the
    driver makes a new string for every cell, and 21,911 offerings of espoo
    name 1,449 codes, 20 subjects and some 3,500 course names (about 8 MB)."""
    parsed = {} if texts is None else texts
    one = ({} if shared is None else shared).setdefault
    name_fi, name_sv, name_en = row.name_fi, row.name_sv, row.name_en
    names: dict[str, str] = {}
    if name_fi:
        names["fi"] = one(name_fi, name_fi)
    if name_sv:
        names["sv"] = one(name_sv, name_sv)
    if name_en:
        names["en"] = one(name_en, name_en)
    # one dict per set of names (read only, as the Offering's Localized)
    names = one(("names", *names.items()), names)
    provider = _PROVIDERS.get(row.provider)
    start, end = one(row.start, row.start), one(row.end, row.end)
    code, subject, kind = row.code, row.subject, row.realisation_type
    school, period = row.school, row.period
    return Offering(
        key=row.key,
        provider=provider if provider is not None else Provider(row.provider),
        code=one(code, code),
        name=names,
        op=row.op,
        start=start,
        end=max(start, end),
        subject=one(subject, subject),
        modules=_strings(row.modules, parsed),
        ects=row.ects,
        ects_min=row.ects_min,
        realisation_type=one(kind, kind),
        school=one(school, school),
        period=one(period, period),
        bar=row.bar,
        groups=groups,
        prerequisites=_strings(row.prerequisites, parsed),
        overlaps_with=_strings(row.overlaps_with, parsed),
        seats=row.seats,
        languages=_strings(row.languages, parsed),
        teachers=_strings(row.teachers, parsed),
        generated_sessions=row.generated_sessions,
    )


_PROVIDERS = {p.value: p for p in Provider}


def _strings(values: Any, parsed: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A JSON list column as a tuple of strings: a list, or the stored JSON
    text (each distinct text parsed once, kept in ``parsed``)."""
    if isinstance(values, str):
        found = parsed.get(values)
        if found is None:
            found = parsed[values] = _strings(json.loads(values) if values else (), parsed)
        return found
    return tuple(str(v) for v in (values or ()))


_GROUP_KINDS = {k.value: k for k in GroupKind}


def _group_kind(kind: str) -> GroupKind:
    return _GROUP_KINDS.get(kind, GroupKind.OTHER)
