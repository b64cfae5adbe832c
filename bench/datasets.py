"""The benchmark databases under bench/out/: built once, reused after.

A data set is built into a temporary file and renamed when complete, so an
interrupted build never leaves a half-filled database behind. Its build time,
size and row counts are kept next to it in ``<name>.json``.

Also a command (the benchmark data is not part of the product's CLI):

    uv run python bench/datasets.py build one-school|espoo --db URL [--seed N] [--factor F]

fills an empty database (SQLite file or PostgreSQL URL) with a data set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class DataSet:
    name: str  # "one-school", "espoo", "demo"
    path: Path
    info: dict[str, Any]

    @property
    def url(self) -> str:
        return str(self.path)


def _file(name: str, factor: float) -> Path:
    suffix = "" if factor == 1 else f"-{round(factor * 100)}pct"
    return OUT / f"{name}{suffix}.sqlite3"


def ensure(
    name: str, *, factor: float = 1.0, rebuild: bool = False, say=print, baseline: Any = None
) -> DataSet:
    """The data set ``name`` at ``factor``, built if missing. With a
    ``baseline`` tree (bench/trees.Tree) it is built by the baseline's own
    command, in the baseline's schema: the baseline reads it as built and
    this tree a migrated copy (trees.own_copy); a file in this tree's newer
    schema could not be opened by the baseline."""
    path = _file(name, factor)
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not rebuild:
        return DataSet(name, path, json.loads(meta.read_text()))
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    say(f"building {name} (factor {factor}) into {path} ...")
    started = time.perf_counter()
    if baseline is None:
        counts = _build_here(tmp, name, factor, say)
    else:
        counts = _build_by(baseline, tmp, name, factor)
    seconds = time.perf_counter() - started
    os.replace(tmp, path)
    info = {
        "name": name,
        "factor": factor,
        "build_seconds": round(seconds, 2),
        "size_mb": round(path.stat().st_size / 1e6, 1),
        "counts": counts,
    }
    meta.write_text(json.dumps(info, indent=1))
    return DataSet(name, path, info)


def _build_here(tmp: Path, name: str, factor: float, say) -> dict[str, int]:
    from schoolaas.data.engine import make_engine
    from schoolaas.data.schema import migrate
    from schoolaas.seed.scale import build_scale

    engine = make_engine(str(tmp))
    migrate(engine)
    report = build_scale(engine, name, seed=0, factor=factor, progress=lambda t: say(f"  {t}"))
    engine.dispose()  # checkpoints the WAL into the file
    return dict(report.counts)


def _build_by(baseline: Any, tmp: Path, name: str, factor: float) -> dict[str, int]:
    """Built by the baseline's ``schoolaas scale`` (its product command then)."""
    import sqlite3
    import subprocess

    cmd = [sys.executable, "-m", "schoolaas", "scale", name, "--factor", str(factor)]
    done = subprocess.run(
        [*cmd, "--db", str(tmp)], capture_output=True, text=True, env=baseline.env(), check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"building {name} with the baseline failed: {done.stderr[-300:]}")
    with sqlite3.connect(tmp) as conn:
        tables = ("student", "offering", "session", "plan_item")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def ensure_demo(*, rebuild: bool = False, say=print) -> DataSet | None:
    """The demo database (the demo engineer's build_demo), if it exists yet."""
    path = OUT / "demo.sqlite3"
    if path.exists() and not rebuild:
        return DataSet("demo", path, {})
    try:
        from schoolaas.seed.demo import build_demo
        from schoolaas.services.workspace import Workspace

        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        say("building the demo database ...")
        ws = Workspace.open(str(tmp), first_run=lambda ws: build_demo(ws, reset=False))
        empty = ws.is_empty()
        ws.close()
    except ImportError as exc:
        say(f"  no demo yet ({exc})")
        return None
    if empty:
        say("  the demo build left the database empty")
        return None
    os.replace(tmp, path)
    return DataSet("demo", path, {})


def build_into(url: str, name: str, *, seed: int = 0, factor: float = 1.0, say=print) -> str:
    """Fills the empty database at ``url`` with the data set ``name``; the
    summary line. InvalidInput when the database holds data already or the
    arguments are out of range."""
    from schoolaas.seed.scale import build_scale
    from schoolaas.services.errors import InvalidInput
    from schoolaas.services.workspace import Workspace

    if not 0 < factor <= 1:
        raise InvalidInput(f"--factor must be in (0, 1], got {factor}")
    ws = Workspace.open(url)
    try:
        if not ws.is_empty():
            raise InvalidInput(
                f"The database {ws.where} already holds students or courses; "
                "give an empty one with --db."
            )
        report = build_scale(
            ws.engine, name, seed=seed, factor=factor, progress=lambda t: say(f"  {t}")
        )
    finally:
        ws.close()
    counts = report.counts
    return (
        f"{name}: {counts.get('student', 0):,} students, "
        f"{counts.get('offering', 0):,} offerings, {counts.get('session', 0):,} sessions, "
        f"{counts.get('plan_item', 0):,} plan items in {report.seconds:.1f} s -> {ws.where}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The benchmark data sets.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="fill an empty database with a generated benchmark data set",
        description="Build the 'one-school' (700 students) or 'espoo' (11 schools, "
        "7,700 students) data set into an empty database: SQLite file or PostgreSQL URL.",
    )
    build.add_argument("name", choices=["one-school", "espoo"], help="which data set")
    build.add_argument("--db", required=True, help="SQLite file or database URL")
    build.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    build.add_argument(
        "--factor", type=float, default=1.0, help="scale students and courses, 0 < F <= 1"
    )
    args = parser.parse_args(argv)
    from schoolaas.services.errors import PlannerError

    try:
        line = build_into(
            args.db,
            args.name,
            seed=args.seed,
            factor=args.factor,
            say=lambda text: print(text, file=sys.stderr),
        )
    except PlannerError as exc:
        print(f"datasets: {exc}", file=sys.stderr)
        return 2
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
