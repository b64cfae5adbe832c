"""A plan's sessions as an RFC 5545 iCalendar file (icalendar library).

Times are Helsinki local time with TZID=Europe/Helsinki and a VTIMEZONE built
from the zone database, so calendar programs place them right across the
daylight-saving changes. UIDs come from the plan, the offering, the group and
the session start: exporting the same plan again and importing the file
updates the events instead of duplicating them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vGeo

from schoolaas.data.private_files import write_file
from schoolaas.domain.model import (
    AuditItem,
    ItemStatus,
    Offering,
    Provider,
    Session,
    SessionKind,
)
from schoolaas.domain.premises import Building, Room
from schoolaas.wording.names import shown_name

TZID = "Europe/Helsinki"
HELSINKI = ZoneInfo(TZID)
PRODID = "-//SchoolaaS//SchoolaaS Planner//EN"
UID_DOMAIN = "schoolaas.planner"


@dataclass(frozen=True, slots=True)
class CalendarCourse:
    """One plan item with the sessions of its chosen groups."""

    offering_key: str
    code: str
    name: str
    op: float
    ects: float | None
    provider: Provider
    sessions: tuple[tuple[str, Session], ...]  # (group key, session)


def courses_for_plan(
    items: Iterable[AuditItem],
    offerings: Mapping[str, Offering],
    names: Mapping[int, str] | None = None,
    lang: str = "fi",
    statuses: frozenset[ItemStatus] = frozenset(
        {ItemStatus.PLANNED, ItemStatus.ENROLLED, ItemStatus.COMPLETED}
    ),
) -> list[CalendarCourse]:
    """The calendar courses of a plan's items of ``statuses`` (failed items
    never). Sessions come from the offering's chosen groups, else the item."""
    out = []
    for item in items:
        if item.status == ItemStatus.FAILED or item.status not in statuses:
            continue
        offering = offerings.get(item.offering_key or "")
        sessions: list[tuple[str, Session]] = []
        if offering is not None:
            keys = item.group_keys or offering.default_groups()
            for key in keys:
                group = offering.group(key)
                if group is not None:
                    sessions += [(key, s) for s in group.sessions]
        else:
            sessions = [("", s) for s in item.sessions]
        name = (names or {}).get(item.item_id) or (
            shown_name(offering.name, lang) if offering else ""
        )
        out.append(
            CalendarCourse(
                offering_key=item.offering_key or f"item-{item.item_id}",
                code=item.code,
                name=name,
                op=item.op,
                ects=item.ects,
                provider=item.provider,
                sessions=tuple(sorted(sessions, key=lambda gs: gs[1].start)),
            )
        )
    return out


def event_uid(plan_id: int, offering_key: str, group: str, start: datetime) -> str:
    """Stable UID of one session of one plan."""
    ident = f"{plan_id}|{offering_key}|{group}|{start.isoformat(timespec='minutes')}"
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def location(session: Session, buildings: Mapping[str, Building], rooms: Mapping[str, Room]) -> str:
    """ "M1, Undergraduate Centre, Otakaari 1": room, building and address."""
    room = rooms.get(session.room or "")
    code = session.building or (room.building if room else None)
    building = buildings.get(code or "")
    parts: list[str] = []
    if room is not None:
        parts.append(room.code)
    elif session.room:
        parts.append(session.room)
    if building is not None:
        parts += [building.name, building.address]
    elif code and not session.room:
        parts.append(code)
    return ", ".join(p for p in parts if p)


def _number(value: float) -> str:
    return f"{value:g}"


# Words of the event texts (the exporter sits beside reports/, not on it).
LABELS = {
    "en": (
        "Course code",
        "Credits",
        "Group",
        "Provider",
        "Aalto University",
        "upper secondary school",
        "exam",
    ),
    "fi": ("Kurssikoodi", "Laajuus", "Ryhmä", "Järjestäjä", "Aalto-yliopisto", "lukio", "tentti"),
    "sv": (
        "Kurskod",
        "Omfattning",
        "Grupp",
        "Anordnare",
        "Aalto-universitetet",
        "gymnasiet",
        "tentamen",
    ),
}


def _description(course: CalendarCourse, group: str, lang: str) -> str:
    code, credits_word, group_word, provider_word, aalto, school, _ = LABELS.get(lang, LABELS["en"])
    credits = f"{_number(course.op)} op"
    if course.ects is not None:
        credits += f" ({_number(course.ects)} ECTS)"
    lines = [f"{code}: {course.code}", f"{credits_word}: {credits}"]
    if group:
        lines.append(f"{group_word}: {group}")
    lines.append(f"{provider_word}: {aalto if course.provider == Provider.AALTO else school}")
    return "\n".join(lines)


def plan_calendar(
    plan_id: int,
    courses: Sequence[CalendarCourse],
    *,
    buildings: Mapping[str, Building] | None = None,
    rooms: Mapping[str, Room] | None = None,
    title: str = "",
    stamp: datetime | None = None,
    lang: str = "en",
) -> Calendar:
    """The calendar object: one VEVENT per session."""
    buildings, rooms = buildings or {}, rooms or {}
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if title:
        cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", TZID)
    seen: set[str] = set()
    events: list[Event] = []
    for course in courses:
        for group, session in course.sessions:
            uid = event_uid(plan_id, course.offering_key, group, session.start)
            n = 1
            while uid in seen:  # two sessions of one group at one time: keep both
                n += 1
                uid = event_uid(plan_id, f"{course.offering_key}#{n}", group, session.start)
            seen.add(uid)
            events.append(_event(course, group, session, uid, stamp, buildings, rooms, lang))
    cal.add_component(helsinki_timezone([e.decoded("DTSTART").date() for e in events]))
    for event in events:
        cal.add_component(event)
    return cal


def helsinki_timezone(days: Sequence[date] = ()) -> Timezone:
    """VTIMEZONE for Europe/Helsinki. The EU rule (summer time from the last
    Sunday of March to the last Sunday of October, changes at 01:00 UTC)
    written with RRULEs, the form Outlook, Google and Thunderbird all read;
    when the zone database disagrees with that rule for the years of the
    events, the zone database's own transitions are written instead."""
    if days and not _eu_rule_holds(min(days), max(days)):
        first, last = min(days), max(days) + timedelta(days=1)
        return Timezone.from_tzid(TZID, first_date=first, last_date=last)
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "EEST")
    summer.add("tzoffsetfrom", timedelta(hours=2))
    summer.add("tzoffsetto", timedelta(hours=3))
    summer.add("dtstart", datetime(1970, 3, 29, 3, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "EET")
    winter.add("tzoffsetfrom", timedelta(hours=3))
    winter.add("tzoffsetto", timedelta(hours=2))
    winter.add("dtstart", datetime(1970, 10, 25, 4, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _eu_rule_holds(first: date, last: date) -> bool:
    """Whether Helsinki follows the EU rule (UTC+2, +3 in summer) every day
    from ``first`` to ``last``, checked at noon and around both changes."""
    for year in range(first.year, last.year + 1):
        spring = datetime.combine(_last_sunday(year, 3), datetime.min.time(), UTC)
        autumn = datetime.combine(_last_sunday(year, 10), datetime.min.time(), UTC)
        probes = [
            spring + timedelta(minutes=59),
            spring + timedelta(minutes=61),
            autumn + timedelta(minutes=59),
            autumn + timedelta(minutes=61),
        ]
        probes += [datetime(year, m, 15, 12, tzinfo=UTC) for m in range(1, 13)]
        for instant in probes:
            summer = spring + timedelta(hours=1) <= instant < autumn + timedelta(hours=1)
            expected = timedelta(hours=3 if summer else 2)
            if instant.astimezone(HELSINKI).utcoffset() != expected:
                return False
    return True


def _event(
    course: CalendarCourse,
    group: str,
    session: Session,
    uid: str,
    stamp: datetime,
    buildings: Mapping[str, Building],
    rooms: Mapping[str, Room],
    lang: str,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", session.start.replace(tzinfo=HELSINKI))
    event.add("dtend", session.end.replace(tzinfo=HELSINKI))
    summary = f"{course.code} {course.name}".strip()
    if session.kind == SessionKind.EXAM:
        summary += f" ({LABELS.get(lang, LABELS['en'])[-1]})"
    event.add("summary", summary)
    event.add("description", _description(course, group, lang))
    where = location(session, buildings, rooms)
    if where:
        event.add("location", where)
    building = buildings.get(session.building or "")
    if building is not None:
        event.add("geo", vGeo((building.lat, building.lon)))
    event.add("categories", ["Aalto" if course.provider == Provider.AALTO else "School"])
    event.add("transp", "OPAQUE")
    return event


def to_ics(calendar: Calendar) -> bytes:
    return bytes(calendar.to_ical())


def write_ics(path: Path, calendar: Calendar) -> None:
    """Write the file whole (a temporary file renamed into place), owner-only."""
    write_file(path, to_ics(calendar))


def validate_ics(data: bytes) -> list[str]:
    """Problems against RFC 5545's required properties; empty when valid."""
    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        return [f"not an iCalendar file: {exc}"]
    problems = [f"VCALENDAR lacks {p}" for p in ("PRODID", "VERSION") if p not in cal]
    if str(cal.get("VERSION", "")) != "2.0":
        problems.append("VERSION is not 2.0")
    zones = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    uids: set[str] = set()
    for n, event in enumerate(cal.walk("VEVENT"), start=1):
        for prop in ("UID", "DTSTAMP", "DTSTART"):
            if prop not in event:
                problems.append(f"event {n} lacks {prop}")
        uid = str(event.get("UID", ""))
        if uid in uids:
            problems.append(f"event {n}: UID {uid} used twice")
        uids.add(uid)
        start = event.get("DTSTART")
        end = event.get("DTEND")
        if start is not None and end is not None and end.dt <= start.dt:
            problems.append(f"event {n} ends before it starts")
        tzid = start.params.get("TZID") if start is not None else None
        if tzid and tzid not in zones:
            problems.append(f"event {n}: TZID {tzid} has no VTIMEZONE")
    return problems
