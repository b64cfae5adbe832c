"""The main window's docks (a part the window owns): how they are made, the
first-run layout, and saving and restoring what the user arranged (QSettings
via Options)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from schoolaas.ui import options as opt

LAYOUT_VERSION = 2  # saved dock layouts of older versions are not restored


class WindowLayout:
    """The docks of ``window`` by name ("catalogue", "detail", "plan", "audit")."""

    def __init__(self, window: QMainWindow, options: opt.Options) -> None:
        self.window = window
        self.options = options
        self.docks: dict[str, QDockWidget] = {}
        self._default_sizes_pending = True

    def dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setAccessibleName(title.replace("&", ""))
        self.docks[name] = dock
        return dock

    @staticmethod
    def set_tab_order(chain: list[QWidget]) -> None:
        """Tab goes round the window in reading order: plan version, the
        catalogue and its details, the week navigator and timetable, the
        plan with its buttons, the findings with theirs."""
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def restore(self) -> None:
        geometry = self.options.get(opt.WINDOW_GEOMETRY)
        state = self.options.get(opt.WINDOW_STATE)
        if geometry:
            self.window.restoreGeometry(geometry)
        restored = bool(state) and self.window.restoreState(state, LAYOUT_VERSION)
        self._default_sizes_pending = not restored

    def save(self) -> None:
        self.options.set(opt.WINDOW_GEOMETRY, bytes(self.window.saveGeometry().data()))
        self.options.set(opt.WINDOW_STATE, bytes(self.window.saveState(LAYOUT_VERSION).data()))

    def shown(self) -> None:
        """The window was shown: dock sizes only take once it is laid out."""
        if self._default_sizes_pending:
            self._default_sizes_pending = False
            QTimer.singleShot(0, self.apply_default_sizes)

    def apply_default_sizes(self) -> None:
        """The first-run layout: the plan about ten rows high (a period of a
        year at a glance), the timetable wide enough for two courses side by
        side in a day, catalogue and audit sharing the rest."""
        w = self.window
        d = self.docks
        width, height = max(w.width(), 900), max(w.height(), 600)
        side = max(300, int(width * 0.3))
        w.resizeDocks(
            [d["catalogue"], d["audit"]],
            [side, max(280, int(width * 0.25))],
            Qt.Orientation.Horizontal,
        )
        w.resizeDocks(
            [d["catalogue"], d["detail"]],
            [int(height * 0.55), int(height * 0.35)],
            Qt.Orientation.Vertical,
        )
        w.resizeDocks([d["plan"]], [int(height * 0.36)], Qt.Orientation.Vertical)
