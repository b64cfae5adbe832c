"""The catalogue kept on disk between runs: used only when nothing it was
made from changed, never different from loading the database."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from planner_fixtures import CS_KEY, Tiny, copy_tiny
from sqlmodel import select

from schoolaas.data import repositories as repo
from schoolaas.data.tables import GroupRow, SessionRow
from schoolaas.services import workspace
from schoolaas.services.catalogue import cache as catalogue_cache
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.workspace import Workspace


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(catalogue_cache.DIR_ENV, str(where))
    monkeypatch.delenv(catalogue_cache.SWITCH_ENV, raising=False)
    monkeypatch.setattr(catalogue_cache, "WORTH_SAVING_S", 0.0)  # the tiny one is saved too
    return where


@pytest.fixture
def small(tiny_template: Tiny, tmp_path: Path) -> Tiny:
    return copy_tiny(tiny_template, tmp_path)


@pytest.fixture
def no_database_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the catalogue loads from the database."""
    loads: list[int] = []
    real = workspace.load_catalogue

    def counting(**kwargs: object) -> Catalogue:
        loads.append(1)
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "load_catalogue", counting)
    return loads


def _same(a: Catalogue, b: Catalogue) -> None:
    assert a.offerings == b.offerings
    assert a.rooms == b.rooms
    assert a.buildings == b.buildings
    assert a.periods == b.periods
    assert a.schools == b.schools
    assert a.travel == b.travel
    assert a.settings == b.settings
    assert a.seats == b.seats
    assert a.matriculation_days == b.matriculation_days
    assert a.curricula == b.curricula


def test_the_next_run_reads_the_catalogue_from_disk_with_the_same_audit(
    small: Tiny, cache_dir: Path, no_database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as first:
        loaded = first.catalogue()
        audited = first.audit(small.aino_plan)
    assert no_database_loads == [1]
    assert list((cache_dir / "catalogue").glob("*.pickle"))
    with Workspace.open(small.url) as second:
        _same(second.catalogue(), loaded)
        assert second.audit(small.aino_plan) == audited
    assert no_database_loads == [1]  # the second run did not load the database


def test_a_changed_catalogue_is_loaded_from_the_database(
    small: Tiny, cache_dir: Path, no_database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as first:
        first.catalogue()
        with first.session() as s:
            group = s.exec(select(GroupRow).where(GroupRow.offering == CS_KEY)).first()
            assert group is not None
            s.add(
                SessionRow(
                    group_id=group.id or 0,
                    start=datetime(2026, 12, 1, 8, 15),
                    end=datetime(2026, 12, 1, 10, 0),
                    room="OK1-M1",
                    building="OK1",
                )
            )
    with Workspace.open(small.url) as second:
        starts = [s.start for g in second.catalogue().offerings[CS_KEY].groups for s in g.sessions]
    assert datetime(2026, 12, 1, 8, 15) in starts
    assert len(no_database_loads) == 2


def test_a_setting_changed_by_the_service_is_seen_on_the_next_run(
    small: Tiny, cache_dir: Path, no_database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as first:
        first.catalogue()
        (cached,) = (cache_dir / "catalogue").glob("*.pickle")
        written = cached.read_bytes()
        first.set_setting("travel_buffer_minutes", "7")
        assert first.catalogue().travel.buffer_minutes == 7
        assert cached.read_bytes() == written  # a reload in a running app does not write
    with Workspace.open(small.url) as second:
        assert second.catalogue().travel.buffer_minutes == 7
    assert len(no_database_loads) == 3


def test_another_database_file_never_gets_this_catalogue(
    small: Tiny, cache_dir: Path, tmp_path: Path, no_database_loads: list[int]
) -> None:
    """Same counts, same version: a copy at another path (or a file replaced
    at the same path) is another database."""
    with Workspace.open(small.url) as first:
        first.catalogue()
    source = Path(small.url.removeprefix("sqlite:///"))
    other = tmp_path / "other" / "copy.sqlite3"
    other.parent.mkdir()
    shutil.copyfile(source, other)
    with Workspace.open(f"sqlite:///{other}") as second:
        second.catalogue()
    replaced = source.with_name("replaced.sqlite3")
    shutil.copyfile(source, replaced)
    replaced.replace(source)  # same path, new file
    with Workspace.open(small.url) as third:
        third.catalogue()
    assert len(no_database_loads) == 3


def test_a_broken_cache_file_is_a_miss_not_an_error(
    small: Tiny, cache_dir: Path, no_database_loads: list[int]
) -> None:
    with Workspace.open(small.url) as first:
        expected = first.catalogue()
    (cached,) = (cache_dir / "catalogue").glob("*.pickle")
    cached.write_bytes(cached.read_bytes()[: cached.stat().st_size // 2])
    with Workspace.open(small.url) as second:
        _same(second.catalogue(), expected)
    cached.write_bytes(b"not a pickle at all")
    with Workspace.open(small.url) as third:
        _same(third.catalogue(), expected)
    assert len(no_database_loads) == 3


def test_switched_off_or_not_sqlite_nothing_is_written(
    small: Tiny, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(small.url) as ws:
        cat = ws.catalogue()
        with ws.session() as s:
            fingerprint = repo.catalogue_fingerprint(session=s)
    assert not catalogue_cache.save("postgresql://planner@127.0.0.1/x", fingerprint, cat)
    assert catalogue_cache.load("postgresql://planner@127.0.0.1/x", fingerprint) is None
    monkeypatch.setenv(catalogue_cache.SWITCH_ENV, "0")
    shutil.rmtree(cache_dir)
    assert not catalogue_cache.save(small.url, fingerprint, cat)
    assert catalogue_cache.load(small.url, fingerprint) is None
    assert not cache_dir.exists()


def test_an_unwritable_cache_directory_leaves_the_catalogue_working(
    small: Tiny, cache_dir: Path
) -> None:
    cache_dir.parent.mkdir(exist_ok=True)
    cache_dir.write_text("a file where the directory should be")
    with Workspace.open(small.url) as ws:
        assert CS_KEY in ws.catalogue().offerings
