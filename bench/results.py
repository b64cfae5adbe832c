"""One row of the benchmark table and how the table prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Row:
    what: str
    value: float | None  # None: could not be measured (see note)
    unit: str
    target: str
    passed: bool | None
    baseline: str = ""  # how the baseline or the ratio's parts measured in the same run
    note: str = ""
    before: float | None = None  # the same measurement on the baseline tree, same run

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def missing(what: str, target: str, note: str) -> Row:
    return Row(what, None, "", target, None, note=note)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def timed_both(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call: CPU time shows the cost when other
    processes compete for the cores."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _value(row: Row, value: float | None) -> str:
    if value is None:
        return "not measured"
    return f"{value:,.1f} {row.unit}".strip()


def _verdict(row: Row) -> str:
    return {True: "pass", False: "MISS", None: "–"}[row.passed]


def table(rows: list[Row], before: str = "before") -> str:
    head = ["what", before, "after", "target", "result", "parts (same run)"]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
    ]
    for r in rows:
        old = _value(r, r.before) if r.before is not None else "–"
        cells = [r.what, old, _value(r, r.value), r.target, _verdict(r), r.baseline]
        lines.append("| " + " | ".join(cells) + " |")
    notes = [f"- {r.what}: {r.note}" for r in rows if r.note]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)
