"""Suggest a timetable (domain/suggest): known optima on small hand-made
catalogues, the audit never calling a proposal wrong (hypothesis), and
minimal explanations (remove any element and the rest fits)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from domain_builders import TRAVEL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from schoolaas.domain.audit import audit
from schoolaas.domain.calendar import Period, WeeklySlot, expand_weekly
from schoolaas.domain.curriculum import Curriculum, Rules
from schoolaas.domain.findings import AuditInput, Load
from schoolaas.domain.model import (
    AuditItem,
    DateRange,
    GroupKind,
    ItemStatus,
    Offering,
    Provider,
    Session,
    SessionKind,
    Severity,
    StudyGroup,
)
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import (
    FreeTime,
    Infeasible,
    Option,
    Part,
    Proposal,
    Request,
    Rule,
    Wish,
)
from schoolaas.domain.suggest.solve import explain, fits, in_force, suggest
from schoolaas.domain.timetable_index import TimetableIndex

P1 = Period(
    "S:2026-27/1", Provider.SCHOOL, "2026-27", 1, DateRange(date(2026, 10, 5), date(2026, 11, 20))
)
P2 = Period(
    "S:2026-27/2", Provider.SCHOOL, "2026-27", 2, DateRange(date(2026, 11, 23), date(2027, 1, 29))
)
PERIODS = {P1.key: P1, P2.key: P2}
EMPTY = Curriculum("none", {})
NO_CREDITS = Rules(total_op=0, national_elective_op=0, arts_op=0, arts_min_each=0)


def weekly(
    period: Period, weekday: int, start: str, end: str, building: str = "TAP"
) -> tuple[Session, ...]:
    h1, m1 = (int(n) for n in start.split("."))
    h2, m2 = (int(n) for n in end.split("."))
    return expand_weekly(
        [WeeklySlot(weekday, time(h1, m1), time(h2, m2))], period.dates, building=building
    )


def school(code: str, n: int, period: Period, bar: int, sessions: tuple[Session, ...]) -> Offering:
    return Offering(
        key=f"S:{code}.{n}:{period.number}",
        provider=Provider.SCHOOL,
        code=code,
        name={"en": code},
        op=2,
        start=period.start,
        end=period.end,
        period=period.key,
        bar=bar,
        school="S",
        groups=(StudyGroup("L", "lessons", GroupKind.LESSON, sessions),),
    )


def aalto(key: str, code: str, period: Period, groups: list[StudyGroup], **kw: object) -> Offering:
    return Offering(
        key=key,
        provider=Provider.AALTO,
        code=code,
        name={"en": code},
        op=5,
        start=period.start,
        end=period.end,
        ects=5,
        groups=tuple(groups),
        **kw,  # type: ignore[arg-type]
    )


def group(
    key: str, kind: GroupKind, sessions: tuple[Session, ...], capacity: int | None = None
) -> StudyGroup:
    return StudyGroup(key, key, kind, sessions, capacity)


def as_item(
    offering: Offering, item_id: int = 0, groups: tuple[str, ...] | None = None, **kw: object
) -> AuditItem:
    chosen = groups if groups is not None else offering.default_groups()
    period = offering.period or next(p.key for p in PERIODS.values() if offering.start in p.dates)
    sessions = tuple(
        sorted(
            (
                s
                for g in chosen
                for s in (offering.group(g) or group("", GroupKind.OTHER, ())).sessions
            ),
            key=lambda s: s.start,
        )
    )
    label = (
        offering.key.rsplit(":", 1)[0] if offering.provider == Provider.SCHOOL else offering.code
    )
    return AuditItem(
        item_id=item_id,
        code=offering.code,
        provider=offering.provider,
        status=kw.pop("status", ItemStatus.PLANNED),  # type: ignore[arg-type]
        op=offering.op,
        label=label,
        offering_key=offering.key,
        group_keys=chosen,
        period=period,
        period_index=PERIODS[period].number,
        bar=offering.bar,
        school=offering.school,
        sessions=sessions,
        is_exam=offering.is_exam,
        prerequisites=offering.prerequisites,
        **kw,  # type: ignore[arg-type]
    )


def option(offering: Offering) -> Option:
    kinds = [
        GroupKind.LESSON,
        GroupKind.LECTURE,
        GroupKind.EXERCISE,
        GroupKind.EXAM,
        GroupKind.OTHER,
    ]
    slots = tuple(
        keys for kind in kinds if (keys := tuple(g.key for g in offering.groups if g.kind == kind))
    )
    return Option(as_item(offering, groups=()), slots)


def world(
    offerings: list[Offering], items: list[AuditItem], **kw: object
) -> tuple[TimetableIndex, AuditInput]:
    index = TimetableIndex({o.key: o for o in offerings}, TRAVEL, {})
    base = AuditInput(
        plan_id=1,
        items=tuple(items),
        curriculum=EMPTY,
        rules=NO_CREDITS,
        travel=TRAVEL,
        periods=PERIODS,
        timetable=index,
        **kw,  # type: ignore[arg-type]
    )
    return index, base


def request(base: AuditInput, wishes: list[Wish], **kw: object) -> Request:
    return Request(base=base, wishes=tuple(wishes), planned_periods=tuple(PERIODS), **kw)  # type: ignore[arg-type]


# --- known optima -----------------------------------------------------------------

MON, TUE, WED, THU, FRI = range(5)
EXAM = SessionKind.EXAM


def test_the_exercise_group_that_keeps_the_plan_as_it_is() -> None:
    """CS-A1111's lecture is on Tuesdays; H01 meets when MAA6 in bar 1 does,
    H02 when nothing does: the best plan takes H02 and changes nothing."""
    maa_bar1 = school("MAA6", 1, P1, 1, weekly(P1, WED, "10.15", "11.45"))
    maa_bar2 = school("MAA6", 2, P1, 2, weekly(P1, THU, "12.15", "13.45"))
    cs = aalto(
        "cs1",
        "CS-A1111",
        P1,
        [
            group("L01", GroupKind.LECTURE, weekly(P1, TUE, "14.15", "16.00", "CS")),
            group("H01", GroupKind.EXERCISE, weekly(P1, WED, "10.15", "12.00", "CS")),
            group("H02", GroupKind.EXERCISE, weekly(P1, FRI, "14.15", "16.00", "CS")),
        ],
    )
    current = as_item(maa_bar1, item_id=7)
    index, base = world([maa_bar1, maa_bar2, cs], [current])
    wishes = [
        Wish("MAA6", (option(maa_bar1), option(maa_bar2)), priority=2, current=current),
        Wish("CS-A1111", (option(cs),), priority=1, required=True),
    ]
    found = suggest(request(base, wishes), index)
    assert isinstance(found, Proposal)
    assert found.optimal
    picked = {c.offering_key: c.group_keys for c in found.choices}
    assert picked == {maa_bar1.key: ("L",), "cs1": ("L01", "H02")}
    assert found.changes == 0
    assert found.met == {1: 1, 2: 1}


def test_a_wish_of_priority_one_outweighs_two_of_priority_two() -> None:
    """X (priority 1) clashes with Y and Z (priority 2), which fit together:
    the best plan has X alone."""
    x = school("X", 1, P1, 1, weekly(P1, MON, "8.15", "9.45") + weekly(P1, TUE, "8.15", "9.45"))
    y = school("Y", 1, P1, 2, weekly(P1, MON, "8.15", "9.45"))
    z = school("Z", 1, P1, 3, weekly(P1, TUE, "8.15", "9.45"))
    index, base = world([x, y, z], [])
    wishes = [
        Wish("X", (option(x),), priority=1),
        Wish("Y", (option(y),), priority=2),
        Wish("Z", (option(z),), priority=2),
    ]
    found = suggest(request(base, wishes), index)
    assert isinstance(found, Proposal)
    assert [c.offering_key for c in found.choices] == [x.key, None, None]
    assert found.met == {1: 1, 2: 0}


def test_moving_one_course_rather_than_two() -> None:
    """A new wish N fits beside A either when A moves to bar 2 (one change)
    or when both A and B move (two): the best plan moves A only."""
    a1 = school("A", 1, P1, 1, weekly(P1, MON, "8.15", "9.45"))
    a2 = school("A", 2, P1, 2, weekly(P1, TUE, "8.15", "9.45"))
    b1 = school("B", 1, P1, 3, weekly(P1, WED, "8.15", "9.45"))
    b2 = school("B", 2, P1, 4, weekly(P1, THU, "8.15", "9.45"))
    n = school("N", 1, P1, 5, weekly(P1, MON, "8.15", "9.45"))
    ca, cb = as_item(a1, item_id=1), as_item(b1, item_id=2)
    index, base = world([a1, a2, b1, b2, n], [ca, cb])
    wishes = [
        Wish("A", (option(a1), option(a2)), priority=2, current=ca),
        Wish("B", (option(b1), option(b2)), priority=2, current=cb),
        Wish("N", (option(n),), priority=1, required=True),
    ]
    found = suggest(request(base, wishes), index)
    assert isinstance(found, Proposal)
    assert [c.offering_key for c in found.choices] == [a2.key, b1.key, n.key]
    assert found.changes == 1


def test_fewer_days_at_aalto() -> None:
    """Two exercise groups fit; the one on the lecture's day saves a trip."""
    cs = aalto(
        "cs1",
        "CS-A1111",
        P1,
        [
            group("L01", GroupKind.LECTURE, weekly(P1, TUE, "14.15", "16.00", "CS")),
            group("H01", GroupKind.EXERCISE, weekly(P1, WED, "16.15", "18.00", "CS")),
            group("H02", GroupKind.EXERCISE, weekly(P1, TUE, "16.15", "18.00", "CS")),
        ],
    )
    index, base = world([cs], [])
    found = suggest(request(base, [Wish("CS-A1111", (option(cs),), required=True)]), index)
    assert isinstance(found, Proposal)
    assert found.choices[0].group_keys == ("L01", "H02")
    assert found.trips == len(weekly(P1, TUE, "14.15", "16.00"))


def test_a_full_group_and_an_exam_in_the_exam_week_are_out() -> None:
    """H01 has no seat left; the exam KT01 falls in the exam week: the plan
    takes H02 and KT02."""
    exam_week = DateRange(date(2026, 11, 16), date(2026, 11, 20))
    cs = aalto(
        "cs1",
        "CS-A1111",
        P1,
        [
            group("L01", GroupKind.LECTURE, weekly(P1, TUE, "14.15", "16.00", "CS")),
            group("H01", GroupKind.EXERCISE, weekly(P1, WED, "16.15", "18.00", "CS")),
            group("H02", GroupKind.EXERCISE, weekly(P1, THU, "16.15", "18.00", "CS")),
            group(
                "KT01",
                GroupKind.EXAM,
                (Session(datetime(2026, 11, 18, 9), datetime(2026, 11, 18, 12), kind=EXAM),),
            ),
            group(
                "KT02",
                GroupKind.EXAM,
                (Session(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 12), kind=EXAM),),
            ),
        ],
    )
    index, base = world(
        [cs],
        [],
        exam_weeks=(exam_week,),
        seats={"cs1#H01": 10},
        load=Load(group={("cs1", "H01"): 10}),
    )
    found = suggest(request(base, [Wish("CS-A1111", (option(cs),), required=True)]), index)
    assert isinstance(found, Proposal)
    assert found.choices[0].group_keys == ("L01", "H02", "KT02")


# --- explanations -----------------------------------------------------------------


def clash_case() -> tuple[TimetableIndex, Request]:
    """The issue's example: CS-A1111's lecture L01 and MAA7 in bar 3 both
    meet on Tuesdays 10.15–11.15 from 6.10. to 17.11.; every exercise group
    clashes with something that stays."""
    maa7 = school("MAA7", 1, P1, 3, weekly(P1, TUE, "10.15", "11.15", "OK1"))
    bar5 = school(
        "FY2",
        1,
        P1,
        5,
        weekly(P1, WED, "12.15", "13.45", "OK1") + weekly(P1, THU, "12.15", "13.45", "OK1"),
    )
    cs = aalto(
        "cs1",
        "CS-A1111",
        P1,
        [
            group("L01", GroupKind.LECTURE, weekly(P1, TUE, "10.15", "12.00", "CS")),
            group("H01", GroupKind.EXERCISE, weekly(P1, WED, "12.15", "14.00", "CS")),
            group("H02", GroupKind.EXERCISE, weekly(P1, THU, "12.15", "14.00", "CS")),
        ],
    )
    other = school("ENA3", 1, P1, 1, weekly(P1, MON, "8.15", "9.45", "OK1"))
    items = [as_item(maa7, item_id=11), as_item(bar5, item_id=12), as_item(other, item_id=13)]
    index, base = world([maa7, bar5, cs, other], items)
    wishes = [Wish("CS-A1111", (option(cs),), priority=1, required=True)]
    return index, request(base, wishes, kept=frozenset({11, 12}))


def test_an_explanation_names_the_wish_and_what_stays_with_dates() -> None:
    from schoolaas.services.suggest.words import explanation

    index, req = clash_case()
    found = suggest(req, index)
    assert isinstance(found, Infeasible)
    assert set(found.parts) in (
        {Part("wish", wish=0), Part("kept", item_id=11)},
        {Part("wish", wish=0), Part("kept", item_id=12)},
    )
    for part in found.parts:  # minimal: without any one of them the rest fits
        assert fits(req, index, [p for p in found.parts if p != part])
    assert not fits(req, index, found.parts)
    words = " ".join(explanation(Model(req, index, objective=False), found.parts))
    if Part("kept", item_id=11) in found.parts:
        assert (
            "CS-A1111's lecture L01 and MAA7 in bar 3 (S:2026-27/1): both meet on "
            "Tuesdays 10.15–11.15 from 6.10. to 17.11." in words
        )
    else:
        assert "every exercise group of CS-A1111" in words
        assert "FY2 in bar 5" in words


def test_a_free_time_block_and_a_rule_in_an_explanation() -> None:
    """The only exercise group is on Friday evening, kept free; the only
    other option has no seats: both the block and the seats rule are named."""
    cs = aalto(
        "cs1",
        "CS-A1111",
        P1,
        [
            group("L01", GroupKind.LECTURE, weekly(P1, TUE, "10.15", "12.00", "CS")),
            group("H01", GroupKind.EXERCISE, weekly(P1, FRI, "16.15", "18.00", "CS")),
        ],
    )
    cs2 = aalto(
        "cs2",
        "CS-A1111",
        P1,
        [group("L01", GroupKind.LECTURE, weekly(P1, MON, "10.15", "12.00", "CS"))],
        seats=3,
    )
    index, base = world([cs, cs2], [], seats={"cs2": 3}, load=Load(offering={"cs2": 3}))
    friday = FreeTime("Friday evenings", weekly(P1, FRI, "16.00", "23.59"))
    req = request(
        base, [Wish("CS-A1111", (option(cs), option(cs2)), required=True)], free_time=(friday,)
    )
    found = explain(req, index)
    assert found is not None
    assert set(found.parts) == {
        Part("wish", wish=0),
        Part("free", free=0),
        Part("rule", rule=Rule.SEATS),
    }


# --- properties ---------------------------------------------------------------------

BUILDINGS = ["OK1", "CS", "TAP", "TUAS"]


@st.composite
def catalogues(draw: st.DrawFn) -> tuple[list[Offering], list[AuditItem], dict[str, int], Load]:
    offerings: list[Offering] = []
    seats: dict[str, int] = {}
    load: dict[str, int] = {}
    for n in range(draw(st.integers(2, 7))):  # school course groups
        period = draw(st.sampled_from([P1, P2]))
        bar = draw(st.integers(1, 4))
        code = draw(st.sampled_from(["MAA6", "MAA7", "FY2", "ENA3"]))
        slots = weekly(period, bar - 1, "8.15", "9.45", "TAP")
        offerings.append(school(code, n, period, bar, slots))
    for n in range(draw(st.integers(1, 4))):  # Aalto realisations
        period = draw(st.sampled_from([P1, P2]))
        groups = []
        for kind, count in ((GroupKind.LECTURE, 1), (GroupKind.EXERCISE, draw(st.integers(1, 3)))):
            for m in range(count):
                day = draw(st.integers(0, 4))
                hour = draw(st.sampled_from([8, 9, 10, 12, 14, 16]))
                length = draw(st.sampled_from([45, 90, 105]))
                start = f"{hour}.{draw(st.sampled_from(['00', '15', '30']))}"
                end_minutes = hour * 60 + int(start.split(".")[1]) + length
                end = f"{end_minutes // 60}.{end_minutes % 60:02d}"
                building = draw(st.sampled_from(BUILDINGS))
                groups.append(
                    group(
                        f"{kind.value[0].upper()}{m + 1:02d}",
                        kind,
                        weekly(period, day, start, end, building),
                    )
                )
        key = f"a{n}"
        code = draw(st.sampled_from(["CS-A1111", "MS-A0001", "PHYS-A1"]))
        needs = draw(st.sampled_from([(), ("MAA6",)]))
        offerings.append(aalto(key, code, period, groups, prerequisites=needs))
        if draw(st.booleans()):
            seats[key] = draw(st.integers(1, 3))
            load[key] = draw(st.integers(0, 3))
    fixed: list[AuditItem] = []
    for n, offering in enumerate(offerings):
        if draw(st.integers(0, 3)) == 0:
            status = draw(st.sampled_from([ItemStatus.PLANNED, ItemStatus.COMPLETED]))
            fixed.append(as_item(offering, item_id=100 + n, status=status))
    return offerings, fixed, seats, Load(offering=load)


def wishes_of(offerings: list[Offering], codes: list[str], required: bool) -> list[Wish]:
    out = []
    for n, code in enumerate(codes):
        options = tuple(option(o) for o in offerings if o.code == code)
        if options:
            out.append(Wish(code, options, priority=1 + n % 2, required=required))
    return out


CODES = st.lists(
    st.sampled_from(["MAA6", "MAA7", "FY2", "ENA3", "CS-A1111", "MS-A0001", "PHYS-A1"]),
    min_size=1,
    max_size=5,
    unique=True,
)
PROPERTY = settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])


def same(key: str) -> str:
    """A missing prerequisite that a wish brings in the same period is still
    the one problem (prerequisite-missing becomes prerequisite-later)."""
    return key.replace("prerequisite-later:", "prerequisite-missing:")


@PROPERTY
@given(catalogues(), CODES)
def test_the_audit_never_calls_a_proposal_wrong(
    world_: tuple[list[Offering], list[AuditItem], dict[str, int], Load], codes: list[str]
) -> None:
    """Every error the audit finds in the proposal was in the plan of the
    items that stay already: the suggestion adds none."""
    offerings, fixed, seats, load = world_
    index, base = world(offerings, fixed, seats=seats, load=load)
    taken = {i.code for i in fixed}
    req = request(base, wishes_of(offerings, [c for c in codes if c not in taken], required=False))
    found = suggest(req, index)
    assert isinstance(found, Proposal)
    assert found.optimal
    before = {same(f.key) for f in audit(base).findings if f.severity == Severity.ERROR}
    after = audit(replace(base, items=found.items))
    new = [f for f in after.findings if f.severity == Severity.ERROR and same(f.key) not in before]
    assert not new, new


@PROPERTY
@given(catalogues(), CODES)
def test_explanations_are_minimal(
    world_: tuple[list[Offering], list[AuditItem], dict[str, int], Load], codes: list[str]
) -> None:
    """When required wishes cannot all be met, the set named holds no
    element without which it would still not fit."""
    offerings, fixed, seats, load = world_
    index, base = world(offerings, fixed, seats=seats, load=load)
    taken = {i.code for i in fixed}
    req = request(base, wishes_of(offerings, [c for c in codes if c not in taken], required=True))
    found = suggest(req, index)
    if not isinstance(found, Infeasible):
        assert isinstance(found, Proposal)
        return
    assert found.parts
    assert not fits(req, index, found.parts)
    for part in found.parts:
        assert fits(req, index, [p for p in found.parts if p != part]), part


@PROPERTY
@given(catalogues(), CODES, st.booleans())
def test_the_pruned_search_finds_the_full_models_optimum(
    world_: tuple[list[Offering], list[AuditItem], dict[str, int], Load],
    codes: list[str],
    required: bool,
) -> None:
    """suggest() searches a pruned model (docs/suggest.md, "The search"):
    its optimum, goal by goal, is the full model's with every part assumed,
    and it finds nothing exactly when the full model does not."""
    offerings, fixed, seats, load = world_
    index, base = world(offerings, fixed, seats=seats, load=load)
    taken = {i.code for i in fixed}
    wishes = wishes_of(offerings, [c for c in codes if c not in taken], required=required)
    req = request(base, wishes)
    found = suggest(req, index)
    full = Model(req, index)
    full.cp.add_assumptions([full.parts[p] for p in in_force(full)])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    status = solver.solve(full.cp)
    if isinstance(found, Infeasible):
        assert status == cp_model.INFEASIBLE
        return
    assert isinstance(found, Proposal)
    assert found.optimal
    assert status == cp_model.OPTIMAL
    met: dict[int, int] = {}
    for n, wish in enumerate(req.wishes):
        met[wish.priority] = met.get(wish.priority, 0) + solver.value(full.take[n])
    score = {name: solver.value(expr) for name, expr in full.score.items()}
    assert found.met == met
    assert (found.changes, found.trips, round(found.busiest * 100)) == (
        score["changes"],
        score["trips"],
        score["busiest"],
    )
