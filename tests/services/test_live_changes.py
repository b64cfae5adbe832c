"""Live refresh (issue 13): two workspaces on one database, an edit in one
reaches the other's ChangeWatcher (PostgreSQL: LISTEN/NOTIFY; SQLite:
PRAGMA data_version and the change log), naming what changed; a
workspace's own edits are not reported back to it. SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from planner_fixtures import Tiny

from schoolaas.domain.model import ItemStatus
from schoolaas.services.live import CATALOGUE_EVERY, ChangeWatcher
from schoolaas.services.views import Change
from schoolaas.services.workspace import Workspace


@pytest.fixture
def other(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()


@pytest.fixture
def watcher(ws: Workspace) -> Iterator[ChangeWatcher]:
    watching = ChangeWatcher(ws.engine)
    yield watching
    watching.close()


def _wait(watcher: ChangeWatcher, seconds: float = 1.0) -> Change | None:
    """Poll as the app does (more often), for at most ``seconds``."""
    end = time.monotonic() + seconds
    while True:
        change = watcher.poll()
        if change is not None or time.monotonic() > end:
            return change
        time.sleep(0.02)


def test_nothing_changed_is_none(watcher: ChangeWatcher) -> None:
    assert watcher.poll() is None
    assert watcher.poll() is None


def test_another_workspaces_edit_arrives_within_a_second(
    ws: Workspace, other: Workspace, watcher: ChangeWatcher, tiny: Tiny
) -> None:
    other.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "8")
    began = time.monotonic()  # from the commit
    change = _wait(watcher)
    assert change is not None
    assert time.monotonic() - began < 1.0
    assert change.student_ids == {tiny.aino}
    assert change.plan_ids == {tiny.aino_plan}
    assert change.item_ids == {tiny.maa6_item}
    assert not change.catalogue
    assert watcher.poll() is None  # told once


def test_each_student_changed_is_named(
    ws: Workspace, other: Workspace, watcher: ChangeWatcher, tiny: Tiny
) -> None:
    other.rename_plan(tiny.eero_plan, "Main")
    other.set_groups(tiny.cs_item, ["L01", "H02"])
    change = _wait(watcher)
    time.sleep(0.05)
    later = watcher.poll()
    named = set(change.student_ids if change else ()) | set(later.student_ids if later else ())
    assert named == {tiny.aino, tiny.eero}


def test_the_workspaces_own_edits_are_not_reported(
    ws: Workspace, watcher: ChangeWatcher, tiny: Tiny
) -> None:
    ws.set_status(tiny.maa6_item, ItemStatus.ENROLLED)
    time.sleep(0.1)
    assert _wait(watcher, 0.3) is None


def test_a_catalogue_change_elsewhere_is_reported(
    ws: Workspace, other: Workspace, watcher: ChangeWatcher
) -> None:
    other.set_setting("conversion_rate", "2.5")
    change = None
    for _ in range(CATALOGUE_EVERY):
        change = watcher.poll() or change
    assert change is not None
    assert change.catalogue
