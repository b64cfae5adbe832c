"""Choose the study groups of a plan item (lecture, exercise group, exam)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.model import Offering
from schoolaas.ui.finding_text import fill


class GroupsDialog(QDialog):
    def __init__(
        self, offering: Offering, chosen: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Study groups of %1"), offering.code))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Take part in these groups:"), self))
        self.boxes: dict[str, QCheckBox] = {}
        for group in offering.groups:
            first = group.sessions[0] if group.sessions else None
            when = f" — {first.start:%a %H.%M}–{first.end:%H.%M}" if first else ""
            box = QCheckBox(f"{group.key} {group.name}{when}", self)
            box.setChecked(group.key in chosen)
            box.setAccessibleName(fill(self.tr("Group %1"), group.key))
            self.boxes[group.key] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())
