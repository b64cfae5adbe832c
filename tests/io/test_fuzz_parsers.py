"""Fuzzing the parsers: random bytes, random JSON, mutated real records and
mutated calendars. The only acceptable outcomes are a valid result or a
ParseError (a clean message); any other exception is a bug."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fuzzing import EXAMPLES, PARSERS
from importer_helpers import FIXTURES

from schoolaas.io.aalto import parse_realisations
from schoolaas.io.errors import ParseError
from schoolaas.io.ics import parse_ics
from schoolaas.io.planfile import parse_plan
from schoolaas.io.tray import parse_tray

FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SAMPLE = json.loads((FIXTURES / "aalto_sample.json").read_text(encoding="utf-8"))
ICS_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "ics").glob("*.ics"))]
CORPUS = sorted((FIXTURES / "fuzz").iterdir())

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2025-02-30", "2025-09-01", "", " ", "CS-A1111 ", "L01", "-1"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(
            ["id", "code", "startDate", "endDate", "credits", "min", "max", "name", "fi",
             "studySubGroups", "type", "teachers", "languageOfInstructionCodes", "format",
             "version", "student", "plans", "items", "lops2019", "oppiaineet", "moduulit",
             "koodi", "arvo", "laajuus", "pakollinen", "mincredits"]
        )
        | st.text(max_size=8),
        children,
        max_size=5,
    ),
    max_leaves=25,
)  # fmt: skip


def _outcome(parser: str, data: bytes) -> object:
    try:
        return PARSERS[parser](data)
    except ParseError as exc:
        error = exc
    assert str(error)  # a message a person can read
    return error


@FAST
@given(parser=st.sampled_from(sorted(PARSERS)), data=st.binary(max_size=400))
def test_random_bytes(parser, data):
    _outcome(parser, data)


@FAST
@given(parser=st.sampled_from(sorted(PARSERS)), value=json_values)
def test_random_json(parser, value):
    _outcome(parser, json.dumps(value).encode())


@FAST
@given(data=st.data())
def test_mutated_sample_records(data):
    records = json.loads(json.dumps(SAMPLE[:4]))
    for _ in range(data.draw(st.integers(1, 6))):
        record = records[data.draw(st.integers(0, len(records) - 1))]
        key = data.draw(st.sampled_from(sorted(record)))
        if data.draw(st.booleans()):
            del record[key]
        else:
            record[key] = data.draw(json_values)
    parsed = parse_realisations(records)
    assert len(parsed.offerings) + len(parsed.problems) == len(records)
    for offering in parsed.offerings:
        assert offering.code
        assert offering.start <= offering.end
        assert offering.ects is not None
        assert offering.ects >= 0
        assert "" not in offering.languages
        assert len({g.key for g in offering.groups}) == len(offering.groups)


@FAST
@given(data=st.data())
def test_mutated_calendars(data):
    lines = data.draw(st.sampled_from(ICS_TEXTS)).splitlines()
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "edit", "insert", "cut"]))
        if action == "drop":
            del lines[at]
        elif action == "dup":
            lines.insert(at, lines[at])
        elif action == "edit":
            text = lines[at]
            pos = data.draw(st.integers(0, len(text)))
            lines[at] = text[:pos] + data.draw(st.text(max_size=6)) + text[pos + 1 :]
        elif action == "insert":
            lines.insert(at, data.draw(st.sampled_from(_ICS_LINES)))
        else:
            lines = lines[:at]
        if not lines:
            lines = ["BEGIN:VCALENDAR"]
    try:
        parsed = parse_ics("\r\n".join(lines))
    except ParseError:
        return
    for event in parsed.events:
        assert event.end > event.start
        assert isinstance(event.start, datetime)
        assert event.start.tzinfo is None
        assert len(event.uid) <= 200


_ICS_LINES = [
    "RRULE:FREQ=WEEKLY;COUNT=400",
    "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "RRULE:FREQ=WEEKLY;UNTIL=20991231",
    "RRULE:FREQ=YEARLY;BYSETPOS=-1;BYDAY=MO",
    "RRULE:FREQ=WEEKLY;INTERVAL=0",
    "RRULE:FREQ=SECONDLY",
    "RRULE:GARBAGE",
    "EXDATE:20261013T101500",
    "EXDATE;VALUE=DATE:20261013",
    "RDATE:20261201T101500",
    "RECURRENCE-ID:20260922T101500",
    "DTSTART:20260230T101500",
    "DTSTART;VALUE=DATE:20261012",
    "DTEND:19700101T000000Z",
    "DURATION:-PT1H",
    "DURATION:P400D",
    "DTSTART;TZID=Mars/Olympus:20260915T101500",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "END:VCALENDAR",
    "BEGIN:VALARM",
    "UID:",
    "SUMMARY:" + "X" * 500,
    "LOCATION:;;;,,,//",
    " folded continuation",
]


@FAST
@given(data=st.data())
def test_mutated_tray_rows(data):
    header = "period,bar,course_code,group,teacher,room,slots,start,end,name,op"
    fields = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
        ["OTA:2026-27/2", "Tue 10:00-11:15", "2026-02-30", "MAA06.1", '"', ";", "99", "1e999"]
    )
    rows = data.draw(st.lists(st.lists(fields, min_size=0, max_size=12), max_size=5))
    text = "\n".join([header, *(",".join(r) for r in rows)])
    try:
        parsed, _problems = parse_tray(text)
    except ParseError:
        return
    for row in parsed:
        assert row.slots
        assert all(s.end > s.start for s in row.slots)


@FAST
@given(value=json_values)
def test_plan_fields_replaced_by_random_json(value):
    body = {
        "format": "schoolaas-plan",
        "version": 1,
        "student": {"number": "1", "first_name": "A", "last_name": "B", "school": "OTA"},
        "plans": [{"name": "Plan", "items": [{"code": "MAA6"}, value]}],
    }
    try:
        parse_plan(body)
    except ParseError as exc:
        message = str(exc)
    else:
        return
    assert "plans[0]" in message


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_corpus_of_nasty_inputs(path: Path, parser: str):
    _outcome(parser, path.read_bytes())
