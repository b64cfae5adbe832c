"""The school package: what a counsellor publishes so the students of a
school can plan at home, offline, in a database of their own.

* :func:`export_package` writes one ZIP (io/school_package.py): the school
  calendar file (premises, travel, schools, years, periods, holidays,
  matriculation days), the school's own course groups with their lessons and
  weekly lesson times, the Aalto offerings open to its students (seats set
  above 0, or every one with ``all_aalto``) with their Aalto periods, the
  curriculum modules, the school's own local courses and the shared rules
  (ECTS→op rate, travel buffer).
* :func:`import_package` loads it into an EMPTY database (no students, no
  course offerings) in one transaction; a dry run rolls back.
* :func:`import_student_plan` takes a plan file a student sends back: the
  plans and planned items are the student's, but acceptances, grades and
  completed (or failed) statuses are only a counsellor's to record, so they
  are taken from what is stored, never from the file; the report's notes
  list each one ignored. The student's own record (name, school, …) is kept
  as stored too."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, or_, select
from sqlmodel import Session, SQLModel

from schoolaas import __version__ as _version
from schoolaas.data import repositories as repo
from schoolaas.data.engine import HasEngine
from schoolaas.data.private_files import write_file
from schoolaas.data.tables import OfferingRow, StudentRow
from schoolaas.io import planfile, school_calendar, school_package
from schoolaas.io.errors import ImportProblem, ParseError
from schoolaas.io.planfile import FileItem, FilePlan, PlanFile
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.plans import apply_plan, plan_file_of
from schoolaas.services.imports.report import ImportReport
from schoolaas.services.imports.transaction import in_one_transaction
from schoolaas.services.premises.buildings import unit
from schoolaas.services.setup.calendar_file import apply_calendar, read_calendar

SETTINGS = ("ects_to_op", "travel_buffer_minutes", "walking_m_per_min")
COUNSELLOR_ONLY = ("completed", "failed")  # statuses only a counsellor records


@dataclass(frozen=True, slots=True)
class PackageSummary:
    path: Path
    school: str
    school_offerings: int
    aalto_offerings: int
    sessions: int


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _plain(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row._mapping.items():
        if key in skip:
            continue
        out[key] = value.isoformat() if isinstance(value, date | datetime | time) else value
    return out


def _typed(values: object, table: Table, where: str, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """A row of ``table`` from its JSON form; ParseError naming ``where``."""
    if not isinstance(values, dict):
        raise ParseError("must be a JSON object", where=where)
    columns = {c.name: c for c in table.columns if c.name not in skip and c.name != "id"}
    extra = sorted(set(values) - set(columns) - {"sessions", "patterns"})
    if extra:
        raise ParseError(f"{extra[0]!r} is not a field of {table.name}", where=where)
    out: dict[str, Any] = {}
    for name, column in columns.items():
        if name not in values:
            if column.nullable or column.default is not None or column.server_default is not None:
                continue
            raise ParseError(f"{name!r} is missing", where=where)
        value = values[name]
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = object
        try:
            if value is not None and kind in (date, datetime, time):
                value = kind.fromisoformat(value)
        except (TypeError, ValueError):
            raise ParseError(f"{name!r}: {value!r} is not a {kind.__name__}", where=where) from None
        out[name] = value
    return out


# --- export ------------------------------------------------------------------


def package_bytes(workspace: HasEngine, school: str, *, all_aalto: bool = False) -> bytes:
    with unit(workspace) as session:
        code = school.strip().upper()
        if session.get(_school_row(), code) is None:
            raise InvalidInput("There is no school {key}.", key=code)
        full = read_calendar(session)  # the premises all; of the schools, this one
        mine = replace(
            full,
            schools=tuple(x for x in full.schools if x.code == code),
            years=tuple(x for x in full.years if x.school == code),
            periods=tuple(x for x in full.periods if x.school == code),
            holidays=tuple(x for x in full.holidays if x.school == code),
        )
        calendar = school_calendar.dump_calendar(mine, comment=f"School package of {code}")
        catalogue = _catalogue(session, code, all_aalto)
    manifest = {
        "school": code,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "exported_by": f"SchoolaaS Planner {_version}",
    }
    return school_package.dump_package(school_package.Package(manifest, calendar, catalogue))


def _school_row() -> type[SQLModel]:
    from schoolaas.data.tables import SchoolRow

    return SchoolRow


def export_package(
    workspace: HasEngine, school: str, path: str | Path, *, all_aalto: bool = False
) -> PackageSummary:
    """Write the school package of ``school`` to ``path`` (owner-only, atomic)."""
    body = package_bytes(workspace, school, all_aalto=all_aalto)
    target = Path(path)
    try:
        write_file(target, body, folders=True)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=target, reason=exc.strerror or exc
        ) from None
    cat = school_package.load_package(target).catalogue
    offerings = cat["offerings"]
    return PackageSummary(
        target,
        school.strip().upper(),
        sum(1 for o in offerings if o["provider"] == "school"),
        sum(1 for o in offerings if o["provider"] == "aalto"),
        sum(len(g["sessions"]) for g in cat["groups"]),
    )


def _catalogue(session: Session, school: str, all_aalto: bool) -> dict[str, Any]:
    o, g = _table("offering"), _table("study_group")
    s, p = _table("session"), _table("lesson_pattern")
    aalto = o.c.provider == "aalto"
    if not all_aalto:
        aalto = aalto & (o.c.seats > 0)
    chosen = select(o).where(or_((o.c.provider == "school") & (o.c.school == school), aalto))
    offerings = [_plain(r) for r in session.execute(chosen.order_by(o.c.key))]
    keys = [x["key"] for x in offerings]
    groups: list[dict[str, Any]] = []
    by_id: dict[int, dict[str, Any]] = {}
    for part in range(0, len(keys), 500):
        rows = session.execute(select(g).where(g.c.offering.in_(keys[part : part + 500])))
        for r in rows:
            group = {**_plain(r, ("id",)), "sessions": [], "patterns": []}
            by_id[r.id] = group
            groups.append(group)
    ids = list(by_id)
    for part in range(0, len(ids), 500):
        chunk = ids[part : part + 500]
        for r in session.execute(select(s).where(s.c.group_id.in_(chunk)).order_by(s.c.start)):
            by_id[r.group_id]["sessions"].append(_plain(r, ("id", "group_id")))
        for r in session.execute(select(p).where(p.c.group_id.in_(chunk)).order_by(p.c.id)):
            by_id[r.group_id]["patterns"].append(_plain(r, ("id", "group_id")))
    period = _table("period")
    aalto_query = select(period).where(period.c.school.is_(None))
    aalto_periods = [_plain(r) for r in session.execute(aalto_query)]
    modules = [_plain(r) for r in session.execute(select(_table("module")))]
    local = _table("local_course")
    own = select(local).where(local.c.school == school).order_by(local.c.code)
    local_courses = [_plain(r) for r in session.execute(own)]
    stored = repo.settings(session=session)
    return {
        "offerings": offerings,
        "groups": groups,
        "aalto_periods": aalto_periods,
        "modules": modules,
        "local_courses": local_courses,
        "settings": {k: stored[k] for k in SETTINGS if k in stored},
    }


# --- import --------------------------------------------------------------------


def import_package(
    workspace: HasEngine, path: str | Path, *, dry_run: bool = False
) -> ImportReport:
    """Load the school package at ``path`` into an empty database."""
    report = ImportReport(kind="package", path=str(path), dry_run=dry_run, source="school-package")
    try:
        package = school_package.load_package(path)
        calendar = _located(
            path, "calendar.toml", lambda: school_calendar.parse_calendar(package.calendar)
        )
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None

    def work(session: Session) -> None:
        if repo.has_any(StudentRow, session=session) or repo.has_any(
            OfferingRow, session=session
        ):
            raise InvalidInput(
                "A school package goes into an empty database (a new one for planning "
                "at home); {where} already holds students or courses.",
                where=getattr(workspace, "where", "this database"),
            )
        apply_calendar(calendar, session, report, path=f"{path}: calendar.toml")
        _located(path, "catalogue.json",
                 lambda: _write_catalogue(package.catalogue, session, report))  # fmt: skip
        written = package.manifest.get("exported_at", "?")
        report.notes.append(f"School package of {package.school}, written {written}.")

    try:
        return in_one_transaction(workspace, path, report, work, bump=True)
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None


def _located(path: str | Path, member: str, work: Any) -> Any:
    try:
        return work()
    except ParseError as exc:
        where = f"{member}: {exc.where}" if exc.where else member
        raise ParseError(exc.reason, path=path, where=where) from None


def _write_catalogue(cat: dict[str, Any], session: Session, report: ImportReport) -> None:
    conn = session.connection()
    for name in ("offerings", "groups", "aalto_periods", "modules", "local_courses"):
        if not isinstance(cat.get(name, []), list):
            raise ParseError(f"{name!r} must be a list", where=name)
    if not repo.has_any(_module_row(), session=session):
        module = _table("module")
        modules = [_typed(m, module, f"modules[{i}]") for i, m in enumerate(cat.get("modules", []))]
        if modules:
            conn.execute(insert(_table("module")), modules)
    period = _table("period")
    known = set(conn.execute(select(period.c.key)).scalars())
    periods = [
        _typed(p, period, f"aalto_periods[{i}]") for i, p in enumerate(cat.get("aalto_periods", []))
    ]
    periods = [p for p in periods if p["key"] not in known]
    if periods:
        conn.execute(insert(period), periods)
    local = _table("local_course")
    local_courses = [
        _typed(c, local, f"local_courses[{i}]") for i, c in enumerate(cat.get("local_courses", []))
    ]
    if local_courses:  # packages written before the local curriculum have none
        conn.execute(insert(local), local_courses)
    offering = _table("offering")
    offerings = [_typed(o, offering, f"offerings[{i}]") for i, o in enumerate(cat["offerings"])]
    if offerings:
        conn.execute(insert(_table("offering")), offerings)
    sessions: list[dict[str, Any]] = []
    patterns: list[dict[str, Any]] = []
    g = _table("study_group")
    for i, raw in enumerate(cat["groups"]):
        where = f"groups[{i}]"
        group = _typed(raw, g, where)
        gid = conn.execute(insert(g).returning(g.c.id), [group]).scalar_one()
        for j, s in enumerate(raw.get("sessions", [])):
            sessions.append({**_typed(s, _table("session"), f"{where}.sessions[{j}]",
                                      ("group_id",)), "group_id": gid})  # fmt: skip
        for j, p in enumerate(raw.get("patterns", [])):
            patterns.append({**_typed(p, _table("lesson_pattern"), f"{where}.patterns[{j}]",
                                      ("group_id",)), "group_id": gid})  # fmt: skip
    for table, rows in (("session", sessions), ("lesson_pattern", patterns)):
        for part in range(0, len(rows), 5000):
            conn.execute(insert(_table(table)), rows[part : part + 5000])
    settings = cat.get("settings", {})
    if isinstance(settings, dict):
        for key in SETTINGS:
            if isinstance(settings.get(key), str):
                repo.set_setting(key, settings[key], session=session)
    school = sum(1 for o in offerings if o["provider"] == "school")
    report.added.append(f"{school} school course groups, {len(offerings) - school} Aalto "
                        f"offerings, {len(sessions)} dated sessions, "
                        f"{len(local_courses)} local courses")  # fmt: skip
    report.records += len(offerings)


def _module_row() -> type[SQLModel]:
    from schoolaas.data.tables import ModuleRow

    return ModuleRow


# --- a student's plan back ----------------------------------------------------------


def import_student_plan(
    workspace: HasEngine, path: str | Path, *, dry_run: bool = False
) -> ImportReport:
    """Import a plan file a student sends back: their plans and planned
    courses, never acceptances, grades or completed statuses (see the module
    docstring); the report's notes say what was ignored."""
    report = ImportReport(kind="student plan", path=str(path), dry_run=dry_run)
    try:
        sent = planfile.load_file(path)
    except ImportProblem as exc:
        raise InvalidInput(str(exc)) from None

    def work(session: Session) -> None:
        trusted = _counsellors_part(sent, session, report)
        apply_plan(trusted, session, report, None)

    return in_one_transaction(workspace, path, report, work)


def _counsellors_part(sent: PlanFile, session: Session, report: ImportReport) -> PlanFile:
    """``sent`` with what only a counsellor records taken from the database."""
    from sqlmodel import select as sm_select

    number = sent.student.number
    row = session.exec(sm_select(StudentRow).where(StudentRow.number == number)).first()
    stored = plan_file_of(row.id, session, "") if row is not None and row.id else None
    stored_plans = {p.name: p for p in stored.plans} if stored else {}
    notes = report.notes
    plans = []
    for plan in sent.plans:
        mine = stored_plans.get(plan.name, FilePlan(plan.name))
        recorded = {(i.code, i.provider): i for i in mine.items}
        items: list[FileItem] = []
        for item in plan.items:
            known = recorded.get((item.code, item.provider))
            status = known.status if known else "planned"
            grade = known.grade if known else None
            if item.status in COUNSELLOR_ONLY and item.status != status:
                notes.append(f"plan '{plan.name}': {item.code} status {item.status} ignored "
                             f"(kept {status})")  # fmt: skip
            if item.grade is not None and item.grade != grade:
                notes.append(f"plan '{plan.name}': {item.code} grade {item.grade} ignored")
            if item.status not in COUNSELLOR_ONLY and status not in COUNSELLOR_ONLY:
                status = item.status  # planned or enrolled: the student's own choice
            items.append(replace(item, status=status, grade=grade))
        sent_keys = {(i.code, i.provider) for i in plan.items}
        for key, item in recorded.items():  # what a counsellor recorded stays
            if key not in sent_keys and (item.status in COUNSELLOR_ONLY or item.grade):
                items.append(item)
                notes.append(f"plan '{plan.name}': {item.code} ({item.status}) kept though "
                             "the file left it out")  # fmt: skip
        theirs = {(a.finding_key, a.who, a.why) for a in plan.acceptances}
        ours = {(a.finding_key, a.who, a.why) for a in mine.acceptances}
        if theirs - ours:
            notes.append(f"plan '{plan.name}': {len(theirs - ours)} acceptance(s) ignored "
                         "(only a counsellor accepts a finding)")  # fmt: skip
        plans.append(replace(plan, items=tuple(items), acceptances=mine.acceptances))
    student = stored.student if stored else sent.student
    if stored and stored.student != sent.student:
        notes.append("the student's own record (name, school, languages) kept as stored")
    return replace(sent, student=student, plans=tuple(plans))


__all__ = [
    "PackageSummary",
    "export_package",
    "import_package",
    "import_student_plan",
]
