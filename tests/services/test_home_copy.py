"""A student's copy made at the first start (services/setup/home.py): the
school package and the student's plan file into a new SQLite database,
marked as the student's; all of it or no file at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from planner_fixtures import Tiny

from schoolaas.services.access import STUDENT_MODE_SETTING
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.files import export_plan
from schoolaas.services.setup.home import free_path, make_home_copy
from schoolaas.services.setup.package import export_package
from schoolaas.services.workspace import Workspace


@pytest.fixture
def files(ws: Workspace, tiny: Tiny, tmp_path: Path) -> tuple[Path, Path]:
    if ws.engine.dialect.name != "sqlite":
        pytest.skip("a home copy is SQLite; the counsellor's database is any")
    package = export_package(ws, "OTA", tmp_path / "given" / "ota.zip").path
    plan = export_plan(ws, tiny.aino, tmp_path / "given" / "OTA-1001-plan.json")
    return package, plan


def _databases(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_copy_holds_the_package_and_the_students_plan(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    package, plan = files
    home = tmp_path / "home"
    home.mkdir()
    target = free_path(home, package)
    assert target.name == "ota.sqlite3"
    copy = make_home_copy(package, plan, target)
    assert (copy.path, copy.student_number, copy.student_name) == (
        target,
        "OTA-1001",
        "Aino Virtanen",
    )
    ws = Workspace.open(str(target))
    try:
        assert [s.number for s in ws.students()] == ["OTA-1001"]
        assert ws.settings()[STUDENT_MODE_SETTING] == "OTA-1001"
        assert ws.access.is_student
        codes = {i.code for i in ws.items(ws.active_plan(ws.students()[0].id).id)}
        assert {"MAA6", "CS-A1111"} <= codes
    finally:
        ws.close()
    assert free_path(home, package).name == "ota-2.sqlite3"  # the next one is numbered


def test_a_broken_file_leaves_no_database(files: tuple[Path, Path], tmp_path: Path) -> None:
    package, plan = files
    home = tmp_path / "home"
    home.mkdir()
    broken_plan = tmp_path / "broken.json"
    broken_plan.write_text('{"format": "nope"', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"broken\.json"):
        make_home_copy(package, broken_plan, home / "a.sqlite3")
    broken_package = tmp_path / "broken.zip"
    broken_package.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput, match=r"broken\.zip.*not a ZIP"):
        make_home_copy(broken_package, plan, home / "b.sqlite3")
    assert _databases(home) == []
    (home / "c.sqlite3").write_bytes(b"")
    with pytest.raises(InvalidInput, match="exists already"):
        make_home_copy(package, plan, home / "c.sqlite3")
