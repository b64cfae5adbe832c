"""The main window's docks (a part the window owns): how they are made, the
first-run layout, saving and restoring what the user arranged (QSettings
via Options), and the docks keeping their share of the window as it is
resized (QMainWindow on its own gives all of a change to the timetable)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from schoolaas.ui import options as opt

LAYOUT_VERSION = 2  # saved dock layouts of older versions are not restored

# first-run shares of the window: at 1024 px the timetable keeps about half
# the width (a day wide enough for "10.15–11.45"), and the catalogue column
# and the audit share the rest
CATALOGUE_SHARE = 0.25
AUDIT_SHARE = 0.25
PLAN_SHARE = 0.36  # of the height: about ten rows at 900 px
SHARED_WIDTH = ("catalogue", "audit")  # the side columns widen with the window
SHARED_HEIGHT = ("plan",)  # the plan grows taller with it


class WindowLayout(QObject):
    """The docks of ``window`` by name ("catalogue", "detail", "plan", "audit")."""

    def __init__(self, window: QMainWindow, options: opt.Options) -> None:
        super().__init__(window)
        self.window = window
        self.options = options
        self.docks: dict[str, QDockWidget] = {}
        self._default_sizes_pending = True
        # each side dock's width (the plan's height) as a share of the
        # window's, kept when the window is resized; taken anew when the
        # user drags a separator (the mouse released on the window)
        self.shares: dict[str, float] = {}
        window.installEventFilter(self)

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
        elif not self.shares:
            QTimer.singleShot(0, self.take_shares)  # the restored layout's

    def apply_default_sizes(self) -> None:
        """The first-run layout: the plan about ten rows high (a period of a
        year at a glance), the timetable about half the width, catalogue and
        audit sharing the rest."""
        w = self.window
        d = self.docks
        width, height = max(w.width(), 900), max(w.height(), 600)
        self.shares = {"catalogue": CATALOGUE_SHARE, "audit": AUDIT_SHARE, "plan": PLAN_SHARE}
        w.resizeDocks(
            [d["catalogue"], d["audit"]],
            [int(width * CATALOGUE_SHARE), int(width * AUDIT_SHARE)],
            Qt.Orientation.Horizontal,
        )
        w.resizeDocks(
            [d["catalogue"], d["detail"]],
            [int(height * 0.55), int(height * 0.35)],
            Qt.Orientation.Vertical,
        )
        w.resizeDocks([d["plan"]], [int(height * PLAN_SHARE)], Qt.Orientation.Vertical)

    def take_shares(self) -> None:
        """Remember the docks' present sizes as shares of the window."""
        width, height = max(self.window.width(), 1), max(self.window.height(), 1)
        for name in SHARED_WIDTH:
            self.shares[name] = self.docks[name].width() / width
        for name in SHARED_HEIGHT:
            self.shares[name] = self.docks[name].height() / height

    def keep_shares(self) -> None:
        """Give the docks their shares of the window's present size (docked
        and shown ones; Qt keeps each at least its minimum)."""
        w = self.window
        for names, size, orientation in (
            (SHARED_WIDTH, w.width(), Qt.Orientation.Horizontal),
            (SHARED_HEIGHT, w.height(), Qt.Orientation.Vertical),
        ):
            docks = [
                self.docks[n]
                for n in names
                if n in self.shares and self.docks[n].isVisible() and not self.docks[n].isFloating()
            ]
            if docks:
                sizes = [int(size * self.shares[d.objectName()[: -len("_dock")]]) for d in docks]
                w.resizeDocks(docks, sizes, orientation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and self.shares:
            if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
                if event.oldSize().isValid() and event.oldSize() != event.size():
                    self.keep_shares()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                QTimer.singleShot(0, self.take_shares)  # a separator dragged
        return False
