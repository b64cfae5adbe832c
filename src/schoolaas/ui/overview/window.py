"""The counsellor's overview: every student in one sortable, filterable
table with credits and open findings; double-click opens the plan.

Rows are computed by ``services.students.overview_rows`` in a worker thread
(auditing hundreds of plans takes seconds) while the window stays live and
shows a busy bar. The window hears every edit on the application's "changes
applied" bus (ui/changes.py): a plan edit in the main window updates that
student's row from the audit result the edit brought; student, premises and
settings edits made here go out on the same bus."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.people import students as student_service
from schoolaas.services.people.students import OverviewRow
from schoolaas.services.views import Change, PlanState
from schoolaas.ui import options as opts
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.options import Options
from schoolaas.ui.overview.model import (
    STATUS_FILTERS,
    OverviewFilter,
    OverviewModel,
    PrintWorker,
    RowLoader,
)
from schoolaas.ui.widgets.clear_button import enable_named_clear_button
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain

OpenPlan = Callable[[int, int], None]
FEW = 20  # a change of at most this many students updates their rows, not the list


class OverviewWindow(QMainWindow):
    """All students of the database (or one school) at a glance."""

    rows_listed = Signal(int)  # students listed (before the audit)
    rows_loaded = Signal(int)  # number of rows, after every (re)load with audit
    load_failed = Signal(str)
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
        super().__init__(parent)
        self.bus = bus if bus is not None else ChangeBus(self)
        self.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.workspace = workspace
        self.options = options
        self.open_plan = open_plan
        self.load_seconds: float | None = None
        self.list_seconds: float | None = None
        self._loader: RowLoader | None = None
        self._premises: QWidget | None = None
        self._printer: PrintWorker | None = None
        self._school_chosen = False  # the default school applies until the user picks one
        self._stale = False  # a change came while the list was being audited
        self._header_restored = False
        self._autosize = False
        self.model = OverviewModel(self)
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(self.model)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
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
        self.search = QLineEdit()
        enable_named_clear_button(self.search)
        self.search.textChanged.connect(self.proxy.set_search)
        self.school_box = QComboBox()
        self.group_box = QComboBox()
        self.status_box = QComboBox()
        for box in (self.school_box, self.group_box, self.status_box):
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.school_box.activated.connect(lambda _i: setattr(self, "_school_chosen", True))
        self.table = QTableView()
        frame_focused_cells(self.table)  # the focused cell framed
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # rows measured
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # activated: double-click (or the platform's click) and Enter
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)

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

    # -- loading --------------------------------------------------------
    def reload(self) -> None:
        """Audit every student again in a worker thread."""
        if self._loader is not None and self._loader.isRunning():
            return
        self.progress.show()
        self.statusBar().showMessage(self.tr("Auditing all students…"))
        self._started = time.perf_counter()
        loader = RowLoader(self.workspace, None, self)
        loader.listed.connect(self._on_loader_listed)
        loader.loaded.connect(self._on_loader_loaded)
        loader.failed.connect(self._on_loader_failed)
        loader.finished.connect(loader.deleteLater)
        self._loader = loader
        loader.start()

    def is_loading(self) -> bool:
        return self._loader is not None and self._loader.isRunning()

    def _on_loader_listed(self, rows: list[OverviewRow]) -> None:
        """The plain list arrives first: shown at once when the table is
        empty (audit columns show – until the audit is done)."""
        self.list_seconds = time.perf_counter() - self._started
        if self.model.rowCount() == 0:
            self._show_rows(rows)
        self.rows_listed.emit(len(rows))

    def _on_loader_loaded(self, rows: list[OverviewRow], seconds: float) -> None:
        self._loader = None
        self._show_rows(rows)
        if self._stale:  # an edit was stored while these rows were audited
            self._stale = False
            QTimer.singleShot(0, self.reload)
        self.load_seconds = time.perf_counter() - self._started
        self.progress.hide()
        self.statusBar().showMessage(
            self.tr("%n student(s) audited in %1 s", "", len(rows)).replace("%1", f"{seconds:.1f}"),
            8000,
        )
        self.rows_loaded.emit(len(rows))

    def _show_rows(self, rows: list[OverviewRow]) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self._fill_filters()
        self._select_ids(selected)
        if not self._header_restored:
            self._header_restored = True
            header = self.options.get(opts.OVERVIEW_HEADER)
            self._autosize = not header or not self.table.horizontalHeader().restoreState(header)
        if self._autosize:  # no saved layout: fit the list, then once more with the audit
            self.table.resizeColumnsToContents()
            self._autosize = not (rows and rows[0].audited)
        self._update_count()

    def _on_loader_failed(self, message: str) -> None:
        self._loader = None
        self.progress.hide()
        self.statusBar().showMessage(message)
        self.load_failed.emit(message)

    def closeEvent(self, event: Any) -> None:
        self.options.set(opts.OVERVIEW_GEOMETRY, bytes(self.saveGeometry().data()))
        if self._header_restored:
            header = self.table.horizontalHeader().saveState()
            self.options.set(opts.OVERVIEW_HEADER, bytes(header.data()))
        for worker in (self._loader, self._printer):
            if worker is not None:
                worker.wait()
        super().closeEvent(event)

    # -- filters --------------------------------------------------------
    def _fill_filters(self) -> None:
        rows = self.model.rows()
        _refill(
            self.school_box,
            [(self.tr("All schools"), "")] + [(s, s) for s in sorted({r.school for r in rows})],
            None if self._school_chosen else self.options.get(opts.DEFAULT_SCHOOL),
        )
        _refill(
            self.group_box,
            [(self.tr("All groups"), "")]
            + [(g, g) for g in sorted({r.group for r in rows if r.group})],
        )
        labels = {
            "": self.tr("Everyone"),
            "attention": self.tr("Needs attention"),
            "errors": self.tr("Open errors"),
            "warnings": self.tr("Warnings only"),
            "ok": self.tr("All clear"),
            "short": self.tr("Credits short"),
        }
        _refill(self.status_box, [(labels[k], k) for k in STATUS_FILTERS])
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(
            school=self.school_box.currentData() or "",
            group=self.group_box.currentData() or "",
            status=self.status_box.currentData() or "",
        )
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        if not hasattr(self, "count_label"):
            return
        self.count_label.setText(
            self.tr("%1 of %2 students")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # -- selection ------------------------------------------------------
    def selected_rows(self) -> list[OverviewRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def selected_ids(self) -> list[int]:
        return [r.student_id for r in self.selected_rows()]

    def _select_ids(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if self.model.row(self.proxy.mapToSource(index).row()).student_id in ids:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

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

    def _on_bus_changes_applied(self, change: Change, origin: object) -> None:
        """An edit stored anywhere: a plan edit updates its student's row from
        the audit it brought; a catalogue, premises or settings change, or a
        student edited elsewhere, audits the list again."""
        if origin is self:
            return  # its own student edits reload already
        state = change.state
        wanted = change.catalogue or change.premises or change.settings or change.student_ids
        if (state is not None or wanted) and self._loader is not None:
            # rows are on their way (the worker may be done, its rows not yet
            # shown) and may predate this change: audit again once they are in
            self._stale = True
        elif state is not None:
            self._update_row(state)
        elif wanted and not self._update_students(change):
            self.reload()

    def _update_students(self, change: Change) -> bool:
        """A few students' data changed elsewhere (another counsellor's edit
        arriving through live refresh, a student form): only their rows are
        worked out again. False when the whole list must be audited again
        (the catalogue changed, many students, or a student came, went or
        was archived)."""
        ids = set(change.student_ids)
        if change.catalogue or change.premises or change.settings or not ids or len(ids) > FEW:
            return False
        if not ids <= {r.student_id for r in self.model.rows()}:
            return False
        try:
            rows = student_service.rows_of_students(self.workspace, ids)
        except PlannerError:
            return False
        if {r.student_id for r in rows} != ids:
            return False
        for row in rows:
            self.model.replace_row(row)
        return True

    def _update_row(self, state: PlanState) -> None:
        row = next((r for r in self.model.rows() if r.student_id == state.student.id), None)
        active = next((p for p in state.plans if p.active), None)
        if row is None or active is None:
            return
        if state.plan.id == active.id:
            result = state.result
        elif row.plan_id != active.id:  # another version became active
            try:
                result = self.workspace.audit(active.id)
            except PlannerError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                return
        else:
            return  # an edit in a version that is not the active one
        self.model.replace_row(student_service.with_audit(replace(row, plan_id=active.id), result))


def _refill(box: QComboBox, items: list[tuple[str, str]], prefer: str | None = None) -> None:
    """Fill ``box`` keeping its choice (or choosing ``prefer`` when given)."""
    current = prefer if prefer is not None else (box.currentData() if box.count() else "")
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    found = box.findData(current if current is not None else "")
    box.setCurrentIndex(max(found, 0))
    box.blockSignals(False)
