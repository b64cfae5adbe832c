"""The plan edits of the main window (a mixin of MainWindow): each builds an
undo command, runs it through ``push`` and lets ``apply_change`` refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from schoolaas.ui import options as opt
from schoolaas.ui.widgets.fill import fill

if TYPE_CHECKING:
    from schoolaas.ui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class PlanEdits(_Base):
    def add_offering(self, key: str) -> bool:
        from schoolaas.ui.commands import AddItem  # loaded on the first edit

        if self.workspace is None or self.plan is None or self.catalogue is None:
            return False
        offering = self.catalogue.offerings.get(key)
        code = offering.code if offering else key
        return self.push(
            AddItem(
                fill(self.tr("Add %1"), code),
                self.workspace,
                self.apply_change,
                self.report_error,
                plan_id=self.plan.id,
                offering_key=key,
            )
        )

    def remove_item(self, item_id: int) -> bool:
        from schoolaas.ui.commands import RemoveItem  # loaded on the first edit

        item = next((i for i in self.items if i.id == item_id), None)
        if self.workspace is None or item is None:
            return False
        return self.push(
            RemoveItem(
                fill(self.tr("Remove %1"), item.code),
                self.workspace,
                self.apply_change,
                self.report_error,
                item_id=item_id,
            )
        )

    def remove_selected(self) -> None:
        item_id = self.plan_panel.selected_item_id()
        if item_id:
            self.remove_item(item_id)

    def set_status(self, item_id: int, status: str, grade: str | None) -> bool:
        from schoolaas.ui.commands import SetStatus  # loaded on the first edit

        item = next((i for i in self.items if i.id == item_id), None)
        if self.workspace is None or item is None:
            return False
        return self.push(
            SetStatus(
                fill(self.tr("Set status of %1"), item.code),
                self.workspace,
                self.apply_change,
                self.report_error,
                item_id=item_id,
                old=(item.status, item.grade),
                new=(status, grade or None),
            )
        )

    def _on_plan_status_requested(self, item_id: int, status: str, grade: str) -> None:
        self.set_status(item_id, status, grade)

    def set_groups(self, item_id: int, groups: tuple[str, ...]) -> bool:
        from schoolaas.ui.commands import SetGroups  # loaded on the first edit

        item = next((i for i in self.items if i.id == item_id), None)
        if self.workspace is None or item is None:
            return False
        return self.push(
            SetGroups(
                fill(self.tr("Choose groups of %1"), item.code),
                self.workspace,
                self.apply_change,
                self.report_error,
                item_id=item_id,
                old=tuple(item.group_keys),
                new=tuple(groups),
            )
        )

    def choose_groups(self, item_id: int = 0) -> None:
        from schoolaas.ui.dialogs.groups_dialog import GroupsDialog

        item_id = item_id or self.plan_panel.selected_item_id()
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None or item.offering_key is None or self.catalogue is None:
            return
        offering = self.catalogue.offerings.get(item.offering_key)
        if offering is None:
            return
        dialog = GroupsDialog(
            offering,
            item.group_keys,
            self,
            others=[i for i in self.audit_items if i.item_id != item_id],
            language=self.options.get(opt.LANGUAGE),
        )
        if dialog.exec():
            self.set_groups(item_id, dialog.chosen())

    def accept_finding(self, finding_key: str, why: str) -> bool:
        from schoolaas.ui.commands import AcceptFinding  # loaded on the first edit

        if self.workspace is None or self.plan is None:
            return False
        return self.push(
            AcceptFinding(
                self.tr("Accept finding"),
                self.workspace,
                self.apply_change,
                self.report_error,
                plan_id=self.plan.id,
                finding_key=finding_key,
                who=self.user_name(),
                why=why,
            )
        )

    def reopen_finding(self, finding_key: str) -> bool:
        from schoolaas.ui.commands import UnacceptFinding  # loaded on the first edit

        if self.workspace is None or self.plan is None:
            return False
        finding = (
            next((f for f in self.result.findings if f.key == finding_key), None)
            if (self.result)
            else None
        )
        acceptance = finding.acceptance if finding else None
        return self.push(
            UnacceptFinding(
                self.tr("Reopen finding"),
                self.workspace,
                self.apply_change,
                self.report_error,
                plan_id=self.plan.id,
                finding_key=finding_key,
                who=acceptance.who if acceptance else self.user_name(),
                why=acceptance.why if acceptance else "",
            )
        )

    def _on_audit_accept_requested(self, finding_key: str) -> None:
        """Ask for the reason in a dialog that names the finding."""
        from schoolaas.ui.dialogs.accept_dialog import AcceptDialog
        from schoolaas.ui.finding_text import finding_text

        findings = self.result.findings if self.result else ()
        finding = next((f for f in findings if f.key == finding_key), None)
        dialog = AcceptDialog(
            self.tr("Accept finding"),
            self.tr("Why is this acceptable? (for example: lecture recorded; teacher agreed)"),
            finding_text(finding) if finding else finding_key,
            self,
        )
        if dialog.exec() and dialog.why():
            self.accept_finding(finding_key, dialog.why())

    @staticmethod
    def user_name() -> str:
        try:
            import getpass

            return getpass.getuser()
        except (KeyError, OSError):
            return "counsellor"
