"""A bare PySide6 main window: prints "painted" at its first paint event.
The baseline the app's cold start is compared with (started the same way)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class _Watch(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("first paint", flush=True)
            QApplication.instance().quit()
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
watch = _Watch()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
