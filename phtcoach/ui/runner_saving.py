"""What the runner shows and does when the disk says no: a failed write is announced loudly
on the floor and coaching goes on, and sets not saved yet stay on screen and are tried
again on a timer until they are on disk.

The writes themselves (and which sets are pending) live in `SessionRun`; this is the
screen's side of them, apart from the session flow so the flow reads without it. Its
sentences are translated in the runner's context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from phtcoach.core.engine import EngineState
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.runner_display import RunnerDisplay
from phtcoach.ui.state import AppState

RETRY_MS = 5000  # how often a set that could not be saved is tried again

log = logging.getLogger("phtcoach.runner")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunnerWidget", text)


class SaveWatch:
    """Save failures of one runner: notices on `display`, `retry` called on a timer."""

    def __init__(self, display: RunnerDisplay, retry: Callable[[], None], parent: QObject) -> None:
        self._display = display
        self.last_error = ""
        self._timer = QTimer(parent)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(retry)

    def failed(self, error: StorageError) -> None:
        """A write failed (disk full, file gone): say so loudly and keep coaching, so the
        person mid-hold is not stranded."""
        log.error("saving failed: %s", error)
        self.last_error = str(error)
        self._display.set_notice("storage", _tr("Could not save: {0}").format(error))

    def start_failed(self) -> None:
        """The session's record could not be written, so nothing started or was lost."""
        text = _tr(
            "Could not start the session: {0}. Nothing was recorded; press Space to try again."
        )
        self._display.set_notice("storage", text.format(self.last_error))

    def started(self) -> None:
        self._display.clear_notice("storage")

    def finish_failed(self, error: StorageError, run: SessionRun) -> None:
        """Sets still pending (or the record refused): the session stays in progress, the
        timer tries again, and a restart would offer to resume it."""
        self.failed(error)
        self.show_pending(run)
        if not run.pending:
            self._timer.start()

    def show_pending(self, run: SessionRun | None) -> None:
        """Sets waiting to be saved stay on screen, and are retried on a timer as well as
        at every set boundary, until they are on disk."""
        n = 0 if run is None else len(run.pending)
        if n:
            text = (
                _tr("1 set not saved yet ({0}): retrying")
                if n == 1
                else _tr("{1} sets not saved yet ({0}): retrying")
            )
            self._display.set_notice(
                "pending", text.format(run.last_error if run is not None else "", n)
            )
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._display.clear_notice("pending")
            self._timer.stop()

    def retry(self, run: SessionRun, state: AppState) -> bool:
        """Write the pending sets now; True when the engine is done and nothing waits any
        more, so the session can be closed at last."""
        if run.retry_pending():
            state.announce(Changes.SESSIONS)
        self.show_pending(run)
        return not run.pending and run.engine.state is EngineState.FINISHED and not run.finished

    def stop(self) -> None:
        self._timer.stop()
