"""The benchmark databases under bench/out/: built once, reused after.

A data set is built into a temporary file and renamed when complete, so an
interrupted build never leaves a half-filled database behind. Its build time,
size and row counts are kept next to it in ``<name>.json``.
"""

from __future__ import annotations

import json
import os
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


def ensure(name: str, *, factor: float = 1.0, rebuild: bool = False, say=print) -> DataSet:
    """The data set ``name`` at ``factor``, built if missing."""
    from schoolaas.data.engine import make_engine
    from schoolaas.data.schema import migrate
    from schoolaas.seed.scale import build_scale

    path = _file(name, factor)
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not rebuild:
        return DataSet(name, path, json.loads(meta.read_text()))
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    say(f"building {name} (factor {factor}) into {path} ...")
    engine = make_engine(str(tmp))
    started = time.perf_counter()
    migrate(engine)
    report = build_scale(engine, name, seed=0, factor=factor, progress=lambda t: say(f"  {t}"))
    seconds = time.perf_counter() - started
    engine.dispose()  # checkpoints the WAL into the file
    os.replace(tmp, path)
    info = {
        "name": name,
        "factor": factor,
        "build_seconds": round(seconds, 2),
        "size_mb": round(path.stat().st_size / 1e6, 1),
        "counts": report.counts,
    }
    meta.write_text(json.dumps(info, indent=1))
    return DataSet(name, path, info)


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
