"""Aalto course API JSON: the real sample and the odd records real data has."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from schoolaas.domain.model import GroupKind, Provider
from schoolaas.io.aalto import group_kind, load_file, parse_realisations
from schoolaas.io.errors import ParseError

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAMPLE = FIXTURES / "aalto_sample.json"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_sample_file_imports_all_fourteen_records():
    parsed = load_file(SAMPLE)
    assert parsed.problems == []
    assert len(parsed.offerings) == 14
    cs = next(o for o in parsed.offerings if o.key == "aalto-CUR-205925-3121705")
    assert cs.provider == Provider.AALTO
    assert cs.code == "CS-A1111"
    assert (cs.start, cs.end) == (date(2025, 9, 1), date(2025, 11, 19))
    assert cs.ects == cs.op == 5
    assert cs.subject == "KO"
    assert cs.name["en"] == "Basic Course in Programming Y1, Lecture"
    assert cs.languages == ("fi",)
    assert cs.group("L01").kind == GroupKind.LECTURE
    assert cs.group("XXH01").kind == GroupKind.EXERCISE
    assert cs.default_groups() == ("L01", "XXH01")


def test_exam_realisation_and_groups(records):
    parsed = parse_realisations(records)
    exam = next(o for o in parsed.offerings if o.key == "aalto-CUR-209196-3124628")
    assert exam.is_exam
    assert exam.start == exam.end == date(2025, 10, 15)
    assert [g.kind for g in exam.groups] == [GroupKind.EXAM]
    alc = next(o for o in parsed.offerings if o.code == "ALC-7240")
    assert alc.ects == 3
    assert alc.group("KT").kind == GroupKind.EXAM  # only a Finnish name
    assert alc.group("V01").kind == GroupKind.OTHER


def test_one_object_instead_of_a_list(records):
    parsed = parse_realisations(records[0])
    assert [o.key for o in parsed.offerings] == ["aalto-CUR-205925-3121705"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("L01", GroupKind.LECTURE),
        ("H02", GroupKind.EXERCISE),
        ("XXH05", GroupKind.EXERCISE),
        ("A01", GroupKind.EXERCISE),
        ("XXA03", GroupKind.EXERCISE),
        ("KT", GroupKind.EXAM),
        ("ET02", GroupKind.EXAM),
        ("LAB01", GroupKind.OTHER),  # no type label: nothing to go by
        ("P01", GroupKind.OTHER),
        ("En osallistu harjoituksiin", GroupKind.OTHER),
    ],
)
def test_group_kinds(name, kind):
    assert group_kind(name) == kind


def test_odd_real_world_values(records):
    odd = copy.deepcopy(records[0])
    odd.update(
        id="odd-1",
        code="MUO-E0019 ",
        credits={"min": 0, "max": 10},
        languageOfInstructionCodes=[""],
        teachers=[],
        enrolmentStartDate=None,
        enrolmentEndDate=None,
        type="thesis-bachelor",
        name={"sv": "Bara svenska"},
    )
    numeric = copy.deepcopy(records[1]) | {"id": "odd-2", "code": "47C48000"}
    dotted = copy.deepcopy(records[2]) | {"id": "odd-3", "code": "BIZ3130.kand"}
    parsed = parse_realisations([odd, numeric, dotted])
    assert parsed.problems == []
    first, second, third = parsed.offerings
    assert first.code == "MUO-E0019"
    assert (first.ects_min, first.ects, first.op) == (0, 10, 10)
    assert first.languages == ()
    assert first.teachers == ()
    assert first.name == {"sv": "Bara svenska"}
    assert first.realisation_type == "thesis-bachelor"
    assert second.code == "47C48000"
    assert third.code == "BIZ3130.kand"


def test_credits_fall_back_to_mincredits_string(records):
    rec = copy.deepcopy(records[0]) | {"credits": None, "mincredits": "4"}
    (offering,) = parse_realisations([rec]).offerings
    assert offering.ects == 4


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"startDate": "2025-02-30"}, "startDate '2025-02-30' is not a real date"),
        ({"endDate": "1.9.2025"}, "endDate '1.9.2025' is not a date"),
        ({"endDate": "2025-08-01"}, "before startDate"),
        ({"code": ""}, "code is missing"),
        ({"code": "   "}, "code is empty"),
        ({"id": None}, "id is missing"),
        ({"credits": {"min": 5, "max": 3}}, "greater than credits.max"),
        ({"credits": {"min": -1, "max": -1}}, "not a sensible number"),
        ({"credits": None, "mincredits": None}, "credits are missing"),
        ({"startDate": 20250901}, "must be a date"),
    ],
)
def test_bad_record_is_reported_with_index_id_and_reason(records, change, reason):
    bad = copy.deepcopy(records[3]) | change
    parsed = parse_realisations([records[0], bad, "not a record"])
    assert [o.key for o in parsed.offerings] == [records[0]["id"]]
    problem = parsed.problems[0]
    assert problem.index == 1
    assert problem.id == ("" if "id" in change else records[3]["id"])
    assert reason in problem.reason
    assert parsed.problems[1].index == 2
    assert "must be a JSON object" in parsed.problems[1].reason


def test_duplicate_id_is_reported(records):
    parsed = parse_realisations([records[0], records[0]])
    assert len(parsed.offerings) == 1
    assert "duplicate id" in parsed.problems[0].reason
    assert parsed.problems[0].id == records[0]["id"]


def test_top_level_not_records():
    with pytest.raises(ParseError, match="expected a list"):
        parse_realisations("hello")


def test_load_file_names_the_file_on_truncated_json(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(SAMPLE.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    with pytest.raises(ParseError) as err:
        load_file(path)
    assert str(path) in str(err.value)
    assert "truncated" in str(err.value)
    assert "line" in str(err.value)


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    path = tmp_path / "s.json"
    record = json.loads(SAMPLE.read_text(encoding="utf-8"))[0]
    record["name"] = {"en": "bad \ud800 name"}
    path.write_text(json.dumps([record]), encoding="utf-8")
    (offering,) = load_file(path).offerings
    assert offering.name["en"] == "bad \ufffd name"


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("LAB01", "Small group teaching", GroupKind.EXERCISE),  # PHYS-A1111 labs
        ("LAB11_SV (opetus ruotsiksi)", "Small group teaching", GroupKind.EXERCISE),
        ("P01", "Small group teaching", GroupKind.EXERCISE),  # summer CS-A1111
        ("VK1", "Exam", GroupKind.EXAM),  # TU-A1100 mid-term exams
        ("Labrat jo suoritettu vuoden sisään", "Small group teaching", GroupKind.OTHER),
        ("En osallistu harjoituksiin", "Exercise", GroupKind.OTHER),  # an opt-out
        ("V01", "Online teaching", GroupKind.OTHER),
    ],
)
def test_code_like_groups_take_their_kind_from_the_type_label(name, label, kind):
    assert group_kind(name, label) == kind
