"""The plan pane: the student's items by year and period, with status,
grade and study groups; a drop target for courses from the catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schoolaas.ui.panes.plan_model import CODE, NAME, YEAR, PlanModel, status_text
from schoolaas.ui.widgets.enum_values import ENROLLED, FAILED, PLANNED, STATUSES
from schoolaas.ui.widgets.list_table import set_up_list_table
from schoolaas.ui.widgets.offering_drag import accept_offerings, drop_offerings
from schoolaas.ui.widgets.plain_text import plain_label
from schoolaas.ui.widgets.table_base import ID_ROLE, SORT_ROLE, RowSortProxy
from schoolaas.ui.widgets.text_widths import TextWidths

if TYPE_CHECKING:
    from schoolaas.services.views import ItemView


class PlanTable(QTableView):
    """Accepts courses dragged from the catalogue; Delete removes the item."""

    offering_dropped = Signal(str)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self._widths: dict[int, tuple[Any, int]] = {}  # column -> (texts and font, width)
        self._texts = TextWidths(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_offerings(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_offerings(event)

    def dropEvent(self, event: QDropEvent) -> None:
        drop_offerings(event, self.offering_dropped.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead finds a course code (past its ✓/⚠ mark), whichever
        column has the focus; keys typed in quick succession add up."""
        import time

        from PySide6.QtWidgets import QApplication

        now = time.monotonic()
        if now - getattr(self, "_typed_at", 0.0) > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed = getattr(self, "_typed", "") + search
        wanted = self._typed.strip().upper()
        proxy = self.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, CODE)
            code = str(index.data() or "").lstrip("✓⚠✗!* ").upper()
            if wanted and code.startswith(wanted):
                self.setCurrentIndex(index)
                self.selectRow(row)
                self.scrollTo(index)
                return

    def sizeHintForColumn(self, column: int) -> int:
        """What the header's "resize to contents" asks after every edit,
        from the model's cached texts (see text_widths)."""
        proxy = self.model()
        model = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else None
        if not isinstance(model, PlanModel) or model.rowCount() == 0:
            return super().sizeHintForColumn(column)
        self.ensurePolished()
        texts = model.column_texts(column)
        when = (texts, self.font().key(), self.showGrid())  # an edit leaves most columns so
        known = self._widths.get(column)
        if known is not None and known[0] == when:
            return known[1]
        hint = self._texts.widest(
            column, texts, lambda row: proxy.mapFromSource(model.index(row, column))
        )
        width = hint + 1 if self.showGrid() else hint
        self._widths[column] = (when, width)
        return width


class PlanPanel(QWidget):
    item_selected = Signal(int)  # 0 when nothing is selected
    remove_requested = Signal(int)
    status_requested = Signal(int, str, str)  # item id, status, grade ("" = none)
    groups_requested = Signal(int)
    offering_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlanModel(self)
        self._header_widths: dict[int, tuple[Any, int]] = {}  # column -> (its shape, width)
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = PlanTable(self)
        set_up_list_table(self.table, self.proxy, self.tr("Study plan items"), sort_column=YEAR)
        self.table.setAlternatingRowColors(False)  # bands alternate by period instead
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line a row: more of the plan in view
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.offering_dropped.connect(self.offering_dropped)
        self.table.delete_pressed.connect(self._on_remove_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.summary = plain_label(parent=self)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status of the selected item"))
        self.status.setAccessibleDescription(self.status.accessibleName())  # Linux: by value
        for status in STATUSES:
            self.status.addItem(status_text(self, status), status)
        self.grade = QLineEdit(self)
        self.grade.setPlaceholderText(self.tr("grade"))
        self.grade.setMaximumWidth(70)
        self.grade.setAccessibleName(self.tr("Grade of the selected item"))
        self.set_status_button = QPushButton(self.tr("Set &status"), self)
        self.set_status_button.clicked.connect(self._on_set_status_clicked)
        self.groups_button = QPushButton(self.tr("Study &groups…"), self)
        self.groups_button.setAccessibleName(self.tr("Choose study groups of the selected item"))
        self.groups_button.clicked.connect(self._on_groups_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected item from the plan"))
        self.remove_button.clicked.connect(self._on_remove_clicked)

        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.status)
        row.addWidget(self.grade)
        row.addWidget(self.set_status_button)
        row.addWidget(self.groups_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_buttons()

    def set_items(self, items: list[ItemView], flags: dict[int, bool] | None = None) -> None:
        """``flags``: item id -> True when an open error names it, False
        when only accepted findings do."""
        selected = self.selected_item_id()
        self.model.set_items(items, flags or {})
        self._fit_columns()
        if selected:
            self.select_item(selected)
        op = sum(i.op for i in items if i.status != FAILED)
        self.summary.setText(
            self.tr("%1 items, %2 op").replace("%1", str(len(items))).replace("%2", f"{op:g}")
        )
        self._update_buttons()

    def _fit_columns(self) -> None:
        """The header fits its columns to their contents on its own only
        when the rows are re-sorted; an added row (a longer code, more
        groups) must widen its column too (as resizeColumnToContents does,
        without touching a column whose width stays)."""
        header = self.table.horizontalHeader()
        # what the header's own width of a column depends on: its title, the
        # font and the sort arrow (the same after nearly every edit)
        shape = (header.font().key(), header.sortIndicatorSection(), header.sortIndicatorOrder())
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                own = (shape, self.model.headers[column])
                known = self._header_widths.get(column)
                if known is None or known[0] != own:
                    known = self._header_widths[column] = (own, header.sectionSizeHint(column))
                width = max(self.table.sizeHintForColumn(column), known[1])
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)

    def selected_item_id(self) -> int:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return 0
        return int(index.siblingAtColumn(0).data(ID_ROLE) or 0)

    def selected_item(self) -> ItemView | None:
        item_id = self.selected_item_id()
        row = self.model.row_of(item_id) if item_id else None
        return self.model.row(row) if row is not None else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def scroll_to_ahead(self) -> None:
        """Bring the first item still ahead (planned or enrolled) to the
        top, so the plan opens on this year rather than on what is done."""
        ahead = (PLANNED, ENROLLED)
        self.table.doItemsLayout()  # the rows just set, so the scroll range is known
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            item = self.model.row(self.proxy.mapToSource(index).row())
            if item.status in ahead:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def _update_buttons(self) -> None:
        item = self.selected_item()
        for widget in (self.remove_button, self.status, self.grade, self.set_status_button):
            widget.setEnabled(item is not None)
        self.groups_button.setEnabled(item is not None and item.offering_key is not None)
        if item is not None:
            self.status.setCurrentIndex(max(self.status.findData(str(item.status)), 0))
            self.grade.setText(item.grade or "")

    def _on_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()
        self.item_selected.emit(self.selected_item_id())

    def _on_remove_clicked(self) -> None:
        item_id = self.selected_item_id()
        if item_id:
            self.remove_requested.emit(item_id)

    def _on_set_status_clicked(self) -> None:
        item_id = self.selected_item_id()
        if item_id:
            self.status_requested.emit(
                item_id, self.status.currentData(), self.grade.text().strip()
            )

    def _on_groups_clicked(self) -> None:
        item_id = self.selected_item_id()
        if item_id:
            self.groups_requested.emit(item_id)
