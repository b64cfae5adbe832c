"""The focused table cell is clearly visible (issue 15; WCAG 2.1 SC 2.4.7
and 1.4.11): every list table frames its current cell 2 px wide in a colour
with at least 3:1 contrast against the row and the selection, in the
default, dark and high-contrast palettes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

import schoolaas.ui
from schoolaas.ui.widgets.contrast import NON_TEXT, contrast_ratio, focus_frame_colour
from schoolaas.ui.widgets.focus_frame import FRAME_WIDTH, focus_frame_of
from schoolaas.ui.widgets.list_table import set_up_list_table

KINDS = ["default", "dark", "high-contrast"]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _palette(kind: str) -> QPalette:
    """The palettes of docs/screenshots/make.py (what the desktop's dark and
    high-contrast themes give Qt)."""
    if kind == "default":
        return QPalette()
    if kind == "dark":
        palette = QPalette(QColor("#2d2d2d"), QColor("#1e1e1e"))
        text = QColor("#f0f0f0")
    else:
        palette = QPalette(QColor("#000000"), QColor("#000000"))
        text = QColor("#ffffff")
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, text)
    return palette


@pytest.mark.parametrize("kind", KINDS)
def test_the_frame_colour_stands_out_from_row_and_selection(kind: str) -> None:
    palette = _palette(kind)
    frame = focus_frame_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setCurrentColorGroup(group)
        for role in (
            QPalette.ColorRole.Base,
            QPalette.ColorRole.AlternateBase,
            QPalette.ColorRole.Highlight,
        ):
            ratio = contrast_ratio(frame, palette.color(role))
            assert ratio >= NON_TEXT, (kind, group, role, frame.name(), round(ratio, 2))


def _table(qtbot, kind: str) -> tuple[QWidget, QTableView, QLineEdit]:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(5, 3)
    for row in range(5):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"MAA{row}{column}"))
    host = QWidget()
    qtbot.addWidget(host)
    host.setPalette(_palette(kind))
    other = QLineEdit(host)
    table = QTableView(host)
    set_up_list_table(table, model, "Courses")
    table.setAlternatingRowColors(True)
    layout = QVBoxLayout(host)
    layout.addWidget(other)
    layout.addWidget(table)
    host.resize(420, 260)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    table.setCurrentIndex(model.index(2, 1))
    return host, table, other


def _frame_pixels(table: QTableView, image: QImage) -> list[QColor]:
    """The pixels of the current cell's outer FRAME_WIDTH rows and columns."""
    cell: QRect = table.visualRect(table.currentIndex())
    cell.translate(table.viewport().pos())
    out = []
    for x in range(cell.left() + 4, cell.right() - 4):
        for d in range(FRAME_WIDTH):
            out += [
                QColor(image.pixel(x, cell.top() + d)),
                QColor(image.pixel(x, cell.bottom() - d)),
            ]
    for y in range(cell.top() + 4, cell.bottom() - 4):
        for d in range(FRAME_WIDTH):
            out += [
                QColor(image.pixel(cell.left() + d, y)),
                QColor(image.pixel(cell.right() - d, y)),
            ]
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_the_focused_cell_is_framed(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    _host, table, other = _table(qtbot, kind)
    assert focus_frame_of(table) is not None
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = _frame_pixels(table, table.grab().toImage())
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    focused = _frame_pixels(table, table.grab().toImage())
    frame = focus_frame_colour(table.palette())
    assert {c.name() for c in focused} == {frame.name()}, "the whole frame in its colour"
    differ = sum(1 for a, b in zip(unfocused, focused, strict=True) if a != b)
    assert differ == len(focused), "every frame pixel differs from the unfocused cell"
    # the frame's colour against what the cell shows around it: the selected row
    row = table.palette().highlight().color()
    assert contrast_ratio(frame, row) >= NON_TEXT


def test_the_main_window_tables_frame_their_focused_cell(window) -> None:  # type: ignore[no-untyped-def]
    for table in (
        window.catalogue_panel.table,
        window.plan_panel.table,
        window.audit_panel.table,
    ):
        assert focus_frame_of(table) is not None, table.accessibleName()


def test_every_table_of_the_app_is_given_the_frame() -> None:
    """Each table the ui makes (a QTableView, a QTableWidget or a subclass)
    is set up by set_up_list_table or frame_focused_cells: as many calls as
    tables, file by file."""
    ui = Path(schoolaas.ui.__file__).parent
    made = re.compile(r"= (QTableView|QTableWidget|CatalogueTable)\(")
    framed = re.compile(r"\b(set_up_list_table|frame_focused_cells)\(")
    missing = {}
    for path in sorted(ui.rglob("*.py")):
        if path.name in ("list_table.py", "focus_frame.py"):
            continue
        text = path.read_text(encoding="utf-8")
        tables, frames = len(made.findall(text)), len(framed.findall(text))
        if frames < tables:
            missing[str(path.relative_to(ui))] = (tables, frames)
    assert missing == {}
