"""The timetable with its week navigator (previous / next week, a date, a
period list that jumps to the period's first week)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.plans.blocks import monday_of
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.timetable import TimetableWidget

if TYPE_CHECKING:
    from schoolaas.domain.calendar import Period


class TimetablePanel(QWidget):
    week_changed = Signal(object)  # the Monday (datetime.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timetable = TimetableWidget(self)
        self._monday = monday_of(date.today())
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
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d.M.yyyy")
        self.day.setAccessibleName(self.tr("Show the week of this date"))
        self.day.dateChanged.connect(self._on_day_date_changed)
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
        monday = monday_of(day)
        if monday == self._monday:
            return
        self._monday = monday
        self._show_monday()
        self.week_changed.emit(monday)

    def _show_monday(self) -> None:
        self.day.blockSignals(True)
        self.day.setDate(QDate(self._monday.year, self._monday.month, self._monday.day))
        self.day.blockSignals(False)
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

    def current_period_text(self) -> str:
        return self.periods.currentText()

    def _on_day_date_changed(self, value: QDate) -> None:
        self.set_monday(date(value.year(), value.month(), value.day()))

    def _on_periods_activated(self, index: int) -> None:
        data = self.periods.itemData(index)
        if data:
            self.periods.setCurrentIndex(index)
            self.set_monday(date.fromisoformat(data[0]))
        self._show_period()
