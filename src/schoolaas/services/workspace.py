"""The Workspace: one open database and the use cases the UI, the CLI and
the reports call. Every method is one unit of work (its own transaction)
and returns plain views or domain objects, never rows or live sessions.
Database failures come out as StorageError naming the database."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.engine import make_engine, unit_of_work
from schoolaas.data.schema import migrate
from schoolaas.data.tables import AcceptanceRow, OfferingRow, StudentRow
from schoolaas.data.url import describe_url, resolve_url
from schoolaas.domain.audit import audit as audit_plan
from schoolaas.domain.findings import AuditInput, AuditResult, Load
from schoolaas.domain.model import AuditItem, ItemStatus, Offering, Provider
from schoolaas.services.audit.inputs import (
    ItemResolver,
    build_input,
    compute_load,
    rules_from_settings,
    split_work,
)
from schoolaas.services.catalogue import cache as catalogue_cache
from schoolaas.services.catalogue.load import Catalogue, load_catalogue
from schoolaas.services.catalogue.search import find_student, search_offerings
from schoolaas.services.errors import NotFound, PlannerError, StorageError
from schoolaas.services.plans import editing
from schoolaas.services.viewing import item_view, plan_view, student_view
from schoolaas.services.views import Change, ItemView, PlanView, StudentView


class Workspace:
    """One open database. Every method is one unit of work (own transaction)."""

    def __init__(self, url: str | None = None) -> None:
        try:
            self.url = resolve_url(url)
            self.engine: Engine = make_engine(self.url)
        except OSError as exc:
            raise StorageError(
                "Cannot create the database at {url}: {reason}.",
                url=url,
                reason=exc.strerror or exc,
            ) from None
        except (ArgumentError, ImportError, ValueError) as exc:
            raise StorageError(
                "{url!r} is not a database URL the planner can use ({exc}).", url=url, exc=exc
            ) from None
        self.where = describe_url(self.url)
        self._catalogue: Catalogue | None = None
        self._fingerprint: tuple[Any, ...] | None = None

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
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise self._storage_error(exc) from None
        except Exception as exc:  # alembic.util.CommandError: a newer schema
            if type(exc).__name__ != "CommandError":
                raise
            raise StorageError(
                "The database {where} was made by a newer version of the planner ({exc}).",
                where=self.where,
                exc=exc,
            ) from None

    def close(self) -> None:
        """Close the database connections (the workspace can reopen them)."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work for services: committed at the end, rolled back on
        error; database errors become StorageError."""
        try:
            with unit_of_work(self.engine) as session:
                yield session
        except PlannerError:
            raise
        except SQLAlchemyError as exc:
            raise self._storage_error(exc) from None
        except OSError as exc:
            raise StorageError(
                "The database {where} cannot be used: {exc}.", where=self.where, exc=exc
            ) from None

    def _storage_error(self, exc: SQLAlchemyError) -> StorageError:
        return StorageError(f"The database {self.where} cannot be used: {explain(exc)}.")

    # --- reading ------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.session() as s:
            return not (repo.has_any(StudentRow, session=s) or repo.has_any(OfferingRow, session=s))

    def students(
        self, search: str = "", *, school: str | None = None, include_archived: bool = False
    ) -> list[StudentView]:
        with self.session() as s:
            rows = repo.list_students(
                search, school=school, include_archived=include_archived, session=s
            )
            return [student_view(r) for r in rows]

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
            return plan_view(editing.ensure_plan(student_id, session=s))

    def active_plans(self, *, school: str | None = None) -> list[PlanView]:
        """The active plan of every current student (of ``school``): one query."""
        with self.session() as s:
            return [plan_view(p) for p in repo.active_plans(school=school, session=s)]

    def items(self, plan_id: int) -> list[ItemView]:
        cat = self.catalogue()
        with self.session() as s:
            plan = editing.need_plan(plan_id, session=s)
            student = _need_student(plan.student_id, s)
            resolver = ItemResolver(cat, rules_from_settings(cat.settings), student)
            rows = repo.item_records([plan_id], session=s)
            return [item_view(r, resolver.resolve(r), cat) for r in rows]

    def catalogue(self) -> Catalogue:
        """The catalogue as domain objects, reloaded when the database's
        catalogue changed (one cheap query tells); a large one is kept on
        disk for the next run (services/catalogue_cache.py)."""
        with self.session() as s:
            fingerprint = repo.catalogue_fingerprint(session=s)
            if self._catalogue is None or fingerprint != self._fingerprint:
                found = catalogue_cache.load(self.url, fingerprint)
                if found is None:
                    started = time.perf_counter()
                    found = load_catalogue(session=s)
                    took = time.perf_counter() - started
                    # written at a first load only: a reload in a running app
                    # (after an import or a setting) would wait for the write
                    if self._catalogue is None and took >= catalogue_cache.WORTH_SAVING_S:
                        catalogue_cache.save(self.url, fingerprint, found)
                self._catalogue = found
                self._fingerprint = fingerprint
            return self._catalogue

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
        with self.session() as s:
            plan = editing.need_plan(plan_id, session=s)
            student = _need_student(plan.student_id, s)
            items = repo.item_records([plan_id], session=s)
            accs = repo.acceptances_of([plan_id], session=s)
            counts = repo.planned_counts(session=s, offerings=_sharing(items, cat))
        return build_input(plan_id, student, items, accs, cat, compute_load(counts, cat))

    def planned_students(self, offering_key: str) -> int:
        """Students whose active plan holds ``offering_key`` (planned or
        enrolled, students not archived): what takes a seat."""
        with self.session() as s:
            return sum(c for _, _, c in repo.planned_counts(session=s, offerings=[offering_key]))

    def audit_input(self, plan_id: int) -> AuditInput:
        """The AuditInput of one plan (for reports and tests)."""
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
        result) by ``shape``, in plan id order. Part of the plans are audited
        in a forked helper process when auditing.can_fork allows (Linux, 2+
        CPUs, one thread), else all here. The helper is forked before the
        catalogue is loaded when this workspace has none yet (a fresh
        ``check --all``): both processes then load it at the same time
        instead of one core waiting for the other. The garbage collector
        leaves the catalogue alone while the plans are audited (gc.freeze)
        and pauses meanwhile (the audit makes no reference cycles)."""
        run = audit_plan
        enabled = gc.isenabled()
        gc.disable()  # the collector's passes over the catalogue cost seconds on espoo
        try:
            return self._audit_plans(school, shape, run)
        finally:
            if enabled:
                gc.enable()
            gc.unfreeze()

    def _prepared(self, session: Session) -> tuple[Catalogue, Load]:
        """The catalogue and the load of all students (each process its own)."""
        cat = self.catalogue()
        gc.freeze()  # the catalogue holds no garbage: later collections skip it
        return cat, compute_load(repo.planned_counts(session=session), cat)

    def _audit_plans(
        self,
        school: str | None,
        shape: str,
        run: Callable[[AuditInput], AuditResult],
    ) -> dict[int, Any]:
        with self.session() as s:
            plans = repo.active_plans(school=school, session=s)
            ids = [p.id for p in plans if p.id is not None]
            students = repo.students_by_id([p.student_id for p in plans], session=s)
            accs: dict[int, list[AcceptanceRow]] = {i: [] for i in ids}
            for acc in repo.acceptances_of(ids, session=s):
                accs[acc.plan_id].append(acc)
            items: dict[int, list[Any]] = {}
            prepared: list[tuple[Catalogue, Load]] = []

            def fetch(lo: int, hi: int, session: Session) -> None:
                """The items of plans[lo:hi] (each process reads its own share)."""
                if not prepared:
                    prepared.append(self._prepared(session))
                wanted = [p.id for p in plans[lo:hi] if p.id is not None]
                for pid in wanted:
                    items[pid] = []
                for row in repo.item_records(wanted, session=session):
                    items[row.plan_id].append(row)

            def make_input(index: int) -> AuditInput:
                plan = plans[index]
                pid = plan.id or 0
                cat, load = prepared[0]
                return build_input(pid, students[plan.student_id], items[pid], accs[pid], cat, load)

            def results(lo: int, hi: int) -> list[Any]:
                if shape == _LABELLED:
                    return [_labelled(make_input(n), run) for n in range(lo, hi)]
                return [run(make_input(n)) for n in range(lo, hi)]

            def here(lo: int, hi: int) -> list[Any]:
                fetch(lo, hi, s)
                if shape != _DETAILED:
                    return results(lo, hi)
                out = []
                for n in range(lo, hi):
                    inp = make_input(n)
                    out.append((inp, run(inp)))
                return out

            def there(lo: int, hi: int) -> list[Any]:
                # a forked child: its own connections (never the parent's)
                self.engine.dispose(close=False)
                with self.session() as child_session:
                    fetch(lo, hi, child_session)
                return results(lo, hi)

            # with inputs, this process also rebuilds the child's: it takes
            # fewer plans. Without, half each: the child pickles its results
            # and this process unpickles them, about even (0.46-0.53 tried
            # on espoo; 0.49-0.52 within the noise)
            share = 0.4 if shape == _DETAILED else 0.5
            inputs: list[AuditInput] = []

            def rebuild(cut: int) -> None:
                """The inputs of the child's plans, made while it audits them."""
                fetch(cut, len(plans), s)
                inputs.extend(make_input(n) for n in range(cut, len(plans)))

            mine, cut, theirs = split_work(
                len(plans),
                here,
                there,
                share=share,
                meanwhile=rebuild if shape == _DETAILED else None,
            )
            rest: list[Any]
            if theirs is None:
                rest = here(cut, len(plans))
            elif shape == _DETAILED:
                rest = list(zip(inputs, theirs, strict=True))
            else:
                rest = theirs
        return {plan.id or 0: value for plan, value in zip(plans, [*mine, *rest], strict=True)}

    def settings(self) -> dict[str, str]:
        with self.session() as s:
            return repo.settings(session=s)

    def set_setting(self, key: str, value: str) -> Change:
        with self.session() as s:
            repo.set_setting(key, value, session=s)
            repo.bump_catalogue_version(session=s)  # settings live in the catalogue
        return Change(settings=True)

    # --- editing ------------------------------------------------------------

    def add_item(
        self,
        plan_id: int,
        offering_key: str,
        *,
        group_keys: tuple[str, ...] | list[str] | None = None,
        status: ItemStatus | str = ItemStatus.PLANNED,
    ) -> Change:
        with self.session() as s:
            return editing.add_item(
                plan_id, offering_key, group_keys=group_keys, status=status, session=s
            )

    def remove_item(self, item_id: int) -> Change:
        with self.session() as s:
            return editing.remove_item(item_id, session=s)

    def restore_item(self, snapshot: dict[str, Any]) -> Change:
        with self.session() as s:
            return editing.restore_item(snapshot, session=s)

    def set_status(
        self, item_id: int, status: ItemStatus | str, grade: str | None = None
    ) -> Change:
        with self.session() as s:
            return editing.set_status(item_id, status, grade, session=s)

    def set_groups(self, item_id: int, group_keys: tuple[str, ...] | list[str]) -> Change:
        with self.session() as s:
            return editing.set_groups(item_id, group_keys, session=s)

    def accept_finding(self, plan_id: int, finding_key: str, who: str, why: str) -> Change:
        with self.session() as s:
            return editing.accept_finding(plan_id, finding_key, who, why, session=s)

    def unaccept_finding(self, plan_id: int, finding_key: str) -> Change:
        with self.session() as s:
            return editing.unaccept_finding(plan_id, finding_key, session=s)

    def create_plan(self, student_id: int, name: str) -> Change:
        with self.session() as s:
            return editing.create_plan(student_id, name, session=s)

    def duplicate_plan(self, plan_id: int, name: str) -> Change:
        with self.session() as s:
            return editing.duplicate_plan(plan_id, name, session=s)

    def rename_plan(self, plan_id: int, name: str) -> Change:
        with self.session() as s:
            return editing.rename_plan(plan_id, name, session=s)

    def delete_plan(self, plan_id: int) -> Change:
        with self.session() as s:
            return editing.delete_plan(plan_id, session=s)

    def restore_plan(self, snapshot: dict[str, Any]) -> Change:
        with self.session() as s:
            return editing.restore_plan(snapshot, session=s)

    def set_active_plan(self, plan_id: int) -> Change:
        with self.session() as s:
            return editing.set_active_plan(plan_id, session=s)


_RESULT, _LABELLED, _DETAILED = "result", "labelled", "detailed"


def _labelled(
    inp: AuditInput, run: Callable[[AuditInput], AuditResult]
) -> tuple[dict[int, str], AuditResult]:
    return {i.item_id: i.label for i in inp.items}, run(inp)


def _sharing(items: Sequence[Any], cat: Catalogue) -> set[str]:
    """The offerings whose load one plan's audit reads: the plan's own, and
    every offering with a session in a room at the same start as one of the
    plan's sessions (they share the room). Counting only these gives the
    same figures for this plan as counting every offering, at a fraction of
    the cost. The index of shared room sessions is built once per catalogue
    and keeps only the (room, start) pairs used by more than one offering."""
    index = cat.memo.get("shared_room_sessions")
    if index is None:
        first: dict[tuple[str, Any], str] = {}
        index = {}
        for key, offering in cat.offerings.items():
            for group in offering.groups:
                for s in group.sessions:
                    if s.room:
                        other = first.setdefault((s.room, s.start), key)
                        if other != key:
                            index.setdefault((s.room, s.start), {other}).add(key)
        cat.memo["shared_room_sessions"] = index
    out: set[str] = set()
    for item in items:
        planned = cat.offerings.get(item.offering) if item.offering else None
        if planned is None:
            continue
        out.add(planned.key)
        for gkey in tuple(item.groups or ()) or planned.default_groups():
            chosen = planned.group(gkey)
            for s in chosen.sessions if chosen else ():
                if s.room:
                    out.update(index.get((s.room, s.start), ()))
    return out


def _need_student(student_id: int, session: Session) -> StudentRow:
    row = repo.get_student(student_id, session=session)
    if row is None:
        raise NotFound("There is no student with id {student_id}.", student_id=student_id)
    return row


def explain(exc: SQLAlchemyError) -> str:
    """The driver's reason in one line, in words a user can act on."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    reason = text[0] if text else type(exc).__name__
    low = reason.lower()
    if "no such table" in low or ("relation" in low and "does not exist" in low):
        return f"it holds no planner data ({reason}); is this the right database?"
    if "file is not a database" in low:
        return "the file is not an SQLite database"
    if "database is locked" in low:
        return "another program is writing to it; try again in a moment"
    if "unable to open database file" in low:
        return "the file cannot be opened (missing folder or no permission)"
    if "readonly" in low or "read-only" in low:
        return "it is read-only"
    return reason
