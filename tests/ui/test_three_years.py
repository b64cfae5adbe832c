"""The three-year view on the demo database: Elias's periods from his
first autumn, his courses as cards, the op of each period stacked by kind
against the targets, the matriculation days marked; a card dropped on
another period (or moved with Ctrl+Right) takes the same course there as
one undoable edit, and a period where the course is not offered says so."""

from __future__ import annotations

import pytest
from plan_views_demo import demo_db, demo_window
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from schoolaas.ui.tray.years_window import PeriodColumn, YearsWindow, item_mime

__all__ = ["demo_db", "demo_window"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def years(demo_window, qtbot):  # type: ignore[no-untyped-def]
    win = YearsWindow(demo_window)
    qtbot.addWidget(win)
    win.show()
    return win


def column(years: YearsWindow, key: str) -> PeriodColumn:
    return next(c for c in years.columns if c.column.period and c.column.period.key == key)


def card_period(years: YearsWindow, code: str) -> str | None:
    for c in years.columns:
        if any(k.card.code == code for k in c.cards):
            return c.column.period.key if c.column.period else None
    return None


def drop(years: YearsWindow, item_id: int, key: str) -> None:
    target = column(years, key)
    mime = item_mime(item_id)  # kept: the event does not own it
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)  # what Qt calls when the card is let go over the column


def test_columns_cards_and_credits(years, demo_window) -> None:  # type: ignore[no-untyped-def]
    data = years.data
    assert data is not None
    periods = [c.period for c in data.columns if c.period is not None]
    assert periods[0].key == "OTA:2025-26/1"  # Elias started in autumn 2025
    assert len(periods) == 15  # three years of five periods
    shown = sum(len(c.cards) for c in years.columns)
    assert shown == len(demo_window.state.items)
    last = [c for c in data.columns if c.period is not None][-1]
    assert last.running.total == demo_window.state.result.credits.total_planned
    assert (data.targets.total, data.targets.compulsory, data.targets.national) == (150, 102, 20)
    autumn = next(c for c in data.columns if c.period and c.period.key == "OTA:2026-27/1")
    assert autumn.op.university == 5  # CS-A1111 counts as university studies
    assert autumn.sittings
    assert "Matriculation" in " ".join(
        w.text() for w in column(years, "OTA:2026-27/1").findChildren(type(years.message))
    )


def test_drop_moves_the_course_and_undo_brings_it_back(years, demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in demo_window.state.items if i.code == "MAA12")
    assert card_period(years, "MAA12") == "OTA:2027-28/2"
    count = demo_window.undo_stack.count()
    drop(years, item.id, "OTA:2026-27/2")
    qtbot.waitUntil(lambda: card_period(years, "MAA12") == "OTA:2026-27/2")
    moved = next(i for i in demo_window.state.items if i.code == "MAA12")
    assert moved.offering_key == "OTA:2026-27:MAA12.1"
    assert demo_window.undo_stack.count() == count + 1  # one undo step
    demo_window.undo_stack.undo()
    qtbot.waitUntil(lambda: card_period(years, "MAA12") == "OTA:2027-28/2")
    back = next(i for i in demo_window.state.items if i.code == "MAA12")
    assert (back.id, back.offering_key) == (item.id, item.offering_key)
    demo_window.undo_stack.redo()
    qtbot.waitUntil(lambda: card_period(years, "MAA12") == "OTA:2026-27/2")


def test_where_the_course_is_not_offered_it_says_so(years, demo_window) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in demo_window.state.items if i.code == "MAA12")
    drop(years, item.id, "OTA:2026-27/3")
    assert "MAA12 is not offered in period 3 of 2026-27" in years.message.text()
    assert card_period(years, "MAA12") == "OTA:2027-28/2"


def test_a_completed_course_stays(years, demo_window) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in demo_window.state.items if i.code == "OP1")
    assert item.status == "completed"
    drop(years, item.id, "OTA:2026-27/1")
    assert "OP1 is done" in years.message.text()
    assert card_period(years, "OP1") == "OTA:2025-26/1"


def test_ctrl_arrows_move_the_selected_card(years, demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = next(k for c in years.columns for k in c.cards if k.card.code == "MAA12")
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    # one period back (2027-28/1) has no MAA12: told, nothing moved
    qtbot.keyClick(card, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert "not offered in period 1 of 2027-28" in years.message.text()
    assert card_period(years, "MAA12") == "OTA:2027-28/2"
    assert years.step(card.card.item_id, -5)  # a year earlier: 2026-27/2
    qtbot.waitUntil(lambda: card_period(years, "MAA12") == "OTA:2026-27/2")
    qtbot.waitUntil(lambda: any(k.hasFocus() for c in years.columns for k in c.cards))
    focused = next(k for c in years.columns for k in c.cards if k.hasFocus())
    assert focused.card.code == "MAA12"  # the moved card keeps the focus
