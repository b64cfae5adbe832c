"""Tell a screen reader something that changed away from the keyboard focus
(the audit's findings after an edit), as ARIA's polite live regions do."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Announce ``text`` on behalf of ``widget`` when an assistive technology
    listens (nothing is done otherwise)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)

