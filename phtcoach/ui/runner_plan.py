"""The session's sound, planned ahead: the next fraction of a second of cues goes to the
player before it falls due, so each is heard exactly when the screen changes.

The scheduler's timer still changes the screen at each cue's due time; the sound no longer
waits for it. The engine lists what falls due in the look-ahead window (`upcoming_cues`,
the same due instants its CueEvents will carry); each cue is handed to the player once
(`ScheduledCue.key` names it), converted to the player's clock. Every user action (start,
pause, skip, back, restart set, +-10 s, end) takes back what is not yet heard and plans
again from the new position; a cue already in the output stream is kept, and its CueEvent
plays nothing more: a cue is never heard twice.

A player that cannot plan (visual-only, or the tests' player without a clock) gets each
cue at its due time through `play`, as before. Apart from the runner because it is the one
place that knows both clocks and both ways a cue can reach the ear.
"""

from __future__ import annotations

from collections.abc import Hashable

from phtcoach.audio.cues import CuePlayer, ScheduledCue
from phtcoach.core.clock import Clock
from phtcoach.core.engine import CueEvent, SessionEngine
from phtcoach.core.timeline import Cue

LOOKAHEAD_S = 0.4
"""Real seconds of cues handed to the player ahead of time (beyond the engine's `lead_s`):
more than its latency (~50 ms) plus the refresh timer's period (80 ms) that tops the plan
up, little enough that what a key press must take back is short."""


START_LEAD_S = 0.5
"""Space starts (or resumes) the session this long after the key press, at least: the window
is busy after it (the save, the repaint: 30-100 ms idle, 300 ms seen on a loaded machine),
and the output stream, pulled on the GUI thread, starves while it is, so a cue due then
would be late. The screen shows the lead-in at once; a person lying down does not miss
half a second before its first word."""


def cue_key(due: float, cue: Cue) -> Hashable:
    """A cue's name in the plan: the cue and its due instant (to the microsecond)."""
    return (cue, round(due, 6))


class CuePlan:
    """What of the engine's upcoming cues the player already has (see the module doc)."""

    def __init__(self, player: CuePlayer, clock: Clock) -> None:
        self._player = player
        self._clock = clock
        self._planned: set[Hashable] = set()

    @property
    def active(self) -> bool:
        return self._player.can_schedule

    @property
    def planned(self) -> frozenset[Hashable]:
        return frozenset(self._planned)

    def lead_s(self, *, start: bool = False) -> float:
        """How far after a key press what it starts should begin (engine seconds): the
        player's latency when it plans, so that the first cue is heard on time too; at least
        `START_LEAD_S` for Space (`start`)."""
        if not self.active:
            return 0.0
        lead = self._player.lead_s
        if start:
            lead = max(lead, START_LEAD_S)
        return lead / self._clock.real_seconds(1.0)

    def top_up(self, engine: SessionEngine) -> None:
        """Hand the player the cues of the look-ahead window it does not have yet."""
        if not self.active:
            return
        now = self._clock.monotonic()
        # Beyond the lead too: the first cue of what Space started is planned at once.
        until = now + LOOKAHEAD_S / self._clock.real_seconds(1.0) + engine.lead_s
        player_now = self._player.monotonic()
        new: list[ScheduledCue] = []
        for due, cue in engine.upcoming_cues(until):
            key = cue_key(due, cue)
            if key in self._planned:
                continue
            self._planned.add(key)
            at = player_now + self._clock.real_seconds(due - now)
            new.append(ScheduledCue(at, cue.sound.value, cue.say, key))
        if new:
            self._player.schedule(new)

    def cancel(self) -> None:
        """Take back every planned cue not yet in the output stream."""
        if not self._planned:
            return
        started = self._player.cancel_scheduled()
        self._planned &= started

    def replan(self, engine: SessionEngine | None) -> None:
        """After a key press: what was planned for the old course goes, the new one comes."""
        self.cancel()
        if engine is not None:
            self.top_up(engine)

    def claim(self, event: CueEvent) -> bool:
        """True if this cue was planned (so the player has it already: do not play it)."""
        key = cue_key(event.due_mono, event.cue)
        if key in self._planned:
            self._planned.discard(key)
            return True
        return False
