"""Settings dialog: shared rules change the audit; local options are kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from sqlmodel import Session

from schoolaas.data.tables import (
    BuildingRow,
    OfferingRow,
    PeriodRow,
    PlanItemRow,
    PlanRow,
    SchoolRow,
    StudentRow,
)
from schoolaas.services import rules
from schoolaas.services.workspace import Workspace
from schoolaas.ui import options as opts
from schoolaas.ui.dialogs.settings_dialog import SettingsDialog
from schoolaas.ui.options import Options


@pytest.fixture(autouse=True)
def english_after(qapp):  # type: ignore[no-untyped-def]
    """A dialog that changes the language changes it for the whole app."""
    from schoolaas.ui.i18n import translations_of

    yield
    translations = translations_of(qapp)
    if translations is not None:
        translations.set_language("en")


@pytest.fixture
def workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.open(str(tmp_path / "settings.sqlite3"))
    with Session(ws.engine) as s:
        s.add(BuildingRow(code="OIH", name="OIH", site="otaniemi", lat=60.18, lon=24.82))
        s.add(SchoolRow(code="OTA", name="Otaniemen lukio", building="OIH"))
        s.add(
            PeriodRow(
                key="OTA:2026-27/2",
                provider="school",
                school="OTA",
                year="2026-27",
                number=2,
                start=date(2026, 9, 30),
                end=date(2026, 11, 26),
            )
        )
        s.add(
            OfferingRow(
                key="aalto:cs-a1111",
                provider="aalto",
                code="CS-A1111",
                op=5,
                ects=5,
                start=date(2026, 9, 7),
                end=date(2026, 10, 16),
                name_en="Programming 1",
            )
        )
        student = StudentRow(
            number="OTA-1", first_name="Aino", last_name="Aalto", school="OTA", start_year=2025
        )
        s.add(student)
        s.flush()
        plan = PlanRow(student_id=student.id)
        s.add(plan)
        s.flush()
        s.add(
            PlanItemRow(
                plan_id=plan.id, offering="aalto:cs-a1111", code="CS-A1111", provider="aalto"
            )
        )
        s.commit()
        ws.plan_id = plan.id  # type: ignore[attr-defined]
    yield ws
    ws.close()


@pytest.fixture
def dialog(workspace, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    d = SettingsDialog(Options(tmp_path / "o.ini"), workspace)
    qtbot.addWidget(d)
    return d


def _university_op(workspace) -> float:  # type: ignore[no-untyped-def]
    return workspace.audit(workspace.plan_id).credits.university_op_planned


def test_changing_the_rate_changes_the_audit(dialog: SettingsDialog, workspace) -> None:  # type: ignore[no-untyped-def]
    assert dialog.rate.value() == 1.0
    assert _university_op(workspace) == 5
    dialog.rate.setValue(1.2)
    with_signal = []
    dialog.settings_applied.connect(with_signal.append)
    dialog.accept()
    assert dialog.result() == 1
    assert with_signal
    assert _university_op(workspace) == pytest.approx(6.0)


def test_course_override_wins_over_the_rate(dialog: SettingsDialog, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog._add_override("cs-a1111", 4)
    assert dialog.apply()
    assert rules.shared_rules(workspace).overrides == {"CS-A1111": 4.0}
    assert _university_op(workspace) == pytest.approx(4.0)
    dialog.overrides.setItem(0, 1, QTableWidgetItem("four"))
    assert not dialog.apply()
    assert "CS-A1111: 'four' is not a number of op" in dialog.error.text()
    assert not dialog.error.isHidden()


def test_exam_week_and_matriculation_day(dialog: SettingsDialog, workspace) -> None:  # type: ignore[no-untyped-def]
    assert dialog.exam_weeks.item(0, 0).text() == "OTA:2026-27/2"
    dialog.exam_weeks.item(0, 2).setText("19.11.2026")
    dialog.exam_weeks.item(0, 3).setText("26.11.2026")
    dialog.matric_date.setDate(date(2027, 3, 24))
    dialog.matric_subject.setText("ma")
    dialog.add_matric_button.click()
    assert dialog.apply()
    period = rules.period_dates(workspace)[0]
    assert (period.exam_start, period.exam_end) == (date(2026, 11, 19), date(2026, 11, 26))
    assert rules.matriculation_days(workspace) == [(date(2027, 3, 24), "MA")]
    dialog.exam_weeks.item(0, 3).setText("1.1.2027")
    assert not dialog.apply()
    assert "outside the period" in dialog.error.text()


def test_local_options_saved(dialog: SettingsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.school.setCurrentIndex(dialog.school.findData("OTA"))
    dialog.accept()
    assert dialog.options.get(opts.LANGUAGE) == "sv"
    assert dialog.options.get(opts.DEFAULT_SCHOOL) == "OTA"


def test_choosing_finnish_translates_at_once(workspace, tmp_path: Path, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui.i18n import Translations

    translations = Translations(qapp, cache=tmp_path / "qm")
    try:
        dialog = SettingsDialog(Options(tmp_path / "fi.ini"), workspace)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Settings"
        dialog.language.setCurrentIndex(dialog.language.findData("fi"))
        assert dialog.apply()
        assert translations.language == "fi"
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Asetukset")
        assert dialog.tabs.tabText(2) == "Tämä tietokone"
    finally:
        translations.set_language("en")
