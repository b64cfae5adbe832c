"""Every table model passes qtmodeltester; search and filters behave as a
user expects."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from domain_factories import aalto_cs_a1111, school_ai1, school_maa6
from schoolaas.domain.finding_numbers import OverlapNumbers, ShortNumbers
from schoolaas.domain.model import Acceptance, Finding, ItemStatus, Provider, Severity
from schoolaas.services.views import ItemView, StudentView
from schoolaas.ui.dialogs.students_model import StudentsFilter, StudentsModel
from schoolaas.ui.panes.catalogue_filter import CatalogueFilter
from schoolaas.ui.panes.catalogue_model import KEY_ROLE, CatalogueModel
from schoolaas.ui.panes.findings_model import FindingsModel
from schoolaas.ui.panes.plan_model import PlanModel


@pytest.fixture
def catalogue(qapp):
    model = CatalogueModel()
    model.set_offerings([aalto_cs_a1111(), school_maa6(), school_ai1()])
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    return model, proxy


def keys(proxy: CatalogueFilter) -> set[str]:
    return {proxy.data(proxy.index(r, 0), KEY_ROLE) for r in range(proxy.rowCount())}


def test_catalogue_model_passes_modeltester(qtmodeltester, catalogue):
    model, proxy = catalogue
    qtmodeltester.check(model)
    proxy.set_search("maa")
    qtmodeltester.check(proxy)


def test_search_matches_code_and_names_in_every_language(catalogue):
    _, proxy = catalogue
    proxy.set_search("cs-a1111")
    assert keys(proxy) == {"aalto-cur-1"}
    proxy.set_search("ohjelmoinnin")  # Finnish name
    assert keys(proxy) == {"aalto-cur-1"}
    proxy.set_search("derivatan")  # Swedish name
    assert keys(proxy) == {"OTA:2026-27:MAA06.1"}
    proxy.set_search("")
    assert len(keys(proxy)) == 3


def test_filters_provider_period_language_credits_and_fit(catalogue):
    model, proxy = catalogue
    proxy.set_filters(provider=Provider.SCHOOL)
    assert keys(proxy) == {"OTA:2026-27:MAA06.1", "OTA:2026-27:AI01.1"}
    proxy.set_filters(provider=None, period="2026-27/2")
    assert keys(proxy) == {"OTA:2026-27:MAA06.1"}
    proxy.set_filters(period="", language="en")
    assert keys(proxy) == {"aalto-cur-1"}
    proxy.set_filters(language="", min_op=3)
    assert keys(proxy) == {"aalto-cur-1", "OTA:2026-27:MAA06.1"}
    proxy.set_filters(min_op=None)
    model.set_plan_state(clashing={"aalto-cur-1"}, planned={"OTA:2026-27:MAA06.1"})
    proxy.set_filters(fits_only=True)
    assert "aalto-cur-1" not in keys(proxy)


def test_plan_model(qtmodeltester, qapp):
    model = PlanModel()
    items = [
        ItemView(
            2,
            1,
            "CS-A1111",
            "Programming",
            Provider.AALTO,
            ItemStatus.PLANNED,
            5,
            5,
            "OTA:2026-27/2",
            "aalto-cur-1",
            ("L01",),
        ),
        ItemView(
            1,
            1,
            "MAA2",
            "Functions",
            Provider.SCHOOL,
            ItemStatus.COMPLETED,
            3,
            None,
            "OTA:2025-26/1",
            "x",
            (),
            "8",
        ),
    ]
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "MAA2"  # earlier period first
    model.set_flags({2: True})
    assert model.index(1, 2).data().startswith("⚠")
    assert model.index(0, 4).data() == "completed"


def test_findings_model_orders_open_errors_first(qtmodeltester, qapp):
    model = FindingsModel()
    accepted = Finding(
        "overlap",
        Severity.ERROR,
        "k1",
        (1, 2),
        numbers=OverlapNumbers(
            minutes=45,
            min_minutes=45,
            total_minutes=45,
            count=1,
            minutes_by_date=(45,),
            code_a="MAA6",
            code_b="CS-A1111",
            label_a="MAA6",
            label_b="CS-A1111",
            room_a=(),
            room_b=(),
        ),
        acceptance=Acceptance("k1", "counsellor", datetime(2026, 10, 1), "recorded lecture"),
    )
    short = Finding(
        "total-short",
        Severity.ERROR,
        "k2",
        numbers=ShortNumbers(required=150, planned=148, short=2),
    )
    model.set_findings((accepted, short), {1: "MAA6", 2: "CS-A1111"})
    qtmodeltester.check(model)
    assert model.finding(0).key == "k2"
    assert "150" in model.index(0, 1).data()
    assert model.index(1, 2).data() == "MAA6, CS-A1111"
    assert "recorded lecture" in model.index(1, 3).data()


def test_students_model_and_search(qtmodeltester, qapp):
    model = StudentsModel()
    model.set_rows(
        [
            StudentView(1, "S001", "Aino", "Virtanen", "OTA", "24A", 2024, "MAA"),
            StudentView(2, "S002", "Elias", "Korhonen", "TAP", "25B", 2025, "MAB"),
        ]
    )
    proxy = StudentsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_search("korh")
    assert proxy.rowCount() == 1
    assert proxy.student_id(0) == 2


def test_asking_a_model_for_a_role_it_has_no_data_for_keeps_python_alive(catalogue, qapp):
    """Views ask for icons, fonts, check states... thousands of times a
    second; each "no data" answer must leave None's reference count as it
    was (PySide6 on Python 3.11 dropped one per answer until the program
    aborted with "deallocating None")."""
    import sys

    model, proxy = catalogue
    findings = FindingsModel()
    findings.set_findings((Finding("overlap", Severity.ERROR, "k", (1, 2)),), {1: "MAA6"})
    asks = [
        proxy.index(0, 0),
        model.index(0, 1),
        findings.index(0, 0),
    ]
    before = sys.getrefcount(None)
    for _ in range(3000):
        for index in asks:
            assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert proxy.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None
    assert sys.getrefcount(None) >= before - 50


def test_a_plan_edit_inserts_or_removes_one_row_without_resetting_the_table(qtbot, qtmodeltester):
    """Adding or removing one course keeps the plan table's selection and
    scroll position: the model signals one row, not a reset."""
    from schoolaas.ui.widgets.table_base import RowTableModel

    class Numbers(RowTableModel[int]):
        def __init__(self) -> None:
            super().__init__()
            self.headers = ["n"]

        def display(self, row: int, column: int) -> str:
            return str(row)

        def row_id(self, row: int) -> int:
            return row

    model = Numbers()
    model.set_rows([1, 2, 4, 5])
    qtmodeltester.check(model)
    resets, inserted, removed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.set_rows([1, 2, 3, 4, 5])
    model.set_rows([1, 3, 4, 5])
    model.set_rows([1, 3, 4, 5])
    assert (resets, inserted, removed) == ([], [(2, 2)], [(1, 1)])
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["1", "3", "4", "5"]
    model.set_rows([9, 8])  # anything else: a reset
    assert resets == [1]
    qtmodeltester.check(model)


def test_plan_edit_signals_only_the_rows_that_show_something_else(qapp):
    model = PlanModel()
    items = [
        ItemView(n, 1, f"MAA{n}", "Maths", Provider.SCHOOL, ItemStatus.PLANNED, 2, None,
                 "OTA:2026-27/1", None, ())
        for n in range(1, 6)
    ]  # fmt: skip
    model.set_items(items)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    model.set_items(items, {3: True})  # the audit now names MAA3
    assert changed == [(2, 2)]
    assert model.index(2, 2).data() == "⚠ MAA3"
    assert model.index(2, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    changed.clear()
    model.set_items(items[:4], {3: True})  # MAA5 removed: nothing else changes
    assert changed == []
    assert [model.index(r, 2).data() for r in range(4)] == ["MAA1", "MAA2", "⚠ MAA3", "MAA4"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_plan_table_fits_its_columns_as_qt_would(qtbot):
    """The plan table measures only the widest texts; the widths are those
    Qt's own measuring of every row gives, also after a longer row came."""
    from PySide6.QtWidgets import QTableView

    from schoolaas.ui.panes.plan_panel import PlanPanel

    panel = PlanPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    item = ItemView(1, 1, "MAA2", "Functions", Provider.SCHOOL, ItemStatus.PLANNED, 3, None,
                    "OTA:2025-26/1", None, ())  # fmt: skip
    longer = replace(item, id=2, code="AYCS-A1111-LONG", group_keys=("L01", "H02", "H03"))
    panel.set_items([item])
    panel.set_items([item, longer])
    table, header = panel.table, panel.table.horizontalHeader()
    for column in range(panel.model.columnCount()):
        assert table.sizeHintForColumn(column) == QTableView.sizeHintForColumn(table, column)
    code = 2
    assert header.sectionSize(code) >= QTableView.sizeHintForColumn(table, code)
    assert panel.proxy.index(1, code).data() == "AYCS-A1111-LONG"
