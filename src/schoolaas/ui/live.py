"""Live refresh (issue 13): about once a second, ask the open database what
other copies of the program changed (services/live.ChangeWatcher: a cheap
check, no waiting) and publish it on the ChangeBus, so every window
refreshes what it shows as for an edit made elsewhere."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from schoolaas.ui.changes import ChangeBus

if TYPE_CHECKING:
    from schoolaas.services.live import ChangeWatcher
    from schoolaas.services.workspace import Workspace

INTERVAL_MS = 1000
log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """Polls the watched workspace's database every ``INTERVAL_MS`` and
    publishes what others changed on ``bus`` (origin: this object)."""

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.workspace: Workspace | None = None
        self._watcher: ChangeWatcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def watch(self, workspace: Workspace) -> None:
        self.stop()
        self.workspace = workspace
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = None
        self.workspace = None

    def check(self) -> None:
        """One look: publish what others changed, if anything."""
        if self.workspace is None:
            return
        try:
            if self._watcher is None:
                from schoolaas.services.live import ChangeWatcher

                self._watcher = ChangeWatcher(self.workspace.engine)
                return  # changes from now on
            change = self._watcher.poll()
        except Exception as exc:  # the database went away: try again next time
            log.warning("live refresh: %s", exc)
            if self._watcher is not None:
                self._watcher.close()
            self._watcher = None
            return
        if change is not None:
            self.bus.publish(change, self)
