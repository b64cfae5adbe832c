"""The first start of an offline copy: who is using it?

"Import the school package…" is for a student planning at home: they pick
the school package their counsellor published (a .zip) and then their own
plan file (NUMBER-plan.json); services/setup/home.make_home_copy builds a
new database from the two in a worker thread (the window stays usable, the
cursor busy), and the window opens it in student mode on their own plan.
The program opens that copy from then on (the start_database option). A
broken file is an error naming it and what was wrong, and leaves no
database behind. "I am a student" picks oneself among the demo school's
students; "I am a counsellor" keeps every student.

The question is a window-modal box opened with ``open()`` (never ``exec``),
and the file choices are the replaceable ``pick_package`` and
``pick_plan_file``: tests answer both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from schoolaas.ui import options as opt
from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.services.setup.home import HomeCopy

PACKAGE = "package"
STUDENT = "student"
COUNSELLOR = "counsellor"


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstStart", text)


class ModeHost(Protocol):
    """What the question needs of the window's StudentMode (ui/student/mode.py
    owns a FirstStart; naming the class here would make an import cycle)."""

    w: Any

    def choose(self) -> None: ...

    def _store(self, number: str) -> None: ...


class HomeCopyWorker(QThread):
    """Builds the student's copy off the GUI thread: ``done(HomeCopy)`` or
    ``failed(str)`` with a sentence naming the file and what was wrong."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, package: Path, plan_file: Path, target: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.package, self.plan_file, self.target = package, plan_file, target

    def run(self) -> None:
        from schoolaas.services.errors import PlannerError
        from schoolaas.services.setup.home import make_home_copy

        try:
            copy = make_home_copy(self.package, self.plan_file, self.target)
        except PlannerError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # never let a worker die silently
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.done.emit(copy)


class FirstStart(QObject):
    """The welcome question and what each answer does (part of StudentMode)."""

    def __init__(self, mode: ModeHost) -> None:
        super().__init__(mode)
        self.mode, self.w = mode, mode.w
        self.box: QMessageBox | None = None
        self.worker: HomeCopyWorker | None = None
        self.pick_package: Callable[[], Path | None] = self._ask_package
        self.pick_plan_file: Callable[[], Path | None] = self._ask_plan_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed only while an import runs: closing the window waits."""
        if watched is self.w and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def ask(self) -> QMessageBox:
        box = QMessageBox(self.w)
        box.setWindowTitle(tr("Welcome"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("Who is using SchoolaaS Planner on this computer?"))
        box.setInformativeText(
            tr(
                "A student planning at home imports the school package their counsellor "
                "published (a .zip file) and their own plan file, or tries the demo school. "
                "A counsellor plans every student's. You can change this later in the File menu."
            )
        )
        package = box.addButton(
            tr("&Import the school package…"), QMessageBox.ButtonRole.ActionRole
        )
        student = box.addButton(tr("I am a &student (demo)"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("I am a &counsellor"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(package)
        choices: dict[QAbstractButton, str] = {package: PACKAGE, student: STUDENT}
        box.buttonClicked.connect(lambda b: self.answer(choices.get(b, COUNSELLOR)))
        self.box = box
        box.open()
        return box

    def answer(self, choice: str) -> None:
        if choice == PACKAGE:
            self.import_package()
        elif choice == STUDENT:
            self.mode.choose()
        else:
            self.mode._store("")

    # the school package -------------------------------------------------------------
    def import_package(
        self, package: Path | None = None, plan_file: Path | None = None
    ) -> HomeCopyWorker | None:
        """Ask for the package and the plan file (unless given) and build the
        copy in the background; None when the student cancelled."""
        package = package or self.pick_package()
        if package is None:
            return None
        plan_file = plan_file or self.pick_plan_file()
        if plan_file is None:
            return None
        from schoolaas.services.setup.home import free_path

        worker = HomeCopyWorker(package, plan_file, free_path(self._folder(), package), self)
        worker.done.connect(self._on_worker_done)
        worker.failed.connect(lambda message: self._on_worker_failed(package, message))
        worker.finished.connect(QApplication.restoreOverrideCursor)
        worker.finished.connect(lambda: self.w.removeEventFilter(self))
        self.w.installEventFilter(self)  # closing the window waits for the import
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.w.statusBar().showMessage(fill(tr("Importing the school package %1…"), package.name))
        self.worker = worker
        worker.start()
        return worker

    def wait(self) -> None:
        """Let a running import finish (the window is closing): its thread
        must not be destroyed while it runs."""
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait()

    def _folder(self) -> Path:
        """Beside the open database (the program's own folder)."""
        from schoolaas.data.url import default_db_path, sqlite_path

        ws = self.w.workspace
        path = sqlite_path(str(ws.engine.url)) if ws is not None else None
        return path.parent if path is not None else default_db_path().parent

    def _on_worker_done(self, copy: HomeCopy) -> None:
        options = self.w.options
        options.set(opt.START_DATABASE, str(copy.path))
        options.add_recent_database(str(copy.path))
        options.reset(opt.LAST_STUDENT_ID)  # the demo's ids mean nothing in the copy
        options.reset(opt.LAST_PLAN_ID)
        if not self.w.isVisible():  # closed meanwhile: the copy opens at the next start
            return
        self.w.statusBar().showMessage(
            fill(
                tr("Welcome, %1: your school's courses and your plan are in %2"),
                copy.student_name,
                str(copy.path),
            ),
            15000,
        )
        ws = self.w.workspace
        if ws is not None:
            self.w.live.stop()
            ws.close()
            self.w.workspace = None
        self.w.open_database(str(copy.path), create_demo=False)

    def _on_worker_failed(self, package: Path, message: str) -> None:
        self.w.errors.show_error(
            fill(
                tr("The school package %1 could not be imported:\n%2\n\nNothing was saved."),
                str(package),
                message,
            )
        )

    # file choices (replaced in tests) ----------------------------------------------
    def _ask_package(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.w,
            tr("The school package from your counsellor"),
            _documents(),
            tr("School packages (*.zip *.schoolpkg);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def _ask_plan_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.w,
            tr("Your plan file from your counsellor"),
            _documents(),
            tr("Plan files (*.json);;All files (*)"),
        )
        return Path(chosen) if chosen else None


def _documents() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


__all__ = ["FirstStart", "HomeCopyWorker"]
