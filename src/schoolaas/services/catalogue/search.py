"""Finding a student from what a person types, and searching the catalogue."""

from __future__ import annotations

from schoolaas.data import repositories as repo
from schoolaas.data.tables import StudentRow
from schoolaas.domain.model import Offering, Provider
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.errors import Ambiguous, InvalidInput, NotFound
from sqlmodel import Session

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


def search_offerings(
    cat: Catalogue,
    text: str = "",
    provider: Provider | str | None = None,
    period: str | None = None,
) -> list[Offering]:
    """Offerings whose code or name contains every word of ``text``, of one
    provider, meeting in ``period`` (a period key, or its tail "2026-27/2")."""
    wanted_provider = _provider(provider)
    periods = _periods(cat, period) if period else None
    words = text.lower().split()
    out: list[Offering] = []
    for offering in cat.offerings.values():
        if wanted_provider and offering.provider != wanted_provider:
            continue
        if words:
            hay = " ".join([offering.code, offering.key, *offering.name.values()]).lower()
            if not all(w in hay for w in words):
                continue
        if periods is not None and not _in_periods(offering, periods, cat):
            continue
        out.append(offering)
    out.sort(key=lambda o: (o.code, o.start, o.key))
    return out


def _provider(value: Provider | str | None) -> Provider | None:
    if value is None or value == "":
        return None
    try:
        return Provider(str(value).lower())
    except ValueError:
        raise InvalidInput(
            "Unknown provider {value!r}; use school or aalto.", value=value
        ) from None


def _periods(cat: Catalogue, period: str) -> set[str]:
    if period in cat.periods:
        return {period}
    tail = period.lower()
    found = {k for k in cat.periods if k.lower().endswith(":" + tail) or k.lower() == tail}
    if not found:
        raise InvalidInput(
            "Unknown period {period!r}; periods look like OTA:2026-27/2.", period=period
        )
    return found


def _in_periods(offering: Offering, keys: set[str], cat: Catalogue) -> bool:
    if offering.period in keys:
        return True
    if offering.provider != Provider.AALTO:
        return False
    for key in keys:
        p = cat.periods[key]
        if offering.start <= p.end and p.start <= offering.end:
            return True
    return False
