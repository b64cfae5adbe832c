"""Import use cases: ``import_file(workspace, kind, path)`` reads a file with
the io layer and writes it in ONE transaction. A dry run does the same work
and rolls it back, so its report is exactly what a real import would do.
Bad files come out as InvalidInput naming the file and the place; database
trouble as StorageError; nothing is half-written either way."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlmodel import Session

from schoolaas import __version__ as _version
from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.domain.curriculum import Curriculum
from schoolaas.io import aalto, eperusteet, ics, local_courses, planfile, tray
from schoolaas.io.curriculum import CurriculumError, parse_flat_csv
from schoolaas.io.errors import ImportProblem, ParseError, Problem
from schoolaas.io.files import MAX_BYTES, decode_text, read_bytes
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.aalto import apply_aalto
from schoolaas.services.imports.ics import apply_ics
from schoolaas.services.imports.local_courses import apply_local_courses
from schoolaas.services.imports.plans import apply_curriculum, apply_plan, plan_file_of
from schoolaas.services.imports.report import ImportReport, Progress
from schoolaas.services.imports.transaction import in_one_transaction
from schoolaas.services.imports.tray import apply_tray

__all__ = ["ImportKind", "ImportReport", "export_plan", "import_file"]


class ImportKind(StrEnum):
    AALTO = "aalto"
    ICS = "ics"
    CURRICULUM = "curriculum"
    TRAY = "tray"
    PLAN = "plan"
    LOCAL_COURSES = "local-courses"


DESCRIPTIONS = {
    ImportKind.AALTO: "Aalto course realisations (course API JSON)",
    ImportKind.ICS: "Timetable events (iCalendar .ics from Sisu, Peppi or a school)",
    ImportKind.CURRICULUM: "National curriculum (ePerusteet JSON or flat CSV)",
    ImportKind.TRAY: "School course tray (CSV)",
    ImportKind.PLAN: "Student plan file (JSON)",
    ImportKind.LOCAL_COURSES: "The school's own courses, its local curriculum (CSV)",
}


def import_file(
    workspace: HasEngine,
    kind: ImportKind | str,
    path: str | Path,
    *,
    dry_run: bool = False,
    course: str | None = None,
    curriculum: str | None = None,
    progress: Progress | None = None,
    limit: int = MAX_BYTES,
) -> ImportReport:
    """Import ``path`` as ``kind``; returns what changed (or would change)."""
    try:
        kind = ImportKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in ImportKind)
        raise InvalidInput(
            "Unknown import kind {kind!r}; use one of {choices}.", kind=kind, choices=choices
        ) from None
    report = ImportReport(kind=kind.value, path=str(path), dry_run=dry_run)
    try:
        parsed = _parse(kind, path, curriculum, limit)
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None
    try:
        return in_one_transaction(
            workspace,
            path,
            report,
            lambda session: _apply(kind, parsed, session, report, progress, course),
        )
    except ImportProblem as exc:
        raise InvalidInput("{path}: {exc}", path=path, exc=exc) from None


def _parse(kind: ImportKind, path: str | Path, curriculum: str | None, limit: int) -> object:
    if kind == ImportKind.AALTO:
        return aalto.load_file(path, limit=limit)
    if kind == ImportKind.ICS:
        return ics.load_file(path, limit=limit)
    if kind == ImportKind.TRAY:
        return tray.load_file(path, limit=limit)
    if kind == ImportKind.PLAN:
        return planfile.load_file(path, limit=limit)
    if kind == ImportKind.LOCAL_COURSES:
        return local_courses.load_file(path, limit=limit)
    return _curriculum(path, curriculum, limit)


def _curriculum(path: str | Path, name: str | None, limit: int) -> object:
    data = read_bytes(path, limit=limit)
    if data.lstrip().startswith((b"{", b"[")):
        return eperusteet.load_file(path, name, limit=limit)
    text = decode_text(data, path=path, expected="a curriculum CSV or JSON file")
    try:
        return parse_flat_csv(text, name or "LOPS2021"), []
    except CurriculumError as exc:
        raise ParseError(str(exc), path=path) from None
    except Exception as exc:  # csv.Error and friends on garbage
        raise ParseError(f"not a curriculum CSV ({exc})", path=path) from None


def _apply(
    kind: ImportKind,
    parsed: object,
    session: Session,
    report: ImportReport,
    progress: Progress | None,
    course: str | None,
) -> None:
    if kind == ImportKind.AALTO:
        assert isinstance(parsed, aalto.AaltoParse)
        apply_aalto(parsed, session, report, progress)
    elif kind == ImportKind.ICS:
        assert isinstance(parsed, ics.IcsParse)
        apply_ics(parsed, session, report, progress, course)
    elif kind == ImportKind.TRAY:
        tray_rows, tray_problems = cast(tuple[list[tray.TrayRow], list[Problem]], parsed)
        apply_tray(tray_rows, tray_problems, session, report, progress)
    elif kind == ImportKind.PLAN:
        assert isinstance(parsed, planfile.PlanFile)
        apply_plan(parsed, session, report, progress)
    elif kind == ImportKind.LOCAL_COURSES:
        lines, problems = cast(tuple[list[local_courses.LocalCourseLine], list[Problem]], parsed)
        apply_local_courses(lines, problems, session, report, progress)
    else:
        found, problems = cast(tuple[Curriculum, list[Problem]], parsed)
        apply_curriculum(found, problems, session, report, progress)


def export_plan(workspace: HasEngine, student_id: int, path: str | Path) -> Path:
    """Write the student's plans to ``path`` (atomically: a temp file
    renamed; owner-only, 0600 in a folder made 0700)."""
    with Session(workspace.engine, expire_on_commit=False) as session:
        body = planfile.dump_plan(plan_file_of(student_id, session, _exporter()))
    target = Path(path)
    try:
        write_file(target, body, folders=True)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=target, reason=exc.strerror or exc
        ) from None
    return target


def plan_json(workspace: HasEngine, student_id: int) -> str:
    with Session(workspace.engine, expire_on_commit=False) as session:
        return planfile.dump_plan(plan_file_of(student_id, session, _exporter()))


def _exporter() -> str:
    return f"SchoolaaS Planner {_version}"
