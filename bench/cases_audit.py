"""Audit benchmarks: one plan in-process, one plan from the database,
``check --all`` on one school and on the city (SQLite and PostgreSQL) by
this tree and the baseline tree in the same run, the naive baseline, and
the digest that proves both trees' audits identical."""

from __future__ import annotations

import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import datasets
from datasets import DataSet
from results import Row, median_ms, timed, timed_both
from trees import Tree, current

PROBES = Path(__file__).resolve().parent / "probes"
SAMPLE_PLANS = 60  # plans audited for the per-plan medians, spread over all ids


def _sample(ids: list[int], n: int) -> list[int]:
    ids = sorted(ids)
    if len(ids) <= n:
        return ids
    step = len(ids) / n
    return [ids[int(i * step)] for i in range(n)]


def _plan_ids(ws) -> list[int]:
    return [p.id for p in ws.active_plans()]


def audit_rows(one: DataSet, repeats: int) -> list[Row]:
    from schoolaas.domain.audit import audit
    from schoolaas.services.workspace import Workspace

    ws = Workspace.open(current().db(one.url))
    ws.catalogue()  # the app holds the catalogue: load it before timing
    plans = _sample(_plan_ids(ws), SAMPLE_PLANS)
    inputs = [ws.audit_input(pid) for pid in plans]
    in_process = [timed_both(lambda i=i: audit(i)) for _ in range(repeats) for i in inputs]
    from_db = [timed_both(lambda p=p: ws.audit(p)) for _ in range(repeats) for p in plans]
    ws.close()
    items = sum(len(i.items) for i in inputs) / len(inputs)
    sessions = sum(len(s.sessions) for i in inputs for s in i.items) / len(inputs)
    note = (
        f"{len(plans)} plans of {one.name} × {repeats}; on average {items:.0f} items, "
        f"{sessions:.0f} sessions per plan"
    )
    a, a_cpu = (median_ms([t[k] for t in in_process]) for k in (0, 1))
    b, b_cpu = (median_ms([t[k] for t in from_db]) for k in (0, 1))
    note += f"; CPU medians {a_cpu:.1f} ms and {b_cpu:.1f} ms"
    return [
        Row(
            "audit of one student, in-process, plan loaded",
            a,
            "ms",
            "≤ 5 ms median",
            a <= 5,
            note=note,
        ),
        Row(
            "audit of one student incl. loading from DB",
            b,
            "ms",
            "≤ 25 ms median",
            b <= 25,
            note="Workspace.audit(plan_id) with the catalogue already cached, as in the app",
        ),
    ]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class DigestMismatch(RuntimeError):
    """The two trees' audits differ on some plan: the bench stops."""


def check_all_cli(tree: Tree, url: str) -> tuple[float, float, int, str]:
    """(wall s, CPU s of it and its helper, exit code, last line) of
    ``schoolaas check --all`` in a fresh process of ``tree``; no catalogue
    kept on disk (the baseline's cache is switched off)."""
    cmd = [sys.executable, "-m", "schoolaas", "check", "--all", "--db", tree.db(url)]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=tree.env(), check=False)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    last = (done.stdout.strip().splitlines() or [done.stderr.strip()])[-1][:100]
    return wall, cpu, done.returncode, last


def compare_check(
    what: str, url: str, trees: tuple[Tree, Tree | None], repeats: int
) -> tuple[float, float | None, str]:
    """Median wall seconds of check --all on ``url`` (after, before), the
    runs alternating between the trees so both meet the same load; a note."""
    after, before = trees
    runs: dict[str, list[tuple[float, float, int, str]]] = {"after": [], "before": []}
    for _ in range(repeats):
        if before is not None:
            runs["before"].append(check_all_cli(before, url))
        runs["after"].append(check_all_cli(after, url))
    notes = []
    medians: dict[str, float | None] = {"before": None}
    for side, found in runs.items():
        if not found:
            continue
        walls = sorted(w for w, _, _, _ in found)
        medians[side] = statistics.median(walls)
        codes = {rc for _, _, rc, _ in found}
        if not codes <= {0, 1}:
            raise RuntimeError(f"check --all ({side}) failed on {what}: {found[-1][3]}")
        cpu = statistics.median(c for _, c, _, _ in found)
        notes.append(f"{side}: runs {', '.join(f'{w:.1f}' for w in walls)} s, CPU {cpu:.1f} s")
    after_s = medians["after"]
    assert after_s is not None
    note = f"median of {repeats}, alternating; " + "; ".join(notes) + f"; {runs['after'][-1][3]!r}"
    return after_s, medians["before"], note


def check_row(data: DataSet, trees: tuple[Tree, Tree | None], repeats: int, target: float) -> Row:
    after, before, note = compare_check(data.name, data.url, trees, repeats)
    return Row(
        f"check --all on {data.name}, fresh process, no disk cache",
        after,
        "s",
        f"≤ {target:g} s wall",
        after <= target,
        note=note,
        before=before,
    )


def digest(tree: Tree, url: str) -> dict[str, Any]:
    """The probe's digest of every plan's audit on ``url`` by ``tree``."""
    cmd = [sys.executable, str(PROBES / "audit_digest.py"), tree.db(url)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=tree.env(), check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"audit_digest.py failed on {tree.label}: {tail}")
    found: dict[str, Any] = json.loads(lines[-1])
    return found


def digest_row(data: DataSet, trees: tuple[Tree, Tree | None], *, changed: bool = False) -> Row:
    """Every plan's findings and credits by both trees: identical, or the
    bench stops with DigestMismatch (``changed``: the findings are meant to
    differ, e.g. after an audit fix; the row then reports both digests)."""
    after, before = trees
    mine = digest(after, data.url)
    note = f"{mine['plans']:,} plans, {mine['findings']:,} findings, sha256 {mine['digest'][:16]}"
    if before is None:
        return Row(f"audit digest on {data.name}", None, "", "identical", None, note=note)
    theirs = digest(before, data.url)
    same = (mine["plans"], mine["findings"], mine["digest"]) == (
        theirs["plans"],
        theirs["findings"],
        theirs["digest"],
    )
    if not same and changed:
        return Row(
            f"audit of every plan of {data.name}: findings changed on purpose",
            None,
            "",
            "identical",
            None,
            note=f"after: {note}; before: {theirs['plans']:,} plans, "
            f"{theirs['findings']:,} findings, sha256 {theirs['digest'][:16]}",
        )
    if not same:
        raise DigestMismatch(f"THE AUDIT DIFFERS on {data.name}: after {mine} vs before {theirs}")
    return Row(
        f"audit of every plan of {data.name}: findings identical before/after",
        1.0,
        "",
        "identical",
        True,
        note=note + " (both trees)",
    )


def naive_seconds(data: DataSet, sample_every: int) -> tuple[float, str]:
    """The naive all-pairs overlap check (domain.overlap.naive_overlaps) on
    every plan's resolved items, timed on every ``sample_every``th plan and
    scaled to all; the items come from this tree's audit_all_detailed (not
    timed). Also checks the sweep agrees with it on those plans."""
    from schoolaas.domain.overlap import naive_overlaps, sweep_overlaps
    from schoolaas.services.workspace import Workspace

    ws = Workspace.open(current().db(data.url))
    detailed = ws.audit_all_detailed()
    ws.close()
    pids = sorted(detailed)
    sample = pids[::sample_every]
    total = 0.0
    agree = True
    # the inputs of 7,700 plans stay in memory: without this the collector's
    # full passes over them land on whichever plan happens to be checked
    gc.collect()
    gc.freeze()
    try:
        for pid in sample:
            items = detailed[pid][0].items
            total += timed(lambda items=items: naive_overlaps(items))
            agree = agree and sweep_overlaps(items) == naive_overlaps(items)
    finally:
        gc.unfreeze()
    how = (
        f"naive_overlaps on all items of every {sample_every}th plan ({len(sample)} of "
        f"{len(pids)}), scaled; sweep_overlaps {'agrees' if agree else 'DIFFERS'}"
    )
    return total * len(pids) / len(sample), how


def ratio_row(naive: float, how: str, after: float, before: float | None) -> Row:
    return Row(
        "check --all on espoo vs naive all-pairs overlap check",
        naive / after,
        "×",
        "≥ 60×",
        naive / after >= 60,
        baseline=f"naive {naive:.1f} s / check --all {after:.1f} s"
        + (f" (before {before:.1f} s)" if before else ""),
        note=how + "; the check --all times of the row above",
        before=naive / before if before else None,
    )


def postgres_row(
    espoo: DataSet, trees: tuple[Tree, Tree | None], repeats: int, pg: str, say=print
) -> Row:
    """check --all over PostgreSQL: the espoo data set built into the
    server's database first (by this tree's generator)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(pg)
    with engine.connect() as conn:  # read without migrating: the baseline builds it
        empty = (
            not inspect(conn).has_table("student")
            or not conn.execute(text("SELECT count(*) FROM student")).scalar()
        )
    engine.dispose()
    if empty:
        say("  building espoo into PostgreSQL ...")
        started = time.perf_counter()
        factor = espoo.info.get("factor", 1.0)
        before = trees[1]
        if before is None:
            built = datasets.build_into(pg, "espoo", factor=factor, say=say)
        else:  # in the baseline's schema (its command), this tree reads a migrated copy
            cmd = [sys.executable, "-m", "schoolaas", "scale", "espoo", "--factor", str(factor)]
            done = subprocess.run(
                [*cmd, "--db", pg], capture_output=True, text=True, env=before.env(), check=False
            )
            if done.returncode != 0:
                raise RuntimeError(f"building espoo into PostgreSQL failed: {done.stderr[-300:]}")
            built = done.stdout.strip().splitlines()[-1:]
        say(f"  {built} ({time.perf_counter() - started:.0f} s)")
    after, before, note = compare_check("espoo on PostgreSQL", pg, trees, repeats)
    return Row(
        "check --all on espoo over PostgreSQL",
        after,
        "s",
        "≤ 8 s wall",
        after <= 8,
        note=note,
        before=before,
    )
