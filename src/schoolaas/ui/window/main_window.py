"""The main window: catalogue, course detail, week timetable, plan and live
audit around one student's plan. Every edit is an undo command; after each
one the plan is audited again and every view redrawn from plain data."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.ui import options as opt
from schoolaas.ui.panes.audit_panel import AuditPanel
from schoolaas.ui.panes.catalogue_panel import CataloguePanel
from schoolaas.ui.panes.detail_panel import DetailPanel
from schoolaas.ui.panes.plan_panel import PlanPanel
from schoolaas.ui.panes.timetable_panel import TimetablePanel
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.window.actions import WindowActions
from schoolaas.ui.window.errors import WindowErrors
from schoolaas.ui.window.layout import WindowLayout
from schoolaas.ui.window.plan_edits import PlanEdits

if TYPE_CHECKING:
    # Loaded with the database, after the window has painted: what only a
    # plan needs (the audit's and the services' types, the week's drawing,
    # the undo commands) is not compiled before the first paint.
    from schoolaas.domain.findings import AuditResult
    from schoolaas.domain.model import AuditItem, Finding
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.plans.week import FitChecker
    from schoolaas.services.views import Change, ItemView, PlanView, StudentView
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.commands import PlanCommand
    from schoolaas.ui.window.loader import OpenDatabase, Opened


class MainWindow(WindowErrors, WindowLayout, PlanEdits, QMainWindow):
    """Signals: ``database_opened()``; ``plan_refreshed(float)`` with the
    milliseconds from the start of the refresh to the audit shown."""

    database_opened = Signal()
    database_failed = Signal(str)
    plan_refreshed = Signal(float)
    first_painted = Signal()

    def __init__(self, options: opt.Options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        # fills an empty database on first open (the CLI gives the demo builder)
        self.first_run: Callable[[Workspace], object] | None = None
        self.workspace: Workspace | None = None
        self.catalogue: Catalogue | None = None
        self.student: StudentView | None = None
        self.plan: PlanView | None = None
        self.plans: list[PlanView] = []
        self.items: list[ItemView] = []
        self.audit_items: tuple[AuditItem, ...] = ()
        self.result: AuditResult | None = None
        self.last_refresh_ms = 0.0
        self.last_edit_ms = 0.0  # from an edit's start to its audit on screen
        self._edit_began: float | None = None
        self._fits_timer = QTimer(self)
        self._fits_timer.setSingleShot(True)
        self._fits_timer.setInterval(120)  # after the audit is on screen; edits coalesce
        self._fits: tuple[Catalogue, FitChecker] | None = None
        self._fits_timer.timeout.connect(self._update_fits)
        self._students: list[StudentView] = []
        self._loader: OpenDatabase | None = None
        self._painted = False
        self._switch_interval = sys.getswitchinterval()
        self._run_audit: Any = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("SchoolaaS Planner"))
        self.resize(1360, 860)
        self._build_views()
        self.actions_ = WindowActions(self)
        self._set_tab_order()  # once the toolbar holds the plan combo
        self._restore_layout()
        self._set_busy(self.tr("Opening database…"))
        self._update_title()
        self.installEventFilter(self)

    # layout -------------------------------------------------------------------
    def _build_views(self) -> None:
        self.timetable_panel = TimetablePanel(self)
        self.timetable = self.timetable_panel.timetable
        self.setCentralWidget(self.timetable_panel)
        self.catalogue_panel = CataloguePanel(self)
        self.detail_panel = DetailPanel(self)
        self.plan_panel = PlanPanel(self)
        self.audit_panel = AuditPanel(self)
        self.catalogue_dock = self._dock("catalogue", self.tr("&Catalogue"), self.catalogue_panel)
        self.detail_dock = self._dock("detail", self.tr("Course &details"), self.detail_panel)
        self.plan_dock = self._dock("plan", self.tr("&Plan"), self.plan_panel)
        self.audit_dock = self._dock("audit", self.tr("&Audit"), self.audit_panel)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # the catalogue column runs the full height; the plan sits under the
        # timetable and the audit, wide enough for its columns
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.TopLeftCorner, left)
        self.addDockWidget(left, self.catalogue_dock)
        self.addDockWidget(left, self.detail_dock)
        self.addDockWidget(right, self.audit_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plan_dock)

        self.student_label = QLabel(self)
        self.student_label.setAccessibleName(self.tr("Current student"))
        self.plan_combo = QComboBox(self)
        self.plan_combo.setAccessibleName(self.tr("Plan version"))
        self.plan_combo.setMinimumContentsLength(16)
        self.plan_combo.activated.connect(self._on_plan_combo_activated)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working"))
        self.statusBar().addPermanentWidget(self.busy)

        self.catalogue_panel.add_requested.connect(self.add_offering)
        self.catalogue_panel.current_changed.connect(self._on_catalogue_current_changed)
        self.plan_panel.offering_dropped.connect(self.add_offering)
        self.plan_panel.remove_requested.connect(self.remove_item)
        self.plan_panel.status_requested.connect(self._on_plan_status_requested)
        self.plan_panel.groups_requested.connect(self.choose_groups)
        self.plan_panel.item_selected.connect(self._on_plan_item_selected)
        self.timetable.offering_dropped.connect(self.add_offering)
        self.timetable.item_clicked.connect(self._on_timetable_item_clicked)
        self.timetable_panel.week_changed.connect(self._on_timetable_week_changed)
        self.audit_panel.finding_selected.connect(self._on_audit_finding_selected)
        self.audit_panel.accept_requested.connect(self._on_audit_accept_requested)
        self.audit_panel.reopen_requested.connect(self.reopen_finding)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self._loader is not None and self._loader.isRunning():
            self._loader.wait(10_000)
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)  # every later event would pass through Python
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    # opening ----------------------------------------------------------------------
    def open_database_after_paint(self, url: str | None, *, create_demo: bool = True) -> None:
        """Open once the window has painted (or after a second at most): the
        worker's imports compete with the GUI thread for Python's GIL."""
        if self._painted:
            self.open_database(url, create_demo=create_demo)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)

        def go() -> None:
            timer.stop()
            self.first_painted.disconnect(go)
            self.open_database(url, create_demo=create_demo)

        self.first_painted.connect(go)
        timer.timeout.connect(go)
        timer.start(1000)

    def open_database(self, url: str | None, *, create_demo: bool = True) -> None:
        """Open in a worker thread; the window shows "Opening database…"."""
        if self._loader is not None and self._loader.isRunning():
            return
        self._set_busy(self.tr("Opening database…"))
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(0.001)  # hand the GIL back to the GUI often while loading
        from schoolaas.ui.window.loader import OpenDatabase

        first_run = self.first_run if create_demo else None
        self._loader = OpenDatabase(url, first_run=first_run, parent=self)
        self._loader.opened.connect(self._on_loader_opened)
        self._loader.failed.connect(self._on_loader_failed)
        self._loader.finished.connect(self._on_loader_finished)
        self._loader.start()

    def _set_tab_order(self) -> None:
        cat, plan, audit, week = (
            self.catalogue_panel,
            self.plan_panel,
            self.audit_panel,
            self.timetable_panel,
        )
        self.set_tab_order(
            [
                self.plan_combo,
                *(cat.search, cat.provider, cat.subject, cat.period, cat.language, cat.min_op),
                *(cat.fits, cat.table, cat.add_button, self.detail_panel),
                *(week.previous, week.day, week.next, week.periods, self.timetable),
                *(plan.table, plan.status, plan.grade, plan.set_status_button),
                *(plan.groups_button, plan.remove_button),
                *(audit.table, audit.accept_button, audit.reopen_button),
            ]
        )

    def _on_loader_finished(self) -> None:
        sys.setswitchinterval(self._switch_interval)

    def _set_busy(self, text: str) -> None:
        self.busy.show()
        self.statusBar().showMessage(text)
        self.actions_.set_enabled(False)

    def _on_loader_opened(self, opened: Opened) -> None:
        from schoolaas.domain.audit import audit

        self._run_audit = audit
        self._use(opened.workspace, opened.catalogue, opened.students)
        cat = opened.catalogue
        self.statusBar().showMessage(
            fill(
                self.tr("%1 courses, %2 students — opened in %3 s"),
                len(cat.offerings),
                len(opened.students),
                f"{opened.seconds:.1f}",
            ),
            15000,
        )
        last = self.options.get(opt.LAST_STUDENT_ID)
        known = {s.id for s in opened.students}
        start = last if last in known else (opened.students[0].id if opened.students else None)
        if start is not None:
            self.open_student(start, plan_id=self.options.get(opt.LAST_PLAN_ID))
        self.database_opened.emit()

    def _use(self, workspace: Workspace, catalogue: Catalogue, students: list[StudentView]) -> None:
        from schoolaas.ui.window import db_guard

        db_guard.remember(workspace)
        self.workspace = workspace
        self.catalogue = catalogue
        self._students = students
        self.busy.hide()
        self.actions_.set_enabled(True)
        self.catalogue_panel.set_offerings(list(catalogue.offerings.values()), catalogue.periods)
        self.detail_panel.set_premises(catalogue.rooms, catalogue.buildings)

    def adopt(self, other: MainWindow) -> None:
        """Take over the open database, student, plan and week of ``other``
        (a window built anew, e.g. in another language). The undo history
        stays with the old window: its commands call back into it."""
        if other.workspace is None or other.catalogue is None:
            return
        self._run_audit = other._run_audit
        self._use(other.workspace, other.catalogue, other._students)
        other.workspace = None  # one owner of the open database
        if other.student is not None:
            self.open_student(other.student.id, plan_id=other.plan.id if other.plan else None)
            self.timetable_panel.set_monday(other.timetable_panel.monday())
        self.database_opened.emit()

    def _on_loader_failed(self, message: str) -> None:
        self.busy.hide()
        self.statusBar().showMessage(self.tr("The database could not be opened."))
        self.database_failed.emit(message)
        self.show_error(fill(self.tr("The database could not be opened:\n%1"), message))

    # students and plans --------------------------------------------------------
    def students(self) -> list[StudentView]:
        if self.workspace is not None:
            self._students = self.workspace.students()
        return list(self._students)

    def open_student(self, student_id: int, *, plan_id: int | None = None) -> None:
        if self.workspace is None:
            return
        try:
            self.student = self.workspace.student(student_id)
            self.plans = self.workspace.plans(student_id)
            active = self.workspace.active_plan(student_id)
        except PlannerError as error:
            self.show_error(str(error))
            return
        if not any(p.id == active.id for p in self.plans):
            self.plans = self.workspace.plans(student_id)
        self.plan = next((p for p in self.plans if p.id == plan_id), active)
        self.undo_stack.clear()
        self.options.set(opt.LAST_STUDENT_ID, student_id)
        school = self.catalogue.school_periods(self.student.school) if self.catalogue else []
        self.timetable_panel.set_periods(school)
        self.student_label.setText(
            fill(
                self.tr("  %1 (%2, %3)  "),
                self.student.name,
                self.student.school,
                self.student.group,
            )
        )
        self._fill_plan_combo()
        self.refresh_plan(jump=True)

    def open_plan(self, plan_id: int) -> None:
        """Show another plan version of the current student."""
        plan = next((p for p in self.plans if p.id == plan_id), None)
        if plan is None or self.plan is None or plan.id == self.plan.id:
            return
        self.plan = plan
        self._fill_plan_combo()
        self.refresh_plan()

    def _fill_plan_combo(self) -> None:
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in self.plans:
            self.plan_combo.addItem(p.name + (" ★" if p.active else ""), p.id)
        if self.plan is not None:
            self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(self.plan.id), 0))
        self.plan_combo.blockSignals(False)
        self.options.set(opt.LAST_PLAN_ID, self.plan.id if self.plan else None)
        self._update_title()
        self.actions_.update_enabled()

    def _on_plan_combo_activated(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        if plan_id is not None:
            self.open_plan(int(plan_id))

    def _update_title(self) -> None:
        if self.student is None or self.plan is None:
            self.setWindowTitle(self.tr("SchoolaaS Planner"))
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.student.name} — {self.plan.name}[*]")
        self.setWindowModified(not self.undo_stack.isClean())

    # refreshing ----------------------------------------------------------------------
    def refresh_plan(self, *, jump: bool = False) -> None:
        """Audit the plan and redraw every view from the result."""
        if self.workspace is None or self.plan is None:
            return
        began = time.perf_counter()
        try:
            audit_input = self.workspace.audit_input(self.plan.id)
            self.result = self._run_audit(audit_input)
            self.audit_items = audit_input.items
            if self.catalogue is None:
                self.catalogue = self.workspace.catalogue()
            self.items = item_views(
                self.plan.id, self.audit_items, self.catalogue, self.options.get(opt.LANGUAGE)
            )
        except PlannerError as error:
            self.show_error(str(error))
            return
        labels = {i.item_id: i.label or i.code for i in self.audit_items}
        flags: dict[int, bool] = {}
        for f in self.result.findings:
            for item_id in f.item_ids:
                flags[item_id] = flags.get(item_id, False) or (f.is_open and f.severity == "error")
        # The panes repaint what changed in one pass at the end (the audit
        # pane holds its progress bars, which would repaint at once); not
        # the whole of every pane, which would put the timetable and the
        # plan's buttons before the findings on every edit.
        self.audit_panel.show_result(self.result, labels)
        self.plan_panel.set_items(self.items, flags)
        if jump:
            self.plan_panel.scroll_to_ahead()
            self._jump_to_plan_week()
        self._draw_week()
        self.actions_.update_enabled()
        now = time.perf_counter()
        self.last_refresh_ms = (now - began) * 1000
        if self._edit_began is not None:
            self.last_edit_ms = (now - self._edit_began) * 1000
            self._edit_began = None
        self.audit_panel.show_timing(self.last_refresh_ms, self.last_edit_ms)
        self._fits_timer.start()  # "fits my timetable" after the audit is on screen
        self.plan_refreshed.emit(self.last_refresh_ms)

    def _update_fits(self) -> None:
        if self.catalogue is None or self.plan is None:
            return
        from schoolaas.services.plans.week import FitChecker

        if self._fits is None or self._fits[0] is not self.catalogue:
            self._fits = (
                self.catalogue,
                FitChecker(self.catalogue.offerings, self.catalogue.travel),
            )
        clashing = self._fits[1].clashing(self.audit_items)
        planned = {i.offering_key for i in self.items if i.offering_key}
        self.catalogue_panel.set_plan_state(clashing, planned)

    def _jump_to_plan_week(self) -> None:
        """Open on the week of the first open problem with a date, else the
        busiest of the coming weeks, else the plan's first session."""
        from schoolaas.services.plans.week import opening_week

        findings = self.result.findings if self.result else ()
        self.timetable_panel.set_monday(opening_week(self.audit_items, findings, date.today()))

    def _draw_week(self) -> None:
        from schoolaas.services.plans.week import build_week

        travel = self.catalogue.travel if self.catalogue else None
        rooms = self.catalogue.rooms if self.catalogue else None
        findings = self.result.findings if self.result else ()
        monday = self.timetable_panel.monday()
        blocks, gaps = build_week(monday, self.audit_items, findings, travel, rooms)
        self.timetable.set_week(self.timetable_panel.monday(), blocks, gaps)

    def _on_timetable_week_changed(self, _monday: date) -> None:
        self._draw_week()

    # edits ------------------------------------------------------------------------------
    def push(self, command: PlanCommand) -> bool:
        """Run an edit now and put it on the undo stack; False if refused."""
        self._edit_began = time.perf_counter()
        try:
            command.execute()
        except PlannerError as error:
            self._edit_began = None
            self.report_error(error, refresh=False)
            return False
        self.undo_stack.push(command)
        return True

    def apply_change(self, change: Change) -> None:
        """What an edit (or its undo) changed: refresh what shows it."""
        if self.workspace is None or self.student is None:
            return
        if change.catalogue:
            self.catalogue = self.workspace.refresh_catalogue()
        current = self.plan.id if self.plan else None
        if change.item_ids and change.plan_ids == frozenset({current}):
            self.refresh_plan()  # an item of the plan on screen: the versions are as they were
            return
        self.plans = self.workspace.plans(self.student.id)
        ids = {p.id for p in self.plans}
        if current not in ids:
            current = next((p.id for p in self.plans if p.active), self.plans[0].id)
        elif change.plan_ids and current not in change.plan_ids:
            # undo/redo of an edit in another version: show that version
            current = next((p.id for p in self.plans if p.id in change.plan_ids), current)
        self.plan = next(p for p in self.plans if p.id == current)
        self._fill_plan_combo()
        self.refresh_plan()

    # selection ----------------------------------------------------------------------
    def _on_catalogue_current_changed(self, key: str) -> None:
        offering = self.catalogue.offerings.get(key) if (self.catalogue and key) else None
        if offering is None:
            self.detail_panel.show_nothing()
        else:
            planned = None
            if offering.seats is not None and self.workspace is not None:
                try:
                    planned = self.workspace.planned_students(key)
                except PlannerError:
                    planned = None  # the details still show; the seats count waits
            self.detail_panel.show_offering(
                offering,
                planned_students=planned,
                language=self.options.get(opt.LANGUAGE),
            )

    def _on_plan_item_selected(self, item_id: int) -> None:
        self.timetable.set_selected_item(item_id or None)
        self.actions_.update_enabled()
        item = next((i for i in self.items if i.id == item_id), None)
        if item is not None and item.offering_key:
            self._on_catalogue_current_changed(item.offering_key)

    def _on_timetable_item_clicked(self, item_id: int) -> None:
        self.plan_panel.select_item(item_id)

    def _on_audit_finding_selected(self, finding: Finding | None) -> None:
        self.actions_.update_enabled()
        ids = set(finding.item_ids) if finding else set()
        self.timetable.set_highlighted_items(ids)
        if finding is None:
            return
        if finding.item_ids:
            self.plan_panel.select_item(finding.item_ids[0])
        if finding.dates:
            self.timetable_panel.set_monday(finding.dates[0])


def item_views(
    plan_id: int, items: tuple[AuditItem, ...], catalogue: Catalogue, language: str = "en"
) -> list[ItemView]:
    """The plan table's rows from the audit's items (no second query)."""
    from schoolaas.services.viewing import item_name
    from schoolaas.services.views import ItemView

    return [
        ItemView(
            id=i.item_id,
            plan_id=plan_id,
            code=i.code,
            name=item_name(i, catalogue, language),
            provider=i.provider,
            status=i.status,
            op=i.op,
            ects=i.ects,
            period=i.period,
            offering_key=i.offering_key,
            group_keys=i.group_keys,
            grade=i.grade,
        )
        for i in items
    ]
