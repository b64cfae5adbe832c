"""How the main window's panes follow each other (a part the window owns):
a course chosen in the catalogue, a plan row, a timetable block or a
finding shows in the other panes; the details of a plan row selected wait
until the findings are painted (they ask the database for the seats
taken); "fits my timetable" in the catalogue follows 120 ms after a state
is on screen; another week asked for is worked out by the plan service."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from schoolaas.services.errors import PlannerError
from schoolaas.ui import options as opt

if TYPE_CHECKING:
    from schoolaas.domain.model import Finding
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.plans.service import PlanService
    from schoolaas.services.views import ItemView, PlanState
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.panes.catalogue_panel import CataloguePanel
    from schoolaas.ui.panes.detail_panel import DetailPanel
    from schoolaas.ui.panes.plan_panel import PlanPanel
    from schoolaas.ui.panes.timetable_panel import TimetablePanel
    from schoolaas.ui.widgets.timetable import TimetableWidget
    from schoolaas.ui.window.actions import WindowActions


class LinksHost(Protocol):
    """What the links use of their window (a QMainWindow)."""

    options: opt.Options
    workspace: Workspace | None
    plan_service: PlanService | None
    catalogue: Catalogue | None
    state: PlanState | None
    actions_: WindowActions
    catalogue_panel: CataloguePanel
    detail_panel: DetailPanel
    plan_panel: PlanPanel
    timetable_panel: TimetablePanel
    timetable: TimetableWidget

    @property
    def items(self) -> list[ItemView]: ...


class PaneLinks(QObject):
    """The window's panes connect their selections to these slots."""

    def __init__(self, window: LinksHost) -> None:
        super().__init__(cast(QWidget, window))
        self.w = window
        self.fits_timer = QTimer(self)
        self.fits_timer.setSingleShot(True)
        self.fits_timer.setInterval(120)  # after the audit is on screen; edits coalesce
        self.fits_timer.timeout.connect(self._on_fits_timer_timeout)
        # the details of a plan item selected (an added row is): after the
        # findings are painted, as the details query the database for seats
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._on_detail_timer_timeout)

    def _on_fits_timer_timeout(self) -> None:
        if self.w.plan_service is None or self.w.state is None:
            return
        clashing = self.w.plan_service.clashing_offerings()
        planned = {i.offering_key for i in self.w.state.items if i.offering_key}
        self.w.catalogue_panel.set_plan_state(clashing, planned)

    def on_timetable_week_changed(self, monday: date) -> None:
        if self.w.plan_service is None or self.w.plan_service.state is None:
            return
        state = self.w.state = self.w.plan_service.show_week(monday)
        self.w.timetable.set_week(state.monday, list(state.blocks), list(state.gaps))

    def on_catalogue_current_changed(self, key: str) -> None:
        offering = self.w.catalogue.offerings.get(key) if (self.w.catalogue and key) else None
        if offering is None:
            self.w.detail_panel.show_nothing()
        else:
            planned = None
            if offering.seats is not None and self.w.workspace is not None:
                try:
                    planned = self.w.workspace.planned_students(key)
                except PlannerError:
                    planned = None  # the details still show; the seats count waits
            self.w.detail_panel.show_offering(
                offering,
                planned_students=planned,
                language=self.w.options.get(opt.LANGUAGE),
            )

    def on_plan_item_selected(self, item_id: int) -> None:
        self.w.timetable.set_selected_item(item_id or None)
        self.w.actions_.update_enabled()
        self._detail_timer.start()

    def _on_detail_timer_timeout(self) -> None:
        item_id = self.w.plan_panel.selected_item_id()
        item = next((i for i in self.w.items if i.id == item_id), None)
        if item is not None and item.offering_key:
            self.on_catalogue_current_changed(item.offering_key)

    def on_timetable_item_clicked(self, item_id: int) -> None:
        self.w.plan_panel.select_item(item_id)

    def on_audit_finding_selected(self, finding: Finding | None) -> None:
        self.w.actions_.update_enabled()
        ids = set(finding.item_ids) if finding else set()
        self.w.timetable.set_highlighted_items(ids)
        if finding is None:
            return
        if finding.item_ids:
            self.w.plan_panel.select_item(finding.item_ids[0])
        if finding.dates:
            self.w.timetable_panel.set_monday(finding.dates[0])
