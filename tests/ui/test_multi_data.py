"""A delegate asks a cell for seven roles at once (multiData): the row
models and the plan's sorting proxy answer in one call from C++
(table_base.RowTableModel.fill), with what ``data()`` gives role by role,
and a table paints the same through them."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelRoleData, QSortFilterProxyModel, Qt

from schoolaas.domain.finding_numbers import ShortNumbers
from schoolaas.domain.model import Acceptance, Finding, ItemStatus, Provider, Severity
from schoolaas.services.views import ItemView
from schoolaas.ui.panes.findings_model import FindingsModel
from schoolaas.ui.panes.plan_model import PlanModel
from schoolaas.ui.panes.plan_panel import PlanPanel
from schoolaas.ui.widgets.table_base import ID_ROLE, SORT_ROLE, RowSortProxy

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROLES = [*range(16), int(SORT_ROLE), int(ID_ROLE), 4242]


def items() -> list[ItemView]:
    def item(n: int, code: str, period: str, status: ItemStatus, ects: float | None) -> ItemView:
        provider = Provider.AALTO if ects else Provider.SCHOOL
        return ItemView(n, 1, code, f"Course {code}", provider, status, 5, ects, period, code)

    return [
        item(3, "CS-A1111", "OTA:2026-27/2", ItemStatus.PLANNED, 5),
        item(1, "MAA2", "OTA:2025-26/1", ItemStatus.COMPLETED, None),
        item(2, "ENA1", "OTA:2025-26/2", ItemStatus.ENROLLED, None),
    ]


def findings() -> tuple[Finding, ...]:
    return (
        Finding(
            "total-short",
            Severity.ERROR,
            "k2",
            numbers=ShortNumbers(required=150, planned=148, short=2),
        ),
        Finding(
            "total-short",
            Severity.WARNING,
            "k3",
            (1,),
            numbers=ShortNumbers(required=150, planned=149, short=1),
            acceptance=Acceptance("k3", "counsellor", datetime(2026, 10, 1), "agreed"),
        ),
    )


def one_by_one(model: object, index: object) -> list[object]:
    return [index.data(role) for role in ROLES]  # type: ignore[attr-defined]


def at_once(model: object, index: object) -> list[object]:
    out = []
    for role in ROLES:
        data = QModelRoleData(role)
        data.setData("left over")  # a span used before: what has no data is cleared
        model.multiData(index, data)  # type: ignore[attr-defined]
        out.append(data.data())
    return out


@pytest.mark.parametrize("kind", ["plan", "findings"])
def test_multi_data_answers_every_role_as_data_does(qapp, kind: str) -> None:
    if kind == "plan":
        model: PlanModel | FindingsModel = PlanModel()
        model.set_items(items(), {3: True, 2: False})
    else:
        model = FindingsModel()
        model.set_findings(findings(), {1: "MAA2"})
    proxy = RowSortProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # the proxy's rows in another order
    for source in (model, proxy):
        for row in range(source.rowCount()):
            for column in range(source.columnCount()):
                index = source.index(row, column)
                assert at_once(source, index) == one_by_one(source, index), (row, column)
    gone = model.index(0, 0)
    model.set_items([]) if isinstance(model, PlanModel) else model.set_findings((), {})
    assert at_once(model, gone) == [None] * len(ROLES)  # a row no longer there


def test_the_plan_table_paints_the_same_through_multi_data(qtbot) -> None:
    panel = PlanPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 200)
    panel.set_items(items(), {3: True, 1: False})
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.table
    ours = table.viewport().grab().toImage()
    plain = QSortFilterProxyModel()  # asks data() role by role
    plain.setSourceModel(panel.model)
    plain.setSortRole(SORT_ROLE)
    table.setModel(plain)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert not ours.isNull()
    assert table.viewport().grab().toImage() == ours
