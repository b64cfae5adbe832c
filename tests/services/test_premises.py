"""Premises service: editing buildings, rooms, travel; room use in a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from schoolaas.data.engine import make_engine
from schoolaas.data.tables import (
    BuildingRow,
    GroupRow,
    OfferingRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    StudentRow,
)
from schoolaas.domain.premises import Building, Room
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises import buildings as premises


@dataclass
class Db:
    engine: Engine


@pytest.fixture
def db(tmp_path: Path) -> Db:
    engine = make_engine(str(tmp_path / "p.sqlite3"))
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(
            BuildingRow(
                code="OIH",
                name="OIH",
                address="Maarintie 6",
                site="otaniemi",
                lat=60.1866,
                lon=24.8236,
            )
        )
        s.add(
            BuildingRow(
                code="OK1",
                name="Undergraduate Centre",
                address="Otakaari 1",
                site="otaniemi",
                lat=60.1867,
                lon=24.8277,
            )
        )
        s.add(SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"))
        s.add(RoomRow(key="OIH-A101", building="OIH", code="A101", capacity=30))
        s.add(RoomRow(key="OK1-M1", building="OK1", code="M1", capacity=200, kind="lecture hall"))
        s.add(
            OfferingRow(
                key="OTA:MAA6.1",
                provider="school",
                code="MAA6",
                op=3,
                start=date(2026, 9, 30),
                end=date(2026, 11, 26),
            )
        )
        s.add(
            OfferingRow(
                key="OTA:FY1.1",
                provider="school",
                code="FY1",
                op=2,
                start=date(2026, 9, 30),
                end=date(2026, 11, 26),
            )
        )
        s.flush()
        g1 = GroupRow(offering="OTA:MAA6.1", key="1", kind="lesson")
        g2 = GroupRow(offering="OTA:FY1.1", key="1", kind="lesson")
        s.add_all([g1, g2])
        s.flush()
        # Tue 6.10.2026 MAA6 10.00-11.15 in A101; FY1 11.00-12.15 in the same room
        s.add(
            SessionRow(
                group_id=g1.id,
                start=datetime(2026, 10, 6, 10),
                end=datetime(2026, 10, 6, 11, 15),
                room="OIH-A101",
                building="OIH",
            )
        )
        s.add(
            SessionRow(
                group_id=g2.id,
                start=datetime(2026, 10, 6, 11),
                end=datetime(2026, 10, 6, 12, 15),
                room="OIH-A101",
                building="OIH",
            )
        )
        s.add(
            SessionRow(
                group_id=g2.id,
                start=datetime(2026, 10, 8, 11),
                end=datetime(2026, 10, 8, 12, 15),
                room="OIH-A101",
                building="OIH",
            )
        )
        for n in range(33):
            st = StudentRow(
                number=f"S{n:04d}", first_name="A", last_name=f"B{n}", school="OTA", start_year=2025
            )
            s.add(st)
            s.flush()
            plan = PlanRow(student_id=st.id)
            s.add(plan)
            s.flush()
            s.add(PlanItemRow(plan_id=plan.id, offering="OTA:MAA6.1", code="MAA6"))
            if n < 5:
                s.add(
                    PlanItemRow(
                        plan_id=plan.id,
                        offering="OTA:FY1.1",
                        code="FY1",
                        status="completed" if n == 0 else "planned",
                    )
                )
        s.commit()
    return Db(engine)


def test_room_week_counts_students_and_flags_over_capacity_and_double(db: Db) -> None:
    week = premises.room_week(db, date(2026, 10, 7))
    assert week.monday == date(2026, 10, 5)
    a101 = week.of_room("OIH-A101")
    assert [(s.code, s.planned, s.capacity) for s in a101] == [
        ("MAA6", 33, 30),
        ("FY1", 4, 30),
        ("FY1", 4, 30),
    ]
    maa, fy_tue, fy_thu = a101
    assert maa.over_capacity
    assert maa.double_booked
    assert not fy_tue.over_capacity
    assert fy_tue.double_booked
    assert not fy_thu.double_booked
    assert not fy_thu.over_capacity
    assert week.of_room("OK1-M1") == []
    assert premises.room_week(db, date(2026, 10, 14)).sessions == ()


def test_room_capacity_edit_clears_the_flag(db: Db) -> None:
    premises.save_room(db, Room("OIH", "A101", 40))
    maa = premises.room_week(db, date(2026, 10, 6)).of_room("OIH-A101")[0]
    assert maa.capacity == 40
    assert not maa.over_capacity


def test_room_of_unknown_capacity_is_never_full(db: Db) -> None:
    premises.save_room(db, Room("OIH", "A101", 0))  # as imports create rooms
    maa = premises.room_week(db, date(2026, 10, 6)).of_room("OIH-A101")[0]
    assert maa.capacity is None
    assert maa.planned == 33
    assert not maa.over_capacity


def test_room_validation_messages(db: Db) -> None:
    with pytest.raises(InvalidInput, match=r"capacity -1 must be 0 \(unknown\)"):
        premises.save_room(db, Room("OIH", "A102", -1), new=True)
    with pytest.raises(InvalidInput, match="no building 'XX'"):
        premises.save_room(db, Room("XX", "A102", 20), new=True)
    with pytest.raises(InvalidInput, match="kind ' ' must be a short word"):
        premises.save_room(db, Room("OIH", "A102", 20, kind=" "), new=True)
    with pytest.raises(InvalidInput, match="already exists"):
        premises.save_room(db, Room("OIH", "A101", 20), new=True)
    with pytest.raises(InvalidInput, match="holds 3 session"):
        premises.delete_room(db, "OIH-A101")
    premises.save_room(db, Room("OIH", "A102", 24, kind="Lab"), new=True)
    assert Room("OIH", "A102", 24, "lab") in premises.rooms(db, "OIH")
    premises.delete_room(db, "OIH-A102")
    assert [r.code for r in premises.rooms(db, "OIH")] == ["A101"]


def test_building_edit_and_validation(db: Db) -> None:
    premises.save_building(
        db, Building("TUAS", "TUAS", "Maarintie 8", "Otaniemi", 60.187, 24.82), new=True
    )
    assert premises.buildings(db)[-1].site == "otaniemi"
    with pytest.raises(InvalidInput, match="latitude 91"):
        premises.save_building(db, Building("X1", "X", "", "otaniemi", 91, 0), new=True)
    with pytest.raises(InvalidInput, match="name is empty"):
        premises.save_building(db, Building("X1", "  ", "", "otaniemi", 60, 24), new=True)
    with pytest.raises(InvalidInput, match="school OTA"):
        premises.delete_building(db, "OIH")
    with pytest.raises(NotFound):
        premises.save_building(db, Building("NOPE", "N", "", "otaniemi", 60, 24))


def test_travel_matrix_is_symmetric_and_checked(db: Db) -> None:
    premises.set_travel(db, "Tapiola", "otaniemi", 15)
    assert premises.travel_matrix(db) == {("otaniemi", "tapiola"): 15, ("tapiola", "otaniemi"): 15}
    premises.set_travel(db, "otaniemi", "tapiola", 18)
    assert premises.travel_matrix(db)[("tapiola", "otaniemi")] == 18
    assert premises.sites(db) == ["otaniemi", "tapiola"]
    with pytest.raises(InvalidInput, match="0–240"):
        premises.set_travel(db, "otaniemi", "tapiola", -1)
    with pytest.raises(InvalidInput, match="within one site"):
        premises.set_travel(db, "otaniemi", "otaniemi", 3)
    premises.set_travel(db, "otaniemi", "tapiola", None)
    assert premises.travel_matrix(db) == {}
