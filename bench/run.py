"""Benchmarks of issue 7: how fast the planner is at one school and at the
scale of Espoo.

    uv run python bench/run.py            # full data sets (built once into bench/out/)
    uv run python bench/run.py --quick    # 10 % data sets, fewer repeats: a smoke run
    uv run python bench/run.py --only audit,check,ui --rebuild

Prints one table: measured value, target, pass/MISS, and for ratios the
baseline measured in the same run; also writes bench/out/results.json and
bench/out/results.md. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# catalogues kept on disk between runs (services/catalogue_cache.py) go
# next to the data sets, not into the user's cache
os.environ.setdefault("SCHOOLAAS_CACHE_DIR", str(HERE / "out" / "cache"))

import cases_audit  # noqa: E402
import cases_ui  # noqa: E402
import datasets  # noqa: E402
from results import Row, table  # noqa: E402

GROUPS = ("audit", "check", "ui", "start")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 %% data sets, fewer repeats")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"of {', '.join(GROUPS)}")
    parser.add_argument("--rebuild", action="store_true", help="build the data sets again")
    parser.add_argument(
        "--src",
        help="run against another source tree (e.g. one with bench/patches applied): "
        "its src/ folder goes first on the path of this process and of every probe",
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
    repeats = 1 if args.quick else 3

    started = time.perf_counter()
    one = datasets.ensure("one-school", factor=factor, rebuild=args.rebuild)
    espoo = datasets.ensure("espoo", factor=factor, rebuild=args.rebuild)
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

    if "audit" in only:
        step("audit of one student")
        rows += cases_audit.audit_rows(one, repeats)
    if "check" in only:
        step("check --all on one-school")
        rows += cases_audit.check_one_school(one)
        step("check --all on espoo and the naive baseline")
        rows += cases_audit.check_espoo(espoo, max(1, args.naive_every))
    if "ui" in only:
        step("re-audit after an edit in the app")
        rows.append(cases_ui.edit_row(one, 6 if args.quick else 12))
        step("catalogue search")
        rows.append(cases_ui.search_row(espoo, 10_000))
        step("peak memory on espoo")
        rows.append(cases_ui.memory_row(espoo))
    if "start" in only:
        step("cold start")
        rows.append(cases_ui.start_row(datasets.ensure_demo(), 3 if args.quick else 5))

    text = table(rows)
    mode = "--quick (10 %)" if args.quick else "full"
    header = f"Machine: {machine()}\nMode: {mode}; code: {args.src or 'this work tree'}\n"
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
