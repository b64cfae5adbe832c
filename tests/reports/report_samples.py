"""A student's plan as domain objects, for report tests without a database."""

from __future__ import annotations

from datetime import date, datetime, time

from schoolaas.domain.calendar import Period, WeeklySlot, expand_weekly
from schoolaas.domain.finding_numbers import OverlapNumbers, ShortNumbers, TravelNumbers
from schoolaas.domain.findings import AuditResult, CreditSummary
from schoolaas.domain.model import (
    Acceptance,
    AuditItem,
    DateRange,
    Finding,
    ItemStatus,
    Provider,
    SessionKind,
    Severity,
)
from schoolaas.reports.study_plan import StudentInfo

P = Provider.SCHOOL
A = Provider.AALTO


def periods() -> dict[str, Period]:
    spans = [
        (date(2026, 8, 13), date(2026, 9, 29)),
        (date(2026, 9, 30), date(2026, 11, 26)),
        (date(2026, 11, 27), date(2027, 2, 3)),
        (date(2027, 2, 4), date(2027, 4, 2)),
        (date(2027, 4, 7), date(2027, 6, 5)),
    ]
    out = {}
    for n, (a, b) in enumerate(spans, start=1):
        key = f"OTA:2026-27/{n}"
        out[key] = Period(key, P, "2026-27", n, DateRange(a, b), school="OTA")
    out["OTA:2025-26/1"] = Period(
        "OTA:2025-26/1",
        P,
        "2025-26",
        1,
        DateRange(date(2025, 8, 7), date(2025, 9, 29)),
        school="OTA",
    )
    return out


def _lessons(period: Period, weekday: int, start: time, end: time, room: str) -> tuple:
    return expand_weekly(
        [WeeklySlot(weekday, start, end)], period.dates, room=room, building=room.split("-")[0]
    )


def items() -> tuple[list[AuditItem], dict[int, str]]:
    ps = periods()
    p2 = ps["OTA:2026-27/2"]
    aalto_dates = DateRange(date(2026, 9, 1), date(2026, 11, 19))
    lecture = expand_weekly(
        [WeeklySlot(1, time(10, 15), time(12, 0))], aalto_dates, room="OK1-M1", building="OK1"
    )
    exercise = expand_weekly(
        [WeeklySlot(3, time(14, 15), time(16, 0))], aalto_dates, room="CS-T1", building="CS"
    )
    rows = [
        AuditItem(
            1,
            "ÄI1",
            P,
            ItemStatus.COMPLETED,
            2,
            label="ÄI01.2",
            subject="AI",
            period="OTA:2025-26/1",
            grade="9",
        ),
        AuditItem(
            2,
            "MAA2",
            P,
            ItemStatus.COMPLETED,
            3,
            label="MAA02.1",
            subject="MA",
            period="OTA:2025-26/1",
            grade="8",
        ),
        AuditItem(
            3,
            "RUB11",
            P,
            ItemStatus.FAILED,
            2,
            label="RUB11.1",
            subject="RU",
            period="OTA:2025-26/1",
            grade="4",
        ),
        AuditItem(
            4,
            "MAA6",
            P,
            ItemStatus.ENROLLED,
            3,
            label="MAA06.1",
            subject="MA",
            period="OTA:2026-27/2",
            bar=3,
            sessions=_lessons(p2, 1, time(10, 0), time(11, 15), "OIH-B204"),
        ),
        AuditItem(
            5,
            "FY3",
            P,
            ItemStatus.PLANNED,
            2,
            label="FY03.1",
            subject="FY",
            period="OTA:2026-27/2",
            bar=5,
            sessions=_lessons(p2, 0, time(8, 30), time(9, 45), "OIH-C110")
            + _lessons(p2, 3, time(8, 30), time(9, 45), "OIH-C110"),
        ),
        AuditItem(
            6,
            "CS-A1111",
            A,
            ItemStatus.PLANNED,
            5,
            label="CS-A1111 L01+H02",
            ects=5,
            offering_key="aalto-otr-1",
            group_keys=("L01", "H02"),
            period="OTA:2026-27/2",
            sessions=lecture + exercise,
        ),
        AuditItem(
            7,
            "MS-A0111",
            A,
            ItemStatus.PLANNED,
            5,
            label="MS-A0111 L01",
            ects=5,
            offering_key="aalto-otr-2",
            group_keys=("L01",),
            sessions=(
                *expand_weekly(
                    [WeeklySlot(2, time(12, 15), time(14, 0))],
                    DateRange(date(2027, 1, 11), date(2027, 2, 26)),
                    room="OK1-U1",
                    building="OK1",
                ),
                *expand_weekly(
                    [WeeklySlot(4, time(9, 0), time(12, 0))],
                    DateRange(date(2027, 3, 1), date(2027, 3, 5)),
                    room="OK1-Y124",
                    building="OK1",
                    kind=SessionKind.EXAM,
                ),
            ),
        ),
        AuditItem(
            8, "BI1", P, ItemStatus.PLANNED, 2, label="BI01.2", subject="BI", period="OTA:2026-27/5"
        ),
    ]
    names = {
        1: "Tekstit ja vuorovaikutus",
        2: "Luvut ja lukujonot",
        3: "Toisen kotimaisen kielen kulttuuri & <viestintä>",
        4: "Derivaatta",
        5: "Sähkö",
        6: "Programming 1",
        7: "Matematiikan peruskurssi C1",
        8: "Elämä ja evoluutio",
    }
    return rows, names


def student() -> StudentInfo:
    return StudentInfo(
        name="Äijä Öhman-Åberg", number="S-2024-017", group="24A", start_year=2024, maths="MAA"
    )


def audit() -> AuditResult:
    credits = CreditSummary(
        total_done=5,
        total_planned=22,
        total_required=150,
        compulsory_done=5,
        compulsory_planned=12,
        compulsory_required=102,
        national_electives_planned=0,
        national_electives_required=20,
        school_electives_planned=10,
        university_op_planned=10,
        university_ects_planned=10,
    )
    overlap = Finding(
        code="overlap",
        severity=Severity.ERROR,
        key="overlap:4:6",
        item_ids=(4, 6),
        dates=(date(2026, 10, 6), date(2026, 10, 13), date(2026, 10, 20)),
        numbers=OverlapNumbers(
            minutes=45,
            min_minutes=45,
            total_minutes=135,
            count=3,
            minutes_by_date=(45, 45, 45),
            code_a="MAA6",
            code_b="CS-A1111",
            label_a="MAA6",
            label_b="CS-A1111",
            room_a=(),
            room_b=(),
        ),
    )
    accepted = Finding(
        code="travel",
        severity=Severity.ERROR,
        key="travel:5:6",
        item_ids=(5, 6),
        numbers=TravelNumbers(
            needed=15,
            available=0,
            short=15,
            count=0,
            code_a="AI1",
            code_b="CS-A1111",
            label_a="AI1",
            label_b="CS-A1111",
            building_a="",
            building_b="",
        ),
        acceptance=Acceptance(
            "travel:5:6",
            "Counsellor Virtanen",
            datetime(2026, 10, 2, 9, 30),
            "lecture recorded; teacher agreed",
        ),
    )
    short = Finding(
        code="total-short",
        severity=Severity.ERROR,
        key="total",
        numbers=ShortNumbers(planned=22, required=150, short=128),
    )
    return AuditResult(plan_id=42, findings=(short, overlap, accepted), credits=credits)
