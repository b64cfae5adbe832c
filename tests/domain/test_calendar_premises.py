"""Lead's tests of the shared domain value objects (calendar, premises, codes)."""

from datetime import date, datetime, time

import pytest

from schoolaas.domain.calendar import WeeklySlot, expand_weekly, year_of
from schoolaas.domain.codes import normalise_code
from schoolaas.domain.model import DateRange, Session
from schoolaas.domain.premises import Building, TravelModel

OK1 = Building("OK1", "Undergraduate Centre", "Otakaari 1", "otaniemi", 60.18645, 24.82737)
TUAS = Building("TUAS", "TUAS", "Maarintie 8", "otaniemi", 60.18710, 24.81890)
TAP = Building("TAP", "Tapiolan lukio", "Opintie 1", "tapiola", 60.17880, 24.80610)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("MAA02", "MAA2"),
        ("MAA02.3", "MAA2"),
        ("maa6", "MAA6"),
        ("ÄI01", "ÄI1"),
        ("MUO-E0019 ", "MUO-E0019"),
        ("47C48000", "47C48000"),
        ("BIZ3130.kand", "BIZ3130.kand"),
        ("CS-A1111", "CS-A1111"),
    ],
)
def test_codes_in_every_written_form_become_one(raw, code):
    assert normalise_code(raw) == code


def test_weekly_slot_expands_to_real_tuesdays_and_skips_the_exam_week():
    period = DateRange(date(2026, 9, 30), date(2026, 11, 26))
    exam_week = DateRange(date(2026, 11, 18), date(2026, 11, 26))
    sessions = expand_weekly(
        [WeeklySlot(1, time(10, 0), time(11, 15))], period, room="OIH-A101", skip=exam_week
    )
    days = [s.start.date() for s in sessions]
    assert days[0] == date(2026, 10, 6)
    assert days[-1] == date(2026, 11, 17)
    assert all(d.weekday() == 1 for d in days)
    assert all(s.minutes == 75 for s in sessions)


def test_impossible_times_are_refused():
    with pytest.raises(ValueError, match="ends before it starts"):
        Session(datetime(2026, 10, 6, 12), datetime(2026, 10, 6, 10))
    with pytest.raises(ValueError, match="ends before it starts"):
        DateRange(date(2026, 10, 2), date(2026, 10, 1))
    with pytest.raises(ValueError, match="weekday"):
        WeeklySlot(7, time(10), time(11))


def test_travel_same_building_campus_walk_and_site_matrix():
    travel = TravelModel({b.code: b for b in (OK1, TUAS, TAP)}, {("tapiola", "otaniemi"): 15})
    assert travel.minutes("OK1", "OK1") == 0
    walk = travel.minutes("OK1", "TUAS")
    assert walk is not None
    assert 6 <= walk <= 9  # about 480 m at 66.7 m/min
    assert travel.minutes("OK1", "TAP") == 15  # matrix works both ways
    assert travel.minutes("OK1", None) is None
    assert travel.minutes("OK1", "NOPE") is None


def test_academic_year_starts_in_august():
    assert year_of(date(2026, 8, 13)) == "2026-27"
    assert year_of(date(2027, 3, 24)) == "2026-27"
    assert year_of(date(2026, 7, 31)) == "2025-26"
