"""Opening a database for the main window (a part the window owns): in a
worker thread (window/loader.py) while the window says "Opening
database…" and hands the GIL back to the GUI often; a mistyped SQLite path
is asked about before an empty database is made there; what was opened is
handed to the window (``use_database``) and its last student opened."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import QMessageBox, QProgressBar, QStatusBar, QWidget

from schoolaas.ui import options as opt
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.views import StudentView
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.window.actions import WindowActions
    from schoolaas.ui.window.errors import WindowErrors
    from schoolaas.ui.window.loader import OpenDatabase, Opened


def tr(text: str) -> str:
    """The opening's words, translated under the window's context."""
    return QCoreApplication.translate("MainWindow", text)


class OpeningHost(Protocol):
    """What opening a database uses of its window (a QMainWindow)."""

    options: opt.Options
    first_run: Callable[[Workspace], object] | None
    busy: QProgressBar
    actions_: WindowActions
    errors: WindowErrors
    database_opened: SignalInstance
    database_failed: SignalInstance

    def statusBar(self) -> QStatusBar: ...
    def open_student(self, student_id: int, *, plan_id: int | None = None) -> None: ...
    def use_database(
        self, workspace: Workspace, catalogue: Catalogue, students: list[StudentView]
    ) -> None: ...


class DatabaseOpening(QObject):
    """Opens one database at a time for ``window``; ``loader`` is the worker."""

    def __init__(self, window: OpeningHost) -> None:
        super().__init__(cast(QWidget, window))
        self.w = window
        self.loader: OpenDatabase | None = None
        self._opening_url: str | None = None
        self._switch_interval = sys.getswitchinterval()

    def open(self, url: str | None, *, create_demo: bool = True, create: bool = False) -> None:
        """Open in a worker thread; the window shows "Opening database…".
        A missing SQLite file other than the default is made (empty) only
        with ``create``; without, the window asks first."""
        if self.loader is not None and self.loader.isRunning():
            return
        self.set_busy(tr("Opening database…"))
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(0.001)  # hand the GIL back to the GUI often while loading
        from schoolaas.ui.window.loader import OpenDatabase

        first_run = self.w.first_run if create_demo else None
        self.loader = OpenDatabase(url, first_run=first_run, create=create, parent=self)
        self.loader.opened.connect(self._on_loader_opened)
        self.loader.failed.connect(self._on_loader_failed)
        self._opening_url = url
        self.loader.missing.connect(self._on_loader_missing)
        self.loader.finished.connect(self._on_loader_finished)
        self.loader.start()

    def _on_loader_finished(self) -> None:
        sys.setswitchinterval(self._switch_interval)

    def set_busy(self, text: str) -> None:
        self.w.busy.show()
        self.w.statusBar().showMessage(text)
        self.w.actions_.set_enabled(False)

    def _on_loader_opened(self, opened: Opened) -> None:
        self.w.use_database(opened.workspace, opened.catalogue, opened.students)
        cat = opened.catalogue
        self.w.statusBar().showMessage(
            fill(
                tr("%1 courses, %2 students — opened in %3 s"),
                len(cat.offerings),
                len(opened.students),
                f"{opened.seconds:.1f}",
            ),
            15000,
        )
        last = self.w.options.get(opt.LAST_STUDENT_ID)
        known = {s.id for s in opened.students}
        start = last if last in known else (opened.students[0].id if opened.students else None)
        if start is not None:
            self.w.open_student(start, plan_id=self.w.options.get(opt.LAST_PLAN_ID))
        self.w.database_opened.emit()

    def _on_loader_missing(self, path: str) -> None:
        """A mistyped --db path: ask before an empty database is made there."""
        if self.loader is not None:
            self.loader.wait()  # it has said all it will
        sys.setswitchinterval(self._switch_interval)
        self.w.busy.hide()
        answer = QMessageBox.question(
            cast(QWidget, self.w),
            tr("No database"),
            plain(fill(tr("There is no database at %1.\n\nCreate an empty database there?"), path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open(self._opening_url, create_demo=False, create=True)
            return
        self._on_loader_failed(fill(tr("There is no database at %1."), path))

    def _on_loader_failed(self, message: str) -> None:
        self.w.busy.hide()
        self.w.statusBar().showMessage(tr("The database could not be opened."))
        self.w.database_failed.emit(message)
        self.w.errors.show_error(fill(tr("The database could not be opened:\n%1"), message))
