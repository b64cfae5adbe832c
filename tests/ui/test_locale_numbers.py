"""Numbers follow the chosen language: "1.50" in the English UI (Finland's
English locale wrote "1,50"), "1,50" in Finnish and Swedish, in a spin box
made after the switch as in the locale itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox

from schoolaas.ui.i18n import Translations


@pytest.fixture
def translations(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    t = Translations(qapp, cache=tmp_path / "qm")
    yield t
    t.set_language("en")


@pytest.mark.parametrize(("lang", "shown"), [("en", "1.50"), ("fi", "1,50"), ("sv", "1,50")])
def test_decimals_follow_the_language(translations, qtbot, lang: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    assert translations.set_language(lang)
    assert QLocale().toString(1.5, "f", 2) == shown
    box = QDoubleSpinBox()
    qtbot.addWidget(box)
    box.setValue(1.5)
    assert box.text() == shown
