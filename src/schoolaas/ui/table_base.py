"""A read-only table over a list of plain rows: the shared part of the plan,
findings and students models (columns declared once by each subclass)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import PySide6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


# Only PySide6 6.12.0 on Python < 3.12 drops the reference (from 3.12 None is
# immortal; 6.11 and earlier count right). The lock pins 6.11.3; this guard
# keeps a machine that still has 6.12.0 from aborting.
_NONE_IS_COUNTED = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


def no_value() -> None:
    """None ("no data") for a Python model method that Qt calls.

    PySide6 (6.12, Python 3.11) drops one reference to None for every None
    that a ``data()`` or ``headerData()`` override hands back to Qt; after
    enough of them Python frees None and aborts ("deallocating None"), e.g.
    after a few minutes of scrolling. Each None handed back takes the
    reference that will be dropped. Calls from Python code only over-count,
    which is harmless for None."""
    if _NONE_IS_COUNTED:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set ``headers`` in ``__init__`` and implement ``display``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.headers: list[str] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows. One row added or removed (an edit of the plan)
        is signalled as such, and the same rows again as changed contents,
        so views keep their selection and scrolling and skip a full reset."""
        new = list(rows)
        old_ids = [self.row_id(r) for r in self._rows]
        new_ids = [self.row_id(r) for r in new]
        if None in old_ids or None in new_ids or not old_ids:
            self._reset(new)
        elif new_ids == old_ids:
            self._rows = new
            self.refresh()
        elif len(new_ids) == len(old_ids) + 1:
            at = _first_difference(old_ids, new_ids)
            if new_ids[:at] + new_ids[at + 1 :] != old_ids:
                self._reset(new)
                return
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows = new
            self.endInsertRows()
            self.refresh()
        elif len(new_ids) + 1 == len(old_ids):
            at = _first_difference(new_ids, old_ids)
            if old_ids[:at] + old_ids[at + 1 :] != new_ids:
                self._reset(new)
                return
            self.beginRemoveRows(QModelIndex(), at, at)
            self._rows = new
            self.endRemoveRows()
            self.refresh()
        else:
            self._reset(new)

    def _reset(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, row: int) -> Row:
        return self._rows[row]

    def refresh(self) -> None:
        """Row contents changed without rows coming or going."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self._header(section, orientation, role)
        return no_value() if value is None else value

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return no_value() if value is None else value

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        return self.extra(row, column, role)

    # for subclasses ---------------------------------------------------------
    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        return self.display(row, column).casefold()

    def row_id(self, row: Row) -> Any:
        return None

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None


def _first_difference(shorter: list[Any], longer: list[Any]) -> int:
    """Where ``longer`` first differs from ``shorter`` (its extra row)."""
    for at, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return at
    return len(shorter)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to a proxy's filter state and re-run the filter (the
    begin/endFilterChange pair where Qt has it, else invalidateRowsFilter)."""
    begin = getattr(proxy, "beginFilterChange", None)
    if begin is None:
        change()
        proxy.invalidateRowsFilter()
        return
    begin()
    change()
    proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
