"""File → Import…: choose what to import and the file, see the dry-run
report (what would be added, updated, skipped and why), then import with a
progress bar. Both runs happen on a worker thread; the import is one
transaction in the services, so Cancel or an error leaves the data as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schoolaas.data.engine import HasEngine
from schoolaas.services.errors import PlannerError
from schoolaas.services.imports.files import DESCRIPTIONS, ImportKind, import_file
from schoolaas.services.imports.report import ImportReport

_FILTERS = {
    ImportKind.AALTO: "JSON (*.json);;All files (*)",
    ImportKind.ICS: "iCalendar (*.ics *.ical);;All files (*)",
    ImportKind.CURRICULUM: "Curriculum (*.json *.csv);;All files (*)",
    ImportKind.TRAY: "CSV (*.csv *.txt);;All files (*)",
    ImportKind.PLAN: "Plan file (*.json);;All files (*)",
    ImportKind.LOCAL_COURSES: "CSV (*.csv *.txt);;All files (*)",
}


class _Worker(QObject):
    """Runs one import (or dry run) off the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, workspace: HasEngine, kind: str, path: str, dry_run: bool,
                 course: str | None) -> None:  # fmt: skip
        super().__init__()
        self.args = (workspace, kind, path, dry_run, course)

    @Slot()
    def run(self) -> None:
        workspace, kind, path, dry_run, course = self.args
        try:
            report = import_file(
                workspace, kind, path, dry_run=dry_run, course=course,
                progress=lambda done, total: self.progressed.emit(done, total),
            )  # fmt: skip
        except PlannerError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # never let a worker die silently
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(report)


class ImportDialog(QDialog):
    """Signals: ``checked(object)`` after a dry run, ``imported(object)``
    after an import (both with the ImportReport), ``failed(str)``."""

    checked = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace: HasEngine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Import"))
        self.resize(720, 520)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._checked_for: tuple[str, str, str] | None = None
        self.last_report: ImportReport | None = None

        self.kind = QComboBox(self)
        for kind in ImportKind:
            self.kind.addItem(self.tr(DESCRIPTIONS[kind]), kind.value)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.course = QLineEdit(self)
        self.course.setPlaceholderText(self.tr("Course code for events that name none"))
        self.course_label = QLabel(self.tr("Course:"), self)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.course_label, self.course)

        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setFont(QFont("monospace"))
        self.report.setPlaceholderText(
            self.tr("Check the file first: the report shows what the import would change.")
        )
        self.report.setAccessibleName(self.tr("Import report"))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = self.buttons.addButton(
            self.tr("Check file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_input_changed)
        self.path.textChanged.connect(self._on_input_changed)
        self.course.textChanged.connect(self._on_input_changed)
        self._on_input_changed()

    # --- state ---------------------------------------------------------------

    def _current(self) -> tuple[str, str, str]:
        return (str(self.kind.currentData()), self.path.text().strip(), self.course.text().strip())

    def set_file(self, kind: ImportKind | str, path: str | Path) -> None:
        self.kind.setCurrentIndex(self.kind.findData(ImportKind(kind).value))
        self.path.setText(str(path))

    @Slot()
    def _on_input_changed(self) -> None:
        is_ics = self.kind.currentData() == ImportKind.ICS.value
        self.course.setVisible(is_ics)
        self.course_label.setVisible(is_ics)
        busy = self._thread is not None
        self.check_button.setEnabled(bool(self.path.text().strip()) and not busy)
        self.import_button.setEnabled(self._checked_for == self._current() and not busy)

    @Slot()
    def _on_browse_clicked(self) -> None:
        kind = ImportKind(self.kind.currentData())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), self.path.text(), self.tr(_FILTERS[kind])
        )
        if name:
            self.path.setText(name)

    # --- running -------------------------------------------------------------

    @Slot()
    def _on_check_clicked(self) -> None:
        self._checked_for = None
        self._start(dry_run=True)

    @Slot()
    def _on_import_clicked(self) -> None:
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        kind, path, course = self._current()
        self.report.setPlainText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.setVisible(True)
        worker = _Worker(self.workspace, kind, path, dry_run, course or None)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._thread, self._worker = thread, worker
        self._dry_run, self._started_for = dry_run, (kind, path, course)
        self._on_input_changed()
        thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = self._worker = None
        self.progress.setVisible(False)

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _on_worker_finished(self, report: ImportReport) -> None:
        self._stop_thread()
        self.last_report = report
        self.report.setPlainText("\n".join(report.lines(limit=200)))
        if self._dry_run:
            self._checked_for = self._started_for
            self._on_input_changed()
            self.checked.emit(report)
        else:
            self._checked_for = None  # import again only after a new check
            self._on_input_changed()
            self.imported.emit(report)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._stop_thread()
        self._checked_for = None
        self.report.setPlainText(self.tr("Nothing was imported.") + "\n" + message)
        self._on_input_changed()
        self.failed.emit(message)

    def reject(self) -> None:
        if self._thread is not None:
            return  # the import finishes (or rolls back) on its own; wait for it
        super().reject()


def open_import_dialog(parent: QWidget | None, workspace: HasEngine) -> ImportReport | None:
    """Show the dialog modally; the report of the last import, if any."""
    dialog = ImportDialog(workspace, parent)
    imported: list[ImportReport] = []
    dialog.imported.connect(imported.append)
    dialog.exec()
    return imported[-1] if imported else None
