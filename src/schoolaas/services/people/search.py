"""Finding a student from what a person types: a student number, an id, a
name, or a unique part of a name, number or group; and one of their plans
by its name."""

from __future__ import annotations

from typing import Protocol

from sqlmodel import Session

from schoolaas.data import repositories as repo
from schoolaas.data.tables import StudentRow
from schoolaas.services.errors import Ambiguous, InvalidInput, NotFound
from schoolaas.services.views import PlanView, StudentView


class HasPlans(Protocol):
    """The part of a Workspace that choose_plan asks."""

    def plans(self, student_id: int) -> list[PlanView]: ...
    def active_plan(self, student_id: int) -> PlanView: ...


SHOWN = 5  # candidates named in an Ambiguous message


def find_student(text: str, *, session: Session) -> StudentRow:
    """By student number, by id, by full name, else by a unique partial
    match on name, number or group."""
    query = " ".join(text.split())
    if not query:
        raise InvalidInput("Say which student: a student number, id or name.")
    row = repo.student_by_number(query, session=session)
    if row is not None:
        return row
    if query.isdigit():
        row = repo.get_student(int(query), session=session)
        if row is not None:
            return row
    matches = repo.list_students(query, include_archived=True, session=session)
    low = query.lower()
    exact = [
        r
        for r in matches
        if low in (f"{r.first_name} {r.last_name}".lower(), f"{r.last_name} {r.first_name}".lower())
    ]
    if len(exact) == 1:
        return exact[0]
    found = exact or list(matches)
    if len(found) > 1 and not exact:
        current = [r for r in found if not r.archived]
        found = current or found
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound("No student matches {query!r}.", query=query)
    names = tuple(f"{r.first_name} {r.last_name} ({r.number})" for r in found)
    if len(names) > SHOWN:
        shown, more = ", ".join(names[:SHOWN]), len(names) - SHOWN
        raise Ambiguous(
            "{count} students match {query!r}: {shown} and {more} more.",
            names,
            count=len(names),
            query=query,
            shown=shown,
            more=more,
        )
    raise Ambiguous(
        "{count} students match {query!r}: {names}.",
        names,
        count=len(names),
        query=query,
        names=", ".join(names),
    )


def choose_plan(ws: HasPlans, student: StudentView, name: str | None = None) -> PlanView:
    """The plan called ``name`` (exactly, else in any case), else the
    student's active plan when no name is given."""
    if not name:
        return ws.active_plan(student.id)
    plans = ws.plans(student.id)
    wanted = name.strip().casefold()
    for plan in (p for p in plans if p.name == name):
        return plan
    for plan in (p for p in plans if p.name.casefold() == wanted):
        return plan
    known = ", ".join(repr(p.name) for p in plans) or "none"
    raise NotFound(
        "{student_name} has no plan called {name!r} (plans: {known}).",
        student_name=student.name,
        name=name,
        known=known,
    )
