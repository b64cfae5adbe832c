"""What a counsellor fills in once per Aalto realisation: the seats open to
upper secondary students, its prerequisites and its "overlapping courses"
(codes that count as the same course). The API import leaves them empty
and never writes them on a re-import (services/imports/aalto.py sets only
the fields of the source record), so they are kept.

:func:`set_links` is one unit of work returning a Change whose snapshot
holds the links ``before`` and ``after``: what an undo step needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from schoolaas.data.engine import HasEngine
from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import OfferingRow
from schoolaas.domain.model import Provider
from schoolaas.services.errors import InvalidInput, NotFound, StaleEdit
from schoolaas.services.premises.buildings import unit
from schoolaas.services.views import Change
from schoolaas.wording.messages import say

CODE_RE = re.compile(r"^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö_.:/-]{0,59}$")
MAX_SEATS = 5000
MAX_CODES = 40


@dataclass(frozen=True, slots=True)
class AaltoLinks:
    """The counsellor's facts of one Aalto realisation."""

    key: str  # offering key
    code: str  # the course code, e.g. CS-A1111
    seats: int | None = None  # None: not limited (or not known)
    prerequisites: tuple[str, ...] = ()
    overlaps_with: tuple[str, ...] = ()


def parse_codes(text: str) -> tuple[str, ...]:
    """Codes separated by commas, semicolons or spaces, in order, once each."""
    out: list[str] = []
    for word in re.split(r"[\s,;]+", text):
        if word and word not in out:
            out.append(word)
    return tuple(out)


def links(workspace: HasEngine, key: str) -> AaltoLinks:
    with unit(workspace) as session:
        return _links(_aalto_row(session, key))


def _links(row: OfferingRow) -> AaltoLinks:
    return AaltoLinks(
        row.key,
        row.code,
        row.seats,
        tuple(str(c) for c in row.prerequisites or ()),
        tuple(str(c) for c in row.overlaps_with or ()),
    )


def _aalto_row(session: Session, key: str) -> OfferingRow:
    row = session.get(OfferingRow, key)
    if row is None:
        raise NotFound("There is no course offering {key}.", key=key)
    if row.provider != Provider.AALTO.value:
        raise InvalidInput(
            "{code} ({key}) is a school course: seats, prerequisites and overlapping "
            "courses are set here for Aalto realisations.",
            code=row.code,
            key=key,
        )
    return row


def check_links(value: AaltoLinks) -> AaltoLinks:
    """``value`` with its codes trimmed, or InvalidInput naming the field."""
    seats = value.seats
    if seats is not None and (
        isinstance(seats, bool) or not isinstance(seats, int) or not 0 <= seats <= MAX_SEATS
    ):
        raise InvalidInput(
            "{code}: seats {seats!r} must be a whole number 0–{most}, or empty (not limited).",
            code=value.code,
            seats=seats,
            most=MAX_SEATS,
        )
    fields = (
        (say("prerequisites"), value.prerequisites),
        (say("overlapping courses"), value.overlaps_with),
    )
    cleaned: list[tuple[str, ...]] = []
    for field, codes in fields:
        found = tuple(dict.fromkeys(c.strip() for c in codes if c.strip()))
        for c in found:
            if not CODE_RE.match(c):
                raise InvalidInput(
                    "{code}: {field}: {bad!r} is not a course or module code.",
                    code=value.code,
                    field=field,
                    bad=c,
                )
        if len(found) > MAX_CODES:
            raise InvalidInput(
                "{code}: {field}: at most {most} codes.", code=value.code, field=field,
                most=MAX_CODES,
            )  # fmt: skip
        if value.code in found:
            raise InvalidInput(
                "{code}: a course is not among its own {field}.", code=value.code, field=field
            )
        cleaned.append(found)
    return AaltoLinks(value.key, value.code, seats, cleaned[0], cleaned[1])


def set_links(workspace: HasEngine, value: AaltoLinks, *, seen: AaltoLinks | None = None) -> Change:
    """Store the seats, prerequisites and overlapping courses of an Aalto
    realisation. ``seen``: the links as the caller showed them; refused
    (StaleEdit) when the stored ones differ now."""
    new = check_links(value)
    with unit(workspace) as session:
        row = _aalto_row(session, new.key)
        before = _links(row)
        if seen is not None and before != seen:
            raise StaleEdit(
                "The seats or links of {code} were changed by someone else since you saw "
                "them; nothing was saved. Reload to see them.",
                code=before.code,
            )
        row.seats = new.seats
        row.prerequisites = list(new.prerequisites)
        row.overlaps_with = list(new.overlaps_with)
        session.add(row)
        bump_catalogue_version(session=session)
        after = _links(row)
    return Change(catalogue=True, snapshot={"before": before, "after": after})


__all__ = ["AaltoLinks", "check_links", "links", "parse_codes", "set_links"]
