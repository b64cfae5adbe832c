"""Search, filters and sorting over the catalogue, for the catalogue table.

A QSortFilterProxyModel asks Python whether to show each of the 10,000+
rows on every keystroke, and compares rows through ``data()`` to sort them.
Here the rows are matched in one pass over the casefolded search texts and
kept in a precomputed order; the view gets only the matching rows, so Qt
calls into Python only for the rows on screen. The selection and current
row follow their course through every change (a layout change with the
persistent indexes moved, as the proxy did).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from schoolaas.ui.panes.catalogue_model import ROW_FLAGS, CatalogueModel
from schoolaas.ui.widgets.table_base import Index, no_value

if TYPE_CHECKING:  # the domain loads with the database, after the first paint
    from schoolaas.domain.model import DateRange, Offering, Provider

FILTERS = (
    "provider",
    "subject",
    "period",
    "period_dates",
    "language",
    "min_op",
    "max_op",
    "fits_only",
)
# rows come, go and move; the columns stay (the header keeps its sizes)
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_HINTED = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"


class CatalogueFilter(QAbstractTableModel):
    """The rows of a :class:`CatalogueModel` that match the search and the
    filters, in the order of the sorted column. An empty filter value means
    "any". The same calls as a sort-filter proxy: ``setSourceModel``,
    ``mapToSource``/``mapFromSource``, ``sort``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: CatalogueModel | None = None
        self._words: list[str] = []
        self.provider: Provider | str | None = None
        self.subject = ""
        self.period = ""  # "2026-27/2"
        self.period_dates: DateRange | None = None
        self.language = ""
        self.min_op: float | None = None
        self.max_op: float | None = None
        self.fits_only = False
        self.today = date.today()  # "fits" hides what ended before this day
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, in the sort order
        self._keys: dict[int, list[Any]] = {}  # column -> sort key of each source row
        self._visible: list[int] = []  # the source rows shown, in order
        self._view_row: list[int] | None = None  # source row -> shown row (-1), on demand
        self._matched: tuple[int, list[str], list[int]] | None = None  # last search
        self._dirty: set[int] = set()  # source rows changed since the last settle
        self._settle_pending = False

    # the source -------------------------------------------------------------
    def setSourceModel(self, model: CatalogueModel) -> None:
        if self._source is not None:
            for signal in self._source_signals(self._source):
                signal[0].disconnect(signal[1])
        self.beginResetModel()
        self._source = model
        for signal, slot in self._source_signals(model):
            signal.connect(slot)
        self._rebuild()
        self.endResetModel()

    def _source_signals(self, model: CatalogueModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._on_source_reset),
            (model.layoutAboutToBeChanged, self.beginResetModel),
            (model.layoutChanged, self._on_source_reset),
            (model.rowsAboutToBeInserted, self.beginResetModel),
            (model.rowsInserted, self._on_source_reset),
            (model.rowsAboutToBeRemoved, self.beginResetModel),
            (model.rowsRemoved, self._on_source_reset),
            (model.dataChanged, self._on_source_data_changed),
            (model.plan_state_changed, self._settle),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    def sourceModel(self) -> CatalogueModel | None:
        return self._source

    def _on_source_reset(self, *_args: Any) -> None:
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        """Everything anew from the source rows (no signals)."""
        self._keys.clear()
        self._matched = None
        self._dirty.clear()
        count = self._source.rowCount() if self._source is not None else 0
        self._order = list(range(count))
        if self._sort_column >= 0 and count:
            self._order = self._sorted(self._order)
        self._visible = self._shown()
        self._view_row = None

    def _on_source_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        """Repaint what changed; match and sort those rows again once the
        change is complete (``plan_state_changed``, or the next event-loop
        turn for any other change)."""
        changed = range(max(top.row(), 0), min(bottom.row() + 1, len(self._order)))
        self._dirty.update(changed)
        view_row = self._view_rows()
        shown = [view_row[r] for r in changed if view_row[r] >= 0]
        if shown:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), last))
        if not self._settle_pending:
            self._settle_pending = True
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        self._settle_pending = False
        if not self._dirty or self._source is None:
            return
        rows, self._dirty = self._dirty, set()
        source = self._source
        items = source.offering_rows()
        resort = False
        for column, keys in self._keys.items():
            for row in rows:
                key = source.sort_value(items[row], column)
                if keys[row] != key:
                    keys[row] = key
                    resort = resort or column == self._sort_column
        if resort:
            self._order = self._sorted(self._order)
        if resort or self.fits_only:
            self._matched = None
            self._show(self._shown())

    # search and filters --------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self._show(self._shown())

    def set_filters(self, **values: Any) -> None:
        for name in values:
            if name not in FILTERS:
                raise AttributeError(f"no catalogue filter named {name}")
        for name, value in values.items():
            setattr(self, name, value)
        self._show(self._shown())

    def _shown(self) -> list[int]:
        """The source rows that match, in the sort order."""
        if self._source is None:
            return []
        self._settle()
        matched = self._matching()
        if matched is None:
            return list(self._order)
        if self._sort_column < 0:
            return matched
        keep = bytearray(len(self._order))
        for row in matched:
            keep[row] = 1
        return [row for row in self._order if keep[row]]

    def _matching(self) -> list[int] | None:
        """Source rows (ascending) that pass the search and filters; None:
        all of them. A search that only grew (another letter typed) looks
        only among the previous matches."""
        assert self._source is not None
        state = self._source.version
        candidates: Sequence[int] | None = None
        if self._matched is not None and self._matched[0] == state:
            before = self._matched[1]
            if all(any(old in new for new in self._words) for old in before):
                candidates = self._matched[2]
        rows = self._search(candidates)
        if rows is not None:
            self._matched = (state, list(self._words), rows)
        if self._has_filters():
            items = self._source.offering_rows()
            accepts = self._accepts
            rows = [r for r in (range(len(items)) if rows is None else rows) if accepts(items[r])]
        return rows

    def _search(self, candidates: Sequence[int] | None) -> list[int] | None:
        assert self._source is not None
        words = self._words
        if not words:
            return None
        texts = self._source.search_texts()
        if candidates is None:
            candidates = range(len(texts))
        if len(words) == 1:
            word = words[0]
            return [r for r in candidates if word in texts[r]]
        return [r for r in candidates if all(w in texts[r] for w in words)]

    def _has_filters(self) -> bool:
        return bool(
            self.provider is not None
            or self.subject
            or self.period
            or self.language
            or self.min_op is not None
            or self.max_op is not None
            or self.fits_only
        )

    def _accepts(self, o: Offering) -> bool:
        if self.provider is not None and o.provider != self.provider:
            return False
        if self.subject and o.subject != self.subject:
            return False
        if self.period and not self._in_period(o):
            return False
        if self.language and self.language not in o.languages:
            return False
        if self.min_op is not None and o.op < self.min_op:
            return False
        if self.max_op is not None and o.op > self.max_op:
            return False
        if not self.fits_only:
            return True
        if o.end < self.today:  # over already: nothing to fit in
            return False
        return not (self._source is not None and self._source.clashes(o.key))

    def _in_period(self, o: Offering) -> bool:
        """School courses by their period ("2026-27/2" of any school); Aalto
        realisations when their dates overlap the period's dates."""
        if o.period:
            return o.period.split(":", 1)[-1] == self.period
        if self.period_dates is None:
            return False
        dates = type(self.period_dates)  # DateRange, without importing the domain here
        return dates(o.start, max(o.start, o.end)).overlaps(self.period_dates)

    # sorting ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable, as the proxy was: rows that tie keep their previous order."""
        if self._source is None:
            return
        self._sort_column, self._sort_order = column, Qt.SortOrder(order)
        count = self._source.rowCount()
        self._order = self._sorted(self._order) if column >= 0 else list(range(count))
        self._show(self._shown(), force=True)

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def _sorted(self, rows: list[int]) -> list[int]:
        keys = self._sort_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=keys.__getitem__, reverse=descending)

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            assert self._source is not None
            value = self._source.sort_value
            keys = [value(o, column) for o in self._source.offering_rows()]
            self._keys[column] = keys
        return keys

    # showing -----------------------------------------------------------------------
    def _show(self, visible: list[int], *, force: bool = False) -> None:
        """Give the view the rows ``visible``; selection and current row
        move with their course, or go when it is no longer shown."""
        if visible == self._visible and not force:
            return
        self.layoutAboutToBeChanged[_HINTED].emit([], _ROWS_ONLY)
        before = self.persistentIndexList()
        old = self._visible
        self._visible = visible
        self._view_row = None
        if before:
            wanted = {old[i.row()] for i in before if 0 <= i.row() < len(old)}
            now = {row: at for at, row in enumerate(visible) if row in wanted}
            after = []
            for index in before:
                at = now.get(old[index.row()]) if 0 <= index.row() < len(old) else None
                after.append(QModelIndex() if at is None else self.createIndex(at, index.column()))
            self.changePersistentIndexList(before, after)
        self.layoutChanged[_HINTED].emit([], _ROWS_ONLY)

    def _view_rows(self) -> list[int]:
        if self._view_row is None:
            view_row = [-1] * len(self._order)
            for at, row in enumerate(self._visible):
                view_row[row] = at
            self._view_row = view_row
        return self._view_row

    def column_texts(self, rows: Sequence[int], column: int) -> list[str]:
        """The display texts of ``column`` in the shown ``rows``."""
        assert self._source is not None
        cells, visible = self._source.cells, self._visible
        return [cells(visible[row])[column] for row in rows]

    def mapToSource(self, index: Index) -> QModelIndex:
        if self._source is None or not index.isValid() or index.row() >= len(self._visible):
            return QModelIndex()
        return self._source.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return QModelIndex()
        at = self._view_rows()[index.row()]
        return QModelIndex() if at < 0 else self.index(at, index.column())

    # the model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if self._source is not None and 0 <= row < len(self._visible):
            value = self._source.value(self._visible[row], index.column(), role)
            if value is not None:
                return value
        return no_value()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return no_value()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._visible):
            section = self._visible[section]
        return self._source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return self._source.mimeTypes() if self._source is not None else []

    def mimeData(self, indexes: Sequence[QModelIndex | QPersistentModelIndex]) -> QMimeData:
        assert self._source is not None
        return self._source.mimeData([self.mapToSource(i) for i in indexes])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
