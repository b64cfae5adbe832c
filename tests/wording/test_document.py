"""Findings on the printed plan: clauses with unknown figures drop out, numbers read right."""

from __future__ import annotations

from datetime import date

import pytest

from schoolaas.domain.findings import FindingCode
from schoolaas.wording import findings
from schoolaas.wording.catalogue import LANGUAGES


def test_clause_without_its_figures_is_left_out() -> None:
    full = findings.document("travel", "en", {"needed": 15, "available": 0}, ["A", "B"])
    assert full == "Not enough time to travel: A – B, needs 15 min, has 0 min"
    bare = findings.document("travel", "en", {}, ["A", "B"])
    assert bare == "Not enough time to travel: A – B"


def test_dates_are_listed_and_counted() -> None:
    days = [date(2026, 10, 6), date(2026, 10, 13)]
    fi = findings.document("overlap", "fi", {"minutes": 45}, ["MAA06.1", "CS-A1111"], days)
    assert fi == (
        "Päällekkäiset tapaamiset: MAA06.1 – CS-A1111, 2 kertaa (6.10., 13.10.), "
        "enintään 45 min kerrallaan"
    )


def test_long_date_lists_are_shortened() -> None:
    days = [date(2026, 10, d) for d in range(1, 13)]
    assert findings.document_dates(days, "fi").endswith("(+4)")


def test_decimal_comma_in_finnish_and_swedish() -> None:
    assert findings.format_number(2.5, "fi") == "2,5"
    assert findings.format_number(2.5, "sv") == "2,5"
    assert findings.format_number(2.5, "en") == "2.5"
    assert findings.format_number(150.0, "fi") == "150"


def test_internal_figures_and_empty_ones_are_not_printed() -> None:
    numbers = {
        "code_a": "MAA6",
        "label_a": "MAA06.1",
        "room_a": "",
        "room_b": "OK1-M1",
        "minutes": 45,
        "count": 1,
    }
    sentence = findings.document(
        "overlap", "en", numbers, ["MAA06.1", "MAA06.2"], [date(2026, 10, 6)]
    )
    assert sentence == (
        "Overlapping sessions: MAA06.1 – MAA06.2, 1 times (6 Oct), up to 45 min each"
    )


def test_unknown_code_falls_back_to_code_and_figures() -> None:
    assert findings.document("new-rule", "fi", {"x": 3}) == "new-rule: x 3"


@pytest.mark.parametrize("code", list(FindingCode))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_finding_code_has_wording_in_every_language(code: FindingCode, lang: str) -> None:
    sentence = findings.document(code.value, lang, {}, ["X"])
    assert not sentence.startswith(code.value)
