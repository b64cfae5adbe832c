"""Seats, prerequisites and overlapping courses of an Aalto realisation
(services/catalogue/aalto_links.py): checked, stored, seen by the audit's
catalogue, undone from the snapshot, and kept when the Aalto file is
imported again (unchanged, or a newer version of the record)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from planner_fixtures import CS_KEY, MAA6_KEY

from schoolaas.services.catalogue import aalto_links as service
from schoolaas.services.errors import InvalidInput, StaleEdit
from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "aalto_sample.json"
SAMPLE_KEY = "aalto-CUR-205925-3121705"  # CS-A1111 in the sample


def test_set_links_reaches_the_catalogue_and_undo_restores(ws: Workspace) -> None:
    before = service.links(ws, CS_KEY)
    assert (before.seats, before.overlaps_with) == (10, ("CS-A1113",))
    new = service.AaltoLinks(CS_KEY, "CS-A1111", 4, service.parse_codes("MAA6, MAA7;MAA6"),
                             service.parse_codes(" CS-A1113 CS-A1121 "))  # fmt: skip
    change = service.set_links(ws, new, seen=before)
    assert change.catalogue
    assert change.snapshot == {"before": before, "after": new}
    offering = ws.catalogue().offerings[CS_KEY]
    assert offering.seats == 4
    assert offering.prerequisites == ("MAA6", "MAA7")
    assert offering.overlaps_with == ("CS-A1113", "CS-A1121")
    service.set_links(ws, before, seen=new)  # what an undo step does
    assert service.links(ws, CS_KEY) == before


def test_bad_values_are_refused_naming_the_field(ws: Workspace) -> None:
    good = service.links(ws, CS_KEY)
    for bad, words in (
        (service.AaltoLinks(CS_KEY, "CS-A1111", -1), "seats -1"),
        (service.AaltoLinks(CS_KEY, "CS-A1111", None, ("MA A6!",)), "'MA A6!' is not a course"),
        (service.AaltoLinks(CS_KEY, "CS-A1111", None, (), ("CS-A1111",)), "its own overlapping"),
    ):
        with pytest.raises(InvalidInput, match=words):
            service.set_links(ws, bad)
    with pytest.raises(InvalidInput, match="is a school course"):
        service.set_links(ws, service.AaltoLinks(MAA6_KEY, "MAA6", 3))
    assert service.links(ws, CS_KEY) == good  # nothing stored
    stale = service.AaltoLinks(CS_KEY, "CS-A1111", 99)
    with pytest.raises(StaleEdit, match="CS-A1111"):
        service.set_links(ws, service.AaltoLinks(CS_KEY, "CS-A1111", 3), seen=stale)


def test_links_are_kept_on_reimport_of_the_aalto_file(ws: Workspace, tmp_path: Path) -> None:
    import_file(ws, "aalto", SAMPLE)
    filled = service.AaltoLinks(SAMPLE_KEY, "CS-A1111", 12, ("MAA5",), ("CS-A1113",))
    service.set_links(ws, filled)
    again = import_file(ws, "aalto", SAMPLE)
    assert len(again.unchanged) == 14
    assert service.links(ws, SAMPLE_KEY) == filled
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    records[0]["endDate"] = "2025-11-26"  # a newer version of the same realisation
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(records), encoding="utf-8")
    report = import_file(ws, "aalto", newer)
    assert [u.key for u in report.updated] == [u.key for u in report.updated if SAMPLE_KEY in u.key]
    assert len(report.updated) == 1
    assert ws.offering(SAMPLE_KEY).end.isoformat() == "2025-11-26"
    assert service.links(ws, SAMPLE_KEY) == filled
    offering = ws.catalogue().offerings[SAMPLE_KEY]
    assert (offering.seats, offering.prerequisites) == (12, ("MAA5",))
