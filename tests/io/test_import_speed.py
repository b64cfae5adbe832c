"""How long importing 1,000 Aalto realisations takes, and re-importing them
(the sample multiplied with new ids). Marked slow; run with -m slow -s to
see the numbers."""

from __future__ import annotations

import copy
import json
import time

import pytest
from importer_helpers import FIXTURES

from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

RECORDS = 1000


def many_records(count: int) -> list[dict]:
    sample = json.loads((FIXTURES / "aalto_sample.json").read_text(encoding="utf-8"))
    out = []
    for n in range(count):
        record = copy.deepcopy(sample[n % len(sample)])
        record["id"] = f"{record['id']}-x{n:05d}"
        out.append(record)
    return out


@pytest.mark.slow
def test_thousand_records_import_and_reimport(tmp_path, capsys):
    path = tmp_path / "many.json"
    path.write_text(json.dumps(many_records(RECORDS)), encoding="utf-8")
    ws = Workspace.open(f"sqlite:///{tmp_path / 'speed.sqlite3'}")
    try:
        start = time.perf_counter()
        first = import_file(ws, "aalto", path)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        again = import_file(ws, "aalto", path)
        reimported = time.perf_counter() - start
        start = time.perf_counter()
        catalogue = ws.refresh_catalogue()
        loaded = time.perf_counter() - start
    finally:
        ws.close()
    assert len(first.added) == RECORDS
    assert len(again.unchanged) == RECORDS
    assert len([o for o in catalogue.offerings.values() if "-x" in o.key]) == RECORDS
    with capsys.disabled():
        print(
            f"\n{RECORDS} Aalto records ({path.stat().st_size / 1e6:.1f} MB): import "
            f"{imported:.2f} s, re-import {reimported:.2f} s, catalogue load {loaded:.2f} s"
        )
    assert imported < 60
    assert reimported < 60
