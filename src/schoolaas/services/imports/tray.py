"""Writing a school course tray: one school offering per row (key
"OTA:2026-27:MAA06.1"), its lesson group, its weekly slots (lesson_pattern
rows, expanded again when the calendar changes) and the dated lessons of
the slots over the period, minus the school's holidays and no-teaching days
and the period's exam week (services/setup/lessons). Matched by key; a
changed row replaces the group's lessons."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, select

from schoolaas.data.tables import (
    GroupRow,
    LessonPatternRow,
    LocalCourseRow,
    ModuleRow,
    OfferingRow,
    PeriodRow,
    SchoolRow,
    SessionRow,
)
from schoolaas.domain.calendar import expand_weekly
from schoolaas.domain.codes import LOCAL, MODULE, CodeMatcher
from schoolaas.domain.model import DateRange, GroupKind, Provider
from schoolaas.domain.model import Session as Meeting
from schoolaas.io.errors import Problem
from schoolaas.io.tray import TrayRow
from schoolaas.services.imports.report import ImportReport, Progress, Updated
from schoolaas.services.imports.rooms import RoomMatcher
from schoolaas.services.setup.lessons import SchoolDays

SOURCE = "tray-csv"


def apply_tray(
    rows: list[TrayRow],
    problems: list[Problem],
    session: Session,
    report: ImportReport,
    progress: Progress | None,
) -> None:
    report.source = SOURCE
    report.records = len(rows) + len(problems)
    report.skipped.extend(problems)
    periods = {p.key: p for p in session.exec(select(PeriodRow)).all()}
    schools = {s.code: s for s in session.exec(select(SchoolRow)).all()}
    modules = {m.code: m for m in session.exec(select(ModuleRow)).all()}
    rooms = RoomMatcher(session, report)
    days = SchoolDays(session, schools)
    codes = _SchoolCodes(session, modules)
    for done, row in enumerate(rows, start=1):
        if progress and (done % 100 == 0 or done == len(rows)):
            progress(done, len(rows))
        try:
            row = codes.resolve(row, report)
            _apply_row(row, session, report, periods, schools, modules, rooms, days)
        except ValueError as exc:
            report.skipped.append(Problem(row.line, row.group_code, str(exc), line=True))
    session.flush()


class _SchoolCodes:
    """The codes of a tray as each school writes them (zero-padded, group
    codes, the school's own prefix, its local course codes): a national
    module, one of the school's local courses (its subject, name and op
    taken from the local curriculum) or a code the curriculum lacks
    (reported; imported as a school-specific course when the row gives its
    credits, never as a module)."""

    def __init__(self, session: Session, modules: dict[str, ModuleRow]) -> None:
        self.modules = modules
        self.local: dict[str, dict[str, LocalCourseRow]] = {}
        for course in session.exec(select(LocalCourseRow)).all():
            self.local.setdefault(course.school, {})[course.code] = course
        self.matchers: dict[str, CodeMatcher] = {}

    def resolve(self, row: TrayRow, report: ImportReport) -> TrayRow:
        local = self.local.get(row.school, {})
        matcher = self.matchers.get(row.school)
        if matcher is None:
            matcher = self.matchers[row.school] = CodeMatcher(self.modules, local, (row.school,))
        found = matcher.match(row.group_code)
        if found.kind == MODULE:
            return replace(row, code=found.code)
        if found.kind == LOCAL:
            course = local[found.code]
            op = row.op if row.op is not None else course.op
            if op is None:
                report.notes.append(
                    f"line {row.line}: {row.group_code} is the local course {found.code}, "
                    "which has no credits yet: imported as incomplete (0 op)"
                )
            return replace(
                row,
                code=found.code,
                op=op if op is not None else 0.0,
                name=row.name or course.name_fi or found.code,
                local_subject=course.subject,
            )
        if row.op is not None:
            report.notes.append(
                f"line {row.line}: {row.group_code} is in neither the national curriculum nor "
                f"the local courses of {row.school}: imported as a school-specific course"
            )
        return row


def _apply_row(
    row: TrayRow,
    session: Session,
    report: ImportReport,
    periods: dict[str, PeriodRow],
    schools: dict[str, SchoolRow],
    modules: dict[str, ModuleRow],
    rooms: RoomMatcher,
    days: SchoolDays,
) -> None:
    period = periods.get(row.period)
    if period is None:
        raise ValueError(f"period {row.period} is not in the database (add the school year first)")
    school = schools.get(row.school)
    if school is None:
        raise ValueError(f"school {row.school} is not in the database")
    start, end = row.start or period.start, row.end or period.end
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    module = modules.get(row.code)
    op = row.op if row.op is not None else (module.op if module else None)
    if op is None:
        raise ValueError(
            f"{row.code} is not a curriculum module nor a local course of {row.school}: "
            "give its credits in an op column"
        )
    room, building = (None, None)
    if row.room:
        room, building = rooms.room_key(row.room, default_building=school.building)
        if room is None and building is None:
            building = school.building
    skip = days.skip(row.school, row.period, start, end)
    lessons = expand_weekly(
        row.slots, DateRange(start, end), room=room, building=building, skip=skip
    )
    values: dict[str, Any] = {
        "provider": Provider.SCHOOL.value,
        "code": row.code,
        "name_fi": row.name or (module.name_fi if module else "") or row.code,
        "name_sv": module.name_sv if module and not row.name else "",
        "op": op,
        "start": start,
        "end": end,
        "subject": module.subject if module else row.local_subject,
        "modules": [row.code] if module else [],
        "school": row.school,
        "period": row.period,
        "bar": row.bar,
        "teachers": [row.teacher] if row.teacher else [],
    }
    times = [(s.start, s.end, s.room, s.building) for s in lessons]
    digest = _hash(values, times)
    label = f"{row.group_code} {row.period} (line {row.line})"
    existing = session.get(OfferingRow, row.key)
    if existing is None:
        session.add(OfferingRow(key=row.key, source=SOURCE, source_hash=digest, **values))
        session.flush()
        group = GroupRow(
            offering=row.key, key=row.group_code, name=row.group_code, kind=GroupKind.LESSON.value
        )
        session.add(group)
        session.flush()
        _set_patterns(group, row, (start, end), (room, building), session)
        _add_lessons(group, row, lessons, session)
        report.added.append(label)
        return
    if existing.provider != Provider.SCHOOL.value:
        raise ValueError(f"key {row.key} belongs to an Aalto course in the database")
    if existing.source_hash == digest:
        report.unchanged.append(label)
        return
    changed = [k for k, v in values.items() if getattr(existing, k) != v]
    for k, v in values.items():
        setattr(existing, k, v)
    existing.source, existing.source_hash = SOURCE, digest
    session.add(existing)
    found = session.exec(
        select(GroupRow).where(GroupRow.offering == row.key, GroupRow.key == row.group_code)
    ).first()
    group = found or GroupRow(
        offering=row.key, key=row.group_code, name=row.group_code, kind=GroupKind.LESSON.value
    )
    if found is None:
        session.add(group)
        session.flush()
    _set_patterns(group, row, (start, end), (room, building), session)
    old = session.exec(select(SessionRow).where(SessionRow.group_id == group.id)).all()
    if sorted((s.start, s.end, s.room, s.building) for s in old) != sorted(times):
        for s in old:
            session.delete(s)
        session.flush()
        _add_lessons(group, row, lessons, session)
        changed.append("lessons")
    report.updated.append(Updated(label, tuple(changed) or ("source row",)))


def _set_patterns(
    group: GroupRow,
    row: TrayRow,
    dates: tuple[date, date],
    where: tuple[str | None, str | None],
    db: Session,
) -> None:
    """The group's weekly slots as lesson_pattern rows (replacing its old ones)."""
    for old in db.exec(select(LessonPatternRow).where(LessonPatternRow.group_id == group.id)):
        db.delete(old)
    assert group.id is not None
    for slot in row.slots:
        db.add(
            LessonPatternRow(
                group_id=group.id, weekday=slot.weekday, start=slot.start, end=slot.end,
                first=dates[0], last=dates[1], room=where[0], building=where[1],
            )
        )  # fmt: skip
    db.flush()


def _add_lessons(group: GroupRow, row: TrayRow, lessons: tuple[Meeting, ...], db: Session) -> None:
    """Core bulk insert: a whole tray is thousands of lessons."""
    assert group.id is not None
    if not lessons:
        return
    db.execute(
        insert(SessionRow),
        [
            {
                "group_id": group.id,
                "start": s.start,
                "end": s.end,
                "room": s.room,
                "building": s.building,
                "kind": s.kind.value,
                "uid": f"tray:{row.key}:{s.start:%Y%m%dT%H%M}"[:200],
            }
            for s in lessons
        ],
    )


def _hash(values: dict[str, object], times: object) -> str:
    text = json.dumps([values, times], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
