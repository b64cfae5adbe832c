"""The school calendar file (io/school_calendar.py): what it reads, what it
writes back, and how a bad file is reported (the file, the table entry with
its line, the key)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from schoolaas.io.errors import ParseError
from schoolaas.io.school_calendar import dump_calendar, load_file, parse_calendar
from schoolaas.io.school_calendar_records import (
    Building,
    CalendarData,
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    Room,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
)

GOOD = """\
format = "schoolaas-school-calendar"
version = 1

[campus]
walking_m_per_min = 70

[[buildings]]
code = "MAIN"
name = "Main building"
address = "Koulutie 1, 02100 Espoo"
site = "tapiola"
lat = 60.178
lon = 24.806

[[rooms]]
building = "MAIN"
code = "101"
capacity = 32

[[travel]]
from = "tapiola"
to = "otaniemi"
minutes = 15

[[schools]]
code = "TAP"
name = "Tapiolan lukio"
building = "MAIN"

[[years]]
school = "TAP"
year = "2026-27"
start = 2026-08-12
end = 2027-06-05

[[periods]]
school = "TAP"
year = "2026-27"
number = 1
start = 2026-08-12
end = 2026-09-29
exam_start = 2026-09-22
exam_end = 2026-09-29

[[holidays]]
name = "Autumn break"
schools = ["TAP", "OTA"]
start = 2026-10-12
end = 2026-10-16

[[holidays]]
name = "Staff day"
school = "TAP"
start = "2026-11-04"
kind = "no-teaching"

[[matriculation]]
day = 2027-03-24
subjects = ["MA"]
"""


def test_a_good_file_reads_into_records() -> None:
    data = parse_calendar(GOOD)
    assert data.walking_m_per_min == 70.0
    assert data.buildings == (
        Building("MAIN", "Main building", "Koulutie 1, 02100 Espoo", "tapiola", 60.178, 24.806),
    )
    assert data.rooms == (Room("MAIN", "101", 32, "classroom", True),)
    assert data.travel == (TravelRecord("tapiola", "otaniemi", 15),)
    assert data.schools == (SchoolRecord("TAP", "Tapiolan lukio", "MAIN", "LOPS2021"),)
    assert data.years == (SchoolYearRecord("TAP", "2026-27", date(2026, 8, 12), date(2027, 6, 5)),)
    (period,) = data.periods
    assert period.key == "TAP:2026-27/1"
    assert period.exam_start == date(2026, 9, 22)
    assert data.holidays == (
        HolidayRecord("TAP", "Autumn break", date(2026, 10, 12), date(2026, 10, 16)),
        HolidayRecord("OTA", "Autumn break", date(2026, 10, 12), date(2026, 10, 16)),
        HolidayRecord("TAP", "Staff day", date(2026, 11, 4), date(2026, 11, 4),
                      HolidayKind.NO_TEACHING),
    )  # fmt: skip
    assert data.matriculation == (MatriculationDayRecord(date(2027, 3, 24), "MA"),)
    assert data.matriculation[0].sitting == "2027K"


def test_what_is_written_reads_back_the_same() -> None:
    data = parse_calendar(GOOD)
    text = dump_calendar(data, comment="A test")
    assert text.startswith("# SchoolaaS school calendar")
    assert "# A test" in text
    assert "[[periods]]" in text
    again = parse_calendar(text)
    assert sorted(again.holidays, key=repr) == sorted(data.holidays, key=repr)
    assert (again.buildings, again.rooms, again.periods) == (data.buildings, data.rooms,
                                                            data.periods)  # fmt: skip
    assert dump_calendar(again, comment="A test") == text
    empty = dump_calendar(CalendarData())
    assert parse_calendar(empty) == CalendarData()


def test_text_with_quotes_and_non_ascii_survives() -> None:
    tricky = Building('Ö"1', 'Sali "Ä" \\ Å\n', "Ö-katu", "ö", 0.0, 0.0)
    text = dump_calendar(CalendarData(buildings=(tricky,)))
    assert parse_calendar(text).buildings == (tricky,)


def where(text: str) -> str:
    with pytest.raises(ParseError) as caught:
        parse_calendar(text)
    return str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("end = 2026-09-29\nexam_start", "end = 2026-09-31\nexam_start"), "not valid TOML"),
        (("number = 1", 'number = "one"'),
         "[[periods]] entry 1, line 36, key 'number': must be a whole number, not 'one'"),
        (('start = "2026-11-04"', 'start = "4.11.2026"'),
         "[[holidays]] entry 2 (Staff day), line 51, key 'start': '4.11.2026' is not a date"),
        (("capacity = 32", "capacity = 32\ncapacty = 3"),
         "[[rooms]] entry 1 (101), line 15, key 'capacty': is not a key of this table"),
        (('kind = "no-teaching"', 'kind = "day off"'),
         "[[holidays]] entry 2 (Staff day), line 51, key 'kind': must be \"holiday\""),
        (("lat = 60.178", "lat = 160.178"),
         "[[buildings]] entry 1 (MAIN), line 7, key 'lat': 160.178 is not a WGS84 coordinate"),
        (('schools = ["TAP", "OTA"]\n', ""),
         "[[holidays]] entry 1 (Autumn break), line 45: give either school"),
        (('subjects = ["MA"]', "subjects = []"),
         "[[matriculation]] entry 1, line 57, key 'subjects': must be a non-empty list"),
        (("version = 1", "version = 7"), "key 'version': version 7 is newer"),
        (('format = "schoolaas-school-calendar"', 'format = "x"'), "key 'format'"),
        (("[campus]", "[campuses]"), "key 'campuses': is not a table"),
        (("school = \"TAP\"\nyear = \"2026-27\"\nstart", "year = \"2026-27\"\nstart"),
         "[[years]] entry 1, line 30, key 'school': is missing"),
    ],
)  # fmt: skip
def test_a_bad_file_names_the_place(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD
    assert expected in where(GOOD.replace(old, new, 1))


def test_the_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "calendar.toml"
    path.write_text(GOOD.replace("minutes = 15", "minutes = 1.5"), encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        load_file(path)
    assert str(caught.value).startswith(f"{path}: [[travel]] entry 1, line 20, key 'minutes'")
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ParseError, match=str(path)):
        load_file(path)
    good = tmp_path / "ok.toml"
    good.write_text(GOOD, encoding="utf-8")
    assert load_file(good) == parse_calendar(GOOD)
