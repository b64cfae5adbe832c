"""The week timetable: blocks from plan items on real dates, clashes and
travel gaps, layout of overlapping blocks, painting, tooltip and clicks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from domain_factories import (
    MONDAY,
    TRAVEL,
    aalto_cs_a1111,
    as_item,
    school_maa6,
    tapiola_then_otaniemi,
)
from schoolaas.domain.model import Acceptance, Provider
from schoolaas.domain.travel_check import travel_findings
from schoolaas.services.plans.week import build_week
from schoolaas.ui.widgets.timetable import Block, TimetableWidget, lay_out_columns


def test_accepted_travel_finding_is_drawn_as_accepted(qtbot) -> None:
    items = tapiola_then_otaniemi()
    finding = travel_findings(items, TRAVEL)[0]
    accepted = replace(
        finding, acceptance=Acceptance(finding.key, "counsellor", datetime(2026, 10, 1), "bus")
    )
    _, gaps = build_week(MONDAY, items, (accepted,), TRAVEL)
    assert [g.accepted for g in gaps] == [True]
    w = TimetableWidget()
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.set_week(MONDAY, *build_week(MONDAY, items, (accepted,), TRAVEL))
    cs = next(i for i, b in enumerate(w.blocks()) if b.item_id == 2)
    assert "(accepted)" in w.tooltip_for(cs)
    assert "travel" not in w.accessibleDescription()
    w.set_week(MONDAY, *build_week(MONDAY, items, (finding,), TRAVEL))
    assert "(accepted)" not in w.tooltip_for(cs)
    assert "travel break" in w.accessibleDescription()


def test_overlapping_blocks_sit_side_by_side() -> None:
    def block(start: int, end: int) -> Block:
        return Block(1, time(start), time(end), "x", "", "x", Provider.SCHOOL)

    layout = lay_out_columns([block(10, 12), block(11, 13), block(14, 15)])
    assert layout[0] == (0, 2)
    assert layout[1] == (1, 2)
    assert layout[2] == (0, 1)


@pytest.fixture
def widget(qtbot):  # type: ignore[no-untyped-def]
    w = TimetableWidget()
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    items = [as_item(1, school_maa6()), as_item(2, aalto_cs_a1111())]
    blocks, gaps = build_week(MONDAY, items, (), TRAVEL)
    w.set_week(MONDAY, blocks, gaps)
    return w


def test_click_selects_item_and_tooltip_names_the_clash(widget, qtbot) -> None:
    index = next(i for i, b in enumerate(widget.blocks()) if b.item_id == 2)
    centre = widget.block_rect(index).center().toPoint()
    with qtbot.waitSignal(widget.item_clicked) as signal:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [2]
    tip = widget.tooltip_for(index)
    assert "CS-A1111 (Aalto)" in tip  # the corner tag "A" in words
    assert "Clash" in tip
    assert widget.block_at(QPoint(1, 1)) is None
    assert "clash" in widget.accessibleDescription()


def test_clash_hatching_is_visible_without_colour(widget) -> None:
    """Grey-scale renders of the same block with and without the clash
    flag differ: the hatching, not the colour, tells."""
    index = next(i for i, b in enumerate(widget.blocks()) if b.item_id == 1)
    rect = widget.block_rect(index).toRect()
    grey = QImage.Format.Format_Grayscale8
    clash = widget.grab(rect).toImage().convertToFormat(grey)
    widget.set_week(MONDAY, [replace(b, clash=False) for b in widget.blocks()], [])
    plain = widget.grab(rect).toImage().convertToFormat(grey)
    assert clash != plain


def test_arrow_keys_walk_the_blocks_in_time_order(widget, qtbot) -> None:
    widget.setFocus()
    seen = []
    widget.item_clicked.connect(seen.append)
    for _ in range(3):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert seen[0] == seen[2]  # two blocks: right, right wraps round, left goes back
    assert seen[0] != seen[1]
    assert "–" in widget.accessibleDescription()


def test_clashing_blocks_share_a_band_and_each_tooltip_names_the_other(widget) -> None:
    """Side by side the columns are too narrow for a title: a band over
    them names both courses, and each block's tooltip names the other."""
    bands = widget.bands()
    assert len(bands) == 1
    titles = {widget.blocks()[i].title for i in bands[0]}
    assert titles == {"MAA6", "CS-A1111"}
    band = widget.band_rect(bands[0])
    for i in bands[0]:
        assert band.intersects(widget.block_rect(i))
        other = ({"MAA6", "CS-A1111"} - {widget.blocks()[i].title}).pop()
        assert "Clash with " + other in widget.tooltip_for(i)
    # the band spans the day, wider than either column
    assert band.width() > 1.5 * widget.block_rect(bands[0][0]).width()


def test_a_long_title_falls_back_to_its_code_then_elides(qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    from schoolaas.ui.widgets.timetable import fit_title

    w = TimetableWidget()
    qtbot.addWidget(w)
    fm = QFontMetrics(w.font())
    title, code = "CS-A1111 L01+XXH03", "CS-A1111"
    assert fit_title(fm, title, code, fm.horizontalAdvance(title)) == title
    assert fit_title(fm, title, code, fm.horizontalAdvance(code) + 2) == code
    short = fit_title(fm, title, code, fm.horizontalAdvance("CS-A") + 1)
    assert short.endswith("…")
    assert fm.horizontalAdvance(short) <= fm.horizontalAdvance("CS-A") + 1
