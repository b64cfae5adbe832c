"""The catalogue's search, filters and sorting (done in Python in one pass,
not row by row from Qt) behave as they did with Qt's sort-filter proxy:
every matching row in the sorted order, ties in their previous order, the
selection following its course, "fits my timetable" following the plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from domain_factories import aalto_cs_a1111, school_ai1, school_maa6
from schoolaas.ui.panes.catalogue_filter import CatalogueFilter
from schoolaas.ui.panes.catalogue_model import CODE, KEY_ROLE, OP, CatalogueModel
from schoolaas.ui.panes.catalogue_panel import CataloguePanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def offerings():
    """Three courses in ten versions each: codes MAA6A00, MAA6B01, ..."""
    rows = []
    for n in range(10):
        for o in (aalto_cs_a1111(), school_maa6(), school_ai1()):
            rows.append(replace(o, key=f"{o.key}-{n}", code=f"{o.code}{'AB'[n % 2]}{n:02d}"))
    return rows


@pytest.fixture
def proxy(qapp):
    model = CatalogueModel()
    model.set_offerings(offerings())
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    return proxy


def shown(proxy: CatalogueFilter, column: int = CODE) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_sorting_by_a_column_both_ways_and_ties_in_previous_order(qtmodeltester, proxy):
    proxy.sort(CODE, Qt.SortOrder.AscendingOrder)
    codes = shown(proxy)
    assert codes == sorted(codes, key=str.casefold)
    proxy.sort(CODE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == codes[::-1]
    proxy.sort(OP, Qt.SortOrder.AscendingOrder)  # ÄI1 2 op, MAA6 3 op, CS-A1111 5 op
    ops = [float(v) for v in shown(proxy, OP)]
    assert ops == sorted(ops)
    # within one op value the codes stay descending, as sorted before
    maa = [c for c in shown(proxy) if c.startswith("MAA6")]
    assert maa == sorted(maa, reverse=True)
    qtmodeltester.check(proxy)


def test_search_keeps_the_sort_order_and_maps_rows_both_ways(qtmodeltester, proxy):
    model = proxy.sourceModel()
    proxy.sort(CODE, Qt.SortOrder.DescendingOrder)
    proxy.set_search("maa6a")
    assert shown(proxy) == ["MAA6A08", "MAA6A06", "MAA6A04", "MAA6A02", "MAA6A00"]
    proxy.set_search("derivatan 6a")  # Swedish name and part of the code
    assert shown(proxy) == ["MAA6A08", "MAA6A06", "MAA6A04", "MAA6A02", "MAA6A00"]
    proxy.set_search("ohjelmoinnin b07")  # Finnish name
    assert shown(proxy) == ["CS-A1111B07"]
    index = proxy.index(0, CODE)
    source = proxy.mapToSource(index)
    assert model.offering(source.row()).code == "CS-A1111B07"
    assert proxy.mapFromSource(source) == index
    hidden = model.index(model.row_of("OTA:2026-27:MAA06.1-0"), 0)
    assert not proxy.mapFromSource(hidden).isValid()
    proxy.set_search("")
    assert len(shown(proxy)) == 30
    qtmodeltester.check(proxy)


def test_fits_my_timetable_follows_the_plan_at_once(proxy):
    model = proxy.sourceModel()
    proxy.today = min(o.start for o in offerings())  # none of them over yet
    proxy.set_filters(fits_only=True)
    assert len(shown(proxy)) == 30
    model.set_plan_state(clashing={"aalto-cur-1-3", "aalto-cur-1-4"}, planned=set())
    assert "CS-A1111B03" not in shown(proxy)
    assert len(shown(proxy)) == 28
    model.set_plan_state(clashing=set(), planned={"aalto-cur-1-3"})
    assert "CS-A1111B03 ✓" in shown(proxy)
    with pytest.raises(AttributeError):
        proxy.set_filters(sort=None)


def test_selection_follows_its_course_through_searches(qtbot):
    panel = CataloguePanel()
    qtbot.addWidget(panel)
    panel.set_offerings(offerings(), {})
    panel.show()
    seen: list[str] = []
    panel.current_changed.connect(seen.append)
    assert panel.select_key("aalto-cur-1-5")
    assert seen == ["aalto-cur-1-5"]
    qtbot.keyClicks(panel.search, "cs-a")  # still shown: still selected
    assert panel.current_key() == "aalto-cur-1-5"
    assert [i.data(KEY_ROLE) for i in panel.table.selectionModel().selectedRows()] == [
        "aalto-cur-1-5"
    ]
    panel.search.setText("maa6")  # hidden: nothing selected, the details pane is told
    assert panel.current_key() == ""
    assert not panel.table.selectionModel().hasSelection()
    assert seen == ["aalto-cur-1-5", ""]
    panel.search.clear()
    assert panel.count.text() == "30 of 30 courses"
    assert panel.current_key() == ""


def test_column_widths_are_those_qt_measures(qtbot):
    """The catalogue table measures columns from the model's cached texts,
    over the rows Qt's own measuring takes (the first thousand from the
    rows in view); the widths are the same."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    rows = []
    for n in range(1200):  # more than the thousand rows Qt measures
        o = (aalto_cs_a1111(), school_maa6(), school_ai1())[n % 3]
        name = {"en": "Course " + "W" * (n % 37) + "i" * (n % 53), "fi": "Kurssi"}
        rows.append(replace(o, key=f"{o.key}-{n}", code=f"{o.code}-{n}", name=name))
    panel = CataloguePanel()
    qtbot.addWidget(panel)
    panel.resize(520, 400)

    def same() -> None:
        table = panel.table
        for column in range(panel.model.columnCount()):
            assert table.sizeHintForColumn(column) == QTableView.sizeHintForColumn(table, column)

    panel.set_offerings(rows, {})
    same()  # not shown yet: Qt measures from the top
    panel.show()
    same()
    panel.table.scrollTo(panel.proxy.index(900, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    same()  # rows above and below the ones in view
    panel.search.setText("course w")
    same()
