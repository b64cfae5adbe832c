""" "Fits my timetable" for every offering at once
(TimetableIndex.clashing_offerings, from the plan's side over each day's
sessions) answers as the index's exact question asked offering by offering
(clash_with of the default choice), fractions of seconds included."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain_builders import TRAVEL
from hypothesis import given, settings
from hypothesis import strategies as st

from schoolaas.domain.model import (
    AuditItem,
    GroupKind,
    ItemStatus,
    Offering,
    Provider,
    Session,
    StudyGroup,
)
from schoolaas.domain.premises import Room
from schoolaas.domain.timetable_index import TimetableIndex

BASE = datetime(2026, 10, 5)
ROOMS = {"TAP-1": Room("TAP", "1", 30), "OK1-M1": Room("OK1", "M1", 300)}


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    begin = BASE + timedelta(
        days=draw(st.integers(0, 3)), minutes=draw(st.integers(8 * 12, 17 * 12)) * 5
    )
    length = timedelta(minutes=draw(st.integers(1, 24)) * 5)
    odd = draw(st.integers(0, 9))
    if odd == 0:
        length += timedelta(seconds=draw(st.integers(1, 59)))
    elif odd == 1:
        begin += timedelta(microseconds=draw(st.integers(1, 999_999)))
    room = draw(st.sampled_from([None, "TAP-1", "OK1-M1"]))
    building = None if room else draw(st.sampled_from(["OK1", "TUAS", "CS", "TAP", None]))
    return Session(begin, begin + length, room=room, building=building)


def offering(key: str, drawn: list[list[Session]]) -> Offering:
    groups = tuple(
        StudyGroup(f"G{n}", f"G{n}", GroupKind.LECTURE, tuple(s)) for n, s in enumerate(drawn)
    )
    start, end = date(2026, 9, 1), date(2026, 12, 1)
    return Offering(key, Provider.AALTO, key.upper(), {"en": key}, 5, start, end, groups=groups)


@settings(deadline=None, max_examples=150)
@given(
    st.lists(st.lists(sessions(), max_size=6), max_size=4),
    st.lists(st.lists(st.lists(sessions(), max_size=4), min_size=1, max_size=2), max_size=12),
    st.booleans(),
)
def test_in_bulk_as_one_by_one(plan_sessions, drawn, travel):
    offerings = {f"o{n}": offering(f"o{n}", groups) for n, groups in enumerate(drawn)}
    index = TimetableIndex(offerings, TRAVEL if travel else None, ROOMS)
    items = [
        AuditItem(n + 1, f"P{n}", Provider.AALTO, ItemStatus.PLANNED, 1, f"p{n}", sessions=tuple(s))
        for n, s in enumerate(plan_sessions)
    ]
    one_by_one = {k for k in offerings if index.clash_with(items, index.default_choice(k))}
    assert index.clashing_offerings(items) == one_by_one
    assert index.clashing_offerings(items) == one_by_one  # the days kept for the next ask


def plan_of(*found: Session) -> list[AuditItem]:
    return [AuditItem(1, "P", Provider.AALTO, ItemStatus.PLANNED, 1, "p", sessions=found)]


def test_a_break_too_short_to_move_makes_a_clash_and_a_long_one_does_not():
    at = BASE.replace(hour=10)
    school = Session(at, at + timedelta(hours=1), building="TAP")  # Tapiola till 11.00
    offerings = {
        "tight": offering(
            "tight",
            [[Session(at + timedelta(minutes=65), at + timedelta(hours=2), building="OK1")]],
        ),
        "loose": offering(
            "loose",
            [[Session(at + timedelta(minutes=90), at + timedelta(hours=2), building="OK1")]],
        ),
        "same": offering(
            "same", [[Session(at + timedelta(minutes=65), at + timedelta(hours=2), building="TAP")]]
        ),
    }
    index = TimetableIndex(offerings, TRAVEL, ROOMS)
    assert index.clashing_offerings(plan_of(school)) == {"tight"}


def test_a_fraction_of_a_second_apart_is_no_overlap():
    at = BASE.replace(hour=10)
    ends = at + timedelta(hours=1, microseconds=500_000)  # 11.00.00,5
    after = ends + timedelta(microseconds=200_000)  # 11.00.00,7: whole seconds would meet
    during = ends - timedelta(microseconds=100_000)
    offerings = {
        "after": offering("after", [[Session(after, after + timedelta(hours=1))]]),
        "during": offering("during", [[Session(during, during + timedelta(hours=1))]]),
    }
    index = TimetableIndex(offerings, None, ROOMS)
    assert index.clashing_offerings(plan_of(Session(at, ends))) == {"during"}


@st.composite
def close_sessions(draw: st.DrawFn) -> Session:
    """Sessions of one morning to the minute, some with seconds: touching,
    overlapping by a moment and breaks one minute either side of a move."""
    begin = BASE.replace(hour=9) + timedelta(minutes=draw(st.integers(0, 150)))
    end = begin + timedelta(minutes=draw(st.integers(1, 90)))
    if draw(st.integers(0, 4)) == 0:
        begin += timedelta(seconds=draw(st.integers(1, 59)))
    if draw(st.integers(0, 4)) == 0:
        end += timedelta(seconds=draw(st.integers(1, 59)))
    room = draw(st.sampled_from([None, None, "TAP-1", "OK1-M1"]))
    building = None if room else draw(st.sampled_from(["OK1", "TUAS", "CS", "OIH", "TAP", None]))
    return Session(begin, end, room=room, building=building)


@settings(deadline=None, max_examples=300)
@given(
    st.lists(close_sessions(), min_size=1, max_size=4),
    st.lists(st.lists(st.lists(close_sessions(), max_size=3), min_size=1, max_size=2), max_size=10),
    st.booleans(),
)
def test_in_bulk_as_one_by_one_to_the_minute(plan_sessions, drawn, travel):
    offerings = {f"o{n}": offering(f"o{n}", groups) for n, groups in enumerate(drawn)}
    index = TimetableIndex(offerings, TRAVEL if travel else None, ROOMS)
    items = plan_of(*plan_sessions)
    one_by_one = {k for k in offerings if index.clash_with(items, index.default_choice(k))}
    assert index.clashing_offerings(items) == one_by_one


def at_ten(minutes: float, length: float, building: str | None = None) -> Session:
    start = BASE.replace(hour=10) + timedelta(minutes=minutes)
    return Session(start, start + timedelta(minutes=length), building=building)


def test_breaks_a_minute_either_side_of_the_longest_move():
    plan = plan_of(at_ten(0, 60, "TAP"))  # 10.00-11.00 in Tapiola; 15 minutes to Otaniemi
    offerings = {
        "before_short": offering("before_short", [[at_ten(-74, 60, "OK1")]]),  # ends 9.46
        "before_long": offering("before_long", [[at_ten(-75, 60, "OK1")]]),  # ends 9.45
        "after_short": offering("after_short", [[at_ten(74, 30, "OK1")]]),  # 11.14
        "after_long": offering("after_long", [[at_ten(75, 30, "OK1")]]),  # 11.15
        "touching_here": offering("touching_here", [[at_ten(60, 30, "TAP")]]),
        "touching_here_before": offering("touching_here_before", [[at_ten(-60, 60, "TAP")]]),
        "touching_there": offering("touching_there", [[at_ten(60, 30, "OK1")]]),
    }
    index = TimetableIndex(offerings, TRAVEL, ROOMS)
    assert index.clashing_offerings(plan) == {"before_short", "after_short", "touching_there"}


def test_an_end_seconds_into_a_plan_session_overlaps():
    plan = plan_of(at_ten(1 / 6, 60))  # from 10.00.10
    offerings = {
        "into": offering("into", [[at_ten(-60, 60.5)]]),  # till 10.00.30
        "before": offering("before", [[at_ten(-60, 60.1)]]),  # till 10.00.06
    }
    index = TimetableIndex(offerings, None, ROOMS)
    assert index.clashing_offerings(plan) == {"into"}


def test_a_long_session_reaching_into_a_plan_session():
    plan = plan_of(at_ten(120, 60))  # 12.00-13.00
    offerings = {
        "long": offering("long", [[at_ten(-120, 243)]]),  # 8.00-12.03
        "short": offering("short", [[at_ten(150, 15)]]),  # 12.30-12.45
        "other": offering("other", [[at_ten(-100, 200)]]),  # 8.20-11.40
    }
    index = TimetableIndex(offerings, None, ROOMS)
    assert index.clashing_offerings(plan) == {"long", "short"}
