"""Fuzzing whole imports: a mutated file either imports (records it cannot
use are reported) or fails with InvalidInput and leaves every table exactly
as it was."""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fuzzing import EXAMPLES
from importer_helpers import FIXTURES, snapshot

from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import import_file

DB_FUZZ = settings(
    max_examples=max(5, EXAMPLES // 5),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SAMPLE = (FIXTURES / "aalto_sample.json").read_bytes()
SISU = (FIXTURES / "ics" / "sisu_cs_a1111.ics").read_bytes()


def _mutate(data: bytes, draw) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(0, len(out) - 1)))
        action = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if action == "cut":
            del out[at:]
        elif action == "flip" and out:
            out[at] = draw(st.integers(0, 255))
        elif action == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del out[at : at + draw(st.integers(1, 50))]
    return bytes(out)


def _import(ws, kind: str, data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz.{kind}"
        path.write_bytes(data)
        before = snapshot(ws)
        try:
            return import_file(ws, kind, path)
        except InvalidInput as exc:
            message = str(exc)
        assert "fuzz." in message  # names the file
        assert snapshot(ws) == before
        return None


@DB_FUZZ
@given(data=st.data())
def test_mutated_aalto_file(ws, data):
    report = _import(ws, "aalto", _mutate(SAMPLE, data.draw))
    if report is not None:
        found = len(report.added) + len(report.updated) + len(report.unchanged)
        assert found + len(report.skipped) == report.records


@DB_FUZZ
@given(data=st.data())
def test_mutated_records_import_or_are_reported(ws, data):
    records = json.loads(SAMPLE)[:5]
    for _ in range(data.draw(st.integers(1, 5))):
        record = records[data.draw(st.integers(0, len(records) - 1))]
        key = data.draw(st.sampled_from(["code", "startDate", "endDate", "credits", "id",
                                         "studySubGroups", "name", "teachers"]))  # fmt: skip
        values = st.none() | st.integers(-5, 10**6) | st.text(max_size=70)
        record[key] = data.draw(values | st.lists(st.text(), max_size=3))
    report = _import(ws, "aalto", json.dumps(records).encode())
    assert report is not None
    catalogue = ws.catalogue().offerings
    for record in records:
        offering = catalogue.get(str(record.get("id")))
        if offering is not None:
            assert offering.start <= offering.end
            assert offering.ects is not None


@DB_FUZZ
@given(data=st.data())
def test_mutated_calendar(ws, data):
    report = _import(ws, "ics", _mutate(SISU, data.draw))
    if report is not None:
        for session in ws.offering("aalto-cur-1111").groups[0].sessions:
            assert session.end > session.start


CORPUS = sorted((FIXTURES / "fuzz").iterdir())


def test_corpus_through_every_import(ws):
    for path, kind in itertools.product(CORPUS, ("aalto", "ics", "tray", "plan", "curriculum")):
        before = snapshot(ws)
        try:
            report = import_file(ws, kind, path)
        except InvalidInput as exc:
            message = str(exc)
        else:
            message = ""
        if message:
            assert path.name in message
            assert snapshot(ws) == before
            continue
        for line in report.lines():
            line.encode("utf-8")  # printable: no lone surrogates left
