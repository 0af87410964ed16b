"""Icons for step states, drawn in code so that they follow the palette and scale on high-DPI screens."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from gui.pages import StepState

_COLORS = {
    StepState.NOT_STARTED: QColor("#9aa0a6"),
    StepState.NEEDS_ATTENTION: QColor("#e37400"),
    StepState.DONE: QColor("#188038"),
}


def state_icon(state: StepState, size: int = 16, device_pixel_ratio: float = 2.0) -> QIcon:
    """Return a circle (not started), a filled circle with "!" (attention) or with a tick (done)."""
    pixmap = QPixmap(int(size * device_pixel_ratio), int(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = _COLORS[state]
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if state is StepState.NOT_STARTED:
        painter.setPen(QPen(color, 1.6))
        painter.drawEllipse(box)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if state is StepState.DONE:
            path = QPainterPath(QPointF(size * 0.3, size * 0.52))
            path.lineTo(QPointF(size * 0.45, size * 0.67))
            path.lineTo(QPointF(size * 0.72, size * 0.36))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(size / 2, size * 0.28), QPointF(size / 2, size * 0.58))
            painter.drawPoint(QPointF(size / 2, size * 0.74))
    painter.end()
    return QIcon(pixmap)
