"""Courses dragged from the catalogue and dropped on the plan or the week:
one MIME type, written by the catalogue model, read by both drop targets."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent

OFFERING_MIME = "application/x-schoolaas-offering"


def offering_mime(keys: Iterable[str]) -> QMimeData:
    """The dragged offerings' keys, one a line (also as plain text)."""
    text = "\n".join(keys)
    mime = QMimeData()
    mime.setData(OFFERING_MIME, text.encode())
    mime.setText(text)
    return mime


def carries_offerings(event: QDragMoveEvent | QDropEvent) -> bool:
    return event.mimeData().hasFormat(OFFERING_MIME)


def accept_offerings(event: QDragMoveEvent) -> bool:
    """Accept a drag (enter or move) that carries offerings, ignore any
    other; whether it was accepted."""
    if carries_offerings(event):
        event.acceptProposedAction()
        return True
    event.ignore()
    return False


def drop_offerings(event: QDropEvent, dropped: Callable[[str], object]) -> None:
    """Accept a drop of offerings and then, once the drag has ended (the
    next turn of the event loop), call ``dropped`` with each key it carries:
    adding may ask first ("Add anyway?"), and a modal question inside a
    drop handler holds the drag's source on some platforms. A drop of
    anything else is ignored."""
    data = event.mimeData()
    if not data.hasFormat(OFFERING_MIME):
        event.ignore()
        return
    keys = [k for k in bytes(data.data(OFFERING_MIME).data()).decode().splitlines() if k]
    event.acceptProposedAction()

    def add() -> None:
        for key in keys:
            dropped(key)

    QTimer.singleShot(0, add)
