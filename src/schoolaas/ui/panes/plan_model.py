"""The plan's items as a table, ordered by year and period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from schoolaas.ui.widgets.contrast import table_error_colour
from schoolaas.ui.widgets.enum_values import AALTO, COMPLETED, ENROLLED, FAILED, PLANNED
from schoolaas.ui.widgets.plain_text import plain
from schoolaas.ui.widgets.table_base import RowTableModel

if TYPE_CHECKING:  # the domain and services load with the database, after the first paint
    from schoolaas.domain.model import ItemStatus
    from schoolaas.services.views import ItemView

YEAR, PERIOD, CODE, NAME, STATUS, GRADE, OP, ECTS, GROUPS = range(9)


def split_period(key: str | None) -> tuple[str, str]:
    """("2026-27", "2") from "OTA:2026-27/2"; ("", "") when unknown."""
    if not key:
        return "", ""
    tail = key.split(":", 1)[-1]
    year, _, number = tail.partition("/")
    return year, number


def status_text(model: QObject, status: ItemStatus | str) -> str:
    return {
        PLANNED: model.tr("planned"),
        ENROLLED: model.tr("enrolled"),
        COMPLETED: model.tr("completed"),
        FAILED: model.tr("failed"),
    }[str(status)]


_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PlanModel(RowTableModel["ItemView"]):
    extra_roles = frozenset({_FOREGROUND, _BACKGROUND, _TOOLTIP, _ALIGNMENT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Year"),
            self.tr("Period"),
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Grade"),
            self.tr("op"),
            self.tr("ECTS"),
            self.tr("Groups"),
        ]
        self._flagged: dict[int, bool] = {}  # item id -> True when an error is open
        self._band: dict[int, int] = {}  # item id -> 0/1, alternating by period
        self._colours: tuple[int, Any, Any] = (-1, None, None)  # (palette key, error, band)

    def set_items(self, items: list[ItemView], flags: dict[int, bool] | None = None) -> None:
        if flags is not None:
            self._flagged = dict(flags)
        rows = sorted(items, key=lambda i: (split_period(i.period), i.code, i.id))
        periods = sorted({split_period(i.period) for i in rows})
        self._band = {i.id: periods.index(split_period(i.period)) % 2 for i in rows}
        self.set_rows(rows)

    def _colour(self, which: int) -> Any:
        """1: the error text colour, 2: the band's brush, in the app's
        palette (worked out once per palette, not for every cell painted)."""
        palette = QApplication.palette()
        if self._colours[0] != palette.cacheKey():
            self._colours = (palette.cacheKey(), table_error_colour(), palette.alternateBase())
        return self._colours[which]

    def set_flags(self, flagged: dict[int, bool]) -> None:
        if flagged != self._flagged:
            self._flagged = dict(flagged)
            self.refresh()

    def row_of(self, item_id: int) -> int | None:
        return next((r for r, i in enumerate(self._rows) if i.id == item_id), None)

    def display(self, row: ItemView, column: int) -> str:
        year, number = split_period(row.period)
        if column == YEAR:
            return year
        if column == PERIOD:
            return number
        if column == CODE:
            flag = self._flagged.get(row.id)
            mark = "" if flag is None else ("⚠ " if flag else "✓ ")
            return mark + row.code
        if column == NAME:
            return row.name
        if column == STATUS:
            return status_text(self, row.status)
        if column == GRADE:
            return row.grade or ""
        if column == OP:
            return f"{row.op:g}"
        if column == ECTS:
            return "" if row.ects is None else f"{row.ects:g}"
        if column == GROUPS:
            return ", ".join(row.group_keys)
        return ""

    def sort_value(self, row: ItemView, column: int) -> Any:
        if column == OP:
            return row.op
        if column in (YEAR, PERIOD):
            return "/".join(split_period(row.period))
        return self.display(row, column).casefold()

    def row_id(self, row: ItemView) -> int:
        return row.id

    def row_state(self, row: ItemView) -> Any:
        return (self._flagged.get(row.id), self._band.get(row.id))

    def column_texts(self, column: int) -> list[str]:
        """The display text of ``column`` in every row."""
        return [self.cells(r)[column] for r in range(len(self._rows))]

    def extra(self, row: ItemView, column: int, role: int) -> Any:
        # asked for every cell painted: the roles as plain ints
        if role == _FOREGROUND:
            return self._colour(1) if self._flagged.get(row.id) else None  # 4.5:1, dark too
        if role == _BACKGROUND:
            return self._colour(2) if self._band.get(row.id) else None
        if role == _ALIGNMENT:
            return _RIGHT if column in (OP, ECTS) else None
        if role == _TOOLTIP:
            where = self.tr("Aalto University") if row.provider == AALTO else self.tr("School")
            return plain(f"{row.code} — {row.name}\n{where}")
        return None
