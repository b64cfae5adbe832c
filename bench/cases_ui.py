"""Desktop benchmarks, each in a fresh offscreen process: re-audit after an
edit, catalogue search-as-you-type, cold start against a bare PySide6
window, and the app's peak memory on the city data set."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from datasets import DataSet
from results import Row, missing
from trees import Tree, current, scratch

PROBES = Path(__file__).resolve().parent / "probes"


def _env() -> dict[str, str]:
    """Offscreen Qt, and a throw-away settings folder so no user file is read
    or written."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="schoolaas-bench-")
    env["XDG_CONFIG_HOME"] = str(Path(home) / "config")
    env["XDG_DATA_HOME"] = str(Path(home) / "data")
    env.pop("SCHOOLAAS_DB", None)
    return env


def _probe(
    script: str, *args: str, timeout: float = 600, tree: Tree | None = None
) -> dict[str, object]:
    cmd = [sys.executable, str(PROBES / script), *args]
    env = tree.env(_env()) if tree is not None else _env()
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{script} failed (exit {done.returncode}): {tail}")
    result: dict[str, object] = json.loads(lines[-1])
    return result


def edit_row(data: DataSet, rounds: int) -> Row:
    target = "≤ 20 ms"
    what = f"edit → findings shown, on {data.name}"
    try:
        out = _probe("edit_findings.py", scratch(current().db(data.url)), str(rounds))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return missing(what, target, str(exc))
    edits: list[dict[str, object]] = out["edits"]  # type: ignore[assignment]
    if not edits:
        return missing(what, target, "no edit was accepted")
    wall = [float(e["ms"]) for e in edits]  # type: ignore[arg-type]
    cpu = [float(e["cpu_ms"]) for e in edits]  # type: ignore[arg-type]
    paint = [float(e["cpu_paint_ms"]) for e in edits]  # type: ignore[arg-type]
    kinds = sorted({str(e["kind"]) for e in edits})
    by_kind = ", ".join(
        f"{k} {statistics.median(float(e['ms']) for e in edits if e['kind'] == k):.0f}"  # type: ignore[arg-type]
        for k in kinds
    )
    value = statistics.median(wall)
    return Row(
        what,
        value,
        "ms",
        target + " (median)",
        value <= 20,
        note=f"{len(edits)} edits in the real MainWindow offscreen on {data.name} "
        f"(bench/probes/edit_findings.py: add an Aalto course, change an exercise group, "
        f"remove an item, undo), from the call that issues the edit to the end of the "
        f"window's repaint pass that shows the findings: median {value:.0f} ms, "
        f"p95 {_p95(wall):.0f} ms; CPU per edit median {statistics.median(cpu):.0f} ms, "
        f"p95 {_p95(cpu):.0f} ms (of it the repaint {statistics.median(paint):.0f} ms; "
        f"less sensitive to the machine's load than wall time); median by kind: {by_kind}",
    )


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def search_row(data: DataSet, rows: int) -> Row:
    target = "≤ 30 ms per keystroke"
    what = f"catalogue search-as-you-type over {rows:,} rows"
    try:
        out = _probe("catalogue_search.py", current().db(data.url), str(rows))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return missing(what, target, str(exc))
    times: list[float] = out["keystrokes_ms"]  # type: ignore[assignment]
    med, worst = statistics.median(times), max(times)
    what = f"catalogue search-as-you-type over {out['rows']:,} rows"
    return Row(
        what,
        med,
        "ms",
        target + " (median)",
        med <= 30,
        note=f"{len(times)} keystrokes in the real CataloguePanel (QLineEdit → search → "
        f"table repainted), offerings spread over the whole catalogue; slowest {worst:.0f} ms; "
        f"rows matching each query: {out.get('matches', {})}",
    )


def _first_line(cmd: list[str], marker: str, *, then: str | None = None) -> tuple[float, float]:
    """Seconds from spawning ``cmd`` to a stdout/stderr line containing
    ``marker`` (and, if given, to one containing ``then``)."""
    env = _env()
    env["SCHOOLAAS_TIMING"] = "1"
    began = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    first = second = float("nan")
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            now = time.perf_counter() - began
            if marker in line and first != first:
                first = now
                if then is None:
                    break
            elif then is not None and then in line:
                second = now
                break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return first, second


def start_row(demo: DataSet | None, runs: int) -> Row:
    what = "cold start to painted main window (demo DB)"
    target = "≤ 1.5 s and ≤ 2.5× bare window"
    if demo is None:
        return missing(what, target, "no demo database could be built")
    bare_cmd = [sys.executable, str(PROBES / "bare_window.py")]
    app_cmd = [sys.executable, "-m", "schoolaas", "--db", demo.url]
    _first_line(bare_cmd, "first paint")  # warm the file cache and .pyc files once
    _first_line(app_cmd, "first paint", then="database opened")
    bare, app, ready = [], [], []
    for _ in range(runs):
        bare.append(_first_line(bare_cmd, "first paint")[0])
        paint, opened = _first_line(app_cmd, "first paint", then="database opened")
        app.append(paint)
        ready.append(opened)
    b, a, r = (statistics.median(x) for x in (bare, app, ready))
    if a != a:
        return missing(what, target, "the app printed no 'first paint' line")
    ratio = a / b
    return Row(
        what,
        a,
        "s",
        target,
        a <= 1.5 and ratio <= 2.5,
        baseline=f"bare PySide6 window {b:.2f} s → {ratio:.1f}×",
        note=f"median of {runs} runs of `python -m schoolaas --db demo` (offscreen) to "
        f"the window's first paint event; database opened, plan shown at {r:.2f} s",
    )


def _peak_mb(espoo: DataSet, tree: Tree) -> tuple[float, dict[str, object]]:
    db = scratch(tree.db(espoo.url))  # it edits: a copy
    out = _probe("app_session.py", "memory", db, "5", timeout=900, tree=tree)
    hwm = out.get("hwm_mb")
    return float(hwm if hwm is not None else out["maxrss_mb"]), out  # type: ignore[arg-type]


def memory_row(espoo: DataSet, trees: tuple[Tree, Tree | None]) -> Row:
    what = "peak memory of the app on espoo"
    target = "≤ 250 MB"
    after, before = trees
    try:
        old = _peak_mb(espoo, before)[0] if before is not None else None
        mb, out = _peak_mb(espoo, after)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return missing(what, target, str(exc))
    return Row(
        what,
        mb,
        "MB",
        target,
        mb <= 250,
        note=f"peak resident memory (VmHWM) of bench/probes/app_session.py: the real "
        f"MainWindow opening espoo ({out['offerings']:,} offerings, "
        f"{out['students']:,} students, opened in {float(out['opened_s']):.1f} s), "  # type: ignore[arg-type]
        "browsing 20 students, 5 edits + undo, a catalogue search, 'fits my timetable'",
        before=old,
    )
