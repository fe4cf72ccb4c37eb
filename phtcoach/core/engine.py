"""SessionEngine: the session runner's state machine, with time handed in from outside.

The engine never reads time itself: every call asks the injected Clock for `monotonic()`.
It is deadline based: the current phase has a start instant (moved forward by pauses) and
each cue and the phase end fall due at that start plus a fixed offset, so a late timer
never shifts what comes after it (no drift from chaining intervals). The GUI's scheduler
arms one single-shot timer for `next_deadline()` and calls `tick()` when it fires; tests
drive the same code with a fake clock and never wait.

Every method that changes the session (start, pause, skip, ...) first delivers what fell
due before the call, then applies the change, and returns the resulting events in order;
the caller handles them exactly like those from `tick()` and then re-arms its timer.

What was actually performed is tracked per work phase (the seconds spent in it on its
latest run, see `engine_ledger`), so a hold stretched by +10 s or cut by -10 s is saved as
what the user really did, and a hold skipped before its end is saved as a skipped rep.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from phtcoach.core.clock import Clock
from phtcoach.core.engine_clockwork import LATE_TICK_S, STALE_CUE_S, EngineClockwork
from phtcoach.core.engine_events import (
    CueEvent,
    EngineEvent,
    EngineState,
    PerformedSet,
    PhaseEvent,
    SessionDone,
    SetDone,
)
from phtcoach.core.engine_snapshot import SNAPSHOT_VERSION, ResumeFrom, check_snapshot
from phtcoach.core.model import SessionStatus
from phtcoach.core.timeline import Phase, Timeline

__all__ = [
    "BACK_RESTARTS_AFTER_S",
    "LATE_TICK_S",
    "SKIP_GRACE_S",
    "SNAPSHOT_VERSION",
    "STALE_CUE_S",
    "CueEvent",
    "EngineEvent",
    "EngineState",
    "PerformedSet",
    "PhaseEvent",
    "ResumeFrom",
    "SessionDone",
    "SessionEngine",
    "SetDone",
]

BACK_RESTARTS_AFTER_S = 2.0  # back() within this many seconds of a phase start goes further back
# *(design)*: a work phase skipped at most this long before its (adjusted) end counts as
# done: the key press that meets the "1" of the countdown must not cost the user the rep.
SKIP_GRACE_S = 0.5


class SessionEngine(EngineClockwork):
    """Runs a Timeline: see the module docstring for the time model.

    Operations in a state where they make no sense (skip when idle, resume when running,
    anything once finished) change nothing and return the events due so far.
    """

    # ------------------------------------------------------------------ queries

    @property
    def timeline(self) -> Timeline:
        return self._tl

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def status(self) -> SessionStatus | None:
        """completed / ended_early once finished, else None."""
        return self._status

    @property
    def phase_index(self) -> int:
        return self._i

    @property
    def current_phase(self) -> Phase | None:
        """The phase running (or about to run when idle); None once finished."""
        if self._state is EngineState.FINISHED:
            return None
        return self._tl.phases[self._i]

    @property
    def upcoming(self) -> Phase | None:
        """The phase after the current one, for "Next: rest 5 s"."""
        if self._state is EngineState.FINISHED or self._i + 1 >= len(self._tl.phases):
            return None
        return self._tl.phases[self._i + 1]

    @property
    def phase_duration(self) -> float:
        """The current phase's length including any +-10 s adjustments."""
        return 0.0 if self._state is EngineState.FINISHED else self._dur_ms / 1000

    @property
    def phase_elapsed(self) -> float:
        if self._state in (EngineState.IDLE, EngineState.FINISHED):
            return 0.0
        return min(self._elapsed(), self._dur_ms / 1000)

    @property
    def phase_remaining(self) -> float:
        return max(0.0, self.phase_duration - self.phase_elapsed)

    @property
    def elapsed_s(self) -> float:
        """Seconds the session has actually been running (pauses excluded)."""
        if self._state is EngineState.RUNNING:
            return self._run_base + max(0.0, self._clock.monotonic() - self._run_since)
        return self._run_base

    @property
    def remaining_s(self) -> float:
        """The current phase's remaining time plus the planned length of all later phases."""
        if self._state is EngineState.FINISHED:
            return 0.0
        rest = self._tl.total_s - self._tl.phases[self._i].end_s
        return self.phase_remaining + rest

    @property
    def progress(self) -> float:
        """0..1 through the session, by position in the plan (for the progress bar)."""
        if self._state is EngineState.FINISHED:
            return 1.0
        done = self._tl.phases[self._i].start_s + self.phase_elapsed
        total = done + self.remaining_s
        return 0.0 if total <= 0 else max(0.0, min(1.0, done / total))

    @property
    def completed_sets(self) -> tuple[PerformedSet, ...]:
        return tuple(self._ledger.completed)

    # ------------------------------------------------------------------ driving

    def start(self) -> list[EngineEvent]:
        """Begin the session at phase 0 (the lead-in); only from idle."""
        if self._state is not EngineState.IDLE:
            return self.tick()
        now = self._clock.monotonic()
        self._state = EngineState.RUNNING
        self._run_since = now + self.lead_s
        events: list[EngineEvent] = []
        self._enter(0, now + self.lead_s, events)
        events += self._advance(now)
        return events

    def tick(self) -> list[EngineEvent]:
        """Everything that fell due since the last call, in time order."""
        return self._advance(self._clock.monotonic())

    def pause(self) -> list[EngineEvent]:
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._state is EngineState.RUNNING:
            self._state = EngineState.PAUSED
            self._paused_at = now
            self._run_base += max(0.0, now - self._run_since)
        return events

    def resume(self) -> list[EngineEvent]:
        now = self._clock.monotonic()
        if self._state is not EngineState.PAUSED:
            return self._advance(now)
        self._start += now + self.lead_s - self._paused_at
        self._state = EngineState.RUNNING
        self._run_since = now + self.lead_s
        return self._advance(now)

    def toggle_pause(self) -> list[EngineEvent]:
        """Space: start when idle, pause when running, resume when paused."""
        if self._state is EngineState.IDLE:
            return self.start()
        if self._state is EngineState.RUNNING:
            return self.pause()
        return self.resume()

    def skip(self) -> list[EngineEvent]:
        """End the current phase now and go to the next one.

        A work phase left more than `SKIP_GRACE_S` before its (adjusted) end is marked
        skipped: its rep is not a performed rep. Left later, it counts as done.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._active():
            elapsed = self._elapsed()
            cut_short = self._dur_ms / 1000 - elapsed > SKIP_GRACE_S
            self._finish_phase(elapsed, self._position(), now, events, skipped=cut_short)
            events += self._advance(now)
        return events

    def back(self) -> list[EngineEvent]:
        """Restart the current phase, or go to the previous one if within 2 s of its start.

        Never back into a set that has already been reported (it is saved): there, the
        current phase restarts instead.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active():
            return events
        target = self._i
        if self._elapsed() <= BACK_RESTARTS_AFTER_S and self._i - 1 >= self._ledger.floor:
            target = self._i - 1
        self._jump_back(target, events)
        events += self._advance(now)
        return events

    def restart_set(self) -> list[EngineEvent]:
        """Back to the first rep of the set in progress, discarding its reps so far.

        Outside a set (lead-in, rests between sets or exercises, switching sides) there is
        no set in progress and nothing happens.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active():
            return events
        s = self._ledger.open_set_at(self._i)
        if s is None:
            return events
        self._jump_back(self._ledger.sets[s].first_phase, events)
        events += self._advance(now)
        return events

    def adjust(self, delta_s: float) -> list[EngineEvent]:
        """+10 / -10: lengthen or shorten what is left of the current phase.

        Never below zero: cutting more than is left ends the phase now. *(design)* Now is
        then the phase's chosen end, so its work counts as done, not as skipped. The
        countdown and ticks follow the new end; a longer hold is saved as held longer.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active() or not math.isfinite(delta_s):
            return events
        elapsed = self._elapsed()
        new_ms = self._dur_ms + round(delta_s * 1000)
        if new_ms <= elapsed * 1000:
            self._finish_phase(elapsed, self._position(), now, events)
        else:
            self._dur_ms = new_ms
            self._set_cues(new_ms)
            self._k = next(
                (j for j, _ in enumerate(self._cues) if self._cue_ms(j) > elapsed * 1000),
                len(self._cues),
            )
        events += self._advance(now)
        return events

    def end_early(self) -> list[EngineEvent]:
        """Stop now. The set in progress is reported if at least one rep was started."""
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._state is EngineState.FINISHED:
            return events
        if self._active():
            self._ledger.record(self._i, self._elapsed())
            s = self._ledger.open_set_at(self._i)
            if s is not None:
                self._close_set(s, now, events)
            if self._state is EngineState.RUNNING:
                self._run_base += max(0.0, now - self._run_since)
        self._finish(SessionStatus.ENDED_EARLY, events)
        return events

    # ------------------------------------------------------------------ snapshot

    def snapshot(self) -> dict[str, Any]:
        """JSON-safe state to resume from after a crash (stored as SessionRecord.engine_state)."""
        return {
            "version": SNAPSHOT_VERSION,
            "template": self._tl.template_id,
            "phases": len(self._tl.phases),
            "total_s": self._tl.total_s,
            "state": self._state.value,
            "phase_index": self._i,
            "phase_elapsed": self.phase_elapsed,
            "phase_duration_s": self._dur_ms / 1000,
            "elapsed_s": self.elapsed_s,
            **self._ledger.to_snapshot(),
            "status": self._status.value if self._status else None,
        }

    @classmethod
    def restore(
        cls,
        timeline: Timeline,
        clock: Clock,
        snapshot: object,
        resume_from: str = ResumeFrom.LAST_COMPLETED_SET,
        *,
        loads: Mapping[int, float] | None = None,
    ) -> SessionEngine:
        """An engine paused where `snapshot` says, waiting for resume().

        "last_completed_set" (default) restarts at the first phase after the last reported
        set (normally the rest before the next set, so the user gets its countdown); the
        set that was in progress is redone. "exact" restores the phase and second. When
        every set was already done the engine comes back finished (no events).
        """
        exact = ResumeFrom(resume_from) is ResumeFrom.EXACT
        snap = check_snapshot(snapshot, timeline)
        eng = cls(timeline, clock, loads=loads)
        ledger = eng._ledger
        finished = snap["state"] == EngineState.FINISHED.value
        ledger.load_snapshot(snap, exact=exact and not finished)
        eng._run_base = float(snap["elapsed_s"])
        now = clock.monotonic()
        if finished:
            eng._state = EngineState.FINISHED
            eng._i = snap["phase_index"]
            eng._status = SessionStatus(snap.get("status") or SessionStatus.COMPLETED)
            return eng
        if exact:
            target = snap["phase_index"]
            elapsed = float(snap["phase_elapsed"])
            dur_ms = round(float(snap["phase_duration_s"]) * 1000)
        else:
            target = ledger.resume_point()
            elapsed = 0.0
            dur_ms = 0
        if target >= len(timeline.phases):
            eng._state = EngineState.FINISHED
            eng._status = SessionStatus.COMPLETED
            eng._i = len(timeline.phases) - 1
            return eng
        eng._state = EngineState.PAUSED
        eng._paused_at = now
        eng._enter(target, now - elapsed, [])
        if dur_ms > elapsed * 1000:
            eng._dur_ms = dur_ms
            eng._set_cues(dur_ms)
        if elapsed > 0:
            eng._k = next(
                (j for j in range(len(eng._cues)) if eng._cue_ms(j) > elapsed * 1000),
                len(eng._cues),
            )
        s = ledger.set_of_phase[target]
        if s is not None and any(i in ledger.worked for i in ledger.set_phases(s)):
            ledger.set_started[s] = now
        return eng
