import pytest

from schoolaas.domain.curriculum import Choices
from schoolaas.domain.model import MathSyllabus
from schoolaas.io.curriculum import CurriculumError, lops2021, parse_flat_csv


def _compulsory_sum(maths: MathSyllabus) -> float:
    required = lops2021().required(Choices(maths=maths))
    arts = sum(m.op for m in required if m.subject in {"MU", "KU"})
    # MU and KU list 4 compulsory op each; the rule asks 6 op of the two together
    return sum(m.op for m in required) - arts + 6


def test_compulsory_sums_are_94_short_and_102_long_maths():
    assert _compulsory_sum(MathSyllabus.MAB) == 94
    assert _compulsory_sum(MathSyllabus.MAA) == 102


def test_all_362_modules_load_with_credits():
    curriculum = lops2021()
    assert len(curriculum.modules) == 362
    assert curriculum.modules["MAA6"].op == 3
    assert curriculum.modules["ÄI1"].name["fi"] == "Tekstien tulkinta ja kirjoittaminen"


def test_bad_credit_names_the_line():
    text = "oppiaine,oppimaara,moduuli,laajuus_op,pakollinen\nMA,MAA,MAA2,two,True\n"
    with pytest.raises(CurriculumError, match="line 2"):
        parse_flat_csv(text)
