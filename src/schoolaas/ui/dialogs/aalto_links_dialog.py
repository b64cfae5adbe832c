"""Seats, prerequisites and overlapping courses of one Aalto realisation,
edited from the catalogue (context menu, Edit menu) as one undo step
(services/catalogue/aalto_links.py). What is typed stays in the dialog
when the service refuses it, with the reason under the fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from schoolaas.services.catalogue import aalto_links as service
from schoolaas.services.errors import PlannerError
from schoolaas.services.views import Change
from schoolaas.ui.setup.commands import ServiceEdit
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.plain_text import plain, plain_label

NOT_LIMITED = -1  # the seats box's special value: None


class AaltoLinksDialog(QDialog):
    """The three fields of one realisation; ``value()`` reads them."""

    def __init__(self, links: service.AaltoLinks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links = links
        self.setWindowTitle(self.tr("Aalto course %1").replace("%1", links.code))
        self.seats = QSpinBox()
        self.seats.setRange(NOT_LIMITED, service.MAX_SEATS)
        self.seats.setSpecialValueText(self.tr("not limited"))
        self.seats.setValue(NOT_LIMITED if links.seats is None else links.seats)
        self.prerequisites = QLineEdit(", ".join(links.prerequisites))
        self.overlaps = QLineEdit(", ".join(links.overlaps_with))
        for edit in (self.prerequisites, self.overlaps):
            edit.setPlaceholderText(self.tr("Codes separated by commas, e.g. MAA6, CS-A1111"))
        self.error = error_label()  # quotes what was typed
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(plain_label(f"{links.code}  ({links.key})"))
        for text, field in (
            (self.tr("&Seats for upper secondary students:"), self.seats),
            (self.tr("&Prerequisites:"), self.prerequisites),
            (self.tr("&Overlapping courses (count as the same):"), self.overlaps),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def value(self) -> service.AaltoLinks:
        seats = self.seats.value()
        return service.AaltoLinks(
            self.links.key,
            self.links.code,
            None if seats == NOT_LIMITED else seats,
            service.parse_codes(self.prerequisites.text()),
            service.parse_codes(self.overlaps.text()),
        )


class SetAaltoLinks(ServiceEdit):
    """Store new links; undo puts the old ones back (each step refused when
    someone else changed them in between)."""

    def __init__(
        self,
        workspace: Any,
        before: service.AaltoLinks,
        after: service.AaltoLinks,
        apply: Callable[[Change], None],
        report: Callable[[Exception], None],
        text: str,
    ) -> None:
        super().__init__(text, workspace, self._store, self._restore, apply, report)
        self.before, self.after = before, after
        self.stored: service.AaltoLinks = after

    def _store(self) -> Change:
        change = service.set_links(self.workspace, self.after, seen=self.before)
        self.stored = change.snapshot["after"]  # type: ignore[assignment]
        return change

    def _restore(self) -> Change:
        return service.set_links(self.workspace, self.before, seen=self.stored)


def edit_aalto_links(
    parent: QWidget,
    workspace: Any,
    key: str,
    undo_stack: QUndoStack,
    apply: Callable[[Change], None],
) -> bool:
    """Ask for the links of the realisation ``key`` and store them as an
    undo step on ``undo_stack``; True when stored."""
    title = QCoreApplication.translate("AaltoLinksDialog", "Aalto course")

    def report(error: Exception) -> None:
        QMessageBox.warning(parent, title, plain(str(error)))

    try:
        before = service.links(workspace, key)
    except PlannerError as exc:
        report(exc)
        return False
    dialog = AaltoLinksDialog(before, parent)
    while dialog.exec():
        after = dialog.value()
        text = QCoreApplication.translate("AaltoLinksDialog", "Seats and links of %1")
        text = text.replace("%1", before.code)
        command = SetAaltoLinks(workspace, before, after, apply, report, text)
        try:
            command.execute()
        except PlannerError as exc:
            dialog.error.setText(str(exc))  # keep what was typed; say why
            continue
        undo_stack.push(command)
        return True
    return False
