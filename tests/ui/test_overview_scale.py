"""The overview on the 700-student "one-school" data set opens without
freezing the window: rows come from a worker thread while a timer keeps
ticking. Slow (builds the data set and audits 700 plans)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from schoolaas.seed.scale import build_scale
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import Options
from schoolaas.ui.overview.window import OverviewWindow

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_700_students_load_without_freezing(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(str(tmp_path / "one-school.sqlite3"))
    build_scale(ws.engine, "one-school")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    window = OverviewWindow(ws, Options(tmp_path / "o.ini"), lambda s, p: None)
    qtbot.addWidget(window)
    shown = time.perf_counter() - started
    with qtbot.waitSignal(window.rows_listed, timeout=30_000):
        window.show()
    assert window.model.rowCount() == 700  # names listed before the audit is done
    assert not window.model.row(0).audited
    with qtbot.waitSignal(window.rows_loaded, timeout=120_000) as blocker:
        pass
    timer.stop()
    assert blocker.args == [700]
    assert all(r.audited for r in window.model.rows())
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(
        f"\noverview 700: window {shown * 1000:.0f} ms, listed {window.list_seconds:.2f} s, "
        f"audited {window.load_seconds:.1f} s, "
        f"{len(ticks)} ticks, longest gap {max(gaps) * 1000:.0f} ms"
    )
    assert shown < 1.0  # the window appears before any auditing
    assert len(ticks) > 10  # the event loop ran while the worker audited
    assert max(gaps) < 1.0  # never frozen for a second
    ws.close()
