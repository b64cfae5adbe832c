"""The catalogue a workspace holds: loaded from the database on first ask,
loaded again when the database's catalogue changed, and what is derived
from it (school periods in order, offerings sharing a room, resolved plan
items) always that of the catalogue held, never of an older one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from planner_fixtures import CS_KEY, Tiny, copy_tiny
from sqlmodel import select

from schoolaas.data.tables import GroupRow, SessionRow
from schoolaas.services import workspace
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.workspace import Workspace


@pytest.fixture
def small(tiny_template: Tiny, tmp_path: Path) -> Tiny:
    return copy_tiny(tiny_template, tmp_path)


@pytest.fixture
def database_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the catalogue loads from the database."""
    loads: list[int] = []
    real = workspace.load_catalogue

    def counting(**kwargs: object) -> Catalogue:
        loads.append(1)
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "load_catalogue", counting)
    return loads


def _add_session(ws: Workspace, start: datetime) -> None:
    with ws.session() as s:
        group = s.exec(select(GroupRow).where(GroupRow.offering == CS_KEY)).first()
        assert group is not None
        s.add(
            SessionRow(
                group_id=group.id or 0,
                start=start,
                end=start.replace(hour=start.hour + 2),
                room="OK1-M1",
                building="OK1",
            )
        )


def test_the_catalogue_is_loaded_once_while_unchanged(
    small: Tiny, database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as ws:
        first = ws.catalogue()
        ws.audit(small.aino_plan)
        assert ws.catalogue() is first
    assert database_loads == [1]


def test_a_changed_catalogue_is_loaded_again_with_new_derived_values(
    small: Tiny, database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as ws:
        old = ws.catalogue()
        old_items = ws.audit_items(small.aino_plan)
        sharers = old.room_sharers
        _add_session(ws, datetime(2026, 12, 1, 8, 15))
        new = ws.catalogue()
        assert new is not old
        starts = [s.start for g in new.offerings[CS_KEY].groups for s in g.sessions]
        assert datetime(2026, 12, 1, 8, 15) in starts
        assert old.room_sharers is sharers  # the old catalogue keeps its own
        # items resolved again against the new catalogue, not the old one's
        cs_new = [i for i in ws.audit_items(small.aino_plan) if i.offering_key == CS_KEY]
        cs_old = [i for i in old_items if i.offering_key == CS_KEY]
        if cs_old:
            assert len(cs_new[0].sessions) >= len(cs_old[0].sessions)
    assert len(database_loads) == 2


def test_a_setting_changed_by_the_service_is_seen_at_once(
    small: Tiny, database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as ws:
        ws.catalogue()
        ws.set_setting("travel_buffer_minutes", "7")
        assert ws.catalogue().travel.buffer_minutes == 7
    with Workspace.open(small.url) as other:
        assert other.catalogue().travel.buffer_minutes == 7
    assert len(database_loads) == 3


def test_derived_values_match_the_catalogue(small: Tiny) -> None:
    with Workspace.open(small.url) as ws:
        cat = ws.catalogue()
    for school in cat.schools:
        periods = cat.school_periods(school)
        assert periods == sorted(
            (p for p in cat.periods.values() if p.school == school),
            key=lambda p: (p.start, p.key),
        )
    assert cat.school_periods(None) == []
    used: dict[tuple[str, datetime], set[str]] = {}
    for key, offering in cat.offerings.items():
        for group in offering.groups:
            for s in group.sessions:
                if s.room:
                    used.setdefault((s.room, s.start), set()).add(key)
    assert cat.room_sharers == {at: keys for at, keys in used.items() if len(keys) > 1}


def test_no_catalogue_is_written_to_disk(small: Tiny, tmp_path: Path) -> None:
    before = set(tmp_path.rglob("*"))
    with Workspace.open(small.url) as ws:
        ws.catalogue()
        ws.audit_all()
    written = {p for p in set(tmp_path.rglob("*")) - before if p.suffix not in (".sqlite3",)}
    assert not [p for p in written if "-wal" not in p.name and "-shm" not in p.name]
