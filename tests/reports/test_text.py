"""Document wording of the printed plan: dates read as people write them
(findings: tests/wording)."""

from __future__ import annotations

from datetime import date

from schoolaas.reports import text


def test_dates_read_as_people_write_them() -> None:
    assert text.format_date(date(2026, 10, 7), "fi") == "7.10.2026"
    assert text.format_date(date(2026, 10, 7), "en") == "7 Oct 2026"
