"""The plan edits of the main window (a part the window owns): each builds an
undo command over the window's plan service, runs it through ``push``, and
the command publishes the returned ``Change`` (with the new plan state) on
the application's "changes applied" signal; the window shows that state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from schoolaas.services.errors import PlannerError
from schoolaas.ui import options as opt
from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.domain.model import Acceptance
    from schoolaas.domain.timetable_index import Clash
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.plans.service import PlanService
    from schoolaas.services.views import Change, ItemView, PlanState
    from schoolaas.ui.changes import ChangeBus
    from schoolaas.ui.commands.base import PlanCommand
    from schoolaas.ui.commands.versions import NewPlanCommand
    from schoolaas.ui.panes.plan_panel import PlanPanel
    from schoolaas.ui.window.errors import WindowErrors


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanEdits", text)


def tr_versions(text: str) -> str:
    """Texts of the plan-version edits (translated under their old context)."""
    return QCoreApplication.translate("WindowActions", text)


class EditsHost(Protocol):
    """What the plan edits use of their window (a QWidget: dialogs' parent)."""

    options: opt.Options
    plan_service: PlanService | None
    state: PlanState | None
    catalogue: Catalogue | None
    undo_stack: QUndoStack
    bus: ChangeBus
    errors: WindowErrors
    plan_panel: PlanPanel


class PlanEdits:
    def __init__(self, window: EditsHost) -> None:
        self.w = window
        self.began: float | None = None  # when the edit (or undo) being shown began
        # "Add anyway?" before a clashing course goes in: (title, text, the
        # go-ahead button's text) -> go ahead? Tests put their own answer here.
        self.ask_add_anyway: Callable[[str, str, str], bool] = self._ask_with_box

    # running ----------------------------------------------------------------------
    def push(self, command: PlanCommand) -> bool:
        """Run an edit now and put it on the undo stack; False if refused."""
        try:
            command.execute()
        except PlannerError as error:
            self.w.errors.report_error(error, refresh=False)
            return False
        self.w.undo_stack.push(command)
        return True

    def publish(self, change: Change, began: float) -> None:
        """What a command (its do, undo or redo) hands on: one broadcast.
        ``began``: when the step started (the window shows the time taken)."""
        self.began = began
        try:
            self.w.bus.publish(change, self.w)
        finally:
            self.began = None

    def _command(self, kind: type[PlanCommand], text: str, **kw: Any) -> PlanCommand | None:
        if self.w.plan_service is None:
            return None
        return kind(text, self.w.plan_service, self.publish, self.w.errors.report_error, **kw)

    def _item(self, item_id: int) -> ItemView | None:
        state = self.w.state
        return next((i for i in state.items if i.id == item_id), None) if state else None

    # items ------------------------------------------------------------------------
    def add_offering(self, key: str) -> bool:
        from schoolaas.services.plans.stale import plan_seen
        from schoolaas.ui.commands.items import AddItem  # loaded on the first edit

        state, cat = self.w.state, self.w.catalogue
        if state is None or cat is None:
            return False
        offering = cat.offerings.get(key)
        code = offering.code if offering else key
        if offering is not None and not self._fits_or_confirmed(
            code, lambda plans: plans.clashes_of_adding(key), adding=True
        ):
            return False
        command = self._command(
            AddItem,
            fill(tr("Add %1"), code),
            plan_id=state.plan.id,
            offering_key=key,
            seen=plan_seen(state.items),
        )
        if command is None or not self.push(command):
            return False
        added = getattr(command, "item_id", None)
        if added:  # the new row selected and scrolled into view
            self.w.plan_panel.select_item(added)
        return True

    def remove_item(self, item_id: int) -> bool:
        from schoolaas.ui.commands.items import RemoveItem  # loaded on the first edit

        item = self._item(item_id)
        if item is None:
            return False
        command = self._command(
            RemoveItem,
            fill(tr("Remove %1"), item.code),
            item_id=item_id,
            seen=(item.status, item.grade, tuple(item.group_keys)),
        )
        return command is not None and self.push(command)

    def remove_selected(self) -> None:
        item_id = self.w.plan_panel.selected_item_id()
        if item_id:
            self.remove_item(item_id)

    def set_status(self, item_id: int, status: str, grade: str | None) -> bool:
        from schoolaas.ui.commands.items import SetStatus  # loaded on the first edit

        item = self._item(item_id)
        if item is None:
            return False
        finishing = str(status) == "completed" and str(item.status) != "completed"
        if finishing and not self._ended_or_confirmed(item):
            return False
        command = self._command(
            SetStatus,
            fill(tr("Set status of %1"), item.code),
            item_id=item_id,
            old=(item.status, item.grade),
            new=(status, grade or None),
        )
        return command is not None and self.push(command)

    def _fits_or_confirmed(
        self, code: str, clashes_of: Callable[[PlanService], list[Clash]], *, adding: bool
    ) -> bool:
        """Whether the choice fits the plan, or the user says to go ahead all
        the same: ``clashes_of(plan service)`` asks the plan service how it
        would clash (the catalogue's index answers, as the audit would once
        it is in)."""
        plans = self.w.plan_service
        if plans is None or plans.state is None:
            return True
        clashes = clashes_of(plans)
        if not clashes:
            return True
        from schoolaas.ui.window import clash_question

        question = clash_question.adding_text if adding else clash_question.groups_text
        return self.ask_add_anyway(*question(code, clashes))

    def _ask_with_box(self, title: str, text: str, button: str) -> bool:
        from schoolaas.ui.window.clash_question import ask_with_box

        return ask_with_box(cast(QWidget, self.w), title, text, button)

    def _ended_or_confirmed(self, item: ItemView) -> bool:
        """Whether the course has ended, or the user says to mark it
        completed all the same."""
        from datetime import date

        from PySide6.QtWidgets import QMessageBox

        cat = self.w.catalogue
        offering = cat.offerings.get(item.offering_key) if cat and item.offering_key else None
        if offering is None or offering.end < date.today():
            return True
        answer = QMessageBox.question(
            cast(QWidget, self.w),
            tr("Mark completed"),
            fill(
                tr("%1 has not ended yet (it ends on %2). Mark it completed anyway?"),
                item.code,
                f"{offering.end.day}.{offering.end.month}.{offering.end.year}",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_groups(self, item_id: int, groups: tuple[str, ...]) -> bool:
        from schoolaas.ui.commands.items import SetGroups  # loaded on the first edit

        item = self._item(item_id)
        if item is None:
            return False
        if tuple(groups) != tuple(item.group_keys) and not self._fits_or_confirmed(
            item.code, lambda plans: plans.clashes_of_groups(item_id, groups), adding=False
        ):
            return False
        command = self._command(
            SetGroups,
            fill(tr("Choose groups of %1"), item.code),
            item_id=item_id,
            old=tuple(item.group_keys),
            new=tuple(groups),
        )
        return command is not None and self.push(command)

    def choose_groups(self, item_id: int = 0) -> None:
        from schoolaas.ui.dialogs.groups_dialog import GroupsDialog

        item = self._item(item_id or self.w.plan_panel.selected_item_id())
        state, cat = self.w.state, self.w.catalogue
        if item is None or item.offering_key is None or cat is None or state is None:
            return
        offering = cat.offerings.get(item.offering_key)
        if offering is None:
            return
        seats: dict[str, int | None] = {}
        workspace = getattr(self.w, "workspace", None)
        if workspace is not None:
            from schoolaas.services.plans.tray_grid import group_seats_left

            try:
                seats = group_seats_left(workspace, offering)
            except PlannerError:
                seats = {}  # the groups still show; their seats wait
        dialog = GroupsDialog(
            offering,
            item.group_keys,
            cast(QWidget, self.w),
            others=[i for i in state.audit_items if i.item_id != item.id],
            timetable=cat.timetable,
            language=self.w.options.get(opt.LANGUAGE),
            seats_left=seats,
        )
        if dialog.exec():
            self.set_groups(item.id, dialog.chosen())

    # findings ---------------------------------------------------------------------
    def accept_finding(self, finding_key: str, why: str) -> bool:
        from schoolaas.ui.commands.items import AcceptFinding  # loaded on the first edit

        state = self.w.state
        if state is None:
            return False
        acceptance = _acceptance_shown(state, finding_key)
        command = self._command(
            AcceptFinding,
            tr("Accept finding"),
            plan_id=state.plan.id,
            finding_key=finding_key,
            who=self.user_name(),
            why=why,
            seen=(acceptance.who, acceptance.why) if acceptance else (),
        )
        return command is not None and self.push(command)

    def reopen_finding(self, finding_key: str) -> bool:
        from schoolaas.ui.commands.items import UnacceptFinding  # loaded on the first edit

        state = self.w.state
        if state is None:
            return False
        acceptance = _acceptance_shown(state, finding_key)
        command = self._command(
            UnacceptFinding,
            tr("Reopen finding"),
            plan_id=state.plan.id,
            finding_key=finding_key,
            who=acceptance.who if acceptance else self.user_name(),
            why=acceptance.why if acceptance else "",
            seen=(acceptance.who, acceptance.why) if acceptance else None,
        )
        return command is not None and self.push(command)

    def ask_to_accept(self, finding_key: str) -> None:
        """Ask for the reason in a dialog that names the finding."""
        from schoolaas.ui.dialogs.accept_dialog import AcceptDialog
        from schoolaas.ui.finding_text import finding_text

        findings = self.w.state.result.findings if self.w.state else ()
        finding = next((f for f in findings if f.key == finding_key), None)
        dialog = AcceptDialog(
            tr("Accept finding"),
            tr("Why is this acceptable? (for example: lecture recorded; teacher agreed)"),
            finding_text(finding) if finding else finding_key,
            cast(QWidget, self.w),
        )
        if dialog.exec() and dialog.why():
            self.accept_finding(finding_key, dialog.why())

    # plan versions ----------------------------------------------------------------
    def duplicate_plan(self, name: str) -> bool:
        """A copy of the open plan, opened."""
        from schoolaas.services.plans.stale import plan_seen
        from schoolaas.ui.commands.versions import DuplicatePlan  # loaded on the first edit

        state = self.w.state
        if state is None:
            return False
        return self._push_new_plan(
            self._command(
                DuplicatePlan,
                fill(tr_versions("Duplicate plan %1"), state.plan.name),
                plan_id=state.plan.id,
                name=name,
                seen=plan_seen(state.items),
            )
        )

    def create_plan(self, name: str) -> bool:
        """An empty plan version of the student, opened."""
        from schoolaas.ui.commands.versions import CreatePlan  # loaded on the first edit

        state = self.w.state
        if state is None:
            return False
        return self._push_new_plan(
            self._command(
                CreatePlan,
                fill(tr_versions("New plan %1"), name),
                student_id=state.student.id,
                name=name,
            )
        )

    def _push_new_plan(self, command: PlanCommand | None) -> bool:
        # the plan service opens the plan it made: the state shows it
        return command is not None and self.push(cast("NewPlanCommand", command))

    def delete_plan(self) -> bool:
        from schoolaas.services.plans.stale import plan_seen
        from schoolaas.ui.commands.versions import DeletePlan  # loaded on the first edit

        state = self.w.state
        if state is None or len(state.plans) < 2:
            return False
        command = self._command(
            DeletePlan,
            fill(tr_versions("Delete plan %1"), state.plan.name),
            plan_id=state.plan.id,
            seen=plan_seen(state.items),
        )
        return command is not None and self.push(command)

    def rename_plan(self, name: str) -> bool:
        from schoolaas.ui.commands.versions import RenamePlan  # loaded on the first edit

        state = self.w.state
        if state is None:
            return False
        command = self._command(
            RenamePlan,
            tr_versions("Rename plan"),
            plan_id=state.plan.id,
            old=state.plan.name,
            new=name,
        )
        return command is not None and self.push(command)

    def make_active(self) -> bool:
        from schoolaas.ui.commands.versions import SetActivePlan  # loaded on the first edit

        state = self.w.state
        if state is None or state.plan.active:
            return False
        previous = next((p.id for p in state.plans if p.active), state.plan.id)
        command = self._command(
            SetActivePlan,
            tr_versions("Make plan active"),
            plan_id=state.plan.id,
            previous_id=previous,
        )
        return command is not None and self.push(command)

    @staticmethod
    def user_name() -> str:
        try:
            import getpass

            return getpass.getuser()
        except (KeyError, OSError):
            return "counsellor"


def _acceptance_shown(state: PlanState, finding_key: str) -> Acceptance | None:
    """The acceptance the window shows for the finding (what an accept or
    reopen saw, so a stale one is refused)."""
    finding = next((f for f in state.result.findings if f.key == finding_key), None)
    return finding.acceptance if finding else None
