"""The audit as a whole: one table case per FindingCode, acceptances
(scenario 12), stable keys and the order of findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from domain_builders import (
    TRAVEL,
    TUE,
    aalto,
    at,
    complete_record,
    everything_compulsory,
    inp,
    item,
    of,
    weekly,
)

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import AuditInput, FindingCode, Load
from schoolaas.domain.model import Acceptance, DateRange, Severity
from schoolaas.domain.premises import Room

DAY = date(2026, 10, 6)
ROOM = Room("OIH", "201", capacity=30)


def _overlap_pair() -> tuple:
    school = item(
        "MAA6",
        label="MAA06.1",
        offering_key="OTA:2026-27:MAA06.1",
        period="OTA:2026-27/2",
        period_index=1,
        bar=3,
        sessions=weekly(TUE, "10.00", "11.15", date(2026, 9, 30), date(2026, 11, 26)),
    )
    uni = aalto(
        "CS-A1111",
        label="CS-A1111 L01",
        offering_key="aalto-CUR-1",
        group_keys=("L01",),
        sessions=weekly(TUE, "10.15", "12.00", date(2026, 9, 1), date(2026, 11, 19)),
    )
    return school, uni


def _room_case() -> AuditInput:
    session = at(DAY, "10.00", "11.15", room=ROOM.key)
    load = Load(room_session={(ROOM.key, session.start.isoformat()): 31})
    return inp([item("MAA6", sessions=(session,))], rooms={ROOM.key: ROOM}, load=load)


def _compulsory_minus(code: str) -> AuditInput:
    return inp([i for i in everything_compulsory() if i.code != code])


CASES: dict[FindingCode, tuple[Callable[[], AuditInput], Severity]] = {
    FindingCode.OVERLAP: (lambda: inp(_overlap_pair()), Severity.ERROR),
    FindingCode.TRAVEL: (
        lambda: inp(
            [
                item("MAA6", sessions=(at(DAY, "10.00", "11.15", building="TAP"),)),
                aalto("CS-A1111", sessions=(at(DAY, "11.15", "12.00", building="CS"),)),
            ],
            travel=TRAVEL,
        ),
        Severity.ERROR,
    ),
    FindingCode.ROOM_CAPACITY: (_room_case, Severity.ERROR),
    FindingCode.SEAT_LIMIT: (
        lambda: inp(
            [aalto("CS-A1111", offering_key="c")], seats={"c": 10}, load=Load(offering={"c": 11})
        ),
        Severity.ERROR,
    ),
    FindingCode.PREREQUISITE_MISSING: (lambda: inp([item("MAA7")]), Severity.ERROR),
    FindingCode.PREREQUISITE_LATER: (
        lambda: inp([item("MAA7", period_index=1), item("MAA6", period_index=2)]),
        Severity.ERROR,
    ),
    FindingCode.SAME_BAR: (
        lambda: inp([item("FY2", bar=5, period="P"), item("KE2", bar=5, period="P")]),
        Severity.ERROR,
    ),
    FindingCode.DUPLICATE: (lambda: inp([item("MAA6"), item("MAA6")]), Severity.WARNING),
    FindingCode.EXAM_WEEK: (
        lambda: inp(
            [aalto("MS-A0111", is_exam=True, sessions=(at(DAY, "9.00", "12.00"),))],
            exam_weeks=(DateRange(DAY, DAY),),
        ),
        Severity.ERROR,
    ),
    FindingCode.MATRICULATION: (
        lambda: inp(
            [aalto("MS-A0111", is_exam=True, sessions=(at(DAY, "9.00", "12.00"),))],
            matriculation_days={DAY: "MA"},
            matriculation_subjects=frozenset({"MA"}),
        ),
        Severity.ERROR,
    ),
    FindingCode.TOTAL_SHORT: (lambda: inp(everything_compulsory()), Severity.ERROR),
    FindingCode.COMPULSORY_SHORT: (lambda: _compulsory_minus("FY1"), Severity.ERROR),
    FindingCode.NATIONAL_ELECTIVES_SHORT: (lambda: inp(everything_compulsory()), Severity.ERROR),
    FindingCode.ARTS_SHORT: (lambda: _compulsory_minus("KU1"), Severity.ERROR),
    FindingCode.PERIOD_WORKLOAD: (
        lambda: inp([item(f"OTA-{n}", op=5, period="P") for n in range(5)]),
        Severity.WARNING,
    ),
    FindingCode.WEEK_HOURS: (
        lambda: inp(
            [
                aalto(
                    "CS-A1111",
                    sessions=tuple(at(DAY + timedelta(days=d), "8.00", "16.00") for d in range(4)),
                )
            ]
        ),
        Severity.WARNING,
    ),
    FindingCode.UNKNOWN_CODE: (lambda: inp([item("OTA-NOPE")]), Severity.WARNING),
}


@pytest.mark.parametrize("code", list(FindingCode))
def test_every_finding_code_is_found(code: FindingCode):
    build, severity = CASES[code]
    found = of(audit(build()).findings, code)
    assert found, f"no {code} finding"
    assert {f.severity for f in found} == {severity}
    assert all(f.key.startswith(str(code)) for f in found)


@pytest.mark.parametrize("code", list(FindingCode))
def test_a_clean_variant_of_each_case_has_no_such_finding(code: FindingCode):
    """Complete the plan of each case's code and the finding goes away."""
    clean = inp([])
    if code in {
        FindingCode.TOTAL_SHORT,
        FindingCode.COMPULSORY_SHORT,
        FindingCode.NATIONAL_ELECTIVES_SHORT,
        FindingCode.ARTS_SHORT,
    }:
        clean = inp(complete_record())
    assert of(audit(clean).findings, code) == []


ACCEPTED = Acceptance(
    finding_key="overlap:OTA:2026-27:MAA06.1:aalto-CUR-1|L01",
    who="Opo Ohjaaja",
    when=datetime(2026, 9, 20, 14, 5),
    why="lecture recorded; teacher agreed",
)


def test_scenario_12_accepted_overlap_stays_listed_but_is_not_open():
    plan = _overlap_pair()
    before = audit(inp(plan))
    [overlap] = of(before.findings, FindingCode.OVERLAP)
    assert overlap.key == ACCEPTED.finding_key
    after = audit(inp(plan, acceptances={ACCEPTED.finding_key: ACCEPTED}))
    [accepted] = of(after.findings, FindingCode.OVERLAP)
    assert accepted.acceptance == ACCEPTED
    assert not accepted.is_open
    assert after.accepted == 1
    assert after.open_errors == before.open_errors - 1
    assert len(after.findings) == len(before.findings)


def test_scenario_12_nothing_else_open_means_zero_open_errors():
    school, uni = _overlap_pair()
    plan = [replace(school, code="OTA-X", prerequisites=()), uni]
    full = [*complete_record(), *plan]  # so no credit rule is open either
    result = audit(inp(full, acceptances={ACCEPTED.finding_key: ACCEPTED}))
    assert result.open_errors == 0
    assert result.accepted == 1


def test_keys_do_not_depend_on_item_ids_or_order():
    school, uni = _overlap_pair()
    first = audit(inp([school, uni, item("MAA7")]))
    moved = [replace(uni, item_id=900), item("MAA7", item_id=5), replace(school, item_id=7)]
    second = audit(inp(moved))
    assert [f.key for f in first.findings] == [f.key for f in second.findings]


def test_an_acceptance_of_another_key_changes_nothing():
    other = replace(ACCEPTED, finding_key="overlap:something:else")
    result = audit(inp(_overlap_pair(), acceptances={other.finding_key: other}))
    assert result.accepted == 0


def test_findings_come_errors_first_then_warnings_and_keys_are_unique():
    plan = [*_overlap_pair(), item("MAA6"), item("OTA-NOPE")]
    findings = audit(inp(plan)).findings
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert Severity.WARNING in severities
    keys = [f.key for f in findings]
    assert len(keys) == len(set(keys))
    assert audit(inp(list(reversed(plan)))).findings == findings


def test_same_item_twice_gets_distinct_keys():
    school, _ = _overlap_pair()
    twin = replace(school, item_id=school.item_id + 1000)
    third = replace(school, item_id=school.item_id + 2000, code="OTA-Y")
    keys = [f.key for f in audit(inp([school, twin, third])).findings]
    assert len(keys) == len(set(keys))
