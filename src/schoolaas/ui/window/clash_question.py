""" "Add anyway?" (issue 15): before a course, or a new choice of its study
groups, that clashes with the plan goes in, the window says with which
courses and when, as the catalogue's TimetableIndex answers (the audit's own
sweep and walk: what the audit would report once it is added), and asks.
The question itself is a callable the plan edits hold (``ask_add_anyway``),
so tests answer it without a modal box."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from schoolaas.domain.timetable_index import Clash
from schoolaas.ui.dialogs.groups_dialog import weekly_spans
from schoolaas.ui.widgets.fill import fill

MAX_LINES = 6  # courses named one a line; the rest counted


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ClashQuestion", text, None, n)


def _day(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def clash_lines(code: str, clashes: Sequence[Clash], locale: QLocale | None = None) -> list[str]:
    """One line per course clashed with (overlaps, then short breaks):
    "CS-A1111 clashes with MAA7 on Tue 10.15–11.15 (7 dates, 6.10.2026–17.11.2026)."."""
    lines = [
        _line(code, clash.item.code, spans, moving, locale)
        for clash in clashes
        for spans, moving in ((clash.overlaps, False), (clash.breaks, True))
        if spans
    ]
    if len(lines) > MAX_LINES:
        rest = len(lines) - MAX_LINES + 1
        lines = [*lines[: MAX_LINES - 1], tr("…and %n more.", rest)]
    return lines


def _line(
    code: str,
    other: str,
    spans: Sequence[tuple[datetime, datetime]],
    moving: bool,
    locale: QLocale | None,
) -> str:
    days = sorted({start.date() for start, _ in spans})
    n = len(days)
    if moving and n == 1:
        text = tr("Too short a break to change buildings between %1 and %2 on %3 (%4).")
    elif moving:
        text = tr(
            "Too short a break to change buildings between %1 and %2 on %3 (%n dates, %4–%5).", n
        )
    elif n == 1:
        text = tr("%1 clashes with %2 on %3 (%4).")
    else:
        text = tr("%1 clashes with %2 on %3 (%n dates, %4–%5).", n)
    when = weekly_spans(spans, locale)
    return fill(text, code, other, when, _day(days[0]), _day(days[-1]))


def _bullets(lines: list[str]) -> list[str]:
    return [f"• {line}" for line in lines]


def adding_text(code: str, clashes: Sequence[Clash]) -> tuple[str, str, str]:
    """(title, text, button) of the question before adding ``code``."""
    text = "\n".join(
        [
            *_bullets(clash_lines(code, clashes)),
            "",
            tr("Add it anyway? Cancel leaves the plan as it is."),
        ]
    )
    return fill(tr("Add %1?"), code), text, tr("Add anyway")


def groups_text(code: str, clashes: Sequence[Clash]) -> tuple[str, str, str]:
    """(title, text, button) of the question before choosing clashing groups."""
    text = "\n".join(
        [
            fill(tr("The chosen groups of %1 clash with the plan:"), code),
            *_bullets(clash_lines(code, clashes)),
            "",
            tr("Choose them anyway? Cancel keeps the groups as they were."),
        ]
    )
    return fill(tr("Study groups of %1"), code), text, tr("Choose anyway")


def ask_with_box(parent: QWidget | None, title: str, text: str, button: str) -> bool:
    """The real app's question: a warning box with ``button`` and Cancel,
    Cancel the default (Enter) and Esc's button. True: go ahead."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # course codes, as typed
    box.setObjectName("add_anyway")
    anyway = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is anyway
