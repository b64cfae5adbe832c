"""Premises view: the room-use grid flags an over-capacity room; edits."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlmodel import Session

from schoolaas.data.tables import (
    BuildingRow,
    GroupRow,
    OfferingRow,
    PlanItemRow,
    PlanRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    StudentRow,
)
from schoolaas.services.workspace import Workspace
from schoolaas.ui.premises.view import PremisesView

DAY = date(2026, 10, 6)  # a Tuesday


@pytest.fixture
def workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.open(str(tmp_path / "rooms.sqlite3"))
    with Session(ws.engine) as s:
        s.add(
            BuildingRow(
                code="OIH",
                name="OIH",
                address="Maarintie 6",
                site="otaniemi",
                lat=60.1866,
                lon=24.8236,
            )
        )
        s.add(BuildingRow(code="TAP", name="Tapiolan lukio", site="tapiola", lat=60.17, lon=24.8))
        s.add(SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"))
        s.add(RoomRow(key="OIH-A101", building="OIH", code="A101", capacity=30))
        s.add(RoomRow(key="OIH-A102", building="OIH", code="A102", capacity=30))
        for key, code, room, hour in (
            ("OTA:MAA6.1", "MAA6", "OIH-A101", 10),
            ("OTA:FY1.1", "FY1", "OIH-A102", 12),
        ):
            s.add(
                OfferingRow(
                    key=key,
                    provider="school",
                    code=code,
                    op=2,
                    start=date(2026, 9, 30),
                    end=date(2026, 11, 26),
                )
            )
            s.flush()
            group = GroupRow(offering=key, key="1", kind="lesson")
            s.add(group)
            s.flush()
            s.add(
                SessionRow(
                    group_id=group.id,
                    start=datetime(2026, 10, 6, hour),
                    end=datetime(2026, 10, 6, hour + 1, 15),
                    room=room,
                    building="OIH",
                )
            )
        for n in range(33):
            st = StudentRow(
                number=f"S{n:04d}",
                first_name="Aino",
                last_name=f"K{n}",
                school="OTA",
                start_year=2025,
            )
            s.add(st)
            s.flush()
            plan = PlanRow(student_id=st.id)
            s.add(plan)
            s.flush()
            s.add(PlanItemRow(plan_id=plan.id, offering="OTA:MAA6.1", code="MAA6"))
            if n < 10:
                s.add(PlanItemRow(plan_id=plan.id, offering="OTA:FY1.1", code="FY1"))
        s.commit()
    yield ws
    ws.close()


@pytest.fixture
def view(workspace, qtbot):  # type: ignore[no-untyped-def]
    widget = PremisesView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.set_day(DAY)
    return widget


def test_over_capacity_room_is_flagged(view: PremisesView) -> None:
    blocks = {b.session.room: b for b in view.grid.blocks}
    assert set(blocks) == {"OIH-A101", "OIH-A102"}
    assert blocks["OIH-A101"].session.planned == 33
    assert blocks["OIH-A101"].flagged
    assert not blocks["OIH-A102"].flagged
    assert view.flag_list.count() == 1
    assert "OIH-A101" in view.flag_list.item(0).text()
    assert "33 planned, 30 seats" in view.flag_list.item(0).text()
    image = view.grid.grab().toImage()
    flagged = _reds(image, blocks["OIH-A101"].rect)
    plain = _reds(image, blocks["OIH-A102"].rect)
    assert flagged > 50  # red hatch lines and outline
    assert plain == 0


def _reds(image, rect) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom(), 2):
            c = QColor(image.pixel(x, y))
            count += c.red() > 150 and c.green() < 80 and c.blue() < 80
    return count


def test_a_refusal_reads_in_the_apps_language(view: PremisesView, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The service's error shows in Finnish in the Finnish app."""
    from schoolaas.ui.i18n import Translations

    translations = Translations(qapp, cache=tmp_path / "qm")
    try:
        assert translations.set_language("fi")
        model = view.rooms_model
        row = [r.code for r in model.rows()].index("A101")
        assert not model.setData(model.index(row, 2), "-5")
        assert "paikkamäärän -5 on oltava 0 (tuntematon)" in view.message.text()
    finally:
        translations.set_language("en")


def test_raising_capacity_clears_the_flag_and_bad_value_is_refused(view: PremisesView) -> None:
    model = view.rooms_model
    row = [r.code for r in model.rows()].index("A101")
    seats = model.index(row, 2)
    assert not model.setData(seats, "-5")
    assert "capacity -5 must be 0 (unknown)" in view.message.text()
    assert model.row(row).capacity == 30
    assert model.setData(seats, "40")
    view.show_week()
    assert view.flag_list.count() == 0
    assert not any(b.flagged for b in view.grid.blocks)


def test_travel_matrix_edit_reaches_the_workspace(view: PremisesView, workspace) -> None:  # type: ignore[no-untyped-def]
    table = view.travel_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "otaniemi",
        "tapiola",
    ]
    table.item(0, 1).setText("17")
    assert table.item(1, 0).text() == "17"
    assert workspace.catalogue().travel.minutes("OIH", "TAP") == 17
    table.item(0, 1).setText("soon")
    assert "not a number of minutes" in view.message.text()
    assert table.item(0, 1).text() == "17"


def test_week_navigation(view: PremisesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.grid.blocks == []
    assert view.flag_list.count() == 0
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert len(view.grid.blocks) == 2


def test_models_pass_the_model_tester_and_building_edit(view: PremisesView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.buildings_model)
    qtmodeltester.check(view.rooms_model)
    model = view.buildings_model
    codes = [b.code for b in model.rows()]
    row = codes.index("TAP")
    assert model.setData(model.index(row, 1), "Tapiolan lukio, B-talo")
    assert view.workspace.catalogue().buildings["TAP"].name == "Tapiolan lukio, B-talo"
    assert not model.setData(model.index(row, 4), "north")
    assert "not a number" in view.message.text()
    rooms = view.rooms_model
    assert rooms.setData(
        rooms.index(0, 4), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert rooms.row(0).accessible is False


def test_building_dialog_gives_a_checked_building(view: PremisesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui.premises.view import BuildingDialog

    dialog = BuildingDialog(["otaniemi", "tapiola"], view)
    qtbot.addWidget(dialog)
    dialog.code.setText("TUAS")
    dialog.name.setText("TUAS-talo")
    dialog.address.setText("Maarintie 8")
    building = dialog.value()
    assert (building.code, building.site, building.lat) == ("TUAS", "otaniemi", 60.1867)
    from schoolaas.services.premises import buildings as premises

    premises.save_building(view.workspace, building, new=True)
    view.reload()
    assert "TUAS" in [b.code for b in view.buildings_model.rows()]
    assert view.building_box.findData("TUAS") >= 0
