"""Compare two plan versions of a student side by side: credits, findings,
and the courses only one of them has."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from schoolaas.domain.findings import AuditResult
from schoolaas.services.views import ItemView, PlanView
from schoolaas.ui.finding_text import finding_text
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain_label

Loader = Callable[[int], tuple[AuditResult, list[ItemView]]]


class CompareDialog(QDialog):
    """``load(plan_id)`` returns the plan's audit and items (the window
    passes a function over its Workspace)."""

    def __init__(
        self,
        plans: list[PlanView],
        load: Loader,
        *,
        left: int,
        right: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare plan versions"))
        self.resize(900, 560)
        self._load = load
        self.left = self._combo(plans, left, self.tr("Left plan"))
        self.right = self._combo(plans, right, self.tr("Right plan"))
        self.credits = QTableWidget(self)
        frame_focused_cells(self.credits)  # the focused cell framed
        self.credits.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.credits.setAccessibleName(self.tr("Credits of both plans"))
        self.credits.setColumnCount(2)
        header = self.credits.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.left_findings = QListWidget(self)
        self.left_findings.setWordWrap(True)
        self.left_findings.setAccessibleName(self.tr("Findings of the left plan"))
        self.right_findings = QListWidget(self)
        self.right_findings.setWordWrap(True)
        self.right_findings.setAccessibleName(self.tr("Findings of the right plan"))
        self.left_only = plain_label(parent=self)  # course names: shown as typed
        self.left_only.setWordWrap(True)
        self.right_only = plain_label(parent=self)
        self.right_only.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(self.left, 0, 0)
        grid.addWidget(self.right, 0, 1)
        grid.addWidget(self.credits, 1, 0, 1, 2)
        grid.addWidget(self.left_only, 2, 0)
        grid.addWidget(self.right_only, 2, 1)
        grid.addWidget(self.left_findings, 3, 0)
        grid.addWidget(self.right_findings, 3, 1)
        grid.addWidget(buttons, 4, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.left.currentIndexChanged.connect(self.refresh)
        self.right.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _combo(self, plans: list[PlanView], current: int, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for plan in plans:
            label = plan.name + (" " + self.tr("(active)") if plan.active else "")
            combo.addItem(label, plan.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def refresh(self) -> None:
        left_id, right_id = self.left.currentData(), self.right.currentData()
        if left_id is None or right_id is None:
            return
        (a, items_a), (b, items_b) = self._load(left_id), self._load(right_id)
        rows = [
            (self.tr("Total op"), a.credits.total_planned, b.credits.total_planned),
            (self.tr("Compulsory op"), a.credits.compulsory_planned, b.credits.compulsory_planned),
            (
                self.tr("National electives op"),
                a.credits.national_electives_planned,
                b.credits.national_electives_planned,
            ),
            (
                self.tr("University op"),
                a.credits.university_op_planned,
                b.credits.university_op_planned,
            ),
            (self.tr("Open errors"), a.open_errors, b.open_errors),
            (self.tr("Open warnings"), a.open_warnings, b.open_warnings),
            (self.tr("Items"), len(items_a), len(items_b)),
        ]
        self.credits.setRowCount(len(rows))
        self.credits.setHorizontalHeaderLabels([self.left.currentText(), self.right.currentText()])
        self.credits.setVerticalHeaderLabels([r[0] for r in rows])
        for r, (_, va, vb) in enumerate(rows):
            for c, value in enumerate((va, vb)):
                cell = QTableWidgetItem(f"{value:g}")
                if va != vb:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.credits.setItem(r, c, cell)
        self._fill(self.left_findings, a)
        self._fill(self.right_findings, b)
        codes_a = {i.code for i in items_a}
        codes_b = {i.code for i in items_b}
        self.left_only.setText(
            fill(self.tr("Only here: %1"), ", ".join(sorted(codes_a - codes_b)) or self.tr("—"))
        )
        self.right_only.setText(
            fill(self.tr("Only here: %1"), ", ".join(sorted(codes_b - codes_a)) or self.tr("—"))
        )

    def _fill(self, widget: QListWidget, result: AuditResult) -> None:
        widget.clear()
        for f in result.findings:
            mark = "✓ " if not f.is_open else ("✖ " if f.severity == "error" else "⚠ ")
            widget.addItem(mark + finding_text(f))
