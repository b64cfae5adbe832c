"""`schoolaas setup …` and `schoolaas calendar import|export` end to end on
the tiny database: a counsellor sets up a school from the command line."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import build_tiny, sqlite_url

from schoolaas.cli import main


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny_setup_cli")
    build_tiny(sqlite_url(folder))
    return folder / "planner.sqlite3"


@pytest.fixture
def db(_template: Path, tmp_path: Path) -> str:
    shutil.copyfile(_template, tmp_path / "planner.sqlite3")
    return sqlite_url(tmp_path)


def run(db: str, *words: str) -> int:
    return main([*words, "--db", db])


def test_a_new_school_set_up_from_the_command_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    steps = [
        ("building", "code=LUK", "name=Lukiotalo", "address=Koulutie 1", "site=espoonlahti",
         "lat=60.147", "lon=24.661"),
        ("room", "building=LUK", "code=B12", "capacity=28", "kind=lab"),
        ("travel", "site_a=espoonlahti", "site_b=otaniemi", "minutes=25"),
        ("school", "code=ELU", "name=Espoonlahden lukio", "building=LUK"),
        ("year", "school=ELU", "year=2026-27", "start=2026-08-12", "end=2027-06-05"),
        ("period", "school=ELU", "year=2026-27", "number=1", "start=2026-08-12",
         "end=2026-09-29", "exam_start=2026-09-22", "exam_end=2026-09-29"),
        ("holiday", "school=ELU", "name=Autumn break", "start=2026-10-12", "end=2026-10-16"),
        ("matriculation", "day=2027-03-16", "subject=AI"),
    ]  # fmt: skip
    for kind, *values in steps:
        assert run(db, "setup", "add", kind, *values) == 0, kind
        assert capsys.readouterr().out.startswith(f"Added {kind}: ")
    assert run(db, "setup", "list", "period", "--school", "ELU") == 0
    out = capsys.readouterr().out
    assert "school=ELU  year=2026-27  number=1  start=2026-08-12  end=2026-09-29" in out
    assert out.rstrip().endswith("1 period record")

    assert run(db, "setup", "change", "room", "LUK-B12", "capacity=30") == 0
    assert "capacity=30" in capsys.readouterr().out
    assert run(db, "setup", "change", "period", "ELU:2026-27/1", "exam_start=2026-09-23") == 0
    assert run(db, "setup", "walking-speed", "75") == 0
    assert "75 metres per minute" in capsys.readouterr().out.splitlines()[-1]
    assert run(db, "setup", "list", "holiday", "--school", "ELU") == 0
    holiday_id = capsys.readouterr().out.split("id=")[1].split()[0]
    assert run(db, "setup", "remove", "holiday", holiday_id) == 0
    assert "Removed holiday: school=ELU" in capsys.readouterr().out


def test_refusals_are_one_line_with_exit_code_2(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "setup", "remove", "room", "OK1-M1") == 2
    err = capsys.readouterr().err
    assert err.startswith("schoolaas: Room OK1-M1 cannot be removed: it is still used by CS-A1111")
    assert err.count("\n") == 1
    assert run(db, "setup", "add", "school", "code=X") == 2
    assert "Adding a school needs name=…, building=…" in capsys.readouterr().err
    assert run(db, "setup", "add", "room", "building=OIH", "code=9", "capacity=many") == 2
    assert "capacity='many': not a whole number" in capsys.readouterr().err
    assert run(db, "setup", "change", "period", "OTA:2026-27/9", "number=9") == 2
    assert "There is no period OTA:2026-27/9 (the key is SCHOOL:YEAR/NUMBER" in (
        capsys.readouterr().err
    )
    assert run(db, "setup", "add", "holiday", "colour=red") == 2
    assert "'colour=red': give FIELD=VALUE with FIELD one of school, name" in (
        capsys.readouterr().err
    )


def test_calendar_export_then_import(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "calendar.toml"
    assert run(db, "calendar", "export", str(path)) == 0
    assert capsys.readouterr().out == f"Wrote the school calendar to {path}\n"
    assert run(db, "calendar", "export", "-") == 0
    assert capsys.readouterr().out == path.read_text(encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    empty = sqlite_url(other)
    assert run(empty, "calendar", "import", str(path)) == 2  # no database there yet
    assert "There is no database at" in capsys.readouterr().err
    assert run(empty, "calendar", "import", str(path), "--new", "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("Dry run: nothing was written.")
    assert "16 added, 0 updated" in out
    assert list(other.iterdir()) == []  # a dry run leaves no empty database behind
    assert run(empty, "calendar", "import", str(path), "--new") == 0  # made empty, no demo
    assert "(calendar, 16 read): 16 added, 0 updated" in capsys.readouterr().out
    assert run(empty, "setup", "list", "school") == 0
    assert "code=TAP  name=\"Tapiolan lukio\"" in capsys.readouterr().out
    assert run(empty, "students") == 0
    assert capsys.readouterr().out == "0 students\n"
    assert run(db, "calendar", "import", str(path), "--dry-run") == 0
    assert capsys.readouterr().out.startswith("Dry run: nothing was written.")
    assert run(db, "calendar", "import", str(path)) == 0  # the years tiny was built without
    assert "2 added, 0 updated, 14 unchanged" in capsys.readouterr().out
    assert run(db, "calendar", "import", str(path)) == 0
    assert "0 added, 0 updated, 16 unchanged, 0 removed" in capsys.readouterr().out
    path.write_text(path.read_text(encoding="utf-8") + "\n[[rooms]]\nbuilding = 1\n")
    assert run(db, "calendar", "import", str(path)) == 2
    assert f"{path}: [[rooms]] entry 4" in capsys.readouterr().err


def test_school_package_from_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ota.schoolpkg"
    assert run(db, "package", "export", "OTA", str(path)) == 0
    assert capsys.readouterr().out.startswith(
        f"Wrote the school package of OTA to {path}: 1 school course groups, 1 Aalto offerings"
    )
    home = tmp_path / "home"
    home.mkdir()
    assert run(sqlite_url(home), "package", "import", str(path), "--new") == 0
    assert "1 school course groups, 1 Aalto offerings" in capsys.readouterr().out
    assert run(sqlite_url(home), "courses") == 0
    assert capsys.readouterr().out.rstrip().endswith("2 offerings")
    assert run(db, "export-plan", "OTA-1001", "-o", str(tmp_path / "plan.json")) == 0
    capsys.readouterr()
    assert run(db, "package", "plan", str(tmp_path / "plan.json")) == 0
    assert "unchanged" in capsys.readouterr().out
    assert run(sqlite_url(home), "package", "import", str(path)) == 2
    assert "goes into an empty database" in capsys.readouterr().err
