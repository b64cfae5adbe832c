"""The main window's docks: how they are made, the first-run layout, and
saving and restoring what the user arranged (QSettings via Options)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from schoolaas.ui import options as opt

LAYOUT_VERSION = 2  # saved dock layouts of older versions are not restored


class WindowLayout(QMainWindow):
    """Mixin of MainWindow (which has ``options`` and the four docks)."""

    options: opt.Options
    catalogue_dock: QDockWidget
    detail_dock: QDockWidget
    plan_dock: QDockWidget
    audit_dock: QDockWidget
    _default_sizes_pending = True

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setAccessibleName(title.replace("&", ""))
        return dock

    def set_tab_order(self, chain: list[QWidget]) -> None:
        """Tab goes round the window in reading order: plan version, the
        catalogue and its details, the week navigator and timetable, the
        plan with its buttons, the findings with theirs."""
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore_layout(self) -> None:
        geometry = self.options.get(opt.WINDOW_GEOMETRY)
        state = self.options.get(opt.WINDOW_STATE)
        if geometry:
            self.restoreGeometry(geometry)
        restored = bool(state) and self.restoreState(state, LAYOUT_VERSION)
        self._default_sizes_pending = not restored

    def save_layout(self) -> None:
        self.options.set(opt.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.options.set(opt.WINDOW_STATE, bytes(self.saveState(LAYOUT_VERSION).data()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_sizes_pending:  # dock sizes only take once the window is laid out
            self._default_sizes_pending = False
            QTimer.singleShot(0, self.apply_default_sizes)

    def apply_default_sizes(self) -> None:
        """The first-run layout: the plan about ten rows high (a period of a
        year at a glance), the timetable wide enough for two courses side by
        side in a day, catalogue and audit sharing the rest."""
        width, height = max(self.width(), 900), max(self.height(), 600)
        side = max(300, int(width * 0.3))
        self.resizeDocks(
            [self.catalogue_dock, self.audit_dock],
            [side, max(280, int(width * 0.25))],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks(
            [self.catalogue_dock, self.detail_dock],
            [int(height * 0.55), int(height * 0.35)],
            Qt.Orientation.Vertical,
        )
        self.resizeDocks([self.plan_dock], [int(height * 0.36)], Qt.Orientation.Vertical)
