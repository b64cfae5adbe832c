"""Text contrast as WCAG 2.1 measures it (success criterion 1.4.3: 4.5:1 for
normal text), and colours chosen by it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
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


NON_TEXT = 3.0  # WCAG 2.1 SC 1.4.11: a focus indicator against what is next to it

# tried in turn for the focus frame: the first with NON_TEXT contrast against
# the row's background and the selection's wins (white and black for most
# palettes; a blue between the two for white on black with a yellow selection)
_FRAME_CANDIDATES = ("#000000", "#ffffff", "#1a5fb4", "#0078ff", "#c01c28", "#ff00ff")


def focus_frame_colour(palette: QPalette) -> QColor:
    """The focused table cell's frame colour in ``palette``: at least 3:1
    against the row colours (base, alternate base) and the selection
    (highlight), or the candidate that comes closest."""
    around = [
        palette.base().color(),
        palette.alternateBase().color(),
        palette.highlight().color(),
    ]

    def worst(colour: QColor) -> float:
        return min(contrast_ratio(colour, other) for other in around)

    candidates = [palette.text().color(), *(QColor(c) for c in _FRAME_CANDIDATES)]
    for colour in candidates:
        if worst(colour) >= NON_TEXT:
            return colour
    return max(candidates, key=worst)
