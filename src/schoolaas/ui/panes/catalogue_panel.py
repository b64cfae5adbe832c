"""The catalogue pane: search-as-you-type, filters, the table (drag source)
and an Add button. Enter or double-click adds the current course."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schoolaas.ui.panes.catalogue_filter import CatalogueFilter
from schoolaas.ui.panes.catalogue_model import CODE, KEY_ROLE, NAME, PERIOD, CatalogueModel
from schoolaas.ui.widgets.clear_button import enable_named_clear_button
from schoolaas.ui.widgets.enum_values import AALTO, SCHOOL
from schoolaas.ui.widgets.list_table import set_up_list_table
from schoolaas.ui.widgets.text_widths import TextWidths, measured_rows

if TYPE_CHECKING:
    from schoolaas.domain.calendar import Period
    from schoolaas.domain.model import Offering


MIN_NAME = 100  # px: a name's first word or two


class CatalogueTable(QTableView):
    """Enter adds the current row, like a double-click."""

    activated_key = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = TextWidths(self)
        self._name_width = 0  # the names' own width (0: not loaded yet)
        self._fitting = False
        self._name_dragged = False  # the user sized the name: left as they chose
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def set_name_width(self, width: int) -> None:
        """The width the names want (measured when the catalogue loads)."""
        self._name_width = width
        self.fit_name()

    def fit_name(self) -> None:
        """The name column takes what the code and the period leave of the
        table's width (at most the names' own width), so the three are in
        view without scrolling sideways; where that leaves the names under
        100 px, they take what the code leaves and the period goes out of
        view to the right. The names widen again with the dock."""
        if not self._name_width or self._name_dragged:
            return
        beside_code = self.viewport().width() - self.columnWidth(CODE)
        room = beside_code - self.columnWidth(PERIOD)
        width = min(room if room >= MIN_NAME else max(beside_code, MIN_NAME), self._name_width)
        if width != self.columnWidth(NAME):
            self._fitting = True
            self.setColumnWidth(NAME, width)
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == NAME and not self._fitting and QGuiApplication.mouseButtons():
            self._name_dragged = True  # the header's edge dragged

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_name()

    def sizeHintForColumn(self, column: int) -> int:
        """What "resize to contents" asks (when the catalogue is loaded, on
        a double-click on a column's edge): the same rows Qt measures, from
        the model's cached texts (see text_widths)."""
        proxy = self.model()
        rows_header = self.verticalHeader()
        if (
            not isinstance(proxy, CatalogueFilter)
            or proxy.rowCount() == 0
            or rows_header.sectionsMoved()
            or rows_header.hiddenSectionCount()
        ):
            return super().sizeHintForColumn(column)
        self.ensurePolished()
        count = proxy.rowCount()
        first = max(0, rows_header.visualIndexAt(0))
        last = rows_header.visualIndexAt(self.viewport().height())
        if not self.isVisible() or last == -1:
            last = count - 1
        limit = self.horizontalHeader().resizeContentsPrecision()
        rows = measured_rows(first, last, count, limit)
        texts = proxy.column_texts(rows, column)
        hint = self._texts.widest(column, texts, lambda i: proxy.index(rows[i], column))
        return hint + 1 if self.showGrid() else hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_key.emit(self.currentIndex().data(KEY_ROLE))
            return
        super().keyPressEvent(event)


class CataloguePanel(QWidget):
    add_requested = Signal(str)  # offering key
    current_changed = Signal(str)  # offering key, "" when none

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.model = CatalogueModel(self, language=language)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self._periods: dict[str, Period] = {}

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code or name (fi, sv, en)…"))
        enable_named_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.textChanged.connect(self.proxy.set_search)

        self.provider = self._combo(self.tr("Provider filter"))
        self.provider.addItem(self.tr("All providers"), None)
        self.provider.addItem(self.tr("School"), SCHOOL)
        self.provider.addItem(self.tr("Aalto"), AALTO)
        self.subject = self._combo(self.tr("Subject filter"))
        self.period = self._combo(self.tr("Period filter"))
        self.language = self._combo(self.tr("Language filter"))
        self.min_op = QDoubleSpinBox(self)
        self.min_op.setRange(0, 30)
        self.min_op.setDecimals(0)
        self.min_op.setSpecialValueText(self.tr("Credits: any"))
        self.min_op.setPrefix(self.tr("≥ "))
        self.min_op.setSuffix(self.tr(" op"))
        self.min_op.setAccessibleName(self.tr("Minimum credits"))
        self.fits = QCheckBox(self.tr("&Fits my timetable"), self)
        self.fits.setToolTip(self.tr("Hide courses that clash with the plan (travel included)"))

        self.table = CatalogueTable(self)
        set_up_list_table(self.table, self.proxy, self.tr("Catalogue"), sort_column=CODE)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated_key.connect(self.add_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.add_button = QPushButton(self.tr("&Add to plan"), self)
        self.add_button.setAccessibleName(self.tr("Add the selected course to the plan"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.count = QLabel(self)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._on_rows_changed)
        self._shown_key = ""  # the key last sent with current_changed

        filters = QGridLayout()
        filters.addWidget(self.provider, 0, 0)
        filters.addWidget(self.subject, 0, 1)
        filters.addWidget(self.period, 1, 0)
        filters.addWidget(self.language, 1, 1)
        filters.addWidget(self.min_op, 2, 0)
        filters.addWidget(self.fits, 2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for combo in (self.provider, self.subject, self.period, self.language):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.min_op.valueChanged.connect(self._apply_filters)
        self.fits.toggled.connect(self._apply_filters)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)  # Down goes into the results
        down.activated.connect(self._on_search_return_pressed)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(name)  # Qt on Linux names a combo box by its value
        return combo

    # data -------------------------------------------------------------------
    def set_offerings(self, offerings: Iterable[Offering], periods: dict[str, Period]) -> None:
        rows = list(offerings)
        self._periods = periods
        self.model.set_offerings(rows)
        self._fill(
            self.subject, self.tr("All subjects"), sorted({o.subject for o in rows if o.subject})
        )
        school_periods = sorted(
            {p.key.split(":", 1)[-1] for p in periods.values() if p.provider == SCHOOL}
        )
        self._fill(self.period, self.tr("All periods"), school_periods)
        langs = sorted({lang for o in rows for lang in o.languages if lang})
        self._fill(self.language, self.tr("All languages"), langs)
        self.table.resizeColumnsToContents()
        # the period next to the name, both in view in a narrow dock: the
        # same course in several years or periods tells itself apart
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(PERIOD), header.visualIndex(NAME) + 1)
        self.table.set_name_width(self.table.columnWidth(NAME))
        self._update_count()

    def _fill(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_plan_state(self, clashing: set[str], planned: set[str]) -> None:
        self.model.set_plan_state(clashing, planned)
        self._update_count()

    def _apply_filters(self) -> None:
        period = self.period.currentData() or ""
        dates = None
        if period:
            match = [p for p in self._periods.values() if p.key.endswith(":" + period)]
            if match:
                first = min(p.start for p in match)
                last = max(p.end for p in match)
                dates = type(match[0].dates)(first, last)
        self.proxy.set_filters(
            provider=self.provider.currentData(),
            subject=self.subject.currentData() or "",
            period=period,
            period_dates=dates,
            language=self.language.currentData() or "",
            min_op=self.min_op.value() or None,
            fits_only=self.fits.isChecked(),
        )
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 courses")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # selection ----------------------------------------------------------------
    def current_key(self) -> str:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else ""

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return_pressed(self) -> None:
        """Enter in the search field goes to the first match."""
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.add_requested.emit(index.data(KEY_ROLE))

    def _on_add_clicked(self) -> None:
        key = self.current_key()
        if key:
            self.add_requested.emit(key)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._shown_key = self.current_key()
        self.current_changed.emit(self._shown_key)

    def _on_rows_changed(self) -> None:
        """A search or filter that hides the current course clears the
        selection without a selection signal: tell the details pane."""
        key = self.current_key()
        if key != self._shown_key:
            self._shown_key = key
            self.current_changed.emit(key)
