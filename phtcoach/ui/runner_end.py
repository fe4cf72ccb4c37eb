"""Esc during a session: the question before ending it early, where Enter keeps going.

A stray Esc must not end a session, so the default (and Esc again) is "Keep going". A
running session pauses while the question is open and runs on if the user keeps going.
Apart from the runner like the resume question at start, so the session flow reads without
the dialog's making. Its sentences are translated in the runner's context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from phtcoach.core.engine import EngineEvent, EngineState
from phtcoach.services.session_run import SessionRun

EngineOp = Callable[[Callable[[], list[EngineEvent]]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunnerWidget", text)


def end_question(parent: QWidget, done: Callable[[bool], None]) -> QMessageBox:
    """The "End the session?" dialog, built but not opened; once answered it calls
    `done(True)` if the user chose to end, `done(False)` to keep going."""
    dlg = QMessageBox(parent)
    dlg.setIcon(QMessageBox.Icon.Question)
    dlg.setWindowTitle(_tr("End the session?"))
    dlg.setText(_tr("End the session now?"))
    dlg.setInformativeText(
        _tr(
            "The set in progress is saved with the seconds you did, and the session "
            "as ended early. Enter keeps going."
        )
    )
    keep = dlg.addButton(_tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
    end = dlg.addButton(_tr("End session"), QMessageBox.ButtonRole.DestructiveRole)
    keep.setAccessibleName(_tr("Keep going"))
    end.setAccessibleName(_tr("End the session now"))
    dlg.setDefaultButton(keep)
    dlg.setEscapeButton(keep)
    dlg.finished.connect(lambda _r: done(dlg.clickedButton() is end))
    return dlg


class EndQuestion:
    """The end question of one runner: `run_of` is its session, `op` runs an engine call
    through its scheduler, `end_now` ends the session early."""

    def __init__(
        self,
        owner: QWidget,
        run_of: Callable[[], SessionRun | None],
        op: EngineOp,
        end_now: Callable[[], None],
    ) -> None:
        self._owner = owner
        self._run_of = run_of
        self._op = op
        self._end_now = end_now
        self._resume_after = False
        self.dialog: QMessageBox | None = None

    def ask(self, run: SessionRun) -> None:
        """Pause `run` if it is running and ask; a question already open is enough."""
        if self.dialog is not None:
            return
        self._resume_after = run.engine.state is EngineState.RUNNING
        if self._resume_after:
            self._op(run.engine.pause)
        self.dialog = end_question(self._owner, self._answered)
        self.dialog.open()

    def _answered(self, end: bool) -> None:
        self.dialog = None
        run = self._run_of()
        if run is None or run.finished:
            return
        if end:
            self._end_now()
        elif self._resume_after and run.engine.state is EngineState.PAUSED:
            self._op(run.engine.resume)
        self._owner.window().activateWindow()  # the keys must reach the runner again at once
        self._owner.setFocus(Qt.FocusReason.OtherFocusReason)
