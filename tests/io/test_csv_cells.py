"""CSV exports: a cell a spreadsheet would run as a formula is written as
text (a leading '), in one helper every CSV writer uses; numbers written as
numbers stay numbers."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from schoolaas.io.csv_cells import csv_text, safe_cell
from schoolaas.services.people.student_records import OverviewRow
from schoolaas.services.people.students import overview_csv, write_overview_csv

FORMULAS = ["=1+2", "+358 40 123", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")']


def test_text_that_starts_like_a_formula_gets_a_quote() -> None:
    for text in FORMULAS:
        assert safe_cell(text) == "'" + text
    for text in ("Aino", "", "1-2", "a=b", "OTA-1001", "'already"):
        assert safe_cell(text) == text
    for number in (-3, -1.5, 0, 7, 2.5):  # written from numbers: still numbers
        assert safe_cell(number) == number
    assert safe_cell(None) is None


def test_csv_text_escapes_every_cell_and_keeps_the_columns() -> None:
    text = csv_text(["a", "=b"], [["=cmd|' /C calc'!A0", -2, "x,y"]])
    assert list(csv.reader(io.StringIO(text))) == [
        ["a", "'=b"],
        ["'=cmd|' /C calc'!A0", "-2", "x,y"],
    ]


def _row(name: str, group: str, number: str = "OTA-1") -> OverviewRow:
    return OverviewRow(
        student_id=1, plan_id=2, number=number, name=name, school="OTA", group=group,
        start_year=2025, year=2, maths="MAA", credits_done=-1.0, open_errors=3, audited=True,
        last_change=datetime(2026, 9, 1, 8, 30),
    )  # fmt: skip


def test_the_students_export_writes_names_and_groups_as_text(tmp_path: Path) -> None:
    rows = [_row('=HYPERLINK("http://evil","x")', "@group", number="-1"), _row("Aino", "2B")]
    target = write_overview_csv(tmp_path / "students.csv", rows)
    assert target.read_text(encoding="utf-8") == overview_csv(rows)
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert table[0]["last_name_first_name"] == '\'=HYPERLINK("http://evil","x")'
    assert table[0]["group"] == "'@group"
    assert table[0]["number"] == "'-1"  # typed by a person: text
    assert table[0]["credits_done"] == "-1.0"  # worked out by the program: a number
    assert table[0]["open_errors"] == "3"
    assert table[1]["last_name_first_name"] == "Aino"
    assert table[1]["last_change"] == "2026-09-01T08:30"
