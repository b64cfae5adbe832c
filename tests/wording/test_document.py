"""Findings on the printed plan: clauses with unknown figures drop out, numbers read right."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from schoolaas.domain import finding_numbers as n
from schoolaas.domain.findings import FindingCode
from schoolaas.wording import findings
from schoolaas.wording.catalogue import LANGUAGES


def test_clause_without_its_figures_is_left_out() -> None:
    travel = n.TravelNumbers(
        needed=15,
        available=0,
        short=15,
        count=1,
        code_a="A",
        code_b="B",
        label_a="A",
        label_b="B",
        building_a="",
        building_b="",
    )
    full = findings.document("travel", "en", travel, ["A", "B"])
    assert full == "Not enough time to travel: A – B, needs 15 min, has 0 min"
    bare = findings.document("travel", "en", n.NO_NUMBERS, ["A", "B"])
    assert bare == "Not enough time to travel: A – B"


def test_dates_are_listed_and_counted() -> None:
    days = [date(2026, 10, 6), date(2026, 10, 13)]
    overlap = n.OverlapNumbers(
        minutes=45,
        min_minutes=45,
        total_minutes=90,
        count=2,
        minutes_by_date=(45, 45),
        code_a="MAA6",
        code_b="CS-A1111",
        label_a="MAA06.1",
        label_b="CS-A1111",
        room_a=(),
        room_b=(),
    )
    fi = findings.document("overlap", "fi", overlap, ["MAA06.1", "CS-A1111"], days)
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
    numbers = n.OverlapNumbers(
        code_a="MAA6",
        code_b="MAA6",
        label_a="MAA06.1",
        label_b="MAA06.2",
        room_a=(),
        room_b=("OK1-M1",),
        minutes=45,
        min_minutes=45,
        total_minutes=45,
        minutes_by_date=(45,),
        count=1,
    )
    sentence = findings.document(
        "overlap", "en", numbers, ["MAA06.1", "MAA06.2"], [date(2026, 10, 6)]
    )
    assert sentence == (
        "Overlapping sessions: MAA06.1 – MAA06.2, 1 times (6 Oct), up to 45 min each"
    )


@dataclass(kw_only=True, unsafe_hash=True)  # as finding_numbers declares them
class NewRuleNumbers(n.Numbers):
    """The numbers of a finding code this version does not word yet."""

    x: int


def test_unknown_code_falls_back_to_code_and_figures() -> None:
    assert findings.document("new-rule", "fi", NewRuleNumbers(x=3)) == "new-rule: x 3"


@pytest.mark.parametrize("code", list(FindingCode))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_finding_code_has_wording_in_every_language(code: FindingCode, lang: str) -> None:
    sentence = findings.document(code.value, lang, n.NO_NUMBERS, ["X"])
    assert not sentence.startswith(code.value)
