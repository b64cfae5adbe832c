"""The seat allocation of the seats dialog (seats_dialog.py) in a thread
of its own: one school's allocation (services/suggest/seats.py) and who
holds each plan. A cancelled run is let go: it ends on its own, unheard,
and the application waits for it before it quits."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal

from schoolaas.domain.calendar import year_of
from schoolaas.domain.suggest.solve import Cancel
from schoolaas.services.errors import PlannerError
from schoolaas.services.suggest.seats import allocate_seats
from schoolaas.ui.dialogs.seats_report import Pupil

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace


class AllocationRun(QThread):
    """One school's allocation and who holds each plan, in a thread of its
    own (it ends when ``run`` returns; nothing waits on its event loop)."""

    done = Signal(object)  # (Allocation, {plan id: Pupil})
    failed = Signal(str)

    def __init__(
        self, ws: Workspace, school: str, today: date, seed: int, seconds: int, cancel: Cancel
    ) -> None:
        super().__init__()  # no parent: a cancelled run may outlive the dialog
        self.ws, self.school, self.today = ws, school, today
        self.seed, self.seconds, self.cancel = seed, seconds, cancel

    def run(self) -> None:
        try:
            allocation = allocate_seats(
                self.ws,
                self.school,
                today=self.today,
                seed=self.seed,
                time_limit=float(self.seconds),
                cancel=self.cancel,
            )
            first = int(year_of(self.today)[:4])
            students = {s.id: s for s in self.ws.students(school=self.school)}
            pupils = {}
            for plan in self.ws.active_plans(school=self.school):
                s = students.get(plan.student_id)
                if s is not None:
                    pupils[plan.id] = Pupil(s.name, s.number, first - s.start_year + 1)
        except PlannerError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # shown in the dialog, not lost in the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit((allocation, pupils))


_LEFT: list[AllocationRun] = []  # cancelled runs ending on their own


def let_go(run: AllocationRun) -> None:
    """A cancelled run, left to end on its own (reading a big school's plans
    does not stop at once): nobody hears its result; the application waits
    for it before it quits."""
    run.done.disconnect()
    run.failed.disconnect()
    _LEFT[:] = [r for r in _LEFT if not r.isFinished()]
    _LEFT.append(run)
    app = QCoreApplication.instance()
    if app is not None and not app.property("seats_runs_awaited"):
        app.setProperty("seats_runs_awaited", True)
        app.aboutToQuit.connect(wait_for_runs)


def wait_for_runs() -> None:
    """Wait until the cancelled runs have ended (before the app quits; tests)."""
    for run in list(_LEFT):
        run.wait()
    _LEFT.clear()
