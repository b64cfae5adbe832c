"""The audit pane's credit bars after an edit: the bars whose figures
changed show the new ones and are repainted; the others, and the rest of
the pane, are left as they were (an edit changes one or two bars)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from schoolaas.domain.findings import AuditResult, CreditSummary
from schoolaas.ui.panes.audit_panel import AuditPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CREDITS = CreditSummary(
    total_done=40,
    total_planned=120,
    total_required=150,
    compulsory_done=30,
    compulsory_planned=90,
    compulsory_required=102,
    national_electives_planned=12,
    national_electives_required=20,
    school_electives_planned=6,
    university_op_planned=4,
    university_ects_planned=5,
)


class Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = dict.fromkeys(widgets, 0)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.count:
            self.count[watched] += 1  # type: ignore[index]
        return False


def test_only_the_bars_whose_figures_changed_are_shown_anew(qtbot) -> None:
    panel = AuditPanel()
    qtbot.addWidget(panel)
    panel.show_result(AuditResult(1, (), CREDITS), {})
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    bars = [panel.total, panel.compulsory, panel.national, panel.university]
    paints = Paints([*bars, panel.headline, panel.accept_button])
    more = replace(CREDITS, total_planned=125, university_op_planned=9, university_ects_planned=11)
    panel.show_result(AuditResult(1, (), more), {})
    assert panel.total.format() == "125 / 150 op"
    assert panel.total.value() == 1250
    assert panel.total.toolTip() == panel.total.accessibleDescription() == "125 / 150 op"
    assert panel.university.format() == "9 op (11 ECTS)"
    assert panel.compulsory.format() == "90 / 102 op"
    qtbot.waitUntil(lambda: paints.count[panel.total] > 0)
    QApplication.processEvents()
    assert paints.count[panel.university] > 0
    assert paints.count[panel.compulsory] == paints.count[panel.national] == 0
    assert paints.count[panel.headline] == paints.count[panel.accept_button] == 0
    panel.show_result(AuditResult(1, (), replace(more, total_planned=151)), {})
    assert panel.total.value() == panel.total.maximum() == 1500  # full, not past it
    assert panel.total.format() == "151 / 150 op"
