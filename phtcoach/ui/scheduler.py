"""Drive a SessionEngine from Qt's event loop by deadlines, never by chained intervals.

One single-shot precise timer is armed for the engine's next deadline (`next_deadline()`
minus now): when it fires, `tick()` returns everything that fell due, the events are
dispatched, and the timer is armed again for the following deadline. A late wake-up
therefore never shifts later cues (they are due at fixed offsets from the phase start),
which chained `setInterval` timers would (each step adds its latency).

Deadlines are on the engine's Clock, but a QTimer waits in real time: the wait is the
deadline distance converted by `Clock.real_seconds`, so whichever clock the composition
root passed in, cues fall due when the timer fires.

How late each cue was dispatched (now - due) is measured and logged at debug level, with
running statistics for tests and benchmarks. A separate coarse timer refreshes the
countdown text while the session runs; it carries no timing of its own.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from phtcoach.core.clock import Clock
from phtcoach.core.engine import CueEvent, EngineEvent, EngineState, SessionEngine

log = logging.getLogger("phtcoach.scheduler")

DISPLAY_REFRESH_MS = 80  # 12.5 Hz: smooth enough for a seconds countdown, cheap on a laptop
MAX_SAMPLES = 20_000  # lateness samples kept (a 45-minute session has about 3 000 cues)


@dataclass(frozen=True, slots=True)
class LatenessStats:
    """How late cues were dispatched, in seconds."""

    count: int
    max_s: float
    p99_s: float
    mean_s: float


class CueScheduler(QObject):
    """Runs engine operations and ticks, hands the events to `dispatch`, re-arms.

    Every engine call from the UI goes through `run(op)` so the timer is always armed for
    the deadline that follows the change (a pause disarms it, a +10 s moves it).
    """

    refresh = Signal()  # the display timer: update the countdown text

    def __init__(
        self,
        engine: SessionEngine,
        clock: Clock,
        dispatch: Callable[[list[EngineEvent]], None],
        *,
        refresh_ms: int = DISPLAY_REFRESH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._clock = clock
        self._dispatch = dispatch
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._display = QTimer(self)
        self._display.setInterval(refresh_ms)
        self._display.setTimerType(Qt.TimerType.CoarseTimer)
        self._display.timeout.connect(self.refresh)
        self._late: list[float] = []

    # ------------------------------------------------------------------ engine

    @property
    def engine(self) -> SessionEngine:
        return self._engine

    @engine.setter
    def engine(self, engine: SessionEngine) -> None:
        """Swap the engine (a step down rebuilds it) and arm for the new one's deadline."""
        self._engine = engine
        self._arm()

    @property
    def armed_ms(self) -> int | None:
        """Milliseconds the cue timer was last armed for, None when idle (for tests)."""
        return self._timer.interval() if self._timer.isActive() else None

    @property
    def display_active(self) -> bool:
        return self._display.isActive()

    def run(self, op: Callable[[], list[EngineEvent]]) -> list[EngineEvent]:
        """Apply an engine operation (start, pause, skip, tick...) and dispatch its events."""
        self._timer.stop()
        events = op()
        try:
            self._measure(events)
            self._dispatch(events)
        finally:
            self._arm()
        return events

    def poll(self) -> list[EngineEvent]:
        """The timer's path, callable directly: a FakeClock test advances and polls."""
        return self.run(self._engine.tick)

    def stop(self) -> None:
        self._timer.stop()
        self._display.stop()

    # ------------------------------------------------------------------ timing

    def _arm(self) -> None:
        running = self._engine.state is EngineState.RUNNING
        if running and not self._display.isActive():
            self._display.start()
        elif not running:
            self._display.stop()
        deadline = self._engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        wait_s = self._clock.real_seconds(deadline - self._clock.monotonic())
        # Rounded up (past float noise): a timer firing before the deadline would only
        # cost an empty tick and a re-arm, but rounding down would do that on every cue.
        self._timer.start(max(0, math.ceil(wait_s * 1000 - 1e-6)))

    def _measure(self, events: list[EngineEvent]) -> None:
        now = self._clock.monotonic()
        for ev in events:
            if isinstance(ev, CueEvent):
                late = max(0.0, now - ev.due_mono)
                if len(self._late) < MAX_SAMPLES:
                    self._late.append(late)
                log.debug(
                    "cue %s %r at %.3f s late %.1f ms%s",
                    ev.cue.sound.value,
                    ev.cue.say,
                    ev.cue.at_s,
                    late * 1000,
                    " (stale, not played)" if ev.stale else "",
                )

    def stats(self) -> LatenessStats:
        if not self._late:
            return LatenessStats(0, 0.0, 0.0, 0.0)
        ordered = sorted(self._late)
        k = min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)
        return LatenessStats(
            count=len(ordered),
            max_s=ordered[-1],
            p99_s=ordered[k],
            mean_s=sum(ordered) / len(ordered),
        )

    def reset_stats(self) -> None:
        self._late.clear()
