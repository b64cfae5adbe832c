"""The week timetable's blocks through the real AT-SPI bus: each painted
block is an object of its own in the accessibility tree, named by what it
shows (course, weekday, time, room, what it clashes with), placed over the
block, and the same blocks the arrow keys read out (tests/a11y/walker_views.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

Walk = Callable[..., dict[str, Any]]

STUDENT = "Heikkinen"  # a demo student with open clashes
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday"
NAME = re.compile(
    rf"^(?:⚠ )?(?P<title>.+?), (?P<day>{WEEKDAYS}) \d{{1,2}}\.\d\d–\d{{1,2}}\.\d\d"
    r"(?:, room (?P<room>[^,]+))?(?:, Clash with (?P<clash>.+?)(?: \(accepted\))?)?$"
)
CODE = re.compile(r"^[A-ZÄÖ]{2,}[A-Z0-9.-]*\d")


@pytest.fixture(scope="module")
def week(walk: Walk) -> dict[str, Any]:
    result = walk([f"student:{STUDENT}", "blocks"], "en")
    blocks: dict[str, Any] = result["blocks"]
    print(json.dumps(blocks, ensure_ascii=False, indent=1))
    return blocks


def test_each_block_is_an_object_named_by_what_it_shows(week: dict[str, Any]) -> None:
    objects = week["objects"]
    print(f"\n{len(objects)} block objects checked in the week timetable")
    assert week["timetable"]["name"] == "Week timetable"
    # the timetable's own summary counts the sessions of the week
    sessions = int(re.match(r"(\d+) session", week["timetable"]["description"]).group(1))
    assert len(objects) == sessions >= 3, week
    for obj in objects:
        match = NAME.match(obj["name"])
        assert match, obj
        assert CODE.match(match["title"]), obj  # the course code first
        # the description is the block's tooltip: title, provider, time
        assert match["title"] in obj["description"], obj


def test_the_objects_lie_over_the_painted_blocks(week: dict[str, Any]) -> None:
    x, y, w, h = week["extents"]
    boxes = [tuple(obj["extents"]) for obj in week["objects"]]
    for bx, by, bw, bh in boxes:
        assert min(bw, bh) > 4
        assert x <= bx, (week["extents"], bx)
        assert y <= by, (week["extents"], by)
        assert bx + bw <= x + w, (week["extents"], bx, bw)
        assert by + bh <= y + h, (week["extents"], by, bh)
    assert len(set(boxes)) == len(boxes)  # one object per block, none on top of another


def test_a_clashing_block_names_its_partner(week: dict[str, Any]) -> None:
    found = [(NAME.match(o["name"]), o["name"]) for o in week["objects"]]
    clashing = [(m, name) for m, name in found if m["clash"]]
    assert clashing, [o["name"] for o in week["objects"]]
    print(f"\n{len(clashing)} clashing blocks: {[name for _, name in clashing]}")
    for match, _ in clashing:
        for partner in match["clash"].split(", "):
            # the partner is a block of the same day that says it clashes back
            assert any(
                m["title"] == partner and m["day"] == match["day"] and match["title"] in m["clash"]
                for m, _ in clashing
            ), (match["title"], partner)


def test_the_tree_has_the_blocks_the_arrow_keys_read(week: dict[str, Any]) -> None:
    """Right arrow once per block: every block heard once, each one an
    object of the tree (the arrow keys used to go round the first meetings
    of the plan items only)."""
    names = sorted(obj["name"] for obj in week["objects"])
    assert sorted(week["keyboard"]) == names
