"""The floor view's two self-painted pieces: the phase band and a one-line label that elides.

The band is a rounded field of the phase colour with the phase's progress as a strip along
its bottom edge, brightened for a moment on each cue; the label ends in "…" when the
header row is too narrow for it. They paint themselves, so they live apart from the floor
view, which only places and sizes them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from phtcoach.ui.floor_style import BAND_TEXT, GET_READY, flash_colour


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (text() keeps the whole of it)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(rect, int(self.alignment()), text)
        p.end()


class PhaseBand(QWidget):
    """The coloured field behind the phase word and countdown; flashes on cues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseBand")
        self._colour = GET_READY
        self._flashing = False
        self._phase_fraction = 0.0  # elapsed part of the phase, drawn as a strip at the bottom
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def colour(self) -> str:
        return self._colour

    @property
    def shown_colour(self) -> str:
        return flash_colour(self._colour) if self._flashing else self._colour

    @property
    def flashing(self) -> bool:
        return self._flashing

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.update()

    def set_flashing(self, on: bool) -> None:
        if on != self._flashing:
            self._flashing = on
            self.update()

    def set_phase_fraction(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if abs(fraction - self._phase_fraction) > 1e-3:
            self._phase_fraction = fraction
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        radius = min(r.height(), r.width()) * 0.05
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.shown_colour))
        p.drawRoundedRect(r, radius, radius)
        # The phase's progress as a dark strip along the bottom edge: no text crosses it.
        strip = max(6.0, r.height() * 0.025)
        if self._phase_fraction > 0:
            track = QRectF(r.left() + radius, r.bottom() - strip * 2, r.width() - 2 * radius, strip)
            done = QRectF(track.left(), track.top(), track.width() * self._phase_fraction, strip)
            p.setBrush(QColor(BAND_TEXT))
            # The whole track, faint: a phase just begun reads as the start of a bar, not
            # as a stray dot in the corner.
            p.setOpacity(0.15)
            p.drawRoundedRect(track, strip / 2, strip / 2)
            p.setOpacity(0.55)
            p.drawRoundedRect(done, strip / 2, strip / 2)
        p.end()
