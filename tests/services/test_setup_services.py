"""The school setup services (services/setup): each kind added, changed and
removed as one unit of work; lessons follow the calendar; what is still used
is not removed, and the refusal names what uses it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from schoolaas.data.tables import GroupRow, LessonPatternRow, SessionRow
from schoolaas.services import setup
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.imports.files import import_file
from schoolaas.services.setup import (
    Building,
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    Room,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
)
from schoolaas.services.workspace import Workspace

OTA_YEAR = SchoolYearRecord("OTA", "2026-27", date(2026, 8, 13), date(2027, 6, 5))
AUTUMN = HolidayRecord("OTA", "Autumn break", date(2026, 10, 12), date(2026, 10, 16))
TRAY = (
    "period,bar,course_code,group,teacher,room,slots,op\n"
    "OTA:2026-27/2,4,MAA7,1,Aino Virtanen,A101,Tue 12:30-13:45; Thu 08:30-09:45,2\n"
)


def lesson_days(ws: Workspace, group_key: str) -> list[date]:
    with Session(ws.engine) as s:
        rows = s.exec(
            select(SessionRow.start)
            .join(GroupRow, col(GroupRow.id) == SessionRow.group_id)
            .where(GroupRow.key == group_key)
            .order_by(col(SessionRow.start))
        ).all()
    return [r.date() for r in rows]


def import_tray(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "tray.csv"
    path.write_text(TRAY, encoding="utf-8")
    report = import_file(ws, "tray", path)
    assert report.added == ["MAA7.1 OTA:2026-27/2 (line 2)"], report.lines()


def test_no_lesson_on_a_holiday_and_the_lessons_follow_the_calendar(
    ws: Workspace, tmp_path: Path
) -> None:
    import_tray(ws, tmp_path)
    before = lesson_days(ws, "MAA7.1")
    assert date(2026, 10, 13) in before
    assert date(2026, 10, 15) in before
    assert not any(date(2026, 11, 19) <= d <= date(2026, 11, 26) for d in before)  # exam week

    change = setup.add_holiday(ws, AUTUMN)
    assert change.catalogue
    assert change.created_id is not None
    during = lesson_days(ws, "MAA7.1")
    assert not any(AUTUMN.start <= d <= AUTUMN.end for d in during)
    assert len(during) == len(before) - 2  # Tuesday 13.10. and Thursday 15.10.

    stored = setup.holidays(ws, "OTA")
    assert [(h.name, h.id) for h in stored] == [("Autumn break", change.created_id)]
    shorter = HolidayRecord("OTA", "Autumn break", date(2026, 10, 14), date(2026, 10, 16))
    setup.change_holiday(ws, stored[0], shorter)
    assert date(2026, 10, 13) in lesson_days(ws, "MAA7.1")
    assert date(2026, 10, 15) not in lesson_days(ws, "MAA7.1")

    setup.remove_holiday(ws, change.created_id)
    assert lesson_days(ws, "MAA7.1") == before


def test_a_tray_imported_after_the_holiday_has_no_lesson_on_it(
    ws: Workspace, tmp_path: Path
) -> None:
    day_off = HolidayRecord(
        "OTA", "Staff training", date(2026, 10, 6), date(2026, 10, 6), HolidayKind.NO_TEACHING
    )
    setup.add_holiday(ws, day_off)
    import_tray(ws, tmp_path)
    days = lesson_days(ws, "MAA7.1")
    assert date(2026, 10, 6) not in days
    assert date(2026, 10, 8) in days
    with Session(ws.engine) as s:  # the weekly times are kept for the next calendar edit
        patterns = s.exec(select(LessonPatternRow)).all()
    assert sorted((p.weekday, p.start.hour) for p in patterns) == [(1, 12), (3, 8)]
    assert setup.reexpand_lessons(ws).snapshot == {"added": 0, "removed": 0, "groups": 1}


def test_moving_the_exam_week_moves_the_lessons(ws: Workspace, tmp_path: Path) -> None:
    import_tray(ws, tmp_path)
    setup.add_school_year(ws, OTA_YEAR)
    (period,) = [p for p in setup.periods(ws, "OTA") if p.number == 2]
    assert date(2026, 11, 17) in lesson_days(ws, "MAA7.1")
    earlier = PeriodRecord("OTA", "2026-27", 2, period.start, period.end,
                           date(2026, 11, 16), date(2026, 11, 26))  # fmt: skip
    change = setup.change_period(ws, period, earlier)
    assert change.snapshot["before"] == period
    assert change.snapshot["after"] == earlier
    days = lesson_days(ws, "MAA7.1")
    assert date(2026, 11, 17) not in days
    assert date(2026, 11, 12) in days


def test_a_room_in_use_is_not_removed_and_the_lessons_are_named(ws: Workspace) -> None:
    with pytest.raises(InvalidInput) as refused:
        setup.remove_room(ws, "OK1-M1")
    text = str(refused.value)
    assert "Room OK1-M1 cannot be removed" in text
    assert "CS-A1111 group L01 (12 lesson(s), 2026-09-01–2026-11-17)" in text
    assert refused.value.worded("fi").startswith("Tilaa OK1-M1 ei voi poistaa")
    assert "OK1-M1" in [r.key for r in setup.rooms(ws)]  # nothing removed


def test_a_period_with_plan_items_and_a_building_with_rooms_are_kept(ws: Workspace) -> None:
    with pytest.raises(InvalidInput) as refused:
        setup.remove_period(ws, "OTA:2026-27/2")
    assert "1 course group(s): OTA:2026-27:MAA06.1" in str(refused.value)
    assert "MAA6 of student OTA-1001" in str(refused.value)
    with pytest.raises(InvalidInput, match=r"school OTA; room\(s\) OIH-A101"):
        setup.remove_building(ws, "OIH")
    with pytest.raises(InvalidInput, match="1 student\\(s\\): OTA-1001"):
        setup.remove_school(ws, "OTA")
    assert len(setup.periods(ws, "OTA")) == 2


def test_add_change_remove_each_kind(ws: Workspace) -> None:
    building = Building("NEW", "New school", "Koulutie 1", "espoonlahti", 60.15, 24.66)
    records = [
        building,
        Room("NEW", "101", 30, "lab"),
        TravelRecord("espoonlahti", "otaniemi", 25),
        SchoolRecord("NEW", "Uusi lukio", "NEW"),
        SchoolYearRecord("NEW", "2026-27", date(2026, 8, 12), date(2027, 6, 5)),
        PeriodRecord(
            "NEW", "2026-27", 1, date(2026, 8, 12), date(2026, 9, 30), date(2026, 9, 24),
            date(2026, 9, 30),
        ),
        HolidayRecord("NEW", "Christmas break", date(2026, 12, 21), date(2027, 1, 6)),
        MatriculationDayRecord(date(2027, 3, 16), "AI"),
    ]
    for record in records:
        change = setup.add(ws, record)
        assert change.snapshot["before"] is None
        assert change.catalogue
        stored = [r for r in setup.records(ws, setup.kind_of(record)) if r == record]
        assert stored, record
    with pytest.raises(InvalidInput, match="Building NEW is already in the setup"):
        setup.add(ws, building)
    moved = Building("NEW", "New school", "Koulutie 3", "espoonlahti", 60.151, 24.661)
    change = setup.change(ws, building, moved)
    assert (change.snapshot["before"], change.snapshot["after"]) == (building, moved)
    assert change.premises
    with pytest.raises(StaleEdit):  # the window showed the old address
        setup.change(ws, building, moved)
    setup.change(ws, records[2], TravelRecord("otaniemi", "espoonlahti", 20))
    assert TravelRecord("espoonlahti", "otaniemi", 20) in setup.travel(ws)
    setup.change_matriculation_day(ws, records[7], MatriculationDayRecord(date(2027, 3, 17), "AI"))
    assert setup.matriculation_days(ws)[0].sitting == "2027K"
    (holiday,) = setup.holidays(ws, "NEW")
    for record in (holiday, records[5], records[4], records[3], records[1]):
        change = setup.remove(ws, record)
        assert change.snapshot["after"] is None
    setup.remove_travel(ws, "otaniemi", "espoonlahti")
    setup.remove_building(ws, "NEW")
    setup.remove_matriculation_day(ws, date(2027, 3, 17), "ai")
    assert setup.matriculation_days(ws)[-1].day == date(2027, 3, 24)  # the tiny one left
    assert "NEW" not in [s.code for s in setup.schools(ws)]
    assert "NEW" not in [b.code for b in setup.buildings(ws)]


def test_a_school_goes_with_its_own_calendar(ws: Workspace) -> None:
    setup.add_building(ws, Building("B", "B", "", "b", 60.0, 24.0))
    setup.add_school(ws, SchoolRecord("S", "S lukio", "B"))
    setup.add_school_year(ws, SchoolYearRecord("S", "2026-27", date(2026, 8, 12), date(2027, 6, 5)))
    setup.add_period(ws, PeriodRecord("S", "2026-27", 1, date(2026, 8, 12), date(2026, 9, 30)))
    setup.add_holiday(ws, HolidayRecord("S", "Autumn", date(2026, 10, 12), date(2026, 10, 16)))
    change = setup.remove_school(ws, "S")
    assert change.snapshot["before"] == SchoolRecord("S", "S lukio", "B")
    assert setup.periods(ws, "S") == []
    assert setup.holidays(ws, "S") == []
    assert setup.school_years(ws, "S") == []


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (SchoolYearRecord("OTA", "2026-28", date(2026, 8, 1), date(2027, 6, 1)),
         "School year '2026-28' is not like 2026-27"),
        (SchoolYearRecord("OTA", "2026-27", date(2027, 8, 1), date(2027, 6, 1)),
         "it ends (2027-06-01) before it starts (2027-08-01)"),
        (PeriodRecord("OTA", "2026-27", 3, date(2026, 11, 20), date(2027, 1, 30)),
         "Period OTA:2026-27/3: 2026-11-20–2027-01-30 overlaps period OTA:2026-27/2"),
        (PeriodRecord("OTA", "2026-27", 3, date(2026, 12, 1), date(2027, 1, 30),
                      date(2027, 2, 20), date(2027, 2, 27)),
         "the exam week 2027-02-20–2027-02-27 is outside the period"),
        (PeriodRecord("OTA", "2026-27", 3, date(2026, 12, 1), date(2027, 1, 30),
                      date(2027, 1, 25), None),
         "give both the first and last day of the exam week"),
        (HolidayRecord("OTA", "Easter", date(2027, 3, 29), date(2027, 3, 26)),
         "Holiday Easter: it ends (2027-03-26) before it starts (2027-03-29)"),
        (HolidayRecord("XYZ", "Easter", date(2027, 3, 26), date(2027, 3, 29)),
         "Holiday Easter: there is no school XYZ; add the school first"),
        (Room("NOPE", "1", 10), "Room NOPE-1: there is no building 'NOPE'"),
        (TravelRecord("otaniemi", "otaniemi", 5), "within one site the audit walks"),
        (MatriculationDayRecord(date(2027, 3, 20), "MA"), "exams are held on weekdays"),
    ],
)  # fmt: skip
def test_bad_records_are_refused_naming_the_field(
    ws: Workspace, record: setup.Record, message: str
) -> None:
    setup.add_school_year(ws, OTA_YEAR)
    with pytest.raises(InvalidInput) as refused:
        setup.add(ws, record)
    assert message in str(refused.value)


def test_walking_speed_and_unknown_keys(ws: Workspace) -> None:
    assert setup.walking_speed(ws) == pytest.approx(66.7)
    change = setup.set_walking_speed(ws, 80)
    assert change.snapshot["before"] == pytest.approx(66.7)
    assert change.snapshot["after"] == 80
    assert ws.catalogue().travel.walking_m_per_min == 80
    with pytest.raises(InvalidInput, match="must be 20–200 metres per minute"):
        setup.set_walking_speed(ws, 1000)
    with pytest.raises(NotFound, match="There is no room OIH-X"):
        setup.remove_room(ws, "OIH-X")
    with pytest.raises(InvalidInput, match="Unknown kind 'rooms'"):
        setup.records(ws, "rooms")


def test_the_settings_exam_week_edit_moves_the_lessons_too(ws: Workspace, tmp_path: Path) -> None:
    from schoolaas.services import rules

    import_tray(ws, tmp_path)
    assert date(2026, 11, 12) in lesson_days(ws, "MAA7.1")
    rules.set_exam_week(ws, "OTA:2026-27/2", date(2026, 11, 9), date(2026, 11, 26))
    days = lesson_days(ws, "MAA7.1")
    assert date(2026, 11, 12) not in days
    assert date(2026, 11, 5) in days
