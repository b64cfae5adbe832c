"""Choose the study groups of a plan item (lecture, exercise group, exam).
Each group shows its weekly times (weekday names in the user's language)
and whether it would clash with the rest of the plan."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime

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

from schoolaas.domain.model import AuditItem, Offering, Session, StudyGroup, pick_text
from schoolaas.ui.widgets.fill import fill


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


def clashing_groups(groups: Sequence[StudyGroup], others: Iterable[AuditItem]) -> set[str]:
    """Keys of ``groups`` with a session overlapping a session of ``others``
    on the same date."""
    by_day: dict[date, list[tuple[datetime, datetime]]] = defaultdict(list)
    for item in others:
        for s in item.sessions:
            by_day[s.start.date()].append((s.start, s.end))
    return {
        g.key
        for g in groups
        if any(
            start < s.end and s.start < end
            for s in g.sessions
            for start, end in by_day.get(s.start.date(), ())
        )
    }


class GroupsDialog(QDialog):
    """``others``: the other items of the plan (to mark groups that clash)."""

    def __init__(
        self,
        offering: Offering,
        chosen: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        others: Sequence[AuditItem] = (),
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Study groups of %1"), offering.code))
        layout = QVBoxLayout(self)
        heading = QLabel(f"{offering.code} — {pick_text(offering.name, language)}", self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Take part in these groups:"), self))
        self.clashing = clashing_groups(offering.groups, others)
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
            if group.key in self.clashing:
                clash = QCoreApplication.translate(
                    "TimetableWidget", "Clash"
                )  # as on the timetable
                box.setToolTip(clash)
                box.setAccessibleDescription(clash)
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
