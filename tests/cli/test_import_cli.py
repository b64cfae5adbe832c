"""`schoolaas import KIND FILE` and `schoolaas export-plan` end to end."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import build_tiny, sqlite_url

from schoolaas.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny_cli")
    build_tiny(sqlite_url(folder))
    return folder / "planner.sqlite3"


@pytest.fixture
def import_db(_template: Path, tmp_path: Path) -> str:
    """A copy of the tiny database (building it once saves a second a test)."""
    shutil.copyfile(_template, tmp_path / "planner.sqlite3")
    return sqlite_url(tmp_path)


def test_import_then_reimport(import_db, capsys):
    sample = str(FIXTURES / "aalto_sample.json")
    assert main(["--db", import_db, "import", "aalto", sample]) == 0
    out = capsys.readouterr().out
    assert "14 added" in out
    assert "CS-A1111 01.09.2025–19.11.2025" in out
    assert main(["import", "aalto", sample, "--db", import_db]) == 0
    assert "0 added, 0 updated, 14 unchanged" in capsys.readouterr().out
    assert main(["--db", import_db, "courses", "--search", "ALC-7240"]) == 0
    assert "ALC-7240" in capsys.readouterr().out


def test_dry_run_says_so(import_db, capsys):
    sample = str(FIXTURES / "aalto_sample.json")
    assert main(["--db", import_db, "import", "aalto", sample, "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("Dry run: nothing was written.")
    assert main(["--db", import_db, "import", "aalto", sample]) == 0
    assert "14 added" in capsys.readouterr().out  # the dry run wrote nothing


@pytest.mark.parametrize(
    ("kind", "content", "message"),
    [
        ("aalto", b"%PDF-1.5\n", "this is a PDF document, not JSON"),
        ("ics", b"", "file is empty"),
        ("tray", b"period,bar\n", "missing column"),
        ("plan", b'{"format": "schoolaas-plan", "version": 7}', "version 7 is newer"),
        ("curriculum", b"oppiaine,\xff\n", "not valid UTF-8"),
    ],
)
def test_bad_file_exit_2_one_line(import_db, tmp_path, capsys, kind, content, message):
    path = tmp_path / f"bad.{kind}"
    path.write_bytes(content)
    assert main(["--db", import_db, "import", kind, str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("schoolaas: ")
    assert str(path) in line
    assert message in line
    assert "Traceback" not in captured.err


def test_missing_file_and_unknown_kind(import_db, capsys):
    assert main(["--db", import_db, "import", "aalto", "/nonexistent/x.json"]) == 2
    assert "file not found" in capsys.readouterr().err
    try:
        code = main(["--db", import_db, "import", "pdf", "x"])
    except SystemExit as stop:  # argparse's own exit
        code = stop.code
    assert code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_ics_with_course_option(import_db, capsys):
    peppi = str(FIXTURES / "ics" / "peppi_utc.ics")
    assert main(["--db", import_db, "import", "ics", peppi, "--course", "CS-A1111"]) == 0
    assert "2 added" in capsys.readouterr().out


def test_export_plan_and_import_it_back(import_db, tmp_path, capsys):
    target = tmp_path / "out" / "plan.json"
    assert main(["--db", import_db, "export-plan", "OTA-1001", "-o", str(target)]) == 0
    assert "Wrote the plans of Aino Virtanen (OTA-1001)" in capsys.readouterr().out
    body = json.loads(target.read_text(encoding="utf-8"))
    assert body["format"] == "schoolaas-plan"
    assert main(["--db", import_db, "import", "plan", str(target)]) == 0
    assert "1 unchanged" in capsys.readouterr().out
    assert main(["--db", import_db, "export-plan", "Nobody", "-o", str(target)]) == 2
    assert "schoolaas:" in capsys.readouterr().err
