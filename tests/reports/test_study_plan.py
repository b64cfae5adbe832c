"""The report data, field by field, built from domain objects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
import report_samples as rs

from schoolaas.domain.finding_numbers import PeriodWorkloadNumbers
from schoolaas.domain.findings import AuditResult
from schoolaas.domain.model import Finding, ItemStatus, Provider, Severity
from schoolaas.reports.study_plan import StudyPlanReport, assemble, build_timetable


def _report(lang: str = "en", timetable: str | None = "OTA:2026-27/2") -> StudyPlanReport:
    items, names = rs.items()
    return assemble(
        lang=lang,  # type: ignore[arg-type]
        school="Otaniemen lukio",
        student=rs.student(),
        plan_id=42,
        plan_name="Plan A",
        items=items,
        names=names,
        audit=rs.audit(),
        periods=rs.periods(),
        printed=date(2026, 11, 27),
        timetable_period=timetable,
    )


def test_header_fields() -> None:
    r = _report()
    assert r.school == "Otaniemen lukio"
    assert r.student.name == "Äijä Öhman-Åberg"
    assert r.student.number == "S-2024-017"
    assert r.student.group == "24A"
    assert r.student.start_year == 2024
    assert r.student.maths == "MAA"
    assert (r.plan_id, r.plan_name, r.printed) == (42, "Plan A", date(2026, 11, 27))


def test_sections_follow_the_calendar_and_name_the_period() -> None:
    r = _report()
    assert [s.key for s in r.sections] == [
        "OTA:2025-26/1",
        "OTA:2026-27/2",
        "OTA:2026-27/3",
        "OTA:2026-27/5",
    ]
    assert r.sections[1].title == "2026-27, period 2"
    fi = _report("fi")
    assert fi.sections[1].title == "2026-27, 2. jakso"


def test_item_rows_carry_every_column() -> None:
    r = _report()
    rows = {i.code: i for s in r.sections for i in s.items}
    assert set(rows) == {"ÄI1", "MAA2", "RUB11", "MAA6", "FY3", "CS-A1111", "MS-A0111", "BI1"}
    cs = rows["CS-A1111"]
    assert (cs.name, cs.provider, cs.op, cs.ects, cs.status) == (
        "Programming 1",
        Provider.AALTO,
        5,
        5,
        ItemStatus.PLANNED,
    )
    maa2 = rows["MAA2"]
    assert (maa2.provider, maa2.op, maa2.ects, maa2.status, maa2.grade) == (
        Provider.SCHOOL,
        3,
        None,
        ItemStatus.COMPLETED,
        "8",
    )
    assert rows["RUB11"].status == ItemStatus.FAILED
    assert r.codes == tuple(i.code for s in r.sections for i in s.items)


def test_school_courses_come_before_university_ones_in_a_period() -> None:
    period2 = _report().sections[1]
    assert [i.code for i in period2.items] == ["FY3", "MAA6", "CS-A1111"]


def test_aalto_item_without_a_period_is_placed_by_its_first_session() -> None:
    r = _report()
    period3 = next(s for s in r.sections if s.key == "OTA:2026-27/3")
    assert [i.code for i in period3.items] == ["MS-A0111"]


def test_failed_course_does_not_count_in_the_period_total() -> None:
    first = _report().sections[0]
    assert first.op == 5  # ÄI1 2 + MAA2 3, RUB11 failed


def test_credit_lines_against_the_rules() -> None:
    r = _report()
    total, compulsory, national, school, university = r.credits
    assert (total.done, total.planned, total.required, total.short) == (5, 22, 150, 128)
    assert (compulsory.planned, compulsory.required) == (12, 102)
    assert (national.planned, national.required, national.short) == (0, 20, 20)
    assert school.required is None
    assert university.planned == 10
    assert r.university_ects == 10
    assert _report("sv").credits[2].label == "Nationella valfria"


def test_findings_open_errors_first_accepted_last_with_who_and_why() -> None:
    r = _report()
    assert [f.code for f in r.findings] == ["overlap", "total-short", "travel"]
    assert [f.code for f in r.open_findings] == ["overlap", "total-short"]
    overlap = r.findings[0]
    assert "MAA06.1" in overlap.text
    assert "CS-A1111 L01+H02" in overlap.text
    assert "45 min" in overlap.text
    (accepted,) = r.accepted_findings
    assert accepted.accepted_by == "Counsellor Virtanen"
    assert accepted.accepted_on == date(2026, 10, 2)
    assert accepted.reason == "lecture recorded; teacher agreed"
    assert "needs 15 min, has 0 min" in accepted.text


def test_timetable_is_the_weekly_pattern_of_the_chosen_period() -> None:
    tt = _report().timetable
    assert tt is not None
    assert tt.period_key == "OTA:2026-27/2"
    assert (tt.start, tt.end) == (date(2026, 9, 30), date(2026, 11, 26))
    by = {(b.code, b.weekday): b for b in tt.blocks}
    lecture = by[("CS-A1111", 1)]
    # Tuesdays 6.10.-17.11.: the Aalto lecture runs to 19.11., the period from 30.9.
    assert (lecture.start, lecture.end, lecture.weeks, lecture.room) == (
        time(10, 15),
        time(12, 0),
        7,
        "OK1-M1",
    )
    assert by[("FY3", 3)].weeks == 9  # Thursdays 1.10.-26.11.
    assert by[("FY3", 0)].weeks == 8
    assert ("MS-A0111", 2) not in by  # period 3 only


def test_timetable_marks_exams() -> None:
    items, _ = rs.items()
    tt = build_timetable(items, rs.periods()["OTA:2026-27/4"], "en")
    maths = {(b.weekday, b.exam) for b in tt.blocks if b.code == "MS-A0111"}
    assert maths == {(2, False), (4, True)}  # Wednesday lectures, the Friday exam


def test_timetable_skips_failed_items() -> None:
    items, _ = rs.items()
    failed = [replace(i, status=ItemStatus.FAILED) if i.code == "CS-A1111" else i for i in items]
    tt = build_timetable(failed, rs.periods()["OTA:2026-27/2"], "en")
    assert "CS-A1111" not in {b.code for b in tt.blocks}
    assert "MAA6" in {b.code for b in tt.blocks}


def test_no_timetable_when_no_period_is_chosen() -> None:
    assert _report(timetable=None).timetable is None
    assert _report(timetable="OTA:1999-00/1").timetable is None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_language_words_every_finding(lang: str) -> None:
    r = _report(lang)
    assert all(f.text and "{" not in f.text for f in r.findings)


def test_period_keys_in_findings_read_as_period_names() -> None:
    items, names = rs.items()
    heavy = Finding(
        code="period-workload",
        severity=Severity.WARNING,
        key="w",
        numbers=PeriodWorkloadNumbers(op=26, limit=24, over=2, period="OTA:2026-27/2"),
    )
    audit = rs.audit()
    report = assemble(
        lang="fi",
        school="S",
        student=rs.student(),
        plan_id=1,
        plan_name="P",
        items=items,
        names=names,
        periods=rs.periods(),
        printed=date(2026, 1, 1),
        audit=AuditResult(1, (heavy,), audit.credits),
    )
    assert (
        report.findings[0].text
        == "Jakson kuormitus on suuri: 2026-27, 2. jakso, 26 op (enintään 24)"
    )
