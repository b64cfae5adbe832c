"""A read-only table over a list of plain rows: the shared part of the plan,
findings and students models (columns declared once by each subclass)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import PySide6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SIGNATURE_LIMIT = 2000  # rows; see RowTableModel._all_signatures

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_OWN_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, int(SORT_ROLE), int(ID_ROLE)})
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


# Only PySide6 6.12.0 on Python < 3.12 drops the reference (from 3.12 None is
# immortal; 6.11 and earlier count right). The lock pins 6.11.3; this guard
# keeps a machine that still has 6.12.0 from aborting.
_NONE_IS_COUNTED = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


def _incref_none() -> None:
    import ctypes  # only on the affected build: ctypes costs a few ms at start

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def no_value() -> None:
    """None ("no data") for a Python model method that Qt calls.

    PySide6 (6.12, Python 3.11) drops one reference to None for every None
    that a ``data()`` or ``headerData()`` override hands back to Qt; after
    enough of them Python frees None and aborts ("deallocating None"), e.g.
    after a few minutes of scrolling. Each None handed back takes the
    reference that will be dropped. Calls from Python code only over-count,
    which is harmless for None."""
    if _NONE_IS_COUNTED:
        _incref_none()


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set ``headers`` in ``__init__`` and implement ``display``.

    A view asks ``data()`` for every visible cell and role on each repaint,
    from C++; each row's display texts are therefore made once and kept
    (``cells``) until the row changes, and roles that no subclass serves
    are answered at once. Subclasses list the roles ``extra`` answers in
    ``extra_roles`` (None: ask ``extra`` for every other role).

    ``display`` may depend only on the row and on ``row_state`` (the model
    state a row shows, such as its error flag): a row equal to the one it
    replaces, in the same state, keeps its texts."""

    extra_roles: frozenset[int] | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[tuple[str, ...] | None] = []
        self._signatures: list[Any] | None = None  # what each row showed when set
        self.version = 0  # goes up whenever any row may show something else
        self.headers: list[str] = []
        # rows changed in place (an edited cell) are worded anew
        self.dataChanged.connect(self._forget)
        self.headerDataChanged.connect(self._forget_all)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows. One row added or removed (an edit of the plan)
        is signalled as such, and of the other rows only those that now
        show something else as changed, so views keep their selection and
        scrolling and do not measure and sort every row again."""
        new = list(rows)
        old_ids = [self.row_id(r) for r in self._rows]
        new_ids = [self.row_id(r) for r in new]
        old = self._signatures
        if None in old_ids or None in new_ids or not old_ids:
            self._reset(new)
        elif new_ids == old_ids:
            self._replace(new)
            self._signal_changed(old, 0, None)
        elif len(new_ids) == len(old_ids) + 1:
            at = _first_difference(old_ids, new_ids)
            if new_ids[:at] + new_ids[at + 1 :] != old_ids:
                self._reset(new)
                return
            self.beginInsertRows(QModelIndex(), at, at)
            self._replace(new)
            self.endInsertRows()
            self._signal_changed(old, at, +1)
        elif len(new_ids) + 1 == len(old_ids):
            at = _first_difference(new_ids, old_ids)
            if old_ids[:at] + old_ids[at + 1 :] != new_ids:
                self._reset(new)
                return
            self.beginRemoveRows(QModelIndex(), at, at)
            self._replace(new)
            self.endRemoveRows()
            self._signal_changed(old, at, -1)
        else:
            self._reset(new)

    def _reset(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._replace(rows)
        self.endResetModel()

    def _replace(self, rows: list[Row]) -> None:
        self.version += 1
        old_rows, old_cells, old_signatures = self._rows, self._cells, self._signatures
        self._rows = rows
        self._cells = [None] * len(rows)
        self._signatures = new_signatures = self._all_signatures()
        if old_signatures is None or new_signatures is None:
            return
        known: dict[Any, tuple[Any, tuple[str, ...]]] = {}
        for old_row, (item, cells) in enumerate(zip(old_rows, old_cells, strict=True)):
            key = self.row_id(item)
            if cells is not None and key is not None:
                known[key] = (old_signatures[old_row], cells)
        for row, item in enumerate(rows):
            hit = known.get(self.row_id(item))
            if hit is not None and hit[0] == new_signatures[row]:
                self._cells[row] = hit[1]

    def _all_signatures(self) -> list[Any] | None:
        """Kept for small tables only (a plan, the findings): the students
        of a city are replaced wholesale anyway."""
        if len(self._rows) > SIGNATURE_LIMIT:
            return None
        return [self.signature(r) for r in range(len(self._rows))]

    def _signal_changed(self, old: list[Any] | None, at: int, shift: int | None) -> None:
        """dataChanged for the rows whose signature differs from ``old``
        (the rows before an insert or removal at ``at``), one signal per
        run of adjacent rows."""
        new = self._signatures
        changed: list[int] = []
        for row in range(len(self._rows)):
            if shift == +1 and row == at:
                continue  # the inserted row: announced already
            before = row if shift is None or row < at else row - shift
            if old is None or new is None or old[before] != new[row]:
                changed.append(row)
        self._emit_rows(changed)

    def _emit_rows(self, rows: list[int]) -> None:
        last = len(self.headers) - 1
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1] == rows[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(rows[start], 0), self.index(rows[end], last))
            start = end + 1

    def _forget(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: Any) -> None:
        self.version += 1
        first, last = max(top_left.row(), 0), min(bottom_right.row(), len(self._rows) - 1)
        for row in range(first, last + 1):
            self._cells[row] = None
        if self._signatures is not None:
            for row in range(first, last + 1):
                self._signatures[row] = self.signature(row)

    def _forget_all(self, *_args: Any) -> None:
        self.version += 1
        self._cells = [None] * len(self._rows)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, row: int) -> Row:
        return self._rows[row]

    def refresh(self) -> None:
        """The model state changed without rows coming or going: the rows
        that show something else are worded anew and signalled."""
        old = self._signatures
        self._replace(self._rows)
        self._signal_changed(old, 0, None)

    def cells(self, row: int) -> tuple[str, ...]:
        """The display texts of row ``row``, made on first use."""
        cells = self._cells[row]
        if cells is None:
            item = self._rows[row]
            cells = tuple(self.display(item, column) for column in range(len(self.headers)))
            self._cells[row] = cells
        return cells

    def signature(self, row: int) -> Any:
        """What row ``row`` shows: a row whose signature is unchanged after
        ``set_rows`` keeps its texts and is not signalled."""
        item = self._rows[row]
        return (item, self.row_state(item))

    def row_state(self, row: Row) -> Any:
        """The model state that ``row`` shows besides its own fields (for
        subclasses: an error flag, a colour band, labels of other rows)."""
        return None

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
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.value(index.row(), index.column(), role)
        return no_value() if value is None else value

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks of one cell (it asks seven to paint or
        measure it) in one call from C++, not one ``data()`` call each."""
        if index.isValid():
            self.fill(index.row(), index.column(), roleDataSpan)

    def fill(self, row: int, column: int, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """``multiData`` by row and column numbers (for a proxy): each role
        in ``span`` gets what ``value`` gives, roles without data none."""
        rows = self._rows
        spans = _role_data(span)
        if not (0 <= row < len(rows) and 0 <= column < len(self.headers)):
            for data in spans:
                data.clearData()
            return
        extra = self.extra_roles
        for data in spans:
            role = data.role()
            if role in (_DISPLAY, _ACCESSIBLE):  # the texts, made once per row
                data.setData((self._cells[row] or self.cells(row))[column])
                continue
            # the roles the model has no data for are cleared without a call
            wanted = role in _OWN_ROLES or extra is None or role in extra
            value = self.value(row, column, role) if wanted else None
            if value is None:
                data.clearData()
            else:
                data.setData(value)

    def value(self, row: int, column: int, role: int) -> Any:
        """``data()`` by row and column numbers (for a proxy in Python)."""
        extra = self.extra_roles
        if role not in _OWN_ROLES and extra is not None and role not in extra:
            return None
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.headers)):
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return self.cells(row)[column]
        item = self._rows[row]
        if role == SORT_ROLE:
            return self.sort_value(item, column)
        if role == ID_ROLE:
            return self.row_id(item)
        return self.extra(item, column, role)

    # for subclasses ---------------------------------------------------------
    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        return self.display(row, column).casefold()

    def row_id(self, row: Row) -> Any:
        return None

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None


class RowSortProxy(QSortFilterProxyModel):
    """A sorting proxy over a RowTableModel that hands a delegate's
    ``multiData`` to the model in one call (QSortFilterProxyModel asks the
    model's ``data()`` once per role: seven calls into Python a cell)."""

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            super().multiData(index, roleDataSpan)
            return
        at = self.mapToSource(index)
        if at.isValid():
            source.fill(at.row(), at.column(), roleDataSpan)
        else:
            for data in _role_data(roleDataSpan):
                data.clearData()


def _role_data(span: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles of a span (PySide also passes a single QModelRoleData)."""
    return (span,) if span.__class__ is QModelRoleData else span


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
