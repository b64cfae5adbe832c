"""Demo premises and calendar: buildings, rooms, travel, schools, school
and Aalto periods, matriculation examination days.

Addresses are real; coordinates are plausible WGS84 points of the buildings
(read off a map to about 20 m), enough for walking times on campus."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from schoolaas.domain.model import DateRange

# code, name, address, site, lat, lon
BUILDINGS: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("OK1", "Undergraduate Centre", "Otakaari 1, 02150 Espoo", "otaniemi", 60.18650, 24.82800),
    ("VARE", "Väre", "Otaniementie 14, 02150 Espoo", "otaniemi", 60.18375, 24.82965),
    (
        "CS",
        "Computer Science building",
        "Konemiehentie 2, 02150 Espoo",
        "otaniemi",
        60.18695,
        24.82115,
    ),
    ("TUAS", "TUAS building", "Maarintie 8, 02150 Espoo", "otaniemi", 60.18690, 24.81850),
    ("DIP", "Dipoli", "Otakaari 24, 02150 Espoo", "otaniemi", 60.18500, 24.83250),
    (
        "HHLC",
        "Harald Herlin Learning Centre",
        "Otaniementie 9, 02150 Espoo",
        "otaniemi",
        60.18485,
        24.82755,
    ),
    ("ECON", "School of Business", "Ekonominaukio 1, 02150 Espoo", "otaniemi", 60.18555, 24.82445),
    ("DF", "Design Factory", "Betonimiehentie 5, 02150 Espoo", "otaniemi", 60.18340, 24.82390),
    (
        "OIH",
        "Otaniemi school building (Otaniemen lukio)",
        "Maarintie 6, 02150 Espoo",
        "otaniemi",
        60.18790,
        24.81930,
    ),
    ("TAPL", "Tapiolan lukio", "Opintie 1, 02100 Espoo", "tapiola", 60.17800, 24.80600),
)

# building, room code, capacity, kind
_CAMPUS_ROOMS: tuple[tuple[str, str, int, str], ...] = (
    ("OK1", "M1", 300, "lecture hall"),
    ("OK1", "M2", 160, "lecture hall"),
    ("OK1", "U3", 130, "lecture hall"),
    ("OK1", "E", 380, "exam hall"),
    ("OK1", "M232", 30, "classroom"),
    ("OK1", "U006", 40, "classroom"),
    ("OK1", "Y228", 36, "classroom"),
    ("OK1", "Y229", 32, "classroom"),
    ("VARE", "R001", 130, "lecture hall"),
    ("VARE", "Q202", 40, "classroom"),
    ("CS", "T1", 230, "lecture hall"),
    ("CS", "T2", 80, "lecture hall"),
    ("CS", "C106", 40, "computer lab"),
    ("CS", "A106", 30, "classroom"),
    ("TUAS", "TU1", 170, "lecture hall"),
    ("TUAS", "TU2", 90, "lecture hall"),
    ("TUAS", "1017", 32, "classroom"),
    ("DIP", "Lumituuli", 200, "exam hall"),
    ("HHLC", "202", 12, "group room"),
    ("ECON", "A1", 120, "lecture hall"),
    ("DF", "Lab", 40, "lab"),
)

# School classrooms: (code, capacity); Otaniemen lukio's floors in OIH and
# the Tapiolan lukio building.
OTA_ROOMS: tuple[tuple[str, int], ...] = (
    ("A101", 32),
    ("A102", 30),
    ("A103", 36),
    ("A104", 28),
    ("A105", 24),
    ("A106", 32),
    ("B201", 30),
    ("B202", 36),
    ("B203", 28),
    ("B204", 32),
    ("B205", 30),
    ("B206", 26),
)
TAP_ROOMS: tuple[tuple[str, int], ...] = (
    ("101", 32),
    ("102", 30),
    ("103", 36),
    ("104", 28),
    ("105", 30),
    ("106", 26),
    ("201", 34),
    ("202", 30),
    ("203", 28),
    ("204", 32),
    ("205", 24),
    ("206", 30),
)

# Small rooms outside the rotation of course groups: (school, code, capacity,
# kind). Tapiolan lukio's seminar room 107 seats four; the demo puts one
# elective group there and plans more students into it (SCENARIOS.md 9).
SMALL_ROOMS: tuple[tuple[str, str, int, str], ...] = (("TAP", "107", 4, "seminar room"),)
# The group taught in a small room: (school, year, period, course) -> room code
SMALL_ROOM_GROUPS: dict[tuple[str, str, int, str], str] = {("TAP", "2026-27", 4, "HI6"): "107"}

SCHOOLS = (("OTA", "Otaniemen lukio", "OIH"), ("TAP", "Tapiolan lukio", "TAPL"))
SCHOOL_BUILDING = {"OTA": "OIH", "TAP": "TAPL"}
SCHOOL_ROOMS = {"OTA": OTA_ROOMS, "TAP": TAP_ROOMS}
TRAVEL = (("tapiola", "otaniemi", 15),)  # metro Tapiola -> Aalto-yliopisto + walking


def room_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for building, code, cap, kind in _CAMPUS_ROOMS:
        rows.append(_room(building, code, cap, kind))
    for school, rooms in SCHOOL_ROOMS.items():
        for code, cap in rooms:
            rows.append(_room(SCHOOL_BUILDING[school], code, cap, "classroom"))
    for school, code, cap, kind in SMALL_ROOMS:
        rows.append(_room(SCHOOL_BUILDING[school], code, cap, kind))
    return rows


def _room(building: str, code: str, cap: int, kind: str) -> dict[str, object]:
    return {
        "key": f"{building}-{code}",
        "building": building,
        "code": code,
        "capacity": cap,
        "kind": kind,
        "accessible": True,
    }


# --- school calendar -------------------------------------------------------
# Period dates per academic year (start, end) x 5. 2026-27 follows Espoo's
# decision (autumn 13.8.-22.12.2026, spring 7.1.-5.6.2027) with period 2 on
# 30.9.-26.11.2026 (SCENARIOS.md 1); 2025-26 is the example year of DOMAIN.md;
# 2024-25, 2027-28 (term dates from DOMAIN.md) and 2028-29 are assumed.
SCHOOL_YEARS: dict[str, tuple[tuple[date, date], ...]] = {
    "2024-25": (
        (date(2024, 8, 8), date(2024, 9, 30)),
        (date(2024, 10, 1), date(2024, 11, 27)),
        (date(2024, 11, 28), date(2025, 2, 4)),
        (date(2025, 2, 5), date(2025, 4, 3)),
        (date(2025, 4, 4), date(2025, 5, 31)),
    ),
    "2025-26": (
        (date(2025, 8, 7), date(2025, 9, 29)),
        (date(2025, 9, 30), date(2025, 11, 26)),
        (date(2025, 11, 27), date(2026, 2, 3)),
        (date(2026, 2, 4), date(2026, 4, 2)),
        (date(2026, 4, 7), date(2026, 5, 30)),
    ),
    "2026-27": (
        (date(2026, 8, 13), date(2026, 9, 29)),
        (date(2026, 9, 30), date(2026, 11, 26)),
        (date(2026, 11, 27), date(2027, 2, 3)),
        (date(2027, 2, 4), date(2027, 4, 8)),
        (date(2027, 4, 9), date(2027, 6, 5)),
    ),
    "2027-28": (
        (date(2027, 8, 11), date(2027, 9, 27)),
        (date(2027, 9, 28), date(2027, 11, 24)),
        (date(2027, 11, 25), date(2028, 2, 1)),
        (date(2028, 2, 2), date(2028, 4, 5)),
        (date(2028, 4, 6), date(2028, 6, 3)),
    ),
    "2028-29": (
        (date(2028, 8, 10), date(2028, 9, 26)),
        (date(2028, 9, 27), date(2028, 11, 23)),
        (date(2028, 11, 24), date(2029, 1, 31)),
        (date(2029, 2, 1), date(2029, 4, 4)),
        (date(2029, 4, 5), date(2029, 6, 2)),
    ),
}
TRAY_YEARS = ("2024-25", "2025-26", "2026-27")  # years with a dated course tray
EXAM_DAYS = {"OTA": 7, "TAP": 6}  # exam week = the last N school days of a period

# Days without lessons at both demo schools, by name (the demo's own dates,
# in the pattern of Finnish upper secondary school calendars; see
# resources/data/SOURCES.md): autumn break (ISO week 42), Christmas break to
# Epiphany, winter break (ISO week 9), Easter, May Day, Ascension Day.
_D = date
SCHOOL_HOLIDAYS: tuple[tuple[str, date, date], ...] = (
    ("Autumn break", _D(2024, 10, 14), _D(2024, 10, 18)),
    ("Independence Day", _D(2024, 12, 6), _D(2024, 12, 6)),
    ("Christmas break", _D(2024, 12, 21), _D(2025, 1, 6)),
    ("Winter break", _D(2025, 2, 24), _D(2025, 3, 2)),
    ("Easter", _D(2025, 4, 18), _D(2025, 4, 21)),
    ("May Day", _D(2025, 5, 1), _D(2025, 5, 1)),
    ("Ascension Day", _D(2025, 5, 29), _D(2025, 5, 29)),
    ("Autumn break", _D(2025, 10, 13), _D(2025, 10, 17)),
    ("Christmas break", _D(2025, 12, 20), _D(2026, 1, 6)),
    ("Winter break", _D(2026, 2, 23), _D(2026, 3, 1)),
    ("Easter", _D(2026, 4, 3), _D(2026, 4, 6)),
    ("May Day", _D(2026, 5, 1), _D(2026, 5, 1)),
    ("Ascension Day", _D(2026, 5, 14), _D(2026, 5, 14)),
    ("Autumn break", _D(2026, 10, 12), _D(2026, 10, 16)),
    ("Christmas break", _D(2026, 12, 23), _D(2027, 1, 6)),
    ("Winter break", _D(2027, 3, 1), _D(2027, 3, 7)),
    ("Easter", _D(2027, 3, 26), _D(2027, 3, 29)),
    ("Ascension Day", _D(2027, 5, 6), _D(2027, 5, 6)),
)
_SCHOOL_BREAKS = ("Autumn break", "Winter break")  # Aalto teaches on through these
PUBLIC_HOLIDAYS: tuple[DateRange, ...] = tuple(  # days without Aalto teaching either
    DateRange(a, b) for name, a, b in SCHOOL_HOLIDAYS if name not in _SCHOOL_BREAKS
)
HOLIDAYS = tuple(DateRange(a, b) for _, a, b in SCHOOL_HOLIDAYS)  # days without school lessons


def is_holiday(day: date) -> bool:
    return day.weekday() >= 5 or any(day in h for h in HOLIDAYS)


def exam_week(start: date, end: date, school_days: int) -> DateRange:
    """The last ``school_days`` weekdays (not holidays) of a period."""
    day, count = end, 0
    first = end
    while day >= start and count < school_days:
        if not is_holiday(day):
            count += 1
            first = day
        day -= timedelta(days=1)
    return DateRange(first, end)


@dataclass(frozen=True)
class SchoolPeriod:
    key: str
    school: str
    year: str
    number: int
    dates: DateRange
    exam: DateRange


def school_periods() -> list[SchoolPeriod]:
    out = []
    for school, _name, _building in SCHOOLS:
        for year, spans in SCHOOL_YEARS.items():
            for number, (start, end) in enumerate(spans, start=1):
                out.append(
                    SchoolPeriod(
                        key=f"{school}:{year}/{number}",
                        school=school,
                        year=year,
                        number=number,
                        dates=DateRange(start, end),
                        exam=exam_week(start, end, EXAM_DAYS[school]),
                    )
                )
    return out


def period_rows(periods: list[SchoolPeriod]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {
            "key": p.key,
            "provider": "school",
            "school": p.school,
            "year": p.year,
            "number": p.number,
            "start": p.dates.start,
            "end": p.dates.end,
            "exam_start": p.exam.start,
            "exam_end": p.exam.end,
        }
        for p in periods
    ]
    rows.extend(aalto_period_rows())
    return rows


_ROMAN = ("I", "II", "III", "IV", "V")


def aalto_period_rows() -> list[dict[str, object]]:
    """Aalto periods I-V from the shipped periods file; the last week of each
    is its evaluation week."""
    path = resources.files("schoolaas.resources") / "data" / "aalto_periods.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rows: list[dict[str, object]] = []
    for year in data["years"]:
        for p in year["periods"]:
            start = date.fromisoformat(p["start_date"])
            end = date.fromisoformat(p["end_date"])
            rows.append(
                {
                    "key": f"aalto:{year['year']}/{p['period']}",
                    "provider": "aalto",
                    "school": None,
                    "year": year["year"],
                    "number": _ROMAN.index(p["period"]) + 1,
                    "start": start,
                    "end": end,
                    "exam_start": end - timedelta(days=6),
                    "exam_end": end,
                }
            )
    return rows


# Matriculation examination days. The dates are YTL's (spring 2027
# preliminary); autumn 2026 dates are assumed from the usual mid-September to
# early-October pattern. Which subject is written on which day is assumed
# (YTL's usual order), except 24.3.2027 = mathematics (SCENARIOS.md 8).
_REAL = ("UE", "ET", "FI", "PS", "HI", "YH")  # humanities day
_SCIENCE = ("BI", "GE", "FY", "KE", "TE")  # science day
MATRICULATION: tuple[tuple[date, tuple[str, ...]], ...] = (
    (date(2026, 9, 14), ("AI",)),
    (date(2026, 9, 16), _REAL),
    (date(2026, 9, 18), ("EN",)),
    (date(2026, 9, 21), ("RU",)),
    (date(2026, 9, 23), ("MA",)),
    (date(2026, 9, 25), _SCIENCE),
    (date(2026, 9, 28), ("SA", "RA", "ES")),
    (date(2027, 3, 16), ("AI",)),
    (date(2027, 3, 18), _REAL),
    (date(2027, 3, 19), ("SA", "RA", "ES")),
    (date(2027, 3, 22), ("EN",)),
    (date(2027, 3, 24), ("MA",)),
    (date(2027, 3, 30), _SCIENCE),
    (date(2027, 3, 31), ("RU",)),
    (date(2027, 4, 2), ("IT", "VE")),
    (date(2027, 4, 5), ("LA",)),
)


def holiday_rows() -> list[dict[str, object]]:
    """The named holidays of every demo school (the ``holiday`` table)."""
    return [
        {"school": school, "name": name, "kind": "holiday", "start": a, "end": b}
        for school, _name, _building in SCHOOLS
        for name, a, b in SCHOOL_HOLIDAYS
    ]


def school_year_rows() -> list[dict[str, object]]:
    """Each demo school's years: the first day of period 1 to the last of period 5."""
    return [
        {"school": school, "year": year, "start": spans[0][0], "end": spans[-1][1]}
        for school, _name, _building in SCHOOLS
        for year, spans in SCHOOL_YEARS.items()
    ]


def matriculation_rows() -> list[dict[str, object]]:
    return [{"day": day, "subject": s} for day, subjects in MATRICULATION for s in subjects]
