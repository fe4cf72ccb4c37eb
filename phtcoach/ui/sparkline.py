"""A small 14-day sparkline of morning pain, painted with QPainter.

It answers one question at a glance on the Today screen ("are my mornings settling?"),
so it is deliberately bare: the traffic-light bands behind, a line that breaks where a
morning is missing, and the latest value labelled. The full charts live on Progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from phtcoach.core.words import figure
from phtcoach.ui.widgets.fmt import short_day
from phtcoach.ui.widgets.pain_zones import ZONE_FILL, Zone, zone_of

PAIN_TOP = 10.0
_BANDS = ((0.0, 2.5, Zone.GREEN), (2.5, 5.5, Zone.AMBER), (5.5, 10.0, Zone.RED))


class Sparkline(QWidget):
    """`set_points([(day, value or None), ...])` oldest first; None is a missing morning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(160, 64)
        self.setAccessibleName(self.tr("Morning pain sparkline"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_points(self, points: Sequence[tuple[date, float | None]]) -> None:
        self._points = list(points)
        parts = [
            f"{short_day(d)}: " + (self.tr("no entry") if v is None else f"{figure(v)}/10")
            for d, v in self._points
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip("\n".join(parts))
        self.update()

    def points(self) -> list[tuple[date, float | None]]:
        return list(self._points)

    def values(self) -> list[float | None]:
        return [v for _, v in self._points]

    def sizeHint(self) -> QSize:
        return QSize(320, 80)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        label_w = fm.horizontalAdvance("10/10") + 8
        area = QRectF(self.rect()).adjusted(8, 8, -(label_w + 10), -8)
        if area.width() <= 0 or area.height() <= 0:
            p.end()
            return

        def y_of(v: float) -> float:
            return area.bottom() - (v / PAIN_TOP) * area.height()

        for lo, hi, zone in _BANDS:
            c = QColor(ZONE_FILL[zone][0])
            c.setAlpha(40)
            p.fillRect(QRectF(area.left(), y_of(hi), area.width(), y_of(lo) - y_of(hi)), c)

        n = len(self._points)
        if n == 0:
            p.end()
            return
        step = area.width() / max(1, n - 1)
        xy = [
            (QPointF(area.left() + i * step, y_of(v)) if v is not None else None, v)
            for i, (_, v) in enumerate(self._points)
        ]
        ink = self.palette().color(self.foregroundRole())
        path = QPainterPath()
        pen_down = False
        for pt, _ in xy:
            if pt is None:
                pen_down = False
                continue
            if pen_down:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                pen_down = True
        p.setPen(QPen(ink, 2))
        p.drawPath(path)
        for pt, v in xy:
            if pt is None or v is None:
                continue
            p.setPen(QPen(ink, 1))
            p.setBrush(QColor(ZONE_FILL[zone_of(v)][0]))
            p.drawEllipse(pt, 4, 4)
        last = next(((pt, v) for pt, v in reversed(xy) if pt is not None and v is not None), None)
        if last is not None:
            pt, v = last
            p.setBrush(QColor(ZONE_FILL[zone_of(v)][0]))
            p.drawEllipse(pt, 6, 6)
            p.setPen(ink)
            text_rect = QRectF(area.right() + 10, pt.y() - fm.height() / 2, label_w, fm.height())
            p.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, figure(v)
            )
        p.end()
