"""Lanes of the week grid: overlapping meetings sit side by side."""

from __future__ import annotations

from datetime import time

from schoolaas.domain.model import Provider
from schoolaas.reports.study_plan import TimetableBlock
from schoolaas.reports.timetable import lanes


def _b(code: str, start: tuple[int, int], end: tuple[int, int]) -> TimetableBlock:
    return TimetableBlock(1, time(*start), time(*end), code, Provider.SCHOOL, "", 7)


def test_separate_meetings_take_the_whole_column() -> None:
    out = lanes([_b("A", (8, 30), (9, 45)), _b("B", (10, 0), (11, 15))])
    assert [(b.code, lane, n) for b, lane, n in out] == [("A", 0, 1), ("B", 0, 1)]


def test_overlapping_meetings_share_the_column() -> None:
    out = lanes(
        [_b("MAA6", (10, 0), (11, 15)), _b("CS", (10, 15), (12, 0)), _b("FY3", (12, 15), (13, 30))]
    )
    assert [(b.code, lane, n) for b, lane, n in out] == [
        ("MAA6", 0, 2),
        ("CS", 1, 2),
        ("FY3", 0, 1),
    ]


def test_a_chain_of_overlaps_is_one_cluster_and_reuses_free_lanes() -> None:
    out = lanes([_b("A", (8, 0), (10, 0)), _b("B", (9, 0), (11, 0)), _b("C", (10, 0), (12, 0))])
    assert [(b.code, lane, n) for b, lane, n in out] == [("A", 0, 2), ("B", 1, 2), ("C", 0, 2)]


def test_back_to_back_meetings_do_not_overlap() -> None:
    out = lanes([_b("A", (8, 15), (10, 0)), _b("B", (10, 0), (11, 0))])
    assert all(n == 1 for _, _, n in out)
