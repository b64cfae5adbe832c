"""The wording and the audit's typed numbers agree on every field.

Each template of a finding code may name only fields of that code's numbers
class (findings.NUMBERS) or figures the wording derives from them: a field
renamed at the producers but not in the wording (or the reverse) fails
here, as a misspelt attribute fails mypy. The demo's audit checks that the
producers make the classes NUMBERS names (tests/services/test_demo.py).
"""

from __future__ import annotations

import re
import typing
from dataclasses import fields
from datetime import date

import pytest

from schoolaas.domain import finding_numbers as n
from schoolaas.domain.findings import NUMBERS, FindingCode
from schoolaas.wording import findings

FIELD = re.compile(r"\{(\w+)\}")
SAMPLE: dict[object, object] = {int: 7, float: 2.5, str: "s", date: date(2026, 10, 6)}
BY_NAME: dict[str, object] = {"week": "2026-W41"}  # texts with a form of their own
KINDS = [(code, kind) for code, kinds in NUMBERS.items() for kind in kinds]


def sample(kind: type[n.Numbers]) -> n.Numbers:
    """``kind`` with every field set: numbers, texts, two-part tuples."""
    hints = typing.get_type_hints(kind)
    values: dict[str, object] = {}
    for f in fields(kind):
        hint = hints[f.name]
        if f.name in BY_NAME:
            values[f.name] = BY_NAME[f.name]
        elif typing.get_origin(hint) is tuple:
            part = SAMPLE[typing.get_args(hint)[0]]
            values[f.name] = (part, part)
        else:
            values[f.name] = SAMPLE[hint]
    return kind(**values)


def templates(code: FindingCode, kind: type[n.Numbers]) -> list[str]:
    key = "duplicate/pair" if code == FindingCode.DUPLICATE and kind is n.PairNumbers else code
    return [findings.LINE[key], findings.SENTENCE[key], *findings.DOCUMENT[code]]


def test_every_code_has_numbers_and_words() -> None:
    assert set(NUMBERS) == set(FindingCode)
    for code, kind in KINDS:
        assert templates(code, kind), code


@pytest.mark.parametrize(("code", "kind"), KINDS, ids=[f"{c}-{k.__name__}" for c, k in KINDS])
def test_every_template_names_only_figures_of_its_numbers(
    code: FindingCode, kind: type[n.Numbers]
) -> None:
    values = findings._values(sample(kind), "en", items=("I",), dates="6.10.", count=1)
    known = {name for name, text in values.items() if text}
    for template in templates(code, kind):
        unknown = set(FIELD.findall(template)) - known
        assert not unknown, f"{code} ({kind.__name__}): {template!r} names {unknown}"


def test_a_field_the_numbers_lack_is_caught() -> None:
    """The check above would fail a template naming a field of another kind."""
    values = findings._values(sample(n.TravelNumbers), "en")
    assert "room_a" not in values
    assert values["building_a"] == "s"
