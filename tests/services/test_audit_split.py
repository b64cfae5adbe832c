"""check --all audits half of the plans in a forked helper process: the
results must be exactly those of auditing every plan here."""

from __future__ import annotations

import os
import sys

import pytest
from planner_fixtures import PG_ENV, _pg_schema

from schoolaas.seed.scale import build_scale
from schoolaas.services.audit import inputs as auditing
from schoolaas.services.audit.inputs import WORKERS_ENV, split_work
from schoolaas.services.workspace import Workspace

forking = pytest.mark.skipif(
    not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
    reason="the forked helper runs on Linux with two or more CPUs",
)


@forking
def test_split_work_hands_the_second_part_to_a_helper_process():
    parent = os.getpid()

    def here(start, stop):
        return [(i, os.getpid()) for i in range(start, stop)]

    mine, cut, theirs = split_work(100, here, here)
    assert theirs is not None
    assert [i for i, _ in mine + theirs] == list(range(100))
    assert {pid for _, pid in mine} == {parent}
    assert parent not in {pid for _, pid in theirs}
    assert 0 < cut < 100


@forking
def test_a_helper_that_fails_leaves_the_work_to_this_process():
    def there(start, stop):
        raise RuntimeError("the helper fails")

    mine, cut, theirs = split_work(100, lambda a, b: list(range(a, b)), there)
    assert theirs is None  # the caller audits plans cut..100 itself
    assert mine == list(range(cut))


_BACKENDS = ["sqlite"]
if os.environ.get(PG_ENV):
    _BACKENDS.append(pytest.param("postgres", marks=pytest.mark.postgres))


@pytest.fixture(scope="module", params=_BACKENDS)
def school_url(request, tmp_path_factory):
    """A generated school of about 80 students, on SQLite and on PostgreSQL
    (where the helper must open its own connections)."""
    if request.param == "sqlite":
        urls = iter([f"sqlite:///{tmp_path_factory.mktemp('split') / 'school.sqlite3'}"])
    else:
        urls = _pg_schema(os.environ[PG_ENV])
    url = next(urls)
    ws = Workspace.open(url)
    try:
        build_scale(ws.engine, "one-school", factor=0.12)
    finally:
        ws.close()
    yield url
    next(urls, None)  # drops the PostgreSQL schema


def _findings(url: str) -> dict[int, list[tuple[str, str, tuple]]]:
    ws = Workspace.open(url)
    try:
        return {
            pid: [(f.code, f.key, f.dates) for f in result.findings]
            for pid, result in ws.audit_all().items()
        }
    finally:
        ws.close()


@forking
def test_audit_all_split_over_two_processes_gives_the_same_findings(school_url, monkeypatch):
    together = _findings(school_url)
    assert len(together) >= 64  # enough plans for the helper to be used
    assert auditing.can_fork(len(together))
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert not auditing.can_fork(len(together))
    alone = _findings(school_url)
    assert together == alone
    assert any(together.values())


@forking
def test_a_workspace_that_holds_its_catalogue_splits_with_the_same_results(school_url, monkeypatch):
    """The app's case: the catalogue is loaded before the helper is forked
    (the helper uses the copy), and the inputs come back with the results."""
    ws = Workspace.open(school_url)
    try:
        ws.catalogue()
        split = ws.audit_all_detailed()
        monkeypatch.setenv(WORKERS_ENV, "1")
        alone = ws.audit_all_detailed()
    finally:
        ws.close()
    assert sorted(split) == sorted(alone)
    for pid, (inp, result) in alone.items():
        assert split[pid][0].items == inp.items
        assert split[pid][1].findings == result.findings
