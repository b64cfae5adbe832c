"""Benchmarks of issues 7 and 11: how fast the planner is at one school and
at the scale of Espoo, this tree ("after") against a baseline commit
("before", default 15b781a) measured in the same run.

    uv run python bench/run.py                  # full data sets (built once into bench/out/)
    uv run python bench/run.py --quick          # 10 % data sets, one repeat: a smoke run
    uv run python bench/run.py --only check,pg  # groups: audit, check, pg, ui, start
    uv run python bench/run.py --pg auto        # PostgreSQL rows on a throw-away server
    uv run python bench/run.py --baseline none  # this tree alone

Prints one table (before, after, target, pass/MISS) and writes it to
bench/out/results.json and bench/out/results.md. Stops with an error when
the two trees' audits differ on any plan (the digest rows). Not part of the
test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cases_audit  # noqa: E402
import cases_ui  # noqa: E402
import datasets  # noqa: E402
import postgres  # noqa: E402
import trees  # noqa: E402
from results import Row, table  # noqa: E402

GROUPS = ("audit", "check", "pg", "ui", "start")


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        mem = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        mem = "?"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"load average {load}; {os.cpu_count()} CPUs ({cpu}), {mem} RAM, "
        f"Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; commit {commit or '?'}; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


@contextlib.contextmanager
def _postgres(pg: str | None) -> Iterator[str | None]:
    if pg == "auto":
        with postgres.server() as url:
            yield url
    else:
        yield pg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 %% data sets, one repeat")
    parser.add_argument("--only", default="audit,check,pg,ui,start", help=f"of {', '.join(GROUPS)}")
    parser.add_argument("--rebuild", action="store_true", help="build the data sets again")
    parser.add_argument(
        "--src", help="measure another tree's src/ as 'after' (its src first on every path)"
    )
    parser.add_argument(
        "--baseline",
        default=trees.BASELINE,
        help="commit measured as 'before' in the same run (a git worktree), or 'none'",
    )
    parser.add_argument(
        "--pg", help="PostgreSQL URL of an empty (or espoo-filled) database, or 'auto'"
    )
    parser.add_argument("--repeats", type=int, help="check --all runs per tree (default 3)")
    parser.add_argument(
        "--findings-changed",
        action="store_true",
        help="the findings are meant to differ from the baseline's (audit fixes since): "
        "report the digests side by side instead of stopping",
    )
    parser.add_argument(
        "--naive-every", type=int, default=10, help="time the naive baseline on every Nth plan"
    )
    args = parser.parse_args(argv)
    if args.src:
        src = str(Path(args.src).resolve())
        sys.path.insert(0, src)
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (src, os.environ.get("PYTHONPATH")) if p
        )
    only = set(args.only.split(","))
    factor = 0.1 if args.quick else 1.0
    repeats = args.repeats or (1 if args.quick else 3)
    after = trees.current(args.src)
    before = None if args.baseline == "none" else trees.baseline(args.baseline)
    both = (after, before)
    for tree in both:
        if tree is not None:
            trees.compile_sources(tree)

    started = time.perf_counter()
    one = datasets.ensure("one-school", factor=factor, rebuild=args.rebuild, baseline=before)
    espoo = datasets.ensure("espoo", factor=factor, rebuild=args.rebuild, baseline=before)
    rows: list[Row] = []
    for data in (one, espoo):
        info = data.info
        rows.append(
            Row(
                f"build {data.name} ({info['counts']['student']:,} students, "
                f"{info['counts']['plan_item']:,} plan items, "
                f"{info['counts']['session']:,} sessions)",
                info["build_seconds"],
                "s",
                "(info)",
                None,
                baseline=f"SQLite file {info['size_mb']} MB",
            )
        )

    def step(name: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {name}", flush=True)

    if "check" in only:
        step("the audit of every plan, both trees: identical?")
        for data in (one, espoo):
            rows.append(cases_audit.digest_row(data, both, changed=args.findings_changed))
    if "audit" in only:
        step("audit of one student")
        rows += cases_audit.audit_rows(one, 1 if args.quick else 3)
    if "check" in only:
        step("check --all on one-school, both trees")
        rows.append(cases_audit.check_row(one, both, repeats, 2))
        step("check --all on espoo, both trees")
        check = cases_audit.check_row(espoo, both, repeats, 4)
        rows.append(check)
        step("the naive all-pairs overlap check on espoo")
        naive, how = cases_audit.naive_seconds(espoo, max(1, args.naive_every))
        assert check.value is not None
        rows.append(cases_audit.ratio_row(naive, how, check.value, check.before))
    if "pg" in only and args.pg:
        step("check --all on espoo over PostgreSQL, both trees")
        with _postgres(args.pg) as url:
            assert url is not None
            rows.append(cases_audit.postgres_row(espoo, both, repeats, url))
    if "ui" in only:
        step("edit → findings shown in the app, on espoo")
        rows.append(cases_ui.edit_row(espoo, 3 if args.quick else 6))
        step("catalogue search")
        rows.append(cases_ui.search_row(espoo, 10_000))
        step("peak memory on espoo, both trees")
        rows.append(cases_ui.memory_row(espoo, both))
    if "start" in only:
        step("cold start")
        rows.append(cases_ui.start_row(datasets.ensure_demo(), 3 if args.quick else 5))

    text = table(rows, before.label if before else "before")
    mode = "--quick (10 %)" if args.quick else "full"
    code = args.src or "this work tree"
    header = f"Machine: {machine()}\nMode: {mode}; after: {code}; before: {args.baseline}\n"
    print()
    print(header)
    print(text)
    out = datasets.OUT
    tag = ("-quick" if args.quick else "") + ("-src" if args.src else "")
    (out / f"results{tag}.md").write_text(header + "\n" + text + "\n")
    (out / f"results{tag}.json").write_text(
        json.dumps({"machine": machine(), "rows": [r.as_dict() for r in rows]}, indent=1)
    )
    return 0 if all(r.passed is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
