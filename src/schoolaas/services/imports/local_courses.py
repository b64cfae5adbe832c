"""Writing a school's local curriculum: one LocalCourseRow per course,
matched by (school, code). Every record that needs attention is in the
report: rows refused (unknown school, a national module's code, a kind
other than school-specific) under Skipped; courses without credits
(imported as incomplete), wrapped Aalto courses not in the catalogue yet
and the school's courses missing from the file (kept) under Notes. The
rest of the file imports in the same transaction."""

from __future__ import annotations

from sqlmodel import Session, select

from schoolaas.data.tables import LocalCourseRow, ModuleRow, OfferingRow, SchoolRow
from schoolaas.domain.codes import normalise_code
from schoolaas.io.curriculum import lops2021
from schoolaas.io.errors import Problem
from schoolaas.io.local_courses import LocalCourseLine
from schoolaas.services.imports.report import ImportReport, Progress, Updated

SOURCE = "local-courses-csv"


def apply_local_courses(
    rows: list[LocalCourseLine],
    problems: list[Problem],
    session: Session,
    report: ImportReport,
    progress: Progress | None,
) -> None:
    report.source = SOURCE
    report.records = len(rows) + len(problems)
    report.skipped.extend(problems)
    schools = {s.code: s for s in session.exec(select(SchoolRow)).all()}
    national = _national_codes(session)
    existing = {(r.school, r.code): r for r in session.exec(select(LocalCourseRow)).all()}
    in_file: set[tuple[str, str]] = set()
    aalto = set(session.exec(select(OfferingRow.code).where(OfferingRow.provider == "aalto")))
    for done, row in enumerate(rows, start=1):
        if progress and (done % 100 == 0 or done == len(rows)):
            progress(done, len(rows))
        school = schools.get(row.school)
        if school is None:
            report.skipped.append(_problem(row, f"school {row.school} is not in the database"))
            continue
        if normalise_code(row.code) in national.get(school.curriculum, national["LOPS2021"]):
            report.skipped.append(
                _problem(
                    row,
                    f"{row.code} is a module of the national curriculum {school.curriculum}; "
                    "a local course needs the school's own code",
                )
            )
            continue
        in_file.add((row.school, row.code))
        _write(row, existing.get((row.school, row.code)), session, report)
        if row.op is None:
            report.notes.append(
                f"line {row.line}: {_label(row)} has no credits yet: imported as incomplete "
                "(it counts 0 op until its op is set)"
            )
        if row.wraps and row.wraps not in aalto:
            report.notes.append(
                f"line {row.line}: {_label(row)} wraps {row.wraps}, which is not in the "
                "catalogue yet (the link is kept)"
            )
    files_schools = {s for s, _ in in_file}
    kept = sorted(f"{s} {c}" for s, c in existing if s in files_schools and (s, c) not in in_file)
    if kept:
        report.notes.append(
            f"{len(kept)} local courses in the database are not in this file and were kept: "
            f"{', '.join(kept[:10])}"
        )
    session.flush()


def _write(
    row: LocalCourseLine, found: LocalCourseRow | None, session: Session, report: ImportReport
) -> None:
    values = {
        "subject": row.subject,
        "name_fi": row.name_fi,
        "name_sv": row.name_sv,
        "op": row.op,
        "wraps": row.wraps,
    }
    label = _label(row)
    if found is None:
        session.add(LocalCourseRow(school=row.school, code=row.code, **values))  # type: ignore[arg-type]
        report.added.append(label)
        return
    changed = tuple(k for k, v in values.items() if getattr(found, k) != v)
    if not changed:
        report.unchanged.append(label)
        return
    for k, v in values.items():
        setattr(found, k, v)
    session.add(found)
    report.updated.append(Updated(label, changed))


def _national_codes(session: Session) -> dict[str, frozenset[str]]:
    """Module codes by curriculum name: the database's, and the shipped
    LOPS 2021 where the database has none."""
    found: dict[str, set[str]] = {}
    for name, code in session.exec(select(ModuleRow.curriculum, ModuleRow.code)).all():
        found.setdefault(name, set()).add(code)
    out = {name: frozenset(codes) for name, codes in found.items()}
    out.setdefault("LOPS2021", frozenset(lops2021().modules))
    return out


def _label(row: LocalCourseLine) -> str:
    return f"{row.school} {row.code}"


def _problem(row: LocalCourseLine, reason: str) -> Problem:
    return Problem(row.line, _label(row), reason, line=True)
