"""The settings INI names the databases and the student last opened: it is
written owner-only (0600 in a 0700 folder) whatever the umask, also after
Qt saves it again (issue 13)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from schoolaas.ui import options as opt


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o000)  # the most open umask: files would be 0666
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_ini_is_0600_in_a_0700_folder(tmp_path: Path, open_umask: None, qapp) -> None:
    path = tmp_path / "config" / "schoolaas" / "planner.ini"
    options = opt.Options(path)
    options.set(opt.LAST_STUDENT_ID, 7)
    options.add_recent_database(str(tmp_path / "students.sqlite3"))
    assert path.read_text(encoding="utf-8")  # written
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700


def test_an_existing_open_ini_is_made_owner_only(tmp_path: Path, open_umask: None, qapp) -> None:
    path = tmp_path / "planner.ini"
    path.write_text("[General]\nversion=2\n", encoding="utf-8")
    path.chmod(0o666)
    options = opt.Options(path)
    assert _mode(path) == 0o600
    options.set(opt.LAST_STUDENT_ID, 3)
    assert _mode(path) == 0o600
    assert opt.Options(path).get(opt.LAST_STUDENT_ID) == 3
