"""The timetable with its week navigator (previous / next week, a date
read as typed, a period list that jumps to the period's first week)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.plans.blocks import monday_of
from schoolaas.ui.widgets.contrast import error_style
from schoolaas.ui.widgets.date_field import DateField
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.plain_text import plain_label
from schoolaas.ui.widgets.timetable import TimetableWidget

if TYPE_CHECKING:
    from schoolaas.domain.calendar import Period


class TimetablePanel(QWidget):
    week_changed = Signal(object)  # the Monday (datetime.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timetable = TimetableWidget(self)
        self._monday = monday_of(date.today())
        self._day = self._monday  # the date asked for: the field shows it in its week
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.previous.clicked.connect(lambda: self.set_monday(self._monday - timedelta(days=7)))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next.setAccessibleName(self.tr("Next week"))
        self.next.clicked.connect(lambda: self.set_monday(self._monday + timedelta(days=7)))
        self.day = DateField(self)
        self.day.setAccessibleName(self.tr("Show the week of this date"))
        self.day.date_entered.connect(self.set_monday)
        self.day.refused.connect(self._on_day_refused)
        # why a typed date was refused: said in words after a ⚠ (not by colour alone)
        self.day_error = plain_label(parent=self)
        self.day_error.setObjectName("day_error")
        self.day_error.setWordWrap(True)
        self.day_error.hide()
        self.today = QToolButton(self)
        self.today.setText(self.tr("Today"))
        self.today.setToolTip(self.tr("The week of today (Alt+Home)"))
        self.today.setAccessibleName(self.tr("Show this week"))
        self.today.clicked.connect(lambda: self.set_monday(date.today()))
        self.week_label = QLabel(self)
        self.periods = QComboBox(self)
        self.periods.setAccessibleName(self.tr("Jump to a period"))
        self.periods.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.periods.activated.connect(self._on_periods_activated)

        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.day)
        bar.addWidget(self.next)
        bar.addWidget(self.today)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        period_label = QLabel(self.tr("Period:"), self)
        period_label.setBuddy(self.periods)  # the combo's label for screen readers on Linux
        bar.addWidget(period_label)
        bar.addWidget(self.periods)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.day_error)  # a line of its own, only while there is a reason
        layout.addWidget(self.timetable, 1)
        self._show_monday()

    def monday(self) -> date:
        return self._monday

    def set_periods(self, periods: Iterable[Period]) -> None:
        """The periods to jump to; the one the shown week falls in is the
        current choice ("outside the periods" in holidays)."""
        self.periods.clear()
        self.periods.addItem(self.tr("outside the periods"), None)
        for p in periods:
            label = fill(
                self.tr("%1 period %2 (%3–%4)"),
                p.year,
                p.number,
                f"{p.start:%d.%m.}",
                f"{p.end:%d.%m.%Y}",
            )
            self.periods.addItem(label, (p.start.isoformat(), p.end.isoformat()))
        self._show_period()

    def set_monday(self, day: date) -> None:
        """Show the week of ``day`` (the date field shows ``day`` itself)."""
        monday = monday_of(day)
        self._day = day
        self._on_day_refused("")
        if monday == self._monday:
            self.day.show_date(day)
            return
        self._monday = monday
        self._show_monday()
        self.week_changed.emit(monday)

    def _show_monday(self) -> None:
        self.day.show_date(self._day if monday_of(self._day) == self._monday else self._monday)
        week = self._monday.isocalendar().week
        self.week_label.setText(fill(self.tr("week %1"), week))
        self._show_period()

    def _show_period(self) -> None:
        """Select a period with a school day in the shown week: the one
        already chosen if it has, else the first (a week where one period
        ends and the next begins has both)."""
        friday = (self._monday + timedelta(days=4)).isoformat()
        monday = self._monday.isoformat()

        def in_week(index: int) -> bool:
            data = self.periods.itemData(index)
            return bool(data) and data[0] <= friday and monday <= data[1]

        if in_week(self.periods.currentIndex()):
            return
        found = next((i for i in range(1, self.periods.count()) if in_week(i)), 0)
        self.periods.setCurrentIndex(found)

    def _on_day_refused(self, why: str) -> None:
        """A typed date that is no date: why, beside the field; the week stays."""
        self.day_error.setText(f"⚠ {why}" if why else "")
        self.day_error.setStyleSheet(error_style(self) if why else "")
        self.day_error.setVisible(bool(why))

    def _on_periods_activated(self, index: int) -> None:
        data = self.periods.itemData(index)
        if data:
            self.periods.setCurrentIndex(index)
            self.set_monday(date.fromisoformat(data[0]))
        self._show_period()
