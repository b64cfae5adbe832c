"""The overview on the 700-student "one-school" data set opens without
freezing the window: the rows come from a worker thread in two steps (the
plain list, then the audit), and the window's event loop keeps running while
the worker audits. Slow (builds the data set and audits 700 plans).

Behaviour only, no clock: how long the window may pause is a speed question
for bench/, not a threshold that a busy machine can break."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from schoolaas.seed.scale import build_scale
from schoolaas.services.people import students as student_service
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import Options
from schoolaas.ui.overview.window import OverviewWindow

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("propagateSizeHints")]

HANDSHAKE_LIMIT = 120  # seconds: only a window that never runs its event loop gets near


def test_700_students_load_without_freezing(tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(str(tmp_path / "one-school.sqlite3"))
    build_scale(ws.engine, "one-school")
    gui_thread = threading.get_ident()
    auditing = threading.Event()  # the worker is inside the audit
    gui_ran = threading.Event()  # the window's event loop ran meanwhile
    audit_threads: list[int] = []
    handshakes: list[bool] = []
    ticks_while_auditing = 0
    real_add_audits = student_service.add_audits

    def add_audits(*args: Any, **kwargs: Any) -> Any:
        audit_threads.append(threading.get_ident())
        auditing.set()
        # The worker audits only after the window has handled an event of its
        # own meanwhile: a window blocked by the audit (or auditing on its own
        # thread) never does, and the handshake fails.
        handshakes.append(gui_ran.wait(HANDSHAKE_LIMIT))
        try:
            return real_add_audits(*args, **kwargs)
        finally:
            auditing.clear()

    def tick() -> None:
        nonlocal ticks_while_auditing
        if auditing.is_set():
            ticks_while_auditing += 1
            gui_ran.set()

    monkeypatch.setattr(student_service, "add_audits", add_audits)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window = OverviewWindow(ws, Options(tmp_path / "o.ini"), lambda s, p: None)
    qtbot.addWidget(window)
    # The window is built before any row: they come from the worker.
    assert window.model.rowCount() == 0
    assert window.is_loading()
    with qtbot.waitSignal(window.rows_listed, timeout=30_000):
        window.show()
    assert window.model.rowCount() == 700  # names listed before the audit is done
    assert not window.model.row(0).audited
    with qtbot.waitSignal(window.rows_loaded, timeout=120_000) as blocker:
        pass
    timer.stop()
    assert blocker.args == [700]
    assert all(r.audited for r in window.model.rows())
    assert len(audit_threads) == 1  # one audit of all plans ...
    assert audit_threads[0] != gui_thread  # ... off the GUI thread
    assert handshakes == [True]  # the event loop ran while the worker audited
    assert ticks_while_auditing >= 1
    print(
        f"\noverview 700: listed {window.list_seconds:.2f} s, audited {window.load_seconds:.1f} s, "
        f"{ticks_while_auditing} timer ticks handled while auditing"
    )
    ws.close()
