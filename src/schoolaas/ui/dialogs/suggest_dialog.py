"""Plan → Suggest timetable…: the wishes (pre-filled from the plan, more
added from the catalogue), the search in the background with progress and
Stop, and the proposal as a diff against the plan (added, moved, removed;
findings and credits before and after) before anything changes. Apply is
one undoable command (ui/commands/suggestions.ApplySuggestion). When nothing fits the
dialog says why and the nearest alternatives; "What fits?" lists the
choices of one course that fit the plan as it stands.

The request is made in this thread (it reads the database); the CP-SAT
search (pure, domain/suggest) runs in a QThread; the diff or the words
are worked out here again when it ends."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.model import AuditItem, ItemStatus
from schoolaas.domain.suggest.request import Infeasible, Outcome, Proposal, Request
from schoolaas.domain.suggest.solve import Cancel, suggest
from schoolaas.services.errors import PlannerError
from schoolaas.services.suggest.apply import edits_of
from schoolaas.services.suggest.ask import Ask, build_request, planned_periods, weekly_free
from schoolaas.services.suggest.fits import what_fits
from schoolaas.services.suggest.run import Suggestion, settle
from schoolaas.ui.commands.suggestions import ApplySuggestion
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain

if TYPE_CHECKING:
    from schoolaas.domain.timetable_index import TimetableIndex

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
FROM_PLAN, WANTED = "plan", "want"


class _Search(QObject):
    """The CP-SAT search of one request, run in a QThread."""

    found = Signal(object)  # the Outcome
    progress = Signal(float, float)  # seconds, objective of the best plan so far

    def __init__(self, request: Request, index: TimetableIndex, cancel: Cancel) -> None:
        super().__init__()
        self.request, self.index, self.cancel = request, index, cancel

    @Slot()
    def run(self) -> None:
        outcome = suggest(
            self.request,
            self.index,
            cancel=self.cancel,
            progress=lambda value, _bound, seconds: self.progress.emit(seconds, value),
        )
        self.found.emit(outcome)


class SuggestDialog(QDialog):
    """``window``: the main window (its workspace, state, plan service,
    edits and undo stack); ``today``: the day the periods to plan start from."""

    searched = Signal()  # a search ended and its result is shown

    def __init__(self, window: Any, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.w = window
        self.today = today or date.today()
        self.suggestion: Suggestion | None = None
        self._thread: QThread | None = None
        self._search: _Search | None = None
        self._cancel: Cancel | None = None
        self._request: Request | None = None
        state = window.state
        self.setWindowTitle(fill(self.tr("Suggest a timetable for %1"), state.student.name))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.periods = QListWidget(self)
        self.periods.setMaximumWidth(200)
        self.periods.setToolTip(self.tr("The school periods to plan"))
        top.addWidget(self.periods)
        self.wishes = QTableWidget(0, 4, self)
        frame_focused_cells(self.wishes)  # the focused cell framed
        self.wishes.setHorizontalHeaderLabels(
            [self.tr("Course"), self.tr("Wish"), self.tr("Must have"), self.tr("Keep as it is")]
        )
        self.wishes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.wishes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.wishes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top.addWidget(self.wishes, 1)
        layout.addLayout(top, 2)
        add = QHBoxLayout()
        self.course = QComboBox(self)
        self.course.setEditable(True)
        self.course.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.course.lineEdit().setPlaceholderText(self.tr("Course code from the catalogue"))
        self.add_button = QPushButton(self.tr("&Add wish"), self)
        self.add_button.clicked.connect(self.add_current)
        self.fits_button = QPushButton(self.tr("What &fits?"), self)
        self.fits_button.clicked.connect(self.show_fits)
        add.addWidget(self.course, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.fits_button)
        layout.addLayout(add)
        free = QHBoxLayout()
        free.addWidget(QLabel(self.tr("Free time:"), self))
        self.free = QLineEdit(self)
        self.free.setPlaceholderText(self.tr("for example fri 16.00-23.59; wed 17.00-19.00"))
        free.addWidget(self.free, 1)
        layout.addLayout(free)
        run = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Suggest"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.status = QLabel(self)
        run.addWidget(self.run_button)
        run.addWidget(self.stop_button)
        run.addWidget(self.progress, 1)
        run.addWidget(self.status, 2)
        layout.addLayout(run)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.diff = QTreeWidget(split)
        self.diff.setHeaderLabels([self.tr("Change"), self.tr("Period")])
        self.diff.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QTextBrowser(split)
        layout.addWidget(split, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fill()

    # --- the wishes -------------------------------------------------------------
    def _fill(self) -> None:
        state = self.w.state
        ws = self.w.workspace
        cat = ws.catalogue()
        school = state.student.school
        periods = cat.school_periods(school)
        default = set(planned_periods(cat, school, (), self.today)) or {p.key for p in periods}
        for period in periods:
            item = QListWidgetItem(period.key, self.periods)
            item.setCheckState(CHECKED if period.key in default else UNCHECKED)
        codes = sorted(
            {o.code for o in cat.offerings.values() if o.groups and (o.school in (None, school))}
        )
        self.course.addItems(codes)
        self.course.setCurrentIndex(-1)
        seen: set[str] = set()
        for item in state.audit_items:
            if (
                item.status == ItemStatus.PLANNED
                and item.period in default
                and item.code not in seen
            ):
                seen.add(item.code)
                self._add_row(item.code, FROM_PLAN, label=item.label or item.code)

    def _add_row(self, code: str, kind: str, *, label: str = "") -> None:
        row = self.wishes.rowCount()
        self.wishes.insertRow(row)
        name = QTableWidgetItem(label or code)
        name.setData(Qt.ItemDataRole.UserRole, (code, kind))
        self.wishes.setItem(row, 0, name)
        wish = self.tr("in the plan") if kind == FROM_PLAN else self.tr("wanted")
        self.wishes.setItem(row, 1, QTableWidgetItem(wish))
        must = QTableWidgetItem()
        keep = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        if kind == WANTED:
            must.setFlags(flags)
            must.setCheckState(CHECKED)
        else:
            keep.setFlags(flags)
            keep.setCheckState(UNCHECKED)
        self.wishes.setItem(row, 2, must)
        self.wishes.setItem(row, 3, keep)

    def add_wish(self, code: str, *, must: bool = True) -> None:
        """A wanted course (a row of the plan's becomes wanted)."""
        code = code.strip()
        if not code:
            return
        row = next(
            (
                n
                for n in range(self.wishes.rowCount())
                if self.wishes.item(n, 0).data(Qt.ItemDataRole.UserRole)[0] == code
            ),
            None,
        )
        if row is None:
            self._add_row(code, WANTED)
            row = self.wishes.rowCount() - 1
        self.wishes.item(row, 0).setData(Qt.ItemDataRole.UserRole, (code, WANTED))
        self.wishes.item(row, 1).setText(self.tr("wanted"))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        self.wishes.item(row, 2).setFlags(flags)
        self.wishes.item(row, 2).setCheckState(CHECKED if must else UNCHECKED)
        keep = QTableWidgetItem()
        self.wishes.setItem(row, 3, keep)

    def add_current(self) -> None:
        self.add_wish(self.course.currentText())

    def set_keep(self, code: str, keep: bool = True) -> None:
        for row in range(self.wishes.rowCount()):
            known, kind = self.wishes.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if known == code and kind == FROM_PLAN:
                self.wishes.item(row, 3).setCheckState(CHECKED if keep else UNCHECKED)

    def ask(self) -> Ask:
        wants, extra, keep = [], [], []
        for row in range(self.wishes.rowCount()):
            code, kind = self.wishes.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if kind == WANTED:
                (wants if self.wishes.item(row, 2).checkState() == CHECKED else extra).append(code)
            elif self.wishes.item(row, 3).checkState() == CHECKED:
                keep.append(code)
        periods = tuple(
            self.periods.item(n).text()
            for n in range(self.periods.count())
            if self.periods.item(n).checkState() == CHECKED
        )
        cat = self.w.workspace.catalogue()
        school = self.w.state.student.school
        blocks = [b.strip() for b in self.free.text().split(";") if b.strip()]
        return Ask(
            wants=tuple(wants),
            extra=tuple(extra),
            keep=tuple(keep),
            periods=periods,
            free_time=tuple(weekly_free(b, cat, school) for b in blocks),
            today=self.today,
        )

    # --- the search -------------------------------------------------------------
    def run(self) -> None:
        """Start the search in the background (the request is made here)."""
        if self._thread is not None:
            return
        state = self.w.state
        try:
            request, cat = build_request(self.w.workspace, state.plan.id, self.ask())
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Suggest a timetable"), plain(str(exc)))
            return
        self._request = request
        self._cancel = Cancel()
        self._search = _Search(request, cat.timetable, self._cancel)
        self._thread = QThread(self)
        self._search.moveToThread(self._thread)
        self._thread.started.connect(self._search.run)
        self._search.found.connect(self._found)
        self._search.progress.connect(self._progress)
        self.progress.setRange(0, 0)  # busy
        self.status.setText(self.tr("Searching…"))
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self._thread.start()

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            self.status.setText(self.tr("Stopping…"))

    @Slot(float, float)
    def _progress(self, seconds: float, _value: float) -> None:
        self.status.setText(
            fill(self.tr("A plan found after %1 s; looking for a better one…"), f"{seconds:.1f}")
        )

    @Slot(object)
    def _found(self, outcome: Outcome) -> None:
        thread = self._thread
        if thread is not None:
            thread.quit()
            thread.wait()
        self._thread, self._search, self._cancel = None, None, None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.run_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        request = self._request
        assert request is not None
        cat = self.w.workspace.catalogue()
        self.suggestion = settle(request, cat, self.w.state.plan.id, outcome, self._language())
        self._show(self.suggestion)
        self.searched.emit()

    def _language(self) -> str:
        return str(getattr(self.w.plan_service, "language", "en"))

    # --- what it found ----------------------------------------------------------
    def _show(self, found: Suggestion) -> None:
        self.diff.clear()
        outcome = found.outcome
        if isinstance(outcome, Proposal) and found.diff is not None:
            diff = found.diff
            proof = (
                self.tr("Proven the best plan")
                if outcome.optimal
                else self.tr("The best plan found in the time allowed")
            )
            self.status.setText(fill(self.tr("%1 (%2 s)."), proof, f"{outcome.seconds:.2f}"))
            added = [(self._name(i), i.period or "") for i in diff.added]
            moved = [
                (f"{self._name(m.before)} → {self._name(m.after)}", m.after.period or "")
                for m in diff.moved
            ]
            removed = [(self._name(i), i.period or "") for i in diff.removed]
            self._branch(fill(self.tr("Added (%1)"), len(added)), added)
            self._branch(fill(self.tr("Moved (%1)"), len(moved)), moved)
            self._branch(fill(self.tr("Removed (%1)"), len(removed)), removed)
            b, a = diff.before, diff.after
            lines = [
                fill(
                    self.tr("Findings now: %1 errors, %2 warnings. After: %3 errors, %4 warnings."),
                    b.open_errors,
                    b.open_warnings,
                    a.open_errors,
                    a.open_warnings,
                ),
                fill(
                    self.tr("Credits planned now: %1 op. After: %2 op."),
                    f"{b.credits.total_planned:g}",
                    f"{a.credits.total_planned:g}",
                ),
                fill(
                    self.tr("Changes to the plan: %1; new days at Aalto: %2."),
                    outcome.changes,
                    outcome.trips,
                ),
            ]
            if diff.empty:
                lines.insert(0, self.tr("The plan stays as it is."))
            self.summary.setPlainText("\n".join(lines))
            self.apply_button.setEnabled(not diff.empty)
        elif isinstance(outcome, Infeasible):
            self.status.setText(self.tr("Nothing fits."))
            text = list(found.why)
            if found.alternatives:
                text.append("")
                text.append(self.tr("Nearest alternatives:"))
                text.extend(f"• {line}" for line in found.alternatives)
            self.summary.setPlainText("\n".join(text))
            self.apply_button.setEnabled(False)
        else:
            self.status.setText(self.tr("Stopped before a plan was found."))
            self.summary.clear()
            self.apply_button.setEnabled(False)
        self.diff.expandAll()

    def _name(self, item: AuditItem) -> str:
        return item.label or item.code

    def _branch(self, title: str, rows: list[tuple[str, str]]) -> None:
        top = QTreeWidgetItem(self.diff, [title, ""])
        for name, period in rows:
            QTreeWidgetItem(top, [name, period])

    def branches(self) -> dict[str, list[str]]:
        """What the diff shows: each branch's title and its rows (tests)."""
        out = {}
        for n in range(self.diff.topLevelItemCount()):
            top = self.diff.topLevelItem(n)
            out[top.text(0)] = [top.child(k).text(0) for k in range(top.childCount())]
        return out

    def apply(self) -> bool:
        """The proposal as one undoable edit of the plan."""
        found = self.suggestion
        if found is None or found.diff is None or self.w.plan_service is None:
            return False
        removes, adds = edits_of(found.diff)
        command = ApplySuggestion(
            self.tr("Apply suggested timetable"),
            self.w.plan_service,
            self.w.edits.publish,
            self.w.errors.report_error,
            plan_id=found.plan_id,
            removes=removes,
            adds=adds,
        )
        if not self.w.edits.push(command):
            return False
        self.accept()
        return True

    def show_fits(self) -> None:
        """The choices of the course in the box that fit the plan as it stands."""
        code = self.course.currentText().strip()
        if not code:
            return
        state = self.w.state
        cat = self.w.workspace.catalogue()
        fits = what_fits(cat, state.audit_items, code, school=state.student.school)
        self.diff.clear()
        good = [(f"{f.offering_key} {'+'.join(f.group_keys)}", "") for f in fits if f.fits]
        bad = [(f"{f.offering_key} {'+'.join(f.group_keys)}", "") for f in fits if not f.fits]
        self._branch(fill(self.tr("%1 fits (%2)"), code, len(good)), good)
        self._branch(fill(self.tr("%1 clashes or is full (%2)"), code, len(bad)), bad)
        self.diff.expandAll()
        self.summary.setPlainText(
            fill(self.tr("%1 choices of %2 fit the plan as it stands."), len(good), code)
        )

    def done(self, result: int) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().done(result)
