"""A widget's first painted frame: what start-up waits for, and what waits for it.

A widget is painted when the window's backing store is next flushed, not when it is shown;
the frame is there once the widget's paint event has been handled. `until_painted` runs the
event loop until then (how `--self-test` times the window and a page; bounded: a widget that
never paints is a failure to report, not a hang). `after_first_paint` defers work the first
frame does not need (the sounds, the other pages) until the frame has been painted.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget


def _paints(widget: QWidget, watched: QObject, event: QEvent) -> bool:
    """`event` paints `widget` or a widget inside it. A page whose children cover it with
    opaque backgrounds gets no paint event of its own, so any of them counts."""
    return (
        event.type() == QEvent.Type.Paint
        and isinstance(watched, QWidget)
        and (watched is widget or widget.isAncestorOf(watched))
    )


class _PaintSeen(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self._widget = widget
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and _paints(self._widget, watched, event):
            self.painted = True
        return False


def until_painted(widget: QWidget, *, limit_s: float = 10.0) -> bool:
    """Run the event loop until `widget` has been painted (True), or `limit_s` passed."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    seen = _PaintSeen(widget)
    app.installEventFilter(seen)  # the application's filter sees every widget's paint
    deadline = time.monotonic() + limit_s
    try:
        # The paint event is seen on its way in; the loop turn that delivered it returns
        # only once the whole frame (this widget and its children) is painted.
        while not seen.painted and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    finally:
        app.removeEventFilter(seen)
    return seen.painted


class _AfterPaint(QObject):
    """Runs its callbacks on the event-loop turns after `widget`'s first paint, then goes."""

    def __init__(self, widget: QWidget, callbacks: tuple[Callable[[], object], ...]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callbacks = callbacks
        self._app = QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callbacks and _paints(self._widget, watched, event):
            if self._app is not None:
                self._app.removeEventFilter(self)
            callbacks, self._callbacks = self._callbacks, ()
            # Queued: the frame being painted is finished (and shown) before any of them runs.
            for callback in callbacks:
                QTimer.singleShot(0, self, callback)
        return False


def after_first_paint(widget: QWidget, *callbacks: Callable[[], object]) -> None:
    """Run `callbacks` (each on its own event-loop turn, in order) once `widget` has been
    painted the first time: work the first frame does not need waits until it is seen."""
    _AfterPaint(widget, callbacks)
