"""The findings table: each row as tall as its wrapped words, after every
new audit (rows are measured only when they come or change) and when the
pane is made narrower or wider."""

from __future__ import annotations

import pytest

from schoolaas.domain.finding_numbers import OverlapNumbers, ShortNumbers
from schoolaas.domain.findings import AuditResult, CreditSummary
from schoolaas.domain.model import Finding, Severity
from schoolaas.ui.panes.audit_panel import AuditPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CREDITS = CreditSummary(0, 100, 150, 0, 80, 94, 10, 20, 0, 5, 10)


def overlap(key: str, label: str) -> Finding:
    numbers = OverlapNumbers(
        minutes=45,
        min_minutes=45,
        total_minutes=45 * 12,
        count=12,
        minutes_by_date=(45,) * 12,
        code_a="MAA6",
        code_b="CS-A1111",
        label_a=label,
        label_b="CS-A1111 Programming 1, lecture L01 in Otakaari 1",
        room_a=("OIH-A101",),
        room_b=("OK1-M1",),
    )
    return Finding("overlap", Severity.ERROR, key, (1, 2), numbers=numbers)


def short(key: str) -> Finding:
    numbers = ShortNumbers(required=150, planned=148, short=2)
    return Finding("total-short", Severity.ERROR, key, numbers=numbers)


def show(panel: AuditPanel, *findings: Finding) -> None:
    panel.show_result(AuditResult(1, findings, CREDITS), {1: "MAA6", 2: "CS-A1111"})


def heights(panel: AuditPanel) -> dict[str, int]:
    m = panel.model
    return {m.finding(r).key: panel.table.rowHeight(r) for r in range(m.rowCount())}


def test_rows_fit_their_words_after_each_audit_and_each_width(qtbot, qapp) -> None:
    panel = AuditPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    show(panel, short("a-short"))
    first = heights(panel)["a-short"]

    # an edit brings a long finding: its row grows, the short one stays
    show(panel, short("a-short"), overlap("b-long", "MAA6"))
    qapp.processEvents()
    rows = heights(panel)
    assert rows["b-long"] > first
    assert rows["a-short"] == first

    # the next edit only changes the long finding's words: measured again
    longer = "MAA6 Mathematical analysis and more words to wrap over several lines " * 3
    show(panel, short("a-short"), overlap("b-long", longer))
    qapp.processEvents()
    assert heights(panel)["b-long"] > rows["b-long"]

    # a wider pane: fewer lines, lower rows; a narrower one: taller again
    before = heights(panel)["b-long"]
    panel.resize(1400, 600)
    qtbot.waitUntil(lambda: heights(panel)["b-long"] < before, timeout=2000)
    assert heights(panel)["a-short"] <= first
    panel.resize(360, 600)
    wide = heights(panel)["b-long"]
    qtbot.waitUntil(lambda: heights(panel)["b-long"] > wide, timeout=2000)
