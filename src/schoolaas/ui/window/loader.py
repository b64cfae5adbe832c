"""Open the database off the GUI thread, so the window paints at once and
stays responsive while the schema is migrated, the demo is built (first
run) and the catalogue is loaded."""

from __future__ import annotations

import linecache
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from schoolaas.services.errors import PlannerError
from schoolaas.services.views import StudentView

if TYPE_CHECKING:  # imported in the worker: the window paints before SQLAlchemy loads
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.workspace import Workspace


@dataclass(frozen=True)
class Opened:
    workspace: Workspace
    catalogue: Catalogue
    students: list[StudentView]
    seconds: float


class OpenDatabase(QThread):
    """Emits ``opened(Opened)``, ``failed(str)`` with a readable message, or
    ``missing(path)`` when ``url`` names an SQLite file that is not there
    (a mistyped path: the window asks before an empty one is made; with
    ``create`` it is made, empty)."""

    opened = Signal(object)
    failed = Signal(str)
    missing = Signal(str)

    def __init__(
        self,
        url: str | None,
        *,
        first_run: Callable[[Workspace], object] | None = None,
        create: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.url = url
        self.first_run = first_run
        self.create = create

    def run(self) -> None:
        began = time.perf_counter()
        try:
            from schoolaas.data.url import EMPTY_URL, is_blank, missing_database
            from schoolaas.services.workspace import Workspace

            if is_blank(self.url):
                self.failed.emit(EMPTY_URL)
                return
            absent = missing_database(self.url)
            if absent is not None and not self.create:
                self.missing.emit(str(absent))
                return
            first_run = None if absent is not None else self.first_run  # asked for: empty
            ws = Workspace.open(self.url, first_run=first_run)
            # PySide6's import hook has read the source of every module imported
            # since it (inspect.getsource, looking for "from __feature__ import"),
            # and linecache keeps every line: some 28 MB with the database code.
            # Dropped before the catalogue is loaded, which reuses the memory;
            # a traceback reads its file again.
            linecache.clearcache()
            catalogue = ws.catalogue()
            # "fits my timetable" follows the first plan shown; its day index
            # is worked out here, not in the window's thread (0.8 s on espoo)
            catalogue.timetable.prepare_offerings()
            students = ws.students()
        except PlannerError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # never let a worker die silently
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.opened.emit(Opened(ws, catalogue, students, time.perf_counter() - began))
