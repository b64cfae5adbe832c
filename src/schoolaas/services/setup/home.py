"""A student's copy for planning at home, made at the first start of the
program from the two files the counsellor gives: the school package (a ZIP
made by ``schoolaas package export``) and the student's own plan file
(``NUMBER-plan.json``).

:func:`make_home_copy` builds a new SQLite database beside the program's
own: the package into it (services/setup/package.py), then the plan file,
then the copy is marked as the student's (student mode). It is built under
a temporary name and renamed into place only when all of it succeeded: a
broken package or plan file leaves no database behind, half-written or
whole."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from schoolaas.io import planfile
from schoolaas.io.errors import ImportProblem
from schoolaas.services.access import STUDENT_MODE_SETTING
from schoolaas.services.errors import InvalidInput, PlannerError, StorageError
from schoolaas.services.imports.files import import_file
from schoolaas.services.setup.package import import_package
from schoolaas.services.workspace import Workspace

SUFFIX = ".sqlite3"


@dataclass(frozen=True, slots=True)
class HomeCopy:
    path: Path  # the new database
    student_number: str
    student_name: str


def free_path(folder: Path, package: Path) -> Path:
    """``folder/STEM.sqlite3`` for the package ``STEM.zip``, numbered
    (``STEM-2.sqlite3``, …) when that is taken."""
    stem = "".join(c for c in package.stem if c.isalnum() or c in "-_.") or "school"
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def make_home_copy(package: Path, plan_file: Path, target: Path) -> HomeCopy:
    """Build the student's database at ``target`` (which must not exist)
    from ``package`` and ``plan_file``; PlannerError naming the file and
    what was wrong, with nothing left at ``target``."""
    if target.exists():
        raise InvalidInput("{target} exists already.", target=target)
    try:
        sent = planfile.load_file(plan_file)
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None
    work = target.with_name(f".{target.name}.part")
    _remove(work)
    try:
        ws = Workspace.open(str(work))
        try:
            import_package(ws, package)
            import_file(ws, "plan", plan_file)
            student = ws.find_student(sent.student.number)
            ws.set_setting(STUDENT_MODE_SETTING, student.number)
        finally:
            ws.close()
        os.replace(work, target)
    except PlannerError:
        _remove(work)
        raise
    except OSError as exc:
        _remove(work)
        raise StorageError(
            "Cannot write {target}: {reason}.", target=target, reason=exc.strerror or exc
        ) from None
    return HomeCopy(target, student.number, student.name)


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
