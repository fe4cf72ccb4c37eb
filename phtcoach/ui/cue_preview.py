"""Play the first seconds of a timeline's cues through the cue player: "Play 20 s".

The template editor lets the user hear what a plan sounds like before saving it. Cues fall
due at fixed offsets from the start on the injected Clock, like the runner's scheduler
(`ui/scheduler.py`): one single-shot timer is armed for the next cue's deadline, never
chained intervals, so a late wake-up does not shift the cues after it. Tests pass a fake
clock, advance it by `armed_ms` and call `poll()`: nothing waits in real time.

A player that plans (`CuePlayer.can_schedule`) gets the whole preview at once, each cue
placed at its instant on the player's clock (sample-accurate, like a session's cues); the
timer then only ends the preview, and Stop takes back what was not heard.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from phtcoach.audio.cues import CuePlayer, ScheduledCue
from phtcoach.core.clock import Clock
from phtcoach.core.timeline import Cue

PREVIEW_S = 20.0


class CuePreview(QObject):
    """Signal: `playing_changed(bool)` when a preview starts and when it ends or stops."""

    playing_changed = Signal(bool)

    def __init__(self, player: CuePlayer, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._clock = clock
        self._cues: list[Cue] = []
        self._next = 0
        self._t0 = 0.0
        self._end = 0.0
        self._playing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def armed_ms(self) -> int | None:
        """Milliseconds the timer was last armed for; None when idle (for tests)."""
        return self._timer.interval() if self._timer.isActive() else None

    def play(self, cues: Sequence[Cue], seconds: float = PREVIEW_S) -> None:
        """Play the cues due in the first `seconds`, from now."""
        self.stop()
        self._cues = [c for c in cues if c.at_s < seconds]
        self._next = 0
        self._t0 = self._clock.monotonic()
        self._end = self._t0 + seconds
        self._playing = True
        self._player.keep_awake(True)
        self.playing_changed.emit(True)
        if self._player.can_schedule:
            self._plan()
        self.poll()

    def _plan(self) -> None:
        """Every cue to the player now, at its instant on the player's clock."""
        lead = self._player.lead_s  # real seconds: so that the first cue is heard on time
        self._t0 += lead / self._clock.real_seconds(1.0)
        self._end += lead / self._clock.real_seconds(1.0)
        player_now = self._player.monotonic()
        self._player.schedule(
            [
                ScheduledCue(
                    player_now + lead + self._clock.real_seconds(c.at_s), c.sound.value, c.say, i
                )
                for i, c in enumerate(self._cues)
            ]
        )
        self._next = len(self._cues)  # nothing left to play at its due time

    def poll(self) -> None:
        """Play everything due by now, then arm for the next cue (or the end)."""
        if not self._playing:
            return
        now = self._clock.monotonic()
        while self._next < len(self._cues):
            cue = self._cues[self._next]
            due = self._t0 + cue.at_s
            if due > now:
                break
            self._player.play(cue.sound.value, cue.say, late_s=max(0.0, now - due))
            self._next += 1
        if self._next >= len(self._cues) and now >= self._end:
            self._finish()
            return
        due = self._t0 + self._cues[self._next].at_s if self._next < len(self._cues) else self._end
        wait_s = self._clock.real_seconds(due - now)
        self._timer.start(max(0, math.ceil(wait_s * 1000 - 1e-6)))

    def stop(self) -> None:
        """Stop now (the sound too); nothing happens when idle."""
        if not self._playing:
            return
        self._player.cancel_scheduled()
        self._player.stop_all()
        self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self._playing = False
        self._player.keep_awake(False)
        self.playing_changed.emit(False)
