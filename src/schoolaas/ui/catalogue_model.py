"""The catalogue as a Qt table: school course groups and Aalto realisations
side by side, filtered and sorted in a proxy (search over code and names in
fi/sv/en; provider, subject, period, language and credit filters; "fits my
timetable")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from schoolaas.domain.model import DateRange, Offering, Provider, pick_text
from schoolaas.ui.table_base import no_value, refilter
from schoolaas.ui.timetable import OFFERING_MIME

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

CODE, NAME, PROVIDER, PERIOD, OP, ECTS, LANGUAGE, DATES = range(8)


def _period_label(offering: Offering) -> str:
    if offering.period:
        return offering.period.split(":", 1)[-1]
    return f"{offering.start:%d.%m.}–{offering.end:%d.%m.%Y}"


def _credits(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def _search_text(o: Offering) -> str:
    names = " ".join(v for v in o.name.values() if v)
    return f"{o.code} {o.key} {names}".casefold()


class CatalogueModel(QAbstractTableModel):
    """Rows are domain ``Offering`` objects; the key is in ``KEY_ROLE``."""

    def __init__(self, parent: QObject | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self._rows: list[Offering] = []
        self._haystack: list[str] = []
        self._row_of: dict[str, int] = {}
        self._clashing: set[str] = set()
        self._planned: set[str] = set()
        self._language = language
        self._headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Provider"),
            self.tr("Period"),
            self.tr("op"),
            self.tr("ECTS"),
            self.tr("Language"),
            self.tr("Dates"),
        ]

    def set_offerings(self, offerings: Sequence[Offering]) -> None:
        self.beginResetModel()
        self._rows = sorted(offerings, key=lambda o: (o.provider != Provider.AALTO, o.code, o.key))
        self._row_of = {o.key: i for i, o in enumerate(self._rows)}
        self._haystack = [_search_text(o) for o in self._rows]
        self.endResetModel()

    def set_plan_state(self, clashing: set[str], planned: set[str]) -> None:
        """Which offerings would clash with the plan, and which are in it."""
        if clashing == self._clashing and planned == self._planned:
            return
        changed = (self._clashing ^ set(clashing)) | (self._planned ^ set(planned))
        self._clashing, self._planned = set(clashing), set(planned)
        rows = sorted(self._row_of[k] for k in changed if k in self._row_of)
        last = len(self._headers) - 1
        start = 0
        while start < len(rows):  # one signal per run of adjacent rows
            end = start
            while end + 1 < len(rows) and rows[end + 1] == rows[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(rows[start], 0), self.index(rows[end], last))
            start = end + 1

    def offering(self, row: int) -> Offering:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        """Code, key and names in every language, casefolded (made once)."""
        return self._haystack[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def clashes(self, key: str) -> bool:
        return key in self._clashing

    def planned(self, key: str) -> bool:
        return key in self._planned

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self._header(section, orientation, role)
        return no_value() if value is None else value

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return no_value() if value is None else value

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(o, col)
        if role == KEY_ROLE:
            return o.key
        if role == SORT_ROLE:
            return self._sort_value(o, col)
        if role == SEARCH_ROLE:
            return self._haystack[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(o)
        if role == Qt.ItemDataRole.ForegroundRole and o.key in self._clashing:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.BackgroundRole and o.key in self._planned:
            return QBrush(QColor(200, 230, 201))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (OP, ECTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, o: Offering, col: int) -> str:
        if col == CODE:
            return o.code + (" ✓" if o.key in self._planned else "")
        if col == NAME:
            return pick_text(o.name, self._language)
        if col == PROVIDER:
            return (
                self.tr("Aalto")
                if o.provider == Provider.AALTO
                else (o.school or self.tr("School"))
            )
        if col == PERIOD:
            return _period_label(o)
        if col == OP:
            return _credits(o.op)
        if col == ECTS:
            return _credits(o.ects)
        if col == LANGUAGE:
            return ", ".join(o.languages)
        if col == DATES:
            return f"{o.start:%d.%m.%Y}–{o.end:%d.%m.%Y}"
        return ""

    def _sort_value(self, o: Offering, col: int) -> Any:
        if col == OP:
            return o.op
        if col == ECTS:
            return o.ects if o.ects is not None else -1.0
        if col == DATES:
            return o.start.isoformat()
        return self._display(o, col).casefold()

    def _tooltip(self, o: Offering) -> str:
        lines = [f"{o.code} — {pick_text(o.name, self._language)}"]
        if o.key in self._clashing:
            lines.append(self.tr("Clashes with the current plan"))
        if o.key in self._planned:
            lines.append(self.tr("Already in the plan"))
        return "\n".join(lines)

    # drag ------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [OFFERING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys: list[str] = []
        for index in indexes:
            key = self.data(index, KEY_ROLE)
            if key and key not in keys:
                keys.append(key)
        mime = QMimeData()
        mime.setData(OFFERING_MIME, "\n".join(keys).encode())
        mime.setText("\n".join(keys))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class CatalogueFilter(QSortFilterProxyModel):
    """Search and filters over a :class:`CatalogueModel`. An empty filter
    value means "any"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.provider: Provider | None = None
        self.subject = ""
        self.period = ""  # "2026-27/2"
        self.period_dates: DateRange | None = None
        self.language = ""
        self.min_op: float | None = None
        self.max_op: float | None = None
        self.fits_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.casefold().split()))

    def set_filters(self, **values: Any) -> None:
        for name in values:
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(f"no catalogue filter named {name}")

        def change() -> None:
            for name, value in values.items():
                setattr(self, name, value)

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel):
            return True
        o = model.offering(source_row)
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
        if self.fits_only and model.clashes(o.key):
            return False
        if self._words:
            haystack = model.search_text(source_row)
            return all(w in haystack for w in self._words)
        return True

    def _in_period(self, o: Offering) -> bool:
        """School courses by their period ("2026-27/2" of any school); Aalto
        realisations when their dates overlap the period's dates."""
        if o.period:
            return o.period.split(":", 1)[-1] == self.period
        if self.period_dates is None:
            return False
        return DateRange(o.start, max(o.start, o.end)).overlaps(self.period_dates)
