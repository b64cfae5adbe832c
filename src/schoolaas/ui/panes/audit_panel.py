"""The audit pane: credits against the graduation rules as progress bars,
and the list of findings with Accept… / Reopen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schoolaas.ui.panes.findings_model import ITEMS, TEXT, FindingsModel
from schoolaas.ui.widgets.announce import announce
from schoolaas.ui.widgets.contrast import error_style
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.list_table import set_up_list_table
from schoolaas.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:  # the audit's types load with the database, after the first paint
    from schoolaas.domain.findings import AuditResult, CreditSummary
    from schoolaas.domain.model import Finding

SCALE = 10  # progress bars hold integers: tenths of an op


class AuditPanel(QWidget):
    finding_selected = Signal(object)  # Finding or None
    accept_requested = Signal(str)  # finding key
    reopen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = self._bar(self.tr("Total credits"))
        self.compulsory = self._bar(self.tr("Compulsory credits"))
        self.national = self._bar(self.tr("National elective credits"))
        self.university = self._bar(self.tr("University credits"))
        self.headline = plain_label(parent=self)
        self.headline.setAccessibleName(self.tr("Audit summary"))
        self.headline.setWordWrap(True)
        self.timing = QLabel(self)
        self.timing.setAccessibleName(self.tr("Audit time"))
        # cut short in a narrow pane rather than widening it past its buttons
        self.timing.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # plain text colour: the palette's mid grey was 1.7:1 on the window (WCAG needs 4.5:1)

        self.model = FindingsModel(self)
        self.table = QTableView(self)
        set_up_list_table(self.table, self.model, self.tr("Findings"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ITEMS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ITEMS, 100)
        self.table.installEventFilter(self)  # the items column follows the table's width
        # a row is as tall as its wrapped words: measured when it comes or
        # changes (show_result), all rows again when a column's width changes
        self._changed_rows: list[int] | None = []
        self.model.rowsInserted.connect(lambda _p, first, last: self._note_rows(first, last))
        self.model.dataChanged.connect(lambda a, b, *_r: self._note_rows(a.row(), b.row()))
        self.model.modelReset.connect(lambda: self._note_rows(-1, -1))
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_a: self._refit.start(0))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.accept_button = QPushButton(self.tr("&Accept…"), self)
        self.accept_button.setAccessibleName(self.tr("Accept the selected finding with a reason"))
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reopen_button.setAccessibleName(self.tr("Withdraw the acceptance of the finding"))
        self.reopen_button.clicked.connect(self._on_reopen_clicked)

        form = QFormLayout()
        form.addRow(self.tr("Total"), self.total)
        form.addRow(self.tr("Compulsory"), self.compulsory)
        form.addRow(self.tr("National electives"), self.national)
        form.addRow(self.tr("University"), self.university)
        buttons = QHBoxLayout()
        buttons.addWidget(self.timing, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_items_column()
        return super().eventFilter(watched, event)

    def fit_items_column(self) -> None:
        """The items a finding names get a third of the table (60 to 160 px)
        and the finding's words the rest, so neither is squeezed to nothing
        in a narrow pane and both widen with it."""
        width = self.table.viewport().width()
        self.table.setColumnWidth(ITEMS, max(60, min(160, width // 3)))

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar(self)
        bar.setAccessibleName(name)
        bar.setTextVisible(True)
        bar.setRange(0, 1)
        bar.setValue(0)
        bar.setFormat("–")
        return bar

    def show_result(self, result: AuditResult, labels: dict[int, str]) -> None:
        selected = self.selected_finding()
        self._show_credits(result.credits)
        self._changed_rows = []
        self.model.set_findings(result.findings, labels)
        self._fit_rows()
        errors, warnings, accepted = result.open_errors, result.open_warnings, result.accepted
        if errors or warnings:
            text = fill(
                self.tr("%1 open error(s), %2 warning(s), %3 accepted"), errors, warnings, accepted
            )
        else:
            text = fill(self.tr("No open findings (%1 accepted)"), accepted)
        if text != self.headline.text():
            self.headline.setText(text)
            announce(self.headline, text)  # the findings changed: a screen reader says so
        style = error_style(self.headline) if errors else ""
        if style != self.headline.styleSheet():  # setting it again repolishes and relays out
            self.headline.setStyleSheet(style)
        if selected is not None:
            row = self.model.row_of(selected.key)
            if row is not None:
                self.table.selectRow(row)
        self._update_buttons()

    def _note_rows(self, first: int, last: int) -> None:
        """Rows the model just added or changed (-1: all of them)."""
        if self._changed_rows is not None:
            if first < 0:
                self._changed_rows = None
            else:
                self._changed_rows.extend(range(first, last + 1))

    def _fit_rows(self) -> None:
        """Each new or changed row as tall as its words (measuring every row
        after each edit took a third of the audit pane's update)."""
        changed, self._changed_rows = self._changed_rows, []
        if changed is None:
            self.table.resizeRowsToContents()
            return
        rows = self.model.rowCount()
        for row in sorted(set(changed)):
            if row < rows:
                self.table.resizeRowToContents(row)

    def show_timing(self, refresh_ms: float, edit_ms: float = 0.0) -> None:
        text = fill(self.tr("audited in %1 ms"), f"{refresh_ms:.0f}")
        if edit_ms:
            text = fill(self.tr("edit + audit %1 ms"), f"{edit_ms:.0f}")
        self.timing.setText(text)

    def clear(self) -> None:
        self.model.set_findings((), {})
        for bar in (self.total, self.compulsory, self.national, self.university):
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.setFormat("–")
        self.headline.clear()
        self._update_buttons()

    def _show_credits(self, c: CreditSummary) -> None:
        self._set(self.total, c.total_planned, c.total_required)
        self._set(self.compulsory, c.compulsory_planned, c.compulsory_required)
        self._set(self.national, c.national_electives_planned, c.national_electives_required)
        university = fill(
            self.tr("%1 op (%2 ECTS)"),
            f"{c.university_op_planned:g}",
            f"{c.university_ects_planned:g}",
        )
        self._set(self.university, c.university_op_planned, c.total_required, text=university)

    def _set(self, bar: QProgressBar, value: float, target: float, text: str = "") -> None:
        """Show ``value`` of ``target`` on ``bar``; a bar showing that
        already is left alone (an edit changes one or two bars, and the
        rest of the pane is not repainted with them)."""
        maximum = max(int(target * SCALE), 1)
        shown = min(int(value * SCALE), maximum)
        label = text or fill(self.tr("%1 / %2 op"), f"{value:g}", f"{target:g}")
        if (bar.maximum(), bar.value(), bar.format()) == (maximum, shown, label):
            return
        bar.setUpdatesEnabled(False)  # a progress bar's new value repaints at once
        try:
            bar.setRange(0, maximum)
            bar.setValue(shown)
            bar.setFormat(label)
        finally:
            bar.setUpdatesEnabled(True)  # repainted with the rest of the window
        bar.setToolTip(label)
        bar.setAccessibleDescription(label)

    def selected_finding(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        f = self.selected_finding()
        self.accept_button.setEnabled(f is not None and f.is_open)
        self.reopen_button.setEnabled(f is not None and not f.is_open)

    def _on_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()
        self.finding_selected.emit(self.selected_finding())

    def _on_accept_clicked(self) -> None:
        f = self.selected_finding()
        if f is not None and f.is_open:
            self.accept_requested.emit(f.key)

    def _on_reopen_clicked(self) -> None:
        f = self.selected_finding()
        if f is not None and not f.is_open:
            self.reopen_requested.emit(f.key)
