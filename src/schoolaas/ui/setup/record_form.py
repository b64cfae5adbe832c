"""A form for a new school setup record: one field per column of its kind,
filled with a likely value (the first school, the next free period
number, today). ``record()`` reads it (InvalidInput naming the field when
a value cannot be read); the setup window stores it and keeps the form
open with the reason when the service refuses it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from schoolaas.services import setup
from schoolaas.services.setup import SetupKind
from schoolaas.ui.setup.records_model import (
    BOOLS,
    field_names,
    header,
    holiday_kinds,
    read_value,
    show_value,
)
from schoolaas.ui.widgets.contrast import error_label


class RecordForm(QDialog):
    """The fields of a new record of ``kind``, prefilled from ``defaults``."""

    def __init__(
        self, kind: SetupKind, defaults: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.widgets: dict[str, QLineEdit | QCheckBox | QComboBox] = {}
        form = QFormLayout(self)
        for name in field_names(kind):
            value = defaults.get(name)
            widget: QLineEdit | QCheckBox | QComboBox
            if name in BOOLS:
                widget = QCheckBox()
                widget.setChecked(True if value is None else bool(value))
            elif kind == SetupKind.HOLIDAY and name == "kind":
                widget = QComboBox()
                for choice, text in holiday_kinds().items():
                    widget.addItem(text, choice.value)
            else:
                widget = QLineEdit(show_value(value))
                if name in ("start", "end", "day", "exam_start", "exam_end"):
                    widget.setPlaceholderText("5.10.2026")
            label = QLabel(header(name) + ":")
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.widgets[name] = widget
        self.error = error_label()  # quotes what was typed
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def set_text(self, name: str, text: str) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(text), 0))
        else:
            widget.setChecked(bool(text))

    def record(self) -> Any:
        """The record as typed (InvalidInput when a value cannot be read)."""
        values: dict[str, Any] = {}
        what = self.windowTitle()
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                raw: Any = widget.isChecked()
            elif isinstance(widget, QComboBox):
                raw = widget.currentData()
            else:
                raw = widget.text()
            values[name] = read_value(self.kind, name, raw, what)
        return setup.RECORD_TYPES[self.kind](**values)
