"""The main window's actions, menus and toolbar. The dialogs behind them
(print, import, students overview, settings) are imported when first used:
their imports (SQLAlchemy, reportlab) would delay the first paint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox, QWidget

from schoolaas.ui.window.matriculation_action import MatriculationAction
from schoolaas.ui.window.seats_action import SeatsAction
from schoolaas.ui.window.student_data_actions import StudentDataActions
from schoolaas.ui.window.suggest_action import SuggestAction
from schoolaas.ui.window.version_actions import VersionActions, tr

if TYPE_CHECKING:
    from schoolaas.ui.window.host import WindowHost


class WindowActions:
    """The window's QActions (a part the window owns), with the plan-version
    dialogs in ``versions``."""

    def __init__(self, window: WindowHost) -> None:
        self.w = window
        self.versions = VersionActions(window)
        self._needs_db: list[QAction] = []
        w = window
        stack = w.undo_stack
        self.undo = stack.createUndoAction(w, tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(w, tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.choose_student = self._act(tr("Choose &student…"), "Ctrl+O", self._choose_student)
        self.overview = self._act(
            tr("Students &overview…"),
            "Ctrl+Shift+O",
            self._overview,
        )
        self.import_ = self._act(tr("&Import…"), "Ctrl+I", self._import)
        self.print_ = self._act(
            tr("&Print plan…"),
            QKeySequence.StandardKey.Print,
            self._print,
        )
        self.export_calendar = self._act(
            tr("Export &calendar…"),
            "Ctrl+Shift+E",
            self._export_calendar,
        )
        self.settings = self._act(
            tr("Se&ttings…"),
            QKeySequence.StandardKey.Preferences,
            self._settings,
        )
        self.school_setup = self._act(tr("School set&up…"), "Ctrl+Shift+S", self._school_setup)
        self.quit = self._act(tr("&Quit"), QKeySequence.StandardKey.Quit, w.close, db=False)

        self.find = self._act(
            tr("&Find course"), QKeySequence.StandardKey.Find, w.catalogue_panel.focus_search
        )
        self.add = self._act(tr("&Add course to plan"), "Ctrl+Return", self._add_current)
        self.remove = self._act(
            tr("&Remove item"), QKeySequence.StandardKey.Delete, w.edits.remove_selected
        )
        self.remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.plan_panel.addAction(self.remove)
        w.timetable_panel.addAction(self.remove)
        self.groups = self._act(tr("Study &groups…"), "Ctrl+G", lambda: w.edits.choose_groups())
        self.aalto_links = self._act(
            tr("Aalto course seats and &links…"), "Ctrl+Shift+L", self._aalto_links
        )
        catalogue_table = w.catalogue_panel.table  # its context menu: add, seats and links
        catalogue_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        catalogue_table.addActions([self.add, self.aalto_links])
        self.accept = self._act(
            tr("A&ccept finding…"), "Ctrl+Shift+A", self._accept_selected_finding
        )
        self.reopen = self._act(tr("Re&open finding"), None, self._reopen_selected_finding)

        versions = self.versions
        self.duplicate = self._act(tr("&Duplicate plan…"), "Ctrl+D", versions.duplicate)
        self.new_plan = self._act(tr("Ne&w empty plan…"), "Ctrl+N", versions.new_plan)
        self.delete_plan_action = self._act(tr("De&lete plan"), None, versions.delete_plan)
        self.rename = self._act(tr("Re&name plan…"), "F2", versions.rename)
        self.make_active = self._act(tr("Make plan &active"), None, w.edits.make_active)
        self.compare = self._act(tr("&Compare versions…"), "Ctrl+Shift+C", versions.compare)
        self.next_plan = self._act(tr("&Next version"), "Ctrl+PgDown", lambda: versions.step(1))
        self.prev_plan = self._act(tr("&Previous version"), "Ctrl+PgUp", lambda: versions.step(-1))

        self.next_week = self._act(
            tr("Next &week"), "Alt+Right", lambda: self._step_week(7), db=False
        )
        self.prev_week = self._act(
            tr("Pre&vious week"), "Alt+Left", lambda: self._step_week(-7), db=False
        )
        self.this_week = self._act(
            tr("&This week"),
            "Alt+Home",
            lambda: w.timetable_panel.set_monday(date.today()),
            db=False,
        )
        self.focus_catalogue = self._act(
            tr("Go to &catalogue"),
            "Ctrl+1",
            lambda: self._focus(window.catalogue_panel.table),
            db=False,
        )
        self.focus_timetable = self._act(
            tr("Go to &timetable"), "Ctrl+2", lambda: self._focus(window.timetable), db=False
        )
        self.focus_plan = self._act(
            tr("Go to &plan"), "Ctrl+3", lambda: self._focus(window.plan_panel.table), db=False
        )
        self.focus_audit = self._act(
            tr("Go to &audit findings"),
            "Ctrl+4",
            lambda: self._focus(window.audit_panel.table),
            db=False,
        )
        self.tray = self._act(tr("Course &tray…"), "Ctrl+Shift+T", self._tray)
        self.premises = self._act(tr("P&remises and room use…"), None, self._premises)
        self.three_years = self._act(tr("Three &years…"), "Ctrl+Shift+Y", self._three_years)
        self.help = self._act(
            tr("&Help"), QKeySequence.StandardKey.HelpContents, self._help, db=False
        )
        self.about = self._act(tr("&About"), None, self._about, db=False)
        self.student_data = StudentDataActions(window, self._act)  # history, personal data
        self._build_menus()
        self._build_toolbar()
        from schoolaas.ui.student.mode import StudentMode

        self.student_mode = StudentMode(window, self)  # what a student may use
        file_menu = self.w.menuBar().actions()[0].menu()
        self.student_mode.add_to(file_menu, self.settings)
        from schoolaas.ui.admin.actions import AdminActions

        self.admin = AdminActions(window)  # People… of a shared database, admins only
        self.admin.add_to(file_menu, self.settings)
        from schoolaas.ui.panes.week_marks import WeekMarks

        self.week_marks = WeekMarks(window)  # exam weeks, holidays, matriculation days

    def _act(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        *,
        db: bool = True,
    ) -> QAction:
        action = QAction(text, self.w)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if db:
            self._needs_db.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.w.menuBar()
        file = bar.addMenu(tr("&File"))
        for a in (
            self.choose_student,
            self.overview,
            None,
            self.import_,
            self.print_,
            self.export_calendar,
            None,
            self.settings,
            self.school_setup,
            None,
            self.quit,
        ):
            file.addSeparator() if a is None else file.addAction(a)
        edit = bar.addMenu(tr("&Edit"))
        for a in (
            self.undo,
            self.redo,
            None,
            self.find,
            self.add,
            self.remove,
            self.groups,
            self.aalto_links,
            None,
            self.accept,
            self.reopen,
        ):
            edit.addSeparator() if a is None else edit.addAction(a)
        plan = bar.addMenu(tr("&Plan"))
        for a in (
            self.duplicate,
            self.new_plan,
            self.rename,
            self.make_active,
            self.delete_plan_action,
            None,
            self.compare,
            None,
            self.next_plan,
            self.prev_plan,
        ):
            plan.addSeparator() if a is None else plan.addAction(a)
        self.matriculation = MatriculationAction(self.w, self._act)  # the student's sittings
        self.matriculation.add_to(plan)
        self.suggest = SuggestAction(self.w, self._act)  # Suggest timetable… (issue 14)
        self.suggest.add_to(plan)
        self.seats = SeatsAction(self.w, self._act)  # Allocate Aalto seats… (issue 14)
        self.seats.add_to(plan)
        self.student_data.add_to(plan)
        view = bar.addMenu(tr("&View"))
        for a in (
            self.tray,
            self.three_years,
            self.premises,
            None,
            self.prev_week,
            self.next_week,
            self.this_week,
            None,
            self.focus_catalogue,
            self.focus_timetable,
            self.focus_plan,
            self.focus_audit,
        ):
            view.addSeparator() if a is None else view.addAction(a)
        view.addSeparator()
        for dock in self.w.docks.docks.values():
            view.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.help)
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        tools = self.w.addToolBar(tr("Main"))
        tools.setObjectName("main_toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.choose_student)
        tools.addWidget(self.w.student_label)
        tools.addWidget(self.w.plan_combo)
        for a in (self.duplicate, self.compare, None, self.undo, self.redo, None, self.print_):
            tools.addSeparator() if a is None else tools.addAction(a)

    # state ---------------------------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        for action in self._needs_db:
            action.setEnabled(enabled)
        if enabled:
            self.update_enabled()

    def update_enabled(self) -> None:
        w = self.w
        if w.workspace is None:
            return
        plan = w.state.plan if w.state else None
        plans = w.state.plans if w.state else ()
        has_plan = plan is not None
        item = w.plan_panel.selected_item()
        finding = w.audit_panel.selected_finding()
        self.add.setEnabled(has_plan)
        self.remove.setEnabled(item is not None)
        self.groups.setEnabled(item is not None and item.offering_key is not None)
        self.accept.setEnabled(finding is not None and finding.is_open)
        self.reopen.setEnabled(finding is not None and not finding.is_open)
        for a in (self.duplicate, self.new_plan, self.rename, self.compare):
            a.setEnabled(has_plan)
        self.delete_plan_action.setEnabled(len(plans) > 1)
        self.make_active.setEnabled(plan is not None and not plan.active)
        self.next_plan.setEnabled(len(plans) > 1)
        self.prev_plan.setEnabled(len(plans) > 1)

    # slots -------------------------------------------------------------------------------------
    def _choose_student(self) -> None:
        from schoolaas.ui.dialogs.student_picker import StudentPicker

        w = self.w
        current = w.state.student.id if w.state else None
        picker = StudentPicker(w.students(), current, w)
        if picker.exec() and picker.chosen_id() is not None:
            w.open_student(picker.chosen_id())

    def _add_current(self) -> None:
        key = self.w.catalogue_panel.current_key()
        if key:
            self.w.edits.add_offering(key)

    def _aalto_links(self) -> None:
        from schoolaas.ui.dialogs.aalto_links_dialog import edit_aalto_links

        w = self.w
        key = w.catalogue_panel.current_key()
        if w.workspace is not None and key:
            edit_aalto_links(w, w.workspace, key, w.undo_stack, w.bus.publish)

    def _accept_selected_finding(self) -> None:
        f = self.w.audit_panel.selected_finding()
        if f is not None and f.is_open:
            self.w.edits.ask_to_accept(f.key)

    def _reopen_selected_finding(self) -> None:
        f = self.w.audit_panel.selected_finding()
        if f is not None and not f.is_open:
            self.w.edits.reopen_finding(f.key)

    def _focus(self, widget: QWidget) -> None:
        dock = widget.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if isinstance(dock, QDockWidget) and dock.isHidden():
            dock.show()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_week(self, days: int) -> None:
        panel = self.w.timetable_panel
        panel.set_monday(panel.monday() + timedelta(days=days))

    def _print(self) -> None:
        from schoolaas.ui.dialogs import print_dialog

        w = self.w
        if w.workspace is not None and w.state is not None:
            print_dialog.open_print_dialog(w, w.workspace, w.state.student.id, w.state.plan.id)

    def _export_calendar(self) -> None:
        from schoolaas.ui.dialogs import print_dialog

        w = self.w
        if w.workspace is not None and w.state is not None:
            from schoolaas.ui.options import LANGUAGE

            print_dialog.export_calendar(
                w,
                w.workspace,
                w.state.student.id,
                w.state.plan.id,
                language=w.options.get(LANGUAGE),
            )

    def _import(self) -> None:
        from schoolaas.ui.dialogs import import_dialog

        w = self.w
        if w.workspace is not None:
            import_dialog.open_import_dialog(w, w.workspace)
            from schoolaas.services.views import Change

            # every window refreshes from the catalogue the import changed
            w.bus.publish(Change(catalogue=True), None)

    def _overview(self) -> None:
        from schoolaas.ui.overview import window as overview

        w = self.w
        if w.workspace is None:
            return
        window = getattr(self, "_overview_window", None)
        if window is None or not window.isVisible():  # one overview, brought to the front
            window = overview.OverviewWindow(
                w.workspace, w.options, open_plan=self._open_from_overview, bus=w.bus
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: setattr(self, "_overview_window", None))
            self._overview_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _premises(self) -> None:
        from schoolaas.ui.premises.view import PremisesView

        w = self.w
        if w.workspace is None:
            return
        window = getattr(self, "_premises_window", None)
        if window is None or not window.isVisible():
            window = PremisesView(w.workspace, None, bus=w.bus)
            window.setWindowTitle(tr("Premises and room use"))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: setattr(self, "_premises_window", None))
            window.resize(1150, 700)
            self._premises_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _open_from_overview(self, *args: Any) -> None:
        """The overview asks to open a student's plan: (student_id[, plan_id])."""
        if args:
            self.w.open_student(int(args[0]), plan_id=int(args[1]) if len(args) > 1 else None)
            self.w.raise_()
            self.w.activateWindow()

    def _school_setup(self) -> None:
        from schoolaas.ui.setup.window import SetupWindow

        w = self.w
        window = getattr(self, "_setup_window", None)
        if w.workspace is not None and (window is None or window.workspace is not w.workspace):
            window = SetupWindow(w.workspace, w, bus=w.bus)  # type: ignore[arg-type]
            self._setup_window = window
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()

    def _tray(self) -> None:
        from schoolaas.ui.tray.tray_window import TrayWindow

        self._plan_view("_tray_window", TrayWindow)

    def _three_years(self) -> None:
        from schoolaas.ui.tray.years_window import YearsWindow

        self._plan_view("_years_window", YearsWindow)

    def _plan_view(self, name: str, kind: Any) -> None:
        """One window of the kind, brought to the front when it is open."""
        window = getattr(self, name, None)
        if window is None or not window.isVisible():
            window = kind(self.w, self.w)  # a window of its own, closed with the main one
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: setattr(self, name, None))
            setattr(self, name, window)
        window.show()
        window.raise_()
        window.activateWindow()

    def _settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog is not None:
            dialog.exec()

    def settings_dialog(self) -> QDialog | None:
        """The Settings dialog over the open database (None without one),
        with the offline copy's "I am a student…" switch on its local tab."""
        from schoolaas.ui.dialogs import settings_dialog

        w = self.w
        if w.workspace is None:
            return None
        dialog = settings_dialog.SettingsDialog(w.options, w.workspace, w)
        dialog.settings_applied.connect(lambda change: w.bus.publish(change, dialog))
        if self.student_mode.switch.isVisible():
            dialog.add_local_action(self.student_mode.switch)
        return dialog

    def _help(self) -> None:
        text = tr(
            "<h3>SchoolaaS Planner</h3>"
            "<p>Plan a student's upper secondary studies together with Aalto University "
            "courses; the audit checks the plan against the graduation rules and finds "
            "clashes on real dates after every edit.</p>"
            "<ul>"
            "<li><b>Ctrl+F</b> search the catalogue; <b>Enter</b> or double-click adds the "
            "course; you can also drag it onto the timetable or the plan.</li>"
            "<li><b>Delete</b> removes the selected plan item; <b>Ctrl+G</b> chooses its "
            "study groups.</li>"
            "<li><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b> undo and redo every edit.</li>"
            "<li><b>Ctrl+Shift+A</b> accepts the selected finding with a reason.</li>"
            "<li><b>Ctrl+1…4</b> go to the catalogue, timetable, plan and findings; in the "
            "timetable the arrow keys walk from session to session.</li>"
            "<li><b>Alt+Left</b> / <b>Alt+Right</b> move a week; <b>Ctrl+PgUp/PgDown</b> "
            "switch plan versions; <b>Ctrl+O</b> chooses a student; <b>Ctrl+P</b> prints.</li>"
            "</ul><p>Hatched blocks clash; a dashed red line marks a break too short to "
            "travel (grey once accepted). Every edit is stored at once.</p>"
        )
        QMessageBox.information(self.w, tr("Help"), text)

    def _about(self) -> None:
        QMessageBox.about(
            self.w,
            tr("About SchoolaaS Planner"),
            tr(
                "SchoolaaS Planner — study plans across an upper secondary "
                "school and Aalto University."
            ),
        )
