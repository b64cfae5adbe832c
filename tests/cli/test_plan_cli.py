"""`schoolaas plan …`: what the window does to a plan, from the command
line, over the same plan service: show, add and remove a course with its
groups, status and grade (checked against the scale), accept and reopen a
finding with its reason, duplicate a plan and make one active. Bad input
is one line on stderr with exit 2 and nothing stored."""

from __future__ import annotations

import pytest
from planner_fixtures import CS_KEY, Tiny

from schoolaas.cli import main
from schoolaas.services.workspace import Workspace

AINO, EERO = "OTA-1001", "TAP-2001"


def run(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> tuple[int, str, str]:
    code = main(["plan", *argv, "--db", db])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def items(tiny: Tiny, plan_id: int) -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    with Workspace(tiny.url) as ws:
        return {i.code: (str(i.status), i.grade, i.group_keys) for i in ws.items(plan_id)}


def test_show_lists_items_findings_and_keys(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, db_path, "show", AINO)
    assert code == 0
    assert "Aino Virtanen (OTA-1001), plan 'Plan' (active)" in out
    assert "MAA6" in out
    assert "CS-A1111" in out
    assert "1. [error]" in out
    assert "overlap" in out
    assert "key: overlap" in out


def test_add_with_groups_and_remove(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, db_path, "add", EERO, "CS-A1111", "--groups", "L01,H02")
    assert code == 0
    assert "Added CS-A1111" in out
    assert "L01+H02" in out
    assert items(tiny_db, tiny_db.eero_plan)["CS-A1111"][2] == ("L01", "H02")
    code, out, _ = run(capsys, db_path, "remove", EERO, "CS-A1111")
    assert code == 0
    assert "Removed CS-A1111" in out
    assert "CS-A1111" not in items(tiny_db, tiny_db.eero_plan)


def test_a_group_the_course_lacks_is_refused(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, db_path, "add", EERO, CS_KEY, "--groups", "L01,H09")
    assert code == 2
    assert "H09" in err
    assert items(tiny_db, tiny_db.eero_plan) == {}


def test_status_and_grade_on_its_scale(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, db_path, "status", AINO, "MAA6", "completed", "--grade", "9")
    assert code == 0
    assert "MAA6 (item" in out
    assert "completed, grade 9" in out
    assert items(tiny_db, tiny_db.aino_plan)["MAA6"][:2] == ("completed", "9")
    code, _, err = run(capsys, db_path, "status", AINO, "CS-A1111", "completed", "--grade", "9")
    assert code == 2  # Aalto grades 0-5 or pass/fail
    assert "scale" in err
    assert items(tiny_db, tiny_db.aino_plan)["CS-A1111"][:2] == ("planned", None)
    code, _, err = run(capsys, db_path, "status", AINO, "MAA6", "done")
    assert code == 2
    assert "'done' is not a status" in err


def test_accept_with_reason_and_reopen(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, db_path, "accept", AINO, "1")
    assert code == 2
    assert "--reason" in err
    code, out, _ = run(
        capsys, db_path, "accept", AINO, "1", "--reason", "lecture recorded", "--who", "Koski"
    )
    assert code == 0
    assert "Accepted:" in out
    assert "(by Koski: lecture recorded)" in out
    code, out, _ = run(capsys, db_path, "show", AINO)
    assert "accepted by Koski" in out
    assert "lecture recorded" in out
    code, out, _ = run(capsys, db_path, "reopen", AINO, "1")
    assert code == 0
    assert "it was accepted: lecture recorded" in out
    with Workspace(tiny_db.url) as ws:
        assert all(f.is_open for f in ws.audit(tiny_db.aino_plan).findings)


def test_duplicate_and_activate(db_path, tiny_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, db_path, "duplicate", AINO, "--name", "With Aalto")
    assert code == 0
    assert "to 'With Aalto' (not active)" in out
    code, out, _ = run(capsys, db_path, "activate", AINO, "--plan", "with aalto")
    assert code == 0
    assert "'With Aalto' is now the active plan" in out
    with Workspace(tiny_db.url) as ws:
        plans = {p.name: p.active for p in ws.plans(tiny_db.aino)}
    assert plans == {"Plan": False, "With Aalto": True}
    code, _, err = run(capsys, db_path, "activate", AINO, "--plan", "Nope")
    assert code == 2
    assert "no plan 'Nope'" in err
