"""8 counsellors x 100 edits at once on overlapping plans of one PostgreSQL
database, stale edits mixed in (issue 13; bench/concurrency.py, which also
runs 20 x 1,000): every edit lands or is refused as a conflict, the final
state is the landed edits replayed, one active plan per student. The
clients log in as real counsellor roles (row-level security in force).
Skipped without SCHOOLAAS_TEST_PG_URL (CI sets it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from concurrency import run

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_eight_clients_a_hundred_edits_each_lose_nothing_and_break_nothing() -> None:
    server = os.environ.get("SCHOOLAAS_TEST_PG_URL")
    if not server:
        pytest.skip("SCHOOLAAS_TEST_PG_URL is not set")
    outcome = run(server, clients=8, edits=100, stale_every=5)
    report = "\n".join(outcome.lines() + outcome.errors[:10] + outcome.problems[:10])
    assert outcome.errors == [], report  # nothing but landed or refused as a conflict
    assert outcome.problems == [], report  # replayed = stored, invariants hold
    assert sum(outcome.landed.values()) + sum(outcome.refused.values()) >= 800
    assert sum(outcome.landed.values()) > 400, report
    assert outcome.refused["rename"] > 0, report  # the conflicts did happen
    assert outcome.stale_sent > 50, report
    assert set(outcome.landed) == {"rename", "flip", "switch", "accept", "unaccept"}, report
