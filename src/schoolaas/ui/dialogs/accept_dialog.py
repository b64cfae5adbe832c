"""Accept a finding with a reason: the dialog names the finding being
accepted, OK stays off until a reason is written, Tab leaves the reason
field and Ctrl+Enter accepts (all without a mouse)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from schoolaas.ui.widgets.plain_text import plain_label


class AcceptDialog(QDialog):
    """``title`` and ``prompt`` come translated from the caller; ``finding``
    is the finding in words."""

    def __init__(self, title: str, prompt: str, finding: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.finding = plain_label(finding, self)  # names courses: shown as typed
        self.finding.setWordWrap(True)
        self.finding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.finding.font()
        font.setBold(True)
        self.finding.setFont(font)
        self.prompt = plain_label(prompt, self)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(prompt)
        self.reason.setAccessibleDescription(finding)
        self.prompt.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(self._on_reason_changed)
        self.reason.installEventFilter(self)  # Ctrl+Enter in the field accepts
        layout = QVBoxLayout(self)
        layout.addWidget(self.finding)
        layout.addSpacing(6)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def why(self) -> str:
        return self.reason.toPlainText().strip()

    def _on_reason_changed(self) -> None:
        self.ok.setEnabled(bool(self.why()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reason
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.why():
                self.accept()
            return True
        return super().eventFilter(watched, event)
