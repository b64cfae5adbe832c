"""Files with personal data are owner-only whatever the umask: 0600 files in
0700 folders the program makes (the database, PDFs, calendar and CSV
exports, plan files)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from planner_fixtures import Tiny, copy_tiny, tiny_template

from schoolaas.data.private_files import create_empty, make_folder, write_file
from schoolaas.services.imports.files import export_plan
from schoolaas.services.people import students as student_service
from schoolaas.services.printing import reports
from schoolaas.services.workspace import Workspace

__all__ = ["tiny_template"]


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_written_files_and_made_folders_are_owner_only(umask: int, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)  # a folder the user made: left as they set it
    target = shared / "new" / "deeper" / "plan.json"
    write_file(target, "{}", folders=True)
    assert target.read_text() == "{}"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert mode(target.parent.parent) == 0o700
    assert mode(shared) == 0o755
    assert [p.name for p in target.parent.iterdir()] == ["plan.json"]  # no temporary file left
    write_file(target, b"again")  # an existing file is replaced, still 0600
    assert mode(target) == 0o600
    assert make_folder(tmp_path / "f") == tmp_path / "f"
    assert mode(tmp_path / "f") == 0o700
    assert create_empty(tmp_path / "g" / "db")
    assert mode(tmp_path / "g" / "db") == 0o600
    assert not create_empty(tmp_path / "g" / "db")  # an existing file stays as it is


def test_a_new_sqlite_database_and_its_wal_are_owner_only(umask: int, tmp_path: Path) -> None:
    db = tmp_path / "school" / "planner.sqlite3"
    with Workspace(str(db)) as ws:
        ws.migrate()
        ws.students()
    assert mode(db) == 0o600
    assert mode(db.parent) == 0o700
    for extra in db.parent.iterdir():  # -wal and -shm take the database's mode
        assert mode(extra) == 0o600, extra


@pytest.fixture
def tiny(tiny_template: Tiny, tmp_path: Path) -> Tiny:
    return copy_tiny(tiny_template, tmp_path)


def test_exports_of_a_student_are_owner_only(umask: int, tiny: Tiny, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    with Workspace(tiny.url) as ws:
        plan_file = export_plan(ws, tiny.aino, out / "plans" / "aino.json")
        pdf = make_folder(out / "pdf") / "aino.pdf"
        reports.write_bytes(pdf, reports.study_plan_pdf(ws, tiny.aino))
        ics = make_folder(out / "ics") / "aino.ics"
        reports.export_ics(ws, tiny.aino, ics)
        rows = student_service.overview_rows(ws)
    csv_file = student_service.write_overview_csv(make_folder(out / "csv") / "students.csv", rows)
    for written in (plan_file, pdf, ics, csv_file):
        assert written.stat().st_size > 0, written
        assert mode(written) == 0o600, written
        assert mode(written.parent) == 0o700, written.parent


def test_a_missing_folder_is_an_error_unless_asked_for(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_file(tmp_path / "missing" / "x.pdf", b"%PDF")
    assert not (tmp_path / "missing").exists()


def test_a_uri_filename_is_not_created_as_a_file(tmp_path: Path) -> None:
    db = tmp_path / "ro.sqlite3"
    with Workspace(str(db)) as ws:
        ws.migrate()
    with Workspace(f"sqlite:///file:{db}?mode=ro&uri=true") as ws:
        assert ws.students() == []
    assert {p.name.partition("-")[0] for p in tmp_path.iterdir()} == {"ro.sqlite3"}  # and WAL
    assert not Path(f"file:{db}").exists()  # no stray file named after the URI
