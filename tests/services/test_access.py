"""Who is using the app (issue 13): an offline SQLite copy is the
counsellor's unless its ``student_mode`` setting names a student; the
PostgreSQL side is proven with real logins in tests/data/test_row_security.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from planner_fixtures import Tiny, copy_tiny

from schoolaas.services.access import STUDENT_MODE_SETTING, Access
from schoolaas.services.workspace import Workspace


@pytest.fixture
def offline(tiny_template: Tiny, tmp_path: Path) -> Iterator[tuple[Workspace, Tiny]]:
    tiny = copy_tiny(tiny_template, tmp_path)
    workspace = Workspace.open(tiny.url)
    yield workspace, tiny
    workspace.close()


def test_an_offline_copy_is_a_counsellors_by_default(offline: tuple[Workspace, Tiny]) -> None:
    access = offline[0].access
    assert access == Access("counsellor")
    assert access.sees_overview
    assert access.may_accept
    assert not access.may_administer


def test_the_student_mode_setting_opens_the_students_own_plan_only(
    offline: tuple[Workspace, Tiny],
) -> None:
    ws, tiny = offline
    ws.set_setting(STUDENT_MODE_SETTING, "OTA-1001")
    access = ws.refresh_access()
    assert access.kind == "student"
    assert access.student_id == tiny.aino
    assert not access.sees_overview
    assert not access.may_accept
