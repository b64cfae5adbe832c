"""The same code on both databases: the demo built into PostgreSQL audits
exactly as the demo built into SQLite, and an import behaves the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from planner_fixtures import PG_ENV, _pg_schema, sqlite_url

from schoolaas.seed.demo import build_demo
from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set"),
]
SAMPLE = Path(__file__).parents[2] / "src/schoolaas/resources/data/aalto_sample.json"


def _audit_by_student(ws: Workspace) -> dict[str, list[tuple[str, str, int, bool]]]:
    numbers = {s.id: s.number for s in ws.students()}
    plans = {p.id: numbers[p.student_id] for sid in numbers for p in ws.plans(sid)}
    return {
        plans[pid]: sorted((f.code, f.key, len(f.dates), f.is_open) for f in result.findings)
        for pid, result in ws.audit_all().items()
    }


@pytest.fixture
def postgres_url():
    yield from _pg_schema(os.environ[PG_ENV])


def test_demo_audits_the_same_on_sqlite_and_postgresql(tmp_path, postgres_url):
    results = []
    for url in (sqlite_url(tmp_path), postgres_url):
        ws = Workspace.open(url)
        try:
            build_demo(ws)
            results.append(_audit_by_student(ws))
            credits = {pid: r.credits.total_planned for pid, r in sorted(ws.audit_all().items())}
            results.append(sorted(credits.values()))
        finally:
            ws.close()
    sqlite_findings, sqlite_credits, pg_findings, pg_credits = results
    assert sqlite_findings == pg_findings
    assert sqlite_credits == pg_credits
    assert any(findings for findings in pg_findings.values())  # the demo's conflicts are found


def test_aalto_import_is_idempotent_on_postgresql(postgres_url):
    ws = Workspace.open(postgres_url)
    try:
        first = import_file(ws, "aalto", SAMPLE)
        again = import_file(ws, "aalto", SAMPLE)
        codes = {o.code for o in ws.search_offerings(provider="aalto")}
    finally:
        ws.close()
    assert len(first.added) == 14
    assert not again.added
    assert not again.updated
    assert {"CS-A1111", "MS-A0111", "ELEC-A7100"} <= codes
