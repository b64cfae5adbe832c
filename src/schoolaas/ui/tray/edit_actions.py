"""The keys the tray grid and the three-year view share (tray_window.py,
years_window.py): Undo and Redo on the main window's undo stack, and Close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    """Translated under the tray grid's context, where these words were
    first (the three-year view's .ts entries hold the same words)."""
    return QCoreApplication.translate("TrayWindow", text)


def add_edit_actions(window: QWidget, stack: QUndoStack) -> None:
    """Undo and Redo of ``stack`` and Close as actions (shortcuts) of ``window``."""
    undo = stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    close = QAction(tr("Close"), window)
    close.setShortcut(QKeySequence.StandardKey.Close)
    close.triggered.connect(window.close)
    window.addActions([undo, redo, close])
