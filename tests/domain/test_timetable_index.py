"""The clash questions of the TimetableIndex give the audit's answers: a
clash is a pair of the audit's OVERLAP and TRAVEL findings, and a choice
fits a plan exactly when adding it and auditing finds none with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from domain_builders import TRAVEL, at, inp
from hypothesis import given, settings
from hypothesis import strategies as st

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import FindingCode
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
BUILDINGS = ["OK1", "TUAS", "CS", "TAP", None]
ROOMS = {"TAP-1": Room("TAP", "1", 30), "OK1-M1": Room("OK1", "M1", 300)}
QUICK = settings(deadline=None, max_examples=80)
CLASH_CODES = {FindingCode.OVERLAP, FindingCode.TRAVEL}


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    begin = BASE + timedelta(
        days=draw(st.integers(0, 4)), minutes=draw(st.integers(8 * 12, 17 * 12)) * 5
    )
    length = timedelta(minutes=draw(st.integers(1, 24)) * 5)
    if draw(st.integers(0, 9)) == 0:
        length += timedelta(seconds=draw(st.integers(1, 59)))
    room = draw(st.sampled_from([None, None, "TAP-1", "OK1-M1"]))
    building = None if room else draw(st.sampled_from(BUILDINGS))
    return Session(begin, begin + length, room=room, building=building)


@st.composite
def plans(draw: st.DrawFn, max_items: int = 5) -> list[AuditItem]:
    return [
        AuditItem(
            item_id=n + 1,
            code=f"C-{n}",
            provider=Provider.AALTO,
            status=draw(st.sampled_from([ItemStatus.PLANNED] * 3 + [ItemStatus.COMPLETED])),
            op=1,
            offering_key=f"p{n}",
            sessions=tuple(draw(st.lists(sessions(), max_size=6))),
        )
        for n in range(draw(st.integers(0, max_items)))
    ]


def clash_ids(items: list[AuditItem]) -> set[frozenset[int]]:
    """The item id pairs of the audit's OVERLAP and TRAVEL findings."""
    found = audit(inp(items, travel=TRAVEL, rooms=ROOMS)).findings
    return {frozenset(f.item_ids) for f in found if f.code in CLASH_CODES}


def index_of(offerings: dict[str, Offering] | None = None) -> TimetableIndex:
    return TimetableIndex(offerings or {}, TRAVEL, ROOMS)


def as_item(sessions: tuple[Session, ...], item_id: int, key: str = "cand") -> AuditItem:
    return AuditItem(
        item_id, "CAND", Provider.AALTO, ItemStatus.PLANNED, 1, offering_key=key, sessions=sessions
    )


@QUICK
@given(plans(max_items=6))
def test_the_clash_pairs_are_the_pairs_of_the_audit(items):
    index = index_of()
    pairs = {frozenset((items[i].item_id, items[j].item_id)) for i, j in index.clash_pairs(items)}
    assert pairs == clash_ids(items)
    assert all(i < j for i, j in index.clash_pairs(items))


@QUICK
@given(plans(), st.lists(sessions(), min_size=1, max_size=6))
def test_a_choice_clashes_with_a_plan_exactly_when_the_audit_says_so(items, extra):
    index = index_of()
    candidate = index.facts(tuple(extra))
    added = as_item(candidate.sessions, 99)
    expected = any(99 in pair for pair in clash_ids([*items, added]))
    assert index.clash_with(items, candidate) is expected


@QUICK
@given(plans(), st.lists(sessions(), min_size=1, max_size=6))
def test_the_clash_details_name_the_audits_pairs_and_dates(items, extra):
    """What "Add anyway?" tells: each item the choice clashes with, on the
    dates of the audit's OVERLAP and TRAVEL findings for the pair."""
    index = index_of()
    candidate = index.facts(tuple(extra))
    found = audit(inp([*items, as_item(candidate.sessions, 99)], travel=TRAVEL, rooms=ROOMS))
    expected = {
        (f.code, next(i for i in f.item_ids if i != 99)): set(f.dates)
        for f in found.findings
        if f.code in CLASH_CODES and 99 in f.item_ids
    }
    details = index.clash_details(items, candidate)
    got = {}
    for clash in details:
        if clash.overlaps:
            got[(FindingCode.OVERLAP, clash.item.item_id)] = {s.date() for s, _ in clash.overlaps}
        if clash.breaks:
            got[(FindingCode.TRAVEL, clash.item.item_id)] = {s.date() for s, _ in clash.breaks}
        assert all(start < end for start, end in clash.overlaps)
        assert all(leaves <= starts for leaves, starts in clash.breaks)
    assert got == expected
    assert bool(details) is index.clash_with(items, candidate)
    order = [items.index(clash.item) for clash in details]
    assert order == sorted(order)


@QUICK
@given(st.lists(sessions(), max_size=6), st.lists(sessions(), max_size=6))
def test_two_choices_clash_as_a_plan_of_the_two_would(a, b):
    index = index_of()
    found = index.clashes(index.facts(tuple(a)), index.facts(tuple(b)))
    assert found is bool(clash_ids([as_item(tuple(a), 1), as_item(tuple(b), 2)]))


@QUICK
@given(st.lists(st.lists(sessions(), max_size=4), max_size=5))
def test_the_clashing_pairs_of_candidates_are_those_that_clash_two_by_two(drawn):
    index = index_of()
    candidates = {n: index.facts(tuple(s)) for n, s in enumerate(drawn)}
    expected = {
        frozenset((a, b))
        for a in candidates
        for b in candidates
        if a < b and index.clashes(candidates[a], candidates[b])
    }
    assert index.clashing_pairs(candidates) == expected


@QUICK
@given(plans(max_items=5))
def test_the_week_breaks_are_the_travel_findings_of_the_week(items):
    monday = BASE.date()
    breaks = index_of().week_breaks(monday, items)
    found = audit(inp(items, travel=TRAVEL, rooms=ROOMS)).findings
    travel = {frozenset(f.item_ids): f for f in found if f.code == FindingCode.TRAVEL}
    for short in breaks:
        pair = frozenset((items[short.came_from].item_id, items[short.going_to].item_id))
        assert short.day in travel[pair].dates
        assert short.available < short.needed
        assert short.leaves <= short.starts
    assert {frozenset((items[b.came_from].item_id, items[b.going_to].item_id)) for b in breaks} == {
        pair for pair, f in travel.items() if any(d < monday + timedelta(days=7) for d in f.dates)
    }


def _offering(key: str, groups: list[tuple[str, GroupKind, list[Session]]]) -> Offering:
    return Offering(
        key,
        Provider.AALTO,
        key.upper(),
        {"en": key},
        5,
        date(2026, 9, 1),
        date(2026, 12, 1),
        groups=tuple(StudyGroup(g, g, kind, tuple(s)) for g, kind, s in groups),
    )


@QUICK
@given(
    plans(),
    st.lists(
        st.lists(
            st.tuples(
                st.sampled_from([GroupKind.LECTURE, GroupKind.EXERCISE]),
                st.lists(sessions(), max_size=4),
            ),
            min_size=1,
            max_size=3,
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_fits_my_timetable_and_the_group_marks_agree_with_adding_and_auditing(items, drawn):
    offerings = {
        f"o{n}": _offering(f"o{n}", [(f"G{g}", kind, s) for g, (kind, s) in enumerate(groups)])
        for n, groups in enumerate(drawn)
    }
    index = index_of(offerings)
    expected = set()
    for key, offering in offerings.items():
        chosen = index.default_choice(key)
        if any(99 in pair for pair in clash_ids([*items, as_item(chosen.sessions, 99, key)])):
            expected.add(key)
        groups = {
            g.key
            for g in offering.groups
            if any(
                99 in pair
                for pair in clash_ids([*items, as_item(index.choice(key, (g.key,)).sessions, 99)])
            )
        }
        assert index.clashing_groups(key, items) == groups
    assert index.clashing_offerings(items) == expected


def test_offerings_in_the_plan_do_not_clash_with_themselves():
    lecture = [at(BASE.date(), "10.00", "12.00", building="OK1")]
    offerings = {"o1": _offering("o1", [("L01", GroupKind.LECTURE, lecture)])}
    index = index_of(offerings)
    mine = replace(as_item(index.default_choice("o1").sessions, 1), offering_key="o1")
    assert index.clashing_offerings([mine]) == set()
    other = replace(mine, offering_key="elsewhere")
    assert index.clashing_offerings([other]) == {"o1"}
    assert index.clashing_offerings([]) == set()


def test_a_choice_is_the_same_tuple_for_every_ask_and_in_time_order():
    late = at(BASE.date(), "14.00", "15.00")
    early = at(BASE.date(), "08.00", "09.00")
    offerings = {
        "o1": _offering(
            "o1", [("L01", GroupKind.LECTURE, [late]), ("H01", GroupKind.EXERCISE, [early])]
        )
    }
    index = index_of(offerings)
    chosen = index.choice("o1", ("L01", "H01"))
    assert chosen.sessions == (early, late)
    assert index.choice("o1", ("L01", "H01")) is chosen
    assert index.default_choice("o1") is chosen
    assert index.facts(chosen.sessions) is chosen
    assert index.choice("o1", ("X99",)).sessions == ()


@QUICK
@given(plans(max_items=5))
def test_the_week_marks_the_sessions_that_overlap_another_item(items):
    monday = BASE.date()
    week = TimetableIndex().week(monday, items)
    dated = [
        (n, s)
        for n, i in enumerate(items)
        for s in i.sessions
        if monday <= s.start.date() < monday + timedelta(days=7)
    ]
    assert [(w.item, w.session) for w in week] == dated
    for w in week:
        partners = {
            n
            for n, s in dated
            if n != w.item
            and s.start.date() == w.session.start.date()
            and s.start < w.session.end
            and w.session.start < s.end
        }
        assert set(w.partners) == partners


def test_max_travel_is_the_longest_known_move():
    assert index_of().max_travel() == max(
        TRAVEL.minutes(a, b) or 0 for a in TRAVEL.buildings for b in TRAVEL.buildings
    )
    assert TimetableIndex().max_travel() == 0
