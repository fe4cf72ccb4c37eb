"""The guided session runner: the screen people live in while they exercise.

A laptop on the floor two metres away and a person in a bridge who cannot look at it or
touch it mid-hold: sound carries the session, the floor view is readable across the room,
and everything is driven from the keyboard (the keys are listed in `runner_keys`).

This module is the session flow (load or resume, start, the engine's events, the rating, the
finish); layout, keys, timing, display, device, saving, rating, end question and summary live in
the `runner_*` modules beside it. Built from the app state and a player, it runs alone in tests
on a fake clock. Each set is committed (`SessionRun`) before the screen reacts and every write
is announced to the app state, so Today shows a rating the moment it is made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.engine import (
    CueEvent,
    EngineEvent,
    EngineState,
    PhaseEvent,
    SessionDone,
    SessionEngine,
    SetDone,
)
from phtcoach.core.model import SessionRecord, SessionStatus, Template
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.inhibit import ScreenInhibitor, SleepInhibitor
from phtcoach.ui.rating_rules import Choice, Rating
from phtcoach.ui.runner_closing import close_run, discard_empty, fill_summary, save_pain_after
from phtcoach.ui.runner_device import RunnerDevice
from phtcoach.ui.runner_display import RunnerDisplay
from phtcoach.ui.runner_end import EndQuestion
from phtcoach.ui.runner_howto import RunnerHowTo
from phtcoach.ui.runner_keys import RunnerKeys
from phtcoach.ui.runner_pages import RunnerPages
from phtcoach.ui.runner_rating import open_rating, save_rating, step_down
from phtcoach.ui.runner_saving import SaveWatch
from phtcoach.ui.runner_summary import dark_palette
from phtcoach.ui.runner_timing import SessionTiming
from phtcoach.ui.scheduler import CueScheduler
from phtcoach.ui.state import AppState


class RunnerWidget(QWidget):
    """Floor view + rating panel + summary; one session at a time (see module doc)."""

    back_to_today = Signal()
    session_finished = Signal(object)  # the finished SessionRecord
    active_changed = Signal(bool)  # a session started / ended (the window may lock navigation)

    def __init__(
        self,
        state: AppState,
        player: CuePlayer,
        *,
        inhibitor: ScreenInhibitor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runner")
        self.setAccessibleName(self.tr("Session runner"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        dark_palette(self)
        self._state = state
        self._clock = state.clock
        self._player = player
        self._run: SessionRun | None = None
        self._left = False  # "Back to Today" was chosen after the loaded run ended

        self.stack = RunnerPages(state.settings, self)
        self.session_page = self.stack.session_page
        self.floor = self.stack.floor
        self.panel = self.stack.panel
        self.summary = self.stack.summary
        self.panel.submitted.connect(self._on_rating)
        self.summary.back.connect(self._go_today)
        self.summary.discard.connect(self._discard)
        self.summary.pain_after_chosen.connect(self._on_pain_after)
        self._display = RunnerDisplay(
            self.floor, self.panel, lambda: self._run, lambda: state.settings.units
        )
        self.how_to = RunnerHowTo(self.stack.how_to, self.panel, lambda: self._run, self)
        self._timing = SessionTiming(
            player, self._clock, lambda: self._run, self._dispatch, self._display.refresh_time, self
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)

        self._keys = RunnerKeys(self, self)
        self._device = RunnerDevice(
            player, inhibitor if inhibitor is not None else SleepInhibitor(), self._display
        )
        self._saving = SaveWatch(self._display, self.retry_pending, self)
        self._end_question = EndQuestion(self, lambda: self._run, self._op, self.end_now)
        state.changed.connect(self._on_state_changed)

    # ------------------------------------------------------------------ public API

    @property
    def run(self) -> SessionRun | None:
        return self._run

    @property
    def player(self) -> CuePlayer:
        return self._player

    @property
    def scheduler(self) -> CueScheduler | None:
        return self._timing.scheduler

    def is_active(self) -> bool:
        """A session has been started and not finished (leaving would interrupt it)."""
        return self._run is not None and self._run.started and not self._run.finished

    def holds_run(self) -> bool:
        """A session is loaded and not yet left: waiting for Space, running, or on its end
        screens until "Back to Today" (the Session page must keep showing the runner)."""
        return self._run is not None and not self._left

    def on_summary(self) -> bool:
        return self.stack.on_summary()

    def load(
        self,
        template: Template | str,
        *,
        step_downs: tuple[tuple[int, int], ...] = (),
        sets_fewer: int = 0,
    ) -> None:
        """Show `template` ready to run, waiting for Space. Refused while a session runs."""
        if self.is_active():
            raise RuntimeError("a session is running: end it before loading another")
        self._set_run(
            self._state.services.runs.new(
                template, self._state.settings, step_downs=step_downs, sets_fewer=sets_fewer
            )
        )

    def resume(self, record: SessionRecord) -> None:
        """Open the unfinished session `record` paused after its last saved set.

        Raises UnknownTemplateError / DataFormatError when it cannot be resumed.
        """
        if self.is_active():
            raise RuntimeError("a session is running: end it before resuming another")
        run = self._state.services.runs.resume(record)
        self._set_run(run)
        if run.engine.state is EngineState.FINISHED:
            # Every set was saved before the crash: only the closing was missing.
            self._finish(run.engine.status or SessionStatus.COMPLETED)
        else:
            self.active_changed.emit(True)

    def _on_state_changed(self, changes: object) -> None:
        """New settings: sound, flash, the pain ceiling and units at once; lead-in and side
        order from the next session (a running timeline is not recompiled)."""
        if isinstance(changes, Changes) and changes.touches(Changes.SETTINGS):
            self.panel.set_settings(self._state.settings)
            self._device.configure(self._state.settings)

    def start(self) -> None:
        """Space before the start."""
        run = self._run
        if run is None or run.started:
            return
        self._device.activate()
        self._op(run.begin, start=True)
        if not run.started:
            # The record could not be written, so the engine never started: nothing runs,
            # nothing is lost, and Space tries again.
            self._device.release_screen()
            self._saving.start_failed()
            return
        self._saving.started()
        self._state.announce(Changes.SESSIONS)
        self.active_changed.emit(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_pause(self) -> None:
        run = self._run
        if run is None or run.finished:
            return
        if not run.started:
            self.start()
            return
        paused = run.engine.state is EngineState.PAUSED
        if paused:
            self._device.activate()
        self._op(run.engine.toggle_pause, start=paused)

    def skip(self) -> None:
        self._engine_key(lambda e: e.skip())

    def back(self) -> None:
        self._engine_key(lambda e: e.back())

    def adjust(self, delta_s: float) -> None:
        self._engine_key(lambda e: e.adjust(delta_s))

    def restart_set(self) -> None:
        self._engine_key(lambda e: e.restart_set())

    def request_end(self) -> None:
        """Esc: before the start, back to Today; during the session, ask first."""
        run = self._run
        if run is None or not run.started:
            self._go_today()
            return
        if run.finished:
            if self.panel.is_open:
                self.panel.close_panel()  # the set stays saved, unrated
                self._show_summary()
            else:
                self._go_today()
            return
        self._end_question.ask(run)

    @property
    def end_dialog(self) -> QMessageBox | None:
        return self._end_question.dialog

    def end_now(self) -> None:
        """End early without asking (the dialog's "End session")."""
        run = self._run
        if run is not None and run.started and not run.finished:
            self._op(run.engine.end_early)

    def confirm_rating(self) -> None:
        """Enter: saves the open rating; with none open it does nothing."""
        if self.panel.is_open:
            self.panel.activate_default()
        elif self.on_summary():
            self._go_today()

    def shutdown(self) -> None:
        """The window is closing: stop timers, let the screen saver back. An unfinished
        session stays in progress, so the next start offers to resume it."""
        self._timing.stop()
        self._device.stand_down()

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no shortcut took: digits for the rating panel or the summary's pain scale,
        then the session keys themselves (see `runner_keys`)."""
        if self.panel.handle_key(event):
            return
        if self.on_summary() and self.summary.handle_key(event):
            return
        if self._keys.handle(event):
            return
        super().keyPressEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Show:
            self._keys.yield_window_keys()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return super().event(e)

    # ------------------------------------------------------------------ internals

    def _set_run(self, run: SessionRun) -> None:
        self._timing.attach(run)
        self._run = run
        self._left = False
        self._display.new_run()
        self.panel.close_panel(animate=False)
        self.stack.setCurrentWidget(self.session_page)
        self._device.configure(self._state.settings)
        self._device.keep_awake(True)  # wake the device now so the first cue is not clipped
        self._display.refresh()
        self.how_to.sync()

    def _engine_key(self, key: Callable[[SessionEngine], list[EngineEvent]]) -> None:
        """A session key (skip, back, +/-10 s, restart): only while the session runs."""
        run = self._run
        if run is not None and run.started and not run.finished:
            self._op(lambda: key(run.engine))

    def _op(self, op: Callable[[], list[EngineEvent]], *, start: bool = False) -> None:
        """A key press (or the rating's step down) on the engine, on time (`SessionTiming`);
        a set it could not write is shown as unsaved and tried again."""
        try:
            self._timing.op(op, start=start)
        except StorageError as e:
            self._saving.failed(e)

    def _dispatch(self, events: list[EngineEvent]) -> None:
        """Events in time order: durable things first, then sound, then the screen."""
        run = self._run
        if run is None:
            return
        for ev in events:
            if isinstance(ev, SetDone):
                rec = run.save_set(ev.performed)  # pending ones go first; never raises
                self._saving.show_pending(run)
                if rec is None:
                    continue
                self._state.announce(Changes.SESSIONS)
                open_rating(self.panel, run, rec)
            elif isinstance(ev, SessionDone):
                self._finish(ev.status)
            elif isinstance(ev, CueEvent) and not ev.stale:
                self._timing.play(ev)
                if self._state.settings.flash:
                    self.floor.flash(self._clock.monotonic() * 1000)
            elif (
                isinstance(ev, PhaseEvent)
                and ev.phase.kind.is_work
                and self.panel.is_open
                and not run.finished
            ):
                # The next set has begun unrated: the set stays saved, the floor is clear.
                self.panel.close_panel()
        self._timing.top_up()
        self._display.refresh()
        self.how_to.sync()

    def retry_pending(self) -> None:
        """Try the unsaved sets again now (the retry timer calls this every few seconds)."""
        run = self._run
        if run is None:
            self._saving.stop()
        elif self._saving.retry(run, self._state):
            self._finish(run.engine.status or SessionStatus.COMPLETED)

    def _on_rating(self, rating: Rating) -> None:
        run = self._run
        if run is None or not save_rating(self._state, self.panel, run, rating):
            return
        if run.finished:
            self._show_summary()
        elif rating.choice is Choice.STEP_DOWN:
            self._step_down(rating)
        elif rating.choice is Choice.END:
            self.end_now()  # shows the summary once the engine reports the end
        self._display.refresh()

    def _step_down(self, rating: Rating) -> None:
        run = self._run
        stepped = None if run is None else step_down(run, self._state.settings, rating)
        if run is None or stepped is None:
            return
        notice, events = stepped
        self._timing.follow(run.engine)
        self._display.redraw()
        self._display.set_notice("step", notice)
        if events:
            self._op(lambda: events)

    def _finish(self, status: SessionStatus) -> None:
        run = self._run
        if run is None:
            return
        close_run(self._state, self._saving, run, status)
        self._timing.stop()
        self._device.stand_down()
        self.active_changed.emit(False)
        if run.record is not None:
            self.session_finished.emit(run.record)
        if self.panel.is_open:
            self.panel.set_session_over(True)
        else:
            self._show_summary()

    def _show_summary(self) -> None:
        run = self._run
        if run is not None and fill_summary(self._state, self.summary, run):
            self.stack.setCurrentWidget(self.summary)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pain_after(self, pain: int) -> None:
        if self._run is not None:
            save_pain_after(self._state, self.summary, self._run, pain)

    def _discard(self) -> None:
        if self._run is not None and discard_empty(self._state, self.summary, self._run):
            self._go_today()

    def _go_today(self) -> None:
        if self.is_active():
            return
        self.shutdown()
        self._left = True
        self.back_to_today.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stack.scale_to(self.height(), self.width())
