"""The week timetable's blocks as objects of their own for assistive
technology: one invisible label per painted block, over the block's
rectangle, named by the line a screen reader speaks for it ("MAA7 …,
Tuesday 10.00–11.15, room OIH-A102, Clash with CS-A1111") and described by
its tooltip. The labels paint nothing and let the mouse through, so the
timetable still paints, clicks, drags and tooltips as before; a screen
reader can browse the week in the accessibility tree instead of only
hearing the block the arrow keys select."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class _Week(Protocol):
    """What the labels read from the timetable (TimetableWidget)."""

    def painted_blocks(self) -> list[int]: ...
    def block_rect_for(self, index: int) -> tuple[int, int, int, int]: ...
    def spoken_for(self, index: int) -> str: ...
    def tooltip_for(self, index: int) -> str: ...


class BlockObjects:
    """Keeps one label per painted block of ``week`` (a QWidget): reused
    from week to week, the ones not needed hidden."""

    def __init__(self, widget: QWidget, week: _Week) -> None:
        self._widget = widget
        self._week = week
        self._labels: list[QLabel] = []
        self._indices: list[int] = []

    def refresh(self) -> None:
        """Names, descriptions and places after the week changed."""
        self._indices = self._week.painted_blocks()
        while len(self._labels) < len(self._indices):
            label = QLabel(self._widget)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label.setObjectName("timetable_block")
            self._labels.append(label)
        for label, index in zip(self._labels, self._indices, strict=False):
            label.setAccessibleName(self._week.spoken_for(index))
            label.setAccessibleDescription(self._week.tooltip_for(index))
        for label in self._labels[len(self._indices) :]:
            label.hide()
        self.place()

    def place(self) -> None:
        """Put each label over its block (after a resize too)."""
        for label, index in zip(self._labels, self._indices, strict=False):
            label.setGeometry(*self._week.block_rect_for(index))
            label.show()

    def labels(self) -> list[QLabel]:
        """The labels in use, in the order of the painted blocks."""
        return self._labels[: len(self._indices)]
