"""The catalogue as a Qt table: school course groups and Aalto realisations
side by side, filtered and sorted in a proxy (search over code and names in
fi/sv/en; provider, subject, period, language and credit filters; "fits my
timetable")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from schoolaas.domain.model import DateRange, Offering, Provider, pick_text
from schoolaas.ui.table_base import ID_ROLE, SORT_ROLE, Index, RowTableModel, refilter
from schoolaas.ui.timetable import OFFERING_MIME

KEY_ROLE = ID_ROLE  # the offering key
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


class CatalogueModel(RowTableModel[Offering]):
    """Rows are domain ``Offering`` objects; the key is in ``KEY_ROLE``."""

    def __init__(self, parent: QObject | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self._haystack: list[str] = []
        self._row_of: dict[str, int] = {}
        self._clashing: set[str] = set()
        self._planned: set[str] = set()
        self._language = language
        self.headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Provider"),
            self.tr("Period"),
            self.tr("op"),
            self.tr("ECTS"),
            self.tr("Language"),
            self.tr("Dates"),
        ]

    def set_rows(self, rows: Sequence[Offering]) -> None:
        """Aalto first, then by code; the key and search indexes are rebuilt."""
        self.set_offerings(rows)

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
        last = len(self.headers) - 1
        start = 0
        while start < len(rows):  # one signal per run of adjacent rows
            end = start
            while end + 1 < len(rows) and rows[end + 1] == rows[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(rows[start], 0), self.index(rows[end], last))
            start = end + 1

    def offering(self, row: int) -> Offering:
        return self.row(row)

    def search_text(self, row: int) -> str:
        """Code, key and names in every language, casefolded (made once)."""
        return self._haystack[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def clashes(self, key: str) -> bool:
        return key in self._clashing

    def planned(self, key: str) -> bool:
        return key in self._planned

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def row_id(self, row: Offering) -> str:
        return row.key

    def extra(self, o: Offering, col: int, role: int) -> Any:
        if role == SEARCH_ROLE:
            return self._haystack[self._row_of[o.key]]
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

    def display(self, o: Offering, col: int) -> str:
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

    def sort_value(self, o: Offering, col: int) -> Any:
        if col == OP:
            return o.op
        if col == ECTS:
            return o.ects if o.ects is not None else -1.0
        if col == DATES:
            return o.start.isoformat()
        return self.display(o, col).casefold()

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
