"""The week view on the demo database: the day headers name the exam week,
the autumn break and the matriculation exam days (✎ for a subject the
student writes); "Today" shows this week; a red line marks the current time
in today's column, and only there."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from plan_views_demo import demo_db, demo_window
from PySide6.QtCore import Qt

__all__ = ["demo_db", "demo_window"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def marks_of(win, monday: date, qtbot) -> dict[date, str]:  # type: ignore[no-untyped-def]
    win.timetable_panel.set_monday(monday)
    qtbot.waitUntil(lambda: win.timetable.monday() == monday)
    qtbot.waitUntil(
        lambda: all(monday <= d < monday + timedelta(days=7) for d in win.timetable.day_marks())
    )
    qtbot.wait(50)
    return win.timetable.day_marks()


def test_headers_name_exam_weeks_holidays_and_matriculation(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    exam = marks_of(win, date(2026, 11, 23), qtbot)
    assert exam[date(2026, 11, 23)] == "Exam week"
    autumn = marks_of(win, date(2026, 10, 12), qtbot)
    assert autumn[date(2026, 10, 14)] == "Autumn break"
    matric = marks_of(win, date(2026, 9, 14), qtbot)
    assert matric[date(2026, 9, 14)] == "Matriculation: AI"
    assert matric[date(2026, 9, 18)] == "✎ Matriculation: EN"  # Elias writes English
    assert "Matriculation: AI" in win.timetable.accessibleDescription()
    plain = marks_of(win, date(2026, 10, 5), qtbot)
    assert plain == {}


def test_today_button_and_the_current_time_line(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    panel, timetable = win.timetable_panel, win.timetable
    panel.set_monday(date(2026, 9, 14))
    qtbot.mouseClick(panel.today, Qt.MouseButton.LeftButton)
    today = date.today()
    assert panel.monday() == today - timedelta(days=today.weekday())
    monday = date(2026, 9, 14)
    panel.set_monday(monday)
    qtbot.waitUntil(lambda: timetable.monday() == monday)
    timetable.clock = lambda: datetime(2026, 9, 16, 12, 30)  # a Wednesday noon in that week
    y = timetable.now_line_y()
    assert y is not None
    grid = timetable._grid()
    assert grid.top() < y < grid.bottom()
    timetable.clock = lambda: datetime(2026, 9, 16, 6, 0)  # before the day's first hour
    assert timetable.now_line_y() is None
    timetable.clock = lambda: datetime(2026, 9, 25, 12, 0)  # another week
    assert timetable.now_line_y() is None
