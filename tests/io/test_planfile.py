"""Plan files: versioned JSON, round trip and clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schoolaas.domain.model import ItemStatus
from schoolaas.io.errors import ParseError
from schoolaas.io.planfile import (
    FileAcceptance,
    FileItem,
    FilePlan,
    FileStudent,
    PlanFile,
    dump_plan,
    parse_plan,
)

PLAN = PlanFile(
    student=FileStudent("OTA-1001", "Aino", "Virtanen", "OTA", "25A", 2025, matriculation=("MA",)),
    plans=(
        FilePlan(
            "Plan",
            True,
            (
                FileItem("MAA6", offering="OTA:2026-27:MAA06.1", period="OTA:2026-27/2"),
                FileItem("CS-A1111", "aalto", "aalto-cur-1111", groups=("L01", "H01"), ects=5),
            ),
            (FileAcceptance("overlap:1:2", "Counsellor", "2026-11-01T10:00:00", "recorded"),),
        ),
    ),
    exported_at="2026-11-27T10:00:00",
)


def test_round_trip():
    text = dump_plan(PLAN)
    body = json.loads(text)
    assert (body["format"], body["version"]) == ("schoolaas-plan", 1)
    assert parse_plan(body) == PLAN


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something-else"}, "not a plan file"),
        ({"version": 99}, "newer than this program reads"),
        ({"version": "1"}, "whole number"),
        ({"student": None}, "student: must be a JSON object"),
        ({"plans": {}}, "must be a list"),
    ],
)
def test_refusals(change, message):
    body = json.loads(dump_plan(PLAN)) | change
    with pytest.raises(ParseError, match=message):
        parse_plan(body)


def test_bad_item_names_where():
    body = json.loads(dump_plan(PLAN))
    body["plans"][0]["items"][1]["status"] = "maybe"
    with pytest.raises(ParseError, match=r"plans\[0\]\.items\[1\]: status 'maybe'"):
        parse_plan(body)


def test_bad_acceptance_time():
    body = json.loads(dump_plan(PLAN))
    body["plans"][0]["acceptances"][0]["at"] = "yesterday"
    with pytest.raises(ParseError, match="not a date-time"):
        parse_plan(body)


def test_schema_describes_what_the_writer_writes():
    schema_path = Path(__file__).resolve().parents[2] / "docs" / "plan-file.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    body = json.loads(dump_plan(PLAN))
    assert set(body) <= set(schema["properties"])
    assert set(schema["required"]) <= set(body)
    defs = schema["$defs"]
    pairs = [
        (body["student"], defs["student"]),
        (body["plans"][0], defs["plan"]),
        (body["plans"][0]["items"][0], defs["item"]),
        (body["plans"][0]["acceptances"][0], defs["acceptance"]),
    ]
    for written, described in pairs:
        assert set(written) == set(described["properties"])
        assert set(described["required"]) <= set(written)
    statuses = set(defs["item"]["properties"]["status"]["enum"])
    assert statuses == {s.value for s in ItemStatus}
