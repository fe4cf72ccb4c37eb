"""The deadline clockwork under SessionEngine: the running phase, its cues, and how time
carries the session from one phase to the next.

This is the part that must never drift: every cue and every phase end falls due at the
phase's start instant plus a fixed offset, and `_advance` delivers whatever fell due, in
order, however late the call comes. SessionEngine builds on it with what the user can do
(pause, skip, back, +-10 s, end early), what the screen reads, and the crash snapshot;
keeping the two apart lets the timing be read without the controls around it.

`upcoming_cues` lists what will fall due in a window ahead, with the exact due instants
`_advance` will give them, so a player can place the sound ahead of time. `lead_s` delays
what the user starts (the session, a resume, a skip or back) by the player's output latency:
the cue that starts it is then heard when it falls due, not that much after.
"""

from __future__ import annotations

from collections.abc import Mapping

from phtcoach.core.clock import Clock
from phtcoach.core.engine_events import (
    CueEvent,
    EngineEvent,
    EngineState,
    PhaseEvent,
    SessionDone,
    SetDone,
)
from phtcoach.core.engine_ledger import SetLedger
from phtcoach.core.model import SessionStatus
from phtcoach.core.timeline import Cue, Timeline, phase_cues

LATE_TICK_S = 2.0  # a tick this late means the runner was suspended...
STALE_CUE_S = 1.0  # ...and cues older than this are marked stale (the UI may skip their sound)


class EngineClockwork:
    """The engine's state and its time stepping; see the module docstring."""

    def __init__(
        self, timeline: Timeline, clock: Clock, *, loads: Mapping[int, float] | None = None
    ) -> None:
        if not timeline.phases:
            raise ValueError("a timeline without phases cannot be run")
        self._tl = timeline
        self._clock = clock
        self._ledger = SetLedger(timeline, loads or {})
        self._state = EngineState.IDLE
        self._i = 0
        self._dur_ms = timeline.phases[0].duration_ms
        self._start = 0.0  # monotonic instant the current phase started (pauses shift it)
        self._paused_at = 0.0
        self._cues: list[Cue] = []
        self._offs: list[int] = []
        self._k = 0  # next cue of the current phase
        self._run_base = 0.0  # running seconds before the latest resume
        self._run_since = 0.0
        self._status: SessionStatus | None = None
        self._late_batch = False  # set while delivering a batch after a suspension
        self.lead_s = 0.0  # a phase the user starts begins this far after the key press

    def upcoming_cues(self, until: float) -> list[tuple[float, Cue]]:
        """The cues still to fall due up to monotonic `until` if nothing is pressed, each with
        its due instant (exactly the `due_mono` its CueEvent will carry), in order. Empty
        unless running. Pure: reads the state, changes nothing."""
        if self._state is not EngineState.RUNNING:
            return []
        out: list[tuple[float, Cue]] = []
        start, dur, j = self._start, self._dur_ms, self._i
        for k in range(self._k, len(self._cues)):
            due = start + self._cue_ms(k) / 1000
            if due > until:
                return out
            out.append((due, self._cues[k]))
        phases = self._tl.phases
        while j + 1 < len(phases):
            start = start + dur / 1000  # as `_advance` enters the next phase
            if start > until:
                break
            j += 1
            dur = phases[j].duration_ms
            start_ms = phases[j].start_ms
            for c in phase_cues(phases, j, dur):
                due = start + (round(c.at_s * 1000) - start_ms) / 1000
                if due > until:
                    return out
                out.append((due, c))
        return out

    def next_deadline(self) -> float | None:
        """The monotonic instant the next event falls due (maybe already past); None when
        nothing can fall due (idle, paused, finished)."""
        if self._state is not EngineState.RUNNING:
            return None
        if self._k < len(self._cues) and self._cue_ms(self._k) < self._dur_ms:
            return self._start + self._cue_ms(self._k) / 1000
        return self._start + self._dur_ms / 1000

    def _active(self) -> bool:
        return self._state in (EngineState.RUNNING, EngineState.PAUSED)

    def _position(self) -> float:
        """The instant used to start the next phase: now (plus `lead_s`), or the pause instant
        if paused."""
        if self._state is EngineState.PAUSED:
            return self._paused_at
        return self._clock.monotonic() + self.lead_s

    def _elapsed(self) -> float:
        ref = self._paused_at if self._state is EngineState.PAUSED else self._clock.monotonic()
        return max(0.0, ref - self._start)

    def _cue_ms(self, j: int) -> int:
        """Offset of cue j from the start of the current phase, in ms."""
        return self._offs[j]

    def _set_cues(self, duration_ms: int) -> None:
        start_ms = self._tl.phases[self._i].start_ms
        self._cues = phase_cues(self._tl.phases, self._i, duration_ms)
        self._offs = [round(c.at_s * 1000) - start_ms for c in self._cues]

    def _enter(self, j: int, start: float, events: list[EngineEvent]) -> None:
        p = self._tl.phases[j]
        self._i = j
        self._dur_ms = p.duration_ms
        self._start = start
        self._set_cues(p.duration_ms)
        self._k = 0
        self._ledger.entered(j, start)
        events.append(PhaseEvent(j, p, start))

    def _advance(self, now: float) -> list[EngineEvent]:
        events: list[EngineEvent] = []
        if self._state is not EngineState.RUNNING:
            return events
        first_due = self.next_deadline()
        self._late_batch = first_due is not None and now - first_due > LATE_TICK_S
        while self._state is EngineState.RUNNING:
            end = self._start + self._dur_ms / 1000
            if self._k < len(self._cues) and self._cue_ms(self._k) < self._dur_ms:
                due = self._start + self._cue_ms(self._k) / 1000
                if due <= now:
                    self._emit_cue(due, now, events)
                    continue
                break
            if end > now:
                break
            self._finish_phase(self._dur_ms / 1000, end, end, events, natural=True)
        self._late_batch = False
        return events

    def _emit_cue(self, due: float, now: float, events: list[EngineEvent]) -> None:
        late = max(0.0, now - due)
        stale = self._late_batch and late > STALE_CUE_S
        events.append(CueEvent(self._cues[self._k], due, late, stale))
        self._k += 1

    def _finish_phase(
        self,
        worked: float,
        next_start: float,
        at: float,
        events: list[EngineEvent],
        *,
        natural: bool = False,
        skipped: bool = False,
    ) -> None:
        """Leave the current phase forward: record its work (`skipped`: cut short by a
        skip), close its set if it was the set's last work phase, and enter the next phase
        (or end the session)."""
        i = self._i
        self._ledger.record(i, round(worked, 3), skipped=skipped)
        s = self._ledger.open_set_at(i)
        if s is not None and self._ledger.sets[s].last_phase == i:
            self._close_set(s, at, events)
        if i + 1 < len(self._tl.phases):
            self._enter(i + 1, next_start, events)
            return
        # The last phase: the session-end cue at its end, then done. Cut short, the rest of
        # the phase's own cues are dropped and the session-end cue is due now.
        now = self._clock.monotonic()
        while self._k < len(self._cues):
            off = self._cue_ms(self._k)
            if natural:
                self._emit_cue(self._start + off / 1000, now, events)
            elif off >= self._dur_ms:
                self._emit_cue(at, now, events)
            else:
                self._k += 1
        if self._state is EngineState.RUNNING:
            self._run_base += max(0.0, (at if natural else now) - self._run_since)
        self._finish(SessionStatus.COMPLETED, events)

    def _close_set(self, s: int, at: float, events: list[EngineEvent]) -> None:
        performed = self._ledger.close(s, at)
        if performed is not None:
            events.append(SetDone(performed))

    def _jump_back(self, target: int, events: list[EngineEvent]) -> None:
        self._ledger.forget_from(target)
        self._enter(target, self._position(), events)

    def _finish(self, status: SessionStatus, events: list[EngineEvent]) -> None:
        self._state = EngineState.FINISHED
        self._status = status
        events.append(SessionDone(status))
