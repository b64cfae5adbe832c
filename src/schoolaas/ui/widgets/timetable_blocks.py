"""How the week timetable draws its blocks: their colours, titles that fit,
and how overlapping blocks share a day. The blocks themselves are plain data
from services/plans/blocks.py."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

from schoolaas.services.plans.blocks import Block
from schoolaas.ui.widgets.enum_values import AALTO

if TYPE_CHECKING:
    from schoolaas.domain.model import Provider

FIRST_HOUR = 8
LAST_HOUR = 20
DAYS = 5

_SCHOOL_COLOURS = ("#8ecae6", "#a8dadc", "#b5e48c", "#cdb4db", "#bde0fe", "#caffbf")
_AALTO_COLOURS = ("#ffb703", "#fb8500", "#f4a261", "#e9c46a", "#ffadad", "#ffd6a5")


def colour_for(key: str, provider: Provider) -> QColor:
    palette = _AALTO_COLOURS if provider == AALTO else _SCHOOL_COLOURS
    return QColor(palette[sum(key.encode()) % len(palette)])


def fit_title(fm: QFontMetrics, title: str, code: str, width: int) -> str:
    """The title if it fits in ``width`` pixels, else the course code (a
    label like "CS-A1111 L01+XXH03" is its code plus groups), else the
    title shortened with an ellipsis."""
    if fm.horizontalAdvance(title) <= width:
        return title
    if code and title.startswith(code) and fm.horizontalAdvance(code) <= width:
        return code
    return fm.elidedText(title, Qt.TextElideMode.ElideRight, max(width, 0))


def time_span(start: time, end: time, *, short: bool = False) -> str:
    """The times as "10.15–11.45"; ``short`` leaves out whole hours' ".00"
    ("10–11.45", as a Finnish timetable writes "klo 10–11.45")."""

    def one(t: time) -> str:
        return f"{t.hour}" if short and t.minute == 0 else f"{t.hour}.{t:%M}"

    return f"{one(start)}–{one(end)}"


class BlockText(NamedTuple):
    """What a block shows: ``title`` (bold, first line; empty when the block
    holds one line only) and the ``lines`` under it in the plain font."""

    title: str
    lines: list[str]


def fit_block_text(
    bold: QFontMetrics,
    plain: QFontMetrics,
    b: Block,
    mark: str,
    width: int,
    height: int,
) -> BlockText:
    """The block's title, times and room fitted into ``width`` × ``height``
    pixels. The times stay to the last: the name is shortened (to its code,
    then with an ellipsis) before them, a block one line high shows the
    times with as much of the name as fits after them, and a narrow block
    writes whole hours short ("10–11.45") before anything is cut. The room
    comes only where a line is left for it."""
    span = time_span(b.start, b.end)
    if plain.horizontalAdvance(span) > width:
        span = time_span(b.start, b.end, short=True)
    if plain.horizontalAdvance(span) > width:
        span = plain.elidedText(span, Qt.TextElideMode.ElideRight, max(width, 0))
    line = plain.height()  # the title's line too, as the block has always drawn it
    if 2 * line > height + 2:
        head = mark + span
        room = width - plain.horizontalAdvance(head + " ")
        name = fit_title(plain, b.title, b.colour_key, room) if room > 0 else ""
        return BlockText("", [f"{head} {name}".rstrip() if name not in ("", "…") else head])
    title = mark + fit_title(bold, b.title, b.colour_key, width - bold.horizontalAdvance(mark))
    lines = [span]
    if b.room and 3 * line <= height + 2:
        lines.append(plain.elidedText(b.room, Qt.TextElideMode.ElideRight, max(width, 0)))
    return BlockText(title, lines)


def lay_out_columns(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Index of each block -> (column, columns) so overlapping blocks of one
    day sit side by side instead of on top of each other."""
    out: dict[int, tuple[int, int]] = {}
    for cluster in overlap_clusters(blocks):
        columns_end: list[int] = []
        for i in cluster:
            b = blocks[i]
            column = next((c for c, e in enumerate(columns_end) if e <= b.start_minutes), None)
            if column is None:
                column = len(columns_end)
                columns_end.append(b.end_minutes)
            else:
                columns_end[column] = b.end_minutes
            out[i] = (column, 0)
        for i in cluster:
            out[i] = (out[i][0], len(columns_end))
    return out


def overlap_clusters(blocks: list[Block]) -> list[list[int]]:
    """Indices of blocks in runs that overlap in time on one day (a block on
    its own is a run of one), each run in start order."""
    clusters: list[list[int]] = []
    for day in range(7):
        todays = sorted(
            (i for i, b in enumerate(blocks) if b.day == day),
            key=lambda i: (blocks[i].start_minutes, blocks[i].end_minutes),
        )
        cluster: list[int] = []
        cluster_end = -1
        for i in todays:
            b = blocks[i]
            if cluster and b.start_minutes >= cluster_end:
                clusters.append(cluster)
                cluster = []
            cluster.append(i)
            cluster_end = max(cluster_end, b.end_minutes) if len(cluster) > 1 else b.end_minutes
        if cluster:
            clusters.append(cluster)
    return clusters
