"""The ePerusteet JSON gives the same modules as the shipped flat CSV."""

from __future__ import annotations

import json

import pytest
from importer_helpers import FIXTURES

from schoolaas.io.curriculum import lops2021
from schoolaas.io.eperusteet import load_file, parse_eperusteet
from schoolaas.io.errors import ParseError

RAW = FIXTURES / "eperusteet_MA_OP.json"


def test_maths_and_guidance_match_the_flat_csv():
    curriculum, problems = load_file(RAW)
    assert problems == []
    assert curriculum.name == "LOPS2021"
    assert len(curriculum.modules) == 22  # MAB 8, MAY 1, MAA 11, OP 2
    flat = lops2021().modules
    for code, module in curriculum.modules.items():
        assert module == flat[code], code
    assert curriculum.modules["MAA6"].syllabus == "MAA"
    assert curriculum.modules["OP1"].syllabus == ""


def test_broken_module_is_reported_and_rest_kept():
    data = json.loads(RAW.read_text(encoding="utf-8"))
    module = data["lops2019"]["oppiaineet"][0]["oppimaarat"][0]["moduulit"][0]
    module["laajuus"] = "two"
    curriculum, problems = parse_eperusteet(data)
    assert len(curriculum.modules) == 21
    assert problems[0].id == module["koodi"]["arvo"]
    assert "laajuus" in problems[0].reason


def test_not_a_curriculum():
    with pytest.raises(ParseError, match="oppiaineet"):
        parse_eperusteet({"id": 1})
