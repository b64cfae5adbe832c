"""Course tray CSV: the shipped example, the column rules, bad rows."""

from __future__ import annotations

from datetime import date, time
from importlib import resources

import pytest

from schoolaas.domain.calendar import WeeklySlot
from schoolaas.io.errors import ParseError
from schoolaas.io.tray import parse_slots, parse_tray

HEADER = "period,bar,course_code,group,teacher,room,slots,start,end,name,op\n"


def test_shipped_example_parses():
    text = (resources.files("schoolaas.resources") / "examples" / "tray_example.csv").read_text(
        encoding="utf-8"
    )
    rows, problems = parse_tray(text)
    assert problems == []
    assert [r.key for r in rows] == [
        "OTA:2026-27:MAA06.1",
        "OTA:2026-27:ENA05.2",
        "OTA:2026-27:FY02.1",
        "OTA:2026-27:KO01.1",
    ]
    maa = rows[0]
    assert (maa.code, maa.bar, maa.school, maa.year) == ("MAA6", 3, "OTA", "2026-27")
    assert maa.slots == (
        WeeklySlot(1, time(10), time(11, 15)),
        WeeklySlot(3, time(12, 30), time(13, 45)),
    )
    assert rows[1].slots == maa.slots  # Finnish weekdays and 10.00 times
    assert (rows[3].start, rows[3].end, rows[3].op) == (date(2026, 10, 2), date(2026, 11, 13), 1)


def test_semicolon_separated_file_with_bom():
    text = (
        '\ufeffperiod;bar;course_code;slots\nOTA:2026-27/1;2;BI01.1;"ma 8.15-9.30; ke 8.15-9.30"\n'
    )
    rows, problems = parse_tray(text)
    assert problems == []
    assert rows[0].key == "OTA:2026-27:BI01.1"
    assert [s.weekday for s in rows[0].slots] == [0, 2]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("OTA:2026-27/2,3,MAA06.1,,,,Xyz 10:00-11:15,,,,", "unknown weekday"),
        ("OTA:2026-27/2,3,MAA06.1,,,,Tue 25:00-26:15,,,,", "not a time of day"),
        ("OTA:2026-27/2,3,MAA06.1,,,,Tue 11:00-10:00,,,,", "ends before it starts"),
        ("OTA:2026-27/2,3,MAA06.1,,,,Tue 10:00-11:15,2026-02-30,,,", "not a real date"),
        ("OTA:2026-27/2,3,MAA06.1,,,,Tue 10:00-11:15,2026-11-01,2026-10-01,,", "before start"),
        ("OTA:2026-28/2,3,MAA06.1,,,,Tue 10:00-11:15,,,,", "not an academic year"),
        ("2026-27/2,3,MAA06.1,,,,Tue 10:00-11:15,,,,", "not like OTA:2026-27/2"),
        ("OTA:2026-27/2,x,MAA06.1,,,,Tue 10:00-11:15,,,,", "bar 'x'"),
        ("OTA:2026-27/2,3,,,,,Tue 10:00-11:15,,,,", "course_code is empty"),
        ("OTA:2026-27/2,3,MAA06.1,,,,,,,,", "slots are empty"),
        ("OTA:2026-27/2,3,MAA06.1,,,,Tue 10:00-11:15,,,,lots", "op 'lots'"),
    ],
)
def test_bad_row_is_reported_with_its_line(row, reason):
    good = "OTA:2026-27/2,1,FY02.1,,,,Mon 08:30-09:45,,,,\n"
    rows, problems = parse_tray(HEADER + good + row + "\n")
    assert [r.code for r in rows] == ["FY2"]
    (problem,) = problems
    assert problem.line
    assert problem.index == 3
    assert reason in problem.reason


def test_same_group_twice_is_reported():
    row = "OTA:2026-27/2,1,FY02.1,,,,Mon 08:30-09:45,,,,\n"
    rows, problems = parse_tray(HEADER + row + row)
    assert len(rows) == 1
    assert "listed twice (line 2)" in problems[0].reason


def test_missing_columns_refuse_the_file():
    with pytest.raises(ParseError, match=r"missing column.*slots"):
        parse_tray("period,bar,course_code\nOTA:2026-27/2,3,MAA06.1\n")


def test_slot_text_forms():
    assert parse_slots("Tuesday 10:00–11:15") == (WeeklySlot(1, time(10), time(11, 15)),)
    assert parse_slots("tis 8.15-10.00")[0].weekday == 1
