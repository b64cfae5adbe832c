"""Importing Aalto realisations into a database: idempotent, updating,
all-or-nothing, and visible in the catalogue with the right credits."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from importer_helpers import FIXTURES, snapshot

from schoolaas.data import repositories
from schoolaas.domain.model import GroupKind, Provider
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import import_file

SAMPLE = FIXTURES / "aalto_sample.json"


def test_sample_appears_in_catalogue_with_credits_and_dates(ws):
    report = import_file(ws, "aalto", SAMPLE)
    assert len(report.added) == 14
    assert report.skipped == []
    found = ws.search_offerings("CS-A1113")
    cs = next(o for o in found if o.key == "aalto-CUR-206041-3121821")
    assert cs.provider == Provider.AALTO
    assert (cs.ects, cs.ects_min) == (5, 5)
    assert (cs.start, cs.end) == (date(2025, 9, 2), date(2025, 12, 12))
    assert cs.group("KT01").kind == GroupKind.EXAM
    assert ws.offering("aalto-CUR-207469-3123249").ects == 3  # ALC-7240


def test_reimport_changes_nothing(ws):
    import_file(ws, "aalto", SAMPLE)
    before = snapshot(ws)
    again = import_file(ws, "aalto", SAMPLE)
    assert len(again.unchanged) == 14
    assert not again.changed
    assert snapshot(ws) == before


def test_newer_version_updates_and_reports_what_changed(ws, tmp_path):
    import_file(ws, "aalto", SAMPLE)
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    records[0]["endDate"] = "2025-11-26"
    records[0]["studySubGroups"] = records[0]["studySubGroups"][:2]  # L01, XXH01 only
    extra = copy.deepcopy(records[1]) | {"id": "aalto-CUR-new-1", "code": "CS-A1111 "}
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps([*records, extra]), encoding="utf-8")
    report = import_file(ws, "aalto", newer)
    assert len(report.added) == 1
    assert len(report.unchanged) == 13
    (updated,) = report.updated
    assert "aalto-CUR-205925-3121705" in updated.key
    assert set(updated.fields) == {"end", "groups"}
    changed = ws.offering("aalto-CUR-205925-3121705")
    assert changed.end == date(2025, 11, 26)
    assert [g.key for g in changed.groups] == ["L01", "XXH01"]
    assert ws.offering("aalto-CUR-new-1").code == "CS-A1111"


def test_dry_run_reports_but_writes_nothing(ws):
    before = snapshot(ws)
    report = import_file(ws, "aalto", SAMPLE, dry_run=True)
    assert len(report.added) == 14
    assert "Dry run" in report.summary()
    assert snapshot(ws) == before


def test_crash_halfway_leaves_database_as_it_was(ws, monkeypatch):
    before = snapshot(ws)

    def crash(*, session):
        raise RuntimeError("power cut")

    monkeypatch.setattr(repositories, "bump_catalogue_version", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        import_file(ws, "aalto", SAMPLE)
    assert snapshot(ws) == before


def test_bad_records_are_skipped_with_reasons_and_good_ones_imported(ws, tmp_path):
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))[:3]
    records[1]["startDate"] = "2025-02-30"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    report = import_file(ws, "aalto", path)
    assert len(report.added) == 2
    (problem,) = report.skipped
    assert (problem.index, problem.id) == (1, records[1]["id"])
    assert "not a real date" in problem.reason
    assert "record 1" in "\n".join(report.lines())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4\n1 0 obj\n", "PDF"),
        (b"", "empty"),
        (b'[{"id": "x", "code": "\xff"}]', "UTF-8"),
        (b'[{"id": "x", "code": "CS-A1111", ', "truncated"),
        (b'"just text"', "expected a list"),
    ],
)
def test_bad_file_is_a_clear_error_and_writes_nothing(ws, tmp_path, content, message):
    path = tmp_path / "courses.json"
    path.write_bytes(content)
    before = snapshot(ws)
    with pytest.raises(InvalidInput, match=message) as err:
        import_file(ws, "aalto", path)
    assert "courses.json" in str(err.value)
    assert snapshot(ws) == before


def test_too_large_file_is_refused_before_reading(ws, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: 60 MB on paper, nothing on disk
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(InvalidInput, match=r"60\.0 MB, over the import limit"):
        import_file(ws, "aalto", path)


def test_school_course_with_same_key_is_not_overwritten(ws, tmp_path):
    record = json.loads(SAMPLE.read_text(encoding="utf-8"))[0]
    record["id"] = "OTA:2026-27:MAA06.1"
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    report = import_file(ws, "aalto", path)
    assert report.added == []
    assert "school course" in report.skipped[0].reason
    assert ws.offering("OTA:2026-27:MAA06.1").provider == Provider.SCHOOL
