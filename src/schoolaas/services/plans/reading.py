"""How the plan service reads the plan it shows: the AuditInput of one plan,
read whole when a plan is opened or refreshed, and only in part after an
edit of its items.

An edit of a plan's items cannot change its student or its acceptances,
so after one only the plan's items and the seat counts its audit reads are
read again (one unit of work, two queries); the student and acceptances
read before are kept. A change another copy of the program makes to them
reaches the window through its change watcher (services/live.py), which
has the plan service read the whole plan again (PlanService.refresh).

Which offerings a plan's seat counts must cover (its own, and those
sharing a room with one of its sessions) is worked out once per item's
choice of groups and kept with the catalogue it was worked out in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schoolaas.data import repositories as repo
from schoolaas.services.audit.inputs import build_input, compute_load, room_sharing

if TYPE_CHECKING:
    from schoolaas.data.tables import AcceptanceRow, StudentRow
    from schoolaas.domain.findings import AuditInput
    from schoolaas.services.audit.inputs import ItemRecord
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class _Held:
    """What a whole read of a plan gave that an edit of its items keeps."""

    plan_id: int
    catalogue: Catalogue
    student: StudentRow
    acceptances: Sequence[AcceptanceRow]


class PlanReader:
    """The AuditInput of the plan a PlanService shows (see the module)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._held: _Held | None = None
        # (offering, groups) -> the offerings whose seat counts it reads, in
        # the catalogue ``_sharing_in``
        self._sharing: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
        self._sharing_in: Catalogue | None = None

    def audit_input(self, plan_id: int, *, items_only: bool = False) -> AuditInput:
        """The plan's AuditInput. ``items_only``: only the plan's items
        changed since the last read (an edit of them through this service),
        in the catalogue the workspace holds (an edit of items cannot change
        it): the items and seat counts are read again, the rest is kept."""
        ws = self.workspace
        held = self._held
        cat = ws.loaded_catalogue if items_only else None
        if held is None or held.plan_id != plan_id or cat is None or held.catalogue is not cat:
            return self._read_whole(plan_id, as_loaded=items_only)
        with ws.session() as s:
            items = repo.item_records([plan_id], session=s)
            counts = repo.planned_counts(session=s, offerings=self._sharers(items, cat))
        return self._input(held, items, counts)

    def _read_whole(self, plan_id: int, *, as_loaded: bool) -> AuditInput:
        ws = self.workspace
        cat = ws.loaded_catalogue if as_loaded else None
        cat = cat or ws.catalogue()
        rows = ws.plan_rows(plan_id, cat, lambda items: self._sharers(items, cat))
        self._held = _Held(plan_id, cat, rows.student, rows.acceptances)
        return self._input(self._held, rows.items, rows.counts)

    def _input(
        self,
        held: _Held,
        items: Sequence[ItemRecord],
        counts: list[tuple[str, tuple[str, ...], int]],
    ) -> AuditInput:
        cat = held.catalogue
        load = compute_load(counts, cat)
        resolved = self.workspace.resolved_items(cat)
        return build_input(held.plan_id, held.student, items, held.acceptances, cat, load, resolved)

    def _sharers(self, items: Sequence[ItemRecord], cat: Catalogue) -> set[str]:
        """The offerings whose load the plan's audit reads (as
        inputs.room_sharing works them out), each item's kept by its choice."""
        if self._sharing_in is not cat:  # a new catalogue starts afresh
            self._sharing, self._sharing_in = {}, cat
        known = self._sharing
        out: set[str] = set()
        for item in items:
            if not item.offering:
                continue
            key = (item.offering, tuple(item.groups or ()))
            found = known.get(key)
            if found is None:
                found = known[key] = frozenset(room_sharing([item], cat))
            out |= found
        return out
