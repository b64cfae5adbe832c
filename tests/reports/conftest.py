"""Fixtures of the report tests that need a database: the tiny catalogue of
tests/data/planner_fixtures.py (Aino plans MAA6 and CS-A1111) in a Workspace."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, build_tiny, db_url

from schoolaas.services.workspace import Workspace

__all__ = ["db_url", "tiny", "ws"]


@pytest.fixture
def tiny(db_url: str) -> Tiny:
    return build_tiny(db_url)


@pytest.fixture
def ws(tiny: Tiny) -> Iterator[Workspace]:
    workspace = Workspace.open(tiny.url)
    yield workspace
    workspace.close()
