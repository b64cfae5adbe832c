"""One import, one transaction: what every importer does around its own
work (the file kinds, the school calendar, the school package, a student's
plan coming back). A dry run rolls back; a database error rolls back and
says nothing was written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.engine import HasEngine
from schoolaas.services.errors import StorageError
from schoolaas.services.imports.report import ImportReport


def in_one_transaction(
    workspace: HasEngine,
    path: str | Path,
    report: ImportReport,
    work: Callable[[Session], None],
    *,
    bump: bool = False,
) -> ImportReport:
    """Run ``work`` in one session: the catalogue version bumped when the
    report says something changed (or ``bump``), committed unless the report
    is a dry run, rolled back on any error."""
    try:
        with Session(workspace.engine, expire_on_commit=False) as session:
            try:
                work(session)
                if bump or report.changed:
                    repo.bump_catalogue_version(session=session)
                if report.dry_run:
                    session.rollback()
                else:
                    session.commit()
            except BaseException:
                session.rollback()
                raise
    except SQLAlchemyError as exc:
        first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["?"])[0]
        raise StorageError(
            "Import of {path} failed, nothing was written: {first}", path=path, first=first
        ) from None
    return report
