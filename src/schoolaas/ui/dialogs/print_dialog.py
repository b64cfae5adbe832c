"""File → Print study plan… (Ctrl+P): language, the period of the week
timetable, this student or the whole home group (one merged PDF or one PDF
per student). The work runs off the GUI thread with a progress bar; the
result opens in the system's PDF viewer. Also the calendar export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.printing import reports
from schoolaas.services.printing.batch import BatchRequest, file_name, run_batch, students_of_group
from schoolaas.services.views import PlanView, StudentView
from schoolaas.services.workspace import Workspace
from schoolaas.ui.widgets.plain_text import plain, plain_label

LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))
Opener = Callable[[Path], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintDialog", text)


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintJob(QThread):
    """Runs one print job; reports progress and the written path."""

    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, work: Callable[[PrintJob], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.stop_requested = False

    def run(self) -> None:
        try:
            self.succeeded.emit(str(self._work(self)))
        except PlannerError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the user, never a silent thread death
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class PrintDialog(QDialog):
    printed = Signal(str)  # the path written

    def __init__(
        self,
        workspace: Workspace,
        student: StudentView,
        plan: PlanView,
        parent: QWidget | None = None,
        opener: Opener = open_in_viewer,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.student, self.plan = workspace, student, plan
        self.opener = opener
        self.job: PrintJob | None = None
        self.setWindowTitle(self.tr("Print study plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{_html(student.name)}</b> — {_html(plan.name)}", self))
        form = QFormLayout()
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Document language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period of the week timetable"))
        form.addRow(self.tr("&Timetable of:"), self.period)
        layout.addLayout(form)
        self.only_student = QRadioButton(self.tr("This student only"), self)
        self.group_merged = QRadioButton(
            self.tr("Group %1: one PDF").replace("%1", student.group), self
        )
        self.group_files = QRadioButton(
            self.tr("Group %1: one PDF per student (folder)").replace("%1", student.group), self
        )
        self.scope = QButtonGroup(self)
        for n, button in enumerate((self.only_student, self.group_merged, self.group_files)):
            self.scope.addButton(button, n)
            layout.addWidget(button)
            button.setEnabled(n == 0 or bool(student.group))
        self.only_student.setChecked(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = plain_label("", self)  # messages name files and students
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.calendar_button = QPushButton(self.tr("Export &calendar…"), self)
        self.buttons.addButton(self.calendar_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.calendar_button.clicked.connect(self._on_calendar_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._fill_periods)
        self._fill_periods()

    # --- choices --------------------------------------------------------------

    def lang(self) -> str:
        return str(self.language.currentData())

    def period_key(self) -> str | None:
        data = self.period.currentData()
        return str(data) if data else None

    def _fill_periods(self) -> None:
        current = self.period_key()
        if current is None:
            try:
                from datetime import date

                current = reports.default_period(
                    self.workspace, self.student, self.plan.id, date.today()
                )
            except PlannerError:
                current = None
        self.period.clear()
        self.period.addItem(self.tr("(no timetable)"), "")
        try:
            choices = reports.period_choices(self.workspace, self.student, self.lang())
        except PlannerError as exc:
            self.status.setText(str(exc))
            choices = []
        for choice in choices:
            self.period.addItem(choice.title, choice.key)
        self.period.setCurrentIndex(max(0, self.period.findData(current or "")))

    # --- running --------------------------------------------------------------

    def _on_print_clicked(self) -> None:
        scope = self.scope.checkedId()
        if scope == 2:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
            if folder:
                self.print_to(Path(folder))
            return
        suggested = file_name(self.student) if scope == 0 else f"{self.student.group}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save study plan"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, target: Path) -> None:
        """Print with the dialog's choices to ``target`` (a file, or a folder
        for one PDF per student), off the GUI thread."""
        lang, period, scope = self.lang(), self.period_key(), self.scope.checkedId()
        ws, student, plan = self.workspace, self.student, self.plan

        def work(job: PrintJob) -> Path:
            if scope == 0:
                data = reports.study_plan_pdf(ws, student.id, plan.id, lang=lang, period=period)
                reports.write_bytes(target, data)
                return target
            ids = tuple(s.id for s in students_of_group(ws, student.group, student.school))
            request = BatchRequest(ws.url, ids, target, merged=scope == 1, lang=lang, period=period)
            result = run_batch(request, job.progressed.emit, lambda: job.stop_requested)
            if result.failed and not result.files:
                raise PlannerError(result.failed[0][1])
            return target

        self._start(PrintJob(work, self))

    def _on_calendar_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            file_name(self.student).removesuffix(".pdf") + ".ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.export_calendar_to(Path(path))

    def export_calendar_to(self, target: Path) -> None:
        ws, student, plan, lang = self.workspace, self.student, self.plan, self.lang()

        def work(job: PrintJob) -> Path:
            reports.export_ics(ws, student.id, target, plan.id, lang=lang)
            return target

        self._start(PrintJob(work, self), open_result=False)

    def _start(self, job: PrintJob, open_result: bool = True) -> None:
        self.job = job
        self._busy(True)
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(lambda path: self._on_job_succeeded(path, open_result))
        job.failed.connect(self._on_job_failed)
        job.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first progress report
        for widget in (self.print_button, self.calendar_button, self.language, self.period):
            widget.setEnabled(not busy)
        self.status.setText(self.tr("Working…") if busy else "")

    def _on_job_progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(f"{done}/{total} {name}")

    def _on_job_succeeded(self, path: str, open_result: bool) -> None:
        self._busy(False)
        self.job = None
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        self.printed.emit(path)
        if open_result:
            self.opener(Path(path))
            self.accept()

    def _on_job_failed(self, message: str) -> None:
        self._busy(False)
        self.job = None
        self.status.setText(message)
        QMessageBox.warning(self, self.windowTitle(), plain(message))

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.stop_requested = True
            self.status.setText(self.tr("Stopping after the current student…"))
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.stop_requested = True
            self.job.wait()
        super().done(result)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_print_dialog(
    parent: QWidget | None, workspace: Workspace, student_id: int, plan_id: int
) -> PrintDialog | None:
    """Show the print dialog for one student's plan (modal)."""
    try:
        student = workspace.student(student_id)
        plan = workspace.plan(plan_id)
    except PlannerError as exc:
        QMessageBox.warning(parent, "Print study plan", plain(str(exc)))
        return None
    dialog = PrintDialog(workspace, student, plan, parent)
    dialog.exec()
    return dialog


def export_calendar(
    parent: QWidget | None,
    workspace: Workspace,
    student_id: int,
    plan_id: int,
    *,
    language: str = "fi",
) -> Path | None:
    """File → Export calendar…: ask the language of the course names (the
    user's first) and a file, and write the plan's sessions."""
    title = _tr("Export calendar")
    names = [name for _, name in LANGUAGES]
    current = next((n for n, (code, _) in enumerate(LANGUAGES) if code == language), 0)
    chosen, ok = QInputDialog.getItem(
        parent, title, _tr("Language of the course names:"), names, current, False
    )
    if not ok:
        return None
    lang = next(code for code, name in LANGUAGES if name == chosen)
    try:
        student = workspace.student(student_id)
        suggested = file_name(student).removesuffix(".pdf") + ".ics"
        path, _ = QFileDialog.getSaveFileName(
            parent, title, suggested, _tr("iCalendar files (*.ics)")
        )
        if not path:
            return None
        count = reports.export_ics(workspace, student_id, Path(path), plan_id, lang=lang)
    except PlannerError as exc:
        QMessageBox.warning(parent, title, plain(str(exc)))
        return None
    QMessageBox.information(
        parent,
        title,
        plain(_tr("%1 sessions written to %2").replace("%1", str(count)).replace("%2", path)),
    )
    return Path(path)
