"""Column widths from a model's cached texts.

A header that fits a column to its contents asks the view, which asks
``data()`` for every role of every row it measures (up to a thousand rows,
from C++ into Python). The texts are known in Python already; each is
measured once (its advance in the view's font) and only the widest few are
handed to the item delegate, whose width for these tables depends on the
text alone (no icons, check boxes or fonts of their own)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView

CANDIDATES = 3  # the font and the delegate may order near-equal texts differently
_LIMIT = 20_000  # texts remembered before starting afresh


class TextWidths:
    def __init__(self, view: QAbstractItemView) -> None:
        self.view = view
        self._style: Any = None
        self._advances: dict[str, int] = {}  # text -> advance in the view's font
        self._hints: dict[tuple[int, str], int] = {}  # (column, text) -> delegate's width

    def widest(self, column: int, texts: Sequence[str], index: Callable[[int], QModelIndex]) -> int:
        """The delegate's width of the widest of ``texts`` (the texts of
        ``column``); ``index(i)`` is the view's index of ``texts[i]``."""
        style = self.view.font().key()
        if style != self._style or len(self._advances) > _LIMIT:
            self._style = style
            self._advances.clear()
            self._hints.clear()
        advances, metrics = self._advances, self.view.fontMetrics()
        for text in texts:
            if text not in advances:
                advances[text] = metrics.horizontalAdvance(text)
        widest = 0
        for text in sorted(set(texts), key=advances.__getitem__)[-CANDIDATES:]:
            size = self._hints.get((column, text))
            if size is None:
                size = self.view.sizeHintForIndex(index(texts.index(text))).width()
                self._hints[column, text] = size
            widest = max(widest, size)
        return widest


def measured_rows(first: int, last: int, count: int, limit: int) -> list[int]:
    """The rows QTableView.sizeHintForColumn measures: those on screen
    (``first``..``last``), then alternately one below and one above until
    ``limit`` rows (the header's resizeContentsPrecision; -1: all)."""
    rows = list(range(first, last + 1))
    if 0 <= limit <= len(rows):
        return rows[:limit] if limit else rows
    above, below = first, last
    while len(rows) != limit and (above > 0 or below < count - 1):
        if (len(rows) % 2 and above > 0) or below == count - 1:
            above -= 1
            rows.append(above)
        else:
            below += 1
            rows.append(below)
    return rows
