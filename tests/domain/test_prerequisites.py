"""Scenario 7: prerequisites missing or planned too late."""

from __future__ import annotations

from datetime import date

from domain_builders import aalto, at, inp, item, of

from schoolaas.domain.audit import audit
from schoolaas.domain.calendar import Period
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import DateRange, ItemStatus, Provider, Severity
from schoolaas.domain.prerequisites import BUILTIN_PREREQUISITES

YEAR2_P1, YEAR2_P3 = 5, 7  # period_index: five periods a year, from 0


def _prereq(*items: object) -> list:
    found = audit(inp(items)).findings
    return of(found, FindingCode.PREREQUISITE_MISSING) + of(found, FindingCode.PREREQUISITE_LATER)


def test_scenario_7_maa7_before_maa6_is_an_error():
    maa7 = item("MAA7", period="OTA:2027-28/1", period_index=YEAR2_P1)
    maa6 = item("MAA6", period="OTA:2027-28/3", period_index=YEAR2_P3)
    [finding] = _prereq(maa7, maa6)
    assert finding.code == FindingCode.PREREQUISITE_LATER
    assert finding.severity == Severity.ERROR
    assert finding.numbers.prerequisite == "MAA6"
    assert finding.numbers.code == "MAA7"
    assert finding.numbers.period == "OTA:2027-28/1"
    assert finding.numbers.prerequisite_period == "OTA:2027-28/3"
    assert finding.item_ids == (maa7.item_id, maa6.item_id)


def test_scenario_7_completed_or_earlier_maa6_is_fine():
    maa7 = item("MAA7", period_index=YEAR2_P1)
    assert _prereq(maa7, item("MAA6", status=ItemStatus.COMPLETED)) == []
    assert _prereq(maa7, item("MAA6", period_index=YEAR2_P1 - 1)) == []


def test_same_period_is_not_earlier():
    [finding] = _prereq(item("MAA7", period_index=3), item("MAA6", period_index=3))
    assert finding.code == FindingCode.PREREQUISITE_LATER


def test_missing_prerequisite_and_a_failed_one_does_not_count():
    [finding] = _prereq(item("MAA7", period_index=3))
    assert finding.code == FindingCode.PREREQUISITE_MISSING
    assert finding.key == "prerequisite-missing:MAA7:MAA6"
    failed = item("MAA6", status=ItemStatus.FAILED, period_index=1)
    [again] = _prereq(item("MAA7", period_index=3), failed)
    assert again.code == FindingCode.PREREQUISITE_MISSING


def test_own_prerequisites_replace_the_builtin_table_and_modules_satisfy_them():
    uni = aalto("MS-A0111", prerequisites=("MAA6",), period_index=4)
    course = item("OTA-MA56", modules=("MAA5", "MAA6"), period_index=2)
    assert _prereq(uni, course) == []
    [finding] = _prereq(aalto("MS-A0111", prerequisites=("MAA6",), period_index=4))
    assert finding.numbers.prerequisite == "MAA6"
    assert BUILTIN_PREREQUISITES["MAA7"] == ("MAA6",)


def test_order_from_dates_when_period_indices_are_missing():
    periods = {
        "OTA:2026-27/1": Period(
            "OTA:2026-27/1",
            Provider.SCHOOL,
            "2026-27",
            1,
            DateRange(date(2026, 8, 13), date(2026, 9, 29)),
        ),
    }
    maa6 = item("MAA6", period="OTA:2026-27/1")
    early_uni = aalto(
        "MS-A0111", prerequisites=("MAA6",), sessions=(at(date(2026, 9, 8), "10.15", "12.00"),)
    )
    late_uni = aalto(
        "MS-A0111", prerequisites=("MAA6",), sessions=(at(date(2026, 11, 3), "10.15", "12.00"),)
    )
    [finding] = of(
        audit(inp([maa6, early_uni], periods=periods)).findings, FindingCode.PREREQUISITE_LATER
    )
    assert finding.numbers.code == "MS-A0111"
    assert (
        of(audit(inp([maa6, late_uni], periods=periods)).findings, FindingCode.PREREQUISITE_LATER)
        == []
    )


def test_completed_items_are_not_checked():
    assert _prereq(item("MAA7", status=ItemStatus.COMPLETED)) == []
