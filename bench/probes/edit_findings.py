"""Edit → findings shown: what a user waits for after an edit in the real
main window (offscreen), on a database.

Opens the window, then for a spread of students makes edits of four kinds
as the user would through the window's edit part: add an Aalto course (the
"Add anyway?" question answered yes), change the exercise group of an
item, remove an item, and undo (Ctrl+Z, the last edit). Each edit is timed
from the call that issues it until the event loop has run the turn that
shows it: the plan service stored it and worked out the new state, the
window showed it and the audit pane and plan table were repainted. The
catalogue's "fits my timetable", which follows 120 ms later, is let run
between edits (a user does not edit every millisecond), outside the time.

Prints one JSON line: per edit its kind, wall ms and the process's CPU ms
until the end of the window's first repaint pass after it (and the CPU ms
of that pass alone: "cpu_paint_ms"), and the ms of
the whole event-loop turn (which may include "fits" when the machine is
slow enough for its 120 ms to pass).
Usage: edit_findings.py URL [ROUNDS]"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from schoolaas.domain.model import GroupKind
from schoolaas.ui import options as opt
from schoolaas.ui.window.main_window import MainWindow

url = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8


class _Timed(MainWindow):
    """The main window, noting when a repaint pass of it ended (Qt paints
    every changed widget of a window, then puts the picture on screen, in
    one UpdateRequest): then the user sees the new findings."""

    painted: tuple[float, float] | None = None  # (wall, CPU) of the first pass after an edit

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and self.painted is None:
            self.painted = (time.perf_counter(), time.process_time())
        return handled


app = QApplication(sys.argv[:1])
window = _Timed(opt.Options(Path(tempfile.mkdtemp()) / "bench.ini"))
window.show()
loop = QEventLoop()
window.database_opened.connect(loop.quit)
window.database_failed.connect(lambda message: (print(message, file=sys.stderr), loop.quit()))
began = time.perf_counter()
QTimer.singleShot(0, lambda: window.open_database(url, create_demo=False))
QTimer.singleShot(180_000, loop.quit)
loop.exec()
opened_s = time.perf_counter() - began
if window.workspace is None or window.catalogue is None:
    print(json.dumps({"error": "database did not open"}), flush=True)
    sys.exit(1)
cat = window.catalogue
edits = window.edits
edits.ask_add_anyway = lambda *question: True  # a clash is asked about; the user goes ahead


def settle(ms: int = 300) -> None:
    """Let the event loop run (the deferred "fits my timetable" included)."""
    wait = QEventLoop()
    QTimer.singleShot(ms, wait.quit)
    wait.exec()


samples: list[dict[str, object]] = []


def timed(kind: str, edit: Callable[[], object]) -> None:
    window.painted = None
    wall, cpu = time.perf_counter(), time.process_time()
    accepted = edit()
    cpu_shown = time.process_time()
    app.processEvents()  # the state shown and repainted (then maybe "fits", if due)
    turn = time.perf_counter()
    done, cpu_done = window.painted or (turn, time.process_time())
    if accepted is False:
        print(f"{kind}: refused", file=sys.stderr)
    else:
        samples.append(
            {
                "kind": kind,
                "ms": (done - wall) * 1000,
                "cpu_ms": (cpu_done - cpu) * 1000,
                "cpu_paint_ms": (cpu_done - cpu_shown) * 1000,
                "turn_ms": (turn - wall) * 1000,
                "painted": window.painted is not None,
                "items": len(window.state.items) if window.state else 0,
                "findings": len(window.state.result.findings) if window.state else 0,
            }
        )
    settle()


aalto = sorted(o.key for o in cat.offerings.values() if o.provider == "aalto" and not o.is_exam)
courses = aalto[:: max(1, len(aalto) // 40)]
students = window.students()
picked = students[:: max(1, len(students) // rounds)][:rounds]
for n, student in enumerate(picked):
    window.open_student(student.id)
    settle()
    state = window.state
    assert state is not None
    planned = {i.offering_key for i in state.items}
    key = next(k for k in courses[n:] + courses if k not in planned)
    timed("add Aalto course", lambda key=key: edits.add_offering(key))
    state = window.state
    assert state is not None
    for item in state.items:  # another exercise group of a course that has several
        offering = cat.offerings.get(item.offering_key or "")
        if offering is None:
            continue
        exercises = [g.key for g in offering.groups if g.kind == GroupKind.EXERCISE]
        chosen = [g for g in item.group_keys if g in exercises]
        if len(exercises) > 1 and len(chosen) == 1:
            other = next(g for g in exercises if g != chosen[0])
            groups = tuple(other if g == chosen[0] else g for g in item.group_keys)
            timed("change groups", lambda i=item.id, g=groups: edits.set_groups(i, g))
            break
    state = window.state
    assert state is not None
    victim = next(i for i in state.items if i.offering_key != key)
    timed("remove item", lambda i=victim.id: edits.remove_item(i))
    timed("undo", window.undo_stack.undo)
    while window.undo_stack.canUndo():  # the student's plan as it was
        window.undo_stack.undo()
    settle()

print(
    json.dumps({"opened_s": opened_s, "students": len(students), "edits": samples}),
    flush=True,
)
window.undo_stack.clear()
window.close()
