"""The demo database: what a first-time user sees must be real, complete and
show every audit scenario on the right students."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from importlib import resources
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from schoolaas.data.engine import make_engine
from schoolaas.data.tables import (
    GroupRow,
    OfferingRow,
    PeriodRow,
    PlanItemRow,
    PlanRow,
    SessionRow,
    StudentRow,
)
from schoolaas.domain.findings import NUMBERS, FindingCode
from schoolaas.domain.model import GroupKind, SessionKind
from schoolaas.seed import demo as demo_module
from schoolaas.seed.demo import DemoSummary, build_demo
from schoolaas.services.errors import InvalidInput, StorageError
from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

SAMPLE = json.loads(
    (resources.files("schoolaas.resources") / "data" / "aalto_sample.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, DemoSummary]]:
    ws = Workspace.open(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    summary = build_demo(ws)
    yield ws, summary
    ws.close()


def count(ws: Workspace, table: type) -> int:
    with Session(ws.engine) as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())


def test_counts_are_sensible_and_match_the_database(built: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = built
    assert 28 <= summary.students <= 40
    assert summary.aalto_offerings == 40
    assert summary.school_offerings > 500
    assert summary.sessions > 10_000
    assert count(ws, StudentRow) == summary.students
    assert count(ws, OfferingRow) == summary.offerings
    assert count(ws, SessionRow) == summary.sessions
    assert count(ws, PlanItemRow) == summary.items
    assert count(ws, PlanRow) == summary.plans == summary.students + 1
    assert {s.school for s in ws.students()} == {"OTA", "TAP"}
    assert {s.start_year for s in ws.students()} == {2024, 2025, 2026}
    assert {s.maths for s in ws.students()} == {"MAA", "MAB"}


def test_every_sample_record_is_there_52_weeks_later(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    with Session(ws.engine) as s:
        for record in SAMPLE:
            row = s.get(OfferingRow, record["id"])
            assert row is not None, record["id"]
            start = date.fromisoformat(record["startDate"])
            assert row.start == start + timedelta(weeks=52)
            assert row.start.weekday() == start.weekday()
            assert row.code == record["code"].strip()
            assert row.generated_sessions
            assert row.realisation_type == record["type"]
            groups = s.scalars(select(GroupRow).where(GroupRow.offering == row.key)).all()
            assert len(groups) == len(record["studySubGroups"])


def test_cs_a1111_lecture_meets_tuesdays_in_hall_m1(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    offering = ws.offering("aalto-CUR-205925-3121705")
    lecture = offering.group("L01")
    assert lecture is not None
    days = [s.start.date() for s in lecture.sessions]
    assert date(2026, 9, 1) in days
    assert date(2026, 11, 17) in days
    for s in lecture.sessions:
        assert s.start.weekday() == 1
        assert (s.start.time(), s.end.time()) == (time(10, 15), time(12, 0))
        assert s.room == "OK1-M1"
    assert set(offering.overlaps_with) >= {"CS-A1113"}


def test_school_periods_and_exam_weeks(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    with Session(ws.engine) as s:
        p2 = s.get(PeriodRow, "OTA:2026-27/2")
        assert p2 is not None
        assert (p2.start, p2.end) == (date(2026, 9, 30), date(2026, 11, 26))
        assert p2.exam_start is not None
        assert p2.exam_end == p2.end
        assert date(2026, 11, 17) < p2.exam_start
        assert s.get(PeriodRow, "aalto:2026-27/II") is not None
        assert s.get(PeriodRow, "TAP:2024-25/1") is not None


def test_school_lessons_skip_the_exam_week(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    cat = ws.catalogue()
    checked = 0
    for offering in cat.offerings.values():
        if offering.period is None or offering.provider != "school":
            continue
        period = cat.periods[offering.period]
        assert period.exam_week is not None
        for group in offering.groups:
            for s in group.sessions:
                assert s.start.date() not in period.exam_week
                assert s.start.date() in period.dates
                checked += 1
    assert checked > 10_000


def test_school_breaks_have_no_lessons_but_aalto_teaches(
    built: tuple[Workspace, DemoSummary],
) -> None:
    ws, _ = built
    winter_break = (date(2027, 3, 1), date(2027, 3, 5))  # Espoo schools, ISO week 9
    found: dict[str, int] = defaultdict(int)
    for offering in ws.catalogue().offerings.values():
        for group in offering.groups:
            for s in group.sessions:
                day = s.start.date()
                if winter_break[0] <= day <= winter_break[1]:
                    found[offering.provider] += 1
                assert not (date(2026, 12, 23) <= day <= date(2027, 1, 6)), offering.key
    assert found["school"] == 0
    assert found["aalto"] > 0


def test_no_room_holds_two_lessons_at_once(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    by_room: dict[tuple[str, date], list[tuple[datetime, datetime]]] = defaultdict(list)
    for offering in ws.catalogue().offerings.values():
        for group in offering.groups:
            for s in group.sessions:
                if s.kind == "teaching" and s.room:
                    by_room[(s.room, s.start.date())].append((s.start, s.end))
    for key, spans in by_room.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert start >= end, key


def test_bar_3_of_otaniemi_meets_tuesday_at_ten(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    bar3 = [
        o for o in ws.catalogue().offerings.values() if o.period == "OTA:2026-27/2" and o.bar == 3
    ]
    assert bar3
    for offering in bar3:
        sessions = [s for g in offering.groups for s in g.sessions]
        tuesdays = {s.start for s in sessions if s.start.weekday() == 1}
        assert datetime(2026, 10, 6, 10, 0) in tuesdays
        assert all(s.end - s.start == timedelta(minutes=75) for s in sessions)


def test_every_scenario_has_a_student(built: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = built
    numbers = {s.number for s in ws.students()}
    shown = {int(text.split()[0]) for text in summary.scenarios.values()}
    assert shown == set(range(1, 14))
    assert set(summary.scenarios) <= numbers
    assert len(summary.clean) >= 8


SMALL_ROOM_STUDENTS = ("TAP24005", "TAP24006", "TAP25005", "TAP25006", "TAP26004", "TAP26005")
EXPECTED = {
    "OTA25001": {"overlap"},
    "TAP25001": {"travel"},
    "OTA24005": {"travel"},
    "OTA26002": {"same-bar", "overlap"},
    "TAP24001": {"duplicate"},
    "OTA25003": {"duplicate"},
    "OTA25008": {"prerequisite-later"},
    "OTA24002": {"exam-week", "matriculation"},
    "OTA24007": {"seat-limit"},
    "OTA25007": {"seat-limit"},
    "OTA26005": {"seat-limit"},
    "TAP25004": {"seat-limit"},
    **{number: {"room-capacity"} for number in SMALL_ROOM_STUDENTS},
    "OTA24003": {"total-short", "national-electives-short"},
    "OTA24004": {"period-workload", "week-hours"},
    "OTA25004": set(),
    "OTA25002": set(),  # its overlap is accepted
    "OTA25009": set(),  # same weekday and time, but the dates never meet
}


@pytest.fixture(scope="module")
def audits(built: tuple[Workspace, DemoSummary]) -> dict[str, object]:
    ws, _ = built
    results = ws.audit_all()
    return {s.number: results[ws.active_plan(s.id).id] for s in ws.students()}


def test_scenario_students_get_their_findings(
    built: tuple[Workspace, DemoSummary], audits: dict[str, object]
) -> None:
    _, summary = built
    assert set(EXPECTED) == set(summary.scenarios)
    for number, codes in EXPECTED.items():
        result = audits[number]
        open_codes = {f.code for f in result.findings if f.is_open}  # type: ignore[attr-defined]
        assert open_codes == codes, number


def test_every_finding_carries_the_numbers_its_code_names(audits: dict[str, object]) -> None:
    """The audit's checks make the typed numbers findings.NUMBERS names for
    each code; tests/wording/test_fields.py checks the wording against them."""
    seen = set()
    for result in audits.values():
        for finding in result.findings:  # type: ignore[attr-defined]
            assert type(finding.numbers) in NUMBERS[FindingCode(finding.code)], finding
            seen.add(finding.code)
    assert len(seen) >= 12, seen


def test_clean_students_have_no_findings_and_complete_plans(
    built: tuple[Workspace, DemoSummary], audits: dict[str, object]
) -> None:
    _, summary = built
    for number in summary.clean:
        result = audits[number]
        assert result.findings == (), (number, result.findings)  # type: ignore[attr-defined]
        credits = result.credits  # type: ignore[attr-defined]
        assert credits.total_planned >= 150
        assert credits.compulsory_planned >= credits.compulsory_required


def test_scenario_9_room_holds_fewer_than_the_students_planned_into_it(
    built: tuple[Workspace, DemoSummary], audits: dict[str, object]
) -> None:
    """HI06.1 of Tapiolan lukio meets in seminar room TAPL-107 (4 seats); six
    students from three year groups plan it, so each of them sees the room
    overfilled on every lesson date, counted across all students."""
    ws, summary = built
    cat = ws.catalogue()
    assert cat.rooms["TAPL-107"].capacity == 4
    group = cat.offerings["TAP:2026-27:HI06.1"].groups[0]
    lesson_days = tuple(sorted({s.start.date() for s in group.sessions}))
    assert len(lesson_days) > 15
    assert {s.room for s in group.sessions} == {"TAPL-107"}
    planning = {
        s.number
        for s in ws.students()
        if any(i.offering_key == "TAP:2026-27:HI06.1" for i in ws.items(ws.active_plan(s.id).id))
    }
    assert planning == set(SMALL_ROOM_STUDENTS)
    assert {summary.scenarios[n].split()[0] for n in planning} == {"9"}
    assert not planning & set(summary.clean)
    for number in SMALL_ROOM_STUDENTS:
        (finding,) = audits[number].findings  # type: ignore[attr-defined]
        assert finding.code == "room-capacity"
        assert finding.numbers.room == "TAPL-107"
        assert (finding.numbers.capacity, finding.numbers.planned) == (4, 6)
        assert finding.dates == lesson_days
    # nothing else in the demo overfills a room: only these six see it
    overfilled = {
        n
        for n, r in audits.items()
        if any(f.code == "room-capacity" for f in r.findings)  # type: ignore[attr-defined]
    }
    assert overfilled == set(SMALL_ROOM_STUDENTS)


def test_scenario_1_overlaps_every_tuesday_of_period_2(audits: dict[str, object]) -> None:
    (finding,) = audits["OTA25001"].findings  # type: ignore[attr-defined]
    tuesdays = (date(2026, 10, 6) + timedelta(weeks=n) for n in range(7))
    # every Tuesday of period 2 but 13.10., in the autumn break (no lessons)
    assert finding.dates == tuple(d for d in tuesdays if d != date(2026, 10, 13))


def test_accepted_overlap_keeps_who_and_why(audits: dict[str, object]) -> None:
    (finding,) = audits["OTA25002"].findings  # type: ignore[attr-defined]
    assert finding.code == "overlap"
    assert finding.acceptance is not None
    assert finding.acceptance.why == "lecture recorded; teacher agreed"
    assert finding.acceptance.who


def test_switch_to_short_maths_targets_94(audits: dict[str, object]) -> None:
    credits = audits["OTA25004"].credits  # type: ignore[attr-defined]
    assert credits.compulsory_required == 94
    assert credits.compulsory_planned >= 94


def test_history_has_grades_and_a_failed_course_retaken(
    built: tuple[Workspace, DemoSummary],
) -> None:
    ws, summary = built
    failed = []
    for student in ws.students():
        items = ws.items(ws.active_plan(student.id).id)
        for item in items:
            if item.status == "completed":
                assert item.grade is not None, (student.number, item.code)
            if item.status == "failed":
                failed.append(student.number)
                retakes = [i for i in items if i.code == item.code and i.status != "failed"]
                assert retakes, item.code
    assert failed
    assert set(failed) <= set(summary.clean)  # a retake after a fail is nothing to warn about


def test_one_student_has_a_what_if_plan(built: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = built
    with_two = [s for s in ws.students() if len(ws.plans(s.id)) == 2]
    assert len(with_two) == 1
    plans = {p.name: p for p in ws.plans(with_two[0].id)}
    assert plans["Plan"].active
    assert not plans["What-if: physics"].active
    codes = {i.code for i in ws.items(plans["What-if: physics"].id)}
    assert "PHYS-A1111" in codes
    assert "PHYS-A1111" not in {i.code for i in ws.items(plans["Plan"].id)}


def _digest(ws: Workspace) -> list[tuple[object, ...]]:
    with Session(ws.engine) as s:
        rows = s.execute(
            select(
                StudentRow.number,
                PlanRow.name,
                PlanItemRow.code,
                PlanItemRow.offering,
                PlanItemRow.status,
                PlanItemRow.grade,
                PlanItemRow.groups,
            )
            .join(PlanRow, PlanRow.student_id == StudentRow.id)
            .join(PlanItemRow, PlanItemRow.plan_id == PlanRow.id)
        ).all()
    return sorted(tuple(map(str, r)) for r in rows)


def test_reset_rebuilds_the_same_demo(db_url: str) -> None:
    """On SQLite, and on PostgreSQL where a server is given."""
    ws = Workspace.open(db_url)
    try:
        first = build_demo(ws)
        before = _digest(ws)
        second = build_demo(ws, reset=True)
        assert second == first
        assert _digest(ws) == before
        assert count(ws, SessionRow) == first.sessions
    finally:
        ws.close()


def test_no_rebuild_over_existing_data_without_reset(built: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = built
    with pytest.raises(InvalidInput, match="reset"):
        build_demo(ws)
    assert count(ws, StudentRow) == summary.students


def test_a_database_without_the_schema_gives_a_clear_error(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "bare.sqlite3"))
    try:
        with pytest.raises(StorageError, match="demo could not be written"):
            build_demo(SimpleNamespace(engine=engine))
    finally:
        engine.dispose()


def test_a_failure_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_module, "_insert_students", broken)
    ws = Workspace.open(str(tmp_path / "broken.sqlite3"))
    try:
        with pytest.raises(RuntimeError):
            build_demo(ws)
        assert ws.is_empty()
        assert count(ws, OfferingRow) == 0
    finally:
        ws.close()


def test_real_records_hold_what_an_import_of_the_sample_stores(
    built: tuple[Workspace, DemoSummary],
) -> None:
    """The demo reads the sample with the importer's parser: importing the
    same file again finds only the dates the demo moved 52 weeks on, and no
    study group relabelled (PHYS-A1111 LAB01 is an exercise group and
    TU-A1100 VK1 an exam, as the importer reads their type labels)."""
    ws, summary = built
    path = resources.files("schoolaas.resources") / "data" / "aalto_sample.json"
    with resources.as_file(path) as file:
        report = import_file(ws, "aalto", file, dry_run=True)
    assert not report.added
    assert not report.skipped
    assert len(report.updated) == len(SAMPLE)
    assert {u.fields for u in report.updated} == {("start", "end")}
    phys = ws.offering("aalto-CUR-209408-3124840")
    lab = phys.group("LAB01")
    assert lab is not None
    assert lab.kind == GroupKind.EXERCISE
    assert lab.sessions
    midterm = ws.offering("aalto-CUR-206583-3122363").group("VK1")
    assert midterm is not None
    assert midterm.kind == GroupKind.EXAM
    assert [s.kind for s in midterm.sessions] == [SessionKind.EXAM]
    assert count(ws, OfferingRow) == summary.offerings  # the dry run wrote nothing


def test_reset_refuses_a_database_with_other_data_unless_forced(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "demo.sqlite3"))
    summary = build_demo(ws)
    assert build_demo(ws, reset=True) == summary  # the demo's own data: no question
    with Session(ws.engine) as session:
        session.add(
            StudentRow(number="OTA-9999", first_name="Real", last_name="Pupil", school="OTA",
                       start_year=2025)
        )  # fmt: skip
        session.commit()
    with pytest.raises(InvalidInput) as refused:
        build_demo(ws, reset=True)
    message = str(refused.value)
    assert "holds data the demo did not make: 1 student (OTA-9999)" in message
    assert "--force" in message
    assert count(ws, StudentRow) == summary.students + 1  # nothing deleted
    assert build_demo(ws, reset=True, force=True) == summary
    assert count(ws, StudentRow) == summary.students
    ws.close()
