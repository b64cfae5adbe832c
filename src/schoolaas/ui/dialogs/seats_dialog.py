"""Plan → Allocate Aalto seats… (counsellors): a whole school's wishes for
the Aalto courses whose upper secondary seats are limited, assigned at once
(services/suggest/seats.py; docs/suggest.md, "A whole school").

Choose the school, the lottery's seed and the time limit; **Preview** runs
the allocation in a QThread (reading the plans and the CP-SAT search, as the
students overview audits in its own thread) with a busy bar and **Cancel**;
the result is shown per course and per student (seats_report.py) with the
optimality gap. **Apply** changes every plan at once as one undoable command
(ui/commands/suggestions.ApplySeats), published on the change bus; **Export report…**
writes the report as CSV. Nothing changes before Apply. The run in its thread
is seats_run.py; the summary in words, seats_summary.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QElapsedTimer,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.suggest.solve import Cancel
from schoolaas.ui.dialogs.seats_report import Pupil, SeatsReport, seats_report
from schoolaas.ui.dialogs.seats_run import AllocationRun, let_go
from schoolaas.ui.dialogs.seats_summary import summary
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells

if TYPE_CHECKING:
    from schoolaas.services.suggest.seats import Allocation

DEFAULT_SEED = 0  # as `schoolaas suggest-seats`
DEFAULT_SECONDS = 60


class SeatsDialog(QDialog):
    """``window``: the main window (its workspace, state, plan service, edits
    and undo stack); ``today``: the day the periods to plan start from."""

    previewed = Signal()  # a run ended: its result, a cancel or an error is shown

    def __init__(self, window: Any, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.w = window
        self.today = today or date.today()
        self.report: SeatsReport | None = None
        self._run: AllocationRun | None = None
        self._cancel: Cancel | None = None
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self.setWindowTitle(self.tr("Allocate Aalto seats"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every student's planned Aalto courses whose upper secondary seats are "
                "limited, assigned at once: seats are respected, nobody gets a clash, and "
                "as many wishes as possible are met. Final-year students come first, then "
                "the most wishes met; a lottery drawn from the seed breaks ties. Nothing "
                "changes before Apply."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.school = QComboBox(self)
        self.school.setAccessibleName(self.tr("School"))
        form.addRow(self._label(self.tr("&School:"), self.school), self.school)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setValue(DEFAULT_SEED)
        self.seed.setAccessibleName(self.tr("Lottery seed"))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed)
        seed_hint = QLabel(
            self.tr("The same seed gives the same lottery (and the same allocation)."), self
        )
        seed_row.addWidget(seed_hint, 1)
        self.seed.setToolTip(seed_hint.text())
        form.addRow(self._label(self.tr("Lottery s&eed:"), self.seed), seed_row)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(1, 600)
        self.seconds.setValue(DEFAULT_SECONDS)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Time limit in seconds"))
        self.seconds.setToolTip(
            self.tr("The search stops here at the latest and shows the best allocation found.")
        )
        form.addRow(self._label(self.tr("&Time limit:"), self.seconds), self.seconds)
        layout.addLayout(form)
        run = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.cancel_button = QPushButton(self.tr("&Cancel run"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Allocation progress"))
        self.progress.hide()  # shown while a run goes on
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        run.addWidget(self.preview_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        run.addStretch(0)
        layout.addLayout(run)
        layout.addWidget(self.status)
        self.tabs = QTabWidget(self)
        self.courses = self._table(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Realisation"),
                self.tr("Seats"),
                self.tr("Wishes"),
                self.tr("Assigned"),
                self.tr("Left out"),
            ],
            self.tr("Seats per course"),
        )
        self.students = self._table(
            [
                self.tr("Student"),
                self.tr("Year"),
                self.tr("Lottery"),
                self.tr("Wished"),
                self.tr("Got"),
                self.tr("Not got, and why"),
            ],
            self.tr("Seats per student"),
        )
        self.tabs.addTab(self.courses, self.tr("By c&ourse"))
        self.tabs.addTab(self.students, self.tr("By st&udent"))
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport report…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda _c=False: self.export_report())
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fill_schools()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        frame_focused_cells(table)  # the focused cell framed
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)  # a wish a line; a cut line's whole text is its tooltip
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill_schools(self) -> None:
        ws = self.w.workspace
        schools = ws.catalogue().schools if ws is not None else {}
        for code, info in sorted(schools.items()):
            self.school.addItem(f"{code} – {info.name}" if info.name else code, code)
        state = getattr(self.w, "state", None)
        current = state.student.school if state is not None else None
        index = self.school.findData(current) if current else -1
        self.school.setCurrentIndex(max(index, 0))

    def school_code(self) -> str:
        return str(self.school.currentData() or "")

    # --- the run ----------------------------------------------------------------
    def preview(self) -> None:
        """Run the allocation in the background; nothing changes."""
        ws = self.w.workspace
        if self._run is not None or ws is None or not self.school_code():
            return
        self._cancel = Cancel()
        self._run = AllocationRun(
            ws,
            self.school_code(),
            self.today,
            self.seed.value(),
            self.seconds.value(),
            self._cancel,
        )
        self._run.done.connect(self._done)
        self._run.failed.connect(self._failed)
        self._show(None)
        self.progress.setRange(0, 0)  # busy
        self.progress.show()
        self.status.setText(self.tr("Allocating the seats…"))
        for widget in (self.preview_button, self.school, self.seed, self.seconds):
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._clock.start()
        self._tick.start()
        self._run.start()

    def cancel(self) -> None:
        """Stop the run at once: the search is told to stop and the run is
        let go (its result is never shown); nothing changes."""
        if self._cancel is None or self._run is None:
            return
        self._cancel.cancel()
        let_go(self._run)
        self._run = None
        self._end_run()
        self.status.setText(self.tr("Cancelled: nothing was changed."))
        self.previewed.emit()

    def running(self) -> bool:
        return self._run is not None

    @Slot()
    def _on_tick(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.status.setText(
            fill(
                self.tr("Allocating the seats… %1 s (the search stops after %2 s at most)"),
                seconds,
                self.seconds.value(),
            )
        )

    def _end_run(self) -> None:
        """The thread gone, the controls back."""
        if self._run is not None:
            self._run.wait()  # its last step was the signal heard here
        self._run, self._cancel = None, None
        self._tick.stop()
        self.progress.hide()
        for widget in (self.preview_button, self.school, self.seed, self.seconds):
            widget.setEnabled(True)
        self.cancel_button.setEnabled(False)

    @Slot(object)
    def _done(self, found: tuple[Allocation, dict[int, Pupil]]) -> None:
        if self._run is None:
            return  # a run let go (cancelled) whose result was on its way
        self._end_run()
        allocation, pupils = found
        ws = self.w.workspace
        language = str(getattr(self.w.plan_service, "language", "en"))
        if ws is not None:
            self._show(seats_report(allocation, ws.catalogue(), pupils, language))
        self.previewed.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self._run is None:
            return
        self._end_run()
        self.status.setText(fill(self.tr("The seats could not be allocated: %1"), message))
        self.previewed.emit()

    # --- what it found ----------------------------------------------------------
    def _show(self, report: SeatsReport | None) -> None:
        self.report = report
        self.courses.setSortingEnabled(False)
        self.students.setSortingEnabled(False)
        self.courses.setRowCount(0)
        self.students.setRowCount(0)
        self.apply_button.setEnabled(False)
        self.export_button.setEnabled(False)
        if report is None:
            return
        for line in report.courses:
            self._row(
                self.courses,
                [
                    line.code,
                    line.name,
                    line.offering_key,
                    line.seats,
                    line.wishes,
                    line.assigned,
                    line.left_out,
                ],
            )
        for s in report.students:
            year = fill(self.tr("%1 (final)"), s.year) if s.final_year else str(s.year or "")
            self._row(
                self.students,
                [
                    s.name,
                    year,
                    s.lottery,
                    ", ".join(s.wished),
                    "\n".join(s.got),
                    "\n".join(s.not_got),
                ],
            )
        for table in (self.courses, self.students):
            # the report's order (final year first, then the lottery) until a header is clicked
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            table.setSortingEnabled(True)
            table.resizeRowsToContents()
        self.status.setText(summary(report))
        self.export_button.setEnabled(True)
        self.apply_button.setEnabled(report.found and report.changes > 0)

    def _row(self, table: QTableWidget, values: list[object]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            if isinstance(value, int):
                item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setText(str(value))
                item.setToolTip(str(value))
            table.setItem(row, column, item)

    # --- applying and exporting -------------------------------------------------
    def apply(self) -> bool:
        """The allocation in every plan as one undoable edit."""
        from schoolaas.ui.commands.suggestions import ApplySeats

        report = self.report
        if report is None or not report.found or not report.changes:
            return False
        if self.w.plan_service is None:
            return False
        command = ApplySeats(
            fill(self.tr("Allocate Aalto seats (%1)"), report.allocation.school),
            self.w.plan_service,
            self.w.edits.publish,
            self.w.errors.report_error,
            allocation=report.allocation,
        )
        if not self.w.edits.push(command):
            return False
        self.apply_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "Applied: %n plan item(s) changed. Edit → Undo takes it back.", "", report.changes
            )
        )
        return True

    def export_report(self, path: Path | None = None) -> Path | None:
        """The report as CSV (asks where when ``path`` is None)."""
        from schoolaas.data.private_files import write_file

        report = self.report
        if report is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the seat allocation"),
                f"seats-{report.allocation.school}.csv",
                self.tr("CSV (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            write_file(path, report.csv())
        except OSError as exc:
            self.status.setText(fill(self.tr("Cannot write %1 (%2)."), path, exc.strerror))
            return None
        self.status.setText(fill(self.tr("Report saved in %1."), path))
        return path

    def done(self, result: int) -> None:
        self.cancel()  # closing during a run cancels it
        super().done(result)
