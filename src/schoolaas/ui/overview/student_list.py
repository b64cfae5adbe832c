"""The students overview's list (the base of OverviewWindow, window.py):
every student's row, listed and audited by ``services.students.overview_rows``
in a worker thread while the window stays live; the filters over it and the
count; the selection; and the rows kept up to date from the application's
"changes applied" bus (ui/changes.py): a plan edit updates that student's
row from the audit result the edit brought, a few students edited elsewhere
have their rows worked out again, anything more audits the list again.

It makes the widgets it fills (the search, the filter boxes, the table, the
count and the busy bar); OverviewWindow lays them out and adds its actions."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QTableView,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.services.people import students as student_service
from schoolaas.services.people.student_records import OverviewRow
from schoolaas.services.views import Change, PlanState
from schoolaas.ui import options as opts
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.options import Options
from schoolaas.ui.overview.model import STATUS_FILTERS, OverviewFilter, OverviewModel, RowLoader
from schoolaas.ui.widgets.clear_button import enable_named_clear_button
from schoolaas.ui.widgets.focus_frame import frame_focused_cells

FEW = 20  # a change of at most this many students updates their rows, not the list


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The list's words, translated under the window's context."""
    return QCoreApplication.translate("OverviewWindow", text, disambiguation, n)


class StudentList(QMainWindow):
    """The rows, filters and selection of the students overview."""

    rows_listed = Signal(int)  # students listed (before the audit)
    rows_loaded = Signal(int)  # number of rows, after every (re)load with audit
    load_failed = Signal(str)

    def __init__(
        self,
        workspace: Any,
        options: Options,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else ChangeBus(self)
        self.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.workspace = workspace
        self.options = options
        self.load_seconds: float | None = None
        self.list_seconds: float | None = None
        self._loader: RowLoader | None = None
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
        self._build_list()

    def _build_list(self) -> None:
        """The widgets the list fills; OverviewWindow lays them out."""
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
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)

    # -- loading --------------------------------------------------------
    def reload(self) -> None:
        """Audit every student again in a worker thread."""
        if self._loader is not None and self._loader.isRunning():
            return
        self.progress.show()
        self.statusBar().showMessage(tr("Auditing all students…"))
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
            tr("%n student(s) audited in %1 s", "", len(rows)).replace("%1", f"{seconds:.1f}"),
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

    # -- filters --------------------------------------------------------
    def _fill_filters(self) -> None:
        rows = self.model.rows()
        _refill(
            self.school_box,
            [(tr("All schools"), "")] + [(s, s) for s in sorted({r.school for r in rows})],
            None if self._school_chosen else self.options.get(opts.DEFAULT_SCHOOL),
        )
        _refill(
            self.group_box,
            [(tr("All groups"), "")] + [(g, g) for g in sorted({r.group for r in rows if r.group})],
        )
        labels = {
            "": tr("Everyone"),
            "attention": tr("Needs attention"),
            "errors": tr("Open errors"),
            "warnings": tr("Warnings only"),
            "ok": tr("All clear"),
            "short": tr("Credits short"),
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
            tr("%1 of %2 students")
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
