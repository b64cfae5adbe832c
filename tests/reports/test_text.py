"""Document wording of the printed plan: dates read as people write them
(findings: tests/wording)."""

from __future__ import annotations

from datetime import date

import pytest

from schoolaas.reports import text
from schoolaas.wording.catalogue import catalogue


def test_dates_read_as_people_write_them() -> None:
    assert text.format_date(date(2026, 10, 7), "fi") == "7.10.2026"
    assert text.format_date(date(2026, 10, 7), "en") == "7 Oct 2026"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_document_word_is_translated(lang: str) -> None:
    """The printed plan's words come from the .ts files, like the app's."""
    words = catalogue(lang)
    for key, source in text._WORDS.items():
        assert (text._context(key), source) in words.messages, key
    assert text.weekday(6, lang) in ("su", "sön")
