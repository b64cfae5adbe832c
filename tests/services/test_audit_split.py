"""check --all audits the plans in two processes (two_processes.Helper, forked once
the catalogue is loaded, the two taking runs of plans from one shared list,
two_processes.Runs): the results must be exactly those of auditing every plan
here."""

from __future__ import annotations

import itertools
import os
import sys
import time

import pytest
from planner_fixtures import PG_ENV, _pg_schema

from schoolaas.seed.scale import build_scale
from schoolaas.services import workspace
from schoolaas.services.audit import two_processes as auditing
from schoolaas.services.audit.two_processes import WORKERS_ENV, Helper, Runs, can_fork
from schoolaas.services.workspace import Workspace

forking = pytest.mark.skipif(
    not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
    reason="the helper process is forked, on Linux with two or more CPUs",
)


def _failing(*args: object) -> list[object]:
    raise RuntimeError("the helper fails")


@forking
def test_the_helper_is_another_process_and_only_for_enough_plans(monkeypatch):
    assert not can_fork(auditing.MIN_SHARED - 1)
    assert can_fork(auditing.MIN_SHARED)
    with Helper(lambda: [os.getpid()]) as helper:
        assert helper.rest() not in ([], [os.getpid()])
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert not can_fork(1000)


@forking
def test_the_helper_starts_with_what_this_process_holds_and_says_when_it_fails():
    held = {"catalogue": [1, 2, 3]}  # made before the fork, never passed over
    with Helper(lambda: [held["catalogue"][::-1]]) as helper:
        assert helper.rest() == [[3, 2, 1]]
    with Helper(_half_then_failing) as helper:
        assert helper.rest() == ["first"]  # what came before the failure stands


def _half_then_failing() -> object:
    yield "first"
    raise RuntimeError("the helper fails")


@forking
def test_two_processes_take_every_run_once_in_order():
    """Runs: long ones first, then shorter; together the two processes'
    runs cover every index exactly once, whoever took which."""
    runs = Runs(1000)
    with Helper(lambda: [[(r.start, r.stop) for r in runs.take()]]) as helper:
        mine = [(r.start, r.stop) for r in runs.take()]
        theirs = helper.rest()[0]
    every = sorted(mine + theirs)
    assert every[0][0] == 0
    assert every[-1][1] == 1000
    assert all(a[1] == b[0] for a, b in itertools.pairwise(every))
    sizes = [stop - start for start, stop in every]
    assert sizes[0] == 1000 // 4
    assert sizes[-1] <= sizes[0]
    assert min(sizes[:-1]) >= auditing.SMALLEST_RUN


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
def test_detailed_results_with_the_helper_equal_those_made_here(school_url, monkeypatch):
    """The inputs of the helper's plans are made again here, its results
    come back from it: the same as doing everything here."""
    with Workspace.open(school_url) as ws:
        split = ws.audit_all_detailed()
    monkeypatch.setenv(WORKERS_ENV, "1")
    with Workspace.open(school_url) as ws:
        alone = ws.audit_all_detailed()
    assert sorted(split) == sorted(alone)
    for pid, (inp, result) in alone.items():
        assert split[pid][0].items == inp.items
        assert split[pid][1].findings == result.findings


@forking
def test_the_helper_loads_no_catalogue_of_its_own(school_url, monkeypatch):
    """The helper is forked after this process loaded the catalogue and the
    load: it audits with those (loading the catalogue fails in the helper
    here, and its answer must still come)."""
    expected = _findings(school_url)
    real_part = workspace._audit_part

    def part(*args):
        monkeypatch.setattr(workspace, "load_catalogue", _failing)  # in the helper only
        return real_part(*args)

    class MustAnswer(Helper):
        def rest(self):
            found = [*self.answered, *super().rest()]
            assert found, "the helper failed or had nothing to do"
            return found[len(self.answered) :]

        def ready(self):
            found = super().ready()
            self.answered = [*getattr(self, "answered", []), *found]
            return found

    _many_short_runs(monkeypatch)
    monkeypatch.setattr(workspace, "_audit_part", part)
    monkeypatch.setattr(workspace, "Helper", MustAnswer)
    assert _findings(school_url) == expected


def _many_short_runs(monkeypatch, pause: float = 0.002) -> None:
    """Runs of 4 plans, each plan's audit a little slower: both processes
    get some of the 80 plans, whichever starts first."""
    monkeypatch.setattr(auditing, "SMALLEST_RUN", 4)
    real_audit = workspace.audit_plan

    def slower(inp):
        time.sleep(pause)
        return real_audit(inp)

    monkeypatch.setattr(workspace, "audit_plan", slower)


@forking
def test_a_helper_that_fails_leaves_the_work_to_this_process(school_url, monkeypatch):
    expected = _findings(school_url)
    monkeypatch.setattr(workspace, "_audit_part", _failing)
    assert _findings(school_url) == expected


@forking
def test_a_helper_that_fails_halfway_leaves_the_runs_it_took_to_this_process(
    school_url, monkeypatch
):
    """The helper answers one run, takes another and dies: every plan is
    still audited once, in order."""
    expected = _findings(school_url)
    _many_short_runs(monkeypatch)
    real_part = workspace._audit_part

    def part(*args):
        answers = real_part(*args)
        yield next(answers)
        next(answers)  # worked out, never sent
        os._exit(1)  # killed

    monkeypatch.setattr(workspace, "_audit_part", part)
    assert _findings(school_url) == expected
