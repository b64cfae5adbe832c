"""The app as a screen reader meets it: its accessibility tree read through
the real AT-SPI bus (tests/a11y/walker.py), and the core journeys done with
the keyboard alone, checked by what the tree says after each key."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

Walk = Callable[..., dict[str, Any]]

STUDENT = "Heikkinen"  # a demo student with open clashes
AALTO_CODE = "CS-A1111"  # the spring lecture is not in their plan yet
REASON = "Lecture recorded, teacher agreed"
JOURNEYS = [
    "tree",
    "timetable",
    f"student:{STUDENT}",
    "audit",
    f"aalto:{AALTO_CODE}",
    f"accept:{REASON}",
    "window:t",  # the course tray (Ctrl+Shift+T)
    "window:y",  # the three years (Ctrl+Shift+Y)
]
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday"


@pytest.fixture(scope="module")
def english(walk: Walk) -> dict[str, Any]:
    return walk(JOURNEYS, "en")


@pytest.fixture(scope="module")
def finnish(walk: Walk) -> dict[str, Any]:
    return walk(["tree"], "fi")


@pytest.fixture(scope="module")
def swedish(walk: Walk) -> dict[str, Any]:
    return walk(["tree"], "sv")


def _tree(result: dict[str, Any]) -> dict[str, Any]:
    tree: dict[str, Any] = result["tree"]
    return tree


@pytest.mark.parametrize("language", ["english", "finnish", "swedish"])
def test_every_focusable_control_and_table_has_a_name(
    language: str, request: pytest.FixtureRequest
) -> None:
    tree = _tree(request.getfixturevalue(language))
    print(f"\n{language}: {tree['checked']} controls checked: {tree['roles']}")
    assert tree["checked"] >= 40, tree["roles"]
    assert tree["unnamed"] == []
    assert len(tree["tables"]) >= 3  # catalogue, plan, findings
    assert all(t["name"] for t in tree["tables"])
    for table in tree["tables"]:
        assert table["headers"], table
        assert all(h.strip() for h in table["headers"]), table


@pytest.mark.parametrize("language", ["finnish", "swedish"])
def test_the_names_are_in_the_interface_language(
    language: str, english: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    names = {c["name"] for c in _tree(request.getfixturevalue(language))["controls"]}
    english_names = {c["name"] for c in _tree(english)["controls"]}
    same = names & english_names
    # codes, a student's name and "op" stay as they are; words do not
    assert len(same) < len(names) / 3, sorted(same)


def test_combo_boxes_say_what_they_choose(english: dict[str, Any]) -> None:
    """Qt on Linux names a combo box by its current value ("All providers"):
    the description says what the box is for."""
    described = {c["description"] for c in _tree(english)["controls"] if c["role"] == "combo box"}
    assert described >= {"Provider filter", "Subject filter", "Plan version"}, described


def test_choose_a_student_by_keyboard(english: dict[str, Any]) -> None:
    journey = english["student"]
    assert journey["dialog"].startswith("Choose a student")
    assert journey["focus_in_dialog"]["name"] == "Search students"  # typing searches
    assert STUDENT in journey["first_row"][0][1]
    assert journey["dialog_closed"]
    assert journey["student_shown"]["name"] == "Current student"
    assert STUDENT in journey["student_shown"]["description"]


def test_read_the_audit_by_keyboard(english: dict[str, Any]) -> None:
    journey = english["audit"]
    assert journey["focus"]["role"] == "table"
    assert journey["focus"]["name"] == "Findings"
    assert journey["headers"] == ["Severity", "Finding", "Items", "Status"]
    assert any(row[0] == "Error" and "overlap" in row[1] for row in journey["rows"])
    bars = {bar["name"]: bar["description"] for bar in journey["bars"]}
    assert re.fullmatch(r"\d+ / 150 op", bars["Total credits"]), bars
    assert set(bars) >= {"Compulsory credits", "National elective credits", "University credits"}


def test_add_an_aalto_course_and_pick_its_groups_by_keyboard(english: dict[str, Any]) -> None:
    journey = english["aalto"]
    assert journey["search_focus"]["name"] == "Search the catalogue"
    assert journey["table_focus"]["name"] == "Catalogue"
    assert journey["row"] is not None, journey.get("catalogue_rows")
    # the spring lecture clashes with the plan: asked first, Cancel the focused default
    question = journey["add_question"]
    assert question["name"].startswith(f"Add {AALTO_CODE}?"), question
    assert question["focus"]["name"] == "Cancel"
    assert question["closed"]
    assert journey["plan_focus"]["name"] == "Study plan items"
    assert journey["groups_dialog"].startswith(f"Study groups of {AALTO_CODE}")
    assert journey["dialog_focus"]["role"] == "check box"
    assert all(box["name"].startswith("Group ") for box in journey["boxes_before"])
    # a group that clashes says so in words, not by colour alone
    assert any(box["description"].endswith(", Clash") for box in journey["boxes_before"])
    assert all(re.search(r"\d\.\d\d", box["description"]) for box in journey["boxes_before"])
    ticked = journey["ticked"].removeprefix("Group ")
    assert journey["dialog_closed"]
    added = [r for r in journey["plan_rows_with_code"] if "spring" in r[3]]
    assert len(added) == 1, journey["plan_rows_with_code"]
    assert ticked in added[0][-1]


def test_accept_a_finding_by_keyboard_and_hear_it(english: dict[str, Any]) -> None:
    journey = english["accept"]
    assert journey["focus"]["name"] == "Findings"
    assert journey["dialog"].startswith("Accept finding")
    assert journey["dialog_focus"]["role"] == "text"  # the reason, typed at once
    assert journey["after_tab"]["role"] == "push button"
    assert journey["dialog_closed"]
    row = journey["row"]
    finding = journey["before"][row][1]
    after = {r[1]: r[3] for r in journey["after"]}
    assert after.get(finding, "").startswith("Accepted by "), journey["after"]
    assert REASON in after[finding]  # the status reads who accepted it and why
    # the audit's changed findings were announced on the bus
    assert any("accepted" in text for text in english["announcements"]), english["announcements"]


def test_timetable_blocks_read_out_by_keyboard(english: dict[str, Any]) -> None:
    journey = english["timetable"]
    assert journey["focus"]["name"] == "Week timetable"
    assert journey["blocks"], journey
    spoken = re.compile(rf"^.+, ({WEEKDAYS}) \d{{1,2}}\.\d\d–\d{{1,2}}\.\d\d(, room \S+)?(, .+)?$")
    for text in journey["blocks"]:
        assert spoken.match(text), text


@pytest.mark.parametrize("window", ["window:t", "window:y"])
def test_the_tray_and_the_three_years_name_their_content(
    window: str, english: dict[str, Any]
) -> None:
    tree = english[window]["tree"]
    main = _tree(english)["checked"]
    print(f"\n{window}: {tree['checked']} controls checked with the window open: {tree['roles']}")
    assert tree["checked"] > main + 20, "the window did not open"
    assert tree["unnamed"] == []
    shown = [c["name"] for c in tree["controls"] if c["role"] in ("check box", "label")]
    # course buttons and cards say which course and whether it fits or how many
    # credits it brings in words, not only by colour
    said = "fits|clashes" if window == "window:t" else r"\d op"
    code = r"[A-ZÄÖ]{2,}-?[A-Z]?\d"
    assert any(re.search(code, n) and re.search(said, n) for n in shown), shown[:20]
