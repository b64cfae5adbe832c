"""Text contrast as WCAG 2.1 measures it (success criterion 1.4.3: 4.5:1 for
normal text), and colours chosen by it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

AA_NORMAL_TEXT = 4.5


def luminance(colour: QColor) -> float:
    """Relative luminance of an sRGB colour (WCAG 2.1 definition)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance first: 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def error_style(widget: QWidget) -> str:
    """Bold red text that keeps 4.5:1 contrast on the widget's background:
    dark red on a light palette, light red on a dark one (the words carry
    the meaning; the colour only adds to them)."""
    dark = widget.palette().window().color().lightness() < 128
    return f"color: {'#ff8a80' if dark else '#b00020'}; font-weight: bold;"
