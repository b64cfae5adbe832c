"""Fixtures of the services tests: a tiny database built through the
repositories (see tests/data/planner_fixtures.py) and a Workspace on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, build_tiny, copy_tiny, db_url, tiny_template

from schoolaas.services.workspace import Workspace

__all__ = ["db_url", "tiny", "tiny_template", "ws"]


@pytest.fixture
def tiny(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Tiny:
    if db_url.startswith("sqlite"):
        return copy_tiny(request.getfixturevalue("tiny_template"), tmp_path)
    return build_tiny(db_url)


@pytest.fixture
def ws(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()
