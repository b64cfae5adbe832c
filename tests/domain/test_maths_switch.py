"""The maths syllabus switch follows the national equivalence table: the
pairs are read here from the national text itself (the ePerusteet section
"Oppimäärän vaihtaminen" shipped in resources/data), not from a list
written in the test."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from domain_builders import curriculum, inp, item, of

from schoolaas.domain.audit import audit
from schoolaas.domain.curriculum import Choices
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import ItemStatus, MathSyllabus
from schoolaas.io.errors import ParseError
from schoolaas.io.maths_switch import SHIPPED, pairs_from_html

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
RAW = SHARED / "eperusteet_lops2019_raw_MA_OP.json"
_ROW = re.compile(r"<p>\s*(MAA\d+)\s*</p>\s*</td>\s*<td[^>]*>\s*<p>\s*(MAB\d+)\s*</p>", re.S)
MAB = Choices(maths=MathSyllabus.MAB)
DONE = ItemStatus.COMPLETED


def _maths_text(data: dict[str, object]) -> str:
    subjects = data["lops2019"]["oppiaineet"]  # type: ignore[index]
    [maths] = [s for s in subjects if s["koodi"]["arvo"] == "MA"]
    text = maths["arviointi"]["kuvaus"]["fi"]
    assert isinstance(text, str)
    return text


def national_pairs_in_the_text() -> dict[str, str]:
    """The table rows after the heading, found with a plain pattern."""
    data = resources.files("schoolaas.resources") / "data" / SHIPPED
    text = _maths_text(json.loads(data.read_text(encoding="utf-8")))
    section = text[text.index("Oppimäärän vaihtaminen") :]
    return dict(_ROW.findall(section[: section.index("</table>")]))


def test_the_switch_pairs_are_the_ones_of_the_national_text():
    pairs = national_pairs_in_the_text()
    assert len(pairs) >= 5
    assert dict(curriculum().maths_equivalence) == pairs


@pytest.mark.skipif(not RAW.exists(), reason="the shared raw ePerusteet file is not here")
def test_the_shipped_copy_holds_the_text_of_the_raw_national_export():
    raw = _maths_text(json.loads(RAW.read_text(encoding="utf-8")))
    data = resources.files("schoolaas.resources") / "data" / SHIPPED
    assert _maths_text(json.loads(data.read_text(encoding="utf-8"))) == raw


def test_each_listed_long_module_counts_as_its_short_module():
    modules = curriculum().modules
    for long, short in national_pairs_in_the_text().items():
        result = audit(inp([item(long, status=DONE)], choices=MAB))
        [maths] = [
            f
            for f in of(result.findings, FindingCode.COMPULSORY_SHORT)
            if f.numbers.subject == "MA"
        ]
        assert short not in maths.numbers.missing, long
        compulsory = modules[short].op if modules[short].compulsory else 0
        assert result.credits.by_subject["MA"][0] == compulsory, long
        assert result.credits.national_electives_planned == modules[long].op - compulsory


def test_a_long_module_outside_the_table_is_an_elective_not_a_short_module():
    pairs = national_pairs_in_the_text()
    others = [
        m
        for m in curriculum().modules.values()
        if m.syllabus == "MAA" and m.compulsory and m.code not in pairs
    ]
    assert others, "the national table leaves some compulsory MAA modules out"
    for module in others:
        result = audit(inp([item(module.code, status=DONE)], choices=MAB))
        assert result.credits.by_subject["MA"][0] == 0, module.code
        assert result.credits.national_electives_planned == module.op


def test_a_text_without_the_section_or_the_table_is_refused():
    with pytest.raises(ParseError, match="Oppimäärän vaihtaminen"):
        pairs_from_html("<p>Arviointi</p><table><tr><td>MAA2</td><td>MAB2</td></tr></table>")
    with pytest.raises(ParseError, match="no table"):
        pairs_from_html("<p><strong>Oppimäärän vaihtaminen</strong></p><p>ei taulukkoa</p>")
