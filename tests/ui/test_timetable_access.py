"""The week timetable's blocks as accessible objects (offscreen): one
invisible label per painted block, over the block, named as a screen reader
speaks the block; the mouse still reaches the timetable through them. The
same through the real AT-SPI bus: tests/a11y/test_blocks_tree.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from domain_factories import MONDAY, TRAVEL, aalto_cs_a1111, as_item, school_maa6
from schoolaas.domain.model import Provider
from schoolaas.services.plans.week import build_week
from schoolaas.ui.widgets.timetable import Block, TimetableWidget


def _widget(qtbot) -> TimetableWidget:  # type: ignore[no-untyped-def]
    w = TimetableWidget()
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    items = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]
    w.set_week(MONDAY, *build_week(MONDAY, items, (), TRAVEL))
    return w


def test_each_painted_block_is_a_named_object_over_it(qtbot) -> None:
    w = _widget(qtbot)
    objects = w.block_objects()
    assert len(objects) == len(w.blocks()) == 2
    for obj, index in zip(objects, w.painted_blocks(), strict=True):
        assert isinstance(obj, QLabel)
        assert obj.accessibleName() == w.spoken_for(index)
        assert obj.accessibleDescription() == w.tooltip_for(index)
        assert obj.geometry() == w.block_rect(index).toAlignedRect()
        assert obj.isVisible()
        assert obj.focusPolicy() == Qt.FocusPolicy.NoFocus
    names = [o.accessibleName() for o in objects]
    assert any("Tuesday 10.00–11.15" in n and "Clash with CS-A1111" in n for n in names), names
    w.resize(1000, 700)  # the objects follow the blocks
    for obj, index in zip(objects, w.painted_blocks(), strict=True):
        assert obj.geometry() == w.block_rect(index).toAlignedRect()


def test_the_mouse_goes_through_the_objects(qtbot) -> None:
    w = _widget(qtbot)
    index = next(i for i, b in enumerate(w.blocks()) if b.item_id == 2)
    centre = w.block_rect(index).center().toPoint()
    assert w.childAt(centre) is None  # no child takes the click or the tooltip
    with qtbot.waitSignal(w.item_clicked) as signal:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [2]


def test_fewer_blocks_hide_the_objects_left_over_and_weekends_have_none(qtbot) -> None:
    w = _widget(qtbot)
    saturday = Block(5, time(10), time(11), "SAT1", "", "SAT1", Provider.SCHOOL, item_id=9)
    w.set_week(MONDAY, [w.blocks()[0], saturday], [])
    assert len(w.block_objects()) == 1  # Saturday is not painted
    hidden = [c for c in w.findChildren(QLabel) if c not in w.block_objects()]
    assert hidden
    assert not any(c.isVisible() for c in hidden)


def test_arrow_keys_reach_every_meeting_of_an_item(qtbot) -> None:
    """An item that meets twice a week: Right goes on to its second
    meeting instead of back to its first."""
    w = _widget(qtbot)
    first = w.blocks()[0]
    again = replace(first, day=3)
    w.set_week(MONDAY, [first, again, w.blocks()[1]], [])
    w.setFocus()
    heard = []
    for _ in range(3):
        qtbot.keyClick(w, Qt.Key.Key_Right)
        heard.append(w.accessibleDescription())
    assert sorted(heard) == sorted(o.accessibleName() for o in w.block_objects())


def test_at_a_150_percent_font_a_block_still_shows_its_code_and_times(qtbot) -> None:
    """At 1.5 times the font a 75-minute session used to be one line high
    (its times only, or its code only): the week now asks for the height
    that holds two lines, the code and the times."""
    normal = TimetableWidget()
    qtbot.addWidget(normal)
    assert normal.minimumHeight() == 280  # the usual font: as before
    w = TimetableWidget()
    qtbot.addWidget(w)
    font = w.font()
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
    w.setFont(font)
    assert w.minimumHeight() > 280
    w.resize(560, w.minimumHeight())  # the least the window may give it
    w.show()
    items = [as_item(1, school_maa6())]
    w.set_week(MONDAY, *build_week(MONDAY, items, (), TRAVEL))
    index = next(i for i, b in enumerate(w.blocks()) if b.item_id == 1)
    text = w.block_text(index)
    assert text.startswith("MAA6"), text
    assert re.search(r"10(\.00)?–11\.15", text), text
