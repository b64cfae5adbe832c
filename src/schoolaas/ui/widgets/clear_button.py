"""A line edit's clear button with a name a screen reader can say (Qt's own
has an icon and no text, so it is read as an unnamed button)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

QT_CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives it


def enable_named_clear_button(edit: QLineEdit) -> None:
    """Turn on the clear button and name it ("Clear", translated)."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, QT_CLEAR_ACTION)
    if action is not None:
        action.setText(QCoreApplication.translate("ClearButton", "Clear"))
