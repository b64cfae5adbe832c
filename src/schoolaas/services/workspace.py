"""The Workspace: one open database and the use cases the UI, the CLI and
the reports call. Every method is one unit of work (its own transaction)
and returns plain views or domain objects, never rows or live sessions.
Database failures come out as StorageError naming the database
(services/database.py)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from functools import partial
from typing import Any

from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.tables import AcceptanceRow, OfferingRow, StudentRow
from schoolaas.data.url import describe_url
from schoolaas.domain.audit import audit as audit_plan
from schoolaas.domain.findings import AuditInput, AuditResult, Load
from schoolaas.domain.model import AuditItem, ItemStatus, Offering, Provider
from schoolaas.services.access import Access, access_of
from schoolaas.services.audit.inputs import (
    PlanRows,
    ResolvedItems,
    build_input,
    compute_load,
    room_sharing,
)
from schoolaas.services.audit.two_processes import Helper, Runs, can_fork
from schoolaas.services.catalogue.load import Catalogue, load_catalogue
from schoolaas.services.catalogue.search import search_offerings
from schoolaas.services.collector import collector_paused
from schoolaas.services.database import migrate_schema, open_engine, unit_of_work_in
from schoolaas.services.errors import NotFound
from schoolaas.services.people.search import find_student
from schoolaas.services.plans import editing, versions
from schoolaas.services.plans.stale import PlanSeen
from schoolaas.services.views import (
    Change,
    ItemView,
    PlanView,
    StudentView,
    item_view,
    plan_view,
    student_view,
)


class Workspace:
    """One open database. Every method is one unit of work (own transaction)."""

    def __init__(self, url: str | None = None) -> None:
        self.url, self.engine = open_engine(url)
        self.where = describe_url(self.url)
        self._catalogue: Catalogue | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._resolved: ResolvedItems | None = None  # for self._catalogue
        self._access: Access | None = None

    @classmethod
    def open(
        cls, url: str | None = None, *, first_run: Callable[[Workspace], object] | None = None
    ) -> Workspace:
        """Open ``url`` and bring its schema up to date; when the database is
        empty, ``first_run(workspace)`` fills it (the CLI passes the demo
        builder: seed/ is not a service, the services never import it)."""
        ws = cls(url)
        ws.migrate()
        if first_run is not None and ws.is_empty():
            first_run(ws)
            ws.refresh_catalogue()
        return ws

    def migrate(self) -> None:
        migrate_schema(self.engine, self.where)

    @property
    def access(self) -> Access:
        """Who is using the app (a student, a counsellor, an admin) as the
        database login tells (services/access.py); read once, then kept."""
        if self._access is None:
            with self.session() as s:
                self._access = access_of(s)
        return self._access

    def refresh_access(self) -> Access:
        """Read who is using the app again (after the mode setting changed)."""
        self._access = None
        return self.access

    def close(self) -> None:
        """Close the database connections (the workspace can reopen them)."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> AbstractContextManager[Session]:
        """One unit of work for services: committed at the end, rolled back on
        error; database errors become StorageError (services/database.py)."""
        return unit_of_work_in(self.engine, self.where)

    # --- reading ------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.session() as s:
            return not (repo.has_any(StudentRow, session=s) or repo.has_any(OfferingRow, session=s))

    def students(
        self, search: str = "", *, school: str | None = None, include_archived: bool = False
    ) -> list[StudentView]:
        with self.session() as s:
            rows = repo.student_records(
                search, school=school, include_archived=include_archived, session=s
            )
            shared: dict[Any, Any] = {}
            return [student_view(r, shared) for r in rows]

    def student(self, student_id: int) -> StudentView:
        with self.session() as s:
            return student_view(_need_student(student_id, s))

    def find_student(self, text: str) -> StudentView:
        with self.session() as s:
            return student_view(find_student(text, session=s))

    def plans(self, student_id: int) -> list[PlanView]:
        with self.session() as s:
            _need_student(student_id, s)
            return [plan_view(p) for p in repo.plans_of(student_id, session=s)]

    def plan(self, plan_id: int) -> PlanView:
        with self.session() as s:
            return plan_view(editing.need_plan(plan_id, session=s))

    def active_plan(self, student_id: int) -> PlanView:
        """The student's active plan (one is made when the student has none)."""
        with self.session() as s:
            _need_student(student_id, s)
            return plan_view(versions.ensure_plan(student_id, session=s))

    def active_plans(self, *, school: str | None = None) -> list[PlanView]:
        """The active plan of every current student (of ``school``): one query."""
        with self.session() as s:
            return [plan_view(p) for p in repo.active_plans(school=school, session=s)]

    def items(self, plan_id: int) -> list[ItemView]:
        cat = self.catalogue()
        with self.session() as s:
            plan = editing.need_plan(plan_id, session=s)
            student = _need_student(plan.student_id, s)
            resolver = self.resolved_items(cat).resolver(student)
            rows = repo.item_records([plan_id], session=s)
            return [item_view(r, resolver.resolve(r), cat) for r in rows]

    def catalogue(self) -> Catalogue:
        """The catalogue as domain objects, reloaded when the database's
        catalogue changed (one cheap query tells)."""
        with self.session() as s:
            fingerprint = repo.catalogue_fingerprint(session=s)
            if self._catalogue is None or fingerprint != self._fingerprint:
                with collector_paused():
                    self._catalogue = load_catalogue(session=s)
                self._fingerprint = fingerprint
            return self._catalogue

    def resolved_items(self, cat: Catalogue) -> ResolvedItems:
        """What plan items resolved against ``cat`` share (kept while this
        workspace holds ``cat``; a new catalogue starts a new one)."""
        if self._resolved is None or self._resolved.catalogue is not cat:
            self._resolved = ResolvedItems(cat)
        return self._resolved

    def refresh_catalogue(self) -> Catalogue:
        self._catalogue = None
        return self.catalogue()

    @property
    def loaded_catalogue(self) -> Catalogue | None:
        """The catalogue this workspace last loaded, without asking the
        database (``catalogue()`` asks whether it changed): the one a plan's
        audit input was just resolved in."""
        return self._catalogue

    def offering(self, key: str) -> Offering:
        found = self.catalogue().offerings.get(key)
        if found is None:
            raise NotFound("There is no course offering {key!r} in the catalogue.", key=key)
        return found

    def search_offerings(
        self, text: str = "", provider: Provider | str | None = None, period: str | None = None
    ) -> list[Offering]:
        return search_offerings(self.catalogue(), text, provider, period)

    def audit_items(self, plan_id: int) -> tuple[AuditItem, ...]:
        return self._audit_input(plan_id).items

    def _audit_input(self, plan_id: int) -> AuditInput:
        cat = self.catalogue()
        rows = self.plan_rows(plan_id, cat)
        load = compute_load(rows.counts, cat)
        return build_input(
            plan_id,
            rows.student,
            rows.items,
            rows.acceptances,
            cat,
            load,
            self.resolved_items(cat),
        )

    def plan_rows(
        self,
        plan_id: int,
        cat: Catalogue,
        sharing: Callable[[Sequence[Any]], Iterable[str]] | None = None,
    ) -> PlanRows:
        """What one plan's audit input is made of, read in one unit of work:
        its student, items and acceptances, and the planned counts of the
        offerings its audit reads (``sharing`` of its items; by default
        inputs.room_sharing in ``cat``)."""
        with self.session() as s:
            plan = editing.need_plan(plan_id, session=s)
            student = _need_student(plan.student_id, s)
            items = repo.item_records([plan_id], session=s)
            accs = repo.acceptances_of([plan_id], session=s)
            wanted = sharing(items) if sharing is not None else room_sharing(items, cat)
            counts = repo.planned_counts(session=s, offerings=wanted)
        return PlanRows(student, items, accs, counts)

    def planned_students(self, offering_key: str) -> int:
        """Students whose active plan holds ``offering_key`` (planned or
        enrolled, students not archived): what takes a seat."""
        with self.session() as s:
            return sum(c for _, _, c in repo.planned_counts(session=s, offerings=[offering_key]))

    def audit_input(self, plan_id: int) -> AuditInput:
        """The AuditInput of one plan, in the catalogue as the database holds
        it now (the plan service's own reads: services/plans/reading.py)."""
        return self._audit_input(plan_id)

    def audit(self, plan_id: int) -> AuditResult:
        return self.audit_detailed(plan_id)[1]

    def audit_detailed(self, plan_id: int) -> tuple[AuditInput, AuditResult]:
        """The plan's AuditInput (its resolved items) and its AuditResult."""
        run = audit_plan
        inp = self._audit_input(plan_id)
        return inp, run(inp)

    def audit_all(self, *, school: str | None = None) -> dict[int, AuditResult]:
        """The active plan of every student (of ``school``), by plan id: the
        catalogue once, all items and acceptances in one query each."""
        return self._audit_all(school, _RESULT)

    def audit_all_detailed(
        self, *, school: str | None = None
    ) -> dict[int, tuple[AuditInput, AuditResult]]:
        """Like audit_all, with each plan's AuditInput (its resolved items)."""
        return self._audit_all(school, _DETAILED)

    def audit_all_labelled(
        self, *, school: str | None = None
    ) -> dict[int, tuple[dict[int, str], AuditResult]]:
        """Like audit_all, with each plan's item labels by item id (what
        ``check --all --json`` prints; lighter than the whole AuditInput)."""
        return self._audit_all(school, _LABELLED)

    def _audit_all(self, school: str | None, shape: str) -> dict[int, Any]:
        """Every active plan's AuditResult, or (labels, result), or (input,
        result) by ``shape``, in plan id order. When two_processes.can_fork allows,
        a helper process audits plans too: it is forked once the catalogue
        and the load of every student are loaded here, so it starts with
        them (nothing is loaded twice), and the two take runs of plans from
        one list until none is left (two_processes.Runs). The cyclic garbage
        collector pauses meanwhile (services/collector.py)."""
        with collector_paused():
            return self._audit_all_plans(school, shape)

    def _audit_all_plans(self, school: str | None, shape: str) -> dict[int, Any]:
        with self.session() as s:
            plans = repo.active_plan_students(school=school, session=s)
        ids = [p for p, _ in plans]
        if not can_fork(len(plans)):
            return dict(zip(ids, self._audit_plans(plans, shape, school), strict=True))
        # before the fork (the helper's too), the same for every run
        held = self._held()
        runs = Runs(len(plans))
        # the helper's results come back without their inputs (lighter to
        # send): with inputs wanted, this process makes them again
        theirs = _LABELLED if shape == _LABELLED else _RESULT
        done: dict[int, list[Any]] = {}  # by the run's first index
        helped: dict[int, list[Any]] = {}
        with Helper(partial(_audit_part, self, plans, runs, theirs, school, held)) as helper:
            for run in runs.take():
                part = plans[run.start : run.stop]
                done[run.start] = self._audit_plans(part, shape, school, held)
                helped.update(helper.ready())  # read while the helper works on
            helped.update(helper.rest())
        results: list[Any] = []
        while len(results) < len(plans):  # the runs in order; a failed helper's done here
            start = len(results)
            if start in done:
                results += done[start]
            elif start in helped and shape == _DETAILED:
                part = plans[start : start + len(helped[start])]
                inputs = [inp for _, inp in self._inputs(part, school, held)]
                results += zip(inputs, helped[start], strict=True)
            elif start in helped:
                results += helped[start]
            else:  # taken by a helper that failed before it answered
                end = min((i for i in [*done, *helped] if i > start), default=len(plans))
                results += self._audit_plans(plans[start:end], shape, school, held)
        return dict(zip(ids, results, strict=True))

    def _load_of_all(self, cat: Catalogue) -> Load:
        """Students planned per offering, group and room session, over the
        active plans of every student (what each plan's capacity check reads)."""
        with self.session() as s:
            return compute_load(repo.planned_counts(session=s), cat)

    def _held(self) -> tuple[Catalogue, Load]:
        """The catalogue and the load of all students: what every plan's
        audit input reads beside its own rows."""
        cat = self.catalogue()
        return cat, self._load_of_all(cat)

    def _inputs(
        self,
        plans: Sequence[tuple[int, int]],
        school: str | None,
        held: tuple[Catalogue, Load] | None = None,
    ) -> Iterator[tuple[int, AuditInput]]:
        """(plan id, AuditInput) of each (plan id, student id) of ``plans``, a
        run of the active plans of ``school`` in id order: the catalogue and
        the load of all students once (``held``: already worked out), the
        plans' items, students and acceptances in one query each."""
        cat, load = held or self._held()
        resolved = self.resolved_items(cat)
        ids = [pid for pid, _ in plans]
        with self.session() as s:
            students = repo.students_by_id([sid for _, sid in plans], session=s)
            accs: dict[int, list[AcceptanceRow]] = {pid: [] for pid in ids}
            for acc in repo.acceptances_of(ids, session=s):
                accs[acc.plan_id].append(acc)
            items: dict[int, list[Any]] = {pid: [] for pid in ids}
            if ids:
                first, last = ids[0], ids[-1]
                for row in repo.active_item_records(
                    first=first, last=last, school=school, session=s
                ):
                    if row.plan_id in items:  # not a plan made since the list was read
                        items[row.plan_id].append(row)
        for pid, sid in plans:
            yield pid, build_input(pid, students[sid], items[pid], accs[pid], cat, load, resolved)

    def _audit_plans(
        self,
        plans: Sequence[tuple[int, int]],
        shape: str,
        school: str | None,
        held: tuple[Catalogue, Load] | None = None,
    ) -> list[Any]:
        """The audits of ``plans`` (see _inputs) here, in order, in ``shape``."""
        inputs = self._inputs(plans, school, held)
        if shape == _LABELLED:
            return [({i.item_id: i.label for i in inp.items}, audit_plan(inp)) for _, inp in inputs]
        if shape == _DETAILED:
            return [(inp, audit_plan(inp)) for _, inp in inputs]
        return [audit_plan(inp) for _, inp in inputs]

    def settings(self) -> dict[str, str]:
        with self.session() as s:
            return repo.settings(session=s)

    def set_setting(self, key: str, value: str) -> Change:
        with self.session() as s:
            repo.set_setting(key, value, session=s)
            repo.bump_catalogue_version(session=s)  # settings live in the catalogue
        return Change(settings=True)

    def add_item(
        self,
        plan_id: int,
        offering_key: str,
        *,
        group_keys: tuple[str, ...] | list[str] | None = None,
        status: ItemStatus | str = ItemStatus.PLANNED,
        seen: PlanSeen | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.add_item(
                plan_id, offering_key, group_keys=group_keys, status=status, seen=seen, session=s
            )

    def remove_item(self, item_id: int, *, seen: editing.ItemSeen | None = None) -> Change:
        with self.session() as s:
            return editing.remove_item(item_id, seen=seen, session=s)

    def restore_item(self, snapshot: dict[str, Any]) -> Change:
        with self.session() as s:
            return editing.restore_item(snapshot, session=s)

    def set_status(
        self,
        item_id: int,
        status: ItemStatus | str,
        grade: str | None = None,
        *,
        seen: tuple[ItemStatus | str, str | None] | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.set_status(item_id, status, grade, seen=seen, session=s)

    def set_groups(
        self,
        item_id: int,
        group_keys: tuple[str, ...] | list[str],
        *,
        seen: tuple[str, ...] | list[str] | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.set_groups(item_id, group_keys, seen=seen, session=s)

    def accept_finding(
        self,
        plan_id: int,
        finding_key: str,
        who: str,
        why: str,
        *,
        seen: editing.AcceptanceSeen | None = None,
    ) -> Change:
        with self.session() as s:
            return editing.accept_finding(plan_id, finding_key, who, why, seen=seen, session=s)

    def unaccept_finding(
        self, plan_id: int, finding_key: str, *, seen: editing.AcceptanceSeen | None = None
    ) -> Change:
        with self.session() as s:
            return editing.unaccept_finding(plan_id, finding_key, seen=seen, session=s)

    def create_plan(self, student_id: int, name: str) -> Change:
        with self.session() as s:
            return versions.create_plan(student_id, name, session=s)

    def duplicate_plan(self, plan_id: int, name: str, *, seen: PlanSeen | None = None) -> Change:
        with self.session() as s:
            return versions.duplicate_plan(plan_id, name, seen=seen, session=s)

    def rename_plan(self, plan_id: int, name: str, *, seen: str | None = None) -> Change:
        with self.session() as s:
            return versions.rename_plan(plan_id, name, seen=seen, session=s)

    def delete_plan(self, plan_id: int, *, seen: PlanSeen | None = None) -> Change:
        with self.session() as s:
            return versions.delete_plan(plan_id, seen=seen, session=s)

    def restore_plan(self, snapshot: dict[str, Any], *, seen_active: int | None = None) -> Change:
        with self.session() as s:
            return versions.restore_plan(snapshot, seen_active=seen_active, session=s)

    def set_active_plan(self, plan_id: int, *, seen: int | None = None) -> Change:
        with self.session() as s:
            return versions.set_active_plan(plan_id, seen=seen, session=s)


_RESULT, _LABELLED, _DETAILED = "result", "labelled", "detailed"


def _audit_part(
    ws: Workspace,
    plans: Sequence[tuple[int, int]],
    runs: Runs,
    shape: str,
    school: str | None,
    held: tuple[Catalogue, Load],
) -> Iterator[tuple[int, list[Any]]]:
    """In the helper process (a fork of the one that holds ``ws``): the
    audits of the runs of ``plans`` it takes, each (first index, results),
    with the catalogue and load (``held``) it started with, over connections of
    its own. The pooled connections it inherited belong to the parent:
    dropped unclosed, as SQLAlchemy asks after a fork."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the parent's, not closed
        ws.engine.dispose(close=False)
    try:
        for run in runs.take():
            yield run.start, ws._audit_plans(plans[run.start : run.stop], shape, school, held)
    finally:
        ws.close()


def _need_student(student_id: int, session: Session) -> StudentRow:
    row = repo.get_student(student_id, session=session)
    if row is None:
        raise NotFound("There is no student with id {student_id}.", student_id=student_id)
    return row
