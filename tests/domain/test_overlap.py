from datetime import date

from domain_builders import TUE, aalto, at, inp, item, of, weekly

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import ItemStatus, Severity


def _bar3() -> object:
    return item(
        "MAA6",
        label="MAA06.1",
        offering_key="OTA:2026-27:MAA06.1",
        period="OTA:2026-27/2",
        bar=3,
        sessions=weekly(
            TUE,
            "10.00",
            "11.15",
            date(2026, 9, 30),
            date(2026, 11, 26),
            room="OIH-201",
            building="OIH",
        ),
    )


def _cs_a1111() -> object:
    return aalto(
        "CS-A1111",
        label="CS-A1111 L01",
        offering_key="aalto-CUR-1",
        group_keys=("L01",),
        sessions=weekly(
            TUE,
            "10.15",
            "12.00",
            date(2026, 9, 1),
            date(2026, 11, 19),
            room="OK1-M1",
            building="OK1",
        ),
    )


def test_scenario_1_plain_overlap_every_tuesday():
    # SCENARIOS.md says "45 minutes each", but 10.00-11.15 against 10.15-12.00
    # shares 10.15-11.15: 60 minutes. The audit reports the real overlap.
    school, uni = _bar3(), _cs_a1111()
    result = audit(inp([school, uni]))
    [finding] = of(result.findings, FindingCode.OVERLAP)
    assert finding.severity == Severity.ERROR
    expected = tuple(
        date(2026, m, d)
        for m, d in [(10, 6), (10, 13), (10, 20), (10, 27), (11, 3), (11, 10), (11, 17)]
    )
    assert finding.dates == expected
    assert finding.numbers.minutes == 60
    assert finding.numbers.minutes_by_date == (60,) * 7
    assert finding.numbers.count == 7
    assert finding.numbers.total_minutes == 7 * 60
    assert set(finding.item_ids) == {school.item_id, uni.item_id}
    names = {finding.numbers.label_a, finding.numbers.label_b}
    assert names == {"MAA06.1", "CS-A1111 L01"}
    rooms = {finding.numbers.room_a, finding.numbers.room_b}
    assert rooms == {("OIH-201",), ("OK1-M1",)}


def test_scenario_2_same_weekday_disjoint_dates_is_no_overlap():
    school = item(
        "MAA7",
        period="OTA:2026-27/3",
        sessions=weekly(TUE, "10.00", "11.15", date(2026, 11, 27), date(2027, 2, 3)),
    )
    uni = aalto(
        "CS-A1111", sessions=weekly(TUE, "10.15", "12.00", date(2026, 9, 1), date(2026, 10, 16))
    )
    assert of(audit(inp([school, uni])).findings, FindingCode.OVERLAP) == []


def test_completed_items_do_not_clash():
    school = _bar3()
    uni = aalto(
        "CS-A1111",
        status=ItemStatus.COMPLETED,
        sessions=weekly(TUE, "10.15", "12.00", date(2026, 9, 1), date(2026, 11, 19)),
    )
    assert of(audit(inp([school, uni])).findings, FindingCode.OVERLAP) == []


def test_touching_sessions_do_not_overlap():
    day = date(2026, 10, 6)
    a = item("MAA6", sessions=(at(day, "10.00", "11.15"),))
    b = aalto("CS-A1111", sessions=(at(day, "11.15", "12.00"),))
    assert of(audit(inp([a, b])).findings, FindingCode.OVERLAP) == []


def test_sessions_of_one_item_never_clash_with_each_other():
    day = date(2026, 10, 6)
    a = aalto("CS-A1111", sessions=(at(day, "10.15", "12.00"), at(day, "11.15", "13.00")))
    assert of(audit(inp([a])).findings, FindingCode.OVERLAP) == []


def test_three_items_give_one_finding_per_pair_and_varying_minutes():
    d1, d2 = date(2026, 10, 6), date(2026, 10, 8)
    a = item("MAA6", sessions=(at(d1, "10.00", "11.15"), at(d2, "10.00", "11.15")))
    b = aalto(
        "CS-A1111", offering_key="x", sessions=(at(d1, "10.15", "12.00"), at(d2, "11.00", "12.00"))
    )
    c = aalto("MS-A0111", offering_key="y", sessions=(at(d1, "11.00", "11.30"),))
    found = of(audit(inp([a, b, c])).findings, FindingCode.OVERLAP)
    by_pair = {frozenset(f.item_ids): f for f in found}
    assert set(by_pair) == {
        frozenset({a.item_id, b.item_id}),
        frozenset({a.item_id, c.item_id}),
        frozenset({b.item_id, c.item_id}),
    }
    ab = by_pair[frozenset({a.item_id, b.item_id})]
    assert ab.dates == (d1, d2)
    assert ab.numbers.minutes_by_date in {(60, 15)}
    assert ab.numbers.minutes == 60
    assert ab.numbers.min_minutes == 15
    assert by_pair[frozenset({a.item_id, c.item_id})].numbers.minutes == 15
