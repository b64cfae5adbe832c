"""User text shows as typed everywhere: a student whose last name is
``<b>x</b>`` (stored by an older import or straight into a shared database:
the form would refuse it) is not drawn bold in the main window, the students
overview, a message box or a tooltip."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, copy_tiny, tiny_template

from schoolaas.data.engine import make_engine
from schoolaas.data.tables import OfferingRow, PlanRow, StudentRow
from schoolaas.services.workspace import Workspace
from schoolaas.ui.options import LAST_STUDENT_ID, Options
from schoolaas.ui.overview.window import OverviewWindow
from schoolaas.ui.panes.plan_model import PlanModel
from schoolaas.ui.widgets.plain_text import plain
from schoolaas.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
__all__ = ["tiny_template"]

TAGGED = "<b>x</b>"


def seen(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person reads where Qt shows ``text`` in ``text_format`` (a
    label, a message box, a tooltip): markup is drawn, not read."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown(label: QLabel) -> str:
    return seen(label.text(), label.textFormat())


@pytest.fixture
def tiny(tiny_template: Tiny, tmp_path: Path) -> Tiny:
    tiny = copy_tiny(tiny_template, tmp_path)
    engine = make_engine(tiny.url)
    with Session(engine) as session:
        aino = session.get(StudentRow, tiny.aino)
        assert aino is not None
        aino.last_name = TAGGED
        session.add(aino)
        for plan in session.exec(select(PlanRow).where(PlanRow.student_id == tiny.eero)):
            plan.active = False  # Eero has no active plan: the overview says so
            session.add(plan)
        for offering in session.exec(select(OfferingRow)):
            offering.name_fi = offering.name_en = offering.name_sv = f"<i>{offering.code}</i>"
            session.add(offering)
        session.commit()
    engine.dispose()
    return tiny


def test_the_main_window_shows_names_as_typed(qtbot, tiny: Tiny, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    options = Options(tmp_path / "ui.ini")
    options.set(LAST_STUDENT_ID, tiny.aino)
    win = MainWindow(options)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=30000):
        win.open_database(tiny.url, create_demo=False)
    assert TAGGED in shown(win.student_label)
    model = win.plan_panel.table.model()
    if not isinstance(model, PlanModel):
        model = model.sourceModel()  # type: ignore[attr-defined]
    tips = [
        seen(str(model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)))
        for r in range(model.rowCount())
    ]
    assert any("<i>MAA6</i>" in tip for tip in tips), tips  # a course name in a tooltip
    win.errors.show_error(f"No room {TAGGED} in building B")
    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    assert seen(boxes[-1].text(), boxes[-1].textFormat()) == f"No room {TAGGED} in building B"
    for box in boxes:
        box.close()
    assert win.workspace is not None
    win.workspace.close()


def test_the_overview_and_its_message_box_show_names_as_typed(  # type: ignore[no-untyped-def]
    qtbot, tiny: Tiny, tmp_path: Path, monkeypatch
) -> None:
    ws = Workspace.open(tiny.url)
    win = OverviewWindow(ws, Options(tmp_path / "o.ini"), lambda s, p: None)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.rows_loaded, timeout=20000):
        win.show()
    rows = {r.student_id: r for r in win.model.rows()}
    assert rows[tiny.aino].name.startswith(TAGGED)
    names = [win.model.index(r, 1).data() for r in range(win.model.rowCount())]
    assert any(str(n).startswith(TAGGED) for n in names)  # table cells are never markup
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    eero = rows[tiny.eero]
    with_tag = replace(eero, name=f"{TAGGED}, Eero")
    win._open(with_tag)
    assert [seen(text) for text in said] == [f"{TAGGED}, Eero has no study plan yet."]
    ws.close()


def test_plain_leaves_ordinary_text_alone() -> None:
    assert plain("Aino Virtanen\nOTA-1001") == "Aino Virtanen\nOTA-1001"
    assert plain("a < b & c") == "a < b & c"
    assert seen(plain("<b>x</b> & <img src='http://x'>\nsecond")) == (
        "<b>x</b> & <img src='http://x'>\nsecond"
    )
