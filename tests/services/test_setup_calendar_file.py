"""Importing and exporting the school calendar file
(services/setup/calendar_file.py): the demo round-trips into an empty
database with an identical audit of every student; a dry run writes nothing;
a second import changes nothing; a bad file names the file and the place
and writes nothing; a calendar changed in the file changes the lessons."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from schoolaas.services import setup
from schoolaas.services.errors import InvalidInput
from schoolaas.services.setup.calendar_file import (
    calendar_text,
    export_calendar,
    import_calendar,
)
from schoolaas.services.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "probes"))

from audit_digest import finding, plain  # the bench's digest of an audit

CALENDAR = {"building", "room", "travel", "school", "school_year", "holiday", "matriculation_day"}


def digest(ws: Workspace) -> tuple[int, int, str]:
    """Plans, findings and the sha256 of every active plan's audit."""
    results = ws.audit_all()
    out = hashlib.sha256()
    findings = 0
    for plan_id in sorted(results):
        result = results[plan_id]
        findings += len(result.findings)
        doc = [plan_id, [finding(f) for f in result.findings], plain(result.credits)]
        out.update(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode())
    return len(results), findings, out.hexdigest()


def school_lessons(engine: Engine) -> list[tuple[Any, ...]]:
    """Every school group's lessons: offering, group, start, end, room, building."""
    meta = SQLModel.metadata
    s, g, o = meta.tables["session"], meta.tables["study_group"], meta.tables["offering"]
    query = (
        select(g.c.offering, g.c.key, s.c.start, s.c.end, s.c.room, s.c.building)
        .join(g, g.c.id == s.c.group_id)
        .join(o, o.c.key == g.c.offering)
        .where(o.c.provider == "school")
    )
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(query))


def _refers_to(table: Table, names: set[str]) -> bool:
    """Whether ``table`` refers to one of ``names``, directly or through others."""
    seen: set[str] = set()
    todo = [table]
    while todo:
        t = todo.pop()
        for fk in t.foreign_keys:
            target = fk.column.table
            if target.name in names:
                return True
            if target.name not in seen:
                seen.add(target.name)
                todo.append(target)
    return False


def _copy(source: Engine, target: Engine, table: Table, where: Any = None) -> None:
    with source.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(table).where(*where or ()))]
    if rows:
        with target.begin() as conn:
            conn.execute(insert(table), rows)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    from schoolaas.seed.demo import build_demo

    ws = Workspace.open(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    build_demo(ws)
    yield ws
    ws.close()


def test_the_demo_round_trips_with_an_identical_audit(demo: Workspace, tmp_path: Path) -> None:
    """Export the demo's calendar, import it into an empty database that gets
    the demo's catalogue (course groups and their weekly lesson times, not
    their dated lessons) and, after the calendar, its students: the school
    lessons expanded on the imported calendar and the audit of every
    student's plan are the demo's."""
    path = export_calendar(demo, tmp_path / "calendar.toml")
    empty = Workspace.open(str(tmp_path / "empty.sqlite3"))
    meta = SQLModel.metadata
    patterned = select(meta.tables["lesson_pattern"].c.group_id)
    later = {"student", "school"}
    first = [t for t in meta.sorted_tables if t.name not in CALENDAR | {"period"}]
    first = [t for t in first if not _refers_to(t, later)]
    for table in first:
        if table.name == "session":  # the lessons of patterns come from the calendar
            _copy(demo.engine, empty.engine, table, [table.c.group_id.not_in(patterned)])
        elif table.name == "setting":
            _copy(demo.engine, empty.engine, table, [table.c.key != "catalogue_version"])
        else:
            _copy(demo.engine, empty.engine, table)
    period = meta.tables["period"]
    _copy(demo.engine, empty.engine, period, [period.c.school.is_(None)])  # Aalto's periods

    report = import_calendar(empty, path)
    assert not report.skipped
    assert any("Lessons expanded on the calendar" in n for n in report.notes)
    for table in meta.sorted_tables:
        if table not in first and table.name not in CALENDAR | {"period"}:
            _copy(demo.engine, empty.engine, table)
    empty.refresh_catalogue()

    assert school_lessons(empty.engine) == school_lessons(demo.engine)
    assert calendar_text(empty) == calendar_text(demo)
    plans, findings, sha = digest(empty)
    assert (plans, findings, sha) == digest(demo)
    assert plans == 38
    assert findings > 20
    empty.close()


def test_a_dry_run_writes_nothing_and_a_second_import_changes_nothing(
    ws: Workspace, tmp_path: Path, demo: Workspace
) -> None:
    path = export_calendar(demo, tmp_path / "demo-calendar.toml")
    before = calendar_text(ws)
    dry = import_calendar(ws, path, dry_run=True)
    assert dry.summary().startswith("Dry run: nothing was written.")
    assert "building OIH" in [u.key for u in dry.updated]  # tiny has other coordinates
    assert len(dry.added) > 100
    assert calendar_text(ws) == before

    first = import_calendar(ws, path)
    assert (len(first.added), len(first.updated)) == (len(dry.added), len(dry.updated))
    after_first = calendar_text(ws)
    assert after_first != before
    second = import_calendar(ws, path)
    assert second.changed is False
    assert len(second.unchanged) == second.records
    assert calendar_text(ws) == after_first


def test_a_holiday_taken_out_of_the_file_brings_its_lessons_back(
    ws: Workspace, tmp_path: Path
) -> None:
    setup.add_school_year(
        ws, setup.SchoolYearRecord("OTA", "2026-27", date(2026, 8, 13), date(2027, 6, 5))
    )
    tray = tmp_path / "tray.csv"
    tray.write_text(
        "period,bar,course_code,group,slots,op\nOTA:2026-27/2,4,MAA7,1,Tue 12:30-13:45,2\n",
        encoding="utf-8",
    )
    from schoolaas.services.imports.files import import_file

    import_file(ws, "tray", tray)
    path = export_calendar(ws, tmp_path / "c.toml")
    text = path.read_text(encoding="utf-8")
    holiday = '[[holidays]]\nname = "Autumn break"\nschool = "OTA"\nstart = 2026-10-12\n'
    path.write_text(text + "\n" + holiday + "end = 2026-10-16\n", encoding="utf-8")
    report = import_calendar(ws, path)
    assert "holiday OTA Autumn break 2026-10-12" in report.added
    assert "Lessons expanded on the calendar: 0 added, 1 removed" in report.notes[0]
    assert date(2026, 10, 13) not in tuesdays(ws)

    path.write_text(text, encoding="utf-8")
    report = import_calendar(ws, path)
    assert report.removed == ["holiday OTA Autumn break 2026-10-12"]
    assert date(2026, 10, 13) in tuesdays(ws)


def tuesdays(ws: Workspace) -> set[date]:
    offering = ws.catalogue().offerings["OTA:2026-27:MAA7.1"]
    return {s.start.date() for g in offering.groups for s in g.sessions}


def test_a_bad_file_names_the_file_and_place_and_writes_nothing(
    ws: Workspace, tmp_path: Path
) -> None:
    setup.add_school_year(
        ws, setup.SchoolYearRecord("OTA", "2026-27", date(2026, 8, 13), date(2027, 6, 5))
    )
    path = export_calendar(ws, tmp_path / "c.toml")
    text = path.read_text(encoding="utf-8")
    before = calendar_text(ws)
    path.write_text(text.replace("capacity = 30", "capacity = thirty", 1), encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_calendar(ws, path)
    assert str(caught.value).startswith(f"{path}: not valid TOML")
    assert "line " in str(caught.value)

    overlapping = (
        '\n[[buildings]]\ncode = "NEW"\nname = "New"\nsite = "x"\nlat = 60.0\nlon = 24.0\n'
        '\n[[periods]]\nschool = "OTA"\nyear = "2026-27"\nnumber = 3\n'
        "start = 2026-11-20\nend = 2027-01-30\n"
    )
    path.write_text(text + overlapping, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_calendar(ws, path)
    message = str(caught.value)
    assert message.startswith(f"{path}: [[periods]] OTA:2026-27/3: Period OTA:2026-27/3:")
    assert "2026-11-20–2027-01-30 overlaps period OTA:2026-27/2" in message
    assert calendar_text(ws) == before  # the building before it was not kept either
    assert "NEW" not in [b.code for b in setup.buildings(ws)]
