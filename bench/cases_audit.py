"""Audit benchmarks: one plan in-process, one plan from the database,
``check --all`` on one school and on the city, and the naive baseline."""

from __future__ import annotations

import gc
import os
import resource
import subprocess
import sys
import time
from typing import Any

from datasets import DataSet
from results import Row, median_ms, timed, timed_both

CACHE_SWITCH = "SCHOOLAAS_CATALOGUE_CACHE"  # "0": the catalogue from the database
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

    ws = Workspace.open(one.url)
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


def check_all_cli(data: DataSet, *, disk_cache: bool = True) -> tuple[float, int, str]:
    """Wall time of ``schoolaas check --all`` in a fresh process; the last
    text is its summary line plus the CPU seconds it used. With
    ``disk_cache`` the catalogue kept on disk by an earlier run is used (a
    warm-up run writes it first when it is missing or stale), without it the
    catalogue is loaded from the database."""
    cmd = [sys.executable, "-m", "schoolaas", "check", "--all", "--db", data.url]
    env = dict(os.environ)
    if not disk_cache:
        env[CACHE_SWITCH] = "0"
    else:
        subprocess.run(cmd, capture_output=True, env=env, check=False)  # warm-up
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    last = (done.stdout.strip().splitlines() or [done.stderr.strip()])[-1][:120]
    return wall, done.returncode, f"CPU {cpu:.1f} s; exit {done.returncode}: {last!r}"


def check_rows(data: DataSet, target: float) -> list[Row]:
    """The CLI with the catalogue kept on disk (the usual case from the
    second run on), and loading it from the database (the first run, or
    after the catalogue changed)."""
    rows = []
    for cached in (True, False):
        wall, rc, last = check_all_cli(data, disk_cache=cached)
        what = f"check --all on {data.name}"
        rows.append(
            Row(
                what if cached else "  same, catalogue loaded from the database",
                wall,
                "s",
                f"≤ {target:g} s wall",
                rc in (0, 1) and wall <= target,
                note=last
                + ("; catalogue from the disk cache" if cached else f"; {CACHE_SWITCH}=0"),
            )
        )
    return rows


def check_one_school(one: DataSet) -> list[Row]:
    return check_rows(one, 2)


def check_espoo(espoo: DataSet, sample_every: int) -> list[Row]:
    """The CLI's wall time, then in one process: audit_all from a cold
    workspace against the naive all-pairs overlap check on the same plans."""
    from schoolaas.domain.finding_keys import is_scheduled
    from schoolaas.domain.overlap import naive_overlaps, sweep_overlaps
    from schoolaas.services.workspace import Workspace

    rows = check_rows(espoo, 15)

    def cold_audit_all(disk_cache: bool) -> tuple[float, float, dict[int, Any]]:
        """Workspace.audit_all from a new workspace (catalogue included)."""
        if disk_cache:
            os.environ.pop(CACHE_SWITCH, None)
        else:
            os.environ[CACHE_SWITCH] = "0"
        try:
            ws = Workspace.open(espoo.url)
            started, cpu = time.perf_counter(), time.process_time()
            checked = ws.audit_all()  # what `check --all` runs
            fast, cpu = time.perf_counter() - started, time.process_time() - cpu
            ws.close()
        finally:
            os.environ.pop(CACHE_SWITCH, None)
        return fast, cpu, checked

    fast_db, cpu_db, _ = cold_audit_all(False)
    fast, cpu, checked = cold_audit_all(True)
    ws = Workspace.open(espoo.url)
    detailed = ws.audit_all_detailed()  # each plan's input for the baseline (not timed)
    ws.close()
    if {p: r.findings for p, r in checked.items()} != {
        p: r.findings for p, (_, r) in detailed.items()
    }:
        raise RuntimeError("audit_all and audit_all_detailed disagree")
    pids = sorted(detailed)
    sample = pids[::sample_every]
    naive_all = naive_sched = sweep_all = 0.0
    agree = True
    # the inputs of 7,700 plans stay in memory: without this the collector's
    # full passes over them land on whichever check happens to be running
    # (the same for both sides; audit_all pauses the collector itself)
    gc.collect()
    gc.freeze()
    try:
        for pid in sample:
            items = detailed[pid][0].items
            naive_all += timed(lambda items=items: naive_overlaps(items))
            sweep_all += timed(lambda items=items: sweep_overlaps(items))
            agree = agree and sweep_overlaps(items) == naive_overlaps(items)
            scheduled = tuple(i for i in items if is_scheduled(i))
            naive_sched += timed(lambda s=scheduled: naive_overlaps(s))
    finally:
        gc.unfreeze()
    scale = len(pids) / len(sample)
    naive_all *= scale
    naive_sched *= scale
    sweep_all *= scale
    how = (
        f"naive_overlaps timed on every {sample_every}th plan ({len(sample)} of {len(pids)}) "
        "and scaled to all plans"
        if sample_every > 1
        else f"naive_overlaps on all {len(pids)} plans"
    )
    rows.append(
        Row(
            "check --all on espoo vs naive all-pairs (all items of each plan)",
            naive_all / fast,
            "×",
            "≥ 30×",
            naive_all / fast >= 30,
            baseline=f"audit_all {fast:.1f} s (CPU {cpu:.1f} s) vs naive {naive_all:.1f} s",
            note=how
            + "; Workspace.audit_all() timed from a new Workspace (catalogue from the disk "
            + "cache included), CPU of this process only (a forked helper audits part of the "
            + "plans)",
        )
    )
    rows.append(
        Row(
            "  same, catalogue loaded from the database",
            naive_all / fast_db,
            "×",
            "(info)",
            None,
            baseline=f"audit_all {fast_db:.1f} s (CPU {cpu_db:.1f} s) vs naive {naive_all:.1f} s",
            note=f"{CACHE_SWITCH}=0: the first run, or the first after the catalogue changed",
        )
    )
    rows.append(
        Row(
            "  same, naive on planned/enrolled items only",
            naive_sched / fast,
            "×",
            "(info)",
            None,
            baseline=f"naive {naive_sched:.1f} s",
            note="the items the audit's time checks look at; shown for honesty",
        )
    )
    rows.append(
        Row(
            "  overlap sweep alone vs naive all-pairs (same items)",
            naive_all / sweep_all,
            "×",
            "(info)",
            None,
            baseline=f"sweep {sweep_all:.1f} s vs naive {naive_all:.1f} s",
            note="domain.overlap.sweep_overlaps against naive_overlaps on the same sampled plans; "
            + ("identical results" if agree else "RESULTS DIFFER"),
        )
    )
    return rows
