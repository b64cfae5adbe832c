"""Scenario 13: op per school period and scheduled hours per week."""

from __future__ import annotations

from datetime import date, timedelta

from domain_builders import aalto, at, inp, item, of

from schoolaas.domain.audit import audit
from schoolaas.domain.calendar import Period
from schoolaas.domain.finding_numbers import PeriodWorkloadNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import DateRange, ItemStatus, Provider, Severity

P2 = "OTA:2026-27/2"


def test_scenario_13_more_than_24_op_in_one_period_is_a_warning():
    plan = [item(f"OTA-C{n}", op=5, period=P2, offering_key=f"o{n}") for n in range(5)]
    [finding] = of(audit(inp(plan)).findings, FindingCode.PERIOD_WORKLOAD)
    assert finding.severity == Severity.WARNING
    assert finding.numbers == PeriodWorkloadNumbers(op=25, limit=24, over=1, period=P2)
    assert finding.key == "period-workload:OTA:2026-27/2"
    assert of(audit(inp(plan[:4])).findings, FindingCode.PERIOD_WORKLOAD) == []


def test_failed_items_do_not_load_and_completed_periods_are_history():
    plan = [item(f"OTA-C{n}", op=5, period=P2, offering_key=f"o{n}") for n in range(5)]
    failed = [*plan[:4], item("OTA-F", op=5, period=P2, status=ItemStatus.FAILED)]
    assert of(audit(inp(failed)).findings, FindingCode.PERIOD_WORKLOAD) == []
    done = [
        item(f"OTA-C{n}", op=5, period=P2, offering_key=f"o{n}", status=ItemStatus.COMPLETED)
        for n in range(5)
    ]
    assert of(audit(inp(done)).findings, FindingCode.PERIOD_WORKLOAD) == []


def test_aalto_items_load_the_school_period_of_their_first_session():
    periods = {
        P2: Period(
            P2, Provider.SCHOOL, "2026-27", 2, DateRange(date(2026, 9, 30), date(2026, 11, 26))
        )
    }
    plan = [item(f"OTA-C{n}", op=5, period=P2, offering_key=f"o{n}") for n in range(4)]
    uni = aalto("CS-A1111", op=5, sessions=(at(date(2026, 10, 6), "10.15", "12.00"),))
    [finding] = of(audit(inp([*plan, uni], periods=periods)).findings, FindingCode.PERIOD_WORKLOAD)
    assert finding.numbers.op == 25


def test_scenario_13_more_than_30_hours_in_one_week_is_a_warning():
    monday = date(2026, 10, 5)  # ISO week 41
    sessions = tuple(at(monday + timedelta(days=d), "8.00", "14.15") for d in range(5))
    busy = aalto("CS-A1111", sessions=sessions)  # 5 x 6 h 15 min = 31 h 15 min
    [finding] = of(audit(inp([busy])).findings, FindingCode.WEEK_HOURS)
    assert finding.severity == Severity.WARNING
    assert finding.numbers.hours == 31.25
    assert finding.numbers.limit == 30
    assert finding.numbers.week == "2026-W41"
    assert finding.dates == tuple(monday + timedelta(days=d) for d in range(5))
    calmer = aalto("CS-A1111", sessions=sessions[:4])
    assert of(audit(inp([calmer])).findings, FindingCode.WEEK_HOURS) == []


def test_hours_of_different_items_add_up():
    monday = date(2026, 10, 5)
    a = item(
        "MAA6", sessions=tuple(at(monday + timedelta(days=d), "8.00", "11.00") for d in range(5))
    )
    b = aalto(
        "CS-A1111",
        sessions=tuple(at(monday + timedelta(days=d), "12.00", "15.15") for d in range(5)),
    )
    [finding] = of(audit(inp([a, b])).findings, FindingCode.WEEK_HOURS)
    assert finding.numbers.hours == 31.25
    assert set(finding.item_ids) == {a.item_id, b.item_id}
