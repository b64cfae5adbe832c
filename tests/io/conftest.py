"""Fixtures of the importer tests: the tiny database of tests/data (built
once per run and copied for each test: migrating takes most of a second)
with a Workspace on it. Helpers are in importer_helpers.py."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, build_tiny, sqlite_url

from schoolaas.services.workspace import Workspace

__all__ = ["tiny", "ws"]


@pytest.fixture(scope="session")
def _tiny_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tiny]:
    folder = tmp_path_factory.mktemp("tiny")
    ids = build_tiny(sqlite_url(folder))
    return folder / "planner.sqlite3", ids


@pytest.fixture
def tiny(_tiny_template: tuple[Path, Tiny], tmp_path: Path) -> Tiny:
    template, ids = _tiny_template
    target = tmp_path / "planner.sqlite3"
    shutil.copyfile(template, target)
    return replace(ids, url=sqlite_url(tmp_path))


@pytest.fixture
def ws(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()
