"""Text contrast as WCAG 2.1 measures it (success criterion 1.4.3: 4.5:1 for
normal text), and colours chosen by it: the one error colour of the app,
read from the palette, and the label every form shows its errors in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from schoolaas.ui.widgets.fill import fill

AA_NORMAL_TEXT = 4.5
ERROR_ON_LIGHT = QColor("#b00020")  # dark red: on a light window
ERROR_ON_DARK = QColor("#ff8a80")  # light red: on a dark one
ERROR_MARK = "⚠ "  # before every error text: not told by colour alone


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


def error_colour(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The red that keeps 4.5:1 on the palette's ``background`` (the window;
    Base for a table's rows): dark red on a light palette, light red on a
    dark or high-contrast one; where neither red does (mid grey), the
    palette's own text colour for that background."""
    back = palette.color(background)
    best = max((ERROR_ON_LIGHT, ERROR_ON_DARK), key=lambda c: contrast_ratio(c, back))
    if contrast_ratio(best, back) >= AA_NORMAL_TEXT:
        return QColor(best)
    text = QPalette.ColorRole.Text if background == QPalette.ColorRole.Base else None
    return palette.color(text or QPalette.ColorRole.WindowText)


def table_error_colour() -> QColor:
    """``error_colour`` for the text of a table's rows in the app's palette."""
    from PySide6.QtWidgets import QApplication

    return error_colour(QApplication.palette(), QPalette.ColorRole.Base)


def error_style(widget: QWidget) -> str:
    """Bold text in ``error_colour`` of the widget's palette (the words
    carry the meaning; the colour only adds to them)."""
    return f"color: {error_colour(widget.palette()).name()}; font-weight: bold;"


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


class ErrorLabel(QLabel):
    """A form's error text: shown as typed (it quotes what was typed), bold,
    in the palette's error colour (again when the palette changes), with a
    ⚠ before it, and read out as "Error: …" by a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._restyle()

    def setText(self, text: str) -> None:  # type: ignore[override]
        shown = text if not text or text.startswith(ERROR_MARK) else ERROR_MARK + text
        super().setText(shown)
        words = text.removeprefix(ERROR_MARK)
        self.setAccessibleName(fill(self.tr("Error: %1"), words) if words else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        style = error_style(self)
        if style != self.styleSheet():  # the style's own palette change stops here
            self.setStyleSheet(style)


def error_label(parent: QWidget | None = None) -> ErrorLabel:
    return ErrorLabel(parent)
