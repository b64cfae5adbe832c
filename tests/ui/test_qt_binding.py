"""The Qt binding must not leak references to None: PySide6-Essentials 6.12.0
on Python 3.11 dropped one per call of a method returning nothing, and the
app died with "deallocating None" after a few thousand repaints."""

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_nothing_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) - before > -100
