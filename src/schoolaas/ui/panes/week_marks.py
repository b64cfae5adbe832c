"""The day headers of the week timetable say what a day is besides a school
day: "Exam week", a holiday's name, "Matriculation: EN" (✎ when the student
writes one of its subjects). Worked out by services/plans/day_marks.py for
the week shown, after every state the window shows and every week change."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from schoolaas.services.errors import PlannerError
from schoolaas.ui.widgets.fill import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("WeekMarks", text)


class WeekMarks(QObject):
    """Keeps the main window's timetable headers marked (a part of it)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self._shown: tuple[Any, ...] | None = None  # what the marks shown were worked out of
        self._held: Any = None  # that catalogue (so its id stays its own)
        window.plan_refreshed.connect(lambda _ms: QTimer.singleShot(0, self.refresh))
        window.timetable_panel.week_changed.connect(lambda _m: QTimer.singleShot(0, self.refresh))

    def refresh(self) -> None:
        from schoolaas.services.plans.day_marks import EXAM, MATRICULATION, day_marks

        state, ws = self.w.state, self.w.workspace
        if state is None or ws is None:
            return
        monday = self.w.timetable.monday()
        # an edit of the plan's items changes none of it (holidays and exam
        # weeks come with a new catalogue): no database read after each edit
        # (the words too: the language may have changed)
        who = state.student
        basis = (monday, id(state.catalogue), who.school, who.matriculation, tr("Exam week"))
        if basis == self._shown:
            return
        try:
            marks = day_marks(ws, state, monday)
        except PlannerError:
            return
        words: dict[date, str] = {}
        for day, found in marks.items():
            parts = []
            for mark in found:
                if mark.kind == EXAM:
                    parts.append(tr("Exam week"))
                elif mark.kind == MATRICULATION:
                    text = fill(tr("Matriculation: %1"), mark.text)
                    parts.append(("✎ " if mark.writes else "") + text)
                else:
                    parts.append(mark.text)
            words[day] = " · ".join(dict.fromkeys(parts))
        self.w.timetable.set_day_marks(words)
        self._shown, self._held = basis, state.catalogue
