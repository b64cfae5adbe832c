"""Scenarios 5, 6 and 8: bars, duplicates, exams; unknown codes."""

from __future__ import annotations

from datetime import date

from domain_builders import aalto, at, inp, item, of

from schoolaas.domain.audit import audit
from schoolaas.domain.calendar import Period
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import DateRange, ItemStatus, Provider, SessionKind, Severity

P2 = "OTA:2026-27/2"


def test_scenario_5_two_courses_of_bar_5_in_one_period_without_sessions():
    a = item("FY2", label="FY02.1", bar=5, period=P2, offering_key="OTA:FY02.1")
    b = item("KE2", label="KE02.1", bar=5, period=P2, offering_key="OTA:KE02.1")
    [finding] = of(audit(inp([a, b])).findings, FindingCode.SAME_BAR)
    assert finding.severity == Severity.ERROR
    assert finding.numbers.bar == 5
    assert finding.numbers.period == P2
    assert {finding.numbers.label_a, finding.numbers.label_b} == {"FY02.1", "KE02.1"}
    assert finding.key == "same-bar:OTA:FY02.1:OTA:KE02.1"


def test_same_bar_in_other_periods_or_bars_is_fine():
    a = item("FY2", bar=5, period=P2)
    assert (
        of(
            audit(inp([a, item("KE2", bar=5, period="OTA:2026-27/3")])).findings,
            FindingCode.SAME_BAR,
        )
        == []
    )
    assert of(audit(inp([a, item("KE2", bar=4, period=P2)])).findings, FindingCode.SAME_BAR) == []


def test_scenario_6_maa6_twice_is_a_warning():
    [finding] = of(audit(inp([item("MAA6"), item("MAA6")])).findings, FindingCode.DUPLICATE)
    assert finding.severity == Severity.WARNING
    assert finding.numbers.code == "MAA6"
    assert finding.numbers.count == 2
    assert finding.key == "duplicate:MAA6"


def test_scenario_6_failed_and_retake_is_not_a_duplicate():
    plan = [item("MAA6", status=ItemStatus.FAILED), item("MAA6")]
    assert of(audit(inp(plan)).findings, FindingCode.DUPLICATE) == []


def test_scenario_6_overlapping_aalto_courses():
    a = aalto("CS-A1111", overlaps_with=("CS-A1113",))
    b = aalto("CS-A1113", overlaps_with=("CS-A1111",))
    [finding] = of(audit(inp([b, a])).findings, FindingCode.DUPLICATE)
    assert finding.severity == Severity.WARNING
    assert (finding.numbers.code_a, finding.numbers.code_b) == ("CS-A1111", "CS-A1113")
    assert finding.key == "duplicate:CS-A1111:CS-A1113"


EXAM_WEEK = DateRange(date(2026, 11, 19), date(2026, 11, 26))


def test_scenario_8_aalto_exam_in_the_school_exam_week():
    exam = aalto("MS-A0111", is_exam=True, sessions=(at(date(2026, 11, 23), "9.00", "12.00"),))
    [finding] = of(audit(inp([exam], exam_weeks=(EXAM_WEEK,))).findings, FindingCode.EXAM_WEEK)
    assert finding.severity == Severity.ERROR
    assert finding.dates == (date(2026, 11, 23),)
    assert finding.numbers.week_start == date(2026, 11, 19)


def test_exam_session_kind_counts_and_teaching_does_not():
    by_kind = aalto(
        "CS-A1111",
        sessions=(
            at(date(2026, 11, 20), "9.00", "12.00", kind=SessionKind.EXAM),
            at(date(2026, 11, 24), "10.15", "12.00"),
        ),
    )
    [finding] = of(audit(inp([by_kind], exam_weeks=(EXAM_WEEK,))).findings, FindingCode.EXAM_WEEK)
    assert finding.dates == (date(2026, 11, 20),)
    teaching = aalto("CS-A1111", sessions=(at(date(2026, 11, 24), "10.15", "12.00"),))
    assert of(audit(inp([teaching], exam_weeks=(EXAM_WEEK,))).findings, FindingCode.EXAM_WEEK) == []


def test_scenario_8_exam_on_the_maths_matriculation_day():
    day = date(2027, 3, 24)
    exam = aalto("MS-A0111", is_exam=True, sessions=(at(day, "9.00", "12.00"),))
    days = {day: "MA", date(2027, 3, 16): "AI"}
    [finding] = of(
        audit(
            inp([exam], matriculation_days=days, matriculation_subjects=frozenset({"MA", "EN"}))
        ).findings,
        FindingCode.MATRICULATION,
    )
    assert finding.severity == Severity.ERROR
    assert finding.dates == (day,)
    assert finding.numbers.subject == ("MA",)
    not_writing = audit(
        inp([exam], matriculation_days=days, matriculation_subjects=frozenset({"AI"}))
    )
    assert of(not_writing.findings, FindingCode.MATRICULATION) == []


def test_unknown_code_for_planned_items_without_an_offering():
    local = item("OTA-XYZ")
    module = item("MAA6")
    uni = aalto("CS-Z9999")
    history = aalto("CS-A1000", status=ItemStatus.COMPLETED)
    found = of(audit(inp([local, module, uni, history])).findings, FindingCode.UNKNOWN_CODE)
    assert {f.numbers.code for f in found} == {"OTA-XYZ", "CS-Z9999"}
    assert all(f.severity == Severity.WARNING for f in found)


def test_exam_weeks_also_come_from_school_periods_not_aalto_periods():
    school = Period(
        "OTA:2026-27/2",
        Provider.SCHOOL,
        "2026-27",
        2,
        DateRange(date(2026, 9, 30), date(2026, 11, 26)),
        exam_week=EXAM_WEEK,
    )
    evaluation = DateRange(date(2026, 10, 19), date(2026, 10, 25))
    aalto_period = Period(
        "aalto:2026-27/I",
        Provider.AALTO,
        "2026-27",
        1,
        DateRange(date(2026, 9, 1), date(2026, 10, 18)),
        exam_week=evaluation,
    )
    periods = {school.key: school, aalto_period.key: aalto_period}
    in_school_week = aalto(
        "MS-A0111", is_exam=True, sessions=(at(date(2026, 11, 23), "9.00", "12.00"),)
    )
    in_aalto_week = aalto(
        "CS-A1111", is_exam=True, sessions=(at(date(2026, 10, 21), "9.00", "12.00"),)
    )
    found = of(
        audit(inp([in_school_week, in_aalto_week], periods=periods)).findings, FindingCode.EXAM_WEEK
    )
    assert [f.numbers.code for f in found] == ["MS-A0111"]


def test_one_module_in_two_courses_is_a_duplicate():
    course = item("OTA-MA56", op=5, modules=("MAA5", "MAA6"))
    single = item("MAA6")
    [finding] = of(audit(inp([course, single])).findings, FindingCode.DUPLICATE)
    assert finding.key == "duplicate:module:MAA6"
    assert finding.numbers.code == "MAA6"
    assert set(finding.item_ids) == {course.item_id, single.item_id}
