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

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from phtcoach.core.engine import EngineState
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DiskFullError, StorageError
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.runner_display import RunnerDisplay
from phtcoach.ui.state import AppState

RETRY_MS = 5000  # how often a set that could not be saved is tried again

log = logging.getLogger("phtcoach.runner")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunnerWidget", text)


def _free(error: DiskFullError) -> str:
    return QLocale().formattedDataSize(error.free, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def save_problem(error: StorageError) -> str:
    """Why a write failed, in plain words: a full disk says so and what to do about it
    (SQLite's own "database or disk is full" and the file's path mean nothing mid-hold)."""
    if isinstance(error, DiskFullError):
        text = _tr("the disk is full ({0} free). Free some space and the sets will be saved")
        return text.format(_free(error))
    return str(error)


def pending_text(run: SessionRun) -> str:
    """The floor's line about the sets not saved yet, with why."""
    n = len(run.pending)
    if isinstance(run.last_failure, DiskFullError):
        one = _tr("1 set not saved: the disk is full ({0} free). Free some space to save it.")
        many = _tr("{1} sets not saved: the disk is full ({0} free). Free some space to save them.")
        return (one if n == 1 else many).format(_free(run.last_failure), n)
    text = (
        _tr("1 set not saved yet ({0}): retrying")
        if n == 1
        else _tr("{1} sets not saved yet ({0}): retrying")
    )
    return text.format(run.last_error, n)


class SaveWatch:
    """Save failures of one runner: notices on `display`, `retry` called on a timer."""

    def __init__(self, display: RunnerDisplay, retry: Callable[[], None], parent: QObject) -> None:
        self._display = display
        self.last_error = ""
        self._had_pending = False
        self._timer = QTimer(parent)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(retry)

    def failed(self, error: StorageError) -> None:
        """A write failed (disk full, file gone): say so loudly and keep coaching, so the
        person mid-hold is not stranded."""
        log.error("saving failed: %s", error)
        self.last_error = save_problem(error)
        self._display.set_notice("storage", _tr("Could not save: {0}").format(self.last_error))

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
        if run.pending:  # the pending notice says why and what to do
            log.error("session not closed yet: %s", error)
            self.show_pending(run)
            return
        self.show_pending(run)
        self.failed(error)
        self._timer.start()

    def show_pending(self, run: SessionRun | None) -> None:
        """Sets waiting to be saved stay on screen, and are retried on a timer as well as
        at every set boundary, until they are on disk."""
        if run is not None and run.pending:
            self._display.set_notice("pending", pending_text(run))
            self._had_pending = True
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._display.clear_notice("pending")
            if self._had_pending:  # what could not be written is on disk now
                self._had_pending = False
                self._display.clear_notice("storage")
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
