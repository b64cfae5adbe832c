"""iCalendar import: a file that expands to more sessions than one import
may hold is refused, naming the event and the limit; a truncated file (cut
mid-event, no END:VCALENDAR) is an error, not "0 read". Nothing is stored
in either case."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_helpers import FIXTURES, snapshot

from schoolaas.io import ics
from schoolaas.io.errors import ParseError
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import import_file

SISU = FIXTURES / "ics" / "sisu_cs_a1111.ics"


def _weekly(n: int, count: int) -> str:
    return (
        "BEGIN:VEVENT\n"
        f"UID:rep-{n}\n"
        f"SUMMARY:CS-A1111 Luento {n}\n"
        "DTSTART;TZID=Europe/Helsinki:20260901T101500\n"
        "DTEND;TZID=Europe/Helsinki:20260901T120000\n"
        f"RRULE:FREQ=DAILY;COUNT={count}\n"
        "END:VEVENT\n"
    )


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\n" + "".join(events) + "END:VCALENDAR\n"
    )


def test_a_file_that_expands_past_the_limit_is_refused_naming_the_event() -> None:
    text = calendar(*(_weekly(n, 400) for n in range(4)))  # 1,600 sessions from 4 events
    assert len(ics.parse_ics(text, max_events=1600).events) == 1600
    with pytest.raises(ParseError) as refused:
        ics.parse_ics(text, max_events=1000)
    message = str(refused.value)
    assert "'CS-A1111 Luento 2'" in message  # the event that crossed the limit
    assert "more than 1,000" in message
    assert message.startswith("line 18: ")  # where that event begins


def test_the_default_limit_holds_a_school_year_but_not_a_flood() -> None:
    assert ics.MAX_EVENTS == 50_000
    flood = calendar(*(_weekly(n, 500) for n in range(101)))  # 50,500 sessions, 25 KB
    with pytest.raises(ParseError, match="more than 50,000"):
        ics.parse_ics(flood)


@pytest.mark.parametrize(
    ("cut", "where"),
    [
        ("END:VCALENDAR", "without END:VCALENDAR"),
        ("SUMMARY:", "inside BEGIN:VEVENT of line"),
        ("END:VEVENT", "inside BEGIN:VEVENT of line"),
    ],
)
def test_a_truncated_file_is_an_error(cut: str, where: str) -> None:
    text = SISU.read_text(encoding="utf-8")
    short = text[: text.rindex(cut)]
    with pytest.raises(ParseError) as refused:
        ics.parse_ics(short)
    assert where in str(refused.value)
    assert "cut short (truncated)" in str(refused.value)


def test_a_misplaced_end_is_an_error() -> None:
    with pytest.raises(ParseError, match="END:VCALENDAR where END:VEVENT was expected"):
        ics.parse_ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VCALENDAR\n")


def test_the_import_stores_nothing_from_a_refused_file(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(ws)
    text = SISU.read_text(encoding="utf-8")
    truncated = tmp_path / "cut.ics"
    truncated.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"cut\.ics: line \d+: the file ends inside"):
        import_file(ws, "ics", truncated)
    flood = tmp_path / "flood.ics"
    flood.write_text(calendar(*(_weekly(n, 500) for n in range(101))), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"flood\.ics.*CS-A1111 Luento 100.*50,000"):
        import_file(ws, "ics", flood)
    assert snapshot(ws) == before
