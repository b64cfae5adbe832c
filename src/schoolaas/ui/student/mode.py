"""Student mode: a student plans their own studies only.

Who is using the app comes from the database (services/access.py): the
login on a shared PostgreSQL server, or on an offline copy the
``student_mode`` setting naming the student the copy belongs to. In student
mode the main window keeps the plan, the catalogue with "fits my
timetable", the credits, the week, the course tray and the three years, and
leaves out what is the counsellor's: choosing another student, the students
overview, imports and the school's set-up, accepting and reopening
findings, grades, and the student's history and personal data. It opens on
the student's own plan.

On an offline copy the mode is chosen by the person: at the first start of
the program on its own database ("Who is using the planner?": a student
imports the school package and their plan file, ui/student/first_start.py,
or tries the demo) and later in
File → "I am a student…" / "I am a counsellor". On a shared database the
login decides and the choice is not offered.

File → Send to counsellor… writes the plans as a plan file and a one-page
summary of the plan as a PDF (reports/summary.py) into a folder
(services/plans/send.py): two clicks, the menu item and the folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from schoolaas.services.errors import PlannerError
from schoolaas.ui import options as opt
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.services.access import Access

ACCESS_SETTING = "student_mode"  # services/access.STUDENT_MODE_SETTING
# what a student does not see: the window's actions by name (those present)
COUNSELLOR_ACTIONS = (
    "choose_student",
    "overview",
    "import_",
    "school_setup",
    "aalto_links",
    "accept",
    "reopen",
)
COUNSELLOR_PARTS = ("student_data", "seats")  # parts of actions holding more actions


def tr(text: str) -> str:
    return QCoreApplication.translate("StudentMode", text)


class StudentMode(QObject):
    """The window's student mode (a part its actions own)."""

    def __init__(self, window: Any, actions: Any) -> None:
        super().__init__(window)
        self.w, self.actions = window, actions
        self.on = False
        self._cut = False  # the findings' accept and reopen requests disconnected
        self.switch = QAction(tr("I am a &student…"), window)
        self.switch.triggered.connect(lambda _c=False: self.choose())
        self.send = QAction(tr("Send to &counsellor…"), window)
        self.send.triggered.connect(lambda _c=False: self.send_to_counsellor())
        window.database_opened.connect(self._on_window_database_opened)
        from schoolaas.ui.student.first_start import FirstStart

        self.first_start = FirstStart(self)

    def add_to(self, menu: Any, before: QAction | None) -> None:
        menu.insertAction(before, self.switch)
        menu.insertAction(before, self.send)

    # which mode ------------------------------------------------------------------------
    def access(self) -> Access | None:
        ws = self.w.workspace
        try:
            return ws.access if ws is not None else None
        except PlannerError:
            return None

    def _on_window_database_opened(self) -> None:
        access = self.access()
        if access is None:
            return
        self.apply(access)
        if self._first_start():
            QTimer.singleShot(0, self.ask_first_start)

    def _first_start(self) -> bool:
        """The program's own database opened for the first time (the app
        gives it a demo builder) and nobody has said who uses it."""
        ws = self.w.workspace
        if ws is None or self.w.first_run is None or ws.engine.dialect.name != "sqlite":
            return False
        return ACCESS_SETTING not in ws.settings()

    def apply(self, access: Access) -> None:
        """Show what this person may use; open a student's own plan."""
        self.on = access.is_student
        offline = self.w.workspace is not None and self.w.workspace.engine.dialect.name == "sqlite"
        self.switch.setVisible(offline)
        self.switch.setText(tr("I am a &counsellor") if self.on else tr("I am a &student…"))
        self.send.setVisible(True)
        for name in COUNSELLOR_ACTIONS:
            action = getattr(self.actions, name, None)
            if isinstance(action, QAction):
                action.setVisible(not self.on)
                if self.on:
                    action.setEnabled(False)
        for part in COUNSELLOR_PARTS:
            holder = getattr(self.actions, part, None)
            for action in vars(holder).values() if holder is not None else ():
                if isinstance(action, QAction):
                    action.setVisible(not self.on)
        audit, plan = self.w.audit_panel, self.w.plan_panel
        for widget in (audit.accept_button, audit.reopen_button, plan.grade):
            widget.setVisible(not self.on)
        if self.on != self._cut:  # a double-click in the findings accepts no more
            pairs = (
                (audit.accept_requested, self.w.edits.ask_to_accept),
                (audit.reopen_requested, self.w.edits.reopen_finding),
            )
            for signal, slot in pairs:
                (signal.disconnect if self.on else signal.connect)(slot)
            self._cut = self.on
        grade = _column(plan.table, "Grade")
        if grade is not None:
            plan.table.setColumnHidden(grade, self.on)
        if self.on:
            if access.student_id is None:
                self.w.errors.show_error(
                    tr("This copy is in student mode, but its student is not in the database.")
                )
            elif self.w.state is None or self.w.state.student.id != access.student_id:
                self.w.open_student(access.student_id)
        elif self.w.state is not None:
            self.actions.update_enabled()

    # choosing the mode (offline copies) ---------------------------------------------
    def ask_first_start(self) -> None:
        """Who uses this copy? (ui/student/first_start.py: a student imports
        the school package, or tries the demo; or a counsellor.)"""
        self.first_start.ask()

    def choose(self) -> None:
        """Switch the offline copy to student mode (asking who), or back."""
        if self.on:
            self._store("")
            return
        from schoolaas.ui.dialogs.student_picker import StudentPicker

        current = self.w.state.student.id if self.w.state else None
        picker = StudentPicker(self.w.students(), current, self.w)
        picker.setWindowTitle(tr("Which student are you?"))
        if picker.exec() and picker.chosen_id() is not None:
            chosen = next((s for s in self.w.students() if s.id == picker.chosen_id()), None)
            if chosen is not None:
                self._store(chosen.number)

    def _store(self, number: str) -> None:
        ws = self.w.workspace
        if ws is None:
            return
        try:
            change = ws.set_setting(ACCESS_SETTING, number)
            access = ws.refresh_access()
        except PlannerError as error:
            self.w.errors.show_error(str(error))
            return
        self.apply(access)
        self.w.bus.publish(change, self)

    # sending -------------------------------------------------------------------------
    def send_to_counsellor(self, folder: Path | None = None) -> Path | None:
        """Ask for a folder (Documents first), write the plan file and the
        summary PDF there, say where (with "Open folder"). Returns the folder written to."""
        from schoolaas.services.plans.send import send_to_counsellor

        ws, state = self.w.workspace, self.w.state
        if ws is None or state is None:
            return None
        if folder is None:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen = QFileDialog.getExistingDirectory(
                self.w, tr("Send to counsellor: choose a folder"), start
            )
            if not chosen:
                return None
            folder = Path(chosen)
        try:
            sent = send_to_counsellor(
                ws, state.student.id, state.plan.id, folder, lang=self.w.options.get(opt.LANGUAGE)
            )
        except PlannerError as error:
            self.w.errors.show_error(str(error))
            return None
        self.w.statusBar().showMessage(
            fill(tr("Plan file and summary saved in %1"), str(folder)), 15000
        )
        self._tell(sent.plan_file, sent.summary, folder)
        return folder

    def _tell(self, plan_file: Path, summary: Path, folder: Path) -> None:
        box = QMessageBox(self.w)
        box.setWindowTitle(tr("Send to counsellor"))
        box.setText(
            plain(
                fill(
                    tr("Saved for your counsellor:\n%1\n%2\n\nSend both files to them."),
                    plan_file.name,
                    summary.name,
                )
            )
        )
        box.setInformativeText(plain(str(folder)))
        opener = box.addButton(tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.last_box = box
        box.open()
        box.buttonClicked.connect(
            lambda b: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))) if b is opener else None
            )
        )


def _column(table: QWidget, title: str) -> int | None:
    model = getattr(table, "model", lambda: None)()
    if model is None:
        return None
    from PySide6.QtCore import Qt

    for n in range(model.columnCount()):
        if str(model.headerData(n, Qt.Orientation.Horizontal)) == QCoreApplication.translate(
            "PlanModel", title
        ):
            return n
    return None
