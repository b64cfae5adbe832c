"""The week view's date field (issue 15): a date is read as typed
("11.1.2027", "1.11.2027", "11.01.2027", "2027-01-11"; domain/date_text.py)
when Enter is pressed or the field is left, never while typing (a QDateEdit
moved on to the month after two digits of day and rewrote the text at each
key). What is no date is refused with why (``refused``); Enter keeps the
text to correct, leaving the field puts the shown date back. Up and Down
step a week, Esc puts the shown date back, the button (or Alt+Down, F4)
opens a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from schoolaas.domain.date_text import DateProblem, DateTextError, parse_date_text
from schoolaas.ui.widgets.fill import fill


def date_text(day: date) -> str:
    """How the field writes a date: 11.1.2027."""
    return f"{day.day}.{day.month}.{day.year}"


class DateField(QWidget):
    """``date_entered(date)``: a date typed, stepped or picked (the shown one
    changes only through :meth:`show_date`). ``refused(str)``: why the typed
    text is no date ("" once a date is entered or the text put back)."""

    date_entered = Signal(object)  # datetime.date
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = date.today()
        self.edit = QLineEdit(self)
        self.edit.setToolTip(
            self.tr("Type a date (11.1.2027 or 2027-01-11) and press Enter; Up and Down: a week")
        )
        width = self.edit.fontMetrics().horizontalAdvance("30.12.20270")
        self.edit.setFixedWidth(width + 16)
        self.edit.editingFinished.connect(self._commit)
        self.edit.installEventFilter(self)
        self.pick = QToolButton(self)
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
        self.pick.setAccessibleName(self.tr("Choose the date from a calendar"))
        self.pick.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.edit)
        self.show_date(self._shown)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # what is shown --------------------------------------------------------------------
    def shown(self) -> date:
        return self._shown

    def show_date(self, day: date) -> None:
        """Show ``day`` (the text written anew, any refusal cleared)."""
        self._shown = day
        self.edit.setText(date_text(day))
        self.edit.setAccessibleDescription("")
        self.edit.setModified(False)

    # typing ---------------------------------------------------------------------------
    def _commit(self) -> None:
        """Enter, or the field left: the typed text read as typed."""
        text = self.edit.text()
        if text.strip() == date_text(self._shown):
            self.edit.setText(date_text(self._shown))
            self.refused.emit("")
            return
        try:
            day = parse_date_text(text)
        except DateTextError as error:
            why = self.why(error)
            if not self.edit.hasFocus():  # left: the field shows the week again
                self.show_date(self._shown)
            self.edit.setAccessibleDescription(why)
            self.refused.emit(why)
            return
        self.refused.emit("")
        self.date_entered.emit(day)

    def why(self, error: DateTextError) -> str:
        """What was wrong, in the user's language."""
        text = error.text.strip()
        if error.problem is DateProblem.EMPTY:
            return self.tr("Type a date, for example 11.1.2027.")
        if error.problem is DateProblem.SHORT_YEAR:
            return fill(self.tr("“%1”: type the year in full, for example 11.1.2027."), text)
        if error.problem is DateProblem.NO_SUCH_MONTH:
            return fill(self.tr("“%1”: there is no month %2 (months are 1–12)."), text, error.month)
        if error.problem is DateProblem.NO_SUCH_DAY:
            month = QLocale().standaloneMonthName(error.month)
            return fill(
                self.tr("“%1”: %3 %4 has no day %2 (it has %5 days)."),
                text,
                error.day,
                month,
                error.year,
                error.days,
            )
        return fill(
            self.tr("“%1” is not a date: type day.month.year (11.1.2027) or 2027-01-11."), text
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.FocusOut:  # after editingFinished, put it back
                QTimer.singleShot(0, self._put_back_if_left)
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and self._key(event)
            ):
                return True
        return super().eventFilter(watched, event)

    def _put_back_if_left(self) -> None:
        """Text refused at Enter and then left: the field shows the week
        again (the reason stays said)."""
        if not self.edit.hasFocus() and self.edit.text() != date_text(self._shown):
            self.edit.setText(date_text(self._shown))

    def _key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
            step = timedelta(days=7 if key == Qt.Key.Key_Up else -7)
            self.refused.emit("")
            self.date_entered.emit(self._shown + step)
        elif key == Qt.Key.Key_Escape and self.edit.text() != date_text(self._shown):
            self.show_date(self._shown)
            self.refused.emit("")
        else:
            return False
        return True

    # the calendar ---------------------------------------------------------------------
    def open_calendar(self) -> None:
        day = self._shown
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.popup.close()
        self.refused.emit("")
        self.date_entered.emit(date(value.year(), value.month(), value.day()))
        self.edit.setFocus()
