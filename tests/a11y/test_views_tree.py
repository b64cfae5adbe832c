"""The course tray and the three-year view through the real AT-SPI bus:
every cell of the tray and every card and column of the three years reads
its content in words (tests/a11y/walker_views.py), not only a name for the
view."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

Walk = Callable[..., dict[str, Any]]

STUDENT = "Heikkinen"  # a demo student with open clashes
CODE = r"[A-ZÄÖ]{2,}[A-Z0-9]*-?[A-Z]?\d"


@pytest.fixture(scope="module")
def views(walk: Walk) -> dict[str, Any]:
    return walk([f"student:{STUDENT}", "view:t", "view:y"], "en")


def _objects(views: dict[str, Any], letter: str) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = views[f"view:{letter}"]["objects"]
    assert objects, views[f"view:{letter}"]
    return objects


def test_each_tray_cell_reads_its_period_bar_and_groups(views: dict[str, Any]) -> None:
    objects = _objects(views, "t")
    cells = [o for o in objects if re.fullmatch(r"Period \d, bar \d+", o["name"])]
    aalto = [o for o in objects if re.fullmatch(r"Period \d, Aalto courses", o["name"])]
    print(f"\ntray: {len(cells)} cells, {len(aalto)} Aalto cells, {len(objects)} objects")
    assert len(cells) >= 10
    assert len(aalto) >= 4
    for cell in cells:
        desc = cell["description"]
        assert desc == "no courses" or re.match(CODE, desc), cell
    described = " ".join(c["description"] for c in cells)
    assert re.search(r"free seats: \d+|full", described), described[:400]


def test_each_tray_group_says_seats_chosen_and_clash_in_words(views: dict[str, Any]) -> None:
    objects = _objects(views, "t")
    groups = [o for o in objects if re.match(r"Period \d, bar \d+; ", o["description"])]
    print(f"\ntray: {len(groups)} group buttons checked")
    assert len(groups) >= 20
    for group in groups:
        assert re.match(CODE, group["name"]), group
        assert "✓" not in group["name"]  # words, not marks
        assert "⚠" not in group["name"]
        assert re.search(r"\d+ op", group["description"]), group  # the course's op
    names = [g["name"] for g in groups]
    assert any(", chosen" in n for n in names), names
    # a chosen group that clashes names the course it clashes with
    assert any(re.search(rf", chosen, clash with {CODE}", n) for n in names), [
        n for n in names if "clash" in n
    ]
    courses = [o for o in objects if re.match(r"Period \d, Aalto courses; ", o["description"])]
    assert courses
    assert all(re.search(r", (fits|clashes)", c["name"]) for c in courses)
    assert any(re.search(rf"clashes with {CODE}", c["name"]) for c in courses)


def test_each_three_year_card_reads_code_name_op_and_period(views: dict[str, Any]) -> None:
    objects = _objects(views, "y")
    card = re.compile(
        rf"^{CODE}\S*( \S+)*?, .+, \d+(\.\d+)? op, "
        r"(\d{4}-\d\d period \d|elsewhere or earlier)(, (completed|failed))?(, Aalto)?$"
    )
    cards = [o for o in objects if o["description"].startswith("Ctrl+Left or Ctrl+Right")]
    print(f"\nthree years: {len(cards)} cards checked, {len(objects)} objects")
    assert len(cards) >= 20
    for c in cards:
        assert card.match(c["name"]), c
    assert any(c["name"].endswith(", completed") for c in cards)
    assert any(c["name"].endswith(", Aalto") for c in cards)
    columns = [o for o in objects if re.match(r"\d{4}-\d\d period \d, ", o["name"])]
    assert len(columns) >= 15  # three years of five or six periods
    for column in columns:
        assert re.match(r"\d+(\.\d+)? op in this period, \d+", column["description"]), column
    bars = [o for o in objects if o["name"] == "Credits by the end of the period"]
    assert len(bars) >= len(columns)  # one a column
    assert all(re.search(r"compulsory \d", b["description"]) for b in bars)
