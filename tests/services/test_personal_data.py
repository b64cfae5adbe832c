"""A student's history and personal data (issue 13): the change log read
per student and exported (CSV formula-escaped, JSON), everything about one
student exported as one JSON file, and a student erased (rows gone, the
change log keeps a tombstone). Counsellor or admin only. Files owner-only.
SQLite and PostgreSQL."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from planner_fixtures import Tiny
from sqlalchemy import text

from schoolaas.data import repositories as repo
from schoolaas.domain.model import ItemStatus
from schoolaas.services.access import Access
from schoolaas.services.errors import NotAllowed, NotFound
from schoolaas.services.people import history, personal_data, students
from schoolaas.services.workspace import Workspace


def test_the_history_says_what_changed_in_words(ws: Workspace, tiny: Tiny) -> None:
    ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    entries = history.student_history(ws, tiny.aino)
    assert [e.describe() for e in entries][:1] == ["Student Aino Virtanen added."]
    assert entries[-1].describe() == "Course MAA6 changed: status planned → completed; grade – → 9."
    assert entries[-1].changed_fields() == [
        ("status", "planned", "completed"),
        ("grade", None, "9"),
    ]
    assert history.student_history(ws, tiny.eero)[0].student_id == tiny.eero


def test_the_history_exports_as_escaped_csv_and_json_owner_only(
    ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    ws.rename_plan(tiny.aino_plan, "=HYPERLINK(1)")
    entries = history.student_history(ws, tiny.aino)
    path = history.write_history(tmp_path / "aino.csv", entries)
    body = path.read_text(encoding="utf-8")
    assert body.splitlines()[0] == "at,who,table,row,action,plan,change,before,after"
    assert "'=HYPERLINK(1)" not in body  # the name is inside the sentence, not a cell start
    assert "Plan Plan changed: name Plan → =HYPERLINK(1)." in body
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    as_json = json.loads(history.write_history(tmp_path / "aino.json", entries).read_text())
    assert as_json[-1]["after"]["name"] == "=HYPERLINK(1)"
    assert as_json[-1]["before"]["name"] == "Plan"


def test_a_csv_cell_that_starts_like_a_formula_is_escaped(ws: Workspace, tiny: Tiny) -> None:
    entries = [replace(history.student_history(ws, tiny.aino)[0], who="=cmd|' /C calc'!A0")]
    assert history.history_csv(entries).splitlines()[1].split(",")[1].startswith("'=cmd")


def test_an_unknown_history_format_is_refused(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="xlsx"):
        history.write_history(tmp_path / "h.xlsx", [])
    assert not (tmp_path / "h.xlsx").exists()


def test_the_export_holds_everything_about_the_student(
    ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    ws.accept_finding(tiny.aino_plan, "overlap|x", "Counsellor", "agreed with the teacher")
    data = personal_data.export_student(ws, tiny.aino)
    assert data["format"] == "schoolaas-personal-data"
    assert data["student"]["number"] == "OTA-1001"
    assert data["student"]["matriculation"] == ["MA"]
    [plan] = data["plans"]
    assert {i["code"] for i in plan["items"]} == {"MAA6", "CS-A1111"}
    assert plan["acceptances"][0]["why"] == "agreed with the teacher"
    assert {e["table"] for e in data["change_log"]} == {
        "student",
        "plan",
        "plan_item",
        "acceptance",
    }
    assert "Eero" not in json.dumps(data)  # nobody else's data
    path = personal_data.write_export(tmp_path / "aino.json", data)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_erasing_removes_the_rows_and_tombstones_the_change_log(ws: Workspace, tiny: Tiny) -> None:
    ws.set_status(tiny.maa6_item, ItemStatus.COMPLETED, "9")
    count = len(history.student_history(ws, tiny.aino))
    change = personal_data.erase_student(ws, tiny.aino)
    assert change.student_ids == {tiny.aino}
    with pytest.raises(NotFound):
        ws.student(tiny.aino)
    with ws.session() as s:
        assert repo.plans_of(tiny.aino, session=s) == []
        assert repo.items_of([tiny.aino_plan], session=s) == []
        log = s.execute(text("SELECT before, after FROM change_log")).all()
    assert not any("Aino" in (b or "") + (a or "") for b, a in log)  # nowhere in the log
    entries = history.student_history(ws, tiny.aino)
    assert len(entries) > count  # the deletes, then the tombstone over all
    assert all(e.before == e.after == {"erased": True} for e in entries)
    assert entries[-1].action == "erase"
    assert {e.describe() for e in entries} == {"Personal data erased."}
    assert ws.student(tiny.eero).first_name == "Eero"  # the other student stays


def test_a_student_may_not_export_or_erase(ws: Workspace, tiny: Tiny) -> None:
    ws._access = Access("student", student_id=tiny.aino)
    with pytest.raises(NotAllowed):
        personal_data.export_student(ws, tiny.aino)
    with pytest.raises(NotAllowed):
        personal_data.erase_student(ws, tiny.eero)
    ws._access = Access("counsellor", schools=("TAP",))  # Eero's school, not Aino's
    with pytest.raises(NotAllowed):
        personal_data.erase_student(ws, tiny.aino)
    assert ws.student(tiny.aino).first_name == "Aino"
    assert personal_data.export_student(ws, tiny.eero)["student"]["number"] == "TAP-2001"


def test_an_erased_students_form_edit_in_the_log_is_gone_too(ws: Workspace, tiny: Tiny) -> None:
    data = students.student_input(ws, tiny.aino)
    students.update_student(ws, tiny.aino, replace(data, last_name="Secret-Name"))
    personal_data.erase_student(ws, tiny.aino)
    with ws.session() as s:
        texts = s.execute(text("SELECT before || after FROM change_log")).scalars().all()
    assert not any("Secret-Name" in (t or "") for t in texts)


def test_the_students_login_is_exported_and_erased(ws: Workspace, tiny: Tiny) -> None:
    from schoolaas.data.tables import PersonRow

    with ws.session() as s:
        s.add(PersonRow(role_name="s_ota1001", kind="student", student_id=tiny.aino, name="Aino"))
        s.execute(  # a change the student made with their own login
            text(
                "INSERT INTO change_log (at, who, client, student_id, tab, action) "
                "VALUES (CURRENT_TIMESTAMP, 's_ota1001', '', :id, 'plan_item', 'update')"
            ),
            {"id": tiny.aino},
        )
    data = personal_data.export_student(ws, tiny.aino)
    assert data["logins"] == [{"role_name": "s_ota1001", "kind": "student", "name": "Aino"}]
    personal_data.erase_student(ws, tiny.aino)
    with ws.session() as s:
        assert s.execute(text("SELECT count(*) FROM person")).scalar_one() == 0
        whos = set(s.execute(text("SELECT who FROM change_log")).scalars())
    assert "s_ota1001" not in whos
    assert "(erased)" in whos
