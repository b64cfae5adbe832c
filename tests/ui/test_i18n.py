"""Translations: Finnish and Swedish from the shipped .ts files, at run time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from schoolaas.ui import i18n
from schoolaas.ui import options as opts
from schoolaas.ui.i18n import Translations, TsTranslator
from schoolaas.ui.options import Options
from schoolaas.ui.premises.grid import RoomWeekGrid


@pytest.fixture
def translations(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    t = Translations(qapp, cache=tmp_path / "qm")
    yield t
    t.set_language("en")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated(lang: str) -> None:
    root = ET.parse(i18n.ts_file(lang)).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 300
    open_ones = [
        m.findtext("source")
        for m in messages
        if (m.find("translation") is None) or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert open_ones == []


def test_compiled_finnish_shows_in_a_widget_at_once(translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = RoomWeekGrid()
    qtbot.addWidget(grid)
    assert grid.day_names[0] == "Mon"
    assert translations.set_language("fi")
    assert translations.compiled  # lrelease made a .qm in the cache
    assert (translations.cache / "schoolaas_fi.qm").exists()
    qtbot.waitUntil(lambda: grid.day_names[0] == "Ma")  # LanguageChange event
    assert QCoreApplication.translate("OverviewModel", "Last change") == "Viimeksi muutettu"
    translations.set_language("sv")
    qtbot.waitUntil(lambda: grid.day_names[0] == "Mån")
    translations.set_language("en")
    qtbot.waitUntil(lambda: grid.day_names[0] == "Mon")


def test_language_option_switches_at_run_time(translations, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    options = Options(tmp_path / "o.ini")
    i18n.follow_language(options, translations)
    assert translations.language == "en"
    options.set(opts.LANGUAGE, "fi")
    assert translations.language == "fi"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Asetukset"


def test_ts_reader_works_without_lrelease(qapp) -> None:  # type: ignore[no-untyped-def]
    reader = TsTranslator(i18n.ts_file("sv"))
    qapp.installTranslator(reader)
    try:
        assert QCoreApplication.translate("OverviewModel", "Errors") == "Fel"
        text = QCoreApplication.translate("OverviewWindow", "%n student(s) exported", "", 3)
        assert text == "3 studerande exporterade"
    finally:
        qapp.removeTranslator(reader)
    assert QCoreApplication.translate("OverviewModel", "Errors") == "Errors"


def test_english_plurals(translations: Translations) -> None:
    translations.set_language("en")
    one = QCoreApplication.translate("OverviewWindow", "%n student(s) exported", "", 1)
    many = QCoreApplication.translate("OverviewWindow", "%n student(s) exported", "", 4)
    assert (one, many) == ("1 student exported", "4 students exported")


def test_module_level_tr_helpers_are_translated(translations: Translations) -> None:
    # window_actions.py asks for context "WindowActions"; lupdate files it under "".
    translations.set_language("fi")
    assert QCoreApplication.translate("WindowActions", "&File") == "&Tiedosto"
    assert QCoreApplication.translate("PlanModel", "enrolled") == "ilmoittautunut"
    # added by hand to the .ts: lupdate cannot see tr() inside an f-string
    text = QCoreApplication.translate("DetailPanel", "Select a course to see its details.")
    assert text == "Valitse kurssi nähdäksesi sen tiedot."
