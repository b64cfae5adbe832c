"""Fixtures of tests/data (shared with tests/services and tests/cli)."""

from __future__ import annotations

from planner_fixtures import db_url

__all__ = ["db_url"]
