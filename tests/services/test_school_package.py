"""The school package (services/setup/package.py): a counsellor publishes
one file, a student loads it into an empty database of their own and plans
there, and the plan comes back without the student's say on acceptances,
grades or completed statuses."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from schoolaas.io import planfile
from schoolaas.services.catalogue.local_courses import (
    LocalCourseView,
    local_courses,
    remove_local_course,
    save_local_course,
)
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import export_plan, import_file
from schoolaas.services.setup.calendar_file import calendar_data
from schoolaas.services.setup.package import export_package, import_package, import_student_plan
from schoolaas.services.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from schoolaas.seed.demo import build_demo

    ws = Workspace.open(str(tmp_path_factory.mktemp("pkg") / "demo.sqlite3"))
    build_demo(ws)
    return ws


def test_a_student_plans_at_home_from_the_package(demo: Workspace, tmp_path: Path) -> None:
    robotics = LocalCourseView("OTA", "OTATEK01", name_fi="Robotiikka", op=2.0, subject="TEK")
    draft = LocalCourseView("OTA", "OTATEK02", name_fi="Luonnos")  # no credits yet
    for course in (robotics, draft):
        save_local_course(demo, course)
    try:
        summary = export_package(demo, "ota", tmp_path / "ota.schoolpkg")
        own = local_courses(demo, "OTA")
    finally:
        for course in (robotics, draft):
            remove_local_course(demo, "OTA", course.code)
    assert len(own) == 2
    assert summary.school == "OTA"
    assert summary.school_offerings == sum(
        1 for o in demo.catalogue().offerings.values() if o.school == "OTA"
    )
    assert summary.aalto_offerings > 0

    home = Workspace.open(str(tmp_path / "home.sqlite3"))
    report = import_package(home, summary.path)
    assert not report.skipped
    cat, theirs = home.catalogue(), demo.catalogue()
    assert {o.school for o in cat.offerings.values() if o.school} == {"OTA"}
    for key, offering in cat.offerings.items():  # the same groups and dated lessons
        assert offering.groups == theirs.offerings[key].groups, key
    assert {s.code for s in calendar_data(home).schools} == {"OTA"}
    assert local_courses(home) == own  # the school's own curriculum comes along
    assert calendar_data(home).holidays == tuple(
        h for h in calendar_data(demo).holidays if h.school == "OTA"
    )

    # the student gets their own plan file from the counsellor and plans at home
    student = demo.find_student("OTA25001")
    sent = export_plan(demo, student.id, tmp_path / "from-counsellor.json")
    import_file(home, "plan", sent)
    plan = home.active_plan(home.find_student("OTA25001").id)
    home_result = home.audit(plan.id)
    demo_result = demo.audit(demo.active_plan(student.id).id)
    assert [f.key for f in home_result.findings] == [f.key for f in demo_result.findings]

    with pytest.raises(InvalidInput, match="goes into an empty database"):
        import_package(home, summary.path)
    home.close()


def test_the_plan_that_comes_back_keeps_what_only_a_counsellor_records(
    demo: Workspace, tmp_path: Path
) -> None:
    student = demo.find_student("OTA25001")
    path = export_plan(demo, student.id, tmp_path / "plan.json")
    stored = planfile.load_file(path)
    active = next(p for p in stored.plans if p.active)
    done = next(i for i in active.items if i.status == "completed")
    planned = next(i for i in active.items if i.status == "planned")
    items = []
    for item in active.items:
        if item is done:
            item = replace(item, grade="10")  # a better grade, by the student
        elif item is planned:
            item = replace(item, status="completed", grade="9")
        items.append(item)
    extra = replace(planned, code="FI4", offering=None, status="planned", grade=None)
    accepted = planfile.FileAcceptance("overlap:x:y", "Student", "2026-12-01T10:00:00", "fine")
    edited = replace(
        active,
        items=(*items, extra),
        acceptances=(*active.acceptances, accepted),
    )
    sent = replace(
        stored,
        student=replace(stored.student, first_name="Changed"),
        plans=tuple(edited if p is active else p for p in stored.plans),
    )
    back = tmp_path / "back.json"
    back.write_text(planfile.dump_plan(sent), encoding="utf-8")

    dry = import_student_plan(demo, back, dry_run=True)
    assert dry.summary().startswith("Dry run")
    report = import_student_plan(demo, back)
    notes = "\n".join(report.notes)
    assert f"{done.code} grade 10 ignored" in notes
    assert f"{planned.code} status completed ignored (kept planned)" in notes
    assert "1 acceptance(s) ignored" in notes
    assert "own record" in notes

    again = planfile.load_file(export_plan(demo, student.id, tmp_path / "again.json"))
    plan = next(p for p in again.plans if p.name == active.name)
    by_code = {i.code: i for i in plan.items}
    assert by_code[done.code].grade == done.grade
    assert by_code[planned.code].status == "planned"
    assert by_code[planned.code].grade is None
    assert "FI4" in by_code  # the student's own new course is taken
    assert plan.acceptances == active.acceptances
    assert again.student.first_name == stored.student.first_name


def test_a_broken_package_names_the_file_and_member(demo: Workspace, tmp_path: Path) -> None:
    home = Workspace.open(str(tmp_path / "home.sqlite3"))
    junk = tmp_path / "junk.schoolpkg"
    junk.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput, match=f"{junk}: not a school package"):
        import_package(home, junk)
    good = export_package(demo, "OTA", tmp_path / "good.schoolpkg").path
    bad = tmp_path / "bad.schoolpkg"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "calendar.toml":
                data = data.replace(b"capacity = 32", b"capacity = -", 1)
            dst.writestr(name, data)
    with pytest.raises(InvalidInput) as caught:
        import_package(home, bad)
    assert str(caught.value).startswith(f"{bad}: calendar.toml: ")
    assert "not valid TOML" in str(caught.value)
    assert home.is_empty()
    home.close()
