"""The runner's engine on the clock: the scheduler that steps it at each phase's deadline, the
cue plan that hands the player its sounds ahead of time, and key presses applied so that
what they start is heard on time.

A key press (Space, skip, +/-10 s, the rating's step down) runs through `op`: what it starts
begins `lead_s` later, so its first cue reaches the player before it is due; afterwards the
sound is planned again from the engine's new position. Every refresh tops the look-ahead
window up, except while an `op` is running (it plans again itself when it ends). The runner
owns the session flow; this only keeps time for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.clock import Clock
from phtcoach.core.engine import CueEvent, EngineEvent, SessionEngine
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.runner_plan import CuePlan
from phtcoach.ui.scheduler import CueScheduler


class SessionTiming(QObject):
    """`scheduler` and `plan` for the run `current()` returns (None: nothing loaded)."""

    def __init__(
        self,
        player: CuePlayer,
        clock: Clock,
        current: Callable[[], SessionRun | None],
        dispatch: Callable[[list[EngineEvent]], None],
        refresh_time: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._player = player
        self._current = current
        self._dispatch = dispatch
        self._refresh_time = refresh_time
        self.scheduler: CueScheduler | None = None
        self.plan = CuePlan(player, clock)  # the cues the player has ahead of time
        self._in_op = False

    def attach(self, run: SessionRun) -> None:
        """A new run: its own scheduler, nothing planned from the last one."""
        if self.scheduler is not None:
            self.scheduler.stop()
            self.scheduler.deleteLater()
        self.plan.cancel()
        self.scheduler = CueScheduler(run.engine, self._clock, self._dispatch, parent=self)
        self.scheduler.refresh.connect(self._refresh_time)
        self.scheduler.refresh.connect(self.top_up)

    def stop(self) -> None:
        """No more stepping and nothing left in the player's queue from the plan."""
        if self.scheduler is not None:
            self.scheduler.stop()
        self.plan.cancel()

    def op(self, op: Callable[[], list[EngineEvent]], *, start: bool = False) -> None:
        """Run a key press's `op` on the engine (`start`: Space, which starts or resumes).
        Raises what `op` raises (a set that could not be written), after planning again."""
        if self.scheduler is None:
            return
        run = self._current()
        if run is not None:
            run.engine.lead_s = self.plan.lead_s(start=start)
        self._in_op = True
        try:
            self.scheduler.run(op)
        finally:
            self._in_op = False
            run = self._current()
            engine = None if run is None else run.engine
            self.plan.replan(engine)  # the window reaches past the lead: the first cue too
            if engine is not None:
                engine.lead_s = 0.0  # only for what a key press starts

    def play(self, event: CueEvent) -> None:
        """A cue the engine reached: to the player, unless the plan handed it over already."""
        if not self.plan.claim(event):
            self._player.play(event.cue.sound.value, event.cue.say, late_s=event.late_s)

    def follow(self, engine: SessionEngine) -> None:
        """The run's engine was replaced (a step down): step and plan the new one."""
        if self.scheduler is not None:
            self.scheduler.engine = engine
        self.plan.replan(engine)

    def top_up(self) -> None:
        """The refresh timer (and every tick): the look-ahead window's new cues to the player."""
        run = self._current()
        if run is not None and not self._in_op:
            self.plan.top_up(run.engine)
