"""A side panel's slide: it opens by growing from no width to a share of its container's
width, and closes the same way, hidden once shut.

Apart from the rating panel so the panel is about rating, not about animating widths; the
panel still decides when it is open, and this follows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPropertyAnimation
from PySide6.QtWidgets import QWidget


class SlideIn:
    """Slides `widget` open and shut by its width; `is_open` is the owner's word on it."""

    def __init__(
        self,
        widget: QWidget,
        is_open: Callable[[], bool],
        *,
        duration_ms: int,
        share: float,
        min_width: int,
    ) -> None:
        self._widget = widget
        self._is_open = is_open
        self._share = share
        self._min_width = min_width
        self._target_width = min_width
        self._anim = QPropertyAnimation(widget, b"maximumWidth", widget)
        self._anim.setDuration(duration_ms)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.finished.connect(self._done)
        # The layout would give the widget only its size hint: pin the minimum to the same
        # width so it really takes its share while sliding and once open.
        self._anim.valueChanged.connect(lambda v: widget.setMinimumWidth(int(v)))
        widget.setMaximumWidth(0)
        widget.hide()

    def open(self, *, animate: bool) -> None:
        self._widget.show()
        self._slide(self._target_width, animate)

    def close(self, *, animate: bool) -> None:
        self._slide(0, animate)

    def follow(self, container_width: int | None) -> None:
        """The container was resized: an open widget keeps its share of the new width."""
        if container_width is not None:
            self._target_width = max(self._min_width, round(container_width * self._share))
        w = self._widget
        if not self._is_open():
            w.setMinimumWidth(0)
            return
        if self._anim.state() == QPropertyAnimation.State.Running:
            self._anim.setEndValue(self._target_width)  # resized while sliding in
        else:
            w.setMinimumWidth(self._target_width)
            w.setMaximumWidth(self._target_width)

    def _slide(self, to: int, animate: bool) -> None:
        w = self._widget
        self._anim.stop()
        if animate:
            self._anim.setStartValue(min(w.maximumWidth(), self._target_width))
            self._anim.setEndValue(to)
            self._anim.start()
        else:
            w.setMinimumWidth(to)
            w.setMaximumWidth(to)
            self._done()

    def _done(self) -> None:
        if not self._is_open():
            w = self._widget
            w.setMinimumWidth(0)
            w.setMaximumWidth(0)
            w.hide()
