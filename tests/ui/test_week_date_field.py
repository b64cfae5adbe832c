"""The week view's date field reads a date as typed (issue 15): typing
"11.1.2027" and Enter shows the week of 11 January 2027 (a QDateEdit moved
on to the month after two digits and snapped to Monday at every key).
What is no date says why beside the field and the week stays; Up/Down,
Esc, the calendar and Today still work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from schoolaas.ui.panes.timetable_panel import TimetablePanel

START = date(2026, 10, 5)  # a Monday

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing"
)


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    p = TimetablePanel()
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.show()
    p.set_monday(START)
    return p


def type_in(panel: TimetablePanel, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = panel.day.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text() == text  # nothing moved on or rewritten while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("11.1.2027", date(2027, 1, 11)),
        ("1.11.2027", date(2027, 11, 1)),
        ("11.01.2027", date(2027, 1, 11)),
        ("2027-01-11", date(2027, 1, 11)),
        ("14.1.2027", date(2027, 1, 14)),  # a Thursday: its week, the date kept
    ],
)
def test_a_typed_date_and_enter_shows_its_week(panel, qtbot, text: str, day: date) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.week_changed) as changed:
        type_in(panel, qtbot, text)
    monday = day - timedelta(days=day.weekday())
    assert changed.args == [monday]
    assert panel.monday() == monday
    assert panel.day.edit.text() == f"{day.day}.{day.month}.{day.year}"
    assert panel.week_label.text() == f"week {monday.isocalendar().week}"
    assert not panel.day_error.isVisible()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31.2.2027", "“31.2.2027”: February 2027 has no day 31 (it has 28 days)."),
        ("abc", "“abc” is not a date"),
        ("11.1.27", "type the year in full"),
        ("1.13.2027", "there is no month 13"),
    ],
)
def test_what_is_no_date_says_why_and_the_week_stays(panel, qtbot, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    type_in(panel, qtbot, text)
    assert panel.monday() == START
    assert panel.day_error.isVisible()
    assert panel.day_error.text().startswith("⚠ ")  # not by colour alone
    assert words in panel.day_error.text()
    assert panel.day.edit.text() == text  # kept to correct
    assert words in panel.day.edit.accessibleDescription()
    type_in(panel, qtbot, "11.1.2027")  # corrected: gone
    assert panel.monday() == date(2027, 1, 11)
    assert not panel.day_error.isVisible()


def test_leaving_a_refused_text_puts_the_shown_date_back(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_in(panel, qtbot, "31.2.2027")
    panel.next.setFocus()
    qtbot.waitUntil(lambda: panel.day.edit.text() == "5.10.2026")
    assert panel.day_error.isVisible()  # the reason stays said
    assert panel.monday() == START


def test_escape_up_and_down_today_and_the_calendar(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = panel.day.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert panel.monday() == START + timedelta(days=7)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert panel.monday() == START - timedelta(days=7)
    edit.selectAll()
    qtbot.keyClicks(edit, "3.3.20")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "28.9.2026"
    panel.today.click()
    assert panel.monday() == date.today() - timedelta(days=date.today().weekday())
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.day.popup.isVisible)
    assert panel.day.calendar.selectedDate() == QDate(
        date.today().year, date.today().month, date.today().day
    )
    panel.day.calendar.clicked.emit(QDate(2027, 3, 10))
    assert panel.monday() == date(2027, 3, 8)
    assert edit.text() == "10.3.2027"
    assert not panel.day.popup.isVisible()


@pytest.fixture
def finnish(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from schoolaas.ui.i18n import Translations

    t = Translations(qapp, cache=tmp_path / "qm")
    assert t.set_language("fi")
    yield t
    t.set_language("en")


def test_the_finnish_ui_reads_the_same_dates_and_says_why_in_finnish(finnish, panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_in(panel, qtbot, "11.01.2027")
    assert panel.monday() == date(2027, 1, 11)
    type_in(panel, qtbot, "31.2.2027")
    assert panel.monday() == date(2027, 1, 11)
    assert "kuukaudessa helmikuu 2027 ei ole päivää 31" in panel.day_error.text()
