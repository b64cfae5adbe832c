"""Drive the real main window offscreen on a database.

mode "edit":   open the window, pick students, and time add-a-course (edit
               -> audit -> findings shown and repainted) and its undo.
mode "memory": open, browse students, make edits and search the catalogue,
               wait for "fits my timetable", then report the process's
               peak memory (VmHWM).
Prints one JSON line. Runs on this tree and on the bench's baseline tree
(15b781a, where the window lived in ui/main_window.py and made the edits
itself)."""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from schoolaas.ui import options as opt

try:
    from schoolaas.ui.window.main_window import MainWindow
except ImportError:  # the baseline tree
    from schoolaas.ui.main_window import MainWindow  # type: ignore[no-redef]

mode, url = sys.argv[1], sys.argv[2]
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
app = QApplication(sys.argv[:1])
options = opt.Options(Path(tempfile.mkdtemp()) / "bench.ini")
window = MainWindow(options)
if hasattr(window, "edits"):  # a clash is asked about (a modal box): the user goes ahead
    window.edits.ask_add_anyway = lambda *question: True
window.show()
loop = QEventLoop()
window.database_opened.connect(loop.quit)
window.database_failed.connect(lambda message: (print(message, file=sys.stderr), loop.quit()))
began = time.perf_counter()
QTimer.singleShot(0, lambda: window.open_database(url, create_demo=False))
QTimer.singleShot(120_000, loop.quit)
loop.exec()
opened_s = time.perf_counter() - began
if window.workspace is None:
    print(json.dumps({"error": "database did not open"}), flush=True)
    sys.exit(1)
app.processEvents()


def aalto_keys(limit: int) -> list[str]:
    cat = window.catalogue
    keys = [o.key for o in cat.offerings.values() if o.provider == "aalto" and not o.is_exam]
    return sorted(keys)[:: max(1, len(keys) // limit)][:limit]


def peak_mb() -> float | None:
    """This process's own peak resident memory (VmHWM). ru_maxrss is not
    enough: Linux carries it over exec from the forked parent, so a child of
    a big runner process reports the runner's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class _Painted(QObject):
    """Notes when the audit pane (any of its widgets) first repaints."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


painted = _Painted()
for widget in (window.audit_panel, *window.audit_panel.findChildren(QWidget)):
    widget.installEventFilter(painted)

students = window.students()
picked = students[:: max(1, len(students) // 5)][:5]
edit_ms, undo_ms, refresh_ms, turn_ms = [], [], [], []
keys = aalto_keys(edits)
for n, key in enumerate(keys):
    window.open_student(picked[n % len(picked)].id)
    app.processEvents()
    painted.at = None
    began = time.perf_counter()
    if not getattr(window, "edits", window).add_offering(key):
        continue
    app.processEvents()  # findings shown and painted (and the deferred "fits" update)
    done = time.perf_counter()
    turn_ms.append((done - began) * 1000)
    edit_ms.append(((painted.at or done) - began) * 1000)
    refresh_ms.append(window.last_refresh_ms)
    began = time.perf_counter()
    window.undo_stack.undo()
    app.processEvents()
    undo_ms.append((time.perf_counter() - began) * 1000)

out = {
    "opened_s": opened_s,
    "edit_ms": edit_ms,
    "undo_ms": undo_ms,
    "refresh_ms": refresh_ms,
    "turn_ms": turn_ms,
}
if mode == "memory":
    for s in students[:: max(1, len(students) // 20)][:20]:
        window.open_student(s.id)
        app.processEvents()
    for ch in "programming":
        QTest.keyClicks(window.catalogue_panel.search, ch)
        app.processEvents()
    # "fits my timetable" runs on a timer 120 ms after the plan is shown (each
    # step above restarts it): wait for it as the user does, so whether it is
    # in the peak does not depend on how fast the steps above ran
    QTest.qWait(300)
    out["students"] = len(students)
    out["offerings"] = len(window.catalogue.offerings)
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["hwm_mb"] = peak_mb()
print(json.dumps(out), flush=True)
window.undo_stack.clear()
window.close()
