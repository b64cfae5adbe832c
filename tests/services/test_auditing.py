"""The audit as the services feed it: real dates, load across students,
acceptances, settings and exam weeks from the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from planner_fixtures import CS_KEY, EXAM_KEY, Tiny
from sqlalchemy import event
from sqlmodel import select

from schoolaas.data import repositories as repo
from schoolaas.data.tables import CreditOverrideRow, PlanItemRow, PlanRow, StudentRow
from schoolaas.domain.findings import FindingCode
from schoolaas.services.workspace import Workspace


def _codes(ws: Workspace, plan_id: int) -> list[str]:
    return [f.code for f in ws.audit(plan_id).findings]


def test_overlap_on_real_dates_then_accepted(ws: Workspace, tiny: Tiny) -> None:
    result = ws.audit(tiny.aino_plan)
    (overlap,) = [f for f in result.findings if f.code == FindingCode.OVERLAP]
    # Tuesdays of school period 2 while CS-A1111 still runs (until 19.11.)
    assert overlap.dates == tuple(
        date(2026, m, d)
        for m, d in [(10, 6), (10, 13), (10, 20), (10, 27), (11, 3), (11, 10), (11, 17)]
    )
    assert set(overlap.item_ids) == {tiny.maa6_item, tiny.cs_item}
    errors = result.open_errors
    ws.accept_finding(tiny.aino_plan, overlap.key, "Koski", "lecture recorded; teacher agreed")
    after = ws.audit(tiny.aino_plan)
    (same,) = [f for f in after.findings if f.key == overlap.key]
    assert same.acceptance is not None
    assert same.acceptance.who == "Koski"
    assert after.open_errors == errors - 1
    assert after.accepted == 1


def test_room_load_counts_every_students_active_plan(ws: Workspace, tiny: Tiny) -> None:
    assert FindingCode.ROOM_CAPACITY not in _codes(ws, tiny.aino_plan)  # 1 seat, 1 student
    ws.add_item(tiny.eero_plan, CS_KEY, group_keys=["L01"])
    load = ws.audit_input(tiny.aino_plan).load
    assert load.group[(CS_KEY, "L01")] == 2
    assert load.group[(CS_KEY, "H01")] == 1
    assert load.offering[CS_KEY] == 2
    assert load.room_session[("OK1-M1", "2026-09-01T10:15:00")] == 2
    assert FindingCode.ROOM_CAPACITY in _codes(ws, tiny.aino_plan)
    # an inactive copy of a plan does not take a seat
    ws.duplicate_plan(tiny.eero_plan, "Copy")
    assert ws.audit_input(tiny.aino_plan).load.group[(CS_KEY, "L01")] == 2


def test_archived_students_and_completed_items_take_no_seat(ws: Workspace, tiny: Tiny) -> None:
    ws.add_item(tiny.eero_plan, CS_KEY)
    assert ws.audit_input(tiny.aino_plan).load.offering[CS_KEY] == 2
    ws.set_status(tiny.cs_item, "completed", "5")
    assert ws.audit_input(tiny.aino_plan).load.offering[CS_KEY] == 1
    with ws.session() as s:
        eero = s.get(StudentRow, tiny.eero)
        assert eero is not None
        eero.archived = True
        s.add(eero)
    assert ws.audit_input(tiny.aino_plan).load.offering.get(CS_KEY, 0) == 0


def test_ects_rate_and_per_course_override_from_the_database(ws: Workspace, tiny: Tiny) -> None:
    def cs_op() -> float:
        return next(i.op for i in ws.audit_items(tiny.aino_plan) if i.item_id == tiny.cs_item)

    assert cs_op() == 5
    ws.set_setting("ects_to_op", "0.5")
    assert cs_op() == 2.5
    ws.set_setting("ects_to_op", "0.8")  # a changed value, not only a new key
    assert cs_op() == 4
    ws.set_setting("ects_to_op", "0.5")
    assert ws.audit_input(tiny.aino_plan).rules.ects_to_op == 0.5
    with ws.session() as s:
        repo.add(CreditOverrideRow(code="CS-A1111", op=4), session=s)
    assert cs_op() == 4
    with ws.session() as s:
        item = s.get(PlanItemRow, tiny.cs_item)
        assert item is not None
        item.op = 6
        s.add(item)
    assert cs_op() == 6
    # the ECTS as earned are kept whatever the conversion
    assert ws.audit(tiny.aino_plan).credits.university_ects_planned == 5


def test_exam_in_the_school_exam_week(ws: Workspace, tiny: Tiny) -> None:
    inp = ws.audit_input(tiny.aino_plan)
    assert date(2026, 11, 19) in inp.exam_weeks[-1]
    assert inp.matriculation_days == {date(2027, 3, 24): "MA"}
    assert inp.matriculation_subjects == {"MA"}
    ws.add_item(tiny.aino_plan, EXAM_KEY)  # exam on 20.11.2026
    (hit,) = [f for f in ws.audit(tiny.aino_plan).findings if f.code == FindingCode.EXAM_WEEK]
    assert hit.dates == (date(2026, 11, 20),)


def test_audit_all_matches_single_audits(ws: Workspace, tiny: Tiny) -> None:
    results = ws.audit_all()
    assert set(results) == {tiny.aino_plan, tiny.eero_plan}
    for plan_id, result in results.items():
        assert result.findings == ws.audit(plan_id).findings
    assert set(ws.audit_all(school="TAP")) == {tiny.eero_plan}


@contextmanager
def _count_queries(ws: Workspace) -> Iterator[list[str]]:
    seen: list[str] = []

    def _on(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(ws.engine, "before_cursor_execute", _on)
    try:
        yield seen
    finally:
        event.remove(ws.engine, "before_cursor_execute", _on)


def test_audit_all_queries_do_not_grow_with_students(ws: Workspace, tiny: Tiny) -> None:
    ws.catalogue()
    with _count_queries(ws) as few:
        ws.audit_all()
    with ws.session() as s:
        for n in range(15):
            student = repo.add(
                StudentRow(
                    number=f"OTA-9{n:03d}",
                    first_name="Test",
                    last_name=f"S{n}",
                    school="OTA",
                    start_year=2026,
                ),
                session=s,
            )
            plan = repo.add(PlanRow(student_id=student.id or 0, name="Plan"), session=s)
            repo.add(
                PlanItemRow(
                    plan_id=plan.id or 0, offering=CS_KEY, code="CS-A1111", provider="aalto"
                ),
                session=s,
            )
    with _count_queries(ws) as many:
        results = ws.audit_all()
    assert len(results) == 17
    assert len(many) == len(few)


def test_shared_resolution_keeps_each_items_own_fields(ws: Workspace, tiny: Tiny) -> None:
    """Items pointing at the same course share their resolution, but not
    their id, status, grade, op override or the student's year."""
    with ws.session() as s:
        eero = s.get(StudentRow, tiny.eero)
        assert eero is not None
        eero.start_year = 2026  # first year in 2026-27
        s.add(eero)
    ws.add_item(tiny.eero_plan, CS_KEY, group_keys=["L01", "H01"])
    ws.set_status(tiny.cs_item, "completed", "4")
    with ws.session() as s:
        item = s.get(PlanItemRow, tiny.cs_item)
        assert item is not None
        item.op = 3
        s.add(item)
    aino = next(i for i in ws.audit_items(tiny.aino_plan) if i.item_id == tiny.cs_item)
    (eeros,) = ws.audit_items(tiny.eero_plan)
    assert (aino.op, aino.grade, aino.status, aino.period_index) == (3, "4", "completed", 6)
    assert (eeros.op, eeros.grade, eeros.status, eeros.period_index) == (5, None, "planned", 1)
    assert eeros.item_id != aino.item_id
    assert eeros.sessions == aino.sessions


def test_a_study_groups_own_capacity_limits_its_seats(ws: Workspace, tiny: Tiny) -> None:
    from schoolaas.data.tables import GroupRow

    ws.add_item(tiny.eero_plan, CS_KEY, group_keys=["L01", "H01"])
    assert FindingCode.SEAT_LIMIT not in _codes(ws, tiny.aino_plan)
    with ws.session() as s:
        group = s.exec(
            select(GroupRow).where(GroupRow.offering == CS_KEY, GroupRow.key == "H01")
        ).one()
        group.capacity = 1
        s.add(group)
    ws.set_setting("catalogue_version", "group-capacity-test")
    (limit,) = [f for f in ws.audit(tiny.aino_plan).findings if f.code == FindingCode.SEAT_LIMIT]
    assert limit.numbers.group == "H01"
    assert limit.numbers.seats == 1
    assert limit.numbers.planned == 2


def test_a_replaced_catalogue_comes_with_its_own_timetable_index(ws: Workspace, tiny: Tiny) -> None:
    """The audit reads the facts of the session tuples from the catalogue's
    timetable index; when the catalogue is loaded again, the new one brings
    a new index and the old tuples go with the old one."""
    ws.audit(tiny.aino_plan)
    old = ws.catalogue().timetable
    assert old.held() > 0
    ws.set_setting("travel_buffer_minutes", "5")
    new = ws.catalogue().timetable
    assert new is not old
    assert new.held() == 0
    assert ws.audit(tiny.aino_plan).findings  # and the audit works on the new one
    assert new.held() > 0
