"""Reading through the Workspace: students, plans, catalogue, searching."""

from __future__ import annotations

import pytest
from planner_fixtures import CS_KEY, EXAM_KEY, MAA6_KEY, Tiny

from schoolaas.data import repositories as repo
from schoolaas.data.tables import OfferingRow, SessionRow
from schoolaas.domain.model import GroupKind, Provider
from schoolaas.services.errors import Ambiguous, InvalidInput, NotFound
from schoolaas.services.workspace import Workspace


def test_students_search_by_name_number_or_group(ws: Workspace, tiny: Tiny) -> None:
    assert [s.name for s in ws.students()] == ["Eero Lahtinen", "Aino Virtanen"]
    assert [s.id for s in ws.students("virt")] == [tiny.aino]
    assert [s.id for s in ws.students("TAP-2001")] == [tiny.eero]
    assert [s.id for s in ws.students("25a")] == [tiny.aino]
    assert [s.id for s in ws.students(school="TAP")] == [tiny.eero]
    assert ws.students("nobody") == []


def test_find_student_by_number_id_name_and_errors(ws: Workspace, tiny: Tiny) -> None:
    assert ws.find_student("OTA-1001").id == tiny.aino
    assert ws.find_student(str(tiny.eero)).id == tiny.eero
    assert ws.find_student("aino virtanen").id == tiny.aino
    assert ws.find_student("Lahtinen Eero").id == tiny.eero
    with pytest.raises(NotFound, match="Nobody"):
        ws.find_student("Nobody")
    with pytest.raises(Ambiguous, match="2 students match") as err:
        ws.find_student("25")  # both groups contain 25
    assert len(err.value.candidates) == 2
    with pytest.raises(NotFound):
        ws.student(9999)


def test_catalogue_holds_offerings_groups_sessions_and_premises(ws: Workspace) -> None:
    cat = ws.catalogue()
    cs = cat.offerings[CS_KEY]
    assert cs.provider == Provider.AALTO
    assert [g.key for g in cs.groups] == ["L01", "H01", "H02"]
    assert cs.group("L01") is not None
    lecture = cs.group("L01")
    assert lecture is not None
    assert lecture.kind == GroupKind.LECTURE
    assert len(lecture.sessions) == 12  # Tuesdays 1.9.-17.11.2026
    assert lecture.sessions[0].room == "OK1-M1"
    assert cat.offerings[EXAM_KEY].is_exam
    assert cat.rooms["OK1-M1"].capacity == 1
    assert cat.schools["TAP"].site == "tapiola"
    assert cat.travel.minutes("TAPL", "OK1") == 15
    assert cat.periods["OTA:2026-27/2"].exam_week is not None
    assert ws.offering(MAA6_KEY).bar == 3
    with pytest.raises(NotFound):
        ws.offering("nope")


def test_catalogue_reloads_after_a_change_in_the_database(ws: Workspace) -> None:
    before = ws.catalogue()
    assert ws.catalogue() is before  # cached while nothing changes
    with ws.session() as s:
        row = s.get(OfferingRow, EXAM_KEY)
        assert row is not None
        group_id = repo.group_tuples(session=s)[-1][0]
        repo.add(
            SessionRow(
                group_id=group_id,
                start=before.offerings[EXAM_KEY].groups[0].sessions[0].start.replace(hour=13),
                end=before.offerings[EXAM_KEY].groups[0].sessions[0].end.replace(hour=15),
            ),
            session=s,
        )
    after = ws.catalogue()
    assert after is not before
    assert len(after.offerings[EXAM_KEY].groups[0].sessions) == 2


def test_search_offerings_by_text_provider_and_period(ws: Workspace) -> None:
    assert [o.key for o in ws.search_offerings("programming")] == [CS_KEY]
    assert [o.key for o in ws.search_offerings(provider="school")] == [MAA6_KEY]
    in_p2 = [o.key for o in ws.search_offerings(period="OTA:2026-27/2")]
    assert set(in_p2) == {CS_KEY, EXAM_KEY, MAA6_KEY}  # Aalto by dates
    in_p1 = [o.key for o in ws.search_offerings(period="2026-27/1")]
    assert in_p1 == [CS_KEY]
    with pytest.raises(InvalidInput, match="period"):
        ws.search_offerings(period="2031-32/9")
    with pytest.raises(InvalidInput, match="provider"):
        ws.search_offerings(provider="mit")


def test_items_resolve_period_index_and_op(ws: Workspace, tiny: Tiny) -> None:
    items = {i.item_id: i for i in ws.audit_items(tiny.aino_plan)}
    maa6, cs = items[tiny.maa6_item], items[tiny.cs_item]
    # Aino started in 2025: 2026-27 is her second year (offset 1)
    assert (maa6.period, maa6.period_index, maa6.bar, maa6.label) == (
        "OTA:2026-27/2",
        7,
        3,
        "MAA06.1",
    )
    # CS-A1111 starts 1.9.2026, inside OTA period 1
    assert (cs.period, cs.period_index, cs.op, cs.ects) == ("OTA:2026-27/1", 6, 5, 5)
    assert cs.label == "CS-A1111 L01+H01"
    assert len(cs.sessions) == 24
    assert cs.overlaps_with == ("CS-A1113",)


def test_is_empty(tmp_path: object, ws: Workspace) -> None:
    assert not ws.is_empty()
    fresh = Workspace.open(f"sqlite:///{tmp_path}/empty.sqlite3")
    assert fresh.is_empty()
    fresh.close()


def test_catalogue_loads_in_a_fixed_number_of_queries(ws: Workspace) -> None:
    from datetime import date, datetime

    from sqlalchemy import event

    from schoolaas.data.tables import GroupRow
    from schoolaas.services.catalogue.load import load_catalogue

    def queries() -> int:
        seen: list[str] = []

        def _on(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(ws.engine, "before_cursor_execute", _on)
        try:
            with ws.session() as s:
                load_catalogue(session=s)
        finally:
            event.remove(ws.engine, "before_cursor_execute", _on)
        return len(seen)

    few = queries()
    with ws.session() as s:
        for n in range(60):
            key = f"aalto-bulk-{n}"
            repo.add(
                OfferingRow(
                    key=key,
                    provider="aalto",
                    code=f"X-A{n:04d}",
                    op=5,
                    ects=5,
                    start=date(2026, 9, 1),
                    end=date(2026, 10, 1),
                ),
                session=s,
            )
            group = repo.add(GroupRow(offering=key, key="L01", kind="lecture"), session=s)
            for day in (1, 8, 15):
                repo.add(
                    SessionRow(
                        group_id=group.id or 0,
                        start=datetime(2026, 9, day, 8, 15),
                        end=datetime(2026, 9, day, 10),
                    ),
                    session=s,
                )
    assert queries() == few
    assert len(ws.catalogue().offerings) == 63


def test_planned_students_counts_every_active_plan_of_an_offering(ws, tiny) -> None:
    from planner_fixtures import CS_KEY

    assert ws.planned_students(CS_KEY) == 1  # Aino
    ws.add_item(tiny.eero_plan, CS_KEY)
    assert ws.planned_students(CS_KEY) == 2
    ws.duplicate_plan(tiny.eero_plan, "Copy")  # an inactive copy takes no seat
    assert ws.planned_students(CS_KEY) == 2
    assert ws.planned_students("no-such-offering") == 0
