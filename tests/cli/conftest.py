"""Fixtures of the CLI tests: the tiny database of tests/data as a file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, copy_tiny, tiny_template

__all__ = ["db_path", "tiny_db", "tiny_template"]


@pytest.fixture
def tiny_db(tiny_template: Tiny, tmp_path: Path) -> Tiny:
    return copy_tiny(tiny_template, tmp_path)


@pytest.fixture
def db_path(tiny_db: Tiny, tmp_path: Path) -> str:
    return str(tmp_path / "planner.sqlite3")
