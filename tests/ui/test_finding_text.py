"""Findings worded from the audit's codes and numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from schoolaas.domain import finding_numbers as n
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Acceptance, Finding, Severity
from schoolaas.ui.finding_text import acceptance_text, finding_text
from schoolaas.ui.widgets.fill import fill


@pytest.fixture(autouse=True)
def _app(qapp):  # type: ignore[no-untyped-def]
    return qapp


def word(code: str, numbers: n.Numbers, dates: tuple = ()) -> str:
    return finding_text(Finding(code, Severity.ERROR, "k", (1, 2), dates, numbers))


def test_overlap_names_both_items_rooms_minutes_and_dates() -> None:
    text = word(
        FindingCode.OVERLAP,
        n.OverlapNumbers(
            minutes=45,
            min_minutes=45,
            total_minutes=90,
            count=2,
            minutes_by_date=(45, 45),
            code_a="MAA6",
            code_b="CS-A1111",
            label_a="MAA06.1",
            label_b="CS-A1111 L01",
            room_a=("OIH-A101",),
            room_b=("OK1-M1",),
        ),
        (date(2026, 10, 6), date(2026, 10, 13)),
    )
    for part in ("MAA06.1", "CS-A1111 L01", "45 min", "OK1-M1", "6.10.", "13.10."):
        assert part in text


def test_travel_and_credit_numbers() -> None:
    travel = word(
        FindingCode.TRAVEL,
        n.TravelNumbers(
            needed=15,
            available=0,
            short=15,
            count=0,
            code_a="A",
            code_b="B",
            label_a="A",
            label_b="B",
            building_a="",
            building_b="",
        ),
    )
    assert "needs 15 min" in travel
    assert "has 0" in travel
    total = word(FindingCode.TOTAL_SHORT, n.ShortNumbers(required=150, planned=148.0, short=2.0))
    assert "148 of 150" in total
    assert "short by 2" in total
    comp = word(
        FindingCode.COMPULSORY_SHORT,
        n.CompulsoryShortNumbers(
            required=12.0,
            planned=10.0,
            short=2.0,
            subject="MA",
            syllabus=("MAA",),
            missing=("MAA7",),
        ),
    )
    assert comp.startswith("MA:")
    assert "MAA7" in comp


def test_every_code_has_words_of_its_own() -> None:
    texts = [word(code, n.ItemNumbers(code="X", label="")) for code in FindingCode]
    assert len(set(texts)) == len(texts)
    for text, code in zip(texts, FindingCode, strict=True):
        assert not text.startswith(code.value), f"{code} falls back to the raw code"


def test_acceptance_and_placeholders() -> None:
    f = Finding(
        "overlap",
        Severity.ERROR,
        "k",
        acceptance=Acceptance("k", "opo", datetime(2026, 10, 1, 9), "recorded"),
    )
    assert acceptance_text(f) == "Accepted by opo on 01.10.2026: recorded"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %10", *"abcdefghij") == "a and j"


def test_the_finnish_app_words_findings_in_finnish(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from schoolaas.ui.i18n import Translations

    translations = Translations(qapp, cache=tmp_path / "qm")
    try:
        assert translations.set_language("fi")
        total = word(
            FindingCode.TOTAL_SHORT, n.ShortNumbers(required=150, planned=147.5, short=2.5)
        )
        assert total == "Yhteensä: 147,5 / 150 op suunniteltu, puuttuu 2,5"
    finally:
        translations.set_language("en")
    assert word(
        FindingCode.TOTAL_SHORT, n.ShortNumbers(required=150, planned=150, short=0)
    ).startswith("Total: 150 of 150")
