"""Small domain objects for the week, model and window tests (no database needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.model import (
    AuditItem,
    DateRange,
    GroupKind,
    ItemStatus,
    Offering,
    Provider,
    Session,
    StudyGroup,
)
from schoolaas.domain.premises import Building, TravelModel

TUESDAY = date(2026, 10, 6)
MONDAY = TUESDAY - timedelta(days=1)  # 5.10.2026, period 2
TRAVEL = TravelModel(
    buildings={
        "OIH": Building("OIH", "OIH", "Maarintie 6", "otaniemi", 60.1869, 24.8247),
        "OK1": Building("OK1", "Undergraduate Centre", "Otakaari 1", "otaniemi", 60.1867, 24.8277),
        "TAPL": Building("TAPL", "Tapiolan lukio", "Opintie 1", "tapiola", 60.1750, 24.8050),
    },
    site_minutes={("tapiola", "otaniemi"): 15},
)


def weekly(weekday: int, start: time, end: time, first: date, last: date, building: str, room: str):
    return expand_weekly(
        [WeeklySlot(weekday, start, end)], DateRange(first, last), room=room, building=building
    )


def aalto_cs_a1111() -> Offering:
    lectures = weekly(
        1, time(10, 15), time(12), date(2026, 9, 1), date(2026, 11, 19), "OK1", "OK1-M1"
    )
    return Offering(
        key="aalto-cur-1",
        provider=Provider.AALTO,
        code="CS-A1111",
        name={"en": "Basic Course in Programming Y1", "fi": "Ohjelmoinnin peruskurssi Y1"},
        op=5,
        ects=5,
        start=date(2026, 9, 1),
        end=date(2026, 11, 19),
        subject="KO",
        languages=("en",),
        groups=(StudyGroup("L01", "Lecture", GroupKind.LECTURE, lectures),),
        seats=10,
    )


def school_maa6() -> Offering:
    lessons = weekly(
        1, time(10), time(11, 15), date(2026, 9, 30), date(2026, 11, 26), "OIH", "OIH-201"
    )
    return Offering(
        key="OTA:2026-27:MAA06.1",
        provider=Provider.SCHOOL,
        code="MAA6",
        name={"fi": "Derivaatta", "sv": "Derivatan", "en": "Derivative"},
        op=3,
        start=date(2026, 9, 30),
        end=date(2026, 11, 26),
        subject="MA",
        school="OTA",
        period="OTA:2026-27/2",
        bar=3,
        languages=("fi",),
        groups=(StudyGroup("MAA06.1", "MAA06.1", GroupKind.LESSON, lessons),),
    )


def school_ai1() -> Offering:
    lessons = weekly(
        3, time(8, 15), time(9, 30), date(2026, 8, 13), date(2026, 9, 29), "OIH", "OIH-105"
    )
    return Offering(
        key="OTA:2026-27:AI01.1",
        provider=Provider.SCHOOL,
        code="ÄI1",
        name={"fi": "Tekstien tulkinta ja kirjoittaminen", "sv": "Text", "en": "Texts"},
        op=2,
        start=date(2026, 8, 13),
        end=date(2026, 9, 29),
        subject="AI",
        school="OTA",
        period="OTA:2026-27/1",
        languages=("fi",),
        groups=(StudyGroup("AI01.1", "AI01.1", GroupKind.LESSON, lessons),),
    )


def as_item(item_id: int, offering: Offering) -> AuditItem:
    sessions: tuple[Session, ...] = tuple(s for g in offering.groups for s in g.sessions)
    return AuditItem(
        item_id=item_id,
        code=offering.code,
        provider=offering.provider,
        status=ItemStatus.PLANNED,
        op=offering.op,
        label=offering.code,
        offering_key=offering.key,
        sessions=sessions,
    )


def at(day: date, hh: int, mm: int) -> datetime:
    return datetime.combine(day, time(hh, mm))


def tapiola_then_otaniemi() -> list[AuditItem]:
    """MAA6 in Tapiola 9.00–10.15, CS-A1111 in Otaniemi from 10.15 on Tuesday 6.10."""
    tapiola = school_maa6()
    lesson = Session(datetime(2026, 10, 6, 9, 0), datetime(2026, 10, 6, 10, 15), "T-1", "TAPL")
    group = replace(tapiola.groups[0], sessions=(lesson,))
    return [as_item(1, replace(tapiola, groups=(group,))), as_item(2, aalto_cs_a1111())]
