""""What fits?" for one catalogue course: every realisation (or course
group) of its code and every choice of one study group per type, and
whether it fits the plan as it stands: no clash with the plan's scheduled
items (the catalogue's TimetableIndex) and a seat left."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schoolaas.domain.capacity import group_seat_key
from schoolaas.domain.model import AuditItem, GroupKind, Provider
from schoolaas.domain.timetable_facts import ChoiceFacts

if TYPE_CHECKING:
    from schoolaas.services.catalogue.load import Catalogue

_KINDS = (GroupKind.LESSON, GroupKind.LECTURE, GroupKind.EXERCISE, GroupKind.EXAM, GroupKind.OTHER)
MOST = 200  # combinations told per course at most


@dataclass(frozen=True, slots=True)
class Fit:
    offering_key: str
    group_keys: tuple[str, ...]
    fits: bool


def what_fits(
    cat: Catalogue, items: Sequence[AuditItem], code: str, *, school: str | None = None
) -> list[Fit]:
    """The choices of ``code`` (school course groups of ``school`` only),
    those that fit first. The plan's own items of the code are left out of
    the comparison, so a planned course can be asked about too."""
    others = [i for i in items if i.code != code]
    index = cat.timetable
    candidates: dict[object, ChoiceFacts] = {}
    full: set[tuple[str, tuple[str, ...]]] = set()
    for offering in cat.offerings.values():
        if offering.code != code or not offering.groups:
            continue
        if offering.provider == Provider.SCHOOL and school and offering.school != school:
            continue
        slots = [
            keys
            for kind in _KINDS
            if (keys := tuple(g.key for g in offering.groups if g.kind == kind))
        ]
        for combo in itertools.islice(itertools.product(*slots), MOST):
            candidates[(offering.key, combo)] = index.choice(offering.key, combo)
            limit = cat.seats.get(offering.key)
            if limit is not None and limit <= 0:
                full.add((offering.key, combo))
            for g in combo:
                group_limit = cat.seats.get(group_seat_key(offering.key, g))
                if group_limit is not None and group_limit <= 0:
                    full.add((offering.key, combo))
    clashing = index.clashing_choices(others, candidates)
    out = []
    for key in candidates:
        assert isinstance(key, tuple)
        choice = (str(key[0]), tuple(key[1]))
        out.append(Fit(choice[0], choice[1], key not in clashing and choice not in full))
    out.sort(key=lambda f: (not f.fits, f.offering_key, f.group_keys))
    return out
