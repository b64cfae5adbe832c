"""Choose the study groups of a plan item (lecture, exercise group, exam).
Each group shows its weekly times (weekday names in the user's language)
and whether it would clash with the rest of the plan."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QRadioButton,
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
    return weekly_spans(((s.start, s.end) for s in sessions), locale)


def weekly_spans(spans: Iterable[tuple[datetime, datetime]], locale: QLocale | None = None) -> str:
    """:func:`weekly_times` of (start, end) pairs (a clash's stretches; a
    break of no minutes between two sessions is one time: "Wed 10.00")."""
    locale = locale or QLocale()
    slots = sorted({(start.weekday(), start.time(), end.time()) for start, end in spans})
    return ", ".join(
        f"{locale.dayName(day + 1, QLocale.FormatType.ShortFormat)} {start.hour}.{start:%M}"
        + (f"–{end.hour}.{end:%M}" if end != start else "")
        for day, start, end in slots
    )


class GroupsDialog(QDialog):
    """``others``: the other items of the plan; the groups that would clash
    with them are marked, as ``timetable`` (the catalogue's index) tells
    (without one: overlaps only, from a small index over the offering).
    ``seats_left``: seats still free per group key (None: no limit known).
    One group of each kind (lectures, exercise groups, exams) is chosen with
    radio buttons; OK with none chosen is refused with a message."""

    def __init__(
        self,
        offering: Offering,
        chosen: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        others: Sequence[AuditItem] = (),
        timetable: TimetableIndex | None = None,
        language: str = "en",
        seats_left: Mapping[str, int | None] | None = None,
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
        layout.addWidget(QLabel(self.tr("Take part in one group of each kind:"), self))
        index = timetable or TimetableIndex({offering.key: offering})
        self.clashing = index.clashing_groups(offering.key, others)
        self.seats_left = dict(seats_left or {})
        self.boxes: dict[str, QRadioButton] = {}
        self.kinds: dict[str, str] = {}  # group key -> its kind
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        frames: dict[str, QVBoxLayout] = {}
        for group in offering.groups:
            kind = str(group.kind)
            if kind not in frames:
                frame = QGroupBox(self._kind_name(kind), inner)
                frames[kind] = QVBoxLayout(frame)
                column.addWidget(frame)
            when = weekly_times(group.sessions)
            text = f"{group.key} {group.name}" + (f" — {when}" if when else "")
            left = self.seats_left.get(group.key)
            seats = ""
            if left is not None:
                seats = fill(self.tr("%1 seats left"), left) if left > 0 else self.tr("full")
                text += f" · {seats}"
            if group.key in self.clashing:
                text = "⚠ " + text
            # one of each kind, as radio buttons; unticking leaves none
            box = QRadioButton(text, inner)
            box.setAutoExclusive(False)
            box.setChecked(group.key in chosen)
            box.toggled.connect(lambda on, key=group.key: self._one_of_kind(key, on))
            box.setAccessibleName(fill(self.tr("Group %1"), group.key))
            # what the box shows besides the key, read after the name
            spoken = [part for part in (group.name, when, seats) if part]
            if group.key in self.clashing:
                clash = QCoreApplication.translate(
                    "TimetableWidget", "Clash"
                )  # as on the timetable
                box.setToolTip(plain(clash))
                spoken.append(clash)
            box.setAccessibleDescription(", ".join(spoken))
            self.boxes[group.key] = box
            self.kinds[group.key] = kind
            frames[kind].addWidget(box)
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

    def _one_of_kind(self, key: str, on: bool) -> None:
        if not on:
            return
        for other, box in self.boxes.items():
            if other != key and self.kinds[other] == self.kinds[key] and box.isChecked():
                box.setChecked(False)

    def _kind_name(self, kind: str) -> str:
        return {
            "lesson": self.tr("Lessons"),
            "lecture": self.tr("Lectures"),
            "exercise": self.tr("Exercise groups"),
            "exam": self.tr("Exams"),
        }.get(kind, self.tr("Other groups"))

    def accept(self) -> None:
        """An empty choice is refused with a message; the dialog stays."""
        if not self.chosen():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Choose at least one group: a course is taken in its groups."),
            )
            return
        super().accept()
