"""Builders for the audit tests: items, sessions and inputs in a few words."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from functools import cache

from schoolaas.domain.calendar import WeeklySlot, expand_weekly
from schoolaas.domain.curriculum import Choices, Curriculum
from schoolaas.domain.findings import AuditInput
from schoolaas.domain.model import (
    AuditItem,
    DateRange,
    Finding,
    ItemStatus,
    Provider,
    Session,
    SessionKind,
)
from schoolaas.domain.premises import Building, TravelModel
from schoolaas.io.curriculum import lops2021

TUE = 1


@cache
def curriculum() -> Curriculum:
    return lops2021()


def t(text: str) -> time:
    hours, minutes = text.split(".")
    return time(int(hours), int(minutes))


def weekly(
    weekday: int,
    start: str,
    end: str,
    first: date,
    last: date,
    *,
    room: str | None = None,
    building: str | None = None,
    kind: SessionKind = SessionKind.TEACHING,
) -> tuple[Session, ...]:
    return expand_weekly(
        [WeeklySlot(weekday, t(start), t(end))],
        DateRange(first, last),
        room=room,
        building=building,
        kind=kind,
    )


def at(day: date, start: str, end: str, **kw: object) -> Session:
    return Session(datetime.combine(day, t(start)), datetime.combine(day, t(end)), **kw)  # type: ignore[arg-type]


_ids = iter(range(1, 1_000_000))


def item(
    code: str,
    *,
    provider: Provider = Provider.SCHOOL,
    status: ItemStatus = ItemStatus.PLANNED,
    op: float | None = None,
    item_id: int | None = None,
    **kw: object,
) -> AuditItem:
    module = curriculum().module(code)
    if op is None:
        op = module.op if module else 5.0
    return AuditItem(
        item_id=item_id if item_id is not None else next(_ids),
        code=code,
        provider=provider,
        status=status,
        op=op,
        **kw,  # type: ignore[arg-type]
    )


def aalto(code: str, **kw: object) -> AuditItem:
    kw.setdefault("op", 5.0)
    kw.setdefault("ects", 5.0)
    return item(code, provider=Provider.AALTO, **kw)  # type: ignore[arg-type]


def inp(items: Iterable[AuditItem], **kw: object) -> AuditInput:
    return AuditInput(plan_id=1, items=tuple(items), curriculum=curriculum(), **kw)  # type: ignore[arg-type]


def of(findings: Iterable[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def codes(findings: Iterable[Finding]) -> set[str]:
    return {str(f.code) for f in findings}


# Real Otaniemi and Tapiola buildings (coordinates from public maps, rounded).
BUILDINGS = {
    "OK1": Building("OK1", "Undergraduate Centre", "Otakaari 1", "otaniemi", 60.18650, 24.82770),
    "TUAS": Building("TUAS", "TUAS", "Maarintie 8", "otaniemi", 60.18695, 24.81870),
    "CS": Building("CS", "Computer Science", "Konemiehentie 2", "otaniemi", 60.18690, 24.82130),
    "OIH": Building("OIH", "OIH", "Maarintie 6", "otaniemi", 60.18760, 24.82010),
    "TAP": Building("TAP", "Tapiolan lukio", "Opintie 1", "tapiola", 60.17780, 24.80560),
}
TRAVEL = TravelModel(BUILDINGS, site_minutes={("tapiola", "otaniemi"): 15})


def everything_compulsory(choices: Choices | None = None) -> list[AuditItem]:
    """Completed items covering the compulsory modules for ``choices``: all
    but KU2, so MU+KU give exactly 6 op."""
    return [
        item(m.code, status=ItemStatus.COMPLETED)
        for m in curriculum().required(choices or Choices())
        if m.code != "KU2"
    ]


def national_electives(total: float) -> list[AuditItem]:
    """Completed national elective modules (2 op each) adding up to ``total``."""
    picked: list[AuditItem] = []
    required = {m.code for m in curriculum().required(Choices())}
    sciences = {"FY", "KE", "BI", "GE", "HI", "YH", "FI", "PS"}
    for module in sorted(curriculum().modules.values(), key=lambda m: m.code):
        if sum(i.op for i in picked) >= total:
            break
        if module.code not in required and module.op == 2 and module.subject in sciences:
            picked.append(item(module.code, status=ItemStatus.COMPLETED))
    assert sum(i.op for i in picked) == total
    return picked


def school_electives(total: int) -> list[AuditItem]:
    """Completed local school courses (no national module) of 2 op each."""
    return [item(f"OTA-VAL{n}", op=2, status=ItemStatus.COMPLETED) for n in range(total // 2)]


def complete_record() -> list[AuditItem]:
    """A record meeting every credit rule: 102 + 20 + 28 = 150 op."""
    return everything_compulsory() + national_electives(20) + school_electives(28)
