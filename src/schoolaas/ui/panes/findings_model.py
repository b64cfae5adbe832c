"""The audit's findings as a table: severity, what, which items, status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from schoolaas.ui.widgets.contrast import table_error_colour
from schoolaas.ui.widgets.enum_values import ERROR, INFO, WARNING
from schoolaas.ui.widgets.plain_text import plain
from schoolaas.ui.widgets.table_base import RowTableModel

if TYPE_CHECKING:  # the domain loads with the database, after the first paint
    from schoolaas.domain.model import Finding

SEVERITY, TEXT, ITEMS, STATUS = range(4)

_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


_GREY = QColor("#5f6368")


class FindingsModel(RowTableModel["Finding"]):
    extra_roles = frozenset({int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.ToolTipRole)})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Severity"),
            self.tr("Finding"),
            self.tr("Items"),
            self.tr("Status"),
        ]
        self._labels: dict[int, str] = {}
        self._texts: dict[str, tuple[str, str, str]] = {}  # worded once per audit
        self._worded: dict[str, tuple[Finding, tuple[str, str, str]]] = {}  # and what they say
        self._error: tuple[int, QColor] = (-1, QColor())  # (palette key, table_error_colour)

    def set_findings(self, findings: tuple[Finding, ...], labels: dict[int, str]) -> None:
        """``labels``: item id -> what a person calls the item (its code)."""
        # worded here, not at import: the window paints before any audit
        from schoolaas.ui.finding_text import acceptance_text, finding_text, severity_text

        self._labels = dict(labels)
        ordered = sorted(
            findings, key=lambda f: (not f.is_open, _ORDER.get(str(f.severity), 3), f.key)
        )
        before, self._worded = self._worded, {}
        for f in ordered:  # a finding as it was after the last edit keeps its words
            kept = before.get(f.key)
            if kept is None or kept[0] != f:
                kept = (f, (finding_text(f), acceptance_text(f), severity_text(f.severity)))
            self._worded[f.key] = kept
        self._texts = {key: words for key, (_, words) in self._worded.items()}
        self.set_rows(ordered)

    def _error_colour(self) -> QColor:
        """table_error_colour, worked out once per palette (not per cell)."""
        key = QApplication.palette().cacheKey()
        if self._error[0] != key:
            self._error = (key, table_error_colour())
        return self._error[1]

    def finding(self, row: int) -> Finding:
        return self.row(row)

    def row_of(self, key: str) -> int | None:
        return next((r for r, f in enumerate(self._rows) if f.key == key), None)

    def display(self, row: Finding, column: int) -> str:
        if column == SEVERITY:
            return self._texts[row.key][2]
        if column == TEXT:
            return self._texts[row.key][0]
        if column == ITEMS:
            return ", ".join(self._labels.get(i, f"#{i}") for i in row.item_ids)
        if column == STATUS:
            return self._texts[row.key][1] if row.acceptance else self.tr("Open")
        return ""

    def sort_value(self, row: Finding, column: int) -> Any:
        if column == SEVERITY:
            return (not row.is_open, _ORDER.get(str(row.severity), 3))
        return self.display(row, column).casefold()

    def row_id(self, row: Finding) -> str:
        return row.key

    def row_state(self, row: Finding) -> Any:
        return tuple(self._labels.get(i) for i in row.item_ids)

    def extra(self, row: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.is_open:
                return _GREY
            if row.severity == ERROR:
                return self._error_colour()  # 4.5:1 on the rows, dark palettes too
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain("\n".join(self._texts[row.key][:2]))
        return None
