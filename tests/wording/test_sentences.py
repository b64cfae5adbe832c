"""Sentences for the command line: every code names its figures plainly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from schoolaas.cli.check_output import acceptance_line as describe_acceptance
from schoolaas.domain import finding_numbers as n
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Acceptance, Finding, Severity
from schoolaas.wording.catalogue import catalogue
from schoolaas.wording.findings import format_date as fmt_date
from schoolaas.wording.findings import list_dates
from schoolaas.wording.findings import sentence as describe

PAIR: dict[str, str] = {
    "code_a": "MAA6",
    "code_b": "CS-A1111",
    "label_a": "MAA06.1",
    "label_b": "CS-A1111 L01",
}


def _f(
    kind: FindingCode, dates: tuple[date, ...] = (), numbers: n.Numbers = n.NO_NUMBERS
) -> Finding:
    return Finding(code=kind, severity=Severity.ERROR, key=str(kind), dates=dates, numbers=numbers)


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (
            _f(
                FindingCode.OVERLAP,
                (date(2026, 10, 6),),
                n.OverlapNumbers(
                    minutes=45,
                    min_minutes=45,
                    total_minutes=45,
                    count=1,
                    minutes_by_date=(45,),
                    room_a=("OIH-A101",),
                    room_b=("OK1-M1",),
                    **PAIR,
                ),
            ),
            "MAA06.1 and CS-A1111 L01 overlap (rooms OIH-A101 and OK1-M1) by 45 min on 6.10.2026.",
        ),
        (
            _f(
                FindingCode.TRAVEL,
                (date(2026, 10, 8),),
                n.TravelNumbers(
                    needed=15,
                    available=0,
                    short=15,
                    count=1,
                    building_a="TAPL",
                    building_b="CS",
                    **PAIR,
                ),
            ),
            "Not enough time to get from TAPL to CS between MAA06.1 and CS-A1111 L01: "
            "needs 15 min, has 0 on 8.10.2026.",
        ),
        (
            _f(
                FindingCode.ROOM_CAPACITY,
                numbers=n.RoomCapacityNumbers(
                    room="OK1-M1",
                    capacity=30,
                    planned=35,
                    over=5,
                    count=1,
                    code="CS-A1111",
                    label="CS-A1111 L01",
                ),
            ),
            "Room OK1-M1 holds 30 but 35 students are planned into it for CS-A1111 L01 "
            "(5 too many).",
        ),
        (
            _f(
                FindingCode.SEAT_LIMIT,
                numbers=n.SeatLimitNumbers(
                    seats=10,
                    planned=12,
                    over=2,
                    offering="aalto-cur-1111",
                    group="",
                    code="CS-A1111",
                    label="CS-A1111",
                ),
            ),
            "CS-A1111 has 10 seats for upper secondary students but 12 are planned (2 too many).",
        ),
        (
            _f(
                FindingCode.PREREQUISITE_MISSING,
                numbers=n.PrerequisiteNumbers(prerequisite="MAA6", code="MAA7", label="MAA7"),
            ),
            "MAA7 needs MAA6 first, which is neither completed nor planned.",
        ),
        (
            _f(
                FindingCode.PREREQUISITE_LATER,
                numbers=n.PrerequisiteLaterNumbers(
                    prerequisite="MAA6",
                    prerequisite_label="MAA06.1",
                    code="MAA7",
                    label="MAA07.1",
                    period="OTA:2027-28/1",
                    prerequisite_period="OTA:2027-28/3",
                ),
            ),
            "MAA07.1 needs MAA06.1 first, but it is planned later (OTA:2027-28/3 after "
            "OTA:2027-28/1).",
        ),
        (
            _f(
                FindingCode.SAME_BAR,
                numbers=n.SameBarNumbers(bar=5, period="OTA:2026-27/2", **PAIR),
            ),
            "MAA06.1 and CS-A1111 L01 are both in bar 5 in period OTA:2026-27/2: they meet at "
            "the same times.",
        ),
        (
            _f(
                FindingCode.DUPLICATE,
                numbers=n.DuplicateNumbers(code="MAA6", count=2, label="MAA6"),
            ),
            "MAA6 is in the plan 2 times.",
        ),
        (
            _f(
                FindingCode.EXAM_WEEK,
                (date(2026, 11, 20),),
                n.ExamWeekNumbers(
                    count=1,
                    code="MS-A0111",
                    label="MS-A0111",
                    week_start=date(2026, 11, 19),
                    week_end=date(2026, 11, 26),
                ),
            ),
            "A university exam of MS-A0111 falls in the school's exam week (19.11.2026–26.11.2026) "
            "on 20.11.2026.",
        ),
        (
            _f(
                FindingCode.MATRICULATION,
                (date(2027, 3, 24),),
                n.MatriculationNumbers(count=1, code="MS-A0111", label="MS-A0111", subject=("MA",)),
            ),
            "A university exam of MS-A0111 falls on a matriculation exam day (MA) on 24.3.2027.",
        ),
        (
            _f(
                FindingCode.TOTAL_SHORT,
                numbers=n.ShortNumbers(required=150, planned=148.0, short=2.0),
            ),
            "Total credits short: 148 op planned of 150 required (2 op missing).",
        ),
        (
            _f(
                FindingCode.COMPULSORY_SHORT,
                numbers=n.CompulsoryShortNumbers(
                    subject="MA",
                    required=20,
                    planned=17,
                    short=3,
                    syllabus=("MAA",),
                    missing=("MAA9",),
                ),
            ),
            "Compulsory studies in MA short: 17 op of 20 (3 op missing); missing MAA9.",
        ),
        (
            _f(
                FindingCode.NATIONAL_ELECTIVES_SHORT,
                numbers=n.ShortNumbers(required=20, planned=18, short=2),
            ),
            "National electives short: 18 op planned of 20 required (2 op missing).",
        ),
        (
            _f(
                FindingCode.PERIOD_WORKLOAD,
                numbers=n.PeriodWorkloadNumbers(
                    op=26.5, limit=24, over=2.5, period="OTA:2026-27/2"
                ),
            ),
            "26.5 op planned in period OTA:2026-27/2, more than the 24 op limit.",
        ),
        (
            _f(
                FindingCode.WEEK_HOURS,
                numbers=n.WeekHoursNumbers(
                    hours=31.5, limit=30, over=1.5, week="2026-W41", count=5
                ),
            ),
            "31.5 h of scheduled sessions in week 2026-W41 (5.10.–11.10.2026), more than the "
            "30 h limit.",
        ),
        (
            _f(FindingCode.UNKNOWN_CODE, numbers=n.ItemNumbers(code="XYZ1", label="XYZ1")),
            "XYZ1 is not in the catalogue or the curriculum.",
        ),
    ],
)
def test_each_code_in_plain_english(finding: Finding, expected: str) -> None:
    assert describe(finding) == expected


def test_every_code_has_its_own_wording() -> None:
    for code in FindingCode:
        text = describe(_f(code))
        assert not text.startswith(str(code)), code


@dataclass(kw_only=True, unsafe_hash=True)  # as finding_numbers declares them
class NewRuleNumbers(n.Numbers):
    """The numbers of a finding code this version does not word yet."""

    limit: float


def test_an_unknown_code_still_reads() -> None:
    finding = Finding(
        code="new-rule",
        severity=Severity.WARNING,
        key="k",
        numbers=NewRuleNumbers(limit=3.0),
        dates=(date(2027, 1, 5),),
    )
    assert describe(finding) == "new-rule: limit 3 on 5.1.2027."


def test_dates_and_acceptances() -> None:
    assert fmt_date(date(2027, 3, 5)) == "5.3.2027"
    many = [date(2026, 10, d) for d in range(1, 13)]
    assert list_dates(many, catalogue("en")).endswith("8.10.2026 and 4 more")
    accepted = Finding(
        code="overlap",
        severity=Severity.ERROR,
        key="k",
        acceptance=Acceptance("k", "Koski", datetime(2026, 9, 1, 10), "recorded"),
    )
    assert describe_acceptance(accepted) == "accepted by Koski on 1.9.2026: recorded"
