"""User text (student, course and room names, reasons, error messages that
quote them) shown as plain text: QLabel, QMessageBox and tooltips guess
"rich text" from a tag on the first line, so a student named ``<b>x</b>``
would be drawn bold (and an ``<img src=...>`` fetched). Every place that
shows such text goes through here; where rich text is meant, the user's
part is escaped with ``html.escape`` instead. (No ``import html`` here:
its entity tables would load before the window's first paint.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text as typed, never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """Existing labels show their text as typed from now on."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain(text: str) -> str:
    """``text`` for a place that guesses its format (a message box's text,
    a tooltip): what Qt would take for HTML is escaped so it shows as
    typed, line breaks kept; other text is returned as it is."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
