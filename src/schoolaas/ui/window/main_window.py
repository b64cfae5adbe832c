"""The main window: catalogue, course detail, week timetable, plan and live
audit around one student's plan. The window shows state; it does not compute
it: its plan service (services/plans/service.py) opens plans and makes every
edit, returning the new state (rows, audit result, week blocks). Edits are
undo commands whose changes go out on the application's one "changes
applied" signal (ui/changes.py); this window, the students overview and the
premises window each refresh what they show from it.

The window is composed of parts it owns: ``docks`` (layout), ``errors``
(message boxes), ``edits`` (plan edits as undo commands), ``opening``
(opening a database in a worker), ``links`` (the panes following each
other's selection) and ``actions_`` (menus, toolbar, version dialogs)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QMainWindow,
    QProgressBar,
    QWidget,
)

from schoolaas.services.errors import PlannerError
from schoolaas.ui import options as opt
from schoolaas.ui.changes import ChangeBus
from schoolaas.ui.live import LiveRefresh
from schoolaas.ui.panes.audit_panel import AuditPanel
from schoolaas.ui.panes.catalogue_panel import CataloguePanel
from schoolaas.ui.panes.detail_panel import DetailPanel
from schoolaas.ui.panes.plan_panel import PlanPanel
from schoolaas.ui.panes.timetable_panel import TimetablePanel
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain_label
from schoolaas.ui.window.actions import WindowActions
from schoolaas.ui.window.errors import WindowErrors
from schoolaas.ui.window.layout import WindowLayout
from schoolaas.ui.window.opening import DatabaseOpening
from schoolaas.ui.window.pane_links import PaneLinks
from schoolaas.ui.window.plan_edits import PlanEdits

if TYPE_CHECKING:
    # Loaded with the database, after the window has painted: what only a
    # plan needs (the audit's and the services' types, the undo commands)
    # is not compiled before the first paint.
    from schoolaas.domain.findings import AuditResult
    from schoolaas.domain.model import AuditItem
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.plans.service import PlanService
    from schoolaas.services.views import Change, ItemView, PlanState, PlanView, StudentView
    from schoolaas.services.workspace import Workspace


class MainWindow(QMainWindow):
    """Signals: ``database_opened()``; ``plan_refreshed(float)`` with the
    milliseconds from the start of the refresh (for an edit: of the edit) to
    the audit shown.

    ``bus`` is the application's ChangeBus (ui/app.py makes one for all
    windows; a window made without one makes its own)."""

    database_opened = Signal()
    database_failed = Signal(str)
    plan_refreshed = Signal(float)
    first_painted = Signal()

    def __init__(
        self, options: opt.Options, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.bus = bus if bus is not None else ChangeBus(self)
        self.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.live = LiveRefresh(self.bus, self)  # other copies' changes, about once a second
        # fills an empty database on first open (the CLI gives the demo builder)
        self.first_run: Callable[[Workspace], object] | None = None
        self.workspace: Workspace | None = None
        self.plan_service: PlanService | None = None
        self.catalogue: Catalogue | None = None
        self.state: PlanState | None = None  # what the panes show
        self.last_refresh_ms = 0.0
        self.last_edit_ms = 0.0  # from an edit's start to its audit on screen
        self._students: list[StudentView] = []
        self._painted = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.docks = WindowLayout(self, options)
        self.errors = WindowErrors(self)
        self.edits = PlanEdits(self)
        self.opening = DatabaseOpening(self)
        self.links = PaneLinks(self)
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("SchoolaaS Planner"))
        self.resize(1360, 860)
        self._build_views()
        self.actions_ = WindowActions(self)
        self._set_tab_order()  # once the toolbar holds the plan combo
        self.docks.restore()
        self.opening.set_busy(self.tr("Opening database…"))
        self._update_title()
        self.installEventFilter(self)

    # what is shown (read-only views of ``state``) ----------------------------------
    @property
    def student(self) -> StudentView | None:
        return self.state.student if self.state else None

    @property
    def plan(self) -> PlanView | None:
        return self.state.plan if self.state else None

    @property
    def plans(self) -> list[PlanView]:
        return list(self.state.plans) if self.state else []

    @property
    def items(self) -> list[ItemView]:
        return list(self.state.items) if self.state else []

    @property
    def audit_items(self) -> tuple[AuditItem, ...]:
        return self.state.audit_items if self.state else ()

    @property
    def result(self) -> AuditResult | None:
        return self.state.result if self.state else None

    # layout -------------------------------------------------------------------
    def _build_views(self) -> None:
        self.timetable_panel = TimetablePanel(self)
        self.timetable = self.timetable_panel.timetable
        self.setCentralWidget(self.timetable_panel)
        self.catalogue_panel = CataloguePanel(self, language=self.options.get(opt.LANGUAGE))
        self.detail_panel = DetailPanel(self)
        self.plan_panel = PlanPanel(self)
        self.audit_panel = AuditPanel(self)
        dock = self.docks.dock
        self.catalogue_dock = dock("catalogue", self.tr("&Catalogue"), self.catalogue_panel)
        self.detail_dock = dock("detail", self.tr("Course &details"), self.detail_panel)
        self.plan_dock = dock("plan", self.tr("&Plan"), self.plan_panel)
        self.audit_dock = dock("audit", self.tr("&Audit"), self.audit_panel)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # the catalogue column runs the full height; the plan sits under the
        # timetable and the audit, wide enough for its columns
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.TopLeftCorner, left)
        self.addDockWidget(left, self.catalogue_dock)
        self.addDockWidget(left, self.detail_dock)
        self.addDockWidget(right, self.audit_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plan_dock)

        self.student_label = plain_label(parent=self)  # a name: shown as typed
        self.student_label.setAccessibleName(self.tr("Current student"))
        self.plan_combo = QComboBox(self)
        self.plan_combo.setAccessibleName(self.tr("Plan version"))
        # Qt on Linux names a combo box by its value: the description says what it is
        self.plan_combo.setAccessibleDescription(self.plan_combo.accessibleName())
        self.plan_combo.setMinimumContentsLength(16)
        self.plan_combo.activated.connect(self._on_plan_combo_activated)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working"))
        self.statusBar().addPermanentWidget(self.busy)

        edits = self.edits
        self.catalogue_panel.add_requested.connect(edits.add_offering)
        self.catalogue_panel.current_changed.connect(self.links.on_catalogue_current_changed)
        self.plan_panel.offering_dropped.connect(edits.add_offering)
        self.plan_panel.remove_requested.connect(edits.remove_item)
        self.plan_panel.status_requested.connect(edits.set_status)
        self.plan_panel.groups_requested.connect(edits.choose_groups)
        self.plan_panel.item_selected.connect(self.links.on_plan_item_selected)
        self.timetable.offering_dropped.connect(edits.add_offering)
        self.timetable.item_clicked.connect(self.links.on_timetable_item_clicked)
        self.timetable_panel.week_changed.connect(self.links.on_timetable_week_changed)
        self.audit_panel.finding_selected.connect(self.links.on_audit_finding_selected)
        self.audit_panel.accept_requested.connect(edits.ask_to_accept)
        self.audit_panel.reopen_requested.connect(edits.reopen_finding)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.docks.shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.docks.save()
        self.live.stop()
        loader = self.opening.loader
        if loader is not None and loader.isRunning():
            loader.wait(10_000)
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

    def open_database(
        self, url: str | None, *, create_demo: bool = True, create: bool = False
    ) -> None:
        """Open in a worker thread; the window shows "Opening database…".
        A missing SQLite file other than the default is made (empty) only
        with ``create``; without, the window asks first (window/opening.py)."""
        self.opening.open(url, create_demo=create_demo, create=create)

    def _set_tab_order(self) -> None:
        cat, plan, audit, week = (
            self.catalogue_panel,
            self.plan_panel,
            self.audit_panel,
            self.timetable_panel,
        )
        self.docks.set_tab_order(
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

    def use_database(
        self, workspace: Workspace, catalogue: Catalogue, students: list[StudentView]
    ) -> None:
        from schoolaas.services.plans.service import PlanService
        from schoolaas.ui.window import db_guard

        db_guard.remember(workspace)
        self.workspace = workspace
        self.live.watch(workspace)
        self.plan_service = PlanService(workspace, language=self.options.get(opt.LANGUAGE))
        self._students = students
        self.busy.hide()
        self.actions_.set_enabled(True)
        self._use_catalogue(catalogue)

    def _use_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.catalogue_panel.set_offerings(list(catalogue.offerings.values()), catalogue.periods)
        self.detail_panel.set_premises(catalogue.rooms, catalogue.buildings)

    def adopt(self, other: MainWindow) -> None:
        """Take over the open database, student, plan and week of ``other``
        (a window built anew, e.g. in another language). The undo history
        stays with the old window: its commands call back into it."""
        if other.workspace is None or other.catalogue is None:
            return
        self.use_database(other.workspace, other.catalogue, other._students)
        self.statusBar().clearMessage()  # not a stale "Opening database…"
        other.workspace = None  # one owner of the open database
        other.live.stop()
        other.plan_service = None  # it no longer follows the changes on the bus
        if other.state is not None:
            self.open_student(other.state.student.id, plan_id=other.state.plan.id)
            self.timetable_panel.set_monday(other.timetable_panel.monday())
        self.database_opened.emit()

    # students and plans --------------------------------------------------------
    def students(self) -> list[StudentView]:
        if self.workspace is not None:
            self._students = self.workspace.students()
        return list(self._students)

    def open_student(self, student_id: int, *, plan_id: int | None = None) -> None:
        if self.plan_service is None:
            return
        began = time.perf_counter()
        try:
            state = self.plan_service.open_student(student_id, plan_id=plan_id)
        except PlannerError as error:
            self.errors.show_error(str(error))
            return
        self.undo_stack.clear()
        self.options.set(opt.LAST_STUDENT_ID, student_id)
        school = self.catalogue.school_periods(state.student.school) if self.catalogue else []
        self.timetable_panel.set_periods(school)
        self.show_state(state, began=began, jump=True)

    def open_plan(self, plan_id: int) -> None:
        """Show another plan version of the current student."""
        state = self.state
        if self.plan_service is None or state is None or plan_id == state.plan.id:
            return
        if not any(p.id == plan_id for p in state.plans):
            return
        began = time.perf_counter()
        try:
            new = self.plan_service.open_plan(plan_id)
        except PlannerError as error:
            self.errors.show_error(str(error))
            return
        self.show_state(new, began=began)

    def refresh_plan(self) -> None:
        """Show the open plan worked out again (after a refused edit, say)."""
        self._refresh(student=False)

    def _refresh(self, *, student: bool) -> None:
        if self.plan_service is None or self.plan_service.state is None:
            return
        began = time.perf_counter()
        try:
            state = self.plan_service.refresh(student=student)
        except PlannerError as error:
            self.errors.show_error(str(error))
            return
        self.show_state(state, began=began)

    def _fill_plan_combo(self) -> None:
        state = self.state
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in state.plans if state else ():
            self.plan_combo.addItem(p.name + (" ★" if p.active else ""), p.id)
        if state is not None:
            self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(state.plan.id), 0))
        self.plan_combo.blockSignals(False)
        self.options.set(opt.LAST_PLAN_ID, state.plan.id if state else None)

    def _on_plan_combo_activated(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        if plan_id is not None:
            self.open_plan(int(plan_id))

    def _update_title(self) -> None:
        if self.state is None:
            self.setWindowTitle(self.tr("SchoolaaS Planner"))
            self.setWindowModified(False)
            return
        # every edit is stored at once: no "modified" marker to mislead
        self.setWindowTitle(f"{self.state.student.name} — {self.state.plan.name}")
        self.setWindowModified(False)

    # showing the state -------------------------------------------------------------
    def show_state(
        self, state: PlanState, *, began: float | None = None, jump: bool = False
    ) -> None:
        """Redraw every pane from ``state`` (made by the plan service). The
        panes repaint what changed in one pass at the end (the audit pane
        holds its progress bars, which would repaint at once); not the whole
        of every pane, which would put the timetable and the plan's buttons
        before the findings on every edit."""
        before = self.state
        self.state = state
        if state.catalogue is not self.catalogue:
            self._use_catalogue(state.catalogue)
        labels = {i.item_id: i.label or i.code for i in state.audit_items}
        flags: dict[int, bool] = {}
        for f in state.result.findings:
            for item_id in f.item_ids:
                flags[item_id] = flags.get(item_id, False) or (f.is_open and f.severity == "error")
        self.audit_panel.show_result(state.result, labels)
        self.plan_panel.set_items(list(state.items), flags)
        student_changed = before is None or before.student != state.student
        if student_changed:
            self.student_label.setText(
                fill(
                    self.tr("  %1 (%2, %3)  "),
                    state.student.name,
                    state.student.school,
                    state.student.group,
                )
            )
            # its name says what it is; screen readers read who from here
            self.student_label.setAccessibleDescription(self.student_label.text().strip())
        if before is None or (before.plans, before.plan) != (state.plans, state.plan):
            self._fill_plan_combo()
        if student_changed or before is None or before.plan != state.plan:
            self._update_title()
        if jump:
            self.plan_panel.scroll_to_ahead()
        self._show_week(state)
        self.actions_.update_enabled()
        now = time.perf_counter()
        edit_began, self.edits.began = self.edits.began, None
        self.last_refresh_ms = (now - (began or edit_began or now)) * 1000
        if edit_began is not None:
            self.last_edit_ms = (now - edit_began) * 1000
        # "edit + audit" only after an edit (not after opening or a change elsewhere)
        self.audit_panel.show_timing(
            self.last_refresh_ms, self.last_edit_ms if edit_began is not None else 0.0
        )
        self.links.fits_timer.start()  # "fits my timetable" after the audit is on screen
        self.plan_refreshed.emit(self.last_refresh_ms)

    def _show_week(self, state: PlanState) -> None:
        panel = self.timetable_panel
        panel.blockSignals(True)  # the state's own week: no second layout
        panel.set_monday(state.monday)
        panel.blockSignals(False)
        self.timetable.set_week(state.monday, list(state.blocks), list(state.gaps))

    # changes made anywhere in the application ----------------------------------------
    def _on_bus_changes_applied(self, change: Change, origin: object) -> None:
        """An edit was stored (here, in the overview, the premises window, a
        dialog): show the state it brought, or work the plan out again when
        the change touches what this window shows."""
        service = self.plan_service
        if service is None or service.state is None:
            return
        if change.state is not None and change.state is service.state:
            self.show_state(change.state)  # an edit through this window's plan service
        elif change.catalogue or change.premises or change.settings:
            self._refresh(student=False)  # the service loads the changed catalogue
        elif service.state.student.id in change.student_ids and origin is not self:
            self._refresh(student=True)  # the student's own data, edited elsewhere
