"""Rivals for CS-A1111's seats on the tiny database (planner_fixtures):
its seats cut to 2 and three more Otaniemi students planning it (L01+H01):
Ville in his final year (started 2024), Sanni and Otto (2025). Aino
(2025) plans it too, beside MAA6, whose lessons meet when its lecture
does. With the school year 2026-27 ahead, Ville gets a seat, the lottery
gives the other to Sanni or Otto, the other is left out for seats, and
Aino's wish clashes with her own plan."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from schoolaas.data import repositories as repo
from schoolaas.data.engine import make_engine, unit_of_work
from schoolaas.data.tables import OfferingRow, PlanItemRow, PlanRow, StudentRow

CS_KEY = "aalto-cur-1111"
SEATS = 2
RIVALS = (("Ville", 2024), ("Sanni", 2025), ("Otto", 2025))


@dataclass(frozen=True)
class Rivals:
    students: dict[str, int]  # first name -> student id
    plans: dict[str, int]  # first name -> plan id


def add_rivals(url: str) -> Rivals:
    engine = make_engine(url)
    students: dict[str, int] = {}
    plans: dict[str, int] = {}
    try:
        with unit_of_work(engine) as s:
            offering = s.exec(select(OfferingRow).where(OfferingRow.key == CS_KEY)).one()
            offering.seats = SEATS
            s.add(offering)
            for n, (first, start_year) in enumerate(RIVALS):
                student = repo.add(
                    StudentRow(
                        number=f"OTA-30{n}",
                        first_name=first,
                        last_name="Testi",
                        school="OTA",
                        group="25A",
                        start_year=start_year,
                    ),
                    session=s,
                )
                assert student.id is not None
                plan = repo.add(PlanRow(student_id=student.id, name="Plan"), session=s)
                assert plan.id is not None
                repo.add(
                    PlanItemRow(
                        plan_id=plan.id,
                        offering=CS_KEY,
                        code="CS-A1111",
                        provider="aalto",
                        groups=["L01", "H01"],
                        ects=5,
                    ),
                    session=s,
                )
                students[first], plans[first] = student.id, plan.id
    finally:
        engine.dispose()
    return Rivals(students, plans)
