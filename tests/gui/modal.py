"""Answering a modal dialog from a test: `exec()` blocks, so the answer is queued first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the next modal window of `kind` as soon as it is up (exec() blocks the test)."""
    tries = iter(range(500))  # gives up after about 5 s, so a failed test cannot hang

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and w.isVisible() and w.isActiveWindow():
            act(w)
        elif next(tries, None) is not None:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
