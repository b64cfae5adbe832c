"""How every list table of the app behaves: whole rows chosen one at a
time, no row numbers, Tab leaving the table (arrows move in it), so a
keyboard user can pass it, and the focused cell framed (focus_frame)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from schoolaas.ui.widgets.focus_frame import frame_focused_cells


def set_up_list_table(
    table: QTableView, model: QAbstractItemModel, name: str, *, sort_column: int | None = None
) -> None:
    """Give ``table`` its ``model`` and accessible ``name``; sorted by
    ``sort_column`` (ascending, the user may click another) when given."""
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    frame_focused_cells(table)
    if sort_column is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
