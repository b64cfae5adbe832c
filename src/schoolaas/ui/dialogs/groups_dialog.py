"""Choose the study groups of a plan item (lecture, exercise group, exam).
Each group shows its weekly times (weekday names in the user's language)
and whether it would clash with the rest of the plan."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.model import AuditItem, Offering, Session, pick_text
from schoolaas.domain.timetable_index import TimetableIndex
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain, plain_label


def weekly_times(sessions: Iterable[Session], locale: QLocale | None = None) -> str:
    """ "Tue 10.15–12.00, Thu 14.15–16.00": the distinct weekly times of the
    sessions, weekdays in ``locale``'s short names, in weekday order."""
    locale = locale or QLocale()
    slots = sorted({(s.start.weekday(), s.start.time(), s.end.time()) for s in sessions})
    return ", ".join(
        f"{locale.dayName(day + 1, QLocale.FormatType.ShortFormat)} "
        f"{start.hour}.{start:%M}–{end.hour}.{end:%M}"
        for day, start, end in slots
    )


class GroupsDialog(QDialog):
    """``others``: the other items of the plan; the groups that would clash
    with them are marked, as ``timetable`` (the catalogue's index) tells
    (without one: overlaps only, from a small index over the offering)."""

    def __init__(
        self,
        offering: Offering,
        chosen: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        others: Sequence[AuditItem] = (),
        timetable: TimetableIndex | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Study groups of %1"), offering.code))
        layout = QVBoxLayout(self)
        heading = plain_label(f"{offering.code} — {pick_text(offering.name, language)}", self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Take part in these groups:"), self))
        index = timetable or TimetableIndex({offering.key: offering})
        self.clashing = index.clashing_groups(offering.key, others)
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for group in offering.groups:
            when = weekly_times(group.sessions)
            text = f"{group.key} {group.name}" + (f" — {when}" if when else "")
            if group.key in self.clashing:
                text = "⚠ " + text
            box = QCheckBox(text, inner)
            box.setChecked(group.key in chosen)
            box.setAccessibleName(fill(self.tr("Group %1"), group.key))
            # what the box shows besides the key, read after the name
            spoken = [part for part in (group.name, when) if part]
            if group.key in self.clashing:
                clash = QCoreApplication.translate(
                    "TimetableWidget", "Clash"
                )  # as on the timetable
                box.setToolTip(plain(clash))
                spoken.append(clash)
            box.setAccessibleDescription(", ".join(spoken))
            self.boxes[group.key] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(inner.sizeHint().width() + 24)
        scroll.setMinimumHeight(min(inner.sizeHint().height() + 4, 420))
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())
