"""Study plans of many students at once: one PDF per student into a folder,
or all of them in one merged PDF, on every core.

Each worker process opens its own Workspace from the database URL (a
connection cannot cross processes) and keeps it, so the catalogue is loaded
once per worker. The caller hears of every finished student through a
progress callback and may stop the batch between students."""

from __future__ import annotations

import multiprocessing
import os
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from schoolaas.data.private_files import make_folder
from schoolaas.data.url import resolve_url
from schoolaas.domain.model import DateRange, Session
from schoolaas.reports.pdf import render_many, render_pdf
from schoolaas.reports.study_plan import StudyPlanReport
from schoolaas.services.errors import InvalidInput, NotFound, PlannerError, StorageError
from schoolaas.services.printing.reports import (
    Audited,
    check_lang,
    default_period,
    resolve_period,
    study_plan_report,
    write_bytes,
)
from schoolaas.services.views import StudentView
from schoolaas.services.workspace import Workspace

Progress = Callable[[int, int, str], None]  # done, total, name of the student just done


@dataclass(frozen=True)
class BatchRequest:
    url: str
    student_ids: tuple[int, ...]
    target: Path  # a folder (one PDF per student) or, merged, the PDF file
    merged: bool = False
    lang: str = "fi"
    period: str | None = None  # school period key; None: each student's default
    today: date | None = None
    workers: int = 0  # 0: decide by the number of students (see batch_workers)


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    done: int
    failed: tuple[tuple[int, str], ...]  # (student id, message)
    seconds: float
    workers: int
    stopped: bool = False


@dataclass(frozen=True)
class _Outcome:
    student_id: int
    name: str
    path: Path | None = None
    report: StudyPlanReport | None = None
    error: str | None = None


def students_of_group(ws: Workspace, group: str, school: str | None = None) -> list[StudentView]:
    """Current students of a home group ("24A"), by name."""
    wanted = group.strip().casefold()
    found = [s for s in ws.students(school=school) if s.group.casefold() == wanted]
    if not found:
        groups = sorted({s.group for s in ws.students(school=school) if s.group})
        known = ", ".join(groups[:20]) or "-"
        if school:
            raise NotFound(
                "No students in group {group!r} at {school} (groups: {known}).",
                group=group,
                school=school,
                known=known,
            )
        raise NotFound(
            "No students in group {group!r} (groups: {known}).", group=group, known=known
        )
    return sorted(found, key=lambda s: (s.last_name.casefold(), s.first_name.casefold(), s.id))


def file_name(student: StudentView | StudyPlanReport) -> str:
    """ "Virtanen_Aino_OTA-1001.pdf": letters kept (ä, ö, å too), the rest _."""
    if isinstance(student, StudentView):
        parts = [student.last_name, student.first_name, student.number]
    else:
        parts = [student.student.name, student.student.number]
    raw = "_".join(p for p in parts if p)
    return re.sub(r"[^\w\-]+", "_", raw).strip("_") + ".pdf"


# A worker process costs seconds to start (imports, its own catalogue) and a
# plan about 0.07 s to print: below about this many students per process one
# process is faster (measured: 30 students 5.9 s alone, 13.9 s with two).
STUDENTS_PER_WORKER = 100


def batch_workers(requested: int, students: int) -> int:
    """Processes for a batch: as asked, else one per STUDENTS_PER_WORKER
    students up to every core."""
    if requested:
        return max(1, min(worker_count(requested), students))
    return max(1, min(worker_count(), students // STUDENTS_PER_WORKER))


def worker_count(requested: int = 0) -> int:
    cores = os.cpu_count() or 1
    return max(1, min(requested or cores, cores, 16))


def run_batch(
    request: BatchRequest,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> BatchResult:
    """Render every student of the request; returns what was written."""
    check_lang(request.lang)
    if not request.student_ids:
        raise InvalidInput("No students chosen for printing.")
    _prepare_target(request)
    started = time.perf_counter()
    workers = batch_workers(request.workers, len(request.student_ids))
    outcomes: dict[int, _Outcome] = {}
    stopped = False
    total = len(request.student_ids)

    def record(outcome: _Outcome) -> bool:
        outcomes[outcome.student_id] = outcome
        if progress is not None:
            progress(len(outcomes), total, outcome.name)
        return bool(should_stop and should_stop())

    local = Workspace(request.url)  # this process's: bulk audit, and the work when alone
    try:

        def audit_all() -> dict[int, Prepared]:
            return prepare(local, bulk_audits(local, request.student_ids), request)

        if workers == 1:
            audits = audit_all()
            _WORKSPACE[:] = [local]
            for sid in request.student_ids:
                if record(_one(sid, request, *audits.get(sid, (None, None)))):
                    stopped = True
                    break
        else:
            stopped = _in_pool(request, workers, record, audit_all)
    finally:
        _WORKSPACE.clear()
        local.close()
    files: list[Path] = []
    if request.merged:
        reports = [
            o.report
            for sid in request.student_ids
            if (o := outcomes.get(sid)) is not None and o.report is not None
        ]
        if reports and not stopped:
            write_bytes(request.target, render_many(reports, title=request.target.stem))
            files.append(request.target)
    else:
        files = [
            o.path
            for sid in request.student_ids
            if (o := outcomes.get(sid)) is not None and o.path is not None
        ]
    failed = tuple((o.student_id, o.error) for o in outcomes.values() if o.error is not None)
    return BatchResult(
        files=tuple(files),
        done=sum(1 for o in outcomes.values() if not o.error),
        failed=failed,
        seconds=time.perf_counter() - started,
        workers=workers,
        stopped=stopped,
    )


BULK_FROM = 10  # students: from here on, audit every active plan in one go


def bulk_audits(ws: Workspace, student_ids: Sequence[int]) -> dict[int, Audited]:
    """The active plans' resolved items and audits of many students, computed
    at once (one load count over the database instead of one per student);
    empty for a few students, who are cheaper audited one by one."""
    if len(student_ids) < BULK_FROM:
        return {}
    wanted = set(student_ids)
    schools = {s.school for s in ws.students(include_archived=True) if s.id in wanted}
    school = next(iter(schools)) if len(schools) == 1 else None
    owner = {p.id: p.student_id for p in ws.active_plans(school=school)}
    return {
        owner[plan_id]: (inp.items, result)
        for plan_id, (inp, result) in ws.audit_all_detailed(school=school).items()
        if owner.get(plan_id) in wanted
    }


Prepared = tuple[Audited, str | None]  # a plan's audit and the period of its timetable


def prepare(
    ws: Workspace, audits: dict[int, Audited], request: BatchRequest
) -> dict[int, Prepared]:
    """Each student's timetable period decided here, and the sessions outside
    it dropped from the items: what a worker receives stays small."""
    if not audits:
        return {}
    periods = ws.catalogue().periods
    students = {s.id: s for s in ws.students(include_archived=True) if s.id in audits}
    today = request.today or date.today()
    out: dict[int, Prepared] = {}
    for sid, (items, result) in audits.items():
        student = students.get(sid)
        if student is None:
            continue
        try:
            key = (
                resolve_period(periods, student, request.period)
                if request.period
                else default_period(ws, student, result.plan_id, today, items)
            )
        except PlannerError:
            continue  # the worker reports it for this student
        span = periods[key].dates if key else None
        slim = tuple(replace(i, sessions=_kept(i.sessions, span)) for i in items)
        out[sid] = ((slim, result), key)
    return out


def _kept(sessions: tuple[Session, ...], span: DateRange | None) -> tuple[Session, ...]:
    """The sessions in ``span``, and the first one (it places an item that
    has no period of its own in the plan table)."""
    first = min(sessions, key=lambda x: x.start, default=None)
    kept = [x for x in sessions if x is first or (span and x.start.date() in span)]
    return tuple(kept)


def _in_pool(
    request: BatchRequest,
    workers: int,
    record: Callable[[_Outcome], bool],
    audit_all: Callable[[], dict[int, Prepared]],
) -> bool:
    # spawn, not fork: the app's process holds Qt threads and an open engine
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(request.url,),
    ) as pool:
        for _ in range(workers):  # start the workers now: they load while this process audits
            pool.submit(_warm)
        audits = audit_all()
        futures: dict[Future[_Outcome], int] = {
            pool.submit(_one, sid, request, *audits.get(sid, (None, None))): sid
            for sid in request.student_ids
        }
        done: list[int] = []
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except BrokenProcessPool as exc:  # every pending student fails with it: stop
                pool.shutdown(wait=False, cancel_futures=True)
                raise PlannerError(
                    "The printing processes stopped unexpectedly after {count} students "
                    "({reason}).",
                    count=len(done),
                    reason=exc or "no reason given",
                ) from None
            except Exception as exc:  # this student's task broke: say which, go on
                sid = futures[future]
                outcome = _Outcome(sid, f"#{sid}", error=f"worker failed: {exc}")
            done.append(outcome.student_id)
            if record(outcome):
                pool.shutdown(wait=True, cancel_futures=True)
                return True
    return False


def _prepare_target(request: BatchRequest) -> None:
    folder = request.target.parent if request.merged else request.target
    if request.merged and request.target.is_dir():
        raise InvalidInput(
            "{target} is a folder; give the merged PDF a file name.", target=request.target
        )
    if not request.merged and folder.exists() and not folder.is_dir():
        raise InvalidInput(
            "{folder} is a file; give a folder for one PDF per student.", folder=folder
        )
    try:
        make_folder(folder)  # 0700: it holds students' plans
    except OSError as exc:
        raise StorageError(
            "Cannot create the folder {folder}: {reason}.",
            folder=folder,
            reason=exc.strerror or exc,
        ) from None


_WORKSPACE: list[Workspace] = []


def _init_worker(url: str) -> None:
    """Open this process's own Workspace (kept for every student it renders)."""
    if _WORKSPACE and _WORKSPACE[0].url == resolve_url(url):
        return
    for old in _WORKSPACE:
        old.close()
    _WORKSPACE.clear()
    _WORKSPACE.append(Workspace(url))
    _WORKSPACE[0].catalogue()  # loaded once, before the first student


def _warm() -> int:
    return os.getpid()


def _one(
    student_id: int,
    request: BatchRequest,
    audited: Audited | None = None,
    period: str | None = None,
) -> _Outcome:
    ws = _WORKSPACE[0]
    name = f"#{student_id}"
    try:
        student = ws.student(student_id)
        name = student.name
        report = study_plan_report(
            ws,
            student_id,
            lang=request.lang,
            period=period or request.period,
            today=request.today,
            audited=audited,
        )
        if request.merged:
            return _Outcome(student_id, name, report=report)
        path = request.target / file_name(student)
        write_bytes(path, render_pdf(report))
        return _Outcome(student_id, name, path=path)
    except PlannerError as exc:
        return _Outcome(student_id, name, error=str(exc))
    except Exception as exc:  # one broken plan must not stop a class's printout
        return _Outcome(student_id, name, error=f"{type(exc).__name__}: {exc}")


def selection(ws: Workspace, ids: Sequence[int]) -> tuple[int, ...]:
    """Student ids checked to exist (NotFound names the first missing one)."""
    for sid in ids:
        ws.student(sid)
    return tuple(ids)


def print_study_plans(
    ws: Workspace,
    student_ids: Sequence[int],
    folder: Path,
    *,
    lang: str = "fi",
    progress: Progress | None = None,
) -> list[Path]:
    """One PDF per student into ``folder`` (the students overview calls this)."""
    request = BatchRequest(ws.url, tuple(student_ids), folder, lang=lang)
    result = run_batch(request, progress)
    if result.failed and not result.files:
        sid, message = result.failed[0]
        raise InvalidInput(
            "No study plan could be printed (student {sid}: {message}).", sid=sid, message=message
        )
    return list(result.files)
