"""Two first-user trips (issue 15) on the tiny database: marking a course
that has not ended "completed" asks first (No leaves it as it was), one that
has ended does not ask; File → Export calendar asks the language of the
course names before the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from planner_fixtures import MAA6_KEY
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _ends(window: MainWindow, day: date) -> None:
    """The catalogue's MAA6 ending on ``day`` (what the window knows of it)."""
    assert window.catalogue is not None
    offering = window.catalogue.offerings[MAA6_KEY]
    window.catalogue.offerings[MAA6_KEY] = replace(offering, end=day)


def _status(window: MainWindow, item_id: int) -> str:
    return next(str(i.status) for i in window.items if i.id == item_id)


def test_completing_a_course_not_ended_asks_first(window: MainWindow, tiny, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ends(window, date.today() + timedelta(days=30))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    assert not window.edits.set_status(tiny.maa6_item, "completed", "9")
    assert "MAA6 has not ended yet" in asked[0]
    assert _status(window, tiny.maa6_item) == "planned"
    answer[0] = QMessageBox.StandardButton.Yes
    assert window.edits.set_status(tiny.maa6_item, "completed", "9")
    assert _status(window, tiny.maa6_item) == "completed"


def test_completing_an_ended_course_does_not_ask(window: MainWindow, tiny, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ends(window, date.today() - timedelta(days=1))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.edits.set_status(tiny.maa6_item, "completed", "9")
    assert _status(window, tiny.maa6_item) == "completed"


def test_calendar_export_asks_the_language(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, list[str], int]] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append((label, list(items), current))
        return "English", True

    target = tmp_path / "aino.ics"
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.actions_.export_calendar.trigger()
    assert asked
    label, items, current = asked[0]
    assert label == "Language of the course names:"
    assert items == ["Suomi", "Svenska", "English"]
    assert items[current] == "English"  # the language of the UI first
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text
