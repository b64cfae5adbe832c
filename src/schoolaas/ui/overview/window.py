"""The counsellor's overview: every student in one sortable, filterable
table with credits and open findings; double-click opens the plan.

Rows are computed by ``services.students.overview_rows`` in a worker thread
(auditing hundreds of plans takes seconds) while the window stays live and
shows a busy bar. The window hears every edit on the application's "changes
applied" bus (ui/changes.py): a plan edit in the main window updates that
student's row from the audit result the edit brought; student, premises and
settings edits made here go out on the same bus. The rows, their filters,
the selection and the updates from the bus are StudentList
(student_list.py); this module lays the window out and holds its actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.people import students as student_service
from schoolaas.services.people.student_records import OverviewRow
from schoolaas.ui import options as opts
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.options import Options
from schoolaas.ui.overview.model import PrintWorker
from schoolaas.ui.overview.student_list import StudentList
from schoolaas.ui.widgets.plain_text import plain

OpenPlan = Callable[[int, int], None]


class OverviewWindow(StudentList):
    """All students of the database (or one school) at a glance."""

    printed = Signal(int, str)  # files written, error message ("" if none)

    def __init__(
        self,
        workspace: Any,
        options: Options,
        open_plan: OpenPlan,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(workspace, options, parent, bus=bus)
        self.open_plan = open_plan
        self._premises: QWidget | None = None
        self._printer: PrintWorker | None = None
        self._build()
        self.retranslate()
        geometry = options.get(opts.OVERVIEW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 640)
        self.reload()

    # -- layout ---------------------------------------------------------
    def _build(self) -> None:
        # the search, filter boxes, table, count and busy bar: StudentList._build_list
        # activated: double-click (or the platform's click) and Enter
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.school_label, self.group_label, self.status_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.search_label, self.search),
            (self.school_label, self.school_box),
            (self.group_label, self.group_box),
            (self.status_label, self.status_box),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.search else 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self._build_actions()

    def _build_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        self.open_action = QAction(icon(QStyle.StandardPixmap.SP_DialogOpenButton), "", self)
        self.open_action.triggered.connect(self.open_selected)
        self.add_action = QAction(icon(QStyle.StandardPixmap.SP_FileIcon), "", self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_student)
        self.edit_action = QAction(icon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "", self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.archive_action = QAction(icon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.archive_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.archive_action.triggered.connect(self.archive_selected)
        self.audit_action = QAction(icon(QStyle.StandardPixmap.SP_BrowserReload), "", self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+R"))
        self.audit_action.triggered.connect(self.audit_selected)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        self.print_action = QAction(icon(QStyle.StandardPixmap.SP_DialogSaveButton), "", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_selected)
        self.export_action = QAction(icon(QStyle.StandardPixmap.SP_DriveFDIcon), "", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_selected)
        self.premises_action = QAction(icon(QStyle.StandardPixmap.SP_DirHomeIcon), "", self)
        self.premises_action.triggered.connect(self.show_premises)
        self.settings_action = QAction(
            icon(QStyle.StandardPixmap.SP_FileDialogContentsView), "", self
        )
        self.settings_action.triggered.connect(self.show_settings)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search.setFocus)
        self.addAction(self.find_action)
        self.addAction(self.reload_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("overview-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.open_action,
            self.add_action,
            self.edit_action,
            self.archive_action,
            self.audit_action,
            self.print_action,
            self.export_action,
            None,
            self.premises_action,
            self.settings_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Students overview"))
        self.search.setPlaceholderText(self.tr("Name, number or group"))
        self.search.setAccessibleName(self.tr("Search students"))
        self.search_label.setText(self.tr("&Search:"))
        self.school_label.setText(self.tr("S&chool:"))
        self.group_label.setText(self.tr("&Group:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.table.setAccessibleName(self.tr("Students"))
        self.open_action.setText(self.tr("&Open plan"))
        self.add_action.setText(self.tr("&Add student…"))
        self.edit_action.setText(self.tr("&Edit student…"))
        self.archive_action.setText(self.tr("A&rchive"))
        self.audit_action.setText(self.tr("A&udit again"))
        self.reload_action.setText(self.tr("Reload"))
        self.print_action.setText(self.tr("&Print study plans…"))
        self.export_action.setText(self.tr("E&xport…"))
        self.premises_action.setText(self.tr("Premises and room &use…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.toolbar.setWindowTitle(self.tr("Student actions"))
        self.progress.setFormat(self.tr("Auditing…"))
        self.model.retranslate()
        self._fill_filters()
        self._update_actions()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.options.set(opts.OVERVIEW_GEOMETRY, bytes(self.saveGeometry().data()))
        if self._header_restored:
            header = self.table.horizontalHeader().saveState()
            self.options.set(opts.OVERVIEW_HEADER, bytes(header.data()))
        for worker in (self._loader, self._printer):
            if worker is not None:
                worker.wait()
        super().closeEvent(event)

    def _update_actions(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows()) if self.table.model() else 0
        self.open_action.setEnabled(count == 1)
        self.edit_action.setEnabled(count == 1)
        self.archive_action.setEnabled(count >= 1)
        self.audit_action.setEnabled(count >= 1)
        self.export_action.setEnabled(self.model.rowCount() > 0)
        self.print_action.setEnabled(count >= 1)
        self.print_action.setToolTip(
            self.tr("Print the study plans of the selected students as PDF")
        )

    # -- actions --------------------------------------------------------
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self._open(row)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._open(rows[0])

    def _open(self, row: OverviewRow) -> None:
        if row.plan_id is None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                plain(self.tr("%1 has no study plan yet.").replace("%1", row.name)),
            )
            return
        self.options.set(opts.LAST_STUDENT_ID, row.student_id)
        self.open_plan(row.student_id, row.plan_id)

    def add_student(self) -> None:
        from schoolaas.ui.overview.student_dialog import StudentDialog

        dialog = StudentDialog(
            self.workspace, None, self, default_school=self.school_box.currentData()
        )
        if dialog.exec():
            self._changed(dialog.change)

    def edit_selected(self) -> None:
        from schoolaas.ui.overview.student_dialog import StudentDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = StudentDialog(self.workspace, ids[0], self)
        if dialog.exec():
            self._changed(dialog.change)

    def archive_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(r.name for r in rows[:5]) + ("…" if len(rows) > 5 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Archive students"),
            plain(
                self.tr(
                    "Archive %n student(s)? They leave this list; nothing is deleted.",
                    "",
                    len(rows),
                )
                + "\n\n"
                + names
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for row in rows:
                self._changed(
                    student_service.archive_student(
                        self.workspace, row.student_id, seen=row.archived
                    ),
                    False,
                )
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Archive students"), plain(str(exc)))
        self.reload()

    def audit_selected(self) -> None:
        """Audit the selected students' plans again (in this thread: a few)."""
        updated = 0
        try:
            for row in self.selected_rows():
                if row.plan_id is None:
                    continue
                result = self.workspace.audit(row.plan_id)
                self.model.replace_row(student_service.with_audit(row, result))
                updated += 1
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Audit again"), plain(str(exc)))
        self.statusBar().showMessage(self.tr("%n plan(s) audited again", "", updated), 5000)

    def print_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the study plans"))
        if folder:
            self.print_to(Path(folder), rows)

    def print_to(self, folder: Path, rows: list[OverviewRow]) -> None:
        """Write one PDF per student into ``folder`` in a worker thread."""
        if not rows or self._printer is not None:
            return
        from schoolaas.services.printing import batch  # reportlab: loaded when printing

        lang = self.options.get(opts.LANGUAGE)
        ids = [r.student_id for r in rows]
        worker = PrintWorker(lambda progress: batch.print_study_plans(
            self.workspace, ids, folder, lang=lang, progress=progress), self)  # fmt: skip
        self.print_progress = QProgressDialog(
            self.tr("Printing study plans…"), "", 0, len(ids), self
        )
        self.print_progress.setCancelButton(None)
        self.print_progress.setMinimumDuration(300)
        self.print_progress.setWindowTitle(self.tr("Print study plans"))
        worker.progressed.connect(self._on_printer_progressed)
        worker.done.connect(self._on_printer_done)
        worker.finished.connect(worker.deleteLater)
        self._printer = worker
        worker.start()

    def _on_printer_progressed(self, done: int, total: int, name: str) -> None:
        self.print_progress.setMaximum(total)
        self.print_progress.setValue(done)
        self.print_progress.setLabelText(name)

    def _on_printer_done(self, written: list[Path], error: str) -> None:
        self._printer = None
        self.print_progress.close()
        if error:
            QMessageBox.warning(self, self.tr("Print study plans"), plain(error))
        else:
            self.statusBar().showMessage(
                self.tr("%n study plan(s) written", "", len(written)), 8000
            )
        self.printed.emit(len(written), error)

    def export_selected(self) -> None:
        rows = self.selected_rows() or self.model.rows()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export students"), "students.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path), rows)

    def export_to(self, path: Path, rows: list[OverviewRow]) -> None:
        try:
            student_service.write_overview_csv(path, rows)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Export students"), plain(str(exc)))
            return
        self.statusBar().showMessage(self.tr("%n student(s) exported", "", len(rows)), 8000)

    def show_premises(self) -> None:
        """Buildings, rooms, room use and travel times in their own window."""
        from schoolaas.ui.premises.view import PremisesView

        if self._premises is None:
            self._premises = PremisesView(self.workspace, self, bus=self.bus)
            self._premises.setWindowFlag(Qt.WindowType.Window)
            self._premises.setWindowTitle(self.tr("Premises and room use"))
            self._premises.resize(1150, 700)
        self._premises.show()
        self._premises.raise_()

    def show_settings(self) -> None:
        from schoolaas.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.options, self.workspace, self)
        dialog.settings_applied.connect(lambda change: self.bus.publish(change, dialog))
        if dialog.exec():
            self.reload()

    def _changed(self, change: Any, reload: bool = True) -> None:
        """A student edit made here: on the bus for the other windows."""
        self.bus.publish(change, self)
        if reload:
            self.reload()
