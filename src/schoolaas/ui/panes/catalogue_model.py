"""The catalogue as a Qt table: school course groups and Aalto realisations
side by side. Searching, filtering and sorting are done by
:class:`schoolaas.ui.panes.catalogue_filter.CatalogueFilter` on top."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from schoolaas.ui.widgets.enum_values import AALTO
from schoolaas.ui.widgets.plain_text import plain
from schoolaas.ui.widgets.table_base import ID_ROLE, Index, RowTableModel
from schoolaas.wording.kinds import realisation_type
from schoolaas.wording.names import shown_name

if TYPE_CHECKING:  # the domain loads with the database, after the first paint
    from schoolaas.domain.model import Offering
from schoolaas.ui.widgets.offering_drag import OFFERING_MIME, offering_mime

KEY_ROLE = ID_ROLE  # the offering key
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

CODE, NAME, PROVIDER, PERIOD, OP, ECTS, LANGUAGE, DATES, TYPE = range(9)
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDragEnabled
)


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


class CatalogueModel(RowTableModel["Offering"]):
    """Rows are domain ``Offering`` objects; the key is in ``KEY_ROLE``.
    ``plan_state_changed`` follows the row signals of one plan-state change
    (a filter on top settles its rows once, not once per signal)."""

    plan_state_changed = Signal()
    extra_roles = frozenset(
        {
            int(SEARCH_ROLE),
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.ForegroundRole),
            int(Qt.ItemDataRole.BackgroundRole),
            int(Qt.ItemDataRole.TextAlignmentRole),
        }
    )

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
            self.tr("Type"),
        ]

    def set_rows(self, rows: Sequence[Offering]) -> None:
        """Aalto first, then by code; the key and search indexes are rebuilt."""
        self.set_offerings(rows)

    def set_offerings(self, offerings: Sequence[Offering]) -> None:
        self.beginResetModel()
        rows = sorted(offerings, key=lambda o: (o.provider != AALTO, o.code, o.key))
        self._replace(rows)
        self._row_of = {o.key: i for i, o in enumerate(self._rows)}
        self._haystack = [_search_text(o) for o in self._rows]
        self.endResetModel()

    def _all_signatures(self) -> None:
        return None  # replaced wholesale, never compared row by row

    def set_plan_state(self, clashing: set[str], planned: set[str]) -> None:
        """Which offerings would clash with the plan, and which are in it."""
        if clashing == self._clashing and planned == self._planned:
            return
        changed = (self._clashing ^ set(clashing)) | (self._planned ^ set(planned))
        self._clashing, self._planned = set(clashing), set(planned)
        self._emit_rows(sorted(self._row_of[k] for k in changed if k in self._row_of))
        self.plan_state_changed.emit()

    def offering(self, row: int) -> Offering:
        return self.row(row)

    def offering_rows(self) -> Sequence[Offering]:
        """Every offering in row order (the model's own list: read only)."""
        return self._rows

    def search_texts(self) -> Sequence[str]:
        """Code, key and names in every language, casefolded, of every row in
        row order (made once when the offerings are set; read only)."""
        return self._haystack

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def clashes(self, key: str) -> bool:
        return key in self._clashing

    def planned(self, key: str) -> bool:
        return key in self._planned

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_id(self, row: Offering) -> str:
        return row.key

    def extra(self, o: Offering, col: int, role: int) -> Any:
        if role == SEARCH_ROLE:
            return self._haystack[self._row_of[o.key]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self._tooltip(o))
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
            return self._name(o)
        if col == PROVIDER:
            return self.tr("Aalto") if o.provider == AALTO else (o.school or self.tr("School"))
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
        if col == TYPE:
            return realisation_type(o.realisation_type, self._language)
        return ""

    def _name(self, o: Offering) -> str:
        return shown_name(o.name, self._language)

    def sort_value(self, o: Offering, col: int) -> Any:
        if col == OP:
            return o.op
        if col == ECTS:
            return o.ects if o.ects is not None else -1.0
        if col == DATES:
            return o.start.isoformat()
        return self.display(o, col).casefold()

    def _tooltip(self, o: Offering) -> str:
        lines = [f"{o.code} — {self._name(o)}"]
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
        return offering_mime(keys)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
