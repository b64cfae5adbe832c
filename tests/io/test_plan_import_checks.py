"""A plan file is checked exactly as the app's forms check: a new student
as the student form does (one new_student_row), grades by the scale the plan
pane's grade field uses (one checked_grade). A file cannot create what a
form would refuse, and nothing of a refused file is stored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from importer_helpers import snapshot

from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import export_plan, import_file
from schoolaas.services.people import students
from schoolaas.services.people.student_records import StudentInput
from schoolaas.services.people.students import StudentInputError

GOOD = StudentInput(
    first_name="Uusi", last_name="Opiskelija", number="OTA-9999", school="OTA",
    start_year=2026, group="26A",
)  # fmt: skip


def _file(ws, tiny, tmp_path: Path, student: dict, grade: dict | None = None) -> Path:  # type: ignore[no-untyped-def]
    path = export_plan(ws, tiny.aino, tmp_path / "plan.json")
    body = json.loads(path.read_text(encoding="utf-8"))
    body["student"] |= student
    for item in body["plans"][0]["items"]:
        if grade and item["code"] in grade:
            item["status"] = "completed"
            item["grade"] = grade[item["code"]]
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("first_name", "<b>x</b>", "may hold only letters"),
        ("last_name", "Robert'); DROP TABLE student;--", "may hold only letters"),
        ("number", "1", "is not a student number"),
        ("number", "OTA 1001; x", "is not a student number"),
        ("start_year", 1990, "is outside"),
        ("mother_tongue", "XX9", "is not a LOPS2021 syllabus"),
        ("maths", "MAB", None),  # valid: the file and the form both take it
    ],
)
def test_a_new_student_is_checked_as_the_form_checks(
    ws, tiny, tmp_path: Path, field: str, value: object, problem: str | None
) -> None:  # type: ignore[no-untyped-def]
    form = replace(GOOD, **{field: value})
    names = ("first_name", "last_name", "number", "school", "start_year", "group", "maths",
             "mother_tongue")  # fmt: skip
    file_student = {f: getattr(form, f) for f in names}
    path = _file(ws, tiny, tmp_path, file_student)
    before = snapshot(ws)
    if problem is None:
        report = import_file(ws, "plan", path)
        assert report.added[0].startswith(f"student {form.number}")
        return
    with pytest.raises(StudentInputError) as by_form:
        students.add_student(ws, form)
    with pytest.raises(InvalidInput) as by_file:
        import_file(ws, "plan", path)
    message = str(by_file.value)
    assert message.startswith(f"The plan file's student {form.number} cannot be added: ")
    assert str(by_form.value) in message  # the very words of the form
    assert problem in message
    assert snapshot(ws) == before


def test_grades_follow_the_scale_of_the_plan_pane(ws, tiny, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(ws)
    bad = _file(ws, tiny, tmp_path, {"number": "OTA-9998"}, {"MAA6": "11"})
    with pytest.raises(InvalidInput) as refused:
        import_file(ws, "plan", bad)
    assert str(refused.value) == (
        "The plan file's plan 'Plan': MAA6: grade '11' is not on the school scale "
        "(4, 5, 6, 7, 8, 9, 10, S, H)."
    )
    bad = _file(ws, tiny, tmp_path, {"number": "OTA-9998"}, {"CS-A1111": "8"})
    with pytest.raises(InvalidInput, match=r"CS-A1111: grade '8' is not on the aalto scale"):
        import_file(ws, "plan", bad)
    assert snapshot(ws) == before
    with pytest.raises(InvalidInput, match=r"MAA6: grade '11' is not on the school scale"):
        ws.set_status(tiny.maa6_item, "completed", "11")  # the plan pane's grade field
    good = _file(ws, tiny, tmp_path, {"number": "OTA-9998"}, {"MAA6": " 9 ", "CS-A1111": "PASS"})
    import_file(ws, "plan", good)
    student = ws.find_student("OTA-9998")
    grades = {i.code: i.grade for i in ws.items(ws.active_plan(student.id).id)}
    assert grades == {"MAA6": "9", "CS-A1111": "pass"}
