"""The keyboard-focused cell of a table, clearly visible (WCAG 2.1 SC 2.4.7
and 1.4.11): a frame 2 px wide in a colour with at least 3:1 contrast
against the row and the selection (contrast.focus_frame_colour), over the
style's thin dotted one, which some styles draw only after a Tab and which
vanishes on a selected row.

The frame is painted over the view's own painting of its viewport, once a
paint: a delegate would put a Python call in the painting of every cell
(+50 % on a full repaint of the catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView

from schoolaas.ui.widgets.contrast import focus_frame_colour

FRAME_WIDTH = 2  # px


class FocusFrame(QObject):
    """Watches ``view``'s viewport: a paint while the view has the focus
    and a current cell is let through first, then the frame is drawn."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._inside = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or self._inside:
            return False
        view = self.view
        index = view.currentIndex()
        if watched is not view.viewport() or not index.isValid() or not view.hasFocus():
            return False
        self._inside = True
        try:
            QCoreApplication.sendEvent(watched, event)  # the view paints its cells
        finally:
            self._inside = False
        rect = view.visualRect(index)
        if rect.isValid():
            painter = QPainter(view.viewport())
            paint_focus_frame(painter, rect.toRectF(), view.palette())
            painter.end()
        return True


def paint_focus_frame(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """The frame just inside ``rect``."""
    pen = QPen(focus_frame_colour(palette), FRAME_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FRAME_WIDTH / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


def frame_focused_cells(view: QAbstractItemView) -> None:
    """Give ``view`` the focus frame (once)."""
    if focus_frame_of(view) is None:
        FocusFrame(view)


def focus_frame_of(view: QAbstractItemView) -> FocusFrame | None:
    return next((c for c in view.children() if isinstance(c, FocusFrame)), None)
